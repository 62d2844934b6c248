//! The command line's outputs for HR systems, run as a process: `--db` (re-runs,
//! `--prune`, `--reparse`, a killed run, the README's queries), CSV failure rows and
//! `--no-bom`, and the JSON-LD notes.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rusqlite::Connection;

use crate::sqlite::{assert_whole, count};
use crate::util::{corpus_files, jdparse, root, temp_dir};

/// A PNG header: an input that fails.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The UTF-8 text documents of the corpus.
fn utf8_documents() -> Vec<String> {
    corpus_files()
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|p| String::from_utf8(fs::read(p).unwrap()).ok())
        .map(|t| t.trim_start_matches('\u{feff}').to_string())
        .collect()
}

/// An archive of `files` files, each `per_file` corpus documents one after the
/// other (a different mix in each file).
fn archive(name: &str, files: usize, per_file: usize) -> PathBuf {
    let docs = utf8_documents();
    let dir = temp_dir(name).join("archive");
    for i in 0..files {
        let sub = dir.join(format!("{:02}", i % 10));
        fs::create_dir_all(&sub).unwrap();
        let text: Vec<&str> = (0..per_file)
            .map(|k| docs[(i * 7 + k * 3) % docs.len()].as_str())
            .collect();
        fs::write(sub.join(format!("{i:05}.txt")), text.join("\n\n")).unwrap();
    }
    dir
}

fn timed(args: &[&str]) -> (std::process::Output, Duration) {
    let started = Instant::now();
    let out = jdparse(args, b"");
    (out, started.elapsed())
}

