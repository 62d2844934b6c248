//! The stdout sink: every input's records in the chosen format, in input order.

use std::io::{self, BufWriter, Write};
use std::sync::Mutex;

use super::args::Format;
use super::render;
use super::sink::{Outcome, Sink, Status};

pub struct Stdout {
    format: Format,
    /// Pretty-printed NDJSON, for a terminal.
    pretty: bool,
    state: Mutex<State>,
}

struct State {
    out: BufWriter<io::Stdout>,
    /// No record written yet (a JSON array's first item has no comma before it).
    first: bool,
}

impl Stdout {
    /// Opens the stream: `[` of a JSON array, or a CSV's byte-order mark and header.
    pub fn open(format: Format, pretty: bool) -> io::Result<Stdout> {
        let mut out = BufWriter::with_capacity(64 * 1024, io::stdout());
        match format {
            Format::Json => out.write_all(b"[")?,
            Format::Csv => out.write_all(&render::csv_header())?,
            Format::Ndjson | Format::Jsonld => {}
        }
        Ok(Stdout {
            format,
            pretty,
            state: Mutex::new(State { out, first: true }),
        })
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        // Only the writer thread locks it; a poisoned lock means it already panicked.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Sink for Stdout {
    fn render(&self, outcome: &Outcome) -> anyhow::Result<Vec<u8>> {
        Ok(match &outcome.status {
            Status::Parsed(parsed) => render::stream(self.format, self.pretty, &parsed.records),
            // A failure reaches the formatter too, so a format with a place for it
            // (a CSV row carrying the error) can render one here; none has yet.
            Status::Failed(_) | Status::Skipped => Vec::new(),
        })
    }

    fn write(&self, _outcome: &Outcome, rendered: Vec<u8>) -> io::Result<()> {
        if rendered.is_empty() {
            return Ok(());
        }
        let mut state = self.state();
        let bytes = match self.format {
            // Drop the `,` before the array's first item.
            Format::Json if state.first => &rendered[1..],
            _ => &rendered[..],
        };
        state.first = false;
        state.out.write_all(bytes)
    }

    fn flush(&self) -> io::Result<()> {
        self.state().out.flush()
    }

    fn finish(&self) -> io::Result<()> {
        let mut state = self.state();
        if self.format == Format::Json {
            let close: &[u8] = if state.first { b"]\n" } else { b"\n]\n" };
            state.out.write_all(close)?;
        }
        state.out.flush()
    }
}
