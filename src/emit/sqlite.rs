//! SQLite: records into a database that a growing archive keeps between runs.
//!
//! A [`Store`] holds one row per input document (path, content hash, size,
//! encoding, format, status, error, when and by which parser version it was
//! parsed) and, under it, one row per record (the record's JSON and columns for
//! the key fields) with child tables for duties, requirements, fields and
//! dropped lines. Deleting a document deletes its rows (foreign keys cascade).
//!
//! Writes go in chunks of documents, one transaction per chunk, in WAL mode, and a
//! document and all its rows always land in the same transaction: a run that is
//! killed leaves a consistent database, every document in it whole, and the
//! documents of the unfinished chunk are simply parsed again next time. (A write
//! that fails rolls the open chunk back, for the same reason.)
//!
//! A re-run asks [`Store::should_skip`] before parsing: a document whose path,
//! content hash, parser version and settings are unchanged (and which did not
//! fail) is skipped. [`Store::prune`] removes the documents this run never saw.
//! The schema version is SQLite's `user_version`; opening a database migrates it.

use std::fmt;
use std::path::Path;

use rusqlite::{Connection, OptionalExtension, params};

use crate::Parsed;
use crate::emit::{enum_name, requirement_items};
use crate::model::{Record, SourceFormat};

/// What `documents.parser_version` records: re-parsing is needed when it changes.
pub const PARSER_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The database schema, one step per version; `user_version` counts the steps done.
const MIGRATIONS: &[&str] = &[
    // 1: documents, records and their child tables.
    "CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        content_hash TEXT,
        size INTEGER,
        encoding TEXT,
        format TEXT,
        status TEXT NOT NULL CHECK (status IN ('parsed', 'empty', 'failed')),
        error TEXT,
        record_count INTEGER NOT NULL,
        parsed_at TEXT NOT NULL,
        parser_version TEXT NOT NULL,
        settings TEXT NOT NULL
    );
    CREATE TABLE records (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        record_index INTEGER NOT NULL,
        title TEXT,
        position_title TEXT,
        department TEXT,
        code TEXT,
        grade TEXT,
        headcount INTEGER,
        location TEXT,
        organization TEXT,
        posted_on TEXT,
        valid_through TEXT,
        employment_type TEXT,
        salary_min REAL,
        salary_max REAL,
        salary_period TEXT,
        salary_currency TEXT,
        education_level TEXT,
        min_years REAL,
        first_line INTEGER NOT NULL,
        last_line INTEGER NOT NULL,
        json TEXT NOT NULL,
        UNIQUE (document_id, record_index)
    );
    CREATE TABLE responsibilities (
        record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
        item_index INTEGER NOT NULL,
        name TEXT,
        description TEXT,
        kpi TEXT,
        subitems TEXT NOT NULL,
        PRIMARY KEY (record_id, item_index)
    );
    CREATE TABLE requirements (
        record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
        item_index INTEGER NOT NULL,
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (record_id, item_index)
    );
    CREATE TABLE fields (
        record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
        item_index INTEGER NOT NULL,
        label TEXT NOT NULL,
        value TEXT NOT NULL,
        line INTEGER NOT NULL,
        PRIMARY KEY (record_id, item_index)
    );
    CREATE TABLE dropped (
        record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
        item_index INTEGER NOT NULL,
        line INTEGER NOT NULL,
        text TEXT NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (record_id, item_index)
    );
    CREATE INDEX records_document ON records(document_id);
    CREATE INDEX records_position_title ON records(position_title);
    CREATE INDEX requirements_kind ON requirements(kind, value);
    CREATE INDEX fields_label ON fields(label);",
];

/// The schema version this build writes (`PRAGMA user_version`).
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// A content hash of an input's bytes: xxh3-128, as 32 hex digits.
pub fn content_hash(bytes: &[u8]) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(bytes))
}

/// Why the database could not be used.
#[derive(Debug)]
pub enum DbError {
    Sqlite(rusqlite::Error),
    /// The database was written by a newer jdparse (its schema version is higher).
    Newer {
        found: i64,
    },
}

