//! Working conditions: days per week (`6`, `5.5`, `六天`, `每週工作六天`, `双休`).

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon;
use crate::numbers::chinese_number;

static DAYS_IN_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    let week = lexicon::alternation(lexicon::WEEK_WORDS);
    let work = lexicon::alternation(lexicon::WORK_WORDS);
    Regex::new(&format!(
        r"{week}\s*{work}\s*(\d+(?:\.\d+)?|[一二三四五六七]天半|[一二三四五六七])\s*(?:天|日)?"
    ))
    .expect("days pattern")
});

/// `五天工作`, `五天工作制`, `六天工作`.
static WEEK_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([一二三四五六七\d](?:\.5)?)天工作(?:制|日)?").expect("week pattern")
});

static WORK_REST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"做([一二三四五六七\d])休([一二\d])").expect("work-rest pattern"));

/// Days per week from a field value (`6`, `5.5`, `六天`, `五天半`, `单休`).
pub fn days_from_value(view: &str) -> Option<f64> {
    let v = view.trim().trim_end_matches(['天', '日']).trim();
    if let Some(n) = parse_days(v) {
        return Some(n);
    }
    days_from_text(view)
}

fn parse_days(v: &str) -> Option<f64> {
    if let Some(base) = v.strip_suffix("天半") {
        return chinese_number(base).map(|n| n + 0.5);
    }
    chinese_number(v).filter(|n| (0.5..=7.0).contains(n))
}

/// Days per week said in a sentence: `每周工作六天`, `做六休一`, `双休`, `大小周`.
pub fn days_from_text(view: &str) -> Option<f64> {
    if !view.contains(['周', '天', '休']) {
        return None;
    }
    if let Some(c) = DAYS_IN_TEXT.captures(view) {
        return parse_days(c[1].trim_end_matches('天'));
    }
    if let Some(c) = WORK_REST.captures(view) {
        return chinese_number(&c[1]).filter(|n| (1.0..=7.0).contains(n));
    }
    if let Some(c) = WEEK_OF.captures(view) {
        return parse_days(&c[1]);
    }
    lexicon::REST_PHRASES
        .iter()
        .find(|(phrase, _)| view.contains(phrase))
        .map(|(_, days)| *days)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    #[test]
    fn should_read_days_per_week() {
        let values = [
            ("6", Some(6.0)),
            ("5.5", Some(5.5)),
            ("六天", Some(6.0)),
            ("五天半", Some(5.5)),
            ("双休", Some(5.0)),
        ];
        for (input, want) in values {
            assert_eq!(days_from_value(&fold(input)), want, "{input}");
        }
        let texts = [
            ("五天工作、醫療保險", Some(5.0)),
            ("每週工作六天", Some(6.0)),
            ("每周工作5天,朝九晚六", Some(5.0)),
            ("做六休一", Some(6.0)),
            ("环境良好", None),
        ];
        for (input, want) in texts {
            assert_eq!(days_from_text(&fold(input)), want, "{input}");
        }
    }
}
