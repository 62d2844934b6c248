//! The seam between the pipeline and what it produces: a [`Sink`] takes one input's
//! [`Outcome`] at a time and does something with it (prints records, writes a file
//! per input, stores it in a database, adds it to a review page) without the pipeline
//! knowing which.
//!
//! A sink is called from two sides. On the worker threads, in no particular order:
//! [`Sink::skip`] before an input is parsed and [`Sink::render`] after, which does
//! the expensive part (serializing, writing a per-input file) in parallel. On the
//! writer thread, in input order: [`Sink::notes`] and [`Sink::write`] with what
//! `render` returned, and [`Sink::finish`] once at the end. Sinks are therefore `Sync`; one that keeps state
//! for `write` holds it behind a `Mutex`, which only the writer ever locks.

use std::cell::OnceCell;
use std::io;
use std::path::{Path, PathBuf};

use jdparse::Parsed;

/// What a sink needs the workers to compute beyond parsing. Nothing is computed that
/// no sink asks for.
#[derive(Clone, Copy, Debug, Default)]
pub struct Needs {
    /// The content hash of every input ([`Probe::hash`], [`Outcome::hash`]).
    pub hash: bool,
    /// The decoded text of every parsed input, in [`Parsed::text`] (through
    /// [`jdparse::Options::keep_text`]).
    pub text: bool,
}

impl Needs {
    pub fn union(self, other: Needs) -> Needs {
        Needs {
            hash: self.hash || other.hash,
            text: self.text || other.text,
        }
    }
}

/// A 128-bit content hash (XXH3-128) of an input's bytes.
pub type ContentHash = u128;

/// An input that has been read but not yet parsed, for [`Sink::skip`].
pub struct Probe<'a> {
    /// The input's path; `None` for stdin.
    #[cfg_attr(
        not(any(test, feature = "sqlite")),
        expect(dead_code, reason = "read by the --db sink, which needs SQLite")
    )]
    pub path: Option<&'a Path>,
    /// Bytes read.
    #[cfg_attr(
        not(test),
        expect(
            dead_code,
            reason = "no sink decides by size yet: --db needs the content hash either way"
        )
    )]
    pub size: u64,
    bytes: &'a [u8],
    hash: OnceCell<ContentHash>,
}

impl<'a> Probe<'a> {
    pub fn new(path: Option<&'a Path>, bytes: &'a [u8]) -> Probe<'a> {
        Probe {
            path,
            size: bytes.len() as u64,
            bytes,
            hash: OnceCell::new(),
        }
    }

    /// The content hash, computed on the first call only.
    pub fn hash(&self) -> ContentHash {
        *self
            .hash
            .get_or_init(|| xxhash_rust::xxh3::xxh3_128(self.bytes))
    }

    /// The hash when it was computed (or `needs` asks for it), for the outcome.
    pub fn into_hash(self, needs: Needs) -> Option<ContentHash> {
        if needs.hash {
            Some(self.hash())
        } else {
            self.hash.into_inner()
        }
    }
}

/// What became of one input.
#[derive(Debug)]
pub struct Outcome {
    /// The input's path; `None` for stdin.
    pub path: Option<PathBuf>,
    /// The path as messages and `source.path` write it (`<stdin>` for stdin).
    pub name: String,
    /// Bytes read (0 when the input could not be read).
    pub size: u64,
    pub status: Status,
    /// The content hash, when a sink asked for it (or computed it in `skip`).
    pub hash: Option<ContentHash>,
}

/// Parsed, failed, or skipped by a sink.
#[derive(Debug)]
pub enum Status {
    /// Parsed: the records (possibly none) and the file's diagnostics, encoding, format.
    Parsed(Parsed),
    /// Not a document, unreadable, too large, ...
    Failed(jdparse::Error),
    /// A sink's [`Sink::skip`] said it need not be parsed (e.g. unchanged since a
    /// previous run).
    Skipped,
}

/// Something done with each input's outcome. See the module docs for which thread
/// calls what.
pub trait Sink: Sync {
    /// What the workers should compute for this sink.
    fn needs(&self) -> Needs {
        Needs::default()
    }

    /// On a worker, before parsing: may this input be skipped? Ask `probe.hash()`
    /// only when it matters; it is computed on demand.
    fn skip(&self, _probe: &Probe<'_>) -> bool {
        false
    }

    /// On a worker, after parsing: the bytes `write` will get (or a side effect of
    /// its own, such as writing the input's output file). An error fails the input.
    fn render(&self, _outcome: &Outcome) -> anyhow::Result<Vec<u8>> {
        Ok(Vec::new())
    }

    /// On the writer, in input order, before `write`: remarks about the input to say
    /// on stderr (`jdparse: NAME: note: …`; `--quiet` silences them, and they never
    /// change the exit status).
    fn notes(&self, _outcome: &Outcome) -> Vec<String> {
        Vec::new()
    }

    /// On the writer, in input order, with what `render` returned.
    fn write(&self, _outcome: &Outcome, _rendered: Vec<u8>) -> io::Result<()> {
        Ok(())
    }

    /// On the writer, when it has nothing to do for the moment: push out what is
    /// buffered, so output keeps flowing to a slow reader.
    fn flush(&self) -> io::Result<()> {
        Ok(())
    }

    /// On the writer, once, after the last input.
    fn finish(&self) -> io::Result<()> {
        Ok(())
    }
}
