//! `jdparse explain`: a line for every non-blank input line, saying where it went.

use std::collections::BTreeSet;
use std::path::Path;

use jdparse::Options;

use crate::util::{corpus_files, jdparse, root};

/// The numbers of the non-blank lines of an input, as the parser numbers them.
fn non_blank_lines(bytes: &[u8]) -> BTreeSet<usize> {
    let text = jdparse::text(bytes, &Options::default()).expect("a text document");
    jdparse::normalize::physical_lines(&text.text)
        .into_iter()
        .map(|(no, _)| no)
        .collect()
}

fn check_file(path: &Path) {
    let bytes = std::fs::read(path).expect("readable");
    let explained = jdparse::explain(&bytes, &Options::default()).expect("explains");
    let got: BTreeSet<usize> = explained.lines.iter().map(|l| l.line).collect();
    assert_eq!(
        got,
        non_blank_lines(&bytes),
        "{}: one entry per non-blank line",
        path.display()
    );
    let records = jdparse::parse(&bytes, &Options::default())
        .expect("parses")
        .records
        .len();
    for l in &explained.lines {
        assert!(!l.kind.is_empty() && !l.rule.is_empty(), "{l:?}");
        if records > 0 {
            assert!(
                l.record.is_some_and(|r| r < records),
                "{}:{}: every line should land in a record: {l:?}",
                path.display(),
                l.line
            );
            assert!(
                l.title || l.dropped.is_some() || !l.sections.is_empty(),
                "{}:{}: every line should have a destination: {l:?}",
                path.display(),
                l.line
            );
        }
    }
}

#[test]
fn should_explain_every_line_of_every_corpus_document() {
    for path in corpus_files() {
        check_file(&path);
    }
}

#[test]
fn should_explain_every_line_of_the_seed_document() {
    let seed = root().join("../shared/eval/dev/000_7fd7dbda965772f9.txt");
    if !seed.exists() {
        eprintln!("skipped: {} is not here", seed.display());
        return;
    }
    check_file(&seed);
}

#[test]
fn should_print_one_text_line_per_input_line() {
    let path = "corpus/collections/chrome_heavy.txt";
    let out = jdparse(&["explain", path], b"");
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let bytes = std::fs::read(root().join(path)).unwrap();
    assert_eq!(stdout.lines().count(), non_blank_lines(&bytes).len());
    let first = stdout.lines().next().unwrap();
    assert!(
        first.trim_start().starts_with("1 ") && first.contains("chrome.phrase"),
        "the first line should say its number, kind and rule: {first}"
    );
    assert!(stdout.contains("dropped: site banner"), "{stdout}");
    assert!(stdout.contains("#1 title"), "{stdout}");
}

#[test]
fn should_print_json_lines_with_format_json() {
    let out = jdparse(
        &[
            "explain",
            "--format",
            "json",
            "corpus/tables/one_cell_per_line.txt",
        ],
        b"",
    );
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let value = lines
        .iter()
        .find(|l| l["text"] == "水泵房值班员")
        .expect("the value line");
    assert_eq!(value["rule"], "prose,outline.value-of-label");
    assert_eq!(value["sections"][0], "basic_info");
}
