//! Batch runs at the edges (issue #14): where `-o` writes, what the walk reads and
//! skips, links and loops, `--requests` answers, and the flags around them. Each test
//! runs the binary as a process against folders of its own.

use std::fs;
use std::path::Path;

use crate::util::{jdparse, jdparse_in, ndjson, temp_dir};

/// A short document that yields one record.
const JD: &str = "门卫岗位职责\n直接上级:保安队长\n1、负责来访登记;\n2、负责门岗巡查。\n";

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn write(path: &Path, bytes: impl AsRef<[u8]>) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}

/// Every file below `dir`, as `/`-separated paths relative to it, sorted.
fn tree(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).unwrap();
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn should_mirror_each_input_below_the_common_folder_with_output_dir() {
    let dir = temp_dir("batch-mirror");
    write(&dir.join("c1/jd.txt"), JD);
    write(&dir.join("c2/jd.txt"), JD);
    let out = jdparse_in(&dir, &["parse", "c1", "c2", "-o", "out"], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        tree(&dir.join("out")),
        ["c1/jd.txt.json", "c2/jd.txt.json"],
        "two folders holding jd.txt should give two outputs, not one overwritten"
    );
}

#[test]
fn should_keep_the_folders_of_paths_from_under_output_dir() {
    let dir = temp_dir("batch-paths-from");
    write(&dir.join("2023/hr/jd.txt"), JD);
    write(&dir.join("2024/jd.txt"), JD);
    let list = "2023/hr/jd.txt\n2024/jd.txt\n";
    let out = jdparse_in(
        &dir,
        &["parse", "--paths-from", "-", "-o", "out"],
        list.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        tree(&dir.join("out")),
        ["2023/hr/jd.txt.json", "2024/jd.txt.json"],
        "--paths-from should keep folders, not flatten them to base names"
    );
}

#[test]
fn should_refuse_two_inputs_bound_for_one_output_before_writing_anything() {
    let dir = temp_dir("batch-collision");
    write(&dir.join("a/jd.txt"), JD);
    let out = jdparse_in(&dir, &["parse", "a/jd.txt", "a/./jd.txt", "-o", "out"], b"");
    assert_eq!(
        out.status.code(),
        Some(2),
        "a collision should be a usage error"
    );
    assert!(
        stderr(&out).contains("would both be written to"),
        "{}",
        stderr(&out)
    );
    assert!(
        !dir.join("out").exists(),
        "nothing should have been written"
    );
}

#[test]
fn should_never_read_the_output_folder_as_input() {
    let dir = temp_dir("batch-rerun");
    write(&dir.join("archive/jd.txt"), JD);
    let archive = dir.join("archive");
    for run in 1..=2 {
        let out = jdparse_in(&archive, &["parse", ".", "-o", "out"], b"");
        assert_eq!(out.status.code(), Some(0), "run {run}: {}", stderr(&out));
    }
    assert_eq!(
        tree(&archive.join("out")),
        ["jd.txt.json"],
        "the second run should not parse the first run's output"
    );
}

#[test]
fn should_write_the_chosen_format_per_input_with_output_dir() {
    let dir = temp_dir("batch-formats");
    write(&dir.join("in/jd.txt"), JD);
    for (format, name) in [("csv", "jd.txt.csv"), ("jsonld", "jd.txt.jsonld")] {
        let out = jdparse_in(
            &dir,
            &["parse", "in", "--format", format, "-o", format],
            b"",
        );
        assert_eq!(out.status.code(), Some(0), "{format}: {}", stderr(&out));
        let written = fs::read_to_string(dir.join(format).join(name)).unwrap();
        match format {
            "csv" => {
                assert!(written.starts_with("\u{feff}source_path,"), "{written}");
                // Duties and requirements are one item a line inside their cells.
                let rows = csv::Reader::from_reader(written.as_bytes())
                    .records()
                    .count();
                assert_eq!(rows, 1, "a header and one row: {written}");
            }
            _ => {
                let postings: serde_json::Value = serde_json::from_str(&written).unwrap();
                assert_eq!(postings[0]["@type"], "JobPosting");
            }
        }
    }
}

