//! Posting facts: the employer (公司名称), the posting and closing dates (发布时间,
//! 截止日期), the employment type (工作性质), and the region a document evidently
//! comes from (mainland China, Hong Kong, Taiwan), which settles what a bare `元`
//! is paid in and gives JSON-LD its `addressCountry`.
//!
//! The word tables are in simplified script and matched on the folded view, so
//! traditional documents match the same entries.

use std::sync::LazyLock;

use regex::Regex;

use super::Facts;
use super::provenance::Provenance;
use crate::extract::salary;
use crate::lexicon::{
    EMPLOYMENT_TYPES, FieldKey, Prefer, REGION_WORDS, Region, WordIndex, is_none_value,
};
use crate::model::{EmploymentType, Position, Salary};
use crate::normalize::{clean_value, fold};
use crate::split::Doc;

static REGION_MATCHER: LazyLock<WordIndex<(Region, u32)>> = LazyLock::new(|| {
    let words = REGION_WORDS
        .iter()
        .map(|(w, r, weight)| (fold(w), (*r, *weight)));
    WordIndex::new(words, Prefer::Longest)
});

static EMPLOYMENT_MATCHER: LazyLock<WordIndex<EmploymentType>> = LazyLock::new(|| {
    let words = EMPLOYMENT_TYPES.iter().map(|(w, t)| (fold(w), *t));
    WordIndex::new(words, Prefer::Longest)
});

/// A complete date: year, month and day, with an optional time after it.
static FULL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*[日号]?",
        r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$",
    ))
    .expect("date pattern")
});

/// Fills the posting fields of a position from the document's fields, and settles
/// the salary's currency with the document's region.
pub fn fill(position: &mut Position, facts: &Facts<'_, '_>, doc: &Doc<'_>, p: &mut Provenance) {
    let first = |key: FieldKey| {
        facts
            .fields
            .iter()
            .find(|f| f.key == key && !f.value.is_empty() && !is_none_value(f.value.view()))
            .map(|f| (f.value.clean(), f.value))
    };
    let dated = |key| first(key).map(|(d, line)| (date(&d), line));
    position.organization = p.found("/position/organization", first(FieldKey::Organization));
    position.posted_on = p.found("/position/posted_on", dated(FieldKey::PostedOn));
    position.valid_through = p.found("/position/valid_through", dated(FieldKey::ValidThrough));
    let employment = facts
        .fields
        .iter()
        .filter(|f| f.key == FieldKey::EmploymentType)
        .find_map(|f| Some((employment_type(f.value.view())?, f.value)))
        // `職缺類別:兼職`: a field of another label whose whole value is a kind of
        // employment.
        .or_else(|| {
            facts.fields.iter().find_map(|f| {
                let view = f.value.view().trim();
                let (end, found) = EMPLOYMENT_MATCHER.at(view, 0)?;
                (end == view.len()).then_some((found, f.value))
            })
        });
    position.employment_type = p.found("/position/employment_type", employment);
    if let Some(s) = &mut position.salary {
        let views = doc
            .title
            .iter()
            .map(|t| t.view())
            .chain(doc.lines.iter().map(|c| c.line.view()));
        settle_currency(s, || region(views));
    }
}

/// A date as ISO `YYYY-MM-DD` when it is complete and valid (`2024年5月1日`,
/// `2024/5/1`, `2024-05-01`), else as written.
pub fn date(value: &str) -> String {
    let text = clean_value(value);
    let view = fold(&text);
    let Some(c) = FULL_DATE.captures(view.trim()) else {
        return text;
    };
    let n = |name: &str| c[name].parse::<u32>().unwrap_or(0);
    let (y, m, d) = (n("y"), n("m"), n("d"));
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    if d == 0 || d > days {
        return text;
    }
    format!("{y:04}-{m:02}-{d:02}")
}

/// The employment type a folded 工作性质 value names (`全职`, `兼職`, `實習生`, `劳务派遣`).
pub fn employment_type(view: &str) -> Option<EmploymentType> {
    EMPLOYMENT_MATCHER.find(view).map(|found| found.value)
}