impl fmt::Display for DbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DbError::Sqlite(e) => write!(f, "{e}"),
            DbError::Newer { found } => write!(
                f,
                "the database has schema version {found}, newer than this jdparse's \
                 {SCHEMA_VERSION}; use a newer jdparse or another file"
            ),
        }
    }
}

// The SQLite error's text is this error's text, so it is not also its source (an
// error chain would say it twice).
impl std::error::Error for DbError {}

impl From<rusqlite::Error> for DbError {
    fn from(e: rusqlite::Error) -> DbError {
        DbError::Sqlite(e)
    }
}

/// How a [`Store`] decides and writes.
#[derive(Clone, Debug)]
pub struct Config {
    /// Recorded with each document; a document parsed by another version is parsed again.
    pub parser_version: String,
    /// What else decides the output besides the bytes (the CLI puts its `--encoding`
    /// and `--input-format` here); a document parsed with other settings is parsed again.
    pub settings: String,
    /// Parse every document, unchanged or not (`--reparse`).
    pub reparse: bool,
    /// Documents per transaction.
    pub chunk: usize,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            parser_version: PARSER_VERSION.to_string(),
            settings: String::new(),
            reparse: false,
            chunk: 256,
        }
    }
}

/// One input document, as the `documents` table holds it.
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// The input path as given (`-` for stdin).
    pub path: String,
    /// [`content_hash`] of its bytes; none when they could not be read.
    pub hash: Option<String>,
    pub size: Option<u64>,
    /// WHATWG name of the encoding used.
    pub encoding: Option<String>,
    pub format: Option<SourceFormat>,
    /// Why the input failed; none when it parsed.
    pub error: Option<String>,
}

impl Document {
    /// A document that parsed (with or without records).
    pub fn parsed(path: &str, hash: &str, size: u64, parsed: &Parsed) -> Document {
        Document {
            path: path.to_string(),
            hash: Some(hash.to_string()),
            size: Some(size),
            encoding: Some(parsed.encoding.to_string()),
            format: Some(parsed.format),
            error: None,
        }
    }

    /// A document that failed: unreadable, binary, too large ….
    pub fn failed(path: &str, hash: Option<&str>, size: Option<u64>, error: &str) -> Document {
        Document {
            path: path.to_string(),
            hash: hash.map(str::to_string),
            size,
            error: Some(error.to_string()),
            ..Document::default()
        }
    }
}

/// What a run did to the database.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counters {
    /// Documents written (parsed or failed).
    pub stored: usize,
    /// Records written.
    pub records: usize,
    /// Documents written as failed.
    pub failed: usize,
    /// Documents skipped as unchanged.
    pub skipped: usize,
    /// Documents removed by [`Store::prune`].
    pub pruned: usize,
}

/// An open database; see the module documentation.
pub struct Store {
    conn: Connection,
    config: Config,
    in_transaction: bool,
    pending: usize,
    counters: Counters,
}

