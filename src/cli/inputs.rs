//! Inputs: what one input is, how it is read (one `stat` per file), how its path is
//! written in messages and records, and `--paths-from`.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One input to parse, as the walk found it.
#[derive(Debug)]
pub enum Input {
    Stdin,
    File {
        path: PathBuf,
        /// The size, when the walk already had the file's metadata (so reading does
        /// not ask for it again); `None` for files found through a directory listing.
        size: Option<u64>,
        /// The directory argument it was found under; `None` when it was named itself.
        found_in: Option<Arc<PathBuf>>,
    },
    /// A path that could not be walked; reported as a failure.
    Broken {
        path: PathBuf,
        error: jdparse::Error,
    },
}

impl Input {
    /// The input's path; `None` for stdin.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Input::Stdin => None,
            Input::File { path, .. } | Input::Broken { path, .. } => Some(path),
        }
    }
}

/// Reads one input, refusing anything over `max` bytes before reading it.
///
/// A file is opened first and its metadata asked of the open file, only when the
/// walk did not already have it: one `stat` a file either way.
pub fn read(input: &Input, max: u64) -> Result<Vec<u8>, jdparse::Error> {
    match input {
        Input::Stdin => {
            let mut buf = Vec::new();
            io::stdin().lock().take(max + 1).read_to_end(&mut buf)?;
            if buf.len() as u64 > max {
                return Err(jdparse::Error::too_large(None, max));
            }
            Ok(buf)
        }
        Input::File { path, size, .. } => read_file(path, *size, max),
        Input::Broken { .. } => unreachable!("a broken input is never read"),
    }
}

/// Reads a file; `size` is its length when already known.
pub fn read_file(path: &Path, size: Option<u64>, max: u64) -> Result<Vec<u8>, jdparse::Error> {
    let file = fs::File::open(path)?;
    let size = match size {
        Some(size) => size,
        None => {
            let meta = file.metadata()?;
            if !meta.is_file() {
                return Err(not_a_regular_file().into());
            }
            meta.len()
        }
    };
    if size > max {
        return Err(jdparse::Error::too_large(Some(size), max));
    }
    let mut buf = Vec::with_capacity(size as usize);
    // The file may have grown since its size was taken; never read past the limit.
    file.take(max + 1).read_to_end(&mut buf)?;
    if buf.len() as u64 > max {
        return Err(jdparse::Error::too_large(Some(buf.len() as u64), max));
    }
    Ok(buf)
}

/// The error for a FIFO, socket or device named as an input.
pub fn not_a_regular_file() -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, "not a regular file")
}

/// A path written as text for messages and `source.path`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathText {
    pub text: String,
    /// The name's bytes as GBK, when they are not UTF-8 but are valid GBK (legacy
    /// Chinese Windows archives unpacked on Linux keep such names).
    pub as_gbk: Option<String>,
    /// False when the path is not valid UTF-8 and `text` escapes its bytes.
    pub exact: bool,
}

/// Writes a path as text, losslessly: a UTF-8 path as it is. In a path that is not
/// valid UTF-8, each part between `/` that is not UTF-8 keeps its ASCII characters and
/// writes every other byte as `\xNN` (two upper-case hex digits), and every backslash
/// is doubled, so the original bytes can always be recovered.
pub fn path_text(path: &Path) -> PathText {
    if let Some(text) = path.to_str() {
        return PathText {
            text: text.to_string(),
            as_gbk: None,
            exact: true,
        };
    }
    let bytes = path_bytes(path);
    let mut text = String::with_capacity(bytes.len() * 3);
    for (i, part) in bytes.split(|&b| b == b'/').enumerate() {
        if i > 0 {
            text.push('/');
        }
        match std::str::from_utf8(part) {
            Ok(part) => text.push_str(&part.replace('\\', "\\\\")),
            Err(_) => {
                for &b in part {
                    match b {
                        b'\\' => text.push_str("\\\\"),
                        b if b.is_ascii() => text.push(char::from(b)),
                        b => text.push_str(&format!("\\x{b:02X}")),
                    }
                }
            }
        }
    }
    let as_gbk = encoding_rs::GBK
        .decode_without_bom_handling_and_without_replacement(&bytes)
        .map(|s| s.into_owned());
    PathText {
        text,
        as_gbk,
        exact: false,
    }
}

#[cfg(unix)]
fn path_bytes(path: &Path) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    path.as_os_str().as_bytes().to_vec()
}

#[cfg(not(unix))]
fn path_bytes(path: &Path) -> Vec<u8> {
    path.as_os_str().as_encoded_bytes().to_vec()
}

#[cfg(unix)]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
}

/// Reads `--paths-from` (a file, or `-` for stdin): one path a line (blank lines
/// skipped, a CR before the newline dropped), or NUL-separated with `nul`. Names are
/// taken as bytes, so paths that are not UTF-8 survive.
pub fn paths_from(source: &Path, nul: bool) -> io::Result<Vec<PathBuf>> {
    let mut data = Vec::new();
    if source.as_os_str() == "-" {
        io::stdin().lock().read_to_end(&mut data)?;
    } else {
        fs::File::open(source)?.read_to_end(&mut data)?;
    }
    let separator = if nul { b'\0' } else { b'\n' };
    Ok(data
        .split(|&b| b == separator)
        .map(|item| match item {
            [rest @ .., b'\r'] if !nul => rest,
            item => item,
        })
        .filter(|item| {
            if nul {
                !item.is_empty()
            } else {
                !item.iter().all(u8::is_ascii_whitespace)
            }
        })
        .map(path_from_bytes)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_write_a_utf8_path_as_it_is() {
        let text = path_text(Path::new("岗位/a\\b.txt"));
        assert_eq!(text.text, "岗位/a\\b.txt");
        assert!(text.exact);
    }

    #[cfg(unix)]
    #[test]
    fn should_escape_the_bytes_of_a_path_that_is_not_utf8() {
        let gbk = encoding_rs::GBK.encode("岗位.txt").0.into_owned();
        let mut bytes = "人事部\\x/".as_bytes().to_vec();
        bytes.extend(&gbk);
        let text = path_text(&path_from_bytes(&bytes));
        assert_eq!(text.text, "人事部\\\\x/\\xB8\\xDA\\xCE\\xBB.txt");
        assert!(!text.exact, "an escaped path should say so");
        let text = path_text(&path_from_bytes(&gbk));
        assert_eq!(text.as_gbk.as_deref(), Some("岗位.txt"));
    }
}
