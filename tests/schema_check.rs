//! A checker for the part of JSON Schema (draft 2020-12) that `jdparse schema` emits:
//! what the corpus and property tests hold every record to.
//!
//! It stands in for a general validator crate, whose build was the largest single
//! cost of a cold `cargo test` (issue #13). It knows the keywords schemars writes for
//! the record types — `type`, `properties`, `required`, `additionalProperties`,
//! `items`, `minItems`, `maxItems`, `minimum`, `maximum`, `const`, `enum`, `anyOf`,
//! `oneOf` and `$ref` into `$defs` — and panics on any other, so a schema that grows a
//! keyword cannot pass unchecked. `format` is an annotation in draft 2020-12 (a
//! validator asserts it only when asked), so it is not checked here either.

use serde_json::{Map, Value};

/// Keywords that describe and do not constrain.
const ANNOTATIONS: &[&str] = &[
    "$schema",
    "$defs",
    "title",
    "description",
    "format",
    "default",
    "examples",
];

/// What is wrong with `value` against `schema` (the root schema, which holds
/// `$defs`), one message per fault, each starting with the JSON pointer of the value
/// at fault; empty when `value` is valid.
pub fn errors(schema: &Value, value: &Value) -> Vec<String> {
    let mut out = Vec::new();
    check(schema, schema, value, "", &mut out);
    out
}

fn check(root: &Value, schema: &Value, value: &Value, at: &str, out: &mut Vec<String>) {
    let schema = match schema {
        Value::Bool(true) => return,
        Value::Bool(false) => return out.push(format!("{}: no value is allowed here", show(at))),
        Value::Object(schema) => schema,
        other => panic!("a schema is an object or a boolean, not {other}"),
    };
    for (keyword, arg) in schema {
        match keyword.as_str() {
            "type" => {
                let allowed: Vec<&str> = match arg {
                    Value::String(one) => vec![one],
                    Value::Array(many) => many
                        .iter()
                        .map(|t| t.as_str().expect("type name"))
                        .collect(),
                    other => panic!("`type` is a name or a list of names, not {other}"),
                };
                if !allowed.iter().any(|t| has_type(value, t)) {
                    out.push(format!("{}: {value} is not of type {arg}", show(at)));
                }
            }
            "properties" => {
                let Value::Object(object) = value else {
                    continue;
                };
                for (name, sub) in arg.as_object().expect("`properties` is an object") {
                    if let Some(v) = object.get(name) {
                        check(root, sub, v, &pointer(at, name), out);
                    }
                }
            }
            "required" => {
                let Value::Object(object) = value else {
                    continue;
                };
                for name in arg.as_array().expect("`required` is a list") {
                    let name = name.as_str().expect("`required` lists names");
                    if !object.contains_key(name) {
                        out.push(format!("{}: the property {name:?} is missing", show(at)));
                    }
                }
            }
            "additionalProperties" => {
                let Value::Object(object) = value else {
                    continue;
                };
                let listed = schema.get("properties").and_then(Value::as_object);
                for (name, v) in object {
                    if !listed.is_some_and(|l| l.contains_key(name)) {
                        check(root, arg, v, &pointer(at, name), out);
                    }
                }
            }
            "items" => {
                let Value::Array(items) = value else { continue };
                for (i, v) in items.iter().enumerate() {
                    check(root, arg, v, &pointer(at, &i.to_string()), out);
                }
            }
            "minItems" | "maxItems" => {
                let Value::Array(items) = value else { continue };
                let bound = arg.as_u64().expect("an item count") as usize;
                let fits = if keyword == "minItems" {
                    items.len() >= bound
                } else {
                    items.len() <= bound
                };
                if !fits {
                    out.push(format!(
                        "{}: {} items break {keyword} {bound}",
                        show(at),
                        items.len()
                    ));
                }
            }
            "minimum" | "maximum" => {
                let Some(n) = value.as_f64() else { continue };
                let bound = arg.as_f64().expect("a numeric bound");
                let fits = if keyword == "minimum" {
                    n >= bound
                } else {
                    n <= bound
                };
                if !fits {
                    out.push(format!("{}: {value} breaks {keyword} {bound}", show(at)));
                }
            }
            "const" => {
                if !same(value, arg) {
                    out.push(format!("{}: {value} is not {arg}", show(at)));
                }
            }
            "enum" => {
                let choices = arg.as_array().expect("`enum` is a list");
                if !choices.iter().any(|c| same(value, c)) {
                    out.push(format!("{}: {value} is not one of {arg}", show(at)));
                }
            }
            "anyOf" | "oneOf" => {
                let branches = arg.as_array().expect("a list of schemas");
                let matched = branches
                    .iter()
                    .filter(|b| {
                        let mut faults = Vec::new();
                        check(root, b, value, at, &mut faults);
                        faults.is_empty()
                    })
                    .count();
                if matched == 0 || (keyword == "oneOf" && matched > 1) {
                    out.push(format!(
                        "{}: {value} matches {matched} of the {} schemas of {keyword}",
                        show(at),
                        branches.len()
                    ));
                }
            }
            "$ref" => {
                let target = arg.as_str().expect("`$ref` is a string");
                check(root, resolve(root, target), value, at, out);
            }
            known if ANNOTATIONS.contains(&known) => {}
            unknown => {
                panic!("the schema uses `{unknown}`, which tests/schema_check.rs does not check")
            }
        }
    }
}