#[test]
fn should_parse_nothing_in_an_unchanged_archive_and_take_under_a_tenth_of_the_time() {
    let dir = archive("db-rerun", 200, 8);
    let db = dir.parent().unwrap().join("records.sqlite");
    let (d, f) = (dir.display().to_string(), db.display().to_string());
    let (first, first_time) = timed(&["parse", &d, "--db", &f]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(first.stdout.is_empty(), "--db should print no records");
    assert!(
        stderr(&first).contains("200 documents stored"),
        "{}",
        stderr(&first)
    );
    // The best of three re-runs, so that a busy machine does not decide the ratio.
    let mut best = Duration::MAX;
    for _ in 0..3 {
        let (again, time) = timed(&["parse", &d, "--db", &f]);
        assert!(again.status.success());
        assert!(
            stderr(&again)
                .contains("0 documents stored (0 records, 0 failed), 200 unchanged skipped"),
            "should say it parsed nothing: {}",
            stderr(&again)
        );
        best = best.min(time);
    }
    let ratio = best.as_secs_f64() / first_time.as_secs_f64();
    eprintln!(
        "db re-run: first run {:.3} s, unchanged re-run {:.3} s, ratio {ratio:.3}",
        first_time.as_secs_f64(),
        best.as_secs_f64()
    );
    assert!(
        ratio < 0.1,
        "an unchanged re-run should take under a tenth of the first run's time: {ratio:.3}"
    );
}

#[test]
fn should_parse_changed_files_again_and_prune_gone_ones() {
    let dir = archive("db-prune", 3, 1);
    let db = dir.parent().unwrap().join("records.sqlite");
    let (d, f) = (dir.display().to_string(), db.display().to_string());
    assert!(jdparse(&["parse", &d, "--db", &f], b"").status.success());
    let files: Vec<PathBuf> = walk(&dir);
    fs::write(
        &files[0],
        "保安员岗位说明书\n岗位名称:保安员\n岗位职责:\n1、负责巡逻;\n",
    )
    .unwrap();
    fs::remove_file(&files[1]).unwrap();
    let out = jdparse(&["parse", &d, "--db", &f, "--prune"], b"");
    assert!(out.status.success());
    assert!(
        stderr(&out)
            .contains("1 documents stored (1 records, 0 failed), 1 unchanged skipped, 1 pruned"),
        "{}",
        stderr(&out)
    );
    let conn = Connection::open(&db).unwrap();
    assert_eq!(count(&conn, "SELECT count(*) FROM documents"), 2);
    let title: String = conn
        .query_row(
            "SELECT position_title FROM records r JOIN documents d ON d.id = r.document_id \
             WHERE d.path LIKE '%00000.txt'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(title, "保安员", "should hold the changed file's new record");
    drop(conn);
    let out = jdparse(&["parse", &d, "--db", &f, "--reparse"], b"");
    assert!(
        stderr(&out).contains("2 documents stored") && stderr(&out).contains("0 unchanged skipped"),
        "--reparse should parse everything: {}",
        stderr(&out)
    );
    let out = jdparse(&["parse", &d, "--prune"], b"");
    assert_eq!(out.status.code(), Some(2), "--prune needs --db");
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}

#[test]
fn should_leave_a_consistent_database_when_killed() {
    let dir = archive("db-killed", 1500, 1);
    let db = dir.parent().unwrap().join("records.sqlite");
    let mut child = Command::new(env!("CARGO_BIN_EXE_jdparse"))
        .args(["parse", "-j1"])
        .arg(&dir)
        .arg("--db")
        .arg(&db)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait for the first committed chunk, then kill the run in the middle.
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut killed_mid_run = false;
    while Instant::now() < deadline {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        let committed = db
            .exists()
            .then(|| Connection::open(&db).ok())
            .flatten()
            .and_then(|c| {
                c.query_row("SELECT count(*) FROM documents", [], |r| r.get::<_, i64>(0))
                    .ok()
            })
            .unwrap_or(0);
        if committed > 0 {
            killed_mid_run = child.try_wait().unwrap().is_none();
            let _ = child.kill();
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait().unwrap();
    assert!(killed_mid_run, "the run should be killed before it ends");

    let conn = Connection::open(&db).unwrap();
    assert_whole(&conn);
    let stored = count(&conn, "SELECT count(*) FROM documents");
    assert!(stored > 0 && stored < 1500, "{stored} documents");
    drop(conn);
    let out = jdparse(
        &[
            "parse",
            &dir.display().to_string(),
            "--db",
            &db.display().to_string(),
        ],
        b"",
    );
    assert!(out.status.success());
    assert!(
        stderr(&out).contains(&format!("{} documents stored", 1500 - stored))
            && stderr(&out).contains(&format!("{stored} unchanged skipped")),
        "the next run should parse just what was not committed: {}",
        stderr(&out)
    );
}

/// The ```sql blocks of the README's Database section.
fn readme_queries() -> Vec<String> {
    let readme = fs::read_to_string(root().join("README.md")).unwrap();
    let start = readme.find("### Database").expect("a Database section");
    let section = &readme[start..];
    let end = section[4..].find("\n##").map_or(section.len(), |e| e + 4);
    section[..end]
        .split("```sql\n")
        .skip(1)
        .map(|block| block.split("```").next().unwrap().to_string())
        .collect()
}

#[test]
fn should_answer_the_readme_queries_from_the_database() {
    let dir = temp_dir("db-readme");
    fs::write(dir.join("scan.png"), PNG).unwrap();
    let db = dir.join("records.sqlite");
    let out = jdparse(
        &[
            "parse",
            "corpus",
            &dir.join("scan.png").display().to_string(),
            "--db",
            &db.display().to_string(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1), "the PNG fails");
    let conn = Connection::open(&db).unwrap();
    let queries = readme_queries();
    assert!(queries.len() >= 2, "the README should show queries");
    let mut answers = Vec::new();
    for sql in &queries {
        let mut stmt = conn
            .prepare(sql)
            .unwrap_or_else(|e| panic!("{sql}\nshould run: {e}"));
        let columns = stmt.column_count();
        let rows: Vec<Vec<String>> = stmt
            .query_map([], |row| {
                (0..columns)
                    .map(|i| {
                        row.get::<_, rusqlite::types::Value>(i).map(|v| match v {
                            rusqlite::types::Value::Text(t) => t,
                            other => format!("{other:?}"),
                        })
                    })
                    .collect()
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert!(
            !rows.is_empty(),
            "{sql}\nshould find something in the corpus"
        );
        answers.push(rows);
    }
    let reports_to: Vec<&str> = answers[0].iter().map(|r| r[1].as_str()).collect();
    assert!(
        reports_to.contains(&"保安主任") && reports_to.contains(&"工程部经理"),
        "positions reporting to 物业经理, in both scripts: {reports_to:?}"
    );
    let without_duties: Vec<&str> = answers[1].iter().map(|r| r[0].as_str()).collect();
    assert!(
        without_duties.contains(&"corpus/postings/negotiable.txt"),
        "{without_duties:?}"
    );
    let failed = answers.last().unwrap();
    assert!(failed[0][0].ends_with("scan.png") && failed[0][1].contains("PNG"));
}

#[test]
fn should_write_a_csv_row_for_a_failed_file_and_leave_the_bom_out_when_asked() {
    let dir = temp_dir("csv-failure");
    fs::write(dir.join("scan.png"), PNG).unwrap();
    let png = dir.join("scan.png").display().to_string();
    let out = jdparse(
        &[
            "parse",
            "--format",
            "csv",
            "--no-bom",
            "corpus/postings",
            &png,
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        out.stdout.starts_with(b"source_path,"),
        "no BOM with --no-bom"
    );
    let mut reader = csv::Reader::from_reader(&out.stdout[..]);
    let header = reader.headers().unwrap().clone();
    let error = header.iter().position(|h| h == "error").unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let failed: Vec<&csv::StringRecord> = rows.iter().filter(|r| !r[error].is_empty()).collect();
    assert_eq!(failed.len(), 1, "one row for the failed file");
    assert_eq!(&failed[0][0], png);
    assert!(failed[0][error].contains("not a text document (PNG image)"));
    let with_bom = jdparse(&["parse", "--format", "csv", "corpus/postings"], b"");
    assert!(
        with_bom
            .stdout
            .starts_with("\u{feff}source_path,".as_bytes())
    );
}

#[test]
fn should_note_what_search_engines_require_of_a_json_ld_posting() {
    let out = jdparse(
        &[
            "parse",
            "--format",
            "jsonld",
            "corpus/postings/security_guard.txt",
            "corpus/postings/full_posting.txt",
        ],
        b"",
    );
    assert!(out.status.success(), "notes never fail a run");
    let err = stderr(&out);
    assert!(
        err.contains(
            "jdparse: corpus/postings/security_guard.txt: note: JobPosting lacks datePosted, \
             hiringOrganization (required by search engines)"
        ),
        "{err}"
    );
    assert!(
        !err.contains("full_posting.txt: note"),
        "a complete posting gets no note: {err}"
    );
    let quiet = jdparse(
        &[
            "parse",
            "-q",
            "--format",
            "jsonld",
            "corpus/postings/security_guard.txt",
        ],
        b"",
    );
    assert!(quiet.stderr.is_empty(), "--quiet silences the notes");
}
