//! Builds a mixed archive from the corpus for benchmarks:
//!
//! ```sh
//! cargo run --release --example gen_archive -- --files 20000 --out /tmp/archive
//! ```
//!
//! Each file is a corpus document, its position name varied so files differ,
//! written in one of the encodings real archives hold (UTF-8, UTF-8 with BOM,
//! GBK, GB18030, Big5 for traditional text, UTF-16LE/BE with a BOM), in
//! directories of 500 files. `.docx` and HTML documents are copied as they are.

use std::path::{Path, PathBuf};

#[path = "support/corpus.rs"]
mod corpus;

fn main() -> std::io::Result<()> {
    let mut files = 20_000usize;
    let mut out = PathBuf::from("archive");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--files" => files = args.next().and_then(|v| v.parse().ok()).expect("--files N"),
            "--out" => out = PathBuf::from(args.next().expect("--out DIR")),
            other => panic!("unknown argument {other}; use --files N --out DIR"),
        }
    }
    let sources = corpus::files(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus")));
    let docs: Vec<(PathBuf, Vec<u8>)> = sources
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).expect("corpus file");
            (p, bytes)
        })
        .collect();
    let mut total = 0u64;
    for i in 0..files {
        let (path, bytes) = &docs[i % docs.len()];
        let dir = out.join(format!("d{:04}", i / 500));
        std::fs::create_dir_all(&dir)?;
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("txt");
        let target = dir.join(format!("{i:06}.{ext}"));
        let data = if ext == "docx" || ext == "html" {
            bytes.clone()
        } else {
            let text = jdparse::text(bytes, &jdparse::Options::default())
                .map(|t| t.text)
                .unwrap_or_default();
            let text = text.replacen("岗位", &format!("{}号岗位", i % 97), 1);
            let traditional = text.contains('職') || text.contains('崗') || text.contains('屬');
            match i % 7 {
                0 | 1 => text.into_bytes(),
                2 => [b"\xef\xbb\xbf".as_slice(), text.as_bytes()].concat(),
                3 if traditional => encoding_rs::BIG5.encode(&text).0.into_owned(),
                3 => encoding_rs::GBK.encode(&text).0.into_owned(),
                4 => encoding_rs::GB18030.encode(&text).0.into_owned(),
                5 => std::iter::once(0xfeffu16)
                    .chain(text.encode_utf16())
                    .flat_map(u16::to_le_bytes)
                    .collect(),
                _ => std::iter::once(0xfeffu16)
                    .chain(text.encode_utf16())
                    .flat_map(u16::to_be_bytes)
                    .collect(),
            }
        };
        total += data.len() as u64;
        std::fs::write(target, data)?;
    }
    println!(
        "wrote {files} files, {total} bytes, under {}",
        out.display()
    );
    Ok(())
}
