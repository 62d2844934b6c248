//! `jdparse parse --report FILE.html`, run as a process: beside every output
//! format and `-o`, failed inputs listed, and a clear error when the page
//! cannot be written.

use std::fs;

use crate::report::{assert_offline, embedded};
use crate::util::{jdparse, ndjson, temp_dir};

const INPUTS: [&str; 2] = [
    "corpus/flattened/engineering_supervisor.txt",
    "corpus/collections/two_documents.txt",
];

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn should_write_the_report_beside_every_output_format() {
    let dir = temp_dir("report-cli-formats");
    for format in ["ndjson", "json", "jsonld", "csv"] {
        let page = dir.join(format!("{format}.html"));
        let page_arg = page.to_string_lossy().into_owned();
        let mut args = vec!["parse", "--format", format, "--report", &page_arg];
        args.extend(INPUTS);
        let out = jdparse(&args, b"");
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        assert!(
            !out.stdout.is_empty(),
            "{format}: the records should still be printed"
        );
        if format == "ndjson" {
            assert_eq!(ndjson(&out.stdout).len(), 3);
        }
        let html = fs::read_to_string(&page).expect("the report is written");
        assert_offline(&html);
        let docs = embedded(&html).docs;
        let paths: Vec<&str> = docs
            .iter()
            .filter_map(|(s, _)| s["path"].as_str())
            .collect();
        assert_eq!(paths, INPUTS, "{format}: every input, in order");
        assert_eq!(docs[1].0["records"], 2);
        assert!(
            docs[0].1["text"].as_array().is_some_and(|t| t.len() > 10),
            "{format}: the decoded lines should be embedded"
        );
    }
}

#[test]
fn should_write_the_report_with_an_output_directory() {
    let dir = temp_dir("report-cli-output");
    let records = dir.join("records");
    let page = dir.join("review.html");
    let out = jdparse(
        &[
            "parse",
            "-o",
            &records.to_string_lossy(),
            "--report",
            &page.to_string_lossy(),
            "corpus/collections",
        ],
        b"",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty(), "-o prints no records");
    let written = fs::read_dir(&records)
        .expect("-o still writes its files")
        .count();
    assert!(written > 0);
    let html = fs::read_to_string(&page).expect("the report is written");
    assert_eq!(embedded(&html).docs.len(), written);
}

#[test]
fn should_list_a_failed_input_in_the_report_and_exit_1() {
    let dir = temp_dir("report-cli-failed");
    let png = dir.join("scan.png");
    fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let page = dir.join("r.html");
    let out = jdparse(
        &[
            "parse",
            "-q",
            "--report",
            &page.to_string_lossy(),
            &png.to_string_lossy(),
            INPUTS[0],
        ],
        b"",
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failed input still fails the run"
    );
    let docs = embedded(&fs::read_to_string(&page).unwrap()).docs;
    assert_eq!(docs.len(), 2);
    assert!(
        docs[0].0["error"]
            .as_str()
            .is_some_and(|e| e.contains("not a text document")),
        "the reason should be in the report: {}",
        docs[0].0
    );
    assert_eq!(docs[1].0["records"], 1);
}

#[test]
fn should_name_stdin_in_the_report() {
    let dir = temp_dir("report-cli-stdin");
    let page = dir.join("r.html");
    let text = fs::read(INPUTS[0]).unwrap();
    let out = jdparse(&["parse", "--report", &page.to_string_lossy()], &text);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = embedded(&fs::read_to_string(&page).unwrap()).docs;
    assert_eq!(docs[0].0["path"], "<stdin>");
}

#[test]
fn should_exit_1_before_parsing_when_the_report_cannot_be_written() {
    let dir = temp_dir("report-cli-unwritable");
    let page = dir.join("no/such/folder/r.html");
    let out = jdparse(
        &["parse", "--report", &page.to_string_lossy(), INPUTS[0]],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "nothing should be parsed");
    assert!(
        stderr(&out).starts_with("jdparse: cannot write report"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn should_refuse_a_report_in_requests_mode() {
    let out = jdparse(&["parse", "--requests", "--report", "r.html"], b"");
    assert_eq!(out.status.code(), Some(2));
}
