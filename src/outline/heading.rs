//! Section headings: `(三)岗位职责`, `第一部分:基本信息`, `【任职要求】`, `■ 岗位职责`,
//! `## 岗位职责`, `岗位职责:` and `岗位职责:负责…` with the body on the same line.

use crate::lexicon::{self, SECTION_MATCHER};
use crate::model::SectionKey;
use crate::outline::numbering::{self, Style};

/// A heading found at the start of a view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heading {
    pub key: SectionKey,
    /// Byte offset in the view where the heading text ends (colon excluded).
    pub end: usize,
    /// Byte offset where the body on the same line begins (`view.len()` if none).
    pub rest: usize,
}

/// Words that may follow an alias inside a heading (`岗位职责描述`, `任职资格说明`).
const SUFFIXES: &[&str] = &[
    "描述",
    "说明",
    "内容",
    "要求",
    "如下",
    "包括",
    "及要求",
    "一览",
    "明细",
];

/// Recognizes a section heading at the start of `view`.
pub fn heading(view: &str) -> Option<Heading> {
    let mut pos = 0;
    let mut style = None;
    let mut close = None;
    if let Some(m) = numbering::marker(view) {
        pos = m.len;
        style = Some(m.style);
    }
    let after_marker = &view[pos..];
    let opening = ["【", "[", "**", "__", "<"]
        .into_iter()
        .find(|o| after_marker.starts_with(o));
    if let Some(open) = opening {
        let inner = &after_marker[open.len()..];
        close = Some(match open {
            "【" => "】",
            "[" => "]",
            "<" => ">",
            other => other,
        });
        pos = view.len() - inner.len();
        style = Some(Style::Bracket);
        if let Some(m) = numbering::marker(inner) {
            pos += m.len;
        }
    }
    pos += view[pos..].len() - view[pos..].trim_start().len();
    let (key, alias_len) = SECTION_MATCHER.at_start(&view[pos..])?;
    let alias = &view[pos..pos + alias_len];
    let mut end = pos + alias_len;
    // A parenthetical note (`工作内容(十条以内,简明扼要)`) and a few suffix words belong to the heading.
    loop {
        let rest = &view[end..];
        if let Some(inner) = rest.strip_prefix('(') {
            match inner.find(')') {
                Some(close_at) if close_at <= 60 && !inner[..close_at].contains(':') => {
                    end += 1 + close_at + 1;
                    continue;
                }
                _ => {}
            }
        }
        if let Some(s) = SUFFIXES.iter().find(|s| rest.starts_with(**s)) {
            end += s.len();
            continue;
        }
        break;
    }
    if let Some(closing) = close {
        let rest = view[end..].trim_start();
        let rest = rest.strip_prefix(closing)?;
        let end = view.len() - rest.len();
        return Some(Heading {
            key,
            end,
            rest: skip_colon_and_space(view, end),
        });
    }
    let chapter = style.is_some_and(Style::is_chapter_like);
    // A table row whose first cell is a section name (`岗位职责\t1、负责…`, Word
    // tables with the section in the first column): the other cells are its body.
    if view[end..].starts_with(['\t', '|']) && lexicon::label(alias).is_none() {
        let rest = view[end..].trim_start_matches(['\t', '|', ' ']);
        return Some(Heading {
            key,
            end,
            rest: view.len() - rest.len(),
        });
    }
    let tail = view[end..].trim_start();
    // `薪资待遇` alone on a line is a pay label whose value follows (a table cell
    // per line), not the benefits section.
    if tail.is_empty()
        && style.is_none()
        && lexicon::label(alias) == Some(lexicon::FieldKey::Salary)
    {
        return None;
    }
    if tail.is_empty() {
        return Some(Heading {
            key,
            end,
            rest: view.len(),
        });
    }
    if let Some(body) = tail.strip_prefix(':') {
        let rest_at = skip_colon_and_space(view, view.len() - body.len() - 1);
        if body.trim().is_empty() || chapter {
            return Some(Heading {
                key,
                end,
                rest: rest_at,
            });
        }
        // `工作目标:…`, `福利:…` are fields unless a chapter-like marker says otherwise.
        if lexicon::label(alias).is_some() {
            return None;
        }
        return Some(Heading {
            key,
            end,
            rest: rest_at,
        });
    }
    // Body glued to the heading: only under a chapter-like marker, or when what
    // follows is itself a field (`基本信息职位编号:`).
    if chapter || starts_with_field(tail) {
        let rest_at = view.len() - tail.len();
        return Some(Heading {
            key,
            end,
            rest: rest_at,
        });
    }
    None
}

fn skip_colon_and_space(view: &str, mut at: usize) -> usize {
    let rest = &view[at..];
    let trimmed = rest
        .trim_start()
        .strip_prefix(':')
        .unwrap_or(rest.trim_start())
        .trim_start();
    at += rest.len() - trimmed.len();
    at
}

fn starts_with_field(tail: &str) -> bool {
    let hits = crate::outline::fields::split_fields(tail);
    hits.first()
        .is_some_and(|h| h.label.start == 0 && h.key != lexicon::FieldKey::Unknown)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    type Want<'a> = Option<(SectionKey, &'a str, &'a str)>;

    #[test]
    fn should_find_headings_in_every_style() {
        let cases: &[(&str, Want)] = &[
            (
                "(三)岗位职责",
                Some((SectionKey::Responsibilities, "(三)岗位职责", "")),
            ),
            (
                "(一)任职资格:",
                Some((SectionKey::Qualifications, "(一)任职资格", "")),
            ),
            (
                "第一部分:基本信息职位编号:",
                Some((SectionKey::BasicInfo, "第一部分:基本信息", "职位编号:")),
            ),
            (
                "第三部分:工作内容(十条以内,简明扼要)",
                Some((
                    SectionKey::Responsibilities,
                    "第三部分:工作内容(十条以内,简明扼要)",
                    "",
                )),
            ),
            (
                "工作概述:负责协助",
                Some((SectionKey::Summary, "工作概述", "负责协助")),
            ),
            (
                "【岗位职责】",
                Some((SectionKey::Responsibilities, "【岗位职责】", "")),
            ),
            (
                "■ 任职要求",
                Some((SectionKey::Qualifications, "■ 任职要求", "")),
            ),
            (
                "## 福利待遇",
                Some((SectionKey::Benefits, "## 福利待遇", "")),
            ),
            (
                "一、岗位职责",
                Some((SectionKey::Responsibilities, "一、岗位职责", "")),
            ),
            (
                "岗位职责:1.负责",
                Some((SectionKey::Responsibilities, "岗位职责", "1.负责")),
            ),
            (
                "主要職責:",
                Some((SectionKey::Responsibilities, "主要职责", "")),
            ),
            (
                "工作条件及个人发展",
                Some((SectionKey::Conditions, "工作条件及个人发展", "")),
            ),
            (
                "岗位职责\t1、负责巡逻",
                Some((SectionKey::Responsibilities, "岗位职责", "1、负责巡逻")),
            ),
            ("1、工作目标:确保", None),
            ("衡量标准:每月", None),
            ("福利:五险一金", None),
            ("职责范围内的工作", None),
            ("负责岗位职责", None),
        ];
        for (line, want) in cases {
            let view = fold(line);
            let got = heading(&view).map(|h| (h.key, &view[..h.end], &view[h.rest..]));
            let want = want.map(|(k, h, r)| (k, fold(h), fold(r)));
            let got = got.map(|(k, h, r)| (k, h.to_string(), r.to_string()));
            assert_eq!(got, want, "heading of {line}");
        }
    }
}
