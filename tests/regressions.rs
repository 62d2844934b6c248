//! Inputs the fuzzer once crashed on (`tests/regressions/`): each must parse and
//! uphold every invariant.

use jdparse::Options;

use crate::util::root;

#[test]
fn should_parse_every_former_fuzz_crash() {
    let dir = root().join("tests/regressions");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let options = Options::default();
        if let Ok(parsed) = jdparse::parse(&bytes, &options) {
            jdparse::check::invariants(&bytes, &options, &parsed)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
        seen += 1;
    }
    assert!(seen > 0, "the regression inputs are there");
}

fn record(text: &str) -> jdparse::Record {
    let parsed = jdparse::parse(text.as_bytes(), &Options::default()).expect("parses");
    parsed.records.into_iter().next().expect("one record")
}

#[test]
fn should_use_a_value_under_a_bare_label_once() {
    // A label alone on its line takes the next line as its value; that line is
    // then the field's value only, not also a benefit or an objective.
    let r = record("保安员岗位说明书\n岗位名称:保安员\n福利待遇\n员工待遇\n五险一金\n");
    assert_eq!(r.benefits, vec!["五险一金"]);
    let r = record("保安员岗位说明书\n岗位名称:保安员\n工作目标及衡量标准\n目标\n全年无事故\n");
    assert_eq!(r.objectives.len(), 1);
    assert_eq!(r.objectives[0].goal.as_deref(), Some("全年无事故"));
}

#[test]
fn should_read_an_overlong_chinese_numeral_marker_without_overflow() {
    // The test profile checks arithmetic overflow: this once panicked there.
    let r = record(
        "保安员岗位说明书\n岗位职责\n(九九九九九九九九九九九)负责巡逻\n(一百二十)负责登记\n",
    );
    assert_eq!(r.responsibilities.len(), 2);
    assert_eq!(
        r.responsibilities[0].description.as_deref(),
        Some("负责巡逻")
    );
}
