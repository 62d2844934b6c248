//! The SQLite store at the library level: schema, every corpus record stored,
//! skipping unchanged documents, pruning, failures, interruption and migration.

use std::path::PathBuf;

use jdparse::emit::sqlite::{
    Config, Counters, DbError, Document, SCHEMA_VERSION, Store, content_hash,
};
use jdparse::{Options, Record};
use rusqlite::Connection;

use crate::util::{corpus_files, corpus_name, temp_dir};

fn db_path(name: &str) -> PathBuf {
    temp_dir(name).join("records.sqlite")
}

/// Stores every corpus document; returns the total number of records.
fn store_corpus(store: &mut Store) -> usize {
    let mut total = 0;
    for path in corpus_files() {
        let name = corpus_name(&path);
        let bytes = std::fs::read(&path).unwrap();
        let hash = content_hash(&bytes);
        if store.should_skip(&name, &hash).unwrap() {
            continue;
        }
        let options = Options {
            path: Some(name.clone()),
            ..Options::default()
        };
        let parsed = jdparse::parse(&bytes, &options).unwrap();
        total += parsed.records.len();
        let doc = Document::parsed(&name, &hash, bytes.len() as u64, &parsed);
        store.put(&doc, &parsed.records).unwrap();
    }
    total
}

pub fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |row| row.get(0)).unwrap()
}

/// Asserts that the database is intact and every document in it whole: as many
/// record rows as its `record_count` says.
pub fn assert_whole(conn: &Connection) {
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    assert_eq!(
        count(
            conn,
            "SELECT count(*) FROM documents d WHERE record_count != \
             (SELECT count(*) FROM records r WHERE r.document_id = d.id)"
        ),
        0,
        "every document should have all its records"
    );
}

fn corpus_records() -> Vec<Record> {
    corpus_files()
        .iter()
        .flat_map(|path| {
            let bytes = std::fs::read(path).unwrap();
            jdparse::parse(&bytes, &Options::default()).unwrap().records
        })
        .collect()
}

#[test]
fn should_store_every_corpus_record_with_its_child_rows() {
    let path = db_path("sqlite-corpus");
    let mut store = Store::open(&path, Config::default()).unwrap();
    let total = store_corpus(&mut store);
    let counters = store.finish().unwrap();
    assert_eq!(counters.records, total);
    assert_eq!(counters.stored, corpus_files().len());

    let conn = Connection::open(&path).unwrap();
    let all = corpus_records();
    assert_eq!(count(&conn, "SELECT count(*) FROM records"), total as i64);
    assert_eq!(
        count(&conn, "SELECT count(*) FROM documents"),
        corpus_files().len() as i64
    );
    let duties: usize = all.iter().map(|r| r.responsibilities.len()).sum();
    let fields: usize = all.iter().map(|r| r.fields.len()).sum();
    let dropped: usize = all.iter().map(|r| r.dropped.len()).sum();
    let requirements: usize = all
        .iter()
        .map(|r| jdparse::emit::requirement_items(r).len())
        .sum();
    assert_eq!(
        count(&conn, "SELECT count(*) FROM responsibilities"),
        duties as i64
    );
    assert_eq!(count(&conn, "SELECT count(*) FROM fields"), fields as i64);
    assert_eq!(count(&conn, "SELECT count(*) FROM dropped"), dropped as i64);
    assert_eq!(
        count(&conn, "SELECT count(*) FROM requirements"),
        requirements as i64
    );
    assert_eq!(
        count(&conn, "PRAGMA user_version"),
        SCHEMA_VERSION,
        "should record the schema version"
    );
    // The record JSON is the record itself.
    let json: String = conn
        .query_row(
            "SELECT r.json FROM records r JOIN documents d ON d.id = r.document_id \
             WHERE d.path = 'postings/full_posting.txt'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    let record: Record = serde_json::from_str(&json).unwrap();
    assert_eq!(
        record.position.organization.as_deref(),
        Some("示例物业服务有限公司")
    );
    let (org, currency, kind): (String, String, String) = conn
        .query_row(
            "SELECT organization, salary_currency, employment_type FROM records \
             WHERE organization IS NOT NULL AND salary_currency = 'HKD'",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (org.as_str(), currency.as_str(), kind.as_str()),
        ("示例物業管理有限公司", "HKD", "full_time")
    );
}

#[test]
fn should_skip_unchanged_documents_and_parse_changed_ones() {
    let path = db_path("sqlite-skip");
    let mut store = Store::open(&path, Config::default()).unwrap();
    store_corpus(&mut store);
    store.finish().unwrap();

    let mut store = Store::open(&path, Config::default()).unwrap();
    assert_eq!(
        store_corpus(&mut store),
        0,
        "should parse nothing unchanged"
    );
    let counters = store.finish().unwrap();
    assert_eq!(counters.skipped, corpus_files().len());
    assert_eq!(counters.stored, 0);

    let name = corpus_name(&corpus_files()[0]);
    let mut store = Store::open(&path, Config::default()).unwrap();
    assert!(
        !store.should_skip(&name, &content_hash(b"changed")).unwrap(),
        "should parse a document whose content changed"
    );
    let bytes = std::fs::read(&corpus_files()[0]).unwrap();
    let hash = content_hash(&bytes);
    drop(store);
    for config in [
        Config {
            parser_version: "0.0.0-other".into(),
            ..Config::default()
        },
        Config {
            settings: "encoding=big5".into(),
            ..Config::default()
        },
        Config {
            reparse: true,
            ..Config::default()
        },
    ] {
        let mut store = Store::open(&path, config.clone()).unwrap();
        assert!(
            !store.should_skip(&name, &hash).unwrap(),
            "should parse again under {config:?}"
        );
    }
}

#[test]
fn should_replace_a_document_and_its_rows_when_it_is_stored_again() {
    let path = db_path("sqlite-replace");
    let mut store = Store::open(&path, Config::default()).unwrap();
    store_corpus(&mut store);
    store.finish().unwrap();
    let mut store = Store::open(
        &path,
        Config {
            reparse: true,
            ..Config::default()
        },
    )
    .unwrap();
    store_corpus(&mut store);
    store.finish().unwrap();
    let conn = Connection::open(&path).unwrap();
    assert_eq!(
        count(&conn, "SELECT count(*) FROM records"),
        corpus_records().len() as i64,
        "should hold each record once"
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM responsibilities WHERE record_id NOT IN (SELECT id FROM records)"
        ),
        0,
        "should leave no orphan rows"
    );
}

