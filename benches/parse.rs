//! Library benchmark over the corpus mix: `cargo bench` (`cargo bench -- NAME` runs
//! the benchmarks whose name contains NAME).
//!
//! A plain timing loop, not a benchmark framework: a framework is a dev-dependency, so
//! every `cargo test` compiled it and never ran it (issue #13). Each benchmark warms up,
//! then takes samples of at least 10 ms for about a second; it prints the median time
//! of one iteration, the fastest and slowest sample beside it, and the throughput at
//! the median. `bash bench/run.sh` gives the figures the README quotes.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

#[path = "../examples/support/corpus.rs"]
mod support;

/// A benchmark: its name and the documents one iteration parses.
struct Bench {
    name: &'static str,
    docs: fn() -> Vec<Vec<u8>>,
}

const BENCHES: &[Bench] = &[
    // Every corpus document once per iteration.
    Bench {
        name: "corpus_mix",
        docs: corpus,
    },
    // One long line: the run-on worst case.
    Bench {
        name: "single_long_line",
        docs: single_long_line,
    },
    // Many list items.
    Bench {
        name: "many_items",
        docs: many_items,
    },
];

fn corpus() -> Vec<Vec<u8>> {
    support::files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus"))
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .collect()
}

fn single_long_line() -> Vec<Vec<u8>> {
    let text = format!(
        "岗位职责:{}",
        "负责小区巡查,发现问题及时处理;".repeat(20_000)
    );
    vec![text.into_bytes()]
}

fn many_items() -> Vec<Vec<u8>> {
    let text: String = std::iter::once("岗位职责:\n".to_string())
        .chain((1..=20_000).map(|i| format!("{i}、负责第{i}号岗位的巡逻;\n")))
        .collect();
    vec![text.into_bytes()]
}

fn main() {
    // Cargo passes `--bench`; any other argument not starting with `-` filters by name.
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    for bench in BENCHES {
        if filters.is_empty() || filters.iter().any(|f| bench.name.contains(f.as_str())) {
            run(bench);
        }
    }
}

fn run(bench: &Bench) {
    let docs = (bench.docs)();
    let bytes: usize = docs.iter().map(Vec::len).sum();
    let options = jdparse::Options::default();
    let once = || {
        for d in &docs {
            let _ = black_box(jdparse::parse(black_box(d), &options));
        }
    };

    // The warm-up run also sizes a sample: enough iterations for 10 ms.
    let start = Instant::now();
    once();
    let first = start.elapsed().max(Duration::from_nanos(1));
    let per_sample = (Duration::from_millis(10).as_secs_f64() / first.as_secs_f64()).ceil() as u32;
    let per_sample = per_sample.max(1);

    let mut samples = Vec::new();
    let budget = Instant::now();
    while samples.len() < 3 || (budget.elapsed() < Duration::from_secs(1) && samples.len() < 100) {
        let start = Instant::now();
        for _ in 0..per_sample {
            once();
        }
        samples.push(start.elapsed() / per_sample);
    }
    samples.sort();
    let median = samples[samples.len() / 2];
    println!(
        "{:<18} median {:>10.3?}  (fastest {:.3?}, slowest {:.3?}; {} samples of {} iterations)  {:.1} MB/s",
        bench.name,
        median,
        samples[0],
        samples[samples.len() - 1],
        samples.len(),
        per_sample,
        bytes as f64 / 1e6 / median.as_secs_f64(),
    );
}
