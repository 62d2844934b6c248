//! Section headings: `(三)岗位职责`, `第一部分:基本信息`, `【任职要求】`, `■ 岗位职责`,
//! `## 岗位职责`, `岗位职责:` and `岗位职责:负责…` with the body on the same line.
//!
//! Nineteen words are both section names and field labels (`工作目标`, `福利待遇`,
//! `薪资待遇` …); the lexicon's `OVERLAPS` table says which reading wins where.

use super::numbering::{self, Marker, Style};
use super::{Class, Classified, Kind, Piece, Rule};
use crate::lexicon::{self, Overlap, SECTION_MATCHER};
use crate::model::SectionKey;

/// A heading found at the start of a view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heading {
    pub key: SectionKey,
    /// Byte offset in the view where the heading text ends (colon excluded).
    pub end: usize,
    /// Byte offset where the body on the same line begins (`view.len()` if none).
    pub rest: usize,
    /// The rule that recognized it.
    pub rule: Rule,
}

/// What stands before the section name: a numbering marker and/or an opening bracket.
struct Opening {
    /// Where the section name may start.
    pos: usize,
    style: Option<Style>,
    /// The closing bracket the heading must end with.
    close: Option<&'static str>,
}

fn opening(view: &str, marker: Option<Marker>) -> Opening {
    let mut pos = 0;
    let mut style = None;
    let mut close = None;
    if let Some(m) = marker {
        pos = m.len;
        style = Some(m.style);
    }
    let after_marker = &view[pos..];
    let brackets = [
        ("【", "】"),
        ("[", "]"),
        ("**", "**"),
        ("__", "__"),
        ("<", ">"),
    ];
    if let Some((open, closing)) = brackets
        .into_iter()
        .find(|(o, _)| after_marker.starts_with(o))
    {
        let inner = &after_marker[open.len()..];
        close = Some(closing);
        pos = view.len() - inner.len();
        style = Some(Style::Bracket);
        if let Some(m) = numbering::marker(inner) {
            pos += m.len;
        }
    }
    pos += view[pos..].len() - view[pos..].trim_start().len();
    Opening { pos, style, close }
}

/// `2 岗位职责`, `4 任职条件`: a clause of a standards-style document, its bare number
/// and a space before a section's name, alone on its line or with its text after a
/// colon.
fn standard_clause(view: &str) -> Option<Heading> {
    let digits = view.bytes().take_while(u8::is_ascii_digit).count();
    let name = view.get(digits..)?.strip_prefix(' ')?;
    if !(1..=2).contains(&digits) {
        return None;
    }
    if let Some(key) = SECTION_MATCHER.whole(name.trim_end()) {
        return Some(Heading {
            key,
            end: view.len(),
            rest: view.len(),
            rule: Rule::HeadingNumbered,
        });
    }
    // `5 本职工作:编排运输计划…`: the name, a colon and the section's text; `6 基本职责
    // 6.1 …`: the name and its first sub-clause.
    let (key, len) = SECTION_MATCHER.at_start(name)?;
    let number = &view[..digits];
    let after = name[len..].strip_prefix(':').or_else(|| {
        let sub = name[len..].strip_prefix(' ')?.trim_start();
        let first = sub.strip_prefix(number)?.strip_prefix(".1")?;
        (!first.starts_with(|c: char| c.is_ascii_digit())).then_some(sub)
    })?;
    Some(Heading {
        key,
        end: view.len() - name.len() + len,
        rest: view.len() - after.trim_start().len(),
        rule: Rule::HeadingNumbered,
    })
}

/// The section alias at the start, also spaced out letter by letter (`岗 位 职 责`).
fn alias_at(view: &str) -> Option<(SectionKey, usize)> {
    SECTION_MATCHER.at_start(view).or_else(|| {
        // `考核:1.…`: a word that names a section only at the start, with its colon
        // (inside a sentence it is a word: `…进行技能考核`).
        if let Some((word, key)) = lexicon::COLON_HEADINGS
            .iter()
            .find(|(w, _)| view.strip_prefix(w).is_some_and(|r| r.starts_with(':')))
        {
            return Some((*key, word.len()));
        }
        let mut chars = view.chars();
        let spaced = chars.next().is_some_and(|c| !c.is_ascii()) && chars.next() == Some(' ');
        spaced
            .then(|| SECTION_MATCHER.at_start_spaced(view))
            .flatten()
    })
}

