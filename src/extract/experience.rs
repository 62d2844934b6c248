//! Years of experience (`三年以上`, `1-2年`, `一年或以上`) and age ranges (`18-40岁`).

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon;
use crate::model::{Age, Experience};
use crate::normalize::{Line, clean_value};
use crate::numbers::chinese_number;

const NUM: &str = r"(\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)";

static YEARS: LazyLock<Regex> = LazyLock::new(|| {
    let bounds = lexicon::alternation(lexicon::YEAR_BOUNDS);
    Regex::new(&format!(
        r"{NUM}\s*(?:个)?\s*(?:(?:年|年度)\s*)?(?:[-~至到]\s*{NUM}\s*)?(?:个)?\s*(?:年|年度)\s*(?:半)?\s*({bounds})?"
    ))
    .expect("years pattern")
});

/// An age: two digits, or a Chinese numeral of two or three characters (`二十`, `五十五`).
const AGE_NUM: &str = r"(\d{2}|[一二三四五六七八九十]{2,3})";

static AGE_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    let unit = lexicon::alternation(lexicon::AGE_UNITS);
    Regex::new(&format!(
        r"{AGE_NUM}\s*{unit}?\s*[-~至到]\s*{AGE_NUM}\s*{unit}?"
    ))
    .expect("age range")
});

/// An age with its bound before it (`不超过40周岁`, `年满18周岁`) or after it
/// (`35周岁以下`).
static AGE_BOUND: LazyLock<Regex> = LazyLock::new(|| {
    let unit = lexicon::alternation(lexicon::AGE_UNITS);
    let before = lexicon::alternation(&[lexicon::AGE_MIN_BEFORE, lexicon::AGE_MAX_BEFORE].concat());
    let after = lexicon::alternation(lexicon::AGE_BOUNDS);
    Regex::new(&format!(
        r"(?:({before})\s*)?{AGE_NUM}\s*{unit}\s*({after})?"
    ))
    .expect("age bound")
});

/// Experience from a clause that is known to be about experience (a field value).
pub fn from_value(value: Line<'_>) -> Option<Experience> {
    if value.is_empty() || crate::lexicon::is_none_value(value.view()) {
        return None;
    }
    Some(years(value).unwrap_or(Experience {
        raw: value.clean(),
        min_years: None,
        max_years: None,
    }))
}

/// Experience from a free line: only clauses that speak of experience count.
pub fn from_line(line: Line<'_>) -> Option<Experience> {
    for (start, end) in clauses(line.view()) {
        let clause = &line.view()[start..end];
        if !lexicon::EXPERIENCE.is_match(clause) {
            continue;
        }
        // `有一年以上驾驶经验、年龄45岁以下`: an age beside the experience, in the
        // same clause, is read apart from it.
        if clause.contains("年龄") {
            let mut at = start;
            for part in clause.split('、') {
                let range = at..at + part.len();
                at = range.end + '、'.len_utf8();
                if lexicon::EXPERIENCE.is_match(part)
                    && !part.contains("年龄")
                    && let Some(e) = years(line.sub(range))
                {
                    return Some(e);
                }
            }
            continue;
        }
        if let Some(e) = years(line.sub(start..end)) {
            return Some(e);
        }
    }
    None
}

/// `有…经验者优先` and the like: experience asked for, without a number of years.
pub fn mention(line: Line<'_>) -> Option<Experience> {
    for (start, end) in clauses(line.view()) {
        let clause = &line.view()[start..end];
        if clause.contains("经验") {
            return Some(Experience {
                raw: clean_value(line.text_of(start..end)),
                min_years: None,
                max_years: None,
            });
        }
    }
    None
}

/// Tag-line style: `广州 1-3年 大专`, where a bare `1-3年` is the experience.
pub fn from_tag(token: Line<'_>) -> Option<Experience> {
    let caps = YEARS.captures(token.view())?;
    (caps.get(0)?.len() == token.view().len())
        .then(|| years(token))
        .flatten()
}

fn years(line: Line<'_>) -> Option<Experience> {
    let view = line.view();
    for caps in YEARS.captures_iter(view) {
        let whole = caps.get(0)?;
        // `2020年`, `年龄`: a year number or an age is not experience.
        let a = chinese_number(caps.get(1)?.as_str())?;
        if a > 60.0 || view[whole.end()..].starts_with('龄') {
            continue;
        }
        let mut a = a;
        if whole.as_str().trim_end().ends_with('半') || whole.as_str().contains("年半") {
            a += 0.5;
        }
        let b = caps.get(2).and_then(|m| chinese_number(m.as_str()));
        let bound = caps.get(3).map(|m| m.as_str());
        let (min, max) = match (b, bound) {
            (Some(b), _) => (Some(a), Some(b)),
            (None, Some("以下" | "以内")) => (None, Some(a)),
            (None, _) => (Some(a), None),
        };
        return Some(Experience {
            raw: line.clean(),
            min_years: min,
            max_years: max,
        });
    }
    None
}

