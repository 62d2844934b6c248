//! Education levels: `大专以上学历` → associate, or above.

use aho_corasick::{Anchored, Input};

use crate::lexicon::{EDUCATION_MATCHER, OR_ABOVE};
use crate::model::{Education, EducationLevel};
use crate::normalize::{Line, clean_value};

/// Words that may stand between a level and its "or above".
const BETWEEN: &[&str] = &[
    "(职)",
    "学历",
    "文化程度",
    "文化",
    "程度",
    "毕业",
    "或同等学历",
    "水平",
    "(含)",
    "含",
];

/// The first education level in a folded line, with its "or above" flag.
pub fn find_level(view: &str) -> Option<(EducationLevel, bool, std::ops::Range<usize>)> {
    let (ac, levels) = &*EDUCATION_MATCHER;
    for m in ac.find_iter(view) {
        let before = &view[..m.start()];
        // `学历不限`, `不限学历`: no requirement. `非…` is a negation too.
        if before.ends_with('非') {
            continue;
        }
        let level = levels[m.pattern().as_usize()];
        let mut rest = &view[m.end()..];
        loop {
            let next = BETWEEN.iter().find(|w| rest.starts_with(**w));
            match next {
                Some(w) => rest = &rest[w.len()..],
                None => break,
            }
        }
        // `高中或中专以上`: the second level shares the "or above".
        if let Some(after) = rest.strip_prefix('或').or_else(|| rest.strip_prefix('/'))
            && let Some(second) = ac.find(Input::new(after).anchored(Anchored::Yes))
        {
            rest = &after[second.end()..];
            while let Some(w) = BETWEEN.iter().find(|w| rest.starts_with(**w)) {
                rest = &rest[w.len()..];
            }
        }
        let rest = rest.trim_start();
        let or_above = OR_ABOVE.iter().any(|w| rest.starts_with(w));
        return Some((level, or_above, m.start()..m.end()));
    }
    None
}

/// Education from a line: the clause holding the level is the raw text.
pub fn from_line(line: &Line) -> Option<Education> {
    let (level, or_above, range) = find_level(&line.view)?;
    let view = &line.view;
    let start = view[..range.start]
        .rfind([',', ';', '。', ':'])
        // `。` is three bytes: skip the whole separator, not one byte of it.
        .map_or(0, |i| {
            i + view[i..].chars().next().map_or(1, char::len_utf8)
        });
    let end = view[range.end..]
        .find([',', ';', '。'])
        .map_or(view.len(), |i| range.end + i);
    Some(Education {
        raw: clean_value(line.text_of(start..end)),
        level: Some(level),
        or_above,
    })
}

/// Education from a field value; a value without a known level is kept raw.
pub fn from_value(value: &Line) -> Option<Education> {
    if value.text.is_empty() || crate::lexicon::is_none_value(&value.view) {
        return None;
    }
    match find_level(&value.view) {
        Some((level, or_above, _)) => Some(Education {
            raw: value.text.clone(),
            level: Some(level),
            or_above,
        }),
        None => Some(Education {
            raw: value.text.clone(),
            level: None,
            or_above: false,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use EducationLevel::*;

    #[test]
    fn should_read_levels_and_or_above() {
        let cases = [
            ("大专以上学历", Some((Associate, true))),
            ("高中", Some((HighSchool, false))),
            ("高中专业背景", Some((HighSchool, false))),
            ("中专以上学历,电气相关专业", Some((Vocational, true))),
            ("大專或以上學歷", Some((Associate, true))),
            ("本科及以上", Some((Bachelor, true))),
            ("本科学历以上", Some((Bachelor, true))),
            ("中三程度", Some((JuniorHigh, false))),
            ("中五或以上", Some((HighSchool, true))),
            ("硕士研究生", Some((Master, false))),
            ("博士", Some((Doctorate, false))),
            ("初中以上文化", Some((JuniorHigh, true))),
            ("技校毕业", Some((Vocational, false))),
            ("大学专科", Some((Associate, false))),
            ("大学本科以上", Some((Bachelor, true))),
            ("职高及以上学历", Some((Vocational, true))),
            ("高中或中专以上学历", Some((HighSchool, true))),
            ("身体健康", None),
        ];
        for (input, want) in cases {
            let line = Line::new(1, input);
            assert_eq!(
                find_level(&line.view).map(|(l, a, _)| (l, a)),
                want,
                "{input}"
            );
        }
    }

    #[test]
    fn should_cut_the_clause_after_a_wide_separator() {
        // Found by fuzzing: `。` before the level is three bytes wide.
        let e = from_line(&Line::new(1, "１。中专以上学历；")).unwrap();
        assert_eq!(e.raw, "中专以上学历");
    }

    #[test]
    fn should_keep_the_clause_as_raw() {
        let e = from_line(&Line::new(1, "1、学历要求:大专以上学历,物业管理专业。")).unwrap();
        assert_eq!(e.raw, "大专以上学历");
    }
}
