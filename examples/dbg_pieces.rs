fn main() {
    let text = std::env::args().nth(1).unwrap();
    let folded = jdparse::normalize::Folded::new(&text);
    for c in jdparse::classify::classify(&folded) {
        if let jdparse::classify::Class::Body(p) = &c.class {
            for piece in p {
                println!(
                    "{:?} {} | {}",
                    piece.rule,
                    piece.kind.name(),
                    piece.line.text()
                );
            }
        } else {
            println!("{:?}", c.class);
        }
    }
}
