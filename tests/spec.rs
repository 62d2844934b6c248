//! Specification cases (`spec/cases.json`): small inputs, one or more per layout
//! the README lists, each with the values its first record must hold, by JSON
//! pointer. `#records` is the number of records; `POINTER#len` the length of a list.

use serde_json::Value;

use crate::util::root;

#[test]
fn should_hold_every_specification_case() {
    let cases: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(root().join("spec/cases.json")).expect("spec/cases.json"),
    )
    .expect("spec/cases.json is JSON");
    assert!(cases.len() >= 10, "a case per layout");
    let mut failures = Vec::new();
    for case in &cases {
        let id = case["id"].as_str().expect("an id");
        let input = case["input"].as_str().expect("an input");
        let parsed = jdparse::parse(input.as_bytes(), &jdparse::Options::default())
            .unwrap_or_else(|e| panic!("{id}: {e}"));
        let records: Vec<Value> = parsed
            .records
            .iter()
            .map(|r| serde_json::to_value(r).expect("serializes"))
            .collect();
        for (pointer, want) in case["expect"].as_object().expect("expectations") {
            let got = if pointer == "#records" {
                Value::from(records.len())
            } else if let Some(list) = pointer.strip_suffix("#len") {
                records
                    .first()
                    .and_then(|r| r.pointer(list))
                    .and_then(Value::as_array)
                    .map_or(Value::Null, |a| Value::from(a.len()))
            } else {
                records
                    .first()
                    .and_then(|r| r.pointer(pointer))
                    .cloned()
                    .unwrap_or(Value::Null)
            };
            let same = match (&got, want) {
                (Value::Number(a), Value::Number(b)) => a.as_f64() == b.as_f64(),
                _ => &got == want,
            };
            if !same {
                failures.push(format!("{id} {pointer}: want {want}, got {got}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
