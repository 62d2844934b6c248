//! In-process throughput over the corpus:
//! `cargo run --release --example throughput [DIR] [SECONDS] [PASSES]`.
//!
//! Parses every file under DIR (default `corpus/`) repeatedly on one thread and
//! prints MB/s. The figure `bench/run.sh` reports as "in-process". With PASSES,
//! it parses exactly that many passes (for instruction counts under callgrind,
//! which stay comparable when the machine is busy).

use std::time::{Duration, Instant};

#[path = "support/corpus.rs"]
mod corpus;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "corpus".into());
    let seconds: f64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(3.0);
    let passes: Option<usize> = args.next().and_then(|s| s.parse().ok());
    let inputs: Vec<Vec<u8>> = corpus::files(std::path::Path::new(&dir))
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .collect();
    let total: usize = inputs.iter().map(Vec::len).sum();
    let options = jdparse::Options::default();
    let start = Instant::now();
    let mut bytes = 0usize;
    let mut records = 0usize;
    let mut done = 0usize;
    while match passes {
        Some(n) => done < n,
        None => start.elapsed() < Duration::from_secs_f64(seconds),
    } {
        done += 1;
        for input in &inputs {
            if let Ok(parsed) = jdparse::parse(input, &options) {
                records += parsed.records.len();
            }
        }
        bytes += total;
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "in-process: {:.1} MB/s ({} files, {} bytes a pass, {} records, {:.2} s)",
        bytes as f64 / 1e6 / secs,
        inputs.len(),
        total,
        records,
        secs
    );
}
