//! split: site chrome out, one page into several documents, each with its title.
//!
//! Chrome (site names, breadcrumbs, view counters, `相关文章` and what follows it,
//! copyright and disclaimer lines, Word field codes) goes to the record's
//! `dropped` with a reason. A page holds several job descriptions when it says
//! so (`篇2:…`, `范本二`), or when a second title line follows a finished
//! document. The title is the document's own title line; a page title repeated
//! above it (the template-site layout) is dropped as such.

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon;
use crate::model::Dropped;
use crate::normalize::Line;
use crate::outline::{fields, heading, numbering, table};

/// One job description's lines, before outlining.
#[derive(Debug, Default)]
pub struct Doc {
    pub title: Option<String>,
    pub title_line: Option<usize>,
    /// Content lines, in order (title and chrome excluded).
    pub lines: Vec<Line>,
    pub dropped: Vec<Dropped>,
    /// The title a `篇N:` separator gave, if any.
    separator_title: Option<(String, String)>,
}

impl Doc {
    /// First and last input line this document covers.
    pub fn span(&self) -> [usize; 2] {
        let mut nos: Vec<usize> = self.lines.iter().map(|l| l.no).collect();
        nos.extend(self.dropped.iter().map(|d| d.line));
        nos.extend(self.title_line);
        [
            nos.iter().copied().min().unwrap_or(1),
            nos.iter().copied().max().unwrap_or(1),
        ]
    }
}

static SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:篇\s*[0-9一二三四五六七八九十]+|第\s*[0-9一二三四五六七八九十]+\s*篇|(?:范本|范文|模板|样本|样例)\s*[0-9一二三四五六七八九十]+)\s*[:、.]?\s*(.*)$")
        .expect("separator pattern")
});

static COLLECTION_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[(\[【]\s*(?:精选|通用|热门|合集|汇总|最新)?\s*[0-9一二三四五六七八九十]+\s*篇\s*[)\]】]|[0-9一二三四五六七八九十]+篇(?:精选|合集|汇总)?)\s*$")
        .expect("collection pattern")
});

static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:第\s*(?:PAGE\s*)?\d+\s*页\s*[,/]?\s*(?:共\s*(?:NUMPAGES\s*)?\d+\s*页)?|\d+\s*/\s*\d+\s*页?|共\s*\d+\s*页)$")
        .expect("page number pattern")
});

static NUMBER_OR_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\d{1,9}|\d{4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)$",
    )
    .expect("number pattern")
});

/// `招聘:物业财务主管`: a posting's title line, not a field.
static RECRUITING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:招聘|诚聘|急聘|高薪诚聘|热招)\s*:").expect("recruiting pattern")
});

/// The title as written, without a markdown `#` marker.
fn title_text(line: &Line) -> String {
    match numbering::marker(&line.view) {
        Some(m) if m.style == numbering::Style::Hash => {
            line.text_of(m.len..line.view.len()).trim().to_string()
        }
        _ => line.text.clone(),
    }
}

/// Site-name endings: a short first line ending so is the site, not the title.
const SITE_SUFFIXES: &[&str] = &[
    "网",
    "之家",
    "在线",
    "文库",
    "网站",
    "频道",
    "论坛",
    "社区",
    "经理人",
    ".com",
    ".cn",
    ".net",
];

/// Chrome that ends the page: what follows is recommendations, not content.
fn starts_footer(reason: &str) -> bool {
    matches!(reason, "related articles" | "recommendations")
}

/// Why a line is site chrome, if it is, judged on the line alone.
pub fn chrome_reason(line: &Line) -> Option<&'static str> {
    let view = line.view.trim_end_matches([':', ' ', '>', '»']);
    if let Some(reason) = lexicon::chrome_phrase(view) {
        return Some(reason);
    }
    if PAGE_NUMBER.is_match(view) {
        return Some("page number");
    }
    if is_breadcrumb(view) {
        return Some("breadcrumbs");
    }
    if is_nav_bar(view) {
        return Some("navigation");
    }
    None
}

