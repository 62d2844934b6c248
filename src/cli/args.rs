//! Command-line arguments (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Turn Chinese job-description documents (岗位说明书, 职位说明书, postings) into JSON records.
#[derive(Debug, Parser)]
#[command(name = "jdparse", version, about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Parse files, directories or stdin into records.
    Parse(ParseArgs),
    /// Print the JSON Schema of one record.
    Schema,
    /// Print a shell completion script.
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff).
    Man,
    /// Show why each line went where it went: its kind, the rule that decided it,
    /// and its destination (a record's title or section, or the reason it was dropped).
    Explain(ExplainArgs),
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The file to explain; `-` reads stdin.
    pub file: PathBuf,

    /// Output format: aligned text, or one JSON object a line.
    #[arg(long, value_enum, default_value_t = ExplainFormat::Text)]
    pub format: ExplainFormat,

    /// Decode with this encoding (a WHATWG label) instead of detecting.
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,

    /// How to read the input.
    #[arg(long, value_enum, default_value_t = InputFormatArg::Auto)]
    pub input_format: InputFormatArg,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExplainFormat {
    /// `LINE  KIND  RULE  DESTINATION`, one input line a line.
    Text,
    /// One JSON object per input line.
    Json,
}

#[derive(Debug, Args)]
pub struct ParseArgs {
    /// Files or directories (walked recursively, in sorted order); `-` or nothing reads stdin.
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Ndjson)]
    pub format: Format,

    /// Write one `<relative path>.json` per input under DIR instead of printing.
    #[arg(short = 'o', long = "output", value_name = "DIR")]
    pub output: Option<PathBuf>,

    /// Decode every input with this encoding (a WHATWG label: gbk, big5, utf-16le, ...).
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,

    /// How to read the inputs.
    #[arg(long, value_enum, default_value_t = InputFormatArg::Auto)]
    pub input_format: InputFormatArg,

    /// Read input paths from FILE (`-` for stdin), one a line.
    #[arg(long, value_name = "FILE")]
    pub paths_from: Option<String>,

    /// Read NDJSON requests ({"id","path"|"text"|"base64"}) on stdin and answer each.
    #[arg(long)]
    pub requests: bool,

    /// Number of parallel workers (default: available cores).
    #[arg(short = 'j', long = "jobs", value_name = "N")]
    pub jobs: Option<usize>,

    /// Skip inputs larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 64 * 1024 * 1024)]
    pub max_file_size: u64,

    /// Count warnings as failures for the exit status.
    #[arg(long)]
    pub strict: bool,

    /// Print no warnings, notes, progress or summary (errors are still printed).
    #[arg(short, long)]
    pub quiet: bool,

    /// Write the records into this SQLite database instead of printing them; a re-run
    /// skips inputs whose content is unchanged.
    #[arg(long, value_name = "FILE.sqlite", conflicts_with_all = ["output", "requests"])]
    pub db: Option<PathBuf>,

    /// With --db: parse every input again, changed or not.
    #[arg(long, requires = "db")]
    pub reparse: bool,

    /// With --db: remove the documents that are not among this run's inputs.
    #[arg(long, requires = "db")]
    pub prune: bool,

    /// With --format csv: leave out the byte-order mark (for readers other than spreadsheets).
    #[arg(long)]
    pub no_bom: bool,

    /// Also write a self-contained HTML review page of the batch to FILE.
    #[arg(long, value_name = "FILE", conflicts_with = "requests")]
    pub report: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One record a line (pretty-printed on a terminal).
    Ndjson,
    /// One JSON array of all records.
    Json,
    /// One schema.org JobPosting (JSON-LD) a line.
    Jsonld,
    /// A header and one row a record (UTF-8 with BOM), for spreadsheets.
    Csv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    Auto,
    Text,
    Html,
    Docx,
}

impl From<InputFormatArg> for jdparse::InputFormat {
    fn from(arg: InputFormatArg) -> jdparse::InputFormat {
        match arg {
            InputFormatArg::Auto => jdparse::InputFormat::Auto,
            InputFormatArg::Text => jdparse::InputFormat::Text,
            InputFormatArg::Html => jdparse::InputFormat::Html,
            InputFormatArg::Docx => jdparse::InputFormat::Docx,
        }
    }
}
