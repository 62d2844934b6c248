//! `--requests`: NDJSON requests on stdin, answered a line at a time, for streaming
//! map steps such as Spark's `RDD.pipe`.
//!
//! Every request gets at least one line back, so a caller can tell "nothing in it"
//! from "lost": its records; or `{"source":{"id":…},"records":0,"diagnostics":[…]}`
//! when it holds no job description; or `{"source":{"id":…},"error":"…"}`. The id
//! comes back as it was sent: a number stays a number.

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use base64::Engine;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::inputs;
use jdparse::{Diagnostic, Options, Record, emit};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Request {
    #[serde(default)]
    id: Value,
    path: Option<String>,
    text: Option<String>,
    base64: Option<String>,
}

/// `source` of an answer that is not a record: only the caller's id.
#[derive(Serialize)]
struct IdOnly<'a> {
    id: &'a Value,
}

/// The answer to a request that holds no job description.
#[derive(Serialize)]
struct NoRecords<'a> {
    source: IdOnly<'a>,
    records: usize,
    diagnostics: &'a [Diagnostic],
}

/// The answer to a request that could not be parsed.
#[derive(Serialize)]
struct Failure<'a> {
    source: IdOnly<'a>,
    error: &'a str,
}

/// Answers every request on stdin; the exit status stays 0 while the stream is readable.
pub fn serve(base: &Options, max: u64) -> anyhow::Result<ExitCode> {
    let stdin = io::stdin();
    let mut out = io::stdout().lock();
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let request = serde_json::from_str::<Request>(&line)
            .map_err(|e| format!("malformed request on line {}: {e}", n + 1));
        let id = request.as_ref().map_or(Value::Null, |r| r.id.clone());
        match request.and_then(|r| answer(r, base, max)) {
            Ok(parsed) if parsed.records.is_empty() => {
                let answer = NoRecords {
                    source: IdOnly { id: &id },
                    records: 0,
                    diagnostics: &parsed.diagnostics,
                };
                serde_json::to_writer(&mut out, &answer)?;
                out.write_all(b"\n")?;
            }
            Ok(parsed) => {
                for record in &parsed.records {
                    write_record(&mut out, record, &id)?;
                }
            }
            Err(error) => {
                let answer = Failure {
                    source: IdOnly { id: &id },
                    error: &error,
                };
                serde_json::to_writer(&mut out, &answer)?;
                out.write_all(b"\n")?;
            }
        }
        out.flush()?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes a record whose `source.id` is the request's id as sent. The record type
/// holds the id as a string (file inputs have none), so an id of another JSON type
/// is put back in place of its text.
fn write_record<W: Write>(out: &mut W, record: &Record, id: &Value) -> io::Result<()> {
    if id.is_string() || id.is_null() {
        return emit::ndjson(out, record);
    }
    let mut value = serde_json::to_value(record)?;
    value["source"]["id"] = id.clone();
    serde_json::to_writer(&mut *out, &value)?;
    out.write_all(b"\n")
}

fn answer(req: Request, base: &Options, max: u64) -> Result<jdparse::Parsed, String> {
    let id = match &req.id {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Number(_) | Value::Bool(_) => Some(req.id.to_string()),
        Value::Array(_) | Value::Object(_) => {
            return Err("\"id\" must be a string, a number, true/false or null".into());
        }
    };
    let (bytes, path) = match (req.path, req.text, req.base64) {
        (Some(path), None, None) => (
            inputs::read_file(path.as_ref(), None, max).map_err(|e| format!("{path}: {e}"))?,
            Some(path),
        ),
        (None, Some(text), None) => (text.into_bytes(), None),
        (None, None, Some(b64)) => {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(b64.trim())
                .map_err(|e| format!("invalid base64: {e}"))?;
            (bytes, None)
        }
        _ => return Err("a request needs exactly one of \"path\", \"text\" or \"base64\"".into()),
    };
    let options = Options {
        path,
        id,
        ..base.clone()
    };
    jdparse::parse(&bytes, &options).map_err(|e| e.to_string())
}
