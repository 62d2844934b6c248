//! The corpus: every document snapshotted, every record valid against the
//! schema, and nothing lost.

use std::path::Path;

use jdparse::{Options, Record};

use crate::schema_check;
use crate::util::{corpus_files, corpus_name};

fn parse(path: &Path) -> Vec<Record> {
    let bytes = std::fs::read(path).expect("corpus file");
    let options = Options {
        path: Some(corpus_name(path)),
        ..Options::default()
    };
    jdparse::parse(&bytes, &options)
        .expect("corpus files parse")
        .records
}

#[test]
fn corpus() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_sort_maps(true);
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        insta::glob!("../corpus", "**/*.*", |path| {
            insta::assert_json_snapshot!(parse(path));
        });
    });
}

#[test]
fn should_yield_at_least_one_record_per_corpus_document() {
    for path in corpus_files() {
        assert!(
            !parse(&path).is_empty(),
            "{} should give a record",
            corpus_name(&path)
        );
    }
}

#[test]
fn should_validate_every_record_against_the_schema() {
    let schema = jdparse::model::schema();
    for path in corpus_files() {
        for record in parse(&path) {
            let value = serde_json::to_value(&record).expect("serializes");
            let errors = schema_check::errors(&schema, &value);
            assert!(errors.is_empty(), "{}: {errors:?}", corpus_name(&path));
        }
    }
}

#[test]
fn should_lose_no_line_of_any_corpus_document() {
    // jdparse::check holds the rule (every non-blank line is in a title, a section
    // or `dropped`), with the line-number bounds; the fuzz target runs it too.
    for path in corpus_files() {
        let bytes = std::fs::read(&path).expect("corpus file");
        let options = Options::default();
        let parsed = jdparse::parse(&bytes, &options).expect("corpus files parse");
        assert!(!parsed.records.is_empty());
        if let Err(broken) = jdparse::check::invariants(&bytes, &options, &parsed) {
            panic!("{}: {broken}", corpus_name(&path));
        }
    }
}
