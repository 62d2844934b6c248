//! `--requests`: NDJSON requests on stdin, records (or one error record) per request,
//! line-buffered, for streaming map steps such as Spark's `RDD.pipe`.

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use base64::Engine;
use serde::Deserialize;

use super::inputs;
use jdparse::{Options, emit};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Request {
    id: Option<serde_json::Value>,
    path: Option<String>,
    text: Option<String>,
    base64: Option<String>,
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
        let (id, answer) = match serde_json::from_str::<Request>(&line) {
            Err(e) => (
                None,
                Err(format!("malformed request on line {}: {e}", n + 1)),
            ),
            Ok(req) => {
                let id = req.id.as_ref().map(id_string);
                (id.clone(), answer(req, base, id, max))
            }
        };
        match answer {
            Ok(parsed) => {
                for record in &parsed.records {
                    emit::ndjson(&mut out, record)?;
                }
            }
            Err(error) => {
                let rec = serde_json::json!({ "source": { "id": id }, "error": error });
                serde_json::to_writer(&mut out, &rec)?;
                out.write_all(b"\n")?;
            }
        }
        out.flush()?;
    }
    Ok(ExitCode::SUCCESS)
}

fn id_string(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn answer(
    req: Request,
    base: &Options,
    id: Option<String>,
    max: u64,
) -> Result<jdparse::Parsed, String> {
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
