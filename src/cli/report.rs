//! `--report FILE.html`: the review page of the batch, through
//! [`jdparse::emit::report::ReportWriter`], beside whatever other output was asked for.
//!
//! The workers serialize each input's entry (with its decoded text, which the sink asks
//! for); the writer appends the entries to the page in input order, so the page is
//! streamed as inputs finish. Inputs another sink skipped (unchanged in `--db`) are
//! not listed.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::Context;
use jdparse::emit::report::{Entry, ReportWriter};

use super::inputs::path_text;
use super::sink::{Needs, Outcome, Sink, Status};

pub struct ReportSink {
    path: PathBuf,
    /// Taken by `finish`; only the writer thread locks it.
    writer: Mutex<Option<ReportWriter>>,
}

impl ReportSink {
    /// Starts the page (at a temporary name beside `path`), before anything is parsed.
    pub fn create(path: &Path) -> anyhow::Result<ReportSink> {
        let writer = ReportWriter::create(path)
            .with_context(|| format!("cannot write report {}", path_text(path).text))?;
        Ok(ReportSink {
            path: path.to_path_buf(),
            writer: Mutex::new(Some(writer)),
        })
    }

    fn error(&self, e: io::Error) -> io::Error {
        io::Error::new(
            e.kind(),
            format!("cannot write report {}: {e}", path_text(&self.path).text),
        )
    }

    fn writer(&self) -> std::sync::MutexGuard<'_, Option<ReportWriter>> {
        // A poisoned lock means the writer thread already panicked.
        self.writer.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Sink for ReportSink {
    fn needs(&self) -> Needs {
        Needs {
            text: true,
            ..Needs::default()
        }
    }

    fn render(&self, outcome: &Outcome) -> anyhow::Result<Vec<u8>> {
        let entry = match &outcome.status {
            Status::Parsed(parsed) => Entry::new(&outcome.name, Ok(parsed)),
            Status::Failed(error) => Entry::new(&outcome.name, Err(&error.to_string())),
            Status::Skipped => return Ok(Vec::new()),
        };
        Ok(entry.into_bytes())
    }

    fn write(&self, _outcome: &Outcome, rendered: Vec<u8>) -> io::Result<()> {
        if rendered.is_empty() {
            return Ok(());
        }
        match self.writer().as_mut() {
            Some(writer) => writer
                .write(&Entry::from_bytes(rendered))
                .map_err(|e| self.error(e)),
            None => Ok(()),
        }
    }

    fn finish(&self) -> io::Result<()> {
        match self.writer().take() {
            Some(writer) => writer.finish().map_err(|e| self.error(e)),
            None => Ok(()),
        }
    }
}
