//! Integration tests: the corpus (snapshots, schema, nothing lost) and the CLI as a process.

mod batch;
mod cli;
mod corpus;
mod docx;
mod formats;
mod pathological;
mod properties;
mod regressions;
mod util;
