//! Quantified thresholds: `95%以上` → (95, "%", ">="), `少于20分` → (20, "分", "<"),
//! `不超过预算的5%` → (5, "%", "<="). Numbers without a comparator (`每月5日前`)
//! are not targets, except percentages, which are thresholds by nature (`=`).

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon;
use crate::model::Target;

static TARGET: LazyLock<Regex> = LazyLock::new(|| {
    let pre = lexicon::alternation_of(lexicon::TARGET_PREFIXES);
    let unit = lexicon::alternation(lexicon::TARGET_UNITS);
    let suf = lexicon::alternation_of(lexicon::TARGET_SUFFIXES);
    Regex::new(&format!(
        r"(?:(?P<pre>{pre})[^\d,;。、!?]{{0,6}}?)?(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>{unit})?\s*(?P<suf>{suf})?"
    ))
    .expect("target pattern")
});

/// The targets in a folded text, in order.
pub fn targets(view: &str) -> Vec<Target> {
    let mut out = Vec::new();
    for caps in TARGET.captures_iter(view) {
        let Ok(value) = caps["num"].parse::<f64>() else {
            continue;
        };
        let unit = caps.name("unit").map(|m| m.as_str().to_string());
        let pre = caps.name("pre").map(|m| m.as_str());
        let suf = caps.name("suf").map(|m| m.as_str());
        // A digit right after the number's unit means a date or a code (`5日前`, `2024年`).
        let after = &view[caps.get(0).expect("group 0").end()..];
        if after.starts_with(['年', '月', '日', '号']) && unit.is_none() {
            continue;
        }
        // A comparator after the number wins; percentages are thresholds by nature.
        let op = suf
            .and_then(|s| lexicon::meaning(lexicon::TARGET_SUFFIXES, s))
            .or_else(|| {
                pre.and_then(|p| lexicon::meaning(lexicon::TARGET_PREFIXES, p))
                    .flatten()
            })
            .or_else(|| (unit.as_deref() == Some("%")).then_some("="));
        let Some(op) = op else {
            continue;
        };
        out.push(Target {
            value,
            unit,
            op: op.to_string(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    type Want<'a> = &'a [(f64, Option<&'a str>, &'a str)];

    #[test]
    fn should_find_targets_with_their_comparators() {
        let cases: &[(&str, Want)] = &[
            (
                "确保每月客户助理负责所属区域的物业管理费收费率达95%以上。",
                &[(95.0, Some("%"), ">=")],
            ),
            ("季度绩效扣分少于20分", &[(20.0, Some("分"), "<")]),
            (
                "确保员工每月的绩效考核平均分75分以上。",
                &[(75.0, Some("分"), ">=")],
            ),
            ("≥90%", &[(90.0, Some("%"), ">=")]),
            ("每月材料损耗不超过预算的5%。", &[(5.0, Some("%"), "<=")]),
            ("返修率低于2%", &[(2.0, Some("%"), "<")]),
            (
                "报修及时处理率98%以上,返修率低于2%",
                &[(98.0, Some("%"), ">="), (2.0, Some("%"), "<")],
            ),
            ("每月5日前统计欠管理费总表,并跟进25号、10号前的情况", &[]),
            ("2024年完成", &[]),
            ("制度100%健全", &[(100.0, Some("%"), "=")]),
            ("投诉处理及时率≥95%", &[(95.0, Some("%"), ">=")]),
        ];
        for (input, want) in cases {
            let got: Vec<_> = targets(&fold(input))
                .into_iter()
                .map(|t| (t.value, t.unit, t.op))
                .collect();
            let want: Vec<_> = want
                .iter()
                .map(|(v, u, o)| (*v, u.map(str::to_string), o.to_string()))
                .collect();
            assert_eq!(got, want, "{input}");
        }
    }
}