/// `综合任职资格`, `其他要求`, `三、基本任职资格要求学历…` (glued to its text only under a
/// chapter's number): a modifier word, then a section alias of three
/// characters or more (`其他职责` is not the duties' heading).
fn modified_alias(view: &str) -> Option<(SectionKey, usize)> {
    let modifier = lexicon::HEADING_MODIFIERS
        .iter()
        .find(|m| view.starts_with(**m))?;
    let (key, len) = alias_at(&view[modifier.len()..])?;
    (view[modifier.len()..modifier.len() + len].chars().count() >= 3)
        .then_some((key, modifier.len() + len))
}

/// Where a heading's words end: a parenthetical note (`工作内容(十条以内,简明扼要)`)
/// and a few suffix words (`岗位职责描述`) belong to it.
fn words_end(view: &str, mut end: usize) -> usize {
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
        if let Some(s) = lexicon::HEADING_SUFFIXES
            .iter()
            .find(|s| rest.starts_with(**s))
        {
            end += s.len();
            continue;
        }
        // `岗位目的 Job Purpose`: the heading's English after it, to the line's end.
        let english = rest.trim();
        if rest.starts_with(' ')
            && (2..=40).contains(&english.len())
            && english.starts_with(|c: char| c.is_ascii_uppercase())
            && english
                .chars()
                .all(|c| c.is_ascii_alphabetic() || " /&-".contains(c))
        {
            return view.len();
        }
        return end;
    }
}

/// A table row whose first cell is a section name (`岗位职责\t1、负责…`, Word tables
/// with the section in the first column): where the other cells, its body, begin.
/// `Some(None)` for `工作內容 |` alone, one cell of a row written a cell per line and
/// no heading; `None` when the name is no row's first cell.
fn first_cell(view: &str, end: usize, overlap: bool) -> Option<Option<usize>> {
    if overlap || !view[end..].trim_start_matches(' ').starts_with(['\t', '|']) {
        return None;
    }
    let rest = view[end..].trim_start_matches(['\t', '|', ' ']);
    Some((!rest.is_empty() || !view[end..].contains('|')).then(|| view.len() - rest.len()))
}

/// `二、岗位职责与考核标准`, `(三)职责及权限`: under a marker, a second section's name
/// joined to the first belongs to the heading (alone, `仓库保管员基本要求与工作标准` is a
/// title).
fn joined_end(view: &str, mut end: usize) -> usize {
    while let Some(joined) = view[end..].strip_prefix(['与', '及', '和'])
        && let Some((_, len)) = alias_at(joined)
    {
        end = words_end(view, view.len() - joined.len() + len);
    }
    end
}

/// Recognizes a section heading at the start of `view`.
pub fn heading(view: &str) -> Option<Heading> {
    with_marker(view, numbering::marker(view))
}

