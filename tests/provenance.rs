//! Provenance over the corpus: every entry points at a value of the record and at
//! lines that hold it, and every typed value has an entry.

use std::collections::BTreeMap;

use jdparse::{Options, Record};
use serde_json::Value;

use crate::util::{corpus_files, corpus_name};

/// The top-level keys whose values are typed values read from the text.
const TYPED: &[&str] = &[
    "title",
    "position",
    "summary",
    "reporting",
    "collaboration",
    "responsibilities",
    "qualifications",
    "objectives",
    "pitfalls",
    "authority",
    "conditions",
    "career",
    "benefits",
    "signoff",
];

/// Values the parser names rather than copies (codes, levels, normalized dates):
/// their text is not in the input.
fn is_derived(pointer: &str, value: &str) -> bool {
    let last = pointer.rsplit('/').next().unwrap_or_default();
    let iso_date = value.len() == 10 && value.as_bytes()[4] == b'-' && value.as_bytes()[7] == b'-';
    matches!(last, "employment_type" | "currency" | "period" | "level")
        || pointer.contains("/targets/")
        || (matches!(last, "posted_on" | "valid_through") && iso_date)
}

/// The characters compared: no whitespace or invisible characters, full-width
/// ASCII as ASCII (values are written half-width).
fn chars(text: &str) -> Vec<char> {
    text.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !c.is_control()
                && !matches!(
                    c,
                    '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}'
                )
        })
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// Is `value` the concatenation of one non-empty run of characters taken from
/// each line in turn (one contiguous piece of each line)?
fn spread_over(value: &[char], lines: &[Vec<char>]) -> bool {
    // `ends[k]`: how many leading characters of `value` the first `k` lines can make.
    let mut ends = vec![0usize];
    for line in lines {
        let mut next = Vec::new();
        for &start in &ends {
            // Every prefix of the longest piece the line holds is a piece too.
            let longest = longest_prefix_in(line, &value[start..]);
            next.extend(start + 1..=start + longest);
        }
        next.sort_unstable();
        next.dedup();
        ends = next;
    }
    ends.contains(&value.len())
}

/// The length of the longest prefix of `value` that occurs in `line`.
fn longest_prefix_in(line: &[char], value: &[char]) -> usize {
    (0..line.len())
        .map(|at| {
            line[at..]
                .iter()
                .zip(value)
                .take_while(|(a, b)| a == b)
                .count()
        })
        .max()
        .unwrap_or(0)
}

