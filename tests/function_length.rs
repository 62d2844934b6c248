//! No function in `src/` is longer than 80 lines (issue #11), counted from its
//! `fn` line to its closing brace as rustfmt lays them out. The one exception is
//! the HTML renderer's tokenizer loop (`html::to_text`), whose comment says why.

use std::path::Path;

const LIMIT: usize = 80;
const EXCEPTIONS: &[(&str, &str)] = &[("html.rs", "to_text")];

/// `(file, function, lines)` of every function longer than the limit under `dir`.
fn long_functions(dir: &Path, out: &mut Vec<(String, String, usize)>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            long_functions(&path, out);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a source file");
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let Some(name) = fn_name(line) else { continue };
            let indent = &line[..line.len() - line.trim_start().len()];
            let close = format!("{indent}}}");
            // A declaration without a body (`fn f();`) has no closing line.
            let Some(len) = lines[i..].iter().position(|l| *l == close) else {
                continue;
            };
            let file = path.file_name().unwrap_or_default().to_string_lossy();
            if len + 1 > LIMIT && !EXCEPTIONS.contains(&(file.as_ref(), name)) {
                out.push((path.display().to_string(), name.to_string(), len + 1));
            }
        }
    }
}

/// The name of the function a line declares, if it declares one.
fn fn_name(line: &str) -> Option<&str> {
    let mut rest = line.trim_start();
    for prefix in [
        "pub(crate) ",
        "pub(super) ",
        "pub ",
        "const ",
        "async ",
        "unsafe ",
    ] {
        rest = rest.strip_prefix(prefix).unwrap_or(rest);
    }
    let rest = rest.strip_prefix("fn ")?;
    let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_'))?;
    Some(&rest[..end])
}

#[test]
fn should_keep_every_function_in_src_within_80_lines() {
    let mut long = Vec::new();
    long_functions(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut long,
    );
    assert!(
        long.is_empty(),
        "functions longer than {LIMIT} lines: {long:#?}"
    );
}

#[test]
fn should_read_function_names() {
    assert_eq!(fn_name("    pub(crate) fn parts<'a>("), Some("parts"));
    assert_eq!(fn_name("fn main() {"), Some("main"));
    assert_eq!(fn_name("    let f = 1;"), None);
}