/// [`heading`], when the marker at the start of `view` is already known.
pub fn with_marker(view: &str, marker: Option<Marker>) -> Option<Heading> {
    if marker.is_none()
        && let Some(found) = standard_clause(view)
    {
        return Some(found);
    }
    let open = opening(view, marker);
    let (key, alias_len, modified) = match alias_at(&view[open.pos..]) {
        Some((key, len)) => (key, len, false),
        None => match modified_alias(&view[open.pos..]) {
            Some((key, len)) => (key, len, true),
            None => return unaliased(view, open.pos, marker),
        },
    };
    let alias = &view[open.pos..open.pos + alias_len];
    let end = match open.style {
        Some(_) => joined_end(view, words_end(view, open.pos + alias_len)),
        None => words_end(view, open.pos + alias_len),
    };
    let found = |end, rest, rule| {
        Some(Heading {
            key,
            end,
            rest,
            rule,
        })
    };
    if let Some(closing) = open.close {
        let rest = view[end..].trim_start().strip_prefix(closing)?;
        let end = view.len() - rest.len();
        return found(end, skip_colon_and_space(view, end), Rule::HeadingBracketed);
    }
    let rule = if open.style.is_some() {
        Rule::HeadingNumbered
    } else {
        Rule::HeadingAlias
    };
    let chapter = open.style.is_some_and(Style::is_chapter_like);
    let overlap = lexicon::overlap(alias);
    if let Some(cell) = first_cell(view, end, overlap.is_some()) {
        return found(end, cell?, Rule::HeadingFirstCell);
    }
    // (`岗位职责 ;`: a stray mark after a heading alone on its line.)
    let tail = view[end..]
        .trim_start()
        .trim_start_matches(';')
        .trim_start();
    if tail.is_empty() {
        // `薪资待遇` alone on a line is a pay label whose value follows (a table
        // cell per line), not the benefits section.
        if open.style.is_none() && overlap == Some(Overlap::Label) {
            return None;
        }
        return found(end, view.len(), rule);
    }
    if let Some(body) = tail.strip_prefix(':') {
        let rest_at = skip_colon_and_space(view, view.len() - body.len() - 1);
        // `工作目标:…`, `福利:…` are fields unless a chapter-like marker says otherwise.
        if !body.trim().is_empty() && !chapter && overlap.is_some() {
            return None;
        }
        return found(end, rest_at, rule);
    }
    // Body glued to the heading: only under a chapter-like marker, or when what
    // follows is itself a field (`基本信息职位编号:`) or the first of numbered
    // items (`岗位职责1、协助…`).
    // `1.2 岗位使命陈述作为…`: a section's number over a long section name (five
    // characters or more: `1.2 工作内容包括…` is a sentence), its text glued to it.
    // `综合任职资格` heads its section alone on its line; `其他要求很多` is a sentence.
    if modified && !chapter {
        return None;
    }
    let numbered_section = matches!(open.style, Some(Style::ArabicMulti(_)))
        && alias.chars().count() >= 5
        && overlap.is_none();
    if chapter || numbered_section || starts_with_field(tail) || numbering::starts_list(tail) {
        return found(end, view.len() - tail.len(), rule);
    }
    None
}

