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
    let fill = lexicon::alternation(lexicon::PAY_FILLERS);
    let amount = r"\d+(?:,\d{3})*(?:\.\d+)?";
    Regex::new(&format!(
        "(?:(?P<pre>{pre})\\s*(?:{fill})?)?\\s*\
         (?P<cur>(?i:{cur})\\s*\\$?|\\$)?\\s*\
         (?P<a>{amount})\\s*(?P<ua>[kKwW千万])?(?:(?P<ta>\\d)千|(?P<ra>\\d{{4}}))?\\s*元?\\s*\
         (?:[-~至到]\\s*\\$?\\s*(?P<b>{amount})\\s*(?P<ub>[kKwW千万])?(?:(?P<tb>\\d)千|(?P<rb>\\d{{4}}))?)?\\s*\
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
/// Amounts in Chinese numerals (`月薪四千五百元至六千元`) are read as their numbers;
/// the raw text is the amount as written, in its numerals.
pub fn find(line: Line<'_>) -> Option<Salary> {
    let view = line.view();
    let (mut found, span) = match view
        .contains(|c: char| c.is_ascii_digit())
        .then(|| find_in(view))
        .flatten()
    {
        Some(found) => (found.salary, found.span),
        None => {
            let numerals = Numerals::arabic(view)?;
            let found = find_in(&numerals.text)?;
            let span = numerals.original(found.span.start)..numerals.original(found.span.end);
            (found.salary, span)
        }
    };
    found.raw = line.sub(span).text().to_string();
    Some(found)
}

/// A salary found in a text, and where it stands there.
struct Found {
    salary: Salary,
    span: std::ops::Range<usize>,
}

/// [`find`] in a folded text; the salary's raw text is left to the caller.
fn find_in(view: &str) -> Option<Found> {
    let cued = |c: char| matches!(c, '元' | 'K' | 'k' | '薪' | '万' | 'W' | 'w');
    if !view.contains(cued) {
        return None;
    }
    let mut all = PAY.captures_iter(view);
    while let Some(caps) = all.next() {
        let whole = caps.get(0)?;
        // `超过去年的3.5万人`: a count of people or things, not pay.
        let counted = lexicon::COUNT_UNITS
            .iter()
            .any(|u| view[whole.end()..].starts_with(u));
        if is_cued(&caps) && caps.name("a").is_some() && !counted {
            // `第32點(每月66,945元)至總薪級表第44點(每月105,175元)`: a range whose
            // ends are written apart.
            let end = all
                .find(|next| is_cued(next) && next.name("a").is_some())
                .and_then(|next| next.get(0))
                .filter(|next| {
                    let gap = &view[whole.end()..next.start()];
                    let gap = gap.trim_start_matches([')', ' ']);
                    gap.chars().count() <= 24 && gap.starts_with(['至', '到', '~'])
                })
                .map_or(whole.end(), |next| next.end());
            // Pay found in free text keeps its words exactly as written; the
            // currency mark may stand just outside the amount (`HK$22,000起`).
            return parse_view(&view[whole.start()..end], String::new()).map(|mut s| {
                s.currency = explicit_currency(view).or(s.currency);
                Found {
                    salary: s,
                    span: whole.start()..end,
                }
            });
        }
    }
    None
}

/// Does a match say it is pay: a pay word, a currency, `元`, a unit or a period?
fn is_cued(caps: &regex::Captures<'_>) -> bool {
    ["pre", "cur", "yuan", "months", "per", "ua", "ub"]
        .iter()
        .any(|name| caps.name(name).is_some())
        || caps.get(0).is_some_and(|m| m.as_str().contains('元'))
}

/// The amount a value names: the first match that says it is pay (`總薪級表第32點
/// (每月港幣77,855元)` is 77,855, not 32), else the first number. Two such matches
/// joined by `至`, `到`, `-` or `~` are a range.
fn amounts(view: &str) -> Option<(regex::Captures<'_>, Option<regex::Captures<'_>>)> {
    let all: Vec<_> = PAY
        .captures_iter(view)
        .filter(|c| c.name("a").is_some())
        .collect();
    let first = all.iter().position(is_cued).unwrap_or(0);
    let mut rest = all.into_iter().skip(first);
    let chosen = rest.next()?;
    if chosen.name("b").is_some() || !is_cued(&chosen) {
        return Some((chosen, None));
    }
    let end = chosen.get(0).map_or(0, |m| m.end());
    let upper = rest.find(is_cued).filter(|next| {
        let gap = &view[end..next.get(0).map_or(end, |m| m.start())];
        gap.contains(['至', '到', '-', '~'])
    });
    Some((chosen, upper))
}

/// The period a salary's label names (`月薪`, `時薪(港元)`, `薪資(年薪)`), if any.
pub fn label_period(label: &str) -> Option<Period> {
    lexicon::PAY_PREFIXES
        .iter()
        .find(|(word, _)| label.contains(word))
        .map(|&(_, period)| period)
}

/// Parses a salary value (`raw` is what the record shows of it); `None` when it
/// names no amount and is not `面议`.
pub fn parse(value: Line<'_>, raw: String) -> Option<Salary> {
    if raw.is_empty() {
        return None;
    }
    let view = value.view();
    if !view.contains(|c: char| c.is_ascii_digit())
        && let Some(numerals) = Numerals::arabic(view)
    {
        return parse_view(&numerals.text, raw);
    }
    parse_view(view, raw)
}

/// A folded text with its amounts in Chinese numerals written in digits
/// (`四千五百元至六千元` → `4500元至6000元`, `三万五` → `35000`), and where each
/// rewritten run stood.
struct Numerals {
    text: String,
    /// (start in `text`, start in the original, length in the original) per run.
    runs: Vec<(usize, usize, usize)>,
}

impl Numerals {
    /// `None` when no run of numerals stands beside a word of pay.
    fn arabic(view: &str) -> Option<Numerals> {
        const NUMERALS: &str = "零〇一二两三四五六七八九十百千万";
        // Pay in numerals has a word of pay or money beside it; most lines have none.
        if !view.contains(['元', '薪', '资', '块']) {
            return None;
        }
        let mut text = String::with_capacity(view.len());
        let mut runs = Vec::new();
        let mut at = 0;
        while at < view.len() {
            let rest = &view[at..];
            let run = rest.len()
                - rest
                    .trim_start_matches(|c: char| NUMERALS.contains(c))
                    .len();
            if run == 0 {
                let c = rest.chars().next()?;
                text.push(c);
                at += c.len_utf8();
                continue;
            }
            let after = &rest[run..];
            let before = &view[..at];
            let pay = after.starts_with(['元', '块', '至', '到', '-', '~', '起'])
                || before.ends_with(['薪', '资', '至', '到', '-', '~']);
            // (`万元` alone is a unit: a number has a digit.)
            let digit = rest[..run].contains(|c: char| "一二两三四五六七八九十".contains(c));
            match amount(&rest[..run]).filter(|_| pay && digit) {
                Some(n) => {
                    runs.push((text.len(), at, run));
                    text.push_str(&n.to_string());
                }
                None => text.push_str(&rest[..run]),
            }
            at += run;
        }
        (!runs.is_empty()).then_some(Numerals { text, runs })
    }

    /// The byte in the original text of byte `at` of the rewritten one.
    fn original(&self, at: usize) -> usize {
        let mut shift: isize = 0;
        for &(start, orig, len) in &self.runs {
            if start > at {
                break;
            }
            let written = self.text[start..]
                .bytes()
                .take_while(u8::is_ascii_digit)
                .count();
            if at < start + written {
                return orig;
            }
            shift = orig as isize + len as isize - (start + written) as isize;
        }
        (at as isize + shift) as usize
    }
}

/// An amount in Chinese numerals, spoken forms too (`四千五` is 4,500, `三万五`
/// 35,000).
fn amount(run: &str) -> Option<u64> {
    let number = |s: &str| crate::numbers::chinese_number(s).map(|n| n as u64);
    // What stands below the ten thousands (or alone): `四千五百`, or spoken with its
    // last digit in the unit below the one before it (`四千五`, `三万五`).
    let below = |part: &str, after_wan: bool| -> Option<u64> {
        let chars: Vec<char> = part.chars().collect();
        let Some((&last, head)) = chars.split_last() else {
            return Some(0);
        };
        let digit = || number(&last.to_string()).filter(|_| !"十百千".contains(last));
        match head.last() {
            Some('千') => Some(number(&head.iter().collect::<String>())? + digit()? * 100),
            Some('百') => Some(number(&head.iter().collect::<String>())? + digit()? * 10),
            None if after_wan => Some(digit()? * 1_000),
            _ => number(part),
        }
    };
    match run.split_once('万') {
        Some((high, low)) => {
            let high = if high.is_empty() { 1 } else { number(high)? };
            Some(high * 10_000 + below(low, true)?)
        }
        None => below(run, false),
    }
}

fn parse_view(view: &str, raw: String) -> Option<Salary> {
    let Some((caps, upper)) = amounts(view) else {
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
    // `3萬4千元`, `5萬6120元`: thousands, or the digits below ten thousand, after the
    // ten thousands.
    let below = |caps: &regex::Captures<'_>, side: char| {
        let digits = |name: String| {
            caps.name(&name)
                .and_then(|m| m.as_str().parse::<f64>().ok())
        };
        digits(format!("t{side}")).map_or(0.0, |t| t * 1_000.0)
            + digits(format!("r{side}")).unwrap_or(0.0)
    };
    let a = num("a")? * scale(ua) + below(&caps, 'a');
    let b = num("b")
        .map(|b| b * scale(ub) + below(&caps, 'b'))
        .or_else(|| {
            let upper = upper.as_ref()?;
            let amount = upper
                .name("a")?
                .as_str()
                .replace(',', "")
                .parse::<f64>()
                .ok()?;
            Some(amount * scale(upper.name("ua").map(|m| m.as_str())) + below(upper, 'a'))
        });
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
    fn should_read_ten_thousands_with_what_is_below_them() {
        // `萬` folds to `万`.
        for (input, want) in [("月薪3萬4千元", 34000.0), ("月薪5萬6120元", 56120.0)] {
            let folded = crate::normalize::Folded::new(input);
            let line = folded.first().unwrap();
            let got = parse(line, input.to_string()).unwrap();
            assert_eq!(
                (got.min, got.period),
                (Some(want), Some(Period::Month)),
                "{input}"
            );
        }
    }

    #[test]
    fn should_read_amounts_in_chinese_numerals() {
        let cases = [
            ("四千五百", Some(4500)),
            ("四千五", Some(4500)),
            ("六千", Some(6000)),
            ("三万五", Some(35000)),
            ("一万二千", Some(12000)),
            ("两万", Some(20000)),
            ("八百", Some(800)),
            ("一百二", Some(120)),
            ("十五", Some(15)),
        ];
        for (input, want) in cases {
            assert_eq!(amount(input), want, "{input}");
        }
    }

    #[test]
    fn should_read_pay_in_chinese_numerals_as_written() {
        let cases = [
            (
                "录用后月薪四千五百元至六千元,缴纳五险一金",
                Some((4500.0, 6000.0)),
                "月薪四千五百元至六千元",
            ),
            ("一线员工月薪五千元", Some((5000.0, 5000.0)), "月薪五千元"),
            ("实行三班两倒,每班八小时", None, ""),
        ];
        for (input, want, raw) in cases {
            let folded = crate::normalize::Folded::new(input);
            let got = find(folded.first().unwrap());
            assert_eq!(
                got.as_ref()
                    .map(|s| (s.min.unwrap_or(0.0), s.max.unwrap_or(0.0))),
                want,
                "{input}"
            );
            assert_eq!(got.map(|s| s.raw).unwrap_or_default(), raw, "{input}");
        }
    }

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
            (
                "總薪級表第32點(每月港幣77,855元)至總薪級表第44點(每月港幣119,650元)",
                Some((Some(77855.0), Some(119650.0), Some(Period::Month))),
            ),
            (
                "每月8000元",
                Some((Some(8000.0), Some(8000.0), Some(Period::Month))),
            ),
            // A word between the pay word and the amount.
            (
                "月薪介乎1.9萬元至2.6萬元",
                Some((Some(19000.0), Some(26000.0), Some(Period::Month))),
            ),
            (
                "月薪由 $18,640至 $21,260",
                Some((Some(18640.0), Some(21260.0), Some(Period::Month))),
            ),
            (
                "每月港幣$19,800 - $23,500",
                Some((Some(19800.0), Some(23500.0), Some(Period::Month))),
            ),
            (
                "月综合工资6000-8000元",
                Some((Some(6000.0), Some(8000.0), Some(Period::Month))),
            ),
            // Taiwan's negotiable pay with the regular wage it must state.
            (
                "待遇面議(經常性薪資達4萬元或以上)",
                Some((Some(40000.0), None, Some(Period::Month))),
            ),
        ];
        for (input, want) in cases {
            let folded = crate::normalize::Folded::new(input);
            let line = folded.first().unwrap();
            let got = parse(line, line.clean()).map(|s| (s.min, s.max, s.period));
            assert_eq!(got, want, "{input}");
        }
    }

    #[test]
    fn should_find_a_range_whose_ends_are_written_apart() {
        let cases = [
            (
                "薪酬為總薪級表第32點(每月66,945元)至總薪級表第44 點(每月105,175元)。",
                Some((66945.0, 105175.0)),
            ),
            ("月薪8000元,另有全勤奖200元", Some((8000.0, 8000.0))),
            (
                "月薪8000元,工作满一年后至少加薪500元",
                Some((8000.0, 8000.0)),
            ),
            // A count of people is no pay.
            ("报名人数预计超过去年的3.5万人", None),
            ("服务3万户居民,月薪6000元", Some((6000.0, 6000.0))),
        ];
        for (input, want) in cases {
            let folded = crate::normalize::Folded::new(input);
            let got = find(folded.first().unwrap()).and_then(|s| Some((s.min?, s.max?)));
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
