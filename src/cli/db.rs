//! `--db FILE.sqlite`: the pipeline's sink for [`jdparse::emit::sqlite::Store`].
//!
//! On the workers, [`Sink::skip`] asks the store whether it holds an input unchanged
//! (the store sits behind a mutex; a look-up is one indexed query on the content
//! hash, parser version and settings), unless `--reparse`. On the writer, in input
//! order, [`Sink::write`] stores every outcome, records or error (the store commits
//! one transaction per chunk of documents), and [`Sink::finish`] prunes with
//! `--prune`, commits and says what the run did, skipped documents included.
//!
//! A document is keyed by its path as messages write it (`<stdin>` for stdin).

use std::path::Path;

use encoding_rs::Encoding;

use super::args::InputFormatArg;

#[cfg(feature = "sqlite")]
pub use with_sqlite::DbSink;
#[cfg(not(feature = "sqlite"))]
pub use without_sqlite::DbSink;

/// How a [`DbSink`] is opened.
#[cfg_attr(
    not(feature = "sqlite"),
    allow(dead_code, reason = "without SQLite, --db only says so")
)]
pub struct DbOptions {
    /// `--encoding`.
    pub encoding: Option<&'static Encoding>,
    /// `--input-format`.
    pub input_format: InputFormatArg,
    /// `--reparse`: parse every input, unchanged or not.
    pub reparse: bool,
    /// `--prune`: remove the documents this run did not see.
    pub prune: bool,
    /// `--quiet`: no summary line.
    pub quiet: bool,
}

#[cfg_attr(
    not(feature = "sqlite"),
    allow(dead_code, reason = "without SQLite, --db only says so")
)]
impl DbOptions {
    /// What decides the output besides the bytes: a document parsed under other
    /// settings is parsed again.
    pub fn settings(&self) -> String {
        let encoding = self
            .encoding
            .map_or("auto".to_string(), |e| e.name().to_ascii_lowercase());
        let format = format!("{:?}", self.input_format).to_lowercase();
        format!("encoding={encoding};input-format={format}")
    }
}

/// The content hash as the database stores it: 32 hex digits, as
/// [`jdparse::emit::sqlite::content_hash`] writes it.
#[cfg(feature = "sqlite")]
fn hex(hash: super::sink::ContentHash) -> String {
    format!("{hash:032x}")
}

#[cfg(feature = "sqlite")]
mod with_sqlite {
    use std::io::{self, Write};
    use std::sync::{Mutex, MutexGuard};

    use anyhow::Context;
    use jdparse::emit::sqlite::{Config, Document, Store};

    use super::super::inputs::path_text;
    use super::super::sink::{Needs, Outcome, Probe, Sink, Status};
    use super::*;

    pub struct DbSink {
        /// Taken by `finish`.
        store: Mutex<Option<Store>>,
        /// The database's path, for messages.
        name: String,
        prune: bool,
        quiet: bool,
        /// The first look-up that failed: the run stops on the next write.
        broken: Mutex<Option<String>>,
    }

    impl DbSink {
        pub fn open(path: &Path, options: &DbOptions) -> anyhow::Result<DbSink> {
            let name = path_text(path).text;
            let config = Config {
                settings: options.settings(),
                reparse: options.reparse,
                ..Config::default()
            };
            let store = Store::open(path, config).with_context(|| format!("--db {name}"))?;
            Ok(DbSink {
                store: Mutex::new(Some(store)),
                name,
                prune: options.prune,
                quiet: options.quiet,
                broken: Mutex::new(None),
            })
        }

        fn store(&self) -> MutexGuard<'_, Option<Store>> {
            // A poisoned lock means a thread already panicked holding it; the store's
            // open chunk holds whole documents only, so it stays usable.
            self.store.lock().unwrap_or_else(|e| e.into_inner())
        }

        /// The key of a document: its path as messages write it (`<stdin>` for stdin).
        fn key(path: Option<&Path>) -> String {
            path.map_or_else(|| "<stdin>".to_string(), |p| path_text(p).text)
        }