fn is_breadcrumb(view: &str) -> bool {
    let seps = view.matches(['>', '»', '›']).count() + view.matches("->").count();
    seps >= 2 && view.chars().count() <= 60 && !view.contains(':') && !view.contains('。')
        || view.starts_with("首页") && seps >= 1
}

fn is_nav_bar(view: &str) -> bool {
    if view.starts_with('|') {
        return false;
    }
    let parts: Vec<&str> = view.split('|').map(str::trim).collect();
    parts.len() >= 3
        && parts.iter().all(|p| {
            p.chars().count() <= 10 && !p.contains(':') && !p.contains(|c: char| c.is_ascii_digit())
        })
        && crate::extract::education::find_level(view).is_none()
        && !parts
            .iter()
            .any(|p| lexicon::label(p).is_some() || lexicon::SECTION_MATCHER.whole(p).is_some())
}

/// Is this line part of a document's body (as opposed to a title candidate)?
fn is_content(line: &Line) -> bool {
    let v = &line.view;
    heading::heading(v).is_some()
        || numbering::marker(v).is_some_and(|m| m.style != numbering::Style::Hash)
        || lexicon::label(v.trim_end_matches(':').trim()).is_some()
        || fields::is_spaced_pairs(v)
        || fields::split_fields(v)
            .iter()
            .any(|h| h.key != lexicon::FieldKey::Unknown)
        || matches!(table::row(v), Some(table::RowKind::Cells(_)))
        || (v.contains(':') && !RECRUITING.is_match(v))
        || v.chars().count() > 40
        || v.ends_with(['。', ';', ',', '!'])
}

/// `一、保安员岗位职责`: a numbered line naming a job and its duties.
fn numbered_job_title(line: &Line) -> bool {
    let Some(m) = numbering::marker(&line.view) else {
        return false;
    };
    // Numbers only: `#` and bullets mark headings and items, not a list of jobs.
    if m.ordinal.is_none() && m.style != numbering::Style::Chapter {
        return false;
    }
    let body = line.view[m.len..].trim();
    let suffix = [
        "岗位职责",
        "职位职责",
        "工作职责",
        "岗位说明书",
        "职位说明书",
        "职务说明书",
        "岗位说明",
        "职责",
    ]
    .iter()
    .find(|s| body.ends_with(**s));
    suffix.is_some_and(|s| {
        let name = &body[..body.len() - s.len()];
        let n = name.chars().count();
        (1..=15).contains(&n)
            && !name.contains([',', ';', '。', ':', '、'])
            && lexicon::SECTION_MATCHER.whole(body).is_none()
            && !name.starts_with(['负', '履', '完', '做', '执', '遵', '落', '明'])
    })
}

/// A line that opens a new document when it follows a finished one.
fn is_new_title(line: &Line) -> bool {
    let v = &line.view;
    v.chars().count() <= 40
        && !v.contains(':')
        && numbering::marker(v).is_none()
        && heading::heading(v).is_none()
        && (v.contains("说明书") || v.ends_with("岗位描述") || v.ends_with("职位描述"))
}

