//! Education levels in a folded line: `大专以上学历` → associate, or above.
//!
//! A recognizer shared by chrome (a navigation bar holds no education level) and
//! the extractors.

use crate::lexicon::{self, EDUCATION_MATCHER, OR_ABOVE};
use crate::model::EducationLevel;

/// The first education level in a folded line, with its "or above" flag.
pub fn find_level(view: &str) -> Option<(EducationLevel, bool, std::ops::Range<usize>)> {
    let words = &*EDUCATION_MATCHER;
    for m in words.find_iter(view) {
        let before = &view[..m.start];
        // `学历不限`, `不限学历`: no requirement. `非…` is a negation too.
        if before.ends_with('非') {
            continue;
        }
        let level = m.value;
        let mut rest = &view[m.end..];
        loop {
            let next = lexicon::EDUCATION_BETWEEN
                .iter()
                .find(|w| rest.starts_with(**w));
            match next {
                Some(w) => rest = &rest[w.len()..],
                None => break,
            }
        }
        // `高中或中专以上`: the second level shares the "or above".
        if let Some(after) = rest.strip_prefix('或').or_else(|| rest.strip_prefix('/'))
            && let Some((second_end, _)) = words.at(after, 0)
        {
            rest = &after[second_end..];
            while let Some(w) = lexicon::EDUCATION_BETWEEN
                .iter()
                .find(|w| rest.starts_with(**w))
            {
                rest = &rest[w.len()..];
            }
        }
        let mut rest = rest.trim_start();
        // `高中(含中专)及以上`: a note in brackets between the level and its "or above".
        if let Some(note) = rest.strip_prefix('(')
            && let Some(close) = note.find(')')
            && note[..close].chars().count() <= 10
        {
            rest = note[close + 1..].trim_start();
        }
        // `至少具备…本科学历`, `不低于大专`: a minimum said before the level, in its clause.
        let clause = before
            .rfind([',', ';', '。', ':'])
            .map_or(before, |at| &before[at..]);
        let or_above = OR_ABOVE.iter().any(|w| rest.starts_with(w))
            || lexicon::MINIMUM_WORDS.iter().any(|w| clause.contains(w));
        return Some((level, or_above, m.start..m.end));
    }
    None
}

/// Does a folded line ask for something of an applicant: an education level, years
/// of experience, an age, a professional title or a certificate (`具有大学本科及以上
/// 学历,年龄40周岁及以下`)?
pub fn asks(view: &str) -> bool {
    find_level(view).is_some() || lexicon::REQUIREMENT_ASKS.iter().any(|w| view.contains(w))
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
            ("高中(含中专)及以上学历", Some((HighSchool, true))),
            ("高中職以上畢業", Some((HighSchool, true))),
            ("本科(全日制)以上", Some((Bachelor, true))),
            // A minimum said before the level, in its clause.
            ("至少具备药学相关专业本科学历", Some((Bachelor, true))),
            ("学历不低于大专", Some((Associate, true))),
            ("至少三年经验,本科学历", Some((Bachelor, false))),
            ("身体健康", None),
        ];
        for (input, want) in cases {
            assert_eq!(
                find_level(&crate::normalize::fold(input)).map(|(l, a, _)| (l, a)),
                want,
                "{input}"
            );
        }
    }
}