/// Splits a folded line into clauses at sentence punctuation.
pub fn clauses(view: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in view.char_indices() {
        if matches!(c, ',' | ';' | '。' | '!' | '?') {
            if i > start {
                out.push((start, i));
            }
            start = i + c.len_utf8();
        }
    }
    if start < view.len() {
        out.push((start, view.len()));
    }
    out
}

/// An age range from a line or value.
pub fn age(view: &str, is_age_field: bool) -> Option<Age> {
    if !is_age_field && !view.contains('岁') {
        return None;
    }
    let number = |s: &str| {
        chinese_number(s)
            .filter(|n| (14.0..=80.0).contains(n))
            .map(|n| n as u32)
    };
    if let Some(c) = AGE_RANGE.captures(view)
        && let (Some(a), Some(b)) = (number(&c[1]), number(&c[2]))
        && a < b
    {
        return Some(Age {
            min: Some(a),
            max: Some(b),
        });
    }
    // The first lower and the first upper bound; an age with no bound
    // (`可放宽至45周岁`) is neither.
    let mut age = Age::default();
    for c in AGE_BOUND.captures_iter(view) {
        let Some(n) = number(&c[2]) else { continue };
        let after = c.get(3).map(|m| m.as_str());
        let before = c.get(1).map(|m| m.as_str());
        let is_min = match (before, after) {
            (_, Some(a)) => a.ends_with("以上"),
            (Some(b), None) => lexicon::AGE_MIN_BEFORE.contains(&b),
            (None, None) => continue,
        };
        let slot = if is_min { &mut age.min } else { &mut age.max };
        slot.get_or_insert(n);
    }
    (age.min.is_some() || age.max.is_some()).then_some(age)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Folded;

    /// A one-line document that lives as long as the test (leaked: tests only).
    fn line(text: &str) -> Line<'static> {
        let folded: &'static Folded = Box::leak(Box::new(Folded::new(text)));
        folded.first().unwrap()
    }

    #[test]
    fn should_read_years_of_experience() {
        let cases = [
            (
                "具备2年以上物业管理行业工作经验及领班管理经验",
                Some((Some(2.0), None)),
            ),
            ("三年以上相关工作经验", Some((Some(3.0), None))),
            ("1-2年工作经验", Some((Some(1.0), Some(2.0)))),
            ("3-5年物业管理经验", Some((Some(3.0), Some(5.0)))),
            ("三年或以上物業管理經驗", Some((Some(3.0), None))),
            ("一年或以上相关工作经验", Some((Some(1.0), None))),
            ("半年以上工作经验", Some((Some(0.5), None))),
            ("有物业管理经验者优先", None),
            ("年龄18-40岁", None),
            ("2020年毕业,有工作经验", None),
        ];
        for (input, want) in cases {
            let got = from_line(line(input)).map(|e| (e.min_years, e.max_years));
            assert_eq!(got, want, "{input}");
        }
        assert_eq!(from_value(line("1年以上")).unwrap().min_years, Some(1.0));
        assert_eq!(from_tag(line("1-3年")).unwrap().max_years, Some(3.0));
        assert!(mention(line("有物业管理经验者优先")).is_some());
    }

    #[test]
    fn should_read_age_ranges() {
        let cases = [
            ("18-40岁", Some((Some(18), Some(40)))),
            ("年龄20－45岁", Some((Some(20), Some(45)))),
            ("55岁以下", Some((None, Some(55)))),
            ("25岁以上", Some((Some(25), None))),
            ("身体健康", None),
            // A bound before the age, and Chinese numerals.
            ("原则上不超过40周岁,可放宽至45周岁", Some((None, Some(40)))),
            ("年满18周岁,不超过35周岁", Some((Some(18), Some(35)))),
            ("年滿二十歲以上,五十五歲以下", Some((Some(20), Some(55)))),
            ("二十至三十五岁", Some((Some(20), Some(35)))),
            ("可放宽至45周岁", None),
        ];
        for (input, want) in cases {
            let view = crate::normalize::fold(input);
            assert_eq!(age(&view, false).map(|a| (a.min, a.max)), want, "{input}");
        }
        assert_eq!(
            age("18-35", true).map(|a| (a.min, a.max)),
            Some((Some(18), Some(35)))
        );
    }
}