#[cfg(unix)]
#[test]
fn should_skip_symbolic_links_unless_asked_and_report_a_loop() {
    let dir = temp_dir("batch-links");
    write(&dir.join("links/jd.txt"), JD);
    write(&dir.join("elsewhere/other.txt"), JD);
    std::os::unix::fs::symlink("../links", dir.join("links/loop")).unwrap();
    std::os::unix::fs::symlink("../elsewhere/other.txt", dir.join("links/other.txt")).unwrap();

    let out = jdparse_in(&dir, &["parse", "links"], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(ndjson(&out.stdout).len(), 1, "links should not be followed");
    assert!(
        stderr(&out).contains("2 symbolic links (-L follows them)"),
        "skipped links should be counted: {}",
        stderr(&out)
    );

    let out = jdparse_in(&dir, &["parse", "-L", "links"], b"");
    assert_eq!(out.status.code(), Some(1), "a loop is an error");
    let paths: Vec<_> = ndjson(&out.stdout)
        .iter()
        .map(|r| r["source"]["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        paths,
        ["links/jd.txt", "links/other.txt"],
        "the loop should be entered once at most, the linked file read"
    );
    assert!(
        stderr(&out).contains("jdparse: links/loop: symbolic link loop: leads back to links"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn should_skip_system_junk_and_say_how_many() {
    let dir = temp_dir("batch-junk");
    let ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0\0\0";
    write(&dir.join("in/jd.txt"), JD);
    write(&dir.join("in/Thumbs.db"), ole);
    write(
        &dir.join("in/desktop.ini"),
        "[.ShellClassInfo]\r\nIconResource=x\r\n",
    );
    write(&dir.join("in/~$jd.docx"), b"\x05\0lock\0\0\0");
    write(&dir.join("in/.DS_Store"), b"\0\0\0\x01Bud1");
    write(&dir.join("in/.~lock.jd.docx#"), "人事部,host,01.01.2024;");
    let out = jdparse_in(&dir, &["parse", "in"], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(ndjson(&out.stdout).len(), 1);
    assert!(
        stderr(&out).contains("skipped 5 hidden or system files (--no-ignore reads them)"),
        "{}",
        stderr(&out)
    );
    let quiet = jdparse_in(&dir, &["parse", "-q", "in"], b"");
    assert!(quiet.stderr.is_empty(), "-q should silence the count");
    let all = jdparse_in(&dir, &["parse", "--no-ignore", "in"], b"");
    assert_eq!(all.status.code(), Some(1), "--no-ignore should read them");
    assert!(stderr(&all).contains("Thumbs.db: a legacy Word .doc"));
}

#[test]
fn should_filter_walked_files_with_globs() {
    let dir = temp_dir("batch-glob");
    for name in [
        "in/a.txt",
        "in/b.html",
        "in/old/c.txt",
        "in/new/draft-d.txt",
    ] {
        write(&dir.join(name), JD);
    }
    let paths = |args: &[&str]| -> Vec<String> {
        let out = jdparse_in(&dir, args, b"");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        ndjson(&out.stdout)
            .iter()
            .map(|r| r["source"]["path"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        paths(&[
            "parse", "in", "-g", "*.txt", "-g", "!old/", "-g", "!draft-*"
        ]),
        ["in/a.txt"]
    );
    assert_eq!(
        paths(&["parse", "in", "--glob", "!*.txt"]),
        ["in/b.html"],
        "excludes alone should keep everything else"
    );
    assert_eq!(
        paths(&["parse", "in/old/c.txt", "-g", "*.html"]),
        ["in/old/c.txt"],
        "a file named on the command line should always be read"
    );
}

#[test]
fn should_read_nul_separated_paths_with_null() {
    let dir = temp_dir("batch-null");
    write(&dir.join("a b.txt"), JD);
    write(&dir.join("c\nd.txt"), JD);
    let out = jdparse_in(
        &dir,
        &["parse", "-0", "--paths-from", "-"],
        b"a b.txt\0c\nd.txt\0",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(ndjson(&out.stdout).len(), 2);
}

#[test]
fn should_take_windows_encoding_names_and_size_suffixes() {
    let gbk = encoding_rs::GBK.encode(JD).0.into_owned();
    for label in ["cp936", "CP936"] {
        let out = jdparse(&["parse", "--encoding", label, "-"], &gbk);
        assert_eq!(out.status.code(), Some(0), "{label}: {}", stderr(&out));
        assert_eq!(ndjson(&out.stdout)[0]["source"]["encoding"], "GBK");
    }
    let big5 = encoding_rs::BIG5
        .encode("門衛崗位職責\n直接上司:保安隊長\n")
        .0
        .into_owned();
    for label in ["cp950", "big5-hkscs"] {
        let out = jdparse(&["parse", "--encoding", label, "-"], &big5);
        assert_eq!(
            ndjson(&out.stdout)[0]["source"]["encoding"],
            "Big5",
            "{label}"
        );
    }
    let out = jdparse(&["parse", "--max-file-size", "64M", "-"], JD.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = jdparse(&["parse", "--max-file-size", "1K", "-"], &[b'x'; 2000]);
    assert!(stderr(&out).contains("larger than --max-file-size (1024 bytes)"));
    let help = jdparse(&["parse", "--help"], b"");
    let help = String::from_utf8_lossy(&help.stdout);
    let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        help.contains("multiples of 1024"),
        "--help should say what K means"
    );
}

#[test]
fn should_complete_encoding_names_not_file_names() {
    let out = jdparse(&["completions", "bash"], b"");
    let script = String::from_utf8_lossy(&out.stdout);
    let case = script
        .split("--encoding)")
        .nth(1)
        .expect("a case for --encoding");
    let case = &case[..case.find(";;").unwrap()];
    assert!(case.contains("gbk") && case.contains("cp936"), "{case}");
    assert!(
        !case.contains("compgen -f"),
        "file names should not be offered: {case}"
    );
}

#[test]
fn should_say_what_failed_under_strict_even_when_quiet() {
    let dir = temp_dir("batch-strict");
    write(&dir.join("empty.txt"), "");
    let out = jdparse_in(&dir, &["parse", "empty.txt", "--strict", "-q"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("jdparse: empty.txt: warning: no job description found"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn should_answer_every_request_and_keep_the_id_type() {
    let input = concat!(
        "{\"id\":\"a\",\"text\":\"hello\"}\n",
        "{\"id\":2,\"text\":\"\"}\n",
        "{\"id\":3,\"base64\":\"\"}\n",
        "{\"id\":4,\"text\":\"门卫岗位职责\\n1、负责来访登记;\"}\n",
        "{\"id\":[5],\"text\":\"x\"}\n",
    );
    let out = jdparse(&["parse", "--requests"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let lines = ndjson(&out.stdout);
    let ids: Vec<_> = lines.iter().map(|l| l["source"]["id"].clone()).collect();
    assert_eq!(
        ids,
        [
            serde_json::json!("a"),
            serde_json::json!(2),
            serde_json::json!(3),
            serde_json::json!(4),
            serde_json::json!([5])
        ],
        "one line per request, ids as sent"
    );
    for empty in &lines[..3] {
        assert_eq!(empty["records"], 0, "{empty}");
        assert_eq!(
            empty["diagnostics"][0]["code"], "no-job-description",
            "{empty}"
        );
    }
    assert_eq!(lines[3]["title"], "门卫岗位职责", "a record");
    assert!(
        lines[4]["error"]
            .as_str()
            .unwrap()
            .contains("\"id\" must be")
    );
}

#[cfg(unix)]
#[test]
fn should_warn_about_a_file_name_that_is_not_utf8_and_keep_its_bytes() {
    use std::os::unix::ffi::OsStrExt;
    let dir = temp_dir("batch-gbk-name");
    let mut name = encoding_rs::GBK.encode("岗位").0.into_owned();
    name.extend(b".txt");
    let name = std::ffi::OsStr::from_bytes(&name);
    write(&dir.join("in").join(name), JD);
    let out = jdparse_in(&dir, &["parse", "in"], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let record = &ndjson(&out.stdout)[0];
    assert_eq!(record["source"]["path"], "in/\\xB8\\xDA\\xCE\\xBB.txt");
    assert!(
        record["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "file-name-not-utf8"),
        "{record}"
    );
    assert!(
        stderr(&out).contains("warning: the file name is not valid UTF-8 (as GBK: in/岗位.txt)"),
        "{}",
        stderr(&out)
    );
    let written = jdparse_in(&dir, &["parse", "in", "-o", "out"], b"");
    assert_eq!(written.status.code(), Some(0));
    let mut target = name.to_os_string();
    target.push(".json");
    assert!(
        dir.join("out").join(target).is_file(),
        "the output should keep the name's bytes"
    );
}
