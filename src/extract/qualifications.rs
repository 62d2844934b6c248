//! 任职资格: education, majors, experience, certificates, skills, languages, age,
//! physical condition, traits and the other requirement lines.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::lists::split_list;
use super::{education, experience};
use crate::lexicon::{FieldKey, is_none_value};
use crate::model::Qualifications;
use crate::normalize::{Line, clean_value, fold};
use crate::outline::{Field, Node};

static BOOK_TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"《([^》]{1,40})》").expect("book title"));

static HOLDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:持有效的?|持有|持|具有|具备|取得|考取)(?:有效的?|相关的?)?([^,;。]*(?:证书|证照|证|执照|牌照|资格))",
    )
    .expect("holds pattern")
});

static MAJOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:所学|具有|具备|相关)?(.+?)(?:等)?(?:相关|相近|类)?(?:专业|学科|科系)(?:优先|背景|毕业)?$",
    )
    .expect("major pattern")
});

/// Words of a clause about physical condition.
const PHYSICAL: &[&str] = &[
    "身体健康",
    "身体素质",
    "体格健壮",
    "体健",
    "身体条件",
    "无传染病",
    "身高",
];

const LANGUAGES: &[&str] = &[
    "普通话",
    "国语",
    "粤语",
    "英语",
    "英文",
    "日语",
    "韩语",
    "法语",
    "德语",
    "潮汕话",
    "客家话",
    "闽南语",
    "上海话",
    "中文",
    "中英文",
    "台语",
];

/// Gathers the qualifications from the fields of the whole document and the
/// nodes of its qualification sections.
pub fn extract(fields: &[Field], nodes: &[&Node], all_lines: &[&Node]) -> Qualifications {
    let mut q = Qualifications::default();
    let first = |key: FieldKey| fields.iter().find(|f| f.key == key && !f.value.is_empty());
    let line = |f: &Field| Line::new(f.line, &f.value);

    q.education = first(FieldKey::Education).and_then(|f| education::from_value(&line(f)));
    q.experience = first(FieldKey::Experience).and_then(|f| experience::from_value(&line(f)));
    if let Some(f) = first(FieldKey::Majors) {
        q.majors = split_list(&f.value);
    }
    for f in fields.iter().filter(|f| f.key == FieldKey::Certificates) {
        q.certificates.extend(
            split_list(&f.value)
                .into_iter()
                .map(|c| c.trim_matches(['《', '》']).to_string()),
        );
    }
    if let Some(f) = first(FieldKey::Skills) {
        q.skills = split_list(&f.value);
    }
    if let Some(f) = first(FieldKey::Languages) {
        q.languages = split_list(&f.value);
    }
    if let Some(f) = first(FieldKey::Age) {
        q.age = experience::age(&fold(&f.value), true);
    }
    q.physical = first(FieldKey::Physical)
        .filter(|f| !is_none_value(&fold(&f.value)))
        .map(|f| f.value.clone());
    if let Some(f) = first(FieldKey::Traits) {
        q.traits = split_list(&f.value);
    }
    for f in fields
        .iter()
        .filter(|f| matches!(f.key, FieldKey::OtherRequirement | FieldKey::Gender))
    {
        if !is_none_value(&fold(&f.value)) {
            q.other.push(f.value.clone());
        }
    }

    let mut saw_experience_words = None;
    // Sets beside the lists keep de-duplication linear in long documents.
    let mut seen_certs: HashSet<String> = q.certificates.iter().cloned().collect();
    let mut seen_other: HashSet<String> = q.other.iter().cloned().collect();
    for node in nodes {
        if node.decoration || node.absorbed {
            continue;
        }
        let texts: Vec<Line> = if node.cells.is_empty() {
            vec![node.body.clone()]
        } else {
            node.cells.iter().map(|c| Line::new(node.line, c)).collect()
        };
        let known = node.fields.iter().any(|f| f.key != FieldKey::Unknown);
        for line in &texts {
            let mut specific = known;
            if let Some(e) = education::from_line(line) {
                specific = true;
                if q.education.is_none() {
                    q.education = Some(e);
                }
            }
            if let Some(e) = experience::from_line(line) {
                specific = true;
                if q.experience.is_none() {
                    q.experience = Some(e);
                }
            } else if saw_experience_words.is_none() {
                saw_experience_words = experience::mention(line);
            }
            if q.age.is_none()
                && let Some(a) = experience::age(&line.view, false)
            {
                specific = true;
                q.age = Some(a);
            }
            if q.physical.is_none()
                && let Some((s, e)) = experience::clauses(&line.view)
                    .into_iter()
                    .find(|&(s, e)| PHYSICAL.iter().any(|w| line.view[s..e].contains(w)))
            {
                // `身体健康,吃苦耐劳`: the clause about health is the physical condition.
                q.physical = Some(clean_value(line.text_of(s..e)));
            }
            let books: Vec<String> = BOOK_TITLE
                .captures_iter(&line.text)
                .map(|c| clean_value(&c[1]))
                .collect();
            if !books.is_empty() {
                specific = true;
                for b in books {
                    if seen_certs.insert(b.clone()) {
                        q.certificates.push(b);
                    }
                }
            } else {
                for c in HOLDS.captures_iter(&line.view) {
                    let m = c.get(1).expect("group 1");
                    for cert in split_list(line.text_of(m.range())) {
                        specific = true;
                        if seen_certs.insert(cert.clone()) {
                            q.certificates.push(cert);
                        }
                    }
                }
            }
            if q.majors.is_empty() {
                q.majors = majors(line);
            }
            if q.languages.is_empty() && first(FieldKey::Languages).is_none() {
                let found: Vec<String> = LANGUAGES
                    .iter()
                    .filter(|l| !(**l == "英文" && line.view.contains("中英文")))
                    .filter_map(|l| line.view.find(l).map(|at| (l, at)))
                    // `中文等相关专业` names a major, not a language.
                    .filter(|(l, _)| {
                        !experience::clauses(&line.view).iter().any(|&(s, e)| {
                            line.view[s..e].contains(**l) && line.view[s..e].contains("专业")
                        })
                    })
                    .map(|(l, at)| line.text_of(at..at + l.len()).to_string())
                    .collect();
                if !found.is_empty() {
                    specific = true;
                    q.languages = found;
                }
            }
            if !specific && !line.text.is_empty() {
                let text = clean_value(&line.text);
                if seen_other.insert(text.clone()) {
                    q.other.push(text);
                }
            }
        }
    }
    // Tag lines of postings (`广州 1-3年 大专`): anywhere in the document.
    if q.education.is_none() || q.experience.is_none() {
        for node in all_lines
            .iter()
            .filter(|n| n.fields.is_empty() && n.cells.is_empty())
        {
            let tokens: Vec<&str> = tag_tokens(&node.body.text);
            if tokens.len() < 2 {
                continue;
            }
            for token in tokens {
                let token = Line::new(node.line, token);
                if q.experience.is_none() {
                    q.experience = experience::from_tag(&token);
                }
                if q.education.is_none() && token.view.chars().count() <= 8 {
                    q.education = education::from_line(&token);
                }
            }
        }
    }
    if q.experience.is_none() {
        q.experience = saw_experience_words;
    }
    q
}

