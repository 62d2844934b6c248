//! Every stage is linear in its input, whatever its shape: four times the input
//! should take under six times the time, for many headings, many list items and
//! one huge line (issue #13).
//!
//! Time is measured as a ratio within one run, so a slow or loaded machine slows
//! both sizes alike. Each size is parsed a few times, alternating, and the fastest
//! run of each counts: other programs only ever add time, never take it away.

use std::sync::Mutex;
use std::time::{Duration, Instant};

/// One measurement at a time: the tests of this file should not slow each other.
static MEASURING: Mutex<()> = Mutex::new(());

/// `岗位职责`, `任职资格`, `工作关系` as headings, one a line.
fn headings(n: usize) -> String {
    (0..n)
        .map(|i| ["岗位职责\n", "任职资格\n", "工作关系\n"][i % 3])
        .collect()
}

/// One section of numbered items, one a line.
fn items(n: usize) -> String {
    let items: String = (1..=n)
        .map(|i| format!("{i}、负责第{i}号岗位的巡逻;\n"))
        .collect();
    format!("岗位职责:\n{items}")
}

/// One line of run-together clauses, `n` of them.
fn one_line(n: usize) -> String {
    format!("岗位职责:{}", "负责小区巡查,发现问题及时处理;".repeat(n))
}

fn parse_time(text: &str) -> Duration {
    let options = jdparse::Options::default();
    let start = Instant::now();
    let parsed = jdparse::parse(text.as_bytes(), &options).expect("parses");
    let took = start.elapsed();
    assert!(!parsed.records.is_empty(), "should make a record");
    took
}

/// The fastest of a few runs of each size, alternating sizes; the ratio large/small.
fn ratio(small: &str, large: &str) -> (f64, Duration, Duration) {
    parse_time(small); // warm up: the lexicon's matchers are built on first use
    let (mut best_small, mut best_large) = (Duration::MAX, Duration::MAX);
    for _ in 0..5 {
        best_small = best_small.min(parse_time(small));
        best_large = best_large.min(parse_time(large));
    }
    (
        best_large.as_secs_f64() / best_small.as_secs_f64(),
        best_small,
        best_large,
    )
}

fn assert_linear(shape: &str, make: fn(usize) -> String, n: usize) {
    let (small, large) = (make(n), make(4 * n));
    let _one_at_a_time = MEASURING.lock().unwrap_or_else(|e| e.into_inner());
    // Other tests of the suite run beside this one on a small machine: a round
    // spoiled by them is measured again (a real non-linearity fails every round).
    let mut rounds = (0..3).map(|_| ratio(&small, &large));
    let (r, s, l) = rounds
        .by_ref()
        .find(|(r, _, _)| *r < 6.0)
        .unwrap_or_else(|| ratio(&small, &large));
    eprintln!("{shape}: {s:?} → {l:?}, {r:.2}x for 4x the input");
    assert!(
        r < 6.0,
        "{shape}: 4x the input ({} → {} bytes) should take under 6x the time, took {r:.1}x ({s:?} → {l:?})",
        small.len(),
        large.len()
    );
}

#[test]
fn should_parse_many_headings_in_linear_time() {
    assert_linear("headings", headings, 5_000);
}

#[test]
fn should_parse_many_items_in_linear_time() {
    assert_linear("items", items, 5_000);
}

#[test]
fn should_parse_one_huge_line_in_linear_time() {
    assert_linear("one line", one_line, 10_000);
}
