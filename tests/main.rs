//! Integration tests: the corpus (snapshots, schema, nothing lost) and the CLI as a process.

mod batch;
mod cli;
mod corpus;
mod docx;
mod explain;
mod formats;
mod function_length;
mod linearity;
#[cfg(feature = "sqlite")]
mod outputs_cli;
mod pathological;
mod posting;
mod properties;
mod provenance;
mod regressions;
mod report;
mod report_cli;
mod schema_check;
mod spec;
#[cfg(feature = "sqlite")]
mod sqlite;
mod util;
mod wild;
