//! Pay: `8000-12000元/月`, `6-8K·13薪`, `月薪30,000~35,000元`, `面议`, and the
//! currency it names (`港幣`, `HK$`, `NT$`, `人民币`, `US$`).

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon;
use crate::model::{Currency, Period, Salary};
use crate::normalize::Line;

static PAY: LazyLock<Regex> = LazyLock::new(|| {
    let pre = lexicon::alternation_of(lexicon::PAY_PREFIXES);
    let cur = lexicon::alternation_of(lexicon::CURRENCY_MARKS);
    let bound = lexicon::alternation(lexicon::PAY_BOUNDS);
    let per = lexicon::alternation_of(lexicon::PAY_PERIODS);
    let amount = r"\d+(?:,\d{3})*(?:\.\d+)?";
    Regex::new(&format!(
        "(?P<pre>{pre})?\\s*\
         (?P<cur>(?i:{cur})|\\$)?\\s*\
         (?P<a>{amount})\\s*(?P<ua>[kKwW千万])?\\s*元?\\s*\
         (?:[-~至到]\\s*(?P<b>{amount})\\s*(?P<ub>[kKwW千万])?)?\\s*\
         (?P<yuan>元)?\\s*(?P<bound>{bound})?\\s*\
         (?:(?:/|每|一)\\s*(?P<per>{per}))?\
         (?:\\s*[·*xX×]\\s*(?P<months>\\d+)\\s*薪)?"
    ))
    .expect("pay pattern")
});

/// The currency a folded salary text names outright, the first one written.
pub fn explicit_currency(view: &str) -> Option<Currency> {
    let lower = view.to_ascii_lowercase();
    lexicon::CURRENCY_MARKS
        .iter()
        .filter_map(|(mark, c)| lower.find(mark).map(|at| (at, *c)))
        .min_by_key(|&(at, _)| at)
        .map(|(_, c)| c)
}

/// The currency of a folded salary text: a named one, else CNY for a bare `元`.
pub fn currency(view: &str) -> Option<Currency> {
    explicit_currency(view).or_else(|| view.contains('元').then_some(Currency::Cny))
}

fn scale(unit: Option<&str>) -> f64 {
    match unit {
        Some("k" | "K" | "千") => 1_000.0,
        Some("w" | "W" | "万") => 10_000.0,
        _ => 1.0,
    }
}

/// A pay amount inside free text, recognized only with a cue (`元`, `K`, `薪`, `万`).
pub fn find(line: Line<'_>) -> Option<Salary> {
    let cued = |c: char| matches!(c, '元' | 'K' | 'k' | '薪' | '万' | 'W' | 'w');
    let view = line.view();
    if !view.contains(cued) || !view.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    for caps in PAY.captures_iter(view) {
        let whole = caps.get(0)?;
        let cued = caps.name("pre").is_some()
            || caps.name("cur").is_some()
            || caps.name("yuan").is_some()
            || caps.name("months").is_some()
            || caps.name("per").is_some()
            || caps.name("ua").is_some()
            || caps.name("ub").is_some()
            || whole.as_str().contains('元');
        if cued && caps.name("a").is_some() {
            let amount = line.sub(whole.range());
            // Pay found in free text keeps its words exactly as written; the
            // currency mark may stand just outside the amount (`HK$22,000起`).
            return parse(amount, amount.text().to_string()).map(|mut s| {
                s.currency = explicit_currency(view).or(s.currency);
                s
            });
        }
    }
    None
}

