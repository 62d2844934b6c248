//! Education from a requirement line or a field value: the level, "or above", and
//! the words as written.

use crate::classify::education::find_level;
use crate::model::Education;
use crate::normalize::{Line, clean_value};

/// Education from a line: the clause holding the level is the raw text.
pub fn from_line(line: Line<'_>) -> Option<Education> {
    let view = line.view();
    let (level, or_above, range) = find_level(view)?;
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
pub fn from_value(value: Line<'_>) -> Option<Education> {
    if value.is_empty() || crate::lexicon::is_none_value(value.view()) {
        return None;
    }
    let (level, or_above) = match find_level(value.view()) {
        Some((level, or_above, _)) => (Some(level), or_above),
        None => (None, false),
    };
    Some(Education {
        raw: value.clean(),
        level,
        or_above,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Folded;

    #[test]
    fn should_cut_the_clause_after_a_wide_separator() {
        // Found by fuzzing: `。` before the level is three bytes wide.
        let folded = Folded::new("１。中专以上学历；");
        let e = from_line(folded.first().unwrap()).unwrap();
        assert_eq!(e.raw, "中专以上学历");
    }

    #[test]
    fn should_keep_the_clause_as_raw() {
        let folded = Folded::new("1、学历要求:大专以上学历,物业管理专业。");
        let e = from_line(folded.first().unwrap()).unwrap();
        assert_eq!(e.raw, "大专以上学历");
    }
}