#[test]
fn should_prune_documents_gone_from_the_inputs() {
    let path = db_path("sqlite-prune");
    let mut store = Store::open(&path, Config::default()).unwrap();
    store_corpus(&mut store);
    store
        .put(
            &Document::failed("gone/old.txt", None, None, "no such file or directory"),
            &[],
        )
        .unwrap();
    store.finish().unwrap();

    let mut store = Store::open(&path, Config::default()).unwrap();
    store_corpus(&mut store);
    assert_eq!(
        store.prune().unwrap(),
        1,
        "should remove the one unseen document"
    );
    let counters = store.finish().unwrap();
    assert_eq!(counters.pruned, 1);
    let conn = Connection::open(&path).unwrap();
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM documents WHERE path = 'gone/old.txt'"
        ),
        0
    );
    assert_eq!(
        count(&conn, "SELECT count(*) FROM documents"),
        corpus_files().len() as i64,
        "should keep the skipped documents"
    );
}

#[test]
fn should_store_failures_and_never_skip_them() {
    let path = db_path("sqlite-failure");
    let mut store = Store::open(&path, Config::default()).unwrap();
    let hash = content_hash(b"%PDF-1.4");
    store
        .put(
            &Document::failed("scan.pdf", Some(&hash), Some(8), "a PDF is not supported"),
            &[],
        )
        .unwrap();
    let counters = store.finish().unwrap();
    assert_eq!(
        counters,
        Counters {
            stored: 1,
            failed: 1,
            ..Counters::default()
        }
    );
    let conn = Connection::open(&path).unwrap();
    let (status, error): (String, String) = conn
        .query_row(
            "SELECT status, error FROM documents WHERE path = 'scan.pdf'",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        (status.as_str(), error.as_str()),
        ("failed", "a PDF is not supported")
    );
    let mut store = Store::open(&path, Config::default()).unwrap();
    assert!(
        !store.should_skip("scan.pdf", &hash).unwrap(),
        "a failed document should be tried again"
    );
}

#[test]
fn should_keep_whole_documents_when_a_run_stops_mid_chunk() {
    let path = db_path("sqlite-interrupted");
    let mut store = Store::open(
        &path,
        Config {
            chunk: 4,
            ..Config::default()
        },
    )
    .unwrap();
    let files = corpus_files();
    for path in files.iter().take(6) {
        let bytes = std::fs::read(path).unwrap();
        let parsed = jdparse::parse(&bytes, &Options::default()).unwrap();
        let doc = Document::parsed(
            &corpus_name(path),
            &content_hash(&bytes),
            bytes.len() as u64,
            &parsed,
        );
        store.put(&doc, &parsed.records).unwrap();
    }
    // As if the process died: the connection is never closed, its open chunk never
    // committed.
    std::mem::forget(store);
    let conn = Connection::open(&path).unwrap();
    assert_eq!(
        count(&conn, "SELECT count(*) FROM documents"),
        4,
        "should hold the committed chunk only"
    );
    assert_whole(&conn);
}

#[test]
fn should_refuse_a_database_from_a_newer_version() {
    let path = db_path("sqlite-newer");
    Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    match Store::open(&path, Config::default()) {
        Err(DbError::Newer { found }) => assert_eq!(found, SCHEMA_VERSION + 1),
        Err(e) => panic!("unexpected error {e}"),
        Ok(_) => panic!("should refuse a newer schema"),
    }
}

#[test]
fn should_hash_content_as_32_hex_digits() {
    let hash = content_hash("保安员岗位说明书".as_bytes());
    assert_eq!(hash.len(), 32);
    assert!(hash.chars().all(|c| c.is_ascii_hexdigit()));
    assert_ne!(hash, content_hash(b""));
}