/// Parses a salary value (`raw` is what the record shows of it); `None` when it
/// names no amount and is not `面议`.
pub fn parse(value: Line<'_>, raw: String) -> Option<Salary> {
    if raw.is_empty() {
        return None;
    }
    let view = value.view();
    let Some(caps) = PAY.captures_iter(view).find(|c| c.name("a").is_some()) else {
        return lexicon::NEGOTIABLE
            .iter()
            .any(|w| view.contains(w))
            .then_some(Salary {
                raw,
                min: None,
                max: None,
                period: None,
                currency: None,
            });
    };
    let num = |name: &str| {
        caps.name(name)
            .and_then(|m| m.as_str().replace(',', "").parse::<f64>().ok())
    };
    let ub = caps.name("ub").map(|m| m.as_str());
    let ua = caps.name("ua").map(|m| m.as_str()).or(ub);
    let a = num("a")? * scale(ua);
    let b = num("b").map(|b| b * scale(ub));
    let pre = caps.name("pre").map(|m| m.as_str());
    let per = caps.name("per").map(|m| m.as_str());
    // The period after the amount wins over the pay word before it; `13薪` and
    // `K` amounts are monthly.
    let period = match per {
        Some(p) => lexicon::meaning(lexicon::PAY_PERIODS, p).flatten(),
        None => pre.and_then(|p| lexicon::meaning(lexicon::PAY_PREFIXES, p)),
    }
    .or_else(|| {
        (caps.name("months").is_some() || ua.is_some_and(|u| "kK千".contains(u)))
            .then_some(Period::Month)
    });
    let (min, max) = match (b, caps.name("bound")) {
        (Some(b), _) => (Some(a), Some(b)),
        (None, Some(_)) => (Some(a), None),
        (None, None) => (Some(a), Some(a)),
    };
    Some(Salary {
        raw,
        min,
        max,
        period,
        currency: currency(view),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_read_salary_ranges() {
        let cases = [
            (
                "8000-12000元/月",
                Some((Some(8000.0), Some(12000.0), Some(Period::Month))),
            ),
            (
                "6-8K·13薪",
                Some((Some(6000.0), Some(8000.0), Some(Period::Month))),
            ),
            (
                "月薪30,000~35,000元",
                Some((Some(30000.0), Some(35000.0), Some(Period::Month))),
            ),
            (
                "6000-8000元/月",
                Some((Some(6000.0), Some(8000.0), Some(Period::Month))),
            ),
            (
                "年薪15-20万",
                Some((Some(150000.0), Some(200000.0), Some(Period::Year))),
            ),
            (
                "月薪新台幣35,000元",
                Some((Some(35000.0), Some(35000.0), Some(Period::Month))),
            ),
            (
                "月薪HK$22,000",
                Some((Some(22000.0), Some(22000.0), Some(Period::Month))),
            ),
            (
                "150元/天",
                Some((Some(150.0), Some(150.0), Some(Period::Day))),
            ),
            ("面议", Some((None, None, None))),
            ("待定", None),
        ];
        for (input, want) in cases {
            let folded = crate::normalize::Folded::new(input);
            let line = folded.first().unwrap();
            let got = parse(line, line.clean()).map(|s| (s.min, s.max, s.period));
            assert_eq!(got, want, "{input}");
        }
    }

    #[test]
    fn should_read_the_currency_the_text_names() {
        let cases = [
            ("港幣15,000-18,000元/月", Some(Currency::Hkd)),
            ("HK$22,000 - 26,000", Some(Currency::Hkd)),
            ("新台幣 35,000 元", Some(Currency::Twd)),
            ("月薪新台幣35,000元", Some(Currency::Twd)),
            ("NT$32,000~40,000", Some(Currency::Twd)),
            ("人民币8000元/月", Some(Currency::Cny)),
            ("RMB 8000", Some(Currency::Cny)),
            ("￥8000/月", Some(Currency::Cny)),
            ("8000-12000元/月", Some(Currency::Cny)),
            ("US$3,000/month", Some(Currency::Usd)),
            ("6-8K·13薪", None),
            ("面议", None),
        ];
        for (input, want) in cases {
            let folded = crate::normalize::Folded::new(input);
            let line = folded.first().unwrap();
            let got = parse(line, line.clean()).and_then(|s| s.currency);
            assert_eq!(got, want, "{input}");
        }
    }
}
