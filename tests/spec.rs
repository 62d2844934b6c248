//! Specification cases (`spec/cases.json`): small inputs, one or more per layout
//! the README lists, each with the values its first record must hold, by JSON
//! pointer. `#records` is the number of records; `POINTER#len` the length of a list;
//! `#absent` lists strings no kept value holds (what `dropped`, `diagnostics` and
//! `source` record is not kept).

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
            if pointer == "#absent" {
                let first = records.first().unwrap_or(&Value::Null);
                for needle in want.as_array().expect("#absent lists strings") {
                    let needle = needle.as_str().expect("a string");
                    if let Some(at) = kept_string_with(first, "", needle) {
                        failures.push(format!("{id} #absent {needle}: kept at {at}"));
                    }
                }
                continue;
            }
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

/// The pointer of a kept string of `value` that holds `needle`, if any.
fn kept_string_with(value: &Value, at: &str, needle: &str) -> Option<String> {
    match value {
        Value::String(s) => s.contains(needle).then(|| at.to_string()),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, v)| kept_string_with(v, &format!("{at}/{i}"), needle)),
        Value::Object(map) => map
            .iter()
            .filter(|(k, _)| {
                !(at.is_empty() && matches!(k.as_str(), "dropped" | "diagnostics" | "source"))
            })
            .find_map(|(k, v)| kept_string_with(v, &format!("{at}/{k}"), needle)),
        _ => None,
    }
}