/// The tokens of a posting's tag line (`广州 1-3年 大专`, `8-12K·14薪 | 上海 | 本科`).
pub fn tag_tokens(text: &str) -> Vec<&str> {
    if text.contains([':', '：', '。', ',', '，', ';', '；']) {
        return Vec::new();
    }
    text.split([' ', '\u{3000}', '|', '/', '｜'])
        .filter(|t| !t.is_empty())
        .collect()
}

/// `物业管理、工商管理等相关专业` → the majors named.
fn majors(line: &Line) -> Vec<String> {
    for (start, end) in experience::clauses(&line.view) {
        let clause = line.view[start..end].trim();
        if !(clause.contains("专业") || clause.contains("学科") || clause.contains("科系"))
            || clause.contains("专业技能")
            || clause.contains("专业知识")
        {
            continue;
        }
        // Drop an education level in front (`本科以上学历,`, `大专 市场营销专业`).
        let mut from =
            start + (line.view[start..end].len() - line.view[start..end].trim_start().len());
        if let Some((_, _, r)) = education::find_level(clause) {
            let after = &clause[r.end..];
            let skip = [
                "及以上学历",
                "或以上学历",
                "以上学历",
                "及以上",
                "或以上",
                "以上",
                "学历",
            ]
            .iter()
            .find(|w| after.starts_with(**w))
            .map_or(0, |w| w.len());
            from += r.end + skip;
        }
        let sub = line.sub(from..end);
        let Some(c) = MAJOR.captures(sub.view.trim()) else {
            continue;
        };
        let m = c.get(1).expect("group 1");
        let lead = sub.view.len() - sub.view.trim_start().len();
        let names = split_list(sub.text_of(lead + m.start()..lead + m.end()));
        if !names.is_empty() {
            return names;
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_read_majors_from_requirement_lines() {
        let cases: &[(&str, &[&str])] = &[
            ("中专以上学历,电气相关专业。", &["电气"]),
            ("物业管理、工商管理等相关专业", &["物业管理", "工商管理"]),
            ("大專或以上學歷,物業管理相關學科;", &["物業管理"]),
            ("本科以上学历,市场营销专业优先", &["市场营销"]),
            ("具备专业知识", &[]),
        ];
        for (input, want) in cases {
            assert_eq!(majors(&Line::new(1, input)), *want, "{input}");
        }
    }
}
