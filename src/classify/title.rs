//! What [`crate::split`] needs to know of a line to find documents and their
//! titles: is it content or a title candidate, does it carry a title word, is it
//! a numbered job title, a site name, a bare counter, a document separator.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::is_ideograph;
use super::numbering::{Marker, Style};
use super::{Scan, fields, table};
use crate::lexicon::{self, FieldKey};
use crate::normalize::Line;

/// Facts about a line that split weighs with the line's place on the page.
#[derive(Clone, Copy, Debug)]
pub struct Traits<'a> {
    /// Part of a document's body, as opposed to a title candidate.
    pub content: bool,
    /// `一、保安员岗位职责`: the job named after a number (two or more such lines
    /// make a page of several jobs).
    pub job_title: Option<Line<'a>>,
    /// `3、食品部经理、百货部经理岗位职责`: a line that could list a job in a table of
    /// contents (a short name before a job-title ending).
    pub toc_entry: bool,
    /// A short title-like line (`…说明书`, `…岗位描述`) that opens a new document
    /// when it follows a finished one.
    pub new_title: bool,
    /// Holds a word that marks a job-description title (`说明书`, `岗位职责`, `招聘`).
    pub title_word: bool,
    /// A short line ending like a site name (`…网`, `…文库`).
    pub site_name: bool,
    /// A bare number or date (a view counter, an upload date).
    pub counter_or_date: bool,
    /// The line as a title: without a markdown `#`.
    pub title: Line<'a>,
}

static SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    let words = lexicon::alternation(lexicon::SEPARATOR_WORDS);
    Regex::new(&format!(
        r"^(?:篇\s*{N}+|第\s*{N}+\s*篇|{words}\s*{N}+)\s*[:、.]?\s*(.*)$"
    ))
    .expect("separator pattern")
});

/// `职缺一:门市储备干部`: a posting's ordinal, a colon and a short title.
static POSTING_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    let words = lexicon::alternation(lexicon::POSTING_ORDINAL_WORDS);
    Regex::new(&format!(
        r"^{words}\s*{N}{{1,3}}\s*:\s*([^\s:,。;、]{{2,20}})$"
    ))
    .expect("posting ordinal pattern")
});

/// A count of documents, in either kind of numeral.
const N: &str = "[0-9一二三四五六七八九十]";

/// `收費處崗位職責 篇2`, `网络管理员的岗位职责(篇2)`, `网络管理员岗位职责范文一:`: the
/// collection's marker after the title.
static TRAILING_SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    let words = lexicon::alternation(lexicon::SEPARATOR_WORDS);
    Regex::new(&format!(
        r"^(.{{2,30}}?)\s*(?:篇\s*{N}+|第\s*{N}+\s*篇|{words}\s*{N}+|[(\[【]\s*(?:篇\s*{N}+|第\s*{N}+\s*篇)\s*[)\]】])\s*:?$"
    ))
    .expect("separator pattern")
});

static COLLECTION_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    let before = lexicon::alternation(lexicon::COLLECTION_WORDS);
    let after = lexicon::alternation(lexicon::COLLECTION_SUFFIX_WORDS);
    Regex::new(&format!(
        r"(?:[(\[【]\s*{before}?\s*{N}+\s*篇\s*[)\]】]|{N}+篇{after}?)\s*$"
    ))
    .expect("collection pattern")
});

static NUMBER_OR_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\d{1,9}|\d{4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)$",
    )
    .expect("number pattern")
});

/// `招聘:物业财务主管`: a posting's title line, not a field.
static RECRUITING: LazyLock<Regex> = LazyLock::new(|| {
    let words = lexicon::alternation(lexicon::RECRUITING_WORDS);
    Regex::new(&format!(r"^{words}\s*:")).expect("recruiting pattern")
});

/// The facts about one line.
pub(crate) fn traits<'a>(line: Line<'a>, scan: &Scan<'_>) -> Traits<'a> {
    let view = line.view();
    let chars = view.chars().count();
    let title_word = lexicon::has_title_word(view);
    Traits {
        content: is_content(scan, chars),
        job_title: job_title(line, scan.marker),
        toc_entry: toc_entry(view, scan.marker),
        new_title: is_new_title(scan, chars),
        title_word,
        site_name: chars <= 12 && lexicon::has_site_suffix(view) && !title_word,
        // Both of the pattern's forms start with a digit.
        counter_or_date: view.len() <= 40
            && view.starts_with(|c: char| c.is_numeric())
            && NUMBER_OR_DATE.is_match(view),
        title: match scan.marker {
            Some(m) if m.style == Style::Hash => line.from(m.len),
            _ => line,
        },
    }
}

