//! Integration tests: the corpus (snapshots, schema, nothing lost) and the CLI as a process.

mod cli;
mod corpus;
mod docx;
mod formats;
mod pathological;
mod properties;
mod regressions;
mod report;
mod report_cli;
mod util;
