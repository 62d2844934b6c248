//! The walk: command-line paths expanded lazily into inputs, directories
//! depth-first in sorted name order.
//!
//! Entries found in a directory are classified from the directory listing itself
//! (no `stat`), so each file is asked for its metadata once, by the worker that
//! opens it. Symbolic links found while walking are skipped unless `-L`; then a
//! directory that is one of its own ancestors (same device and inode, as ripgrep
//! checks) is reported as a loop and not entered. The `-o` folder is never entered.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::filter::{self, Globs};
use super::inputs::{Input, not_a_regular_file};

/// How to walk.
#[derive(Debug, Default)]
pub struct WalkOptions {
    /// `-L`: follow symbolic links found while walking.
    pub follow: bool,
    /// `--no-ignore`: read hidden files and system junk too.
    pub no_ignore: bool,
    pub globs: Option<Globs>,
    /// A directory never to enter (the `-o` folder).
    pub exclude: Option<FileId>,
}

/// What the walk passed over, for the closing summary.
#[derive(Clone, Copy, Debug, Default)]
pub struct Skipped {
    /// Hidden files and system or editor junk.
    pub ignored: usize,
    /// Symbolic links (without `-L`).
    pub links: usize,
    /// FIFOs, sockets and devices.
    pub special: usize,
}

impl Skipped {
    pub fn total(&self) -> usize {
        self.ignored + self.links + self.special
    }
}

/// Expands the command-line paths lazily into [`Input`]s.
pub struct Walk {
    top: std::vec::IntoIter<PathBuf>,
    /// The directories being walked, outermost first: the current directory's ancestors.
    stack: Vec<Dir>,
    options: WalkOptions,
    pub skipped: Skipped,
}

/// A directory being walked.
struct Dir {
    path: PathBuf,
    /// The directory argument it lies under (globs match below it).
    root: Arc<PathBuf>,
    id: Option<FileId>,
    /// Its entries not yet visited, in reverse name order (popped from the end).
    entries: Vec<(PathBuf, fs::FileType)>,
}

impl Walk {
    pub fn new(paths: Vec<PathBuf>, options: WalkOptions) -> Walk {
        Walk {
            top: paths.into_iter(),
            stack: Vec::new(),
            options,
            skipped: Skipped::default(),
        }
    }

    /// Enters the directory `path` (with its metadata); an input only when that fails.
    fn enter(&mut self, path: &Path, meta: &fs::Metadata, root: Arc<PathBuf>) -> Option<Input> {
        let id = FileId::of(path, meta);
        if id.is_some() && id == self.options.exclude {
            return None;
        }
        if let Some(ancestor) = self.stack.iter().find(|d| id.is_some() && d.id == id) {
            let message = format!(
                "symbolic link loop: leads back to {}",
                ancestor.path.display()
            );
            return Some(Input::Broken {
                path: path.to_path_buf(),
                error: io::Error::other(message).into(),
            });
        }
        match read_dir_sorted(path) {
            Ok(entries) => {
                self.stack.push(Dir {
                    path: path.to_path_buf(),
                    root,
                    id,
                    entries,
                });
                None
            }
            Err(error) => Some(Input::Broken {
                path: path.to_path_buf(),
                error: error.into(),
            }),
        }
    }

    /// The next input from the directories being walked; `None` when they are done.
    fn next_in_dirs(&mut self) -> Option<Input> {
        while let Some(dir) = self.stack.last_mut() {
            let Some((path, file_type)) = dir.entries.pop() else {
                self.stack.pop();
                continue;
            };
            let root = dir.root.clone();
            if let Some(input) = self.visit(path, file_type, root) {
                return Some(input);
            }
        }
        None
    }

    /// One directory entry: skipped, entered (both `None`), or an input.
    fn visit(
        &mut self,
        path: PathBuf,
        file_type: fs::FileType,
        root: Arc<PathBuf>,
    ) -> Option<Input> {
        let name = path.file_name().unwrap_or_default();
        if !self.options.no_ignore && filter::ignored(name) {
            self.skipped.ignored += 1;
            return None;
        }
        let mut meta = None;
        if file_type.is_symlink() {
            if !self.options.follow {
                self.skipped.links += 1;
                return None;
            }
            match fs::metadata(&path) {
                Ok(m) => meta = Some(m),
                Err(error) => {
                    return Some(Input::Broken {
                        path,
                        error: error.into(),
                    });
                }
            }
        }
        let is_dir = meta
            .as_ref()
            .map_or(file_type.is_dir(), fs::Metadata::is_dir);
        let is_file = meta
            .as_ref()
            .map_or(file_type.is_file(), fs::Metadata::is_file);
        if let Some(globs) = &self.options.globs {
            let relative = path.strip_prefix(root.as_path()).unwrap_or(&path);
            if !globs.keeps(relative, is_dir) {
                return None;
            }
        }
        if is_dir {
            return match meta.map_or_else(|| fs::metadata(&path), Ok) {
                Ok(meta) => self.enter(&path, &meta, root),
                Err(error) => Some(Input::Broken {
                    path,
                    error: error.into(),
                }),
            };
        }
        if is_file {
            return Some(Input::File {
                size: meta.map(|m| m.len()),
                path,
                found_in: Some(root),
            });
        }
        self.skipped.special += 1;
        None
    }
}

impl Iterator for Walk {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        loop {
            if let Some(input) = self.next_in_dirs() {
                return Some(input);
            }
            let path = self.top.next()?;
            if path.as_os_str() == "-" {
                return Some(Input::Stdin);
            }
            // A path named on the command line is followed even if it is a link.
            match fs::metadata(&path) {
                Ok(meta) if meta.is_dir() => {
                    let root = Arc::new(path.clone());
                    if let Some(input) = self.enter(&path, &meta, root) {
                        return Some(input);
                    }
                }
                Ok(meta) if meta.is_file() => {
                    return Some(Input::File {
                        path,
                        size: Some(meta.len()),
                        found_in: None,
                    });
                }
                Ok(_) => {
                    return Some(Input::Broken {
                        path,
                        error: not_a_regular_file().into(),
                    });
                }
                Err(error) => {
                    return Some(Input::Broken {
                        path,
                        error: error.into(),
                    });
                }
            }
        }
    }
}

/// A directory's entries with their types (from the listing, no `stat`), in
/// reverse name order.
fn read_dir_sorted(dir: &Path) -> io::Result<Vec<(PathBuf, fs::FileType)>> {
    let mut entries = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        entries.push((entry.path(), entry.file_type()?));
    }
    entries.sort_by(|a, b| b.0.cmp(&a.0));
    Ok(entries)
}

/// What makes a directory the same directory, whatever path reaches it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileId(Identity);

#[cfg(unix)]
type Identity = (u64, u64);

#[cfg(not(unix))]
type Identity = PathBuf;

impl FileId {
    /// The identity of `path`, whose (followed) metadata is `meta`.
    #[cfg(unix)]
    pub fn of(_path: &Path, meta: &fs::Metadata) -> Option<FileId> {
        use std::os::unix::fs::MetadataExt;
        Some(FileId((meta.dev(), meta.ino())))
    }

    #[cfg(not(unix))]
    pub fn of(path: &Path, _meta: &fs::Metadata) -> Option<FileId> {
        fs::canonicalize(path).ok().map(FileId)
    }

    /// The identity of an existing path, `None` when it does not exist.
    pub fn of_path(path: &Path) -> Option<FileId> {
        fs::metadata(path)
            .ok()
            .and_then(|meta| FileId::of(path, &meta))
    }
}
