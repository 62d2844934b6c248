//! The stdout sink: every input's records in the chosen format, in input order (and
//! a CSV row for each input that failed).

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
    /// Opens the stream: `[` of a JSON array, or a CSV's header (after a byte-order
    /// mark when `bom`).
    pub fn open(format: Format, pretty: bool, bom: bool) -> io::Result<Stdout> {
        let mut out = BufWriter::with_capacity(64 * 1024, io::stdout());
        match format {
            Format::Json => out.write_all(b"[")?,
            Format::Csv => out.write_all(&render::csv_header(bom))?,
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
            // A CSV gets a row carrying the error; the other formats have no place for it.
            Status::Failed(error) => {
                render::stream_failure(self.format, &outcome.name, &error.to_string())
            }
            Status::Skipped => Vec::new(),
        })
    }

    /// `--format jsonld`: what search engines require that a posting lacks.
    fn notes(&self, outcome: &Outcome) -> Vec<String> {
        match &outcome.status {
            Status::Parsed(parsed) if self.format == Format::Jsonld => {
                render::jsonld_notes(&parsed.records)
            }
            _ => Vec::new(),
        }
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