/// Splits a file's lines into documents and moves chrome to `dropped`.
pub fn split(lines: Vec<Line>) -> Vec<Doc> {
    let mut docs = vec![Doc::default()];
    let mut in_footer = false;
    let mut content_since_title = 0usize;
    // `一、保安员岗位职责` … `二、保洁员岗位职责`: a page listing several jobs under
    // numbered titles. Two or more such lines make each one a document of its own
    // (a single one is just a JD's duties heading).
    let numbered_titles: Vec<bool> = lines.iter().map(numbered_job_title).collect();
    let several_jobs = numbered_titles.iter().filter(|t| **t).count() >= 2;
    for (i, line) in lines.into_iter().enumerate() {
        if several_jobs && numbered_titles[i] {
            let marker = numbering::marker(&line.view).map_or(0, |m| m.len);
            // The title drops its number; the line as written stays on record.
            let next = Doc {
                title: Some(line.text_of(marker..line.view.len()).trim().to_string()),
                title_line: Some(line.no),
                dropped: vec![dropped(&line, "numbered job title")],
                ..Doc::default()
            };
            docs.push(next);
            in_footer = false;
            content_since_title = 0;
            continue;
        }
        let doc = docs.last_mut().expect("at least one doc");
        if let Some(caps) = SEPARATOR.captures(&line.view) {
            let rest = caps.get(1).map_or("", |m| m.as_str()).trim();
            let title = line
                .text_of(line.view.len() - rest.len()..line.view.len())
                .trim()
                .to_string();
            let mut next = Doc::default();
            next.dropped.push(dropped(&line, "document separator"));
            if !title.is_empty() {
                next.separator_title = Some((title, rest.to_string()));
            }
            docs.push(next);
            in_footer = false;
            content_since_title = 0;
            continue;
        }
        if in_footer {
            doc.dropped
                .push(dropped(&line, "after the page's related-links footer"));
            continue;
        }
        if let Some(reason) = chrome_reason(&line) {
            in_footer |= starts_footer(reason);
            doc.dropped.push(dropped(&line, reason));
            continue;
        }
        if COLLECTION_TITLE.is_match(&line.view) && !is_content(&line) {
            doc.dropped.push(dropped(&line, "collection title"));
            continue;
        }
        if content_since_title >= 3 && is_new_title(&line) {
            docs.push(Doc::default());
            content_since_title = 0;
            docs.last_mut().expect("just pushed").lines.push(line);
            continue;
        }
        if is_content(&line) {
            content_since_title += 1;
        }
        doc.lines.push(line);
    }
    for doc in &mut docs {
        if doc.title.is_none() {
            find_title(doc);
        }
    }
    // A chrome-only stretch (a page header before `篇1`) joins its neighbour, and so
    // does a title with nothing under it (the page title above numbered jobs).
    let mut out: Vec<Doc> = Vec::new();
    let mut pending: Vec<Dropped> = Vec::new();
    let count = docs.len();
    for (k, mut doc) in docs.into_iter().enumerate() {
        if doc.lines.is_empty()
            && (doc.title.is_none() || (k + 1 < count && doc.title_line.is_some()))
        {
            if let (Some(title), Some(no)) = (doc.title.take(), doc.title_line) {
                pending.push(Dropped {
                    line: no,
                    text: title,
                    reason: "collection title".into(),
                });
            }
            pending.append(&mut doc.dropped);
            continue;
        }
        doc.dropped.splice(0..0, pending.drain(..));
        out.push(doc);
    }
    if let Some(last) = out.last_mut() {
        last.dropped.append(&mut pending);
    }
    for doc in &mut out {
        doc.dropped.sort_by_key(|d| d.line);
    }
    out
}

fn dropped(line: &Line, reason: &str) -> Dropped {
    Dropped {
        line: line.no,
        text: line.text.clone(),
        reason: reason.to_string(),
    }
}

