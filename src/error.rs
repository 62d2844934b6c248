//! error: the library's error type.
//!
//! Only input that cannot be read as a document at all is an `Err`: binary files,
//! formats that need converting first, input over the size limit, input that could
//! not be read. Everything that is merely strange inside a document becomes a
//! diagnostic on its record instead.
//!
//! Each kind carries its facts as fields (what the input looks like, the format and
//! the way to convert it, the limit), so a caller can branch on them without parsing
//! a message. Where an underlying error caused it (a ZIP or XML reader, the file
//! system), [`std::error::Error::source`] returns it. The `Display` text is the
//! one-line reason the command line prints after `jdparse: PATH:`; it already
//! includes the underlying error's message, so print `Display` alone rather than
//! walking the source chain too.

use std::error::Error as StdError;
use std::fmt;
use std::io;

/// An underlying error from another crate, kept for [`std::error::Error::source`].
pub type Cause = Box<dyn StdError + Send + Sync + 'static>;

/// Why a whole input could not be parsed.
#[derive(Debug)]
pub struct Error(Box<ErrorKind>);

/// The kinds of [`Error`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is not text: an image, an archive, an executable, random bytes.
    NotText {
        /// What it looks like (`PNG image`, `contains NUL bytes`).
        looks_like: &'static str,
    },
    /// A ZIP archive (so possibly a `.docx`) that the ZIP reader could not open.
    CorruptZip { source: Cause },
    /// A format that must be converted first (legacy `.doc`, PDF, RTF).
    NeedsConversion {
        /// The format, as a reader names it (`PDF`, `a legacy Word .doc (OLE compound file)`).
        format: &'static str,
        /// How to convert it, a phrase that starts with a verb (`convert it first with …`).
        advice: &'static str,
    },
    /// `--encoding` named a label that is not a known encoding.
    UnknownEncoding { label: String },
    /// A `.docx` (ZIP) container whose Word parts could not be read.
    Docx {
        /// What was wrong, naming the part (`word/document.xml …`).
        reason: String,
        /// The ZIP or XML reader's error, when one caused it.
        source: Option<Cause>,
    },
    /// The input is larger than the size limit the caller set (`--max-file-size`).
    TooLarge {
        /// The file's size, when known before reading (stdin's is not).
        size: Option<u64>,
        limit: u64,
    },
    /// The input could not be read: missing, not permitted, not a regular file.
    Io { source: io::Error },
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error(Box::new(kind))
    }

    /// A `.docx` that could not be read, for a reason of its own.
    pub(crate) fn docx(reason: impl Into<String>) -> Error {
        Error::new(ErrorKind::Docx {
            reason: reason.into(),
            source: None,
        })
    }

    /// A `.docx` that could not be read because a reader failed with `source`.
    pub(crate) fn docx_caused(reason: impl Into<String>, source: impl Into<Cause>) -> Error {
        Error::new(ErrorKind::Docx {
            reason: reason.into(),
            source: Some(source.into()),
        })
    }

    /// An input over the caller's size limit; `size` is `None` when it was not known
    /// up front (a stream).
    pub fn too_large(size: Option<u64>, limit: u64) -> Error {
        Error::new(ErrorKind::TooLarge { size, limit })
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }
}

impl From<io::Error> for Error {
    fn from(source: io::Error) -> Error {
        Error::new(ErrorKind::Io { source })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &*self.0 {
            ErrorKind::NotText { looks_like } => write!(f, "not a text document ({looks_like})"),
            ErrorKind::CorruptZip { source } => {
                write!(f, "not a text document (corrupt ZIP archive: {source})")
            }
            ErrorKind::NeedsConversion { format, advice } => {
                write!(f, "{format} is not supported; {advice}")
            }
            ErrorKind::UnknownEncoding { label } => write!(f, "unknown encoding label `{label}`"),
            ErrorKind::Docx { reason, source } => {
                write!(f, "unreadable .docx: {reason}")?;
                match source {
                    Some(source) => write!(f, ": {source}"),
                    None => Ok(()),
                }
            }
            ErrorKind::TooLarge {
                size: Some(size),
                limit,
            } => write!(
                f,
                "file is larger than --max-file-size ({size} > {limit} bytes)"
            ),
            ErrorKind::TooLarge { size: None, limit } => {
                write!(f, "input is larger than --max-file-size ({limit} bytes)")
            }
            ErrorKind::Io { source } => match source.kind() {
                io::ErrorKind::NotFound => f.write_str("no such file or directory"),
                io::ErrorKind::PermissionDenied => f.write_str("permission denied"),
                _ => write!(f, "{source}"),
            },
        }
    }
}

impl StdError for Error {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        match &*self.0 {
            ErrorKind::CorruptZip { source }
            | ErrorKind::Docx {
                source: Some(source),
                ..
            } => Some(source.as_ref()),
            ErrorKind::Io { source } => Some(source),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_keep_the_underlying_error_as_the_source() {
        let err = Error::from(io::Error::from(io::ErrorKind::NotFound));
        assert_eq!(err.to_string(), "no such file or directory");
        assert!(err.source().is_some(), "an I/O error should be the source");
        let docx = Error::docx_caused("cannot open word/document.xml", io::Error::other("bad"));
        assert_eq!(
            docx.to_string(),
            "unreadable .docx: cannot open word/document.xml: bad"
        );
        assert!(docx.source().is_some());
        assert!(
            Error::docx("word/document.xml is not UTF-8 XML")
                .source()
                .is_none()
        );
    }

    #[test]
    fn should_say_how_large_an_input_was_when_it_is_known() {
        assert_eq!(
            Error::too_large(Some(200), 100).to_string(),
            "file is larger than --max-file-size (200 > 100 bytes)"
        );
        assert_eq!(
            Error::too_large(None, 100).to_string(),
            "input is larger than --max-file-size (100 bytes)"
        );
    }
}