/// The region folded text evidently comes from: the one with the most evidence,
/// none on a tie or without any.
pub fn region<I, S>(views: I) -> Option<Region>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut score = [0u32; 3];
    for view in views {
        for found in REGION_MATCHER.find_iter(view.as_ref()) {
            let (region, weight) = found.value;
            score[region as usize] += weight;
        }
    }
    let best = (0..3).max_by_key(|&i| score[i])?;
    let unique = score.iter().filter(|&&s| s == score[best]).count() == 1;
    (score[best] > 0 && unique).then(|| [Region::Mainland, Region::HongKong, Region::Taiwan][best])
}

/// A currency the salary text names outright stays; otherwise (a bare `元`, `$` or
/// no mark at all) the document's region decides, and a bare `元` without one is CNY.
pub fn settle_currency(s: &mut Salary, region: impl FnOnce() -> Option<Region>) {
    if salary::explicit_currency(&fold(&s.raw)).is_some() {
        return;
    }
    if s.min.is_none() && s.max.is_none() {
        // `面议`: no amount, so no currency.
        return;
    }
    if let Some(r) = region() {
        s.currency = Some(r.currency());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Currency;

    #[test]
    fn should_write_complete_dates_as_iso() {
        for (input, want) in [
            ("2024年5月1日", "2024-05-01"),
            ("2024/5/1", "2024-05-01"),
            ("2024-05-01", "2024-05-01"),
            ("２０２４年１２月３１日", "2024-12-31"),
            ("2024.6.30 17:00", "2024-06-30"),
            ("2024年5月", "2024年5月"),
            ("2023年2月29日", "2023年2月29日"),
            ("2024年2月29日", "2024-02-29"),
            ("长期有效", "长期有效"),
            ("113/05/01", "113/05/01"),
        ] {
            assert_eq!(date(input), want, "{input} should become {want}");
        }
    }

    #[test]
    fn should_name_employment_types_in_both_scripts() {
        for (input, want) in [
            ("全职", Some(EmploymentType::FullTime)),
            ("全職", Some(EmploymentType::FullTime)),
            ("兼職", Some(EmploymentType::PartTime)),
            ("非全日制用工", Some(EmploymentType::PartTime)),
            ("實習生", Some(EmploymentType::Intern)),
            ("臨時工", Some(EmploymentType::Temporary)),
            ("合約", Some(EmploymentType::Contract)),
            ("劳务派遣", Some(EmploymentType::Contract)),
            ("外包", Some(EmploymentType::Contract)),
            ("約聘", Some(EmploymentType::Contract)),
            ("Full-time", Some(EmploymentType::FullTime)),
            ("全职(签订劳动合同)", Some(EmploymentType::FullTime)),
            ("面议", None),
        ] {
            assert_eq!(employment_type(&fold(input)), want, "{input}");
        }
    }

    #[test]
    fn should_tell_the_region_from_currency_places_and_vocabulary() {
        let cases = [
            ("薪金:HK$22,000", Some(Region::HongKong)),
            ("地點:九龍觀塘", Some(Region::HongKong)),
            ("中五或以上程度", Some(Region::HongKong)),
            ("上班地點:臺北市信義區", Some(Region::Taiwan)),
            ("休假制度:週休二日", Some(Region::Taiwan)),
            ("工作地点:广州市天河区", Some(Region::Mainland)),
            ("福利:五险一金", Some(Region::Mainland)),
            ("负责大堂接待工作", None),
        ];
        for (text, want) in cases {
            assert_eq!(region([fold(text)]), want, "{text}");
        }
        assert_eq!(
            region([fold("香港 台北")]),
            None,
            "a tie should say nothing"
        );
    }

    #[test]
    fn should_settle_a_bare_yuan_by_the_region() {
        let salary = |raw: &str| {
            let folded = crate::normalize::Folded::new(raw);
            let line = folded.first().unwrap();
            let mut s = salary::parse(line, line.clean()).unwrap();
            let before = s.currency;
            settle_currency(&mut s, || Some(Region::Taiwan));
            (before, s.currency)
        };
        assert_eq!(
            salary("月薪 32,000~40,000元"),
            (Some(Currency::Cny), Some(Currency::Twd)),
            "a bare 元 in Taiwan should be TWD"
        );
        assert_eq!(
            salary("人民币8000元/月"),
            (Some(Currency::Cny), Some(Currency::Cny)),
            "a named currency should stay"
        );
        assert_eq!(
            salary("面议"),
            (None, None),
            "no amount should have no currency"
        );
    }
}
