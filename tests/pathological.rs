//! Pathological and bad input: each gets a clear per-file outcome, never a panic
//! (exit status 101), a signal or a hang.

use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;

use crate::util::{jdparse, ndjson, temp_dir};

fn exit_code(out: &std::process::Output) -> i32 {
    out.status
        .code()
        .expect("the process exits by itself, not by a signal")
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn should_warn_and_exit_0_on_empty_and_whitespace_only_files() {
    let dir = temp_dir("empty");
    fs::write(dir.join("empty.txt"), b"").unwrap();
    fs::write(dir.join("blank.txt"), "  \r\n\u{3000}\n\t\n".as_bytes()).unwrap();
    for name in ["empty.txt", "blank.txt"] {
        let out = jdparse(&["parse", dir.join(name).to_str().unwrap()], b"");
        assert_eq!(exit_code(&out), 0, "{name}");
        assert!(out.stdout.is_empty(), "{name}: no record");
        assert!(
            stderr(&out).contains("warning: no job description found"),
            "{name}"
        );
    }
}

#[test]
fn should_refuse_binary_files_with_exit_1() {
    let dir = temp_dir("binary");
    let mut random = Vec::new();
    let mut x: u32 = 12345;
    for _ in 0..4096 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        random.push((x >> 16) as u8);
    }
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "a.png",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0".to_vec(),
            "PNG image",
        ),
        (
            "a.zip",
            b"PK\x03\x04\x14\0\0\0\x08\0".to_vec(),
            "ZIP archive",
        ),
        (
            "a.elf",
            b"\x7fELF\x02\x01\x01\0\0\0".to_vec(),
            "ELF executable",
        ),
        ("random.bin", random, "not a text document"),
        ("zeros.txt", vec![0u8; 1000], "contains NUL bytes"),
    ];
    for (name, bytes, what) in cases {
        let path = dir.join(name);
        fs::write(&path, bytes).unwrap();
        let out = jdparse(&["parse", path.to_str().unwrap()], b"");
        assert_eq!(exit_code(&out), 1, "{name}");
        assert!(out.stdout.is_empty(), "{name}: no record");
        let err = stderr(&out);
        assert!(
            err.contains(&format!("{name}: not a text document")),
            "{name}: {err}"
        );
        assert!(err.contains(what), "{name}: {err}");
    }
}

