//! `jdparse explain FILE`: one line per input line, with its kind, the rule that
//! decided it, and where it went.

use std::fs;
use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::Context;
use jdparse::Options;

use super::args::{ExplainArgs, ExplainFormat};

pub fn explain(args: ExplainArgs) -> anyhow::Result<ExitCode> {
    let (bytes, path) = if args.file.as_os_str() == "-" {
        let mut bytes = Vec::new();
        io::Read::read_to_end(&mut io::stdin(), &mut bytes)?;
        (bytes, None)
    } else {
        let bytes = fs::read(&args.file).with_context(|| format!("{}", args.file.display()))?;
        (bytes, Some(args.file.display().to_string()))
    };
    let options = Options {
        encoding: args.encoding,
        input_format: args.input_format.into(),
        path,
        ..Options::default()
    };
    let explained = match jdparse::explain(&bytes, &options) {
        Ok(e) => e,
        Err(e) => {
            let name = options.path.as_deref().unwrap_or("<stdin>");
            let _ = writeln!(io::stderr(), "jdparse: {name}: {e}");
            return Ok(ExitCode::from(1));
        }
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    match args.format {
        ExplainFormat::Text => out.write_all(explained.to_text().as_bytes())?,
        ExplainFormat::Json => {
            for line in &explained.lines {
                serde_json::to_writer(&mut out, line)?;
                writeln!(out)?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
