//! The corpus: every document snapshotted, every record valid against the
//! schema, and nothing lost.

use std::path::Path;

use jdparse::{Options, Record};

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
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    for path in corpus_files() {
        for record in parse(&path) {
            let value = serde_json::to_value(&record).expect("serializes");
            let errors: Vec<String> = validator
                .iter_errors(&value)
                .map(|e| e.to_string())
                .collect();
            assert!(errors.is_empty(), "{}: {errors:?}", corpus_name(&path));
        }
    }
}

/// Letters and digits only, folded: what the nothing-lost rule compares.
fn skeleton(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .map(jdparse::normalize::fold_char)
        .collect()
}

#[test]
fn should_lose_no_line_of_any_corpus_document() {
    for path in corpus_files() {
        let records = parse(&path);
        let bytes = std::fs::read(&path).expect("corpus file");
        let text = jdparse::text(&bytes, &Options::default())
            .expect("decodes")
            .text;
        // Everything a record keeps, in order, as one skeleton.
        let mut kept = String::new();
        for r in &records {
            kept.push_str(&skeleton(r.title.as_deref().unwrap_or("")));
            for s in &r.sections {
                kept.push_str(&skeleton(s.heading.as_deref().unwrap_or("")));
                kept.push_str(&skeleton(&s.text));
            }
            for d in &r.dropped {
                kept.push_str(&skeleton(&d.text));
            }
        }
        for line in jdparse::normalize::lines(&text) {
            let s = skeleton(&line.text);
            assert!(
                kept.contains(&s),
                "{}:{}: `{}` is lost",
                corpus_name(&path),
                line.no,
                line.text
            );
        }
    }
}