/// Picks the title among the leading lines and drops the page header around it.
fn find_title(doc: &mut Doc) {
    let leading = doc.lines.iter().take_while(|l| !is_content(l)).count();
    // Counters and dates among the leading lines are page metadata.
    let mut kept: Vec<Line> = Vec::new();
    for line in doc.lines.drain(..leading) {
        if NUMBER_OR_DATE.is_match(&line.view) {
            doc.dropped
                .push(dropped(&line, "page metadata (counter or date)"));
        } else {
            kept.push(line);
        }
    }
    let mut title_at = None;
    if let Some((title, view)) = doc.separator_title.take() {
        doc.title = Some(title);
        if let Some(i) = kept
            .iter()
            .position(|l| crate::normalize::fold(&title_text(l)) == view)
        {
            let line = kept.remove(i);
            doc.title = Some(title_text(&line));
            doc.title_line = Some(line.no);
        }
        doc.lines.splice(0..0, kept);
        return;
    }
    // The template-site layout: the title twice, with the site name and a counter around it.
    for j in 1..kept.len() {
        if let Some(i) = (0..j).find(|&i| kept[i].view == kept[j].view) {
            title_at = Some(j);
            for (k, line) in kept.iter().enumerate().take(j) {
                let reason = if k == i {
                    "repeated title"
                } else {
                    "page header"
                };
                doc.dropped.push(dropped(line, reason));
            }
            break;
        }
    }
    if title_at.is_none() {
        let n = kept.len();
        let site = |l: &Line| {
            l.view.chars().count() <= 12
                && SITE_SUFFIXES.iter().any(|s| l.view.ends_with(s))
                && !lexicon::has_title_word(&l.view)
        };
        let worded = kept
            .iter()
            .rposition(|l| lexicon::has_title_word(&l.view) && l.view.chars().count() <= 40);
        let chosen = worded.or_else(|| {
            kept.iter()
                .position(|l| !(n > 1 && site(l)) && l.view.chars().count() <= 40)
        });
        if let Some(t) = chosen {
            for line in &kept[..t] {
                let reason = if site(line) {
                    "site name"
                } else {
                    "page header"
                };
                doc.dropped.push(dropped(line, reason));
            }
            title_at = Some(t);
        }
    }
    let rest: Vec<Line> = match title_at {
        Some(t) => {
            let mut it = kept.into_iter().skip(t);
            let line = it.next().expect("title line exists");
            doc.title = Some(title_text(&line));
            doc.title_line = Some(line.no);
            it.collect()
        }
        None => kept,
    };
    doc.lines.splice(0..0, rest);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::lines;

    #[test]
    fn should_drop_the_template_site_header_and_footer() {
        let text = "某某范文网\n\n保安员岗位说明书\n\n1234\n\n  保安员岗位说明书\n\n  岗位名称:保安员\n\n相关文章\n保洁员岗位说明书\n";
        let docs = split(lines(text));
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].title.as_deref(), Some("保安员岗位说明书"));
        let reasons: Vec<_> = docs[0]
            .dropped
            .iter()
            .map(|d| (d.line, d.reason.as_str()))
            .collect();
        assert_eq!(
            reasons,
            vec![
                (1, "page header"),
                (3, "repeated title"),
                (5, "page metadata (counter or date)"),
                (11, "related articles"),
                (12, "after the page's related-links footer"),
            ]
        );
    }

    #[test]
    fn should_start_a_record_at_each_separator() {
        let text =
            "甲岗位职责(2篇)\n甲岗位职责\n1、负责甲\n篇2:乙岗位说明书\n乙岗位说明书\n岗位名称:乙\n";
        let docs = split(lines(text));
        let titles: Vec<_> = docs.iter().map(|d| d.title.as_deref()).collect();
        assert_eq!(titles, vec![Some("甲岗位职责"), Some("乙岗位说明书")]);
        assert_eq!(docs[0].dropped[0].reason, "collection title");
        assert_eq!(docs[1].dropped[0].reason, "document separator");
    }

    #[test]
    fn should_know_chrome_lines() {
        let cases = [
            ("首页 > 招聘 > 安保类", Some("breadcrumbs")),
            ("更新时间:2022-09-01", Some("page metadata")),
            ("物业范文网 | 登录 | 注册", Some("navigation")),
            ("第 PAGE 1 页 共 NUMPAGES 2 页", Some("Word field codes")),
            ("第1页 共2页", Some("page number")),
            ("上一篇:保洁员岗位职责", Some("previous/next links")),
            ("粤ICP备12345678号", Some("registration number")),
            ("岗位名称 | 所属部门 | 直接上级", None),
            ("负责大堂接待工作", None),
        ];
        for (text, want) in cases {
            assert_eq!(chrome_reason(&Line::new(1, text)), want, "{text}");
        }
    }
}