/// A section name at the start of a line that reflow cut before it as a heading
/// (`工作综述保证货币资金的安全…` inside a flattened table): the heading, with the
/// text glued to it as its body.
pub fn glued(view: &str, marker: Option<Marker>) -> Option<Heading> {
    let open = opening(view, marker);
    let (key, alias_len) = alias_at(&view[open.pos..])?;
    let end = words_end(view, open.pos + alias_len);
    let end = match open.close {
        Some(closing) => {
            let rest = view[end..].trim_start().strip_prefix(closing)?;
            view.len() - rest.len()
        }
        None => end,
    };
    Some(Heading {
        key,
        end,
        rest: skip_colon_and_space(view, end),
        rule: Rule::HeadingInline,
    })
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

/// `保安员岗位职责`, `生产部部长岗位职责一、…`: a job's name and the word for its
/// duties, alone or before the duties: the heading of the duties.
fn job_heading(view: &str, pos: usize) -> Option<Heading> {
    let rest = &view[pos..];
    let len = lexicon::title_end(rest)?;
    let title = &rest[..len];
    if !lexicon::ends_with_duties_word(title) || !lexicon::is_position_title(title) {
        return None;
    }
    let end = pos + len;
    let tail = view[end..].trim_start();
    let body_follows = tail.is_empty()
        || tail.starts_with(':')
        || numbering::starts_list(tail)
        || numbering::marker(tail).is_some_and(|m| m.style.is_chapter_like());
    body_follows.then(|| Heading {
        key: SectionKey::Responsibilities,
        end,
        rest: skip_colon_and_space(view, end),
        rule: Rule::HeadingJob,
    })
}

/// `某某署指,二级保安员的职责包括:`, `申请人必须`: a short sentence that introduces
/// the list after it heads that list's section.
fn intro_heading(view: &str) -> Option<Heading> {
    let Some(key) = lexicon::intro_heading(view) else {
        return possessive_heading(view);
    };
    // (`…招聘技术员2名,具体要求如下:`: after a clause, the notice's sentence.)
    let said = view.trim_end_matches([':', ' ']);
    if view.chars().count() > 40
        || view.contains(['。', ';'])
        || (said.ends_with("如下") && said.contains(','))
    {
        return None;
    }
    let end = view.trim_end_matches([':', ' ']).len();
    Some(Heading {
        key,
        end,
        rest: view.len(),
        rule: Rule::HeadingIntro,
    })
}

/// `一般公司的招聘要求如下:`, `二級工人的主要職責包括:`: a short line that ends with a
/// section's name after `的` and a colon introduces that section.
fn possessive_heading(view: &str) -> Option<Heading> {
    let said = view.strip_suffix(':')?.trim_end();
    if said.chars().count() > 30 || said.contains(['。', ';', ',']) {
        return None;
    }
    let at = said.rfind('的')? + '的'.len_utf8();
    let (key, len) = alias_at(&said[at..])?;
    (words_end(said, at + len) == said.len()).then_some(Heading {
        key,
        end: said.len(),
        rest: view.len(),
        rule: Rule::HeadingIntro,
    })
}

/// A heading without a section alias at `pos`: a job's name over its duties or a
/// section, or a sentence that introduces the section.
fn unaliased(view: &str, pos: usize, marker: Option<Marker>) -> Option<Heading> {
    job_heading(view, pos)
        .or_else(|| named_heading(view, pos))
        .or_else(|| intro_heading(view))
        .or_else(|| cue_heading(view, marker))
}

/// `一般要求中专以上学历,并经过岗前培训`, `该岗位需具备三年以上…经验`: a sentence that
/// opens with a requirement's cue and asks for an education, experience or age
/// heads the requirements section, its cue the heading and the sentence its body.
fn cue_heading(view: &str, marker: Option<Marker>) -> Option<Heading> {
    if marker.is_some() {
        return None;
    }
    let cue = lexicon::REQUIREMENT_CUES
        .iter()
        .find(|c| view.starts_with(**c))?;
    let asks = super::education::find_level(view).is_some()
        || view.contains("经验")
        || view.contains('岁');
    asks.then_some(Heading {
        key: SectionKey::Qualifications,
        end: cue.len(),
        rest: cue.len(),
        rule: Rule::HeadingRequirementCue,
    })
}

/// `收银员岗位要求`, `仓库管理员任职资格:`: a position's name and a section name,
/// alone or before the section's body (a colon, a list): the section's heading.
/// (A job's name before the word for its duties is [`job_heading`].)
fn named_heading(view: &str, pos: usize) -> Option<Heading> {
    let rest = &view[pos..];
    // The name is short: up to 13 characters of name and a section name of up to
    // six after it.
    let head = &rest[..rest
        .char_indices()
        .nth(13 + 6)
        .map_or(rest.len(), |(i, _)| i)];
    let (alias_at, key) = SECTION_MATCHER
        .find(head)
        .or_else(|| bare_requirements(rest))?;
    // (`投递员的主要职责`: an article's heading names the job with `的`.)
    let name = &rest[..alias_at.start];
    let name = name.strip_suffix('的').unwrap_or(name);
    // `收费员岗位职责` names a job: [`job_heading`]'s, or a title's.
    let alias = &rest[alias_at.clone()];
    if lexicon::JOB_TITLE_SUFFIXES.contains(&alias)
        || !name.chars().all(super::is_ideograph)
        || !lexicon::is_position_title(name)
    {
        return None;
    }
    let end = pos + words_end(rest, alias_at.end);
    if pos == 0
        && lexicon::POST_STANDARD_ENDINGS
            .iter()
            .any(|e| view[..end].ends_with(e))
    {
        return None;
    }
    let tail = view[end..].trim_start();
    let body_follows = tail.is_empty() || tail.starts_with(':') || numbering::starts_list(tail);
    body_follows.then(|| Heading {
        key,
        end,
        rest: skip_colon_and_space(view, end),
        rule: Rule::HeadingNamed,
    })
}

/// `助理教师条件`: a word that names the requirements only after a job's name and at
/// the end of its line (inside a sentence, `条件` is a word).
fn bare_requirements(rest: &str) -> Option<(std::ops::Range<usize>, SectionKey)> {
    let line = rest.trim_end_matches([':', ' ']);
    let word = lexicon::NAMED_REQUIREMENT_WORDS
        .iter()
        .find(|w| line.ends_with(**w))?;
    let start = line.len() - word.len();
    Some((start..line.len(), SectionKey::Qualifications))
}

fn starts_with_field(tail: &str) -> bool {
    let hits = super::fields::split_fields(tail);
    if hits
        .first()
        .is_some_and(|h| h.label.start == 0 && h.key != lexicon::FieldKey::Unknown)
    {
        return true;
    }
    // A label of three characters or more right after the heading, colon or not
    // (`任职资格教育水平大专…`, `职责与工作任务职责一…`): a flattened table.
    let head = &tail[..tail.char_indices().nth(20).map_or(tail.len(), |(i, _)| i)];
    lexicon::scan_words(head).first().is_some_and(|h| {
        h.start == 0 && h.label.is_some() && h.section.is_none() && h.chars(head) >= 3
    })
}

/// `一、投递员的定义` over its paragraph, between `二、投递员的主要职责` and `三、岗位特点`:
/// a short line numbered in the chain of the section headings beside it (`一、`,
/// `(一)`, `第一章`) heads a section too, one the lexicon does not name (`other`), and
/// is no item of the list above it.
pub fn sibling_chapters(lines: &mut [Classified<'_>]) {
    // Each chapter-numbered line of one piece: where, its style and number, and
    // whether it is a heading already.
    let mut chapters: Vec<Chapter> = lines
        .iter()
        .enumerate()
        .filter_map(|(k, c)| {
            let Class::Body(pieces) = &c.class else {
                return None;
            };
            let [piece] = pieces.as_slice() else {
                return None;
            };
            let (marker, heading) = match &piece.kind {
                Kind::Heading { .. } => (numbering::marker(piece.line.view())?, true),
                // (An item that says more than a name is no chapter.)
                Kind::Item {
                    marker,
                    body,
                    fields,
                } if fields.is_empty() && is_heading_like(body.view()) => (*marker, false),
                _ => return None,
            };
            matches!(
                marker.style,
                Style::CnComma | Style::CnParen | Style::Chapter
            )
            .then_some((k, marker.style, marker.ordinal?, heading))
        })
        .collect();
    for style in [Style::CnComma, Style::CnParen, Style::Chapter] {
        promote_chain(chapters.iter_mut().filter(|c| c.1 == style).collect());
    }
    for &(k, ..) in chapters.iter().filter(|c| c.3) {
        if let Class::Body(pieces) = &mut lines[k].class
            && matches!(pieces[0].kind, Kind::Item { .. })
        {
            let line = pieces[0].line;
            pieces[0] = Piece {
                line,
                kind: Kind::Heading {
                    key: SectionKey::Other,
                    heading: line.trim_end_matches(&[':', ' ']),
                },
                rule: Rule::HeadingSibling,
            };
        }
    }
}

/// A chapter-numbered line: where it is, its style and number, and whether it is (or
/// is made) a heading.
type Chapter = (usize, Style, u32, bool);

/// One style's chapters in order: in a chain that holds two section headings or more
/// (under `一、工作职责`, `二、人员管理与培训` is a group of duties), a chapter numbered
/// right after or right before a heading becomes one, and so on along the chain — one
/// pass each way.
fn promote_chain(mut chain: Vec<&mut Chapter>) {
    if chain.iter().filter(|c| c.3).count() < 2 {
        return;
    }
    for j in 1..chain.len() {
        let (before, n) = (&*chain[j - 1], chain[j].2);
        if before.3 && before.2.checked_add(1) == Some(n) {
            chain[j].3 = true;
        }
    }
    for j in (0..chain.len().saturating_sub(1)).rev() {
        let (after, n) = (&*chain[j + 1], chain[j].2);
        if after.3 && n.checked_add(1) == Some(after.2) {
            chain[j].3 = true;
        }
    }
}

/// Short, and no sentence: what a chapter's name looks like (`岗位特点`).
fn is_heading_like(text: &str) -> bool {
    let text = text.trim_end_matches([':', ' ']);
    (2..=16).contains(&text.chars().count()) && !text.contains(['。', ';', ',', '、', ':'])
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
                "5 本职工作:编排运输计划",
                Some((SectionKey::Summary, "5 本职工作", "编排运输计划")),
            ),
            (
                "6 基本职责 6.1 接收指令。",
                Some((SectionKey::Responsibilities, "6 基本职责", "6.1 接收指令。")),
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
        ];
        check(cases);
    }

    #[test]
    fn should_read_a_modified_name_glued_to_its_text_under_a_chapter_number() {
        let cases: &[(&str, Want)] = &[
            (
                "三、基本任职资格要求学历高中以上",
                Some((
                    SectionKey::Qualifications,
                    "三、基本任职资格要求",
                    "学历高中以上",
                )),
            ),
            ("基本任职资格要求学历高中以上", None),
        ];
        check(cases);
    }

    #[test]
    fn should_take_the_words_after_a_section_name_into_its_heading() {
        let cases: &[(&str, Want)] = &[
            (
                "二、职责和要求:1.制定目标",
                Some((SectionKey::Responsibilities, "二、职责和要求", "1.制定目标")),
            ),
            (
                "岗位职责与要求",
                Some((SectionKey::Responsibilities, "岗位职责与要求", "")),
            ),
        ];
        check(cases);
    }

    #[test]
    fn should_read_a_bare_requirements_word_only_after_a_position() {
        let cases: &[(&str, Want)] = &[
            (
                "助理教师条件",
                Some((SectionKey::Qualifications, "助理教师条件", "")),
            ),
            ("工作条件", Some((SectionKey::Conditions, "工作条件", ""))),
            ("助理教师条件较好", None),
        ];
        check(cases);
    }

    #[test]
    fn should_find_headings_named_by_a_position_a_number_or_a_sentence() {
        let cases: &[(&str, Want)] = &[
            // A position's name before a section name.
            (
                "收银员岗位要求",
                Some((SectionKey::Qualifications, "收银员岗位要求", "")),
            ),
            (
                "仓库管理员任职资格:1、高中以上",
                Some((
                    SectionKey::Qualifications,
                    "仓库管理员任职资格",
                    "1、高中以上",
                )),
            ),
            ("收银员岗位要求较高", None),
            // A section's number over a long section name glued to its text.
            (
                "1.2 岗位使命陈述作为公司的中坚力量",
                Some((
                    SectionKey::Summary,
                    "1.2 岗位使命陈述",
                    "作为公司的中坚力量",
                )),
            ),
            ("1.2 工作内容包括以下几项", None),
            // A standards-style clause: a bare number, a space, a section's name.
            (
                "2 岗位职责",
                Some((SectionKey::Responsibilities, "2 岗位职责", "")),
            ),
            (
                "4 任职条件",
                Some((SectionKey::Qualifications, "4 任职条件", "")),
            ),
            ("2 岗位职责的制定", None),
            // A word that heads a section only at the start, with its colon.
            (
                "考核:1. 月度销售额完成率",
                Some((SectionKey::Objectives, "考核", "1. 月度销售额完成率")),
            ),
            ("考核结果纳入月度绩效", None),
            ("2025 岗位职责", None),
            // A modifier word before a section name, the heading alone on its line.
            (
                "综合任职资格(年龄、性别、学历专业、工作经验)",
                Some((
                    SectionKey::Qualifications,
                    "综合任职资格(年龄、性别、学历专业、工作经验)",
                    "",
                )),
            ),
            (
                "其他任职要求:",
                Some((SectionKey::Qualifications, "其他任职要求", "")),
            ),
            ("综合任职资格较高的人员", None),
            // A sentence that introduces the list after it.
            (
                "某某署指,二级保安员的职责包括:",
                Some((
                    SectionKey::Responsibilities,
                    "某某署指,二级保安员的职责包括",
                    "",
                )),
            ),
            (
                "申请人必须",
                Some((SectionKey::Qualifications, "申请人必须", "")),
            ),
            ("申请人必须于截止日期前递交表格。报名时申请人必须", None),
            ("我们的任职要求", None),
            ("1、工作目标:确保", None),
            ("衡量标准:每月", None),
            ("福利:五险一金", None),
            ("职责范围内的工作", None),
            ("负责岗位职责", None),
        ];
        check(cases);
    }

    /// Each line's heading: its key, the heading as written and the text after it.
    fn check(cases: &[(&str, Want)]) {
        for (line, want) in cases {
            let view = fold(line);
            let got = heading(&view).map(|h| (h.key, &view[..h.end], &view[h.rest..]));
            let want = want.map(|(k, h, r)| (k, fold(h), fold(r)));
            let got = got.map(|(k, h, r)| (k, h.to_string(), r.to_string()));
            assert_eq!(got, want, "heading of {line}");
        }
    }
}