#[test]
fn should_name_doc_and_pdf_and_the_way_out() {
    let dir = temp_dir("convert");
    fs::write(
        dir.join("old.doc"),
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0\0\0\0\0",
    )
    .unwrap();
    fs::write(dir.join("scan.pdf"), b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n").unwrap();
    for (name, what, way_out) in [
        (
            "old.doc",
            "legacy Word .doc",
            "libreoffice --headless --convert-to docx",
        ),
        ("scan.pdf", "PDF", "pdftotext FILE"),
    ] {
        let out = jdparse(&["parse", dir.join(name).to_str().unwrap()], b"");
        assert_eq!(exit_code(&out), 1);
        let err = stderr(&out);
        assert!(err.contains(what) && err.contains(way_out), "{err}");
    }
}

#[test]
fn should_decode_broken_text_with_a_warning_naming_the_line() {
    let gbk = encoding_rs::GBK
        .encode("保安员岗位说明书\n岗位名称:保安员\n岗位职责:\n1、负责巡逻;\n")
        .0
        .into_owned();
    let cut = gbk[..gbk.len() - 4].to_vec(); // ends in the middle of a character
    let mut bad_utf8 = "保安员岗位说明书\n岗位名称:保安员\n所属部门:安管部\n岗位职责:\n"
        .as_bytes()
        .to_vec();
    bad_utf8.extend_from_slice(b"1\xff\xfe negative\n");
    let half = [
        "保安员岗位说明书\n岗位名称:保安员\n".as_bytes(),
        &encoding_rs::GBK
            .encode("岗位职责:\n1、负责巡逻;\n2、负责登记。\n")
            .0,
    ]
    .concat();
    for (name, bytes, code) in [
        ("cut-gbk", cut, None),
        ("bad-utf8", bad_utf8, Some("replacement-characters")),
        ("half-gbk", half, Some("mixed-encodings")),
    ] {
        let out = jdparse(&["parse", "-"], &bytes);
        assert_eq!(exit_code(&out), 0, "{name}: {}", stderr(&out));
        let records = ndjson(&out.stdout);
        assert_eq!(records.len(), 1, "{name}");
        assert_eq!(records[0]["position"]["title"], "保安员", "{name}");
        if let Some(code) = code {
            let diags = records[0]["diagnostics"].as_array().unwrap();
            let d = diags
                .iter()
                .find(|d| d["code"] == code)
                .unwrap_or_else(|| panic!("{name}: {diags:?}"));
            assert!(
                d["line"].as_u64().is_some(),
                "{name}: the warning names a line"
            );
            assert!(stderr(&out).contains("warning:"), "{name}");
        }
    }
}

#[test]
fn should_detect_utf16_without_a_bom() {
    let text = "保洁员岗位说明书\n岗位名称:保洁员\n所属部门:环境部\n";
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let out = jdparse(&["parse", "-"], &le);
    let records = ndjson(&out.stdout);
    assert_eq!(records[0]["source"]["encoding"], "UTF-16LE");
    assert_eq!(records[0]["position"]["department"], "环境部");
}

#[test]
fn should_parse_huge_and_deep_inputs_to_completion() {
    let dir = temp_dir("huge");
    let one_line = format!(
        "岗位职责:{}",
        "负责小区巡查,发现问题及时处理;".repeat(10_000_000 / 45)
    );
    let items: String = (1..=200_000)
        .map(|i| format!("{i}、负责第{i}号岗位的巡逻;\n"))
        .collect();
    let headings: String = (0..100_000)
        .map(|i| ["岗位职责\n", "任职资格\n", "工作关系\n"][i % 3])
        .collect();
    let nested: String = (0..50)
        .map(|d| match d % 5 {
            0 => format!("{}、负责\n", d + 1),
            1 => format!("({}) 负责\n", d + 1),
            2 => format!("{}) 负责\n", d + 1),
            3 => format!("{}. 负责\n", d + 1),
            _ => format!("{}负责\n", ['①', '②', '③'][d % 3]),
        })
        .collect::<String>()
        .repeat(50);
    for (name, text, at_least) in [
        ("one_line.txt", one_line, 100_000),
        ("items.txt", format!("岗位职责:\n{items}"), 200_000),
        ("headings.txt", headings, 0),
        ("nested.txt", format!("岗位职责:\n{nested}"), 1),
    ] {
        let path = dir.join(name);
        fs::write(&path, text).unwrap();
        let out = jdparse(&["parse", path.to_str().unwrap()], b"");
        assert_eq!(exit_code(&out), 0, "{name}: {}", stderr(&out));
        let records = ndjson(&out.stdout);
        assert!(!records.is_empty(), "{name}");
        let duties = records[0]["responsibilities"]
            .as_array()
            .map_or(0, Vec::len);
        assert!(duties >= at_least, "{name}: {duties} responsibilities");
    }
}

#[test]
fn should_skip_files_over_the_limit_and_go_on() {
    let dir = temp_dir("limit");
    fs::write(dir.join("big.txt"), "岗位职责:负责巡逻;".repeat(1000)).unwrap();
    fs::write(dir.join("small.txt"), "门卫岗位职责\n1、负责登记;\n").unwrap();
    let out = jdparse(
        &["parse", "--max-file-size", "1000", dir.to_str().unwrap()],
        b"",
    );
    assert_eq!(exit_code(&out), 1);
    assert_eq!(ndjson(&out.stdout).len(), 1);
    assert!(stderr(&out).contains("big.txt: file is larger than --max-file-size"));
}

#[test]
fn should_never_hang_on_fifos_sockets_and_broken_links() {
    let dir = temp_dir("special");
    fs::write(dir.join("good.txt"), "门卫岗位职责\n1、负责登记;\n").unwrap();
    let fifo = dir.join("pipe.txt");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let _socket = std::os::unix::net::UnixListener::bind(dir.join("sock.txt")).unwrap();
    std::os::unix::fs::symlink(dir.join("nowhere.txt"), dir.join("broken.txt")).unwrap();
    let odd = std::ffi::OsStr::from_bytes(b"\xff\xfename.txt");
    fs::write(dir.join(odd), "门卫岗位职责\n1、负责登记;\n").unwrap();
    let out = jdparse(&["parse", dir.to_str().unwrap()], b"");
    assert_eq!(
        exit_code(&out),
        0,
        "without -L the link should be skipped: {}",
        stderr(&out)
    );
    assert_eq!(ndjson(&out.stdout).len(), 2);
    let out = jdparse(&["parse", "-L", dir.to_str().unwrap()], b"");
    assert_eq!(
        exit_code(&out),
        1,
        "the broken link is a failure: {}",
        stderr(&out)
    );
    assert_eq!(
        ndjson(&out.stdout).len(),
        2,
        "both readable files, the odd name included"
    );
    assert!(
        stderr(&out).contains("broken.txt: no such file or directory"),
        "{}",
        stderr(&out)
    );
    // A FIFO named on the command line is refused, not opened.
    let out = jdparse(&["parse", fifo.to_str().unwrap()], b"");
    assert_eq!(exit_code(&out), 1);
    assert!(stderr(&out).contains("not a regular file"));
}

#[test]
fn should_fail_cleanly_when_the_output_directory_cannot_be_written() {
    let dir = temp_dir("readonly");
    let blocker = dir.join("out");
    fs::write(&blocker, b"a file where the output directory should be").unwrap();
    let out = jdparse(
        &[
            "parse",
            "corpus/encodings/short_gbk.txt",
            "-o",
            blocker.join("sub").to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(exit_code(&out), 1);
    assert!(stderr(&out).contains("cannot create"), "{}", stderr(&out));
    let leftovers: Vec<_> = fs::read_dir(&dir).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "nothing but the blocking file");
    let _ = fs::set_permissions(&blocker, fs::Permissions::from_mode(0o644));
}
