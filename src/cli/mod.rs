//! The command's behaviour: batch parsing with ordered output, `-o DIR`, requests.

pub mod args;
pub mod db;
pub mod inputs;
pub mod requests;

use std::fs;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use rayon::prelude::*;

use args::{Cli, Command, Format, ParseArgs};
use db::Db;
use inputs::{Input, Walk};
use jdparse::emit::report::{Entry, ReportWriter};
use jdparse::{Options, Parsed, Severity, decode, emit};

/// How many inputs are parsed at once before their records are written: the
/// bound on memory, whatever the batch size.
const WINDOW_PER_WORKER: usize = 16;

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
        Command::Explain(args) => explain(args),
    }
}

/// `jdparse explain FILE`: one line per input line.
fn explain(args: args::ExplainArgs) -> anyhow::Result<ExitCode> {
    let encoding = match &args.encoding {
        Some(label) => match decode::encoding_for_label(label) {
            Ok(enc) => Some(enc),
            Err(e) => {
                let _ = writeln!(io::stderr(), "jdparse: {e}");
                return Ok(ExitCode::from(2));
            }
        },
        None => None,
    };
    let (bytes, path) = if args.file.as_os_str() == "-" {
        let mut bytes = Vec::new();
        io::Read::read_to_end(&mut io::stdin(), &mut bytes)?;
        (bytes, None)
    } else {
        let bytes = fs::read(&args.file).with_context(|| format!("{}", args.file.display()))?;
        (bytes, Some(args.file.display().to_string()))
    };
    let options = Options {
        encoding,
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
        args::ExplainFormat::Text => out.write_all(explained.to_text().as_bytes())?,
        args::ExplainFormat::Json => {
            for line in &explained.lines {
                serde_json::to_writer(&mut out, line)?;
                writeln!(out)?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Counters for the closing summary and the exit status.
#[derive(Default)]
struct Tally {
    files: usize,
    records: usize,
    failed: usize,
    warnings: usize,
    bytes: u64,
}

fn parse(args: ParseArgs) -> anyhow::Result<ExitCode> {
    let encoding = match &args.encoding {
        Some(label) => match decode::encoding_for_label(label) {
            Ok(enc) => Some(enc),
            Err(e) => {
                let _ = writeln!(io::stderr(), "jdparse: {e}");
                return Ok(ExitCode::from(2));
            }
        },
        None => None,
    };
    let base = Options {
        encoding,
        input_format: args.input_format.into(),
        keep_text: args.report.is_some(),
        ..Options::default()
    };
    if args.requests {
        return requests::serve(&base, args.max_file_size);
    }
    let mut paths = args.paths.clone();
    if let Some(source) = &args.paths_from {
        paths.extend(inputs::paths_from(source).with_context(|| format!("--paths-from {source}"))?);
    }
    if paths.is_empty() {
        paths.push(PathBuf::from("-"));
    }
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .context("starting workers")?;
    let db = match &args.db {
        Some(path) => {
            let settings = db::settings(
                args.encoding.as_deref(),
                &format!("{:?}", args.input_format).to_lowercase(),
            );
            Some(Db::open(path, settings, args.reparse)?)
        }
        None => None,
    };
    let started = Instant::now();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let pretty = args.format == Format::Ndjson && io::stdout().is_terminal();
    let mut array = match (args.format, &args.output) {
        (Format::Json, None) if db.is_none() => Some(emit::JsonArray::open(&mut out)?),
        _ => None,
    };
    let mut csv = match (args.format, &args.output) {
        (Format::Csv, None) if db.is_none() && args.no_bom => {
            Some(emit::csv::CsvWriter::without_bom(io::stdout())?)
        }
        (Format::Csv, None) if db.is_none() => Some(emit::csv::CsvWriter::new(io::stdout())?),
        _ => None,
    };
    let mut report = match &args.report {
        Some(path) => Some(
            ReportWriter::create(path)
                .with_context(|| format!("cannot write report {}", path.display()))?,
        ),
        None => None,
    };
    let mut tally = Tally::default();
    let mut progress = Progress::new(!args.quiet && io::stderr().is_terminal());
    let mut walk = Walk::new(paths);
    let window = jobs * WINDOW_PER_WORKER;
    loop {
        let batch: Vec<Input> = walk.by_ref().take(window).collect();
        if batch.is_empty() {
            break;
        }
        let results: Vec<_> = pool.install(|| {
            batch
                .into_par_iter()
                .map(|input| {
                    let (result, size, hash) =
                        parse_one(&input, &base, args.max_file_size, db.as_ref());
                    // Serialized here, on the workers, so writing the page stays cheap.
                    let entry = base.keep_text.then(|| match &result {
                        Ok(Some(parsed)) => Some(Entry::new(&input.display(), Ok(parsed))),
                        Ok(None) => None,
                        Err(e) => Some(Entry::new(&input.display(), Err(e.as_str()))),
                    });
                    (input, result, size, hash, entry.flatten())
                })
                .collect()
        });
        for (input, result, size, hash, entry) in results {
            if let (Some(report), Some(entry)) = (&mut report, &entry) {
                report.write(entry).context("writing the report")?;
            }
            tally.files += 1;
            tally.bytes += size;
            let name = input.display();
            match result {
                Err(reason) => {
                    tally.failed += 1;
                    progress.say(&format!("jdparse: {name}: {reason}"))?;
                    if let Some(c) = &mut csv {
                        c.failure(&name, &reason)?;
                    }
                    if let Some(db) = &db {
                        db.put(&name, hash.as_deref(), size, Err(&reason))?;
                    }
                }
                // Unchanged since the database stored it.
                Ok(None) => {}
                Ok(Some(parsed)) => {
                    for d in parsed
                        .diagnostics
                        .iter()
                        .filter(|d| d.severity >= Severity::Warning)
                    {
                        tally.warnings += 1;
                        if !args.quiet {
                            let at = d.line.map(|l| format!(":{l}")).unwrap_or_default();
                            progress
                                .say(&format!("jdparse: {name}{at}: warning: {}", d.message))?;
                        }
                    }
                    tally.records += parsed.records.len();
                    if let Some(db) = &db {
                        db.put(&name, hash.as_deref(), size, Ok(&parsed))?;
                        continue;
                    }
                    if let Some(dir) = &args.output {
                        if let Err(e) = write_output(dir, &input, &parsed) {
                            tally.failed += 1;
                            progress.say(&format!("jdparse: {name}: {e:#}"))?;
                        }
                        continue;
                    }
                    for record in &parsed.records {
                        match (&mut array, &mut csv, args.format) {
                            (Some(a), _, _) => a.item(&mut out, record)?,
                            (_, Some(c), _) => c.record(record)?,
                            (_, _, Format::Jsonld) => {
                                emit::jsonld(&mut out, record)?;
                                jsonld_note(&progress, &name, record, args.quiet)?;
                            }
                            _ if pretty => emit::pretty(&mut out, record)?,
                            _ => emit::ndjson(&mut out, record)?,
                        }
                    }
                }
            }
        }
        out.flush()?;
        if let Some(c) = &mut csv {
            c.flush()?;
        }
        progress.update(&tally);
    }
    progress.finish();
    if let Some(db) = db {
        let summary = db.finish(args.prune)?;
        if !args.quiet {
            writeln!(io::stderr(), "{summary}")?;
        }
    }
    if let Some(a) = array {
        a.close(&mut out)?;
    }
    out.flush()?;
    if let (Some(report), Some(path)) = (report, &args.report) {
        report
            .finish()
            .with_context(|| format!("cannot write report {}", path.display()))?;
    }
    if !args.quiet && tally.files > 1 {
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        writeln!(
            io::stderr(),
            "jdparse: {} files, {} records, {} failed, {} warnings, {:.1} MB/s",
            tally.files,
            tally.records,
            tally.failed,
            tally.warnings,
            tally.bytes as f64 / 1e6 / secs
        )?;
    }
    let failed = tally.failed > 0 || (args.strict && tally.warnings > 0);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// A progress line on stderr, only on a terminal and only once a batch is large.
struct Progress {
    enabled: bool,
    bar: Option<indicatif::ProgressBar>,
}

impl Progress {
    /// Batches smaller than this finish before a bar would help.
    const AFTER_FILES: usize = 64;

    fn new(enabled: bool) -> Progress {
        Progress { enabled, bar: None }
    }

    fn update(&mut self, tally: &Tally) {
        if !self.enabled || tally.files < Self::AFTER_FILES {
            return;
        }
        let bar = self.bar.get_or_insert_with(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            // A plain template: no colours, so NO_COLOR and dumb terminals are respected.
            let style =
                indicatif::ProgressStyle::with_template("{spinner} {pos} files  {msg}  {elapsed}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner());
            bar.set_style(style);
            bar
        });
        bar.set_position(tally.files as u64);
        bar.set_message(format!(
            "{} records, {} failed",
            tally.records, tally.failed
        ));
    }

    /// Prints a message line without tearing the bar.
    fn say(&self, line: &str) -> io::Result<()> {
        match &self.bar {
            Some(bar) => bar.suspend(|| writeln!(io::stderr(), "{line}")),
            None => writeln!(io::stderr(), "{line}"),
        }
    }

    fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

/// Reads and parses one input: its records (none when `--db` holds it unchanged) or
/// its error, its size, and its content hash when `--db` asked for it.
fn parse_one(
    input: &Input,
    base: &Options,
    max: u64,
    db: Option<&Db>,
) -> (Result<Option<Parsed>, String>, u64, Option<String>) {
    let bytes = match inputs::read_limited(input, max) {
        Ok(b) => b,
        Err(e) => return (Err(e), 0, None),
    };
    let size = bytes.len() as u64;
    let mut hash = None;
    if let Some(db) = db {
        match db.check(&input.display(), &bytes) {
            Ok((_, true)) => return (Ok(None), size, None),
            Ok((h, false)) => hash = Some(h),
            Err(e) => return (Err(e), size, None),
        }
    }
    let path = match input {
        Input::File { path, .. } => Some(path.display().to_string()),
        _ => None,
    };
    let options = Options {
        path,
        ..base.clone()
    };
    (
        jdparse::parse(&bytes, &options)
            .map(Some)
            .map_err(|e| e.to_string()),
        size,
        hash,
    )
}

/// `--format jsonld`: a note naming the properties search engines require that the
/// posting lacks (notes never change the exit status).
fn jsonld_note(
    progress: &Progress,
    name: &str,
    record: &jdparse::Record,
    quiet: bool,
) -> io::Result<()> {
    if quiet {
        return Ok(());
    }
    let missing = emit::jsonld::missing_required(&emit::jsonld::job_posting(record));
    if missing.is_empty() {
        return Ok(());
    }
    let which = if record.source.count > 1 {
        format!("record {}: ", record.source.index + 1)
    } else {
        String::new()
    };
    progress.say(&format!(
        "jdparse: {name}: note: {which}JobPosting lacks {} (required by search engines)",
        missing.join(", ")
    ))
}

/// Writes `DIR/<relative path>.json` atomically: a temporary file, then a rename.
fn write_output(dir: &Path, input: &Input, parsed: &Parsed) -> anyhow::Result<()> {
    let relative = match input {
        Input::File { relative, .. } => relative.clone(),
        _ => PathBuf::from("stdin"),
    };
    let mut target = dir.join(&relative).into_os_string();
    target.push(".json");
    let target = PathBuf::from(target);
    let parent = target.parent().unwrap_or(dir);
    fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = parent.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = fs::write(&temp, emit::json_array(&parsed.records))
        .and_then(|()| fs::rename(&temp, &target))
        .with_context(|| format!("cannot write {}", target.display()));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}