/// Whether `value` is of the JSON Schema type `name`; an integer is any number
/// without a fractional part, as the specification says (`1.0` is one).
fn has_type(value: &Value, name: &str) -> bool {
    match name {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "string" => value.is_string(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        "number" => value.is_number(),
        "integer" => {
            value.is_i64() || value.is_u64() || value.as_f64().is_some_and(|f| f.fract() == 0.0)
        }
        other => panic!("`{other}` is not a JSON Schema type"),
    }
}

/// JSON equality, under which numbers are equal by value (`1` and `1.0`).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y || x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (Value::Object(x), Value::Object(y)) => same_members(x, y),
        _ => a == b,
    }
}

fn same_members(x: &Map<String, Value>, y: &Map<String, Value>) -> bool {
    x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
}

/// The schema a `$ref` of the form `#/$defs/Name` names; schemars writes no other.
fn resolve<'a>(root: &'a Value, target: &str) -> &'a Value {
    let name = target
        .strip_prefix("#/$defs/")
        .unwrap_or_else(|| panic!("`$ref` {target:?} is not of the form #/$defs/Name"));
    root.get("$defs")
        .and_then(|defs| defs.get(name))
        .unwrap_or_else(|| panic!("`$ref` {target:?} names no definition"))
}

/// `at` with one more JSON pointer step, escaped as RFC 6901 says.
fn pointer(at: &str, step: &str) -> String {
    format!("{at}/{}", step.replace('~', "~0").replace('/', "~1"))
}

