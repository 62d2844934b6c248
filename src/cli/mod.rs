//! The command's behaviour: which inputs, which sinks, and the exit status.
//!
//! In order: [`args`] (the command line) → [`walk`] (paths into inputs, filtered by
//! [`filter`]) → [`pipeline`] (workers read with [`inputs`], parse, and render for
//! each [`sink::Sink`]; the writer restores input order) → sinks: [`stdout`] or
//! [`outdir`] (`-o`), both through [`render`], or [`db`] (`--db`, which also skips
//! unchanged inputs); and beside any of them [`report`] (`--report`). [`requests`]
//! answers `--requests`; [`explain`] is `jdparse explain`.

pub mod args;
pub mod db;
pub mod explain;
pub mod filter;
pub mod inputs;
pub mod outdir;
pub mod pipeline;
pub mod progress;
pub mod render;
pub mod report;
pub mod requests;
pub mod sink;
pub mod stdout;
pub mod walk;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

use args::{Cli, Command, Format, ParseArgs};
use db::{DbOptions, DbSink};
use filter::Globs;
use inputs::Input;
use jdparse::Options;
use outdir::OutDir;
use pipeline::{Settings, Tally};
use report::ReportSink;
use sink::Sink;
use walk::{FileId, Skipped, Walk, WalkOptions};

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Schema => {
            let mut out = io::stdout().lock();
            serde_json::to_writer_pretty(&mut out, &jdparse::model::schema())?;
            writeln!(out)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Parse(args) => parse(args),
        Command::Completions { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut cmd, "jdparse", &mut io::stdout());
            Ok(ExitCode::SUCCESS)
        }
        Command::Man => {
            let cmd = <Cli as clap::CommandFactory>::command();
            clap_mangen::Man::new(cmd).render(&mut io::stdout())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Explain(args) => explain::explain(args),
    }
}

/// A usage error found after clap: said on stderr, exit 2.
fn usage(message: &str) -> anyhow::Result<ExitCode> {
    writeln!(io::stderr(), "jdparse: {message}")?;
    Ok(ExitCode::from(2))
}

fn parse(args: ParseArgs) -> anyhow::Result<ExitCode> {
    let options = Options {
        encoding: args.encoding,
        input_format: args.input_format.into(),
        ..Options::default()
    };
    if args.requests {
        return requests::serve(&options, args.max_file_size);
    }
    let globs = match Globs::new(&args.globs) {
        Ok(globs) => globs,
        Err(e) => return usage(&format!("--glob: {e}")),
    };
    let mut walk = Walk::new(
        paths(&args)?,
        WalkOptions {
            follow: args.follow,
            no_ignore: args.no_ignore,
            globs,
            exclude: args.output.as_deref().and_then(FileId::of_path),
        },
    );
    let settings = Settings {
        jobs: args
            .jobs
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())),
        max: args.max_file_size,
        options,
        quiet: args.quiet,
        strict: args.strict,
    };
    let tally = match run_sinks(&args, &mut walk, &settings)? {
        Ok(tally) => tally,
        Err(message) => return usage(&message),
    };
    if !args.quiet && (tally.files > 1 || walk.skipped.total() > 0) {
        let mut line = tally.summary();
        line.push_str(&skipped_summary(&walk.skipped));
        writeln!(io::stderr(), "jdparse: {line}")?;
    }
    let failed = tally.failed > 0 || (args.strict && tally.warnings > 0);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The inputs named on the command line and in `--paths-from`; stdin when none.
fn paths(args: &ParseArgs) -> anyhow::Result<Vec<PathBuf>> {
    let mut paths = args.paths.clone();
    if let Some(source) = &args.paths_from {
        paths.extend(
            inputs::paths_from(source, args.null)
                .with_context(|| format!("--paths-from {}", source.display()))?,
        );
    }
    if paths.is_empty() {
        paths.push(PathBuf::from("-"));
    }
    Ok(paths)
}

/// Opens the sinks the arguments ask for (`--db`, `-o` or stdout, and `--report`
/// beside it) and runs the batch through them; `Err` is a usage error's message.
fn run_sinks(
    args: &ParseArgs,
    walk: &mut Walk,
    settings: &Settings,
) -> anyhow::Result<Result<Tally, String>> {
    // Opened first, so that a page that cannot be written stops the run before any
    // output.
    let report = match &args.report {
        Some(path) => Some(ReportSink::create(path)?),
        None => None,
    };
    let with_report = |sink| sinks(sink, report.as_ref());
    let bom = !args.no_bom;
    let tally = if let Some(path) = &args.db {
        let db = DbSink::open(path, &db_options(args))?;
        pipeline::run(walk, &with_report(&db), settings)?
    } else if let Some(dir) = &args.output {
        // Every input is known before anything is written, so that two inputs
        // bound for one file stop the run while the output folder is untouched.
        let inputs: Vec<Input> = walk.by_ref().collect();
        let out = OutDir::new(dir.clone(), args.format, bom, &inputs);
        if let Err(message) = out.check(&inputs) {
            return Ok(Err(format!("-o: {message}")));
        }
        pipeline::run(&mut inputs.into_iter(), &with_report(&out), settings)?
    } else {
        let pretty = args.format == Format::Ndjson && io::stdout().is_terminal();
        let out = stdout::Stdout::open(args.format, pretty, bom)?;
        pipeline::run(walk, &with_report(&out), settings)?
    };
    Ok(Ok(tally))
}

/// The batch's output sink, and the report's after it.
fn sinks<'a>(output: &'a dyn Sink, report: Option<&'a ReportSink>) -> Vec<&'a dyn Sink> {
    let mut sinks = vec![output];
    sinks.extend(report.map(|r| r as &dyn Sink));
    sinks
}

fn db_options(args: &ParseArgs) -> DbOptions {
    DbOptions {
        encoding: args.encoding,
        input_format: args.input_format,
        reparse: args.reparse,
        prune: args.prune,
        quiet: args.quiet,
    }
}

/// `; skipped …` for the closing line, naming the option that would read them.
fn skipped_summary(skipped: &Skipped) -> String {
    let mut parts = Vec::new();
    if skipped.ignored > 0 {
        parts.push(format!(
            "{} hidden or system files (--no-ignore reads them)",
            skipped.ignored
        ));
    }
    if skipped.links > 0 {
        parts.push(format!(
            "{} symbolic links (-L follows them)",
            skipped.links
        ));
    }
    if skipped.special > 0 {
        parts.push(format!("{} FIFOs, sockets or devices", skipped.special));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("; skipped {}", parts.join(", "))
    }
}
