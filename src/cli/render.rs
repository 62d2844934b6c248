//! Records to bytes in the chosen format: as a stream on stdout (one input's part
//! of it at a time) or as one document per input (`-o`).

use jdparse::{Record, emit};

use super::args::Format;

/// One input's records as its part of the stdout stream. For `--format json` every
/// record is preceded by `,\n`; the writer drops the comma before the first one.
pub fn stream(format: Format, pretty: bool, records: &[Record]) -> Vec<u8> {
    let mut out = Vec::new();
    match format {
        Format::Csv => return csv_rows(records),
        Format::Json => {
            for record in records {
                out.extend_from_slice(b",\n");
                serde_json::to_writer_pretty(&mut out, record).expect("records always serialize");
            }
        }
        Format::Jsonld => {
            for record in records {
                emit::jsonld(&mut out, record).expect("writing to memory cannot fail");
            }
        }
        Format::Ndjson if pretty => {
            for record in records {
                emit::pretty(&mut out, record).expect("writing to memory cannot fail");
            }
        }
        Format::Ndjson => {
            for record in records {
                emit::ndjson(&mut out, record).expect("writing to memory cannot fail");
            }
        }
    }
    out
}

/// One input's records as a document of its own, for `-o`: a pretty JSON array
/// (`ndjson` and `json`), a JSON array of schema.org `JobPosting`s (`jsonld`), or a
/// CSV table with its byte-order mark and header (`csv`).
pub fn document(format: Format, records: &[Record]) -> Vec<u8> {
    match format {
        Format::Ndjson | Format::Json => emit::json_array(records),
        Format::Jsonld => {
            let postings: Vec<_> = records.iter().map(emit::jsonld::job_posting).collect();
            let mut out = serde_json::to_vec_pretty(&postings).expect("postings always serialize");
            out.push(b'\n');
            out
        }
        Format::Csv => {
            let mut out = csv_header();
            out.extend(csv_rows(records));
            out
        }
    }
}

/// The file name extension of a `-o` document.
pub fn extension(format: Format) -> &'static str {
    match format {
        Format::Ndjson | Format::Json => "json",
        Format::Jsonld => "jsonld",
        Format::Csv => "csv",
    }
}

/// The byte-order mark and the header row that start every CSV output.
pub fn csv_header() -> Vec<u8> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    out.extend(csv_table([emit::csv::HEADER
        .iter()
        .map(|h| h.to_string())
        .collect()]));
    out
}

fn csv_rows(records: &[Record]) -> Vec<u8> {
    csv_table(records.iter().map(emit::csv::row))
}

fn csv_table(rows: impl IntoIterator<Item = Vec<String>>) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        writer
            .write_record(&row)
            .expect("writing to memory cannot fail");
    }
    writer.into_inner().expect("flushing to memory cannot fail")
}
