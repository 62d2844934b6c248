//! The `jdparse` command: arguments, inputs and outputs around the library.
//!
//! All parsing lives in the library; this binary walks the inputs, parses them on
//! worker threads, and writes the records in input order (see `cli::pipeline`).

mod cli;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::args::Cli::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(err) => {
            // A broken pipe means the reader is gone (`| head`): end quietly.
            if let Some(io_err) = err.downcast_ref::<io::Error>()
                && io_err.kind() == io::ErrorKind::BrokenPipe
            {
                return ExitCode::SUCCESS;
            }
            let _ = writeln!(io::stderr(), "jdparse: {err:#}");
            let _ = io::stderr().is_terminal();
            ExitCode::from(1)
        }
    }
}