        fn error(&self, what: &str, e: impl std::fmt::Display) -> io::Error {
            io::Error::other(format!("cannot {what} --db {}: {e}", self.name))
        }

        /// Whether the store holds the input unchanged; an error is kept for the writer.
        fn holds(&self, probe: &Probe<'_>) -> bool {
            let hash = hex(probe.hash());
            let found = match self.store().as_mut() {
                Some(store) => store.should_skip(&Self::key(probe.path), &hash),
                None => return false,
            };
            found.unwrap_or_else(|e| {
                let mut broken = self.broken.lock().unwrap_or_else(|e| e.into_inner());
                broken.get_or_insert_with(|| self.error("read", e).to_string());
                false
            })
        }
    }

    impl Sink for DbSink {
        fn needs(&self) -> Needs {
            Needs {
                hash: true,
                ..Needs::default()
            }
        }

        fn skip(&self, probe: &Probe<'_>) -> bool {
            self.holds(probe)
        }

        fn write(&self, outcome: &Outcome, _rendered: Vec<u8>) -> io::Result<()> {
            if let Some(message) = self.broken.lock().unwrap_or_else(|e| e.into_inner()).take() {
                return Err(io::Error::other(message));
            }
            let hash = outcome.hash.map(hex);
            let (document, records) = match &outcome.status {
                // Unchanged since the database stored it.
                Status::Skipped => return Ok(()),
                Status::Parsed(parsed) => (
                    Document::parsed(
                        &outcome.name,
                        hash.as_deref().unwrap_or_default(),
                        outcome.size,
                        parsed,
                    ),
                    &parsed.records[..],
                ),
                Status::Failed(error) => (
                    Document::failed(
                        &outcome.name,
                        hash.as_deref(),
                        hash.as_ref().map(|_| outcome.size),
                        &error.to_string(),
                    ),
                    &[][..],
                ),
            };
            let mut store = self.store();
            let store = store
                .as_mut()
                .ok_or_else(|| self.error("write", "closed"))?;
            store
                .put(&document, records)
                .map_err(|e| self.error("write", e))
        }

        fn finish(&self) -> io::Result<()> {
            let Some(mut store) = self.store().take() else {
                return Ok(());
            };
            if self.prune {
                store.prune().map_err(|e| self.error("prune", e))?;
            }
            let c = store.finish().map_err(|e| self.error("write", e))?;
            if self.quiet {
                return Ok(());
            }
            let mut line = format!(
                "jdparse: db {}: {} documents stored ({} records, {} failed), {} unchanged skipped",
                self.name, c.stored, c.records, c.failed, c.skipped
            );
            if self.prune {
                line.push_str(&format!(", {} pruned", c.pruned));
            }
            writeln!(io::stderr(), "{line}")
        }
    }
}

#[cfg(not(feature = "sqlite"))]
mod without_sqlite {
    use super::super::sink::Sink;
    use super::*;

    /// Never built: this jdparse has no SQLite.
    pub enum DbSink {}

    impl DbSink {
        pub fn open(_: &Path, _: &DbOptions) -> anyhow::Result<DbSink> {
            anyhow::bail!("--db: this jdparse was built without the `sqlite` feature")
        }
    }

    impl Sink for DbSink {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_name_the_settings_that_decide_the_output() {
        let options = DbOptions {
            encoding: Some(encoding_rs::GBK),
            input_format: InputFormatArg::Html,
            reparse: false,
            prune: false,
            quiet: true,
        };
        assert_eq!(options.settings(), "encoding=gbk;input-format=html");
        let auto = DbOptions {
            encoding: None,
            input_format: InputFormatArg::Auto,
            ..options
        };
        assert_eq!(auto.settings(), "encoding=auto;input-format=auto");
    }

    #[cfg(feature = "sqlite")]
    #[test]
    fn should_store_the_content_hash_as_the_library_computes_it() {
        let bytes = "保安员岗位说明书".as_bytes();
        let probe = super::super::sink::Probe::new(None, bytes);
        assert_eq!(
            hex(probe.hash()),
            jdparse::emit::sqlite::content_hash(bytes)
        );
    }
}
