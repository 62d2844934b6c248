//! error: the library's error type.
//!
//! Only input that cannot be read as a document at all is an `Err`: binary files,
//! formats that need converting first, input over the size limit. Everything that
//! is merely strange inside a document becomes a diagnostic on its record instead.

use std::fmt;

/// Why a whole input could not be parsed.
#[derive(Debug)]
pub struct Error(Box<ErrorKind>);

/// The kinds of [`Error`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is not text: an image, an archive, an executable, random bytes.
    /// The string names what it looks like.
    NotText(String),
    /// A format that must be converted first (legacy `.doc`, PDF); the string names it.
    NeedsConversion(String),
    /// `--encoding` named a label that is not a known encoding.
    UnknownEncoding(String),
    /// A `.docx` (ZIP) container that could not be read.
    Docx(String),
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error(Box::new(kind))
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &*self.0 {
            ErrorKind::NotText(what) => write!(f, "not a text document ({what})"),
            ErrorKind::NeedsConversion(what) => write!(
                f,
                "{what} is not supported; convert it first with \
                 `libreoffice --headless --convert-to docx FILE`"
            ),
            ErrorKind::UnknownEncoding(label) => write!(f, "unknown encoding label `{label}`"),
            ErrorKind::Docx(why) => write!(f, "unreadable .docx: {why}"),
        }
    }
}

impl std::error::Error for Error {}
