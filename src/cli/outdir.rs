//! `-o DIR`: one output document per input, written atomically by the worker that
//! parsed it, at the input's path relative to the common folder of all inputs.

use std::collections::HashMap;
use std::fs;
use std::path::{Component, Path, PathBuf};

use anyhow::Context;

use super::args::Format;
use super::inputs::{Input, path_text};
use super::render;
use super::sink::{Outcome, Sink, Status};

pub struct OutDir {
    dir: PathBuf,
    /// The folder the inputs' paths are taken relative to (absolute, `..` resolved).
    root: PathBuf,
    format: Format,
    /// A byte-order mark before a CSV document (`--no-bom` leaves it out).
    bom: bool,
}

impl OutDir {
    /// The output folder for `inputs`: their common folder is the deepest one that
    /// holds every directory argument and the folder of every file named directly.
    pub fn new(dir: PathBuf, format: Format, bom: bool, inputs: &[Input]) -> OutDir {
        let mut root: Option<PathBuf> = None;
        for input in inputs {
            let Input::File { path, found_in, .. } = input else {
                continue;
            };
            let folder = match found_in {
                Some(arg) => absolute(arg),
                None => absolute(path)
                    .parent()
                    .map(Path::to_path_buf)
                    .unwrap_or_default(),
            };
            root = Some(match root {
                None => folder,
                Some(root) => root
                    .components()
                    .zip(folder.components())
                    .take_while(|(a, b)| a == b)
                    .map(|(a, _)| a)
                    .collect(),
            });
        }
        OutDir {
            dir,
            root: root.unwrap_or_default(),
            format,
            bom,
        }
    }

    /// Where an input's document goes: `DIR/<path below the common folder>.<ext>`,
    /// `DIR/stdin.<ext>` for stdin.
    pub fn target(&self, path: Option<&Path>) -> PathBuf {
        let relative = match path {
            Some(path) => {
                let path = absolute(path);
                path.strip_prefix(&self.root)
                    .map(Path::to_path_buf)
                    .unwrap_or(path)
            }
            None => PathBuf::from("stdin"),
        };
        let mut target = self.dir.join(relative).into_os_string();
        target.push(".");
        target.push(render::extension(self.format));
        PathBuf::from(target)
    }

    /// Refuses a batch in which two inputs would be written to the same file.
    pub fn check(&self, inputs: &[Input]) -> Result<(), String> {
        let mut seen: HashMap<PathBuf, Option<&Path>> = HashMap::new();
        for input in inputs {
            if matches!(input, Input::Broken { .. }) {
                continue;
            }
            let target = self.target(input.path());
            if let Some(earlier) = seen.insert(target.clone(), input.path()) {
                let name = |p: Option<&Path>| p.map_or("<stdin>".into(), |p| path_text(p).text);
                return Err(format!(
                    "{} and {} would both be written to {}; nothing was written",
                    name(earlier),
                    name(input.path()),
                    path_text(&target).text
                ));
            }
        }
        Ok(())
    }
}

impl Sink for OutDir {
    fn render(&self, outcome: &Outcome) -> anyhow::Result<Vec<u8>> {
        if let Status::Parsed(parsed) = &outcome.status {
            let target = self.target(outcome.path.as_deref());
            write_atomically(
                &target,
                &render::document(self.format, self.bom, &parsed.records),
            )?;
        }
        Ok(Vec::new())
    }
}

/// Writes `bytes` to `target` through a temporary file and a rename, so an
/// interrupted run leaves no half-written file.
fn write_atomically(target: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let parent = target.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(parent)
        .with_context(|| format!("cannot create {}", path_text(parent).text))?;
    let mut temp = std::ffi::OsString::from(".");
    temp.push(target.file_name().unwrap_or_default());
    temp.push(format!(".{}.tmp", std::process::id()));
    let temp = parent.join(temp);
    let result = fs::write(&temp, bytes)
        .and_then(|()| fs::rename(&temp, target))
        .with_context(|| format!("cannot write {}", path_text(target).text));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// `path` made absolute against the working directory, with `.` and `..` resolved
/// lexically (without following links, so a path keeps the shape it was given in).
fn absolute(path: &Path) -> PathBuf {
    let path = if path.as_os_str().is_empty() {
        Path::new(".")
    } else {
        path
    };
    let full = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = PathBuf::new();
    for component in full.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, found_in: Option<&str>) -> Input {
        Input::File {
            path: PathBuf::from(path),
            size: None,
            found_in: found_in.map(|d| std::sync::Arc::new(PathBuf::from(d))),
        }
    }

    #[test]
    fn should_mirror_paths_below_the_common_folder_of_the_inputs() {
        let inputs = [file("c1/jd.txt", Some("c1")), file("c2/jd.txt", Some("c2"))];
        let out = OutDir::new(PathBuf::from("/out"), Format::Ndjson, true, &inputs);
        assert_eq!(
            out.target(Some(Path::new("c1/jd.txt"))),
            Path::new("/out/c1/jd.txt.json")
        );
        assert_eq!(out.check(&inputs), Ok(()));
    }

    #[test]
    fn should_take_a_single_directory_argument_as_the_root() {
        let inputs = [file("a/b/x.txt", Some("a")), file("a/y.txt", Some("a"))];
        let out = OutDir::new(PathBuf::from("/out"), Format::Csv, true, &inputs);
        assert_eq!(
            out.target(Some(Path::new("a/b/x.txt"))),
            Path::new("/out/b/x.txt.csv")
        );
        assert_eq!(out.target(None), Path::new("/out/stdin.csv"));
    }

    #[test]
    fn should_refuse_two_inputs_written_to_one_file() {
        let inputs = [file("a/x.txt", None), file("a/./x.txt", None)];
        let out = OutDir::new(PathBuf::from("/out"), Format::Json, true, &inputs);
        let err = out.check(&inputs).unwrap_err();
        assert!(
            err.contains("would both be written to /out/x.txt.json"),
            "{err}"
        );
    }
}
