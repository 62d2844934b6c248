//! Command-line arguments (clap derive).

use std::ffi::OsStr;
use std::path::PathBuf;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum, ValueHint};
use encoding_rs::Encoding;

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

    /// Decode with this encoding instead of detecting: a WHATWG label (gbk, gb18030,
    /// big5, utf-16le, ...) or a Windows name (cp936, cp950).
    #[arg(long, value_name = "LABEL", value_parser = EncodingParser, hide_possible_values = true)]
    pub encoding: Option<&'static Encoding>,

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

    /// Write one file per input under DIR instead of printing: `<path>.json`
    /// (`.csv`, `.jsonld` with those formats), paths relative to the inputs' common folder.
    #[arg(short = 'o', long = "output", value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub output: Option<PathBuf>,

    /// Decode every input with this encoding: a WHATWG label (gbk, gb18030, big5,
    /// utf-16le, ...) or a Windows name (cp936, cp950).
    #[arg(long, value_name = "LABEL", value_parser = EncodingParser, hide_possible_values = true)]
    pub encoding: Option<&'static Encoding>,

    /// How to read the inputs.
    #[arg(long, value_enum, default_value_t = InputFormatArg::Auto)]
    pub input_format: InputFormatArg,

    /// Read input paths from FILE (`-` for stdin), one a line (NUL-separated with -0).
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub paths_from: Option<PathBuf>,

    /// --paths-from is NUL-separated, as `find -print0` writes it.
    #[arg(short = '0', long = "null", requires = "paths_from")]
    pub null: bool,

    /// Only walk files matching GLOB (gitignore-style; `!GLOB` excludes); repeatable,
    /// the last matching glob wins. Files named on the command line are always read.
    #[arg(short = 'g', long = "glob", value_name = "GLOB")]
    pub globs: Vec<String>,

    /// Follow symbolic links while walking directories (loops are reported, not followed).
    #[arg(short = 'L', long)]
    pub follow: bool,

    /// Also read hidden files and operating-system or editor junk (Thumbs.db,
    /// desktop.ini, .DS_Store, `~$*` and `.~lock.*#` lock files), skipped by default.
    #[arg(long)]
    pub no_ignore: bool,

    /// Read NDJSON requests ({"id","path"|"text"|"base64"}) on stdin and answer each.
    #[arg(long)]
    pub requests: bool,

    /// Number of parallel workers (default: available cores).
    #[arg(short = 'j', long = "jobs", value_name = "N")]
    pub jobs: Option<usize>,

    /// Skip inputs larger than SIZE: bytes, or with a suffix K, M or G (KiB, MiB, GiB:
    /// multiples of 1024).
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = parse_size)]
    pub max_file_size: u64,

    /// Count warnings as failures for the exit status (they are then printed even with -q).
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

/// A byte count with an optional binary suffix: `65536`, `64K`, `64M`, `1G` (also
/// `64MiB`, `64mb`); K, M and G are multiples of 1024.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, suffix) = text.split_at(digits);
    let number: u64 = number
        .parse()
        .map_err(|_| format!("`{text}` is not a size (a number, optionally with K, M or G)"))?;
    let shift = match suffix.to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return Err(format!("unknown size suffix `{suffix}` (use K, M or G)")),
    };
    number
        .checked_mul(1 << shift)
        .ok_or_else(|| format!("`{text}` is too large"))
}

/// `--encoding`: any label [`jdparse::decode::encoding_for_label`] knows; the common
/// ones are offered as possible values so shell completion lists encodings, not files.
#[derive(Clone, Debug)]
struct EncodingParser;

impl EncodingParser {
    /// The names offered to shell completion.
    const NAMES: &[&str] = &[
        "utf-8",
        "gbk",
        "gb18030",
        "gb2312",
        "big5",
        "big5-hkscs",
        "cp936",
        "cp950",
        "utf-16le",
        "utf-16be",
    ];
}

impl TypedValueParser for EncodingParser {
    type Value = &'static Encoding;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<&'static Encoding, clap::Error> {
        // The plain function parser words the error as clap does for any bad value.
        jdparse::decode::encoding_for_label.parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(Self::NAMES.iter().map(PossibleValue::new)))
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_read_sizes_with_binary_suffixes() {
        for (text, bytes) in [
            ("100", 100),
            ("64K", 64 << 10),
            ("64M", 64 << 20),
            ("64m", 64 << 20),
            ("64MiB", 64 << 20),
            ("2G", 2 << 30),
        ] {
            assert_eq!(
                parse_size(text),
                Ok(bytes),
                "{text} should be {bytes} bytes"
            );
        }
        for bad in ["", "M", "64X", "1.5M", "-1"] {
            assert!(parse_size(bad).is_err(), "{bad:?} should be refused");
        }
    }
}