/// Every non-null leaf below `pointer`, with its pointer.
fn leaves(pointer: String, value: &Value, out: &mut Vec<(String, Value)>) {
    match value {
        Value::Null => {}
        Value::Object(map) => {
            for (k, v) in map {
                leaves(format!("{pointer}/{k}"), v, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                leaves(format!("{pointer}/{i}"), v, out);
            }
        }
        _ => out.push((pointer, value.clone())),
    }
}

/// What is wrong with one record's provenance, given the decoded text.
fn problems(record: &Record, text: &[&str]) -> Vec<String> {
    let json = serde_json::to_value(record).expect("serializes");
    let prov = &record.provenance;
    let mut out = Vec::new();
    for (pointer, lines) in prov {
        let top = pointer.split('/').nth(1).unwrap_or_default();
        let [first, last] = record.source.lines;
        if !TYPED.contains(&top)
            || lines.is_empty()
            || !lines.windows(2).all(|w| w[0] < w[1])
            || lines.iter().any(|l| !(first..=last).contains(l))
        {
            out.push(format!("{pointer}: {lines:?} is no entry of a typed value"));
            continue;
        }
        match json.pointer(pointer) {
            None | Some(Value::Null) => out.push(format!("{pointer}: no value")),
            Some(Value::String(s)) if !s.is_empty() && !is_derived(pointer, s) => {
                let held: Vec<Vec<char>> = lines.iter().map(|&l| chars(text[l - 1])).collect();
                if !spread_over(&chars(s), &held) {
                    out.push(format!("{pointer}: {s:?} is not in lines {lines:?}"));
                }
            }
            Some(Value::Object(_)) => {
                // A whole is the union of its parts.
                let below = format!("{pointer}/");
                let mut union: Vec<usize> = (prov.range(below.clone()..))
                    .take_while(|(k, _)| k.starts_with(&below))
                    .flat_map(|(_, v)| v.iter().copied())
                    .collect();
                union.sort_unstable();
                union.dedup();
                if &union != lines {
                    out.push(format!("{pointer}: {lines:?}, its parts {union:?}"));
                }
            }
            _ => {}
        }
    }
    let mut all = Vec::new();
    for key in TYPED {
        leaves(format!("/{key}"), &json[*key], &mut all);
    }
    for (pointer, value) in all {
        if !prov.contains_key(&pointer) {
            out.push(format!("{pointer}: {value} has no provenance"));
        }
    }
    out
}

fn parse(path: &std::path::Path) -> (Vec<Record>, String) {
    let bytes = std::fs::read(path).expect("corpus file");
    let options = Options {
        keep_text: true,
        ..Options::default()
    };
    let parsed = jdparse::parse(&bytes, &options).expect("corpus files parse");
    (parsed.records, parsed.text.expect("kept"))
}

#[test]
fn should_point_every_typed_value_at_the_lines_that_hold_it() {
    let mut failures: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut entries = 0;
    for path in corpus_files() {
        let (records, text) = parse(&path);
        let lines: Vec<&str> = text.split('\n').collect();
        for (i, record) in records.iter().enumerate() {
            entries += record.provenance.len();
            let found = problems(record, &lines);
            if !found.is_empty() {
                failures.insert(format!("{} #{i}", corpus_name(&path)), found);
            }
        }
    }
    assert!(
        entries > 1000,
        "the corpus should give provenance ({entries})"
    );
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn should_tell_a_value_spread_over_lines_from_one_that_is_not() {
    let lines = |ls: &[&str]| ls.iter().map(|l| chars(l)).collect::<Vec<_>>();
    let value = chars("负责接待\n做好登记");
    assert!(spread_over(&value, &lines(&["1、负责接待", "做好登记。"])));
    assert!(!spread_over(&value, &lines(&["做好登记。", "1、负责接待"])));
    assert!(!spread_over(
        &value,
        &lines(&["1、负责接待", "做好登记", "其他"])
    ));
    assert!(!spread_over(&value, &lines(&["1、负责接待"])));
    assert!(spread_over(
        &chars("GC-02"),
        &lines(&["职位编号:ＧＣ-０２"])
    ));
}

#[test]
fn should_point_every_typed_value_of_the_specification_cases_at_its_lines() {
    let cases: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(crate::util::root().join("spec/cases.json")).expect("cases"),
    )
    .expect("spec/cases.json is JSON");
    let mut failures: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for case in &cases {
        let input = case["input"].as_str().expect("an input");
        let options = Options {
            keep_text: true,
            ..Options::default()
        };
        let parsed = jdparse::parse(input.as_bytes(), &options).expect("parses");
        let text = parsed.text.as_deref().expect("kept");
        let lines: Vec<&str> = text.split('\n').collect();
        for (i, record) in parsed.records.iter().enumerate() {
            let found = problems(record, &lines);
            if !found.is_empty() {
                failures.insert(format!("{} #{i}", case["id"]), found);
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn should_give_a_value_written_over_several_lines_each_of_them() {
    let text = "客服主管岗位说明书\n职位名称:客服主管\n工作概述\n负责客服中心的日常管理,\n\
                保证服务质量。\n岗位职责\n1、负责报修登记;\n2、\n负责档案整理。\n工作目标及衡量标准\n\
                工作目标:业主满意度达到95%以上\n衡量标准:每季度调查\n一次\n";
    let parsed = jdparse::parse(text.as_bytes(), &Options::default()).expect("parses");
    let record = &parsed.records[0];
    let lines: Vec<&str> = text.split('\n').collect();
    assert_eq!(problems(record, &lines), Vec::<String>::new());
    let at = |pointer: &str| record.provenance.get(pointer).cloned();
    assert_eq!(at("/position/title"), Some(vec![2]));
    assert_eq!(at("/summary"), Some(vec![4, 5]));
    assert_eq!(at("/responsibilities/1/description"), Some(vec![9]));
    assert_eq!(at("/objectives/0/measure"), Some(vec![12, 13]));
    assert_eq!(at("/objectives/0"), Some(vec![11, 12, 13]));
    assert_eq!(at("/objectives/0/targets/0/value"), Some(vec![11]));
}