impl Store {
    /// Opens (or creates) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path, config: Config) -> Result<Store, DbError> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrate(&conn)?;
        // The paths this run has seen, for `prune`: a temporary table, so memory does
        // not grow with the archive.
        conn.execute_batch("CREATE TEMP TABLE seen (path TEXT PRIMARY KEY) WITHOUT ROWID;")?;
        Ok(Store {
            conn,
            config,
            in_transaction: false,
            pending: 0,
            counters: Counters::default(),
        })
    }

    /// Is the document at `path` with this content already stored, by this parser
    /// version and with these settings (and not as a failure)? Counts it as skipped
    /// when so. Either way the path counts as seen by this run.
    pub fn should_skip(&mut self, path: &str, hash: &str) -> Result<bool, DbError> {
        self.see(path)?;
        if self.config.reparse {
            return Ok(false);
        }
        let found = self
            .conn
            .prepare_cached(
                "SELECT 1 FROM documents WHERE path = ?1 AND content_hash = ?2 \
                 AND parser_version = ?3 AND settings = ?4 AND status != 'failed'",
            )?
            .query_row(
                params![path, hash, self.config.parser_version, self.config.settings],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
        if found {
            self.counters.skipped += 1;
        }
        Ok(found)
    }

    /// Writes a document and its records, replacing what the database held for its
    /// path. The document lands whole or not at all; the chunk's transaction is
    /// committed once it holds `chunk` documents. An error rolls the open chunk
    /// back (its documents are parsed again next time; the run's record of the paths
    /// it saw is incomplete then, so do not [`Store::prune`] after an error).
    pub fn put(&mut self, doc: &Document, records: &[Record]) -> Result<(), DbError> {
        self.see(&doc.path)?;
        if let Err(e) = self.write(doc, records) {
            // A savepoint per document would cost a temporary sub-journal file per
            // document (most of the write time); dropping the chunk is as consistent.
            self.conn.execute_batch("ROLLBACK")?;
            self.in_transaction = false;
            self.pending = 0;
            return Err(e);
        }
        self.counters.stored += 1;
        self.counters.records += records.len();
        if doc.error.is_some() {
            self.counters.failed += 1;
        }
        self.pending += 1;
        if self.pending >= self.config.chunk.max(1) {
            self.commit()?;
        }
        Ok(())
    }

    /// Removes every document this run has not seen (through [`Store::should_skip`]
    /// or [`Store::put`]), with its records; returns how many.
    pub fn prune(&mut self) -> Result<usize, DbError> {
        self.commit()?;
        let n = self
            .conn
            .execute(
                "DELETE FROM documents WHERE path NOT IN (SELECT path FROM temp.seen)",
                [],
            )
            .map_err(DbError::from)?;
        self.counters.pruned += n;
        Ok(n)
    }

    /// What this run has done so far.
    pub fn counters(&self) -> Counters {
        self.counters
    }

    /// Commits the last chunk and closes the database.
    pub fn finish(mut self) -> Result<Counters, DbError> {
        self.commit()?;
        self.conn.execute_batch("PRAGMA optimize")?;
        Ok(self.counters)
    }

    /// The connection, for queries.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Notes a path as seen by this run, inside the open chunk's transaction (one is
    /// begun if none is open, so that the notes do not each cost a commit).
    fn see(&mut self, path: &str) -> Result<(), DbError> {
        if !self.in_transaction {
            self.conn.execute_batch("BEGIN IMMEDIATE")?;
            self.in_transaction = true;
        }
        self.conn
            .prepare_cached("INSERT OR IGNORE INTO temp.seen (path) VALUES (?1)")?
            .execute([path])?;
        Ok(())
    }

    fn commit(&mut self) -> Result<(), DbError> {
        if self.in_transaction {
            self.conn.execute_batch("COMMIT")?;
            self.in_transaction = false;
            self.pending = 0;
        }
        Ok(())
    }

    fn write(&self, doc: &Document, records: &[Record]) -> Result<(), DbError> {
        let c = &self.conn;
        c.prepare_cached("DELETE FROM documents WHERE path = ?1")?
            .execute([&doc.path])?;
        let status = match (&doc.error, records.is_empty()) {
            (Some(_), _) => "failed",
            (None, true) => "empty",
            (None, false) => "parsed",
        };
        c.prepare_cached(
            "INSERT INTO documents (path, content_hash, size, encoding, format, status, error, \
             record_count, parsed_at, parser_version, settings) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?9, ?10)",
        )?
        .execute(params![
            doc.path,
            doc.hash,
            doc.size.map(|s| s as i64),
            doc.encoding,
            doc.format.as_ref().and_then(enum_name),
            status,
            doc.error,
            records.len() as i64,
            self.config.parser_version,
            self.config.settings,
        ])?;
        let document_id = c.last_insert_rowid();
        for r in records {
            insert_record(c, document_id, r)?;
        }
        Ok(())
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        // Every document in the open chunk is whole: keep them.
        if self.in_transaction {
            let _ = self.conn.execute_batch("COMMIT");
        }
    }
}

fn migrate(conn: &Connection) -> Result<(), DbError> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(DbError::Newer { found: version });
    }
    for (step, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        let next = step as i64 + 1;
        conn.execute_batch(&format!(
            "BEGIN; {sql}; PRAGMA user_version = {next}; COMMIT;"
        ))?;
    }
    Ok(())
}

