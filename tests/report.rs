//! The review page (`emit::report`), written through the library: one
//! self-contained file, every input embedded in order, safe against markup in
//! documents, and no half-written file left behind.

use std::collections::BTreeMap;
use std::path::Path;

use jdparse::Options;
use jdparse::emit::report::{Entry, ReportWriter};
use serde_json::Value;

use crate::util::{corpus_files, corpus_name, temp_dir};

/// What a page embeds: the key-field list, one (summary, detail) pair per input,
/// and the run's facts.
pub struct Embedded {
    pub fields: Value,
    pub docs: Vec<(Value, Value)>,
    pub meta: Value,
}

fn script_body<'a>(html: &'a str, id: &str) -> &'a str {
    let open = format!("id=\"{id}\">");
    let start = html.find(&open).unwrap_or_else(|| panic!("no #{id}")) + open.len();
    let len = html[start..]
        .find("</script>")
        .expect("the block is closed");
    &html[start..start + len]
}

/// Reads the data back out of a page, as the page's script does.
pub fn embedded(html: &str) -> Embedded {
    let lines: Vec<Value> = script_body(html, "jd-docs")
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_str(l).expect("every data line is JSON"))
        .collect();
    assert_eq!(lines.len() % 2, 0, "a summary and a detail line per input");
    Embedded {
        fields: serde_json::from_str(script_body(html, "jd-fields")).expect("fields JSON"),
        docs: lines
            .chunks(2)
            .map(|p| (p[0].clone(), p[1].clone()))
            .collect(),
        meta: serde_json::from_str(script_body(html, "jd-meta")).expect("meta JSON"),
    }
}

/// Fails when the page would load anything: a remote `src`/`href`, `@import`, `url(http…)`.
pub fn assert_offline(html: &str) {
    let remote = regex::Regex::new(
        r#"(?i)(\b(src|href|action|srcset|poster|data)\s*=\s*["']?\s*(https?:)?//)|@import|url\(\s*["']?\s*(https?:)?//"#,
    )
    .unwrap();
    if let Some(m) = remote.find(html) {
        panic!(
            "the page should load nothing from the network, found {:?}",
            m.as_str()
        );
    }
    assert!(
        !html.contains("<link") && !html.contains("<iframe") && !html.contains("<img"),
        "the page should have no linked resources"
    );
}

/// Parses `text` keeping the decoded text, as `--report` does.
fn parse_kept(text: &str) -> jdparse::Parsed {
    let options = Options {
        keep_text: true,
        ..Options::default()
    };
    jdparse::parse(text.as_bytes(), &options).expect("text parses")
}

/// Writes a page of one input under a fresh folder; returns the page's HTML.
fn page_of(test: &str, path: &str, outcome: Result<&jdparse::Parsed, &str>) -> String {
    let file = temp_dir(test).join("r.html");
    let mut report = ReportWriter::create(&file).unwrap();
    report.write(&Entry::new(path, outcome)).unwrap();
    report.finish().unwrap();
    std::fs::read_to_string(&file).expect("the page is written")
}

/// Writes the corpus report (every file, in the walk's order) to `path`.
fn corpus_report(path: &Path) {
    let mut report = ReportWriter::create(path).expect("the report starts");
    for file in corpus_files() {
        let bytes = std::fs::read(&file).unwrap();
        let options = Options {
            path: Some(corpus_name(&file)),
            keep_text: true,
            ..Options::default()
        };
        let parsed = jdparse::parse(&bytes, &options).expect("corpus files parse");
        report
            .add(&corpus_name(&file), Ok(&parsed))
            .expect("written");
    }
    report.finish().expect("the report is finished");
}

#[test]
fn should_write_one_self_contained_page_for_the_corpus() {
    let dir = temp_dir("report-corpus");
    let path = dir.join("report.html");
    corpus_report(&path);
    let html = std::fs::read_to_string(&path).expect("the page is UTF-8");
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.trim_end().ends_with("</html>"));
    assert!(html.contains("<style>") && html.contains("<script>\n"));
    assert_offline(&html);
    let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(left.len(), 1, "the temporary file should be renamed away");
}

