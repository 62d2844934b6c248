//! Library benchmark over the corpus mix: `cargo bench`.

use std::path::Path;

#[path = "../examples/support/corpus.rs"]
mod support;

fn corpus() -> Vec<Vec<u8>> {
    support::files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus"))
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .collect()
}

fn main() {
    divan::main();
}

/// Every corpus document once, per iteration; throughput in bytes.
#[divan::bench]
fn corpus_mix(bencher: divan::Bencher) {
    let docs = corpus();
    let total: usize = docs.iter().map(Vec::len).sum();
    let options = jdparse::Options::default();
    bencher
        .counter(divan::counter::BytesCount::new(total))
        .bench(|| {
            for d in &docs {
                let _ = divan::black_box(jdparse::parse(d, &options));
            }
        });
}

/// One long line: the run-on worst case.
#[divan::bench]
fn single_long_line(bencher: divan::Bencher) {
    let text = format!(
        "岗位职责:{}",
        "负责小区巡查,发现问题及时处理;".repeat(20_000)
    );
    let options = jdparse::Options::default();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| divan::black_box(jdparse::parse(text.as_bytes(), &options)));
}

/// Many list items.
#[divan::bench]
fn many_items(bencher: divan::Bencher) {
    let text: String = std::iter::once("岗位职责:\n".to_string())
        .chain((1..=20_000).map(|i| format!("{i}、负责第{i}号岗位的巡逻;\n")))
        .collect();
    let options = jdparse::Options::default();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| divan::black_box(jdparse::parse(text.as_bytes(), &options)));
}
