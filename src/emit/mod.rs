//! emit: records to NDJSON (one per line), pretty NDJSON for terminals, a JSON
//! array, schema.org JSON-LD ([`jsonld`]) or CSV ([`csv`]); a batch's review
//! page in HTML ([`report`]).

pub mod csv;
pub mod jsonld;
pub mod report;

use std::io::{self, Write};

use crate::model::Record;

/// Writes one record as a single NDJSON line.
pub fn ndjson<W: Write>(out: &mut W, record: &Record) -> io::Result<()> {
    serde_json::to_writer(&mut *out, record)?;
    out.write_all(b"\n")
}

/// Writes one record pretty-printed (for terminals), followed by a newline.
pub fn pretty<W: Write>(out: &mut W, record: &Record) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, record)?;
    out.write_all(b"\n")
}

/// Writes a JSON array incrementally: `open`, then `item` per record, then `close`.
pub struct JsonArray {
    first: bool,
}

impl JsonArray {
    pub fn open<W: Write>(out: &mut W) -> io::Result<JsonArray> {
        out.write_all(b"[")?;
        Ok(JsonArray { first: true })
    }

    pub fn item<W: Write>(&mut self, out: &mut W, record: &Record) -> io::Result<()> {
        out.write_all(if self.first { b"\n" } else { b",\n" })?;
        self.first = false;
        serde_json::to_writer_pretty(&mut *out, record).map_err(io::Error::from)
    }

    pub fn close<W: Write>(self, out: &mut W) -> io::Result<()> {
        out.write_all(if self.first { b"]\n" } else { b"\n]\n" })
    }
}

/// A whole file's records as a pretty JSON array (for `-o DIR`).
pub fn json_array(records: &[Record]) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(records).expect("records always serialize");
    out.push(b'\n');
    out
}

/// Writes one record as a schema.org `JobPosting` JSON-LD line.
pub fn jsonld<W: Write>(out: &mut W, record: &Record) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &jsonld::job_posting(record))?;
    out.write_all(b"\n")
}