#[test]
fn should_embed_every_input_in_order_with_its_lines_and_records() {
    let dir = temp_dir("report-embed");
    let path = dir.join("report.html");
    corpus_report(&path);
    let page = embedded(&std::fs::read_to_string(&path).unwrap());
    let files = corpus_files();
    assert_eq!(page.docs.len(), files.len());
    assert_eq!(page.meta["files"], files.len());
    assert!(page.fields.as_array().is_some_and(|f| f.len() >= 11));
    for (file, (summary, detail)) in files.iter().zip(&page.docs) {
        let name = corpus_name(file);
        assert_eq!(summary["path"], name.as_str(), "in input order");
        let bytes = std::fs::read(file).unwrap();
        let text = jdparse::text(&bytes, &Options::default()).unwrap().text;
        let lines = detail["text"].as_array().expect("the decoded lines");
        assert_eq!(lines.len(), text.split('\n').count(), "{name}: every line");
        assert_eq!(summary["lines"], lines.len());
        let records = detail["records"].as_array().unwrap();
        assert_eq!(summary["records"], records.len());
        assert!(!records.is_empty(), "{name} should have its records");
        assert_eq!(summary["cover"].as_array().unwrap().len(), records.len());
        assert!(summary["error"].is_null());
        assert!(summary["encoding"].is_string() && summary["format"].is_string());
        for record in records {
            assert!(record["provenance"].is_object());
            for section in record["sections"].as_array().unwrap() {
                assert_eq!(
                    section["text"], "",
                    "{name}: the page shows lines, not copies"
                );
            }
        }
    }
}

#[test]
fn should_list_a_failed_input_with_its_reason() {
    let html = page_of(
        "report-failed",
        "scan.png",
        Err("not a text document (PNG image)"),
    );
    let page = embedded(&html);
    let (summary, detail) = &page.docs[0];
    assert_eq!(summary["path"], "scan.png");
    assert_eq!(summary["error"], "not a text document (PNG image)");
    assert_eq!(summary["records"], 0);
    assert!(summary["encoding"].is_null());
    assert_eq!(detail["records"], Value::Array(Vec::new()));
}

#[test]
fn should_count_a_file_without_a_job_description_and_its_warning() {
    let parsed = parse_kept("你好\n");
    let page = embedded(&page_of("report-empty", "hello.txt", Ok(&parsed)));
    let (summary, detail) = &page.docs[0];
    assert_eq!(summary["records"], 0);
    assert_eq!(summary["warnings"][0], "no-job-description");
    assert_eq!(detail["text"][0], "你好");
}

#[test]
fn should_keep_markup_in_a_document_from_ending_the_data_block() {
    let text = "保安员岗位说明书\n岗位名称:保安员</script><script>alert(1)</script><!--\n岗位职责:\n1、负责巡逻。\n";
    let parsed = parse_kept(text);
    let html = page_of("report-markup", "<b>odd</b>.txt", Ok(&parsed));
    let scripts = html.matches("<script").count();
    assert_eq!(
        html.matches("</script>").count(),
        scripts,
        "each script element should close once"
    );
    assert!(!html.contains("alert(1)</script>"));
    let page = embedded(&html);
    let (summary, detail) = &page.docs[0];
    assert_eq!(summary["path"], "<b>odd</b>.txt");
    assert_eq!(
        detail["text"][1],
        "岗位名称:保安员</script><script>alert(1)</script><!--"
    );
}

#[test]
fn should_leave_no_file_behind_when_not_finished() {
    let dir = temp_dir("report-dropped");
    let path = dir.join("r.html");
    let mut report = ReportWriter::create(&path).unwrap();
    report.add("a.txt", Err("unreadable")).unwrap();
    assert!(!path.exists(), "nothing at the name before finish");
    drop(report);
    let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert!(left.is_empty(), "the temporary file should be removed");
}

#[test]
fn should_fail_to_start_in_a_missing_folder() {
    let dir = temp_dir("report-missing");
    assert!(ReportWriter::create(dir.join("no/such/r.html")).is_err());
}

#[test]
fn should_carry_provenance_to_the_document_view() {
    let mut parsed = parse_kept("保安员岗位说明书\n岗位名称:保安员\n岗位职责:\n1、负责巡逻。\n");
    parsed.records[0].provenance = BTreeMap::from([
        ("/position/title".to_string(), vec![2]),
        ("/responsibilities/0".to_string(), vec![4]),
    ]);
    let page = embedded(&page_of("report-provenance", "a.txt", Ok(&parsed)));
    let record = &page.docs[0].1["records"][0];
    assert_eq!(
        record["provenance"]["/position/title"],
        serde_json::json!([2])
    );
    assert_eq!(
        record["provenance"]["/responsibilities/0"],
        serde_json::json!([4])
    );
}

#[test]
fn should_keep_the_decoded_text_only_when_asked() {
    let bytes = std::fs::read(crate::util::root().join("corpus/encodings/crlf_utf8.txt")).unwrap();
    let plain = jdparse::parse(&bytes, &Options::default()).unwrap();
    assert!(plain.text.is_none());
    let kept = Options {
        keep_text: true,
        ..Options::default()
    };
    let parsed = jdparse::parse(&bytes, &kept).unwrap();
    let text = jdparse::text(&bytes, &kept).unwrap().text;
    assert_eq!(parsed.text.as_deref(), Some(text.as_str()));
}