/// `三)楼层领班…`: a page excerpt that starts inside a marker (`(三)` with its
/// bracket cut off); the length of what is left of the marker. (A title keeps it
/// as written; the position it names does not.)
pub fn cut_marker(view: &str) -> usize {
    let digits: usize = view
        .chars()
        .take_while(|&c| super::numbering::is_cn_digit(c))
        .take(3)
        .map(char::len_utf8)
        .sum();
    if digits > 0 && view[digits..].starts_with(')') && view.len() > digits + 1 {
        digits + 1
    } else {
        0
    }
}

/// `篇2:乙岗位说明书`, `职缺二:烘焙助理`: a separator, with the title that follows it,
/// if any.
pub fn separator(line: Line<'_>) -> Option<Option<Line<'_>>> {
    if !may_be_separator(line.view()) {
        return None;
    }
    if let Some(caps) = TRAILING_SEPARATOR.captures(line.view())
        && lexicon::has_title_word(&caps[1])
    {
        let end = caps.get(1).map_or(0, |m| m.end());
        return Some(Some(line.to(end)));
    }
    if let Some(caps) = POSTING_ORDINAL.captures(line.view()) {
        let start = caps.get(1).map_or(0, |m| m.start());
        return Some(Some(line.from(start)));
    }
    let caps = SEPARATOR.captures(line.view())?;
    let rest = caps.get(1).map_or(line.view().len(), |m| m.start());
    let title = line.from(rest);
    Some((!title.is_empty()).then_some(title))
}

/// Can a separator pattern match? Every one needs `篇` or `第`, or a separator
/// word at the start or before a count at the end: most lines are ruled out
/// without running a regex.
fn may_be_separator(view: &str) -> bool {
    fn firsts(words: &[&str]) -> Vec<char> {
        words
            .iter()
            .filter_map(|w| crate::normalize::fold(w).chars().next())
            .collect()
    }
    static SEPARATOR_FIRSTS: LazyLock<Vec<char>> =
        LazyLock::new(|| firsts(lexicon::SEPARATOR_WORDS));
    static ORDINAL_FIRSTS: LazyLock<Vec<char>> =
        LazyLock::new(|| firsts(lexicon::POSTING_ORDINAL_WORDS));
    // (A separator word after the title is followed by the count: `…范文一:`.)
    let counted = || {
        view.trim_end_matches(':')
            .ends_with(|c: char| c.is_ascii_digit() || lexicon::COUNT_NUMERALS.contains(c))
    };
    view.contains(['篇', '第'])
        || view.starts_with(ORDINAL_FIRSTS.as_slice())
        || view.starts_with(SEPARATOR_FIRSTS.as_slice())
        || (counted() && view.contains(SEPARATOR_FIRSTS.as_slice()))
}

/// `收费处岗位职责(精选3篇)`, `…3篇`: the header of a collection.
pub fn is_collection_title(view: &str) -> bool {
    // Every form counts its `篇`.
    view.contains('篇') && COLLECTION_TITLE.is_match(view)
}

/// Is this line part of a document's body (as opposed to a title candidate)?
/// (The cheap questions first.)
fn is_content(scan: &Scan<'_>, chars: usize) -> bool {
    let v = scan.view;
    chars > 40
        || v.ends_with(['。', ';', ',', '!'])
        || scan.marker.is_some_and(|m| m.style != Style::Hash)
        // A job's heading (`保安员岗位职责`) may be the document's title.
        || scan.heading().is_some_and(|h| h.rule != super::Rule::HeadingJob)
        || lexicon::label(v.trim_end_matches(':').trim()).is_some()
        || matches!(scan.row(), Some(table::RowKind::Cells(_) | table::RowKind::Separator))
        // (A headline's colon ends its clause: `物流园急招叉车司机:持证上岗`.)
        || (v.contains(':') && !RECRUITING.is_match(v) && lexicon::notice_position(v).is_none())
        || fields::is_spaced_pairs(v)
        || (v.contains(':') && scan.fields().iter().any(|h| h.key != FieldKey::Unknown))
}

/// `总 务 主 任`, `校　医`: a position's name spaced out letter by letter, alone on its
/// line (a centred heading in a Word document): the name without its spaces.
pub fn spaced_name(view: &str) -> Option<String> {
    // Eight characters and their spaces at most; most lines are longer or unspaced.
    if view.len() > 60 || !view.contains(' ') {
        return None;
    }
    let groups: Vec<&str> = view.split_whitespace().collect();
    let spaced = groups.len() >= 2
        && groups
            .iter()
            .all(|g| (1..=2).contains(&g.chars().count()) && g.chars().all(is_ideograph));
    let name = groups.concat();
    (spaced && is_bare_position(&name)).then_some(name)
}

/// A position's name and nothing else (`校长`, `总务主任`): not a section's name or a
/// field's label.
pub fn is_bare_position(name: &str) -> bool {
    (2..=8).contains(&name.chars().count())
        && name.chars().all(is_ideograph)
        && lexicon::is_position_title(name)
        && lexicon::SECTION_MATCHER.whole(name).is_none()
        && lexicon::label(name).is_none()
}

/// `香港海關-助理貿易管制主任`, `教育局項目助理(特殊教育分部)`: a public body's or an
/// organization's name, then a position's bare name (after a dash, or glued), and
/// perhaps the branch in brackets: the organization's range and the position's.
pub fn organization_post(name: &str) -> Option<(Range<usize>, Range<usize>)> {
    // A name and a post: short, no sentence (most items are ruled out here).
    if name.len() > 72 || name.contains([',', '。', ';', ':', ' ', '、']) {
        return None;
    }
    let name = match name
        .strip_suffix(')')
        .and_then(|n| n.rfind('(').map(|at| &n[..at]))
    {
        Some(before) if name[before.len()..].chars().count() <= 14 => before.trim_end(),
        _ => name,
    };
    if let Some((org, post)) = name.split_once('-') {
        let (org, post) = (org.trim_end(), post.trim_start());
        let start = name.len() - post.len();
        return (is_organization(org) && is_bare_position(post))
            .then_some((0..org.len(), start..name.len()));
    }
    lexicon::ORGANIZATION_ENDINGS
        .iter()
        .chain(lexicon::NOTICE_ORGANIZATION_ENDINGS)
        .flat_map(|e| name.match_indices(e).map(move |(at, _)| at + e.len()))
        .find(|&end| {
            // (`某某物流公司招聘货车司机`: a verb of hiring is no part of a post.)
            is_organization(&name[..end])
                && is_bare_position(&name[end..])
                && !lexicon::HEADLINE_VERBS
                    .iter()
                    .any(|v| name[end..].starts_with(v))
        })
        .map(|end| (0..end, end..name.len()))
}

/// `政府工｜1.香港海關-助理貿易管制主任`: a news site's column (a few ideographs, no
/// label or section name), a bar, then a numbered headline naming a public body's
/// post ([`organization_post`]): the organization's range and the post's in the line.
pub fn column_headline(view: &str) -> Option<(Range<usize>, Range<usize>)> {
    let (tag, rest) = view.split_once('|')?;
    let tagged = (1..=4).contains(&tag.chars().count())
        && tag.chars().all(is_ideograph)
        && lexicon::label(tag).is_none()
        && lexicon::SECTION_MATCHER.whole(tag).is_none();
    let m = super::numbering::marker(rest).filter(|m| {
        m.ordinal.is_some() && matches!(m.style, Style::ArabicDot | Style::ArabicComma)
    })?;
    let start = tag.len() + 1 + m.len;
    let (org, post) = organization_post(tagged.then_some(&view[start..])?)?;
    Some((
        start + org.start..start + org.end,
        start + post.start..start + post.end,
    ))
}

/// A name of two to ten ideographs ending like an organization's or a public body's.
fn is_organization(name: &str) -> bool {
    (2..=10).contains(&name.chars().count())
        && name.chars().all(is_ideograph)
        && lexicon::organization_name_before_ending(name).is_some_and(|n| !n.is_empty())
}

/// `冷链物流调度工程师[上海·浦东新区]`, `仓储数据分析师【上海】`: a position's bare
/// name followed by the place in brackets (a city, or a city and its district
/// joined by `·`), alone on its line; the name's length.
fn posting_name_before_place(view: &str) -> Option<usize> {
    let view = view.trim_end();
    let inner = view.strip_suffix([']', '】'])?;
    let open = inner.rfind(['[', '【'])?;
    let name = &inner[..open];
    let bracket = inner[open..].chars().next()?;
    let place = &inner[open + bracket.len_utf8()..];
    let is_place = (2..=12).contains(&place.chars().count())
        && place
            .chars()
            .all(|c| super::is_ideograph(c) || c == '·' || c == '-');
    // A bare name: `護理員崗位職責[範文大全]` is a document's title and a site's tag.
    let name = name.trim();
    let bare = !lexicon::DOC_TITLE_SUFFIXES
        .iter()
        .any(|s| name.ends_with(s));
    (is_place && bare && lexicon::is_position_title(name)).then_some(name.len())
}

/// `一、保安员岗位职责`: the line after its number, when it names a job and its duties.
fn job_title(line: Line<'_>, marker: Option<Marker>) -> Option<Line<'_>> {
    // `总 务 主 任` over its duties: a position's name spaced out on its line.
    if marker.is_none() && spaced_name(line.view()).is_some() {
        return Some(line);
    }
    // `店长岗位职责` alone on its line, unnumbered: a job whose name ends like one.
    if marker.is_none()
        && let Some(end) = lexicon::title_end(line.view())
        && end == line.view().len()
        && lexicon::ends_with_duties_word(line.view())
        && lexicon::is_position_title(line.view())
    {
        return Some(line);
    }
    // `园长任职条件` alone on its line: a job's name over its requirements.
    if marker.is_none()
        && let Some(name) = lexicon::JOB_REQUIREMENT_SUFFIXES
            .iter()
            .find_map(|s| line.view().strip_suffix(s))
        && lexicon::is_position_title(name)
        && !lexicon::COLLECTIVE_WORDS.iter().any(|w| name.contains(w))
    {
        return Some(line);
    }
    // `冷链物流调度工程师[上海·浦东新区]`: a job board's posting, its name and where.
    if marker.is_none()
        && let Some(name) = posting_name_before_place(line.view())
    {
        return Some(line.to(name));
    }
    // `部长岗位:`, `救生员:` over its list: a position's name (and `岗位`), alone on
    // its line.
    if marker.is_none()
        && let Some(label) = line.view().strip_suffix(':')
        && (is_bare_position(label)
            || lexicon::POSITION_LABEL_ENDINGS
                .iter()
                .find_map(|e| label.strip_suffix(e))
                .is_some_and(lexicon::is_position_title))
    {
        return Some(line.to(label.len()));
    }
    numbered_job_title(line, marker?)
}

/// A numbered line that names a job (`一、项目经理`, `1.桥吊司机`, `二、保洁员岗位职责`):
/// the name, without its number.
fn numbered_job_title(line: Line<'_>, m: Marker) -> Option<Line<'_>> {
    // Numbers only: `#` and bullets mark headings and items, not a list of jobs.
    if m.ordinal.is_none() && m.style != Style::Chapter {
        return None;
    }
    let body = line.view()[m.len..].trim();
    // `一、社工員1名:`, `二、教保員3名:白班…`: a position's name and its count under a
    // document-level number, the title with its count.
    if matches!(m.style, Style::CnComma | Style::CnParen | Style::Chapter)
        && let Some(named) = body.split(':').next()
        && let Some(at) = lexicon::glued_headcount(named)
        && lexicon::is_position_title(&named[..at])
        && !named.contains([',', ';', '。', '、', ' '])
    {
        let start = m.len + (line.view()[m.len..].len() - line.view()[m.len..].trim_start().len());
        return Some(line.sub(start..start + named.len()));
    }
    // `一、项目经理`: a position's bare name under a document-level number;
    // `1.桥吊司机` cut from the list run on after it (`…1.桥吊司机(1)严格…`).
    if matches!(m.style, Style::CnComma | Style::CnParen | Style::Chapter)
        && lexicon::is_position_title(body)
        && !body.contains([',', ';', '。', ':', '、', ' '])
        && lexicon::SECTION_MATCHER.whole(body).is_none()
    {
        return Some(line.from(m.len));
    }
    if matches!(m.style, Style::ArabicDot | Style::ArabicComma)
        && (is_bare_position(body) || organization_post(body).is_some())
    {
        return Some(line.from(m.len));
    }
    let suffix = lexicon::JOB_TITLE_SUFFIXES
        .iter()
        .find(|s| body.ends_with(**s))?;
    let name = &body[..body.len() - suffix.len()];
    let n = name.chars().count();
    let named = (1..=15).contains(&n)
        && !name.contains([',', ';', '。', ':', '、'])
        && lexicon::SECTION_MATCHER.whole(body).is_none()
        && !lexicon::DUTY_VERB_STARTS
            .iter()
            .any(|v| name.starts_with(v));
    named.then(|| line.from(m.len))
}

fn toc_entry(view: &str, marker: Option<Marker>) -> bool {
    // The page number and the dots that lead to it: `出纳岗位说明书……16`.
    let body = view[marker.map_or(0, |m| m.len)..]
        .trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | '…' | ' ' | '·'));
    body.chars().count() <= 30
        && !body.contains([',', ';', '。', ':', '>', '|'])
        && lexicon::JOB_TITLE_SUFFIXES
            .iter()
            .find_map(|s| body.strip_suffix(s))
            .is_some_and(|name| name.chars().count() >= 2)
}

/// A line that opens a new document when it follows a finished one.
fn is_new_title(scan: &Scan<'_>, chars: usize) -> bool {
    let v = scan.view;
    chars <= 40
        && !v.contains(':')
        && (lexicon::NEW_TITLE_INFIXES.iter().any(|w| v.contains(w))
            || lexicon::NEW_TITLE_SUFFIXES.iter().any(|w| v.ends_with(w)))
        && scan.marker.is_none()
        && scan.heading().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::{Folded, fold};

    #[test]
    fn should_find_a_posting_name_before_its_place() {
        for (line, want) in [
            (
                "冷链物流调度工程师[上海·浦东新区]",
                Some("冷链物流调度工程师"),
            ),
            ("仓储数据分析师【杭州】", Some("仓储数据分析师")),
            // A document's title with a site's tag; no position; no place.
            ("護理員崗位職責[範文大全]", None),
            ("热门职位[上海]", None),
            ("运输安全专员[2024版]", None),
        ] {
            let view = crate::normalize::fold(line);
            let got = posting_name_before_place(&view).map(|end| &view[..end]);
            assert_eq!(got, want.map(crate::normalize::fold).as_deref(), "{line}");
        }
    }

    #[test]
    fn should_find_a_public_bodys_post_in_a_news_columns_headline() {
        let post = |view: &str| {
            let view = fold(view);
            column_headline(&view)
                .map(|(org, post)| (view[org].to_string(), view[post].to_string()))
        };
        let pair = |org: &str, post: &str| Some((fold(org), fold(post)));
        for (line, want) in [
            (
                "政府工｜1.香港海關-助理貿易管制主任",
                pair("香港海關", "助理貿易管制主任"),
            ),
            (
                "政府工｜1. 教育局項目助理（特殊教育分部）",
                pair("教育局", "項目助理"),
            ),
            (
                "筍工｜2.社會福利署-二級工人",
                pair("社會福利署", "二級工人"),
            ),
            // No public body, no number, a label before the bar, a verb of hiring.
            ("政府工｜1.助理貿易管制主任", None),
            ("政府工｜香港海關-助理貿易管制主任", None),
            ("职位|1.财务部-会计", None),
            ("新闻｜1.某某物流公司招聘货车司机", None),
        ] {
            assert_eq!(post(line), want, "{line}");
        }
    }

    #[test]
    fn should_read_a_position_name_spaced_out() {
        let cases = [
            ("总 务 主 任", Some("总务主任")),
            ("校 长", Some("校长")),
            ("会  计", Some("会计")),
            ("校 医", Some("校医")),
            // Not spaced, not a position, or more than a name.
            ("校长", None),
            ("岗 位 职 责", None),
            ("学 历", None),
            ("负 责 全 面 工 作", None),
            ("总务 主任负责", None),
        ];
        for (view, want) in cases {
            assert_eq!(spaced_name(view).as_deref(), want, "{view}");
        }
    }

    /// The separator verdict of a one-line text: `None` (no separator), or the
    /// title after it (`Some("")` when none).
    fn separated(text: &str) -> Option<String> {
        let folded = Folded::new(text);
        let line = folded.lines().next().expect("a line");
        separator(line).map(|title| title.map_or(String::new(), |t| t.text().to_string()))
    }

    #[test]
    fn should_start_a_document_at_a_separator() {
        let cases: &[(&str, Option<&str>)] = &[
            ("篇2:保洁员岗位说明书", Some("保洁员岗位说明书")),
            ("第二篇", Some("")),
            ("職缺二:烘焙助理", Some("烘焙助理")),
            ("岗位3:质检员", Some("质检员")),
            // The collection's marker after the title, bracketed or not.
            ("网络管理员的岗位职责(篇2)", Some("网络管理员的岗位职责")),
            ("收费处岗位职责 篇3", Some("收费处岗位职责")),
            ("网络管理员岗位职责范文一:", Some("网络管理员岗位职责")),
            ("保安员岗位说明书范本2", Some("保安员岗位说明书")),
            ("参照公司范文一", None),
            ("收费处岗位职责(精选3篇)", None),
            // A posting's ordinal needs a colon and a short title after it.
            ("岗位一览表", None),
            ("职位二:负责门店的日常运营管理,完成销售目标。", None),
            ("岗位职责:负责收银", None),
        ];
        for (line, want) in cases {
            assert_eq!(separated(line).as_deref(), *want, "{line}");
        }
    }
}
