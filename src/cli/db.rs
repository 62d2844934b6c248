//! `--db FILE.sqlite`: the batch loop's side of [`jdparse::emit::sqlite::Store`].
//!
//! Workers ask [`Db::check`] before parsing (the store sits behind a mutex; a
//! look-up is one indexed query), the loop hands every outcome to [`Db::put`] in
//! input order, and [`Db::finish`] prunes, commits and says what the run did.

use std::path::Path;

use jdparse::Parsed;

#[cfg(feature = "sqlite")]
pub use with_sqlite::Db;
#[cfg(not(feature = "sqlite"))]
pub use without_sqlite::Db;

/// What decides the output besides the bytes: a document parsed under other
/// settings is parsed again.
pub fn settings(encoding: Option<&str>, input_format: &str) -> String {
    format!(
        "encoding={};input-format={input_format}",
        encoding.unwrap_or("auto")
    )
}

#[cfg(feature = "sqlite")]
mod with_sqlite {
    use std::sync::Mutex;

    use anyhow::Context;
    use jdparse::emit::sqlite::{Config, Document, Store, content_hash};

    use super::*;

    pub struct Db {
        store: Mutex<Store>,
        name: String,
    }

    impl Db {
        pub fn open(path: &Path, settings: String, reparse: bool) -> anyhow::Result<Db> {
            let config = Config {
                settings,
                reparse,
                ..Config::default()
            };
            let store =
                Store::open(path, config).with_context(|| format!("--db {}", path.display()))?;
            Ok(Db {
                store: Mutex::new(store),
                name: path.display().to_string(),
            })
        }

        /// The input's content hash, and whether the database holds it unchanged.
        pub fn check(&self, path: &str, bytes: &[u8]) -> Result<(String, bool), String> {
            let hash = content_hash(bytes);
            let skip = self
                .store
                .lock()
                .map_err(|_| "the database lock is poisoned".to_string())?
                .should_skip(path, &hash)
                .map_err(|e| format!("cannot read --db {}: {e}", self.name))?;
            Ok((hash, skip))
        }

        /// Stores one input's outcome: its records, or its error.
        pub fn put(
            &self,
            path: &str,
            hash: Option<&str>,
            size: u64,
            outcome: Result<&Parsed, &str>,
        ) -> anyhow::Result<()> {
            let mut store = self
                .store
                .lock()
                .map_err(|_| anyhow::anyhow!("the database lock is poisoned"))?;
            let result = match outcome {
                Ok(parsed) => store.put(
                    &Document::parsed(path, hash.unwrap_or_default(), size, parsed),
                    &parsed.records,
                ),
                Err(error) => store.put(
                    &Document::failed(path, hash, hash.map(|_| size), error),
                    &[],
                ),
            };
            result.with_context(|| format!("cannot write --db {}", self.name))
        }

        /// Prunes when asked, commits, and returns the summary line.
        pub fn finish(self, prune: bool) -> anyhow::Result<String> {
            let mut store = self
                .store
                .into_inner()
                .map_err(|_| anyhow::anyhow!("the database lock is poisoned"))?;
            if prune {
                store
                    .prune()
                    .with_context(|| format!("cannot prune --db {}", self.name))?;
            }
            let c = store
                .finish()
                .with_context(|| format!("cannot write --db {}", self.name))?;
            let mut line = format!(
                "jdparse: db {}: {} documents stored ({} records, {} failed), {} unchanged skipped",
                self.name, c.stored, c.records, c.failed, c.skipped
            );
            if prune {
                line.push_str(&format!(", {} pruned", c.pruned));
            }
            Ok(line)
        }
    }
}

#[cfg(not(feature = "sqlite"))]
mod without_sqlite {
    use super::*;

    /// Never built: this jdparse has no SQLite.
    pub enum Db {}

    impl Db {
        pub fn open(_: &Path, _: String, _: bool) -> anyhow::Result<Db> {
            anyhow::bail!("--db: this jdparse was built without the `sqlite` feature")
        }

        pub fn check(&self, _: &str, _: &[u8]) -> Result<(String, bool), String> {
            match *self {}
        }

        pub fn put(
            &self,
            _: &str,
            _: Option<&str>,
            _: u64,
            _: Result<&Parsed, &str>,
        ) -> anyhow::Result<()> {
            match *self {}
        }

        pub fn finish(self, _: bool) -> anyhow::Result<String> {
            match self {}
        }
    }
}