/// Writes a record: its row, then its duties, requirements, fields and dropped lines.
fn insert_record(c: &Connection, document_id: i64, r: &Record) -> Result<(), DbError> {
    let record_id = insert_record_row(c, document_id, r)?;
    insert_responsibilities(c, record_id, r)?;
    insert_requirements(c, record_id, r)?;
    insert_fields(c, record_id, r)?;
    insert_dropped(c, record_id, r)
}

/// Writes the `records` row (the position's columns and the record as JSON); returns its id.
fn insert_record_row(c: &Connection, document_id: i64, r: &Record) -> Result<i64, DbError> {
    let p = &r.position;
    let salary = p.salary.as_ref();
    let json = serde_json::to_string(r).expect("records always serialize");
    c.prepare_cached(
        "INSERT INTO records (document_id, record_index, title, position_title, department, \
         code, grade, headcount, location, organization, posted_on, valid_through, \
         employment_type, salary_min, salary_max, salary_period, salary_currency, \
         education_level, min_years, first_line, last_line, json) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, \
         ?18, ?19, ?20, ?21, ?22)",
    )?
    .execute(params![
        document_id,
        r.source.index as i64,
        r.title,
        p.title,
        p.department,
        p.code,
        p.grade,
        p.headcount,
        p.location,
        p.organization,
        p.posted_on,
        p.valid_through,
        p.employment_type.as_ref().and_then(enum_name),
        salary.and_then(|s| s.min),
        salary.and_then(|s| s.max),
        salary.and_then(|s| s.period.as_ref()).and_then(enum_name),
        salary.and_then(|s| s.currency).map(|c| c.code()),
        r.qualifications
            .education
            .as_ref()
            .and_then(|e| e.level.as_ref())
            .and_then(enum_name),
        r.qualifications
            .experience
            .as_ref()
            .and_then(|e| e.min_years),
        r.source.lines[0] as i64,
        r.source.lines[1] as i64,
        json,
    ])?;
    Ok(c.last_insert_rowid())
}

/// Writes a record's duties to `responsibilities`, in order.
fn insert_responsibilities(c: &Connection, record_id: i64, r: &Record) -> Result<(), DbError> {
    let mut duty = c.prepare_cached(
        "INSERT INTO responsibilities (record_id, item_index, name, description, kpi, subitems) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (i, d) in r.responsibilities.iter().enumerate() {
        duty.execute(params![
            record_id,
            i as i64,
            d.name,
            d.description,
            d.kpi,
            d.subitems.join("\n")
        ])?;
    }
    Ok(())
}

/// Writes a record's requirements to `requirements`, each with its kind.
fn insert_requirements(c: &Connection, record_id: i64, r: &Record) -> Result<(), DbError> {
    let mut requirement = c.prepare_cached(
        "INSERT INTO requirements (record_id, item_index, kind, value) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, (kind, value)) in requirement_items(r).iter().enumerate() {
        requirement.execute(params![record_id, i as i64, kind.name(), value])?;
    }
    Ok(())
}

/// Writes a record's label/value fields to `fields`, with their lines.
fn insert_fields(c: &Connection, record_id: i64, r: &Record) -> Result<(), DbError> {
    let mut field = c.prepare_cached(
        "INSERT INTO fields (record_id, item_index, label, value, line) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (i, f) in r.fields.iter().enumerate() {
        field.execute(params![
            record_id,
            i as i64,
            f.label,
            f.value,
            f.line as i64
        ])?;
    }
    Ok(())
}

/// Writes a record's dropped lines to `dropped`, with the reason for each.
fn insert_dropped(c: &Connection, record_id: i64, r: &Record) -> Result<(), DbError> {
    let mut dropped = c.prepare_cached(
        "INSERT INTO dropped (record_id, item_index, line, text, reason) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (i, d) in r.dropped.iter().enumerate() {
        dropped.execute(params![
            record_id,
            i as i64,
            d.line as i64,
            d.text,
            d.reason.as_str()
        ])?;
    }
    Ok(())
}
