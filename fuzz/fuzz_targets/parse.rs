//! Fuzz the library entry: no panic, every record valid against the schema,
//! line numbers within the input, nothing lost (`jdparse::check::invariants`).
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

static VALIDATOR: LazyLock<jsonschema::Validator> =
    LazyLock::new(|| jsonschema::validator_for(&jdparse::model::schema()).expect("schema compiles"));

fuzz_target!(|data: &[u8]| {
    let options = jdparse::Options::default();
    let Ok(parsed) = jdparse::parse(data, &options) else { return };
    if let Err(broken) = jdparse::check::invariants(data, &options, &parsed) {
        panic!("invariant broken: {broken}");
    }
    for record in &parsed.records {
        let value = serde_json::to_value(record).expect("serializes");
        if let Some(e) = VALIDATOR.iter_errors(&value).next() {
            panic!("record does not validate: {e}");
        }
    }
});
