//! Inputs: stdin, files, directories walked lazily in sorted order, `--paths-from`.

use std::fs;
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};

/// One input to parse.
#[derive(Clone, Debug)]
pub enum Input {
    Stdin,
    File {
        path: PathBuf,
        /// Path relative to the directory it was found in (for `-o`).
        relative: PathBuf,
    },
    /// A path that could not be walked; reported as a failure.
    Broken {
        path: PathBuf,
        reason: String,
    },
}

impl Input {
    pub fn display(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::File { path, .. } | Input::Broken { path, .. } => path.display().to_string(),
        }
    }
}

/// Expands the command-line paths lazily: a directory yields its regular,
/// non-hidden files, recursively, sorted by name.
pub struct Walk {
    /// Stack of pending entries; each frame is (root, remaining entries reversed).
    frames: Vec<(PathBuf, Vec<PathBuf>)>,
    top: std::vec::IntoIter<PathBuf>,
}

impl Walk {
    pub fn new(paths: Vec<PathBuf>) -> Walk {
        Walk {
            frames: Vec::new(),
            top: paths.into_iter(),
        }
    }
}

impl Iterator for Walk {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        loop {
            if let Some((root, entries)) = self.frames.last_mut() {
                let Some(path) = entries.pop() else {
                    self.frames.pop();
                    continue;
                };
                let root = root.clone();
                match fs::metadata(&path) {
                    Ok(meta) if meta.is_dir() => {
                        if let Some(frame) = read_dir_sorted(&path) {
                            self.frames.push((root, frame));
                        }
                        continue;
                    }
                    Ok(meta) if meta.is_file() => {
                        let relative = path.strip_prefix(&root).unwrap_or(&path).to_path_buf();
                        return Some(Input::File { path, relative });
                    }
                    // FIFOs, sockets and devices found by walking are skipped.
                    Ok(_) => continue,
                    Err(e) => {
                        return Some(Input::Broken {
                            path,
                            reason: describe(&e),
                        });
                    }
                }
            }
            let path = self.top.next()?;
            if path.as_os_str() == "-" {
                return Some(Input::Stdin);
            }
            match fs::metadata(&path) {
                Ok(meta) if meta.is_dir() => {
                    if let Some(frame) = read_dir_sorted(&path) {
                        self.frames.push((path, frame));
                    } else {
                        return Some(Input::Broken {
                            path,
                            reason: "cannot read directory".into(),
                        });
                    }
                }
                Ok(meta) if meta.is_file() => {
                    let relative = path.file_name().map_or_else(|| path.clone(), PathBuf::from);
                    return Some(Input::File { path, relative });
                }
                Ok(_) => {
                    return Some(Input::Broken {
                        path,
                        reason: "not a regular file".into(),
                    });
                }
                Err(e) => {
                    return Some(Input::Broken {
                        path,
                        reason: describe(&e),
                    });
                }
            }
        }
    }
}

/// The entries of a directory, hidden ones left out, in reverse name order (popped from the end).
fn read_dir_sorted(dir: &Path) -> Option<Vec<PathBuf>> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok())
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .collect();
    entries.sort();
    entries.reverse();
    Some(entries)
}

/// A short, lower-case reason for an I/O error.
pub fn describe(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Reads `--paths-from` (a file, or `-` for stdin): one path a line, blank lines skipped.
pub fn paths_from(source: &str) -> io::Result<Vec<PathBuf>> {
    let reader: Box<dyn BufRead> = if source == "-" {
        Box::new(io::BufReader::new(io::stdin()))
    } else {
        Box::new(io::BufReader::new(fs::File::open(source)?))
    };
    let mut out = Vec::new();
    for line in reader.lines() {
        let line = line?;
        let line = line.trim_end_matches('\r');
        if !line.trim().is_empty() {
            out.push(PathBuf::from(line));
        }
    }
    Ok(out)
}

/// Reads a file, refusing anything over `max` bytes before reading it.
pub fn read_limited(input: &Input, max: u64) -> Result<Vec<u8>, String> {
    match input {
        Input::Stdin => {
            let mut buf = Vec::new();
            io::stdin()
                .lock()
                .take(max + 1)
                .read_to_end(&mut buf)
                .map_err(|e| describe(&e))?;
            if buf.len() as u64 > max {
                return Err(format!(
                    "input is larger than --max-file-size ({max} bytes)"
                ));
            }
            Ok(buf)
        }
        Input::File { path, .. } => {
            let meta = fs::metadata(path).map_err(|e| describe(&e))?;
            if !meta.is_file() {
                return Err("not a regular file".into());
            }
            if meta.len() > max {
                return Err(format!(
                    "file is larger than --max-file-size ({} > {max} bytes)",
                    meta.len()
                ));
            }
            let mut buf = Vec::with_capacity(meta.len() as usize);
            fs::File::open(path)
                .and_then(|f| f.take(max + 1).read_to_end(&mut buf))
                .map_err(|e| describe(&e))?;
            Ok(buf)
        }
        Input::Broken { reason, .. } => Err(reason.clone()),
    }
}
