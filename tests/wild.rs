//! The shared evaluation sets of real pages, when they are present beside the
//! project (`../shared/eval/wild`, `../shared/eval/dev`): the nothing-lost rule and
//! the other invariants of `jdparse::check` hold on every page as scraped.

use std::path::{Path, PathBuf};

use jdparse::Options;

/// The input files of an evaluation set (every file but the `.gold.json` beside it).
fn eval_files(set: &str) -> Option<Vec<PathBuf>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/eval")
        .join(set);
    let entries = std::fs::read_dir(&dir).ok()?;
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.expect("eval dir entry").path())
        .filter(|p| p.is_file() && !p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    files.sort();
    Some(files)
}

fn check_set(set: &str) {
    let Some(files) = eval_files(set) else {
        eprintln!("skipped: ../shared/eval/{set} is not present beside the project");
        return;
    };
    assert!(!files.is_empty(), "../shared/eval/{set} holds no file");
    let mut broken = Vec::new();
    for path in &files {
        let bytes = std::fs::read(path).expect("eval file");
        let options = Options::default();
        let Ok(parsed) = jdparse::parse(&bytes, &options) else {
            continue;
        };
        if let Err(why) = jdparse::check::invariants(&bytes, &options, &parsed) {
            broken.push(format!("{}: {why}", path.display()));
        }
    }
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}

#[test]
fn should_lose_no_line_of_any_wild_page() {
    check_set("wild");
}

#[test]
fn should_lose_no_line_of_any_dev_document() {
    check_set("dev");
}
