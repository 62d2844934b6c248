//! The command line, run as a process.

use std::fs;

use crate::util::{jdparse, ndjson, temp_dir};

const SAMPLE: &str = "corpus/flattened/engineering_supervisor.txt";

#[test]
fn should_print_one_ndjson_record_per_job_description() {
    let out = jdparse(
        &[
            "parse",
            "--format",
            "ndjson",
            "corpus/collections/two_documents.txt",
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let records = ndjson(&out.stdout);
    assert_eq!(records.len(), 2);
    assert_eq!(records[1]["title"], "水电工岗位说明书");
    assert_eq!(records[1]["source"]["index"], 1);
    assert_eq!(records[1]["source"]["count"], 2);
    assert!(
        out.stderr.is_empty(),
        "a clean run should print nothing on stderr"
    );
}

#[test]
fn should_read_stdin_with_a_dash_or_no_path() {
    let text = fs::read(SAMPLE).unwrap();
    for args in [&["parse", "-"][..], &["parse"][..]] {
        let out = jdparse(args, &text);
        assert!(out.status.success());
        let records = ndjson(&out.stdout);
        assert_eq!(records.len(), 1);
        assert_eq!(records[0]["source"]["path"], serde_json::Value::Null);
        assert_eq!(records[0]["position"]["title"], "工程部主管");
    }
}

#[test]
fn should_print_a_json_array_with_format_json() {
    let out = jdparse(
        &[
            "parse",
            "--format",
            "json",
            SAMPLE,
            "corpus/collections/two_documents.txt",
        ],
        b"",
    );
    assert!(out.status.success());
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    assert_eq!(value.as_array().map(Vec::len), Some(3));
}

#[test]
fn should_print_the_schema() {
    let out = jdparse(&["schema"], b"");
    assert!(out.status.success());
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(schema["title"], "Record");
    assert!(schema["properties"]["responsibilities"].is_object());
}

#[test]
fn should_exit_2_on_usage_errors() {
    for args in [
        &["parse", "--format", "yaml"][..],
        &["frobnicate"][..],
        &["parse", "--encoding", "no-such"][..],
    ] {
        let out = jdparse(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty());
    }
}

#[test]
fn should_report_a_bad_file_and_go_on_with_the_batch() {
    let dir = temp_dir("mixed");
    fs::write(dir.join("a.png"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    fs::copy(SAMPLE, dir.join("b.txt")).unwrap();
    fs::write(
        dir.join("c.doc"),
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0\0\0",
    )
    .unwrap();
    fs::write(dir.join("d.pdf"), b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n").unwrap();
    let d = dir.display().to_string();
    let out = jdparse(&["parse", &d, "missing.txt"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        ndjson(&out.stdout).len(),
        1,
        "the good file's record is still printed"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("a.png: not a text document (PNG image)"),
        "{err}"
    );
    assert!(err.contains("c.doc: a legacy Word .doc"), "{err}");
    assert!(
        err.contains("libreoffice --headless --convert-to docx"),
        "{err}"
    );
    assert!(
        err.contains("d.pdf: PDF is not supported; convert it to text first with `pdftotext FILE`"),
        "a PDF should be pointed to a converter that reads PDFs: {err}"
    );
    assert!(
        err.contains("jdparse: missing.txt: no such file or directory"),
        "{err}"
    );
}

#[test]
fn should_warn_on_empty_input_without_failing() {
    let out = jdparse(&["parse", "-"], b"   \n\n");
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("warning: no job description found"));
    let strict = jdparse(&["parse", "--strict", "-"], b"   \n\n");
    assert_eq!(
        strict.status.code(),
        Some(1),
        "--strict counts warnings as failures"
    );
}

#[test]
fn should_honour_an_explicit_encoding() {
    let gbk = encoding_rs::GBK
        .encode("门卫岗位职责\n直接上级:保安队长\n1、负责来访登记;\n")
        .0
        .into_owned();
    let out = jdparse(&["parse", "--encoding", "gb18030", "-"], &gbk);
    let records = ndjson(&out.stdout);
    assert_eq!(records[0]["source"]["encoding"], "gb18030");
    assert_eq!(records[0]["reporting"]["superiors"][0], "保安队长");
}

#[test]
fn should_mirror_the_input_tree_with_output_dir() {
    let out_dir = temp_dir("mirror");
    let o = out_dir.display().to_string();
    let out = jdparse(&["parse", "corpus/collections", "-o", &o], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty(), "-o writes files, not stdout");
    let written = fs::read(out_dir.join("two_documents.txt.json")).unwrap();
    let records: serde_json::Value = serde_json::from_slice(&written).unwrap();
    assert_eq!(records.as_array().map(Vec::len), Some(2));
    let leftovers: Vec<_> = fs::read_dir(&out_dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary files remain");
}

#[test]
fn should_print_the_same_records_whatever_the_number_of_jobs() {
    let one = jdparse(&["parse", "-j", "1", "corpus"], b"");
    let two = jdparse(&["parse", "-j", "2", "corpus"], b"");
    assert!(one.status.success() && two.status.success());
    assert!(!one.stdout.is_empty());
    assert_eq!(one.stdout, two.stdout);
}

#[test]
fn should_read_paths_from_stdin() {
    let list = format!("{SAMPLE}\n\ncorpus/collections/two_documents.txt\n");
    let out = jdparse(&["parse", "--paths-from", "-"], list.as_bytes());
    assert!(out.status.success());
    assert_eq!(ndjson(&out.stdout).len(), 3);
}

#[test]
fn should_skip_files_over_the_size_limit() {
    let out = jdparse(
        &[
            "parse",
            "--max-file-size",
            "100",
            SAMPLE,
            "corpus/encodings/short_gbk.txt",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(ndjson(&out.stdout).len(), 1);
    assert!(String::from_utf8_lossy(&out.stderr).contains("larger than --max-file-size"));
}

#[test]
fn should_end_quietly_when_the_reader_closes_the_pipe() {
    let script = format!(
        "{} parse corpus corpus corpus | head -n 1 >/dev/null; echo ${{PIPESTATUS[0]}}",
        env!("CARGO_BIN_EXE_jdparse")
    );
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(&script)
        .current_dir(crate::util::root())
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0");
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("jdparse"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn should_answer_every_request_in_requests_mode() {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD
        .encode(fs::read("corpus/encodings/short_gbk.txt").unwrap());
    let input = format!(
        "{{\"id\":\"a\",\"path\":\"{SAMPLE}\"}}\n{{\"id\":\"b\",\"text\":\"门卫岗位职责\\n1、负责来访登记;\"}}\nnot json\n{{\"id\":7,\"base64\":\"{b64}\"}}\n{{\"id\":\"d\",\"path\":\"missing.txt\"}}\n"
    );
    let out = jdparse(&["parse", "--requests"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let lines = ndjson(&out.stdout);
    let ids: Vec<_> = lines.iter().map(|l| l["source"]["id"].clone()).collect();
    assert_eq!(
        ids,
        vec![
            "a".into(),
            "b".into(),
            serde_json::Value::Null,
            7.into(),
            "d".into()
        ]
    );
    assert!(
        lines[2]["error"]
            .as_str()
            .unwrap()
            .contains("malformed request")
    );
    assert_eq!(lines[3]["source"]["encoding"], "GBK");
    assert!(lines[4]["error"].as_str().unwrap().contains("no such file"));
}

#[test]
fn should_print_json_ld_and_csv() {
    let out = jdparse(&["parse", "--format", "jsonld", "corpus/postings"], b"");
    assert!(out.status.success());
    let lines = ndjson(&out.stdout);
    assert!(lines.iter().all(|l| l["@type"] == "JobPosting"));
    let csv_out = jdparse(&["parse", "--format", "csv", "corpus/postings"], b"");
    let text = String::from_utf8(csv_out.stdout).unwrap();
    assert!(text.starts_with("\u{feff}source_path,"));
    // Cells may hold newlines (duties, requirements): count rows with a CSV reader.
    let rows = csv::Reader::from_reader(&text.as_bytes()[3..])
        .records()
        .count();
    assert_eq!(rows, lines.len(), "a header and one row per record");
}

#[test]
fn should_print_completions_and_a_man_page() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = jdparse(&["completions", shell], b"");
        assert!(out.status.success(), "{shell}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("jdparse"),
            "{shell}"
        );
    }
    let man = jdparse(&["man"], b"");
    assert!(String::from_utf8_lossy(&man.stdout).contains(".TH jdparse"));
}