fn show(at: &str) -> &str {
    if at.is_empty() { "(the value)" } else { at }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::errors;

    /// A schema with every keyword the checker knows.
    fn schema() -> Value {
        json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "Sample",
            "type": "object",
            "additionalProperties": false,
            "required": ["name", "tags"],
            "properties": {
                "name": {"type": "string"},
                "count": {"type": ["integer", "null"], "format": "uint32", "minimum": 0, "maximum": 9},
                "ratio": {"type": "number", "format": "double"},
                "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 2},
                "level": {"anyOf": [{"$ref": "#/$defs/Level"}, {"type": "null"}]},
                "colour": {"enum": ["red", "green"]},
                "lines": {
                    "type": "object",
                    "additionalProperties": {"type": "array", "items": {"type": "integer"}}
                }
            },
            "$defs": {
                "Level": {
                    "description": "A level.",
                    "oneOf": [
                        {"type": "string", "const": "low"},
                        {"type": "string", "const": "high"}
                    ]
                }
            }
        })
    }

    fn valid() -> Value {
        json!({
            "name": "门卫",
            "count": 3,
            "ratio": 0.5,
            "tags": ["a"],
            "level": "high",
            "colour": "red",
            "lines": {"/name": [1, 2.0]}
        })
    }

    /// The errors of `valid()` with the value at `pointer` replaced by `with`.
    fn errors_with(pointer: &str, with: Value) -> Vec<String> {
        let mut value = valid();
        *value
            .pointer_mut(pointer)
            .expect("the pointer names a value") = with;
        errors(&schema(), &value)
    }

    #[test]
    fn should_accept_a_valid_value() {
        assert_eq!(errors(&schema(), &valid()), Vec::<String>::new());
        assert!(errors_with("/count", Value::Null).is_empty());
        assert!(errors_with("/level", Value::Null).is_empty());
    }

    #[test]
    fn should_reject_a_value_of_the_wrong_type() {
        assert_eq!(
            errors_with("/name", json!(7)),
            ["/name: 7 is not of type \"string\""]
        );
        assert_eq!(errors_with("/count", json!(1.5)).len(), 1);
        assert_eq!(errors_with("/ratio", json!("0.5")).len(), 1);
        assert_eq!(errors_with("/tags/0", json!(null)).len(), 1);
        assert_eq!(errors_with("/lines/~1name/0", json!("one")).len(), 1);
        assert_eq!(errors(&schema(), &json!([])).len(), 1);
    }

    #[test]
    fn should_reject_a_missing_or_unlisted_property() {
        let mut value = valid();
        value.as_object_mut().unwrap().remove("tags");
        value
            .as_object_mut()
            .unwrap()
            .insert("extra".into(), json!(1));
        assert_eq!(
            errors(&schema(), &value),
            [
                "/extra: no value is allowed here",
                "(the value): the property \"tags\" is missing"
            ]
        );
    }

    #[test]
    fn should_reject_a_value_out_of_bounds() {
        assert_eq!(errors_with("/count", json!(-1)).len(), 1);
        assert_eq!(errors_with("/count", json!(10)).len(), 1);
        assert_eq!(errors_with("/tags", json!([])).len(), 1);
        assert_eq!(errors_with("/tags", json!(["a", "b", "c"])).len(), 1);
    }

    #[test]
    fn should_reject_a_value_outside_a_const_enum_or_one_of() {
        assert_eq!(errors_with("/colour", json!("blue")).len(), 1);
        assert_eq!(errors_with("/level", json!("middle")).len(), 1);
        assert_eq!(errors_with("/level", json!(1)).len(), 1);
    }

    #[test]
    fn should_reject_a_value_matching_two_branches_of_one_of() {
        let schema = json!({"oneOf": [{"type": "integer"}, {"minimum": 0}]});
        assert!(errors(&schema, &json!(-1)).is_empty());
        assert!(errors(&schema, &json!(0.5)).is_empty());
        assert_eq!(errors(&schema, &json!(1)).len(), 1);
    }

    #[test]
    #[should_panic(expected = "`pattern`")]
    fn should_refuse_a_keyword_it_does_not_check() {
        errors(&json!({"type": "string", "pattern": "^a"}), &json!("a"));
    }

    #[test]
    #[should_panic(expected = "names no definition")]
    fn should_refuse_a_ref_to_a_missing_definition() {
        errors(&json!({"$ref": "#/$defs/Nowhere"}), &json!("a"));
    }

    /// The real schema: a parsed record passes, and each kind of damage to it fails.
    #[test]
    fn should_reject_a_damaged_record_of_the_real_schema() {
        let schema = jdparse::model::schema();
        let text = "门卫岗位说明书\n岗位名称:门卫\n岗位职责\n1、负责来访登记;\n";
        let parsed = jdparse::parse(text.as_bytes(), &jdparse::Options::default()).unwrap();
        let record = serde_json::to_value(&parsed.records[0]).unwrap();
        assert_eq!(errors(&schema, &record), Vec::<String>::new());

        let damaged = |pointer: &str, with: Value| {
            let mut value = record.clone();
            *value.pointer_mut(pointer).expect("the record has it") = with;
            errors(&schema, &value)
        };
        assert_eq!(
            damaged("/schema_version", json!(1)),
            ["/schema_version: 1 is not of type \"string\""]
        );
        assert_eq!(damaged("/position/headcount", json!(-2)).len(), 1);
        assert_eq!(
            damaged("/position/employment_type", json!("freelance")).len(),
            1
        );
        assert_eq!(
            damaged(
                "/qualifications/education",
                json!({"raw": "本科", "or_above": "yes"})
            )
            .len(),
            1
        );
        assert_eq!(
            damaged("/responsibilities", json!([{"subitems": [], "kpi": 5}])).len(),
            1
        );
        assert_eq!(damaged("/provenance", json!({"/title": ["1"]})).len(), 1);

        let mut value = record.clone();
        value.as_object_mut().unwrap().remove("source");
        assert_eq!(errors(&schema, &value).len(), 1);
        value
            .as_object_mut()
            .unwrap()
            .insert("source".into(), record["source"].clone());
        value
            .as_object_mut()
            .unwrap()
            .insert("salary".into(), json!(null));
        assert_eq!(
            errors(&schema, &value),
            ["/salary: no value is allowed here"]
        );
    }
}
