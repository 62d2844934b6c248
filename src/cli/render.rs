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

/// A failed input's part of the stdout stream: a CSV row with its path and error;
/// nothing in the other formats.
pub fn stream_failure(format: Format, name: &str, error: &str) -> Vec<u8> {
    match format {
        Format::Csv => csv_table([emit::csv::failure_row(name, error)]),
        Format::Ndjson | Format::Json | Format::Jsonld => Vec::new(),
    }
}

/// `--format jsonld`: for each record whose posting lacks properties search engines
/// require, a note naming them.
pub fn jsonld_notes(records: &[Record]) -> Vec<String> {
    records
        .iter()
        .filter_map(|record| {
            let missing = emit::jsonld::missing_required(&emit::jsonld::job_posting(record));
            if missing.is_empty() {
                return None;
            }
            let which = if record.source.count > 1 {
                format!("record {}: ", record.source.index + 1)
            } else {
                String::new()
            };
            Some(format!(
                "{which}JobPosting lacks {} (required by search engines)",
                missing.join(", ")
            ))
        })
        .collect()
}

/// One input's records as a document of its own, for `-o`: a pretty JSON array
/// (`ndjson` and `json`), a JSON array of schema.org `JobPosting`s (`jsonld`), or a
/// CSV table with its header, after a byte-order mark when `bom` (`csv`).
pub fn document(format: Format, bom: bool, records: &[Record]) -> Vec<u8> {
    match format {
        Format::Ndjson | Format::Json => emit::json_array(records),
        Format::Jsonld => {
            let postings: Vec<_> = records.iter().map(emit::jsonld::job_posting).collect();
            let mut out = serde_json::to_vec_pretty(&postings).expect("postings always serialize");
            out.push(b'\n');
            out
        }
        Format::Csv => {
            let mut out = csv_header(bom);
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

/// The header row that starts every CSV output, after a byte-order mark when `bom`
/// (spreadsheets need it; `--no-bom` leaves it out for other readers).
pub fn csv_header(bom: bool) -> Vec<u8> {
    let mut out = if bom {
        "\u{feff}".as_bytes().to_vec()
    } else {
        Vec::new()
    };
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
