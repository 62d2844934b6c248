//! Line reconstruction: a physical line that holds several lines' worth of a
//! document — a pasted posting, a document-sharing site's page of 300 characters,
//! a Word table flattened to one line — is cut back into logical lines before
//! anything else is decided, so that split sees titles and outline sees headings
//! where the writer put them.
//!
//! A line is cut before:
//! - an inline section heading: a bracketed one (`…前厅部经理[岗位职责]1、…`), a
//!   numbered one (`…二、工作概要组织…`), or a section name after a sentence (or a
//!   space) that is followed by a colon, a bracket, a numbered item or a label
//!   (`…。任职要求:1.…`, `…沟通。职责与工作任务职责一…`), or glued to a label
//!   (`…建议权工作协作关系内部协调关系…`);
//! - the first label after a document's title (`…岗位说明书岗位名称…`) and the
//!   first item after a job's title (`段长(班组长)安全职责1、…`);
//! - a job's title inside a run-on collection (`…。高级销售代表岗位职责1、…`);
//! - the second copy of a title written twice (`…描绘…描绘销售代表…`);
//! - a bracketed tag glued to a list item (`【…】10、…`);
//! - a group's name that opens a new list after a sentence (`…等。教学:1、…`);
//! - a position's name with `岗位:` and a list after it (`部长岗位:1、…`).

use std::sync::LazyLock;

use super::is_ideograph;
use super::numbering::{self, Style};
use super::title::is_bare_position;
use crate::lexicon::{self, FieldKey, SECTION_MATCHER, WordHit};
use crate::normalize::Line;

/// The logical lines of a physical line, in order (the line itself when it
/// needs no cutting), each with whether it was cut before a heading.
pub fn cut(line: Line<'_>) -> Vec<(Line<'_>, bool)> {
    let view = line.view();
    // `岗位编号 | SB-02 | (格式:部门代码-序号)`: a form's note in the row's last cell.
    if let Some(at) = hint_cell(view) {
        let mut out = cut(line.to(at));
        out.push((line.from(at), false));
        return out;
    }
    // Short lines hold one thing; most lines are short. A duty-table header is
    // made of section-like words (`主要职责职责描述…`) and stays one line.
    if view.len() < 12
        || super::table::duty_header(view).is_some()
        || ((view.contains('\t') || view.starts_with('|'))
            && matches!(
                super::table::row(view),
                Some(super::table::RowKind::Cells(_))
            ))
    {
        return vec![(line, false)];
    }
    // A line of cells separated by single spaces is read cell by cell.
    let (hits, spaced) = lexicon::scan_line(view);
    let mut cuts = Vec::new();
    let mut heading_cuts = Vec::new();
    repeated_prefix(view, &mut cuts);
    answer_markers(view, &mut cuts);
    page_count_prefix(view, &mut cuts);
    bracket_prefix(view, &mut cuts);
    contents_run(view, &mut cuts);
    page_and_title(view, &mut cuts);
    asked_title(view, &mut cuts);
    let title_end = lexicon::title_end(view);
    headings(view, &hits, spaced, title_end, &mut heading_cuts);
    title_prefix(view, &hits, title_end, &mut cuts);
    job_titles(view, &mut cuts);
    list_heads(view, &mut cuts);
    numbered_positions(view, &mut cuts);
    let chinese = chinese_markers(view);
    chapter_chain(&chinese, &mut cuts);
    group_heads(view, &chinese, &mut cuts);
    table_headers(view, &mut cuts);
    collection_parts(view, &mut cuts);
    intro_sentences(view, &mut heading_cuts, &mut cuts);
    trailing_label(view, &mut cuts);
    if cuts.is_empty() && heading_cuts.is_empty() {
        return vec![(line, false)];
    }
    for at in cuts.iter_mut().chain(heading_cuts.iter_mut()) {
        *at = numbering::number_before(view, *at);
    }
    cuts.extend(heading_cuts.iter().copied());
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for at in cuts.into_iter().chain([view.len()]) {
        if at > start {
            let part = line.sub(start..at);
            if !part.is_empty() {
                out.push((part, heading_cuts.contains(&start)));
            }
            start = at;
        }
    }
    out
}

/// `6 基本职责 6.1 每日…`: a section name after its clause's bare number, its first
/// sub-clause after it.
fn opens_clause(view: &str, at: usize, rest: &str) -> bool {
    let head = view[..at].trim_end_matches(' ');
    let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (1..=2).contains(&digits) && head.len() < at && {
        let number = &head[head.len() - digits..];
        rest.trim_start().strip_prefix(number).is_some_and(|r| {
            r.starts_with(".1") && !r[2..].starts_with(|c: char| c.is_ascii_digit())
        })
    }
}

/// `销售部店长 岗位编号`, `直营督导 工资等级`: a table written one cell per line, a
/// value's cell and the next label's on one line: the label (a known one, after a
/// space, ending the line) is cut off, to take its value from the next line.
fn trailing_label(view: &str, cuts: &mut Vec<usize>) {
    let Some(space) = view.rfind(' ') else {
        return;
    };
    let (value, label) = (view[..space].trim_end(), &view[space + 1..]);
    // (`1.3 素质要求`: a clause's number is no value.)
    let cell = |t: &str| {
        (1..=15).contains(&t.chars().count())
            && !t.contains([',', '。', ';', ':', ' '])
            && !t.chars().all(|c| c.is_ascii_digit() || c == '.')
    };
    if label.chars().count() >= 3
        && cell(value)
        && lexicon::label(label).is_some_and(|k| k != FieldKey::Unknown)
    {
        cuts.push(space + 1);
    }
}

/// `2 本职工作:…`: the length of a bare number and the spaces after it that open a
/// line (a clause's number in a numbered form), or 0.
fn bare_number(view: &str) -> usize {
    let digits = view.len() - view.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = &view[digits..];
    if (1..=2).contains(&digits) && rest.starts_with(' ') {
        view.len() - rest.trim_start_matches(' ').len()
    } else {
        0
    }
}

/// Where a table row's last cell starts, when it is a blank form's note on how to
/// fill the row in (`(填写该岗位所在的一级部门)`) after other cells.
fn hint_cell(view: &str) -> Option<usize> {
    let trimmed = view.trim_end();
    if !trimmed.ends_with(')') {
        return None;
    }
    let at = trimmed.rfind('\t')? + 1;
    let before = view[..at].trim();
    (!before.is_empty() && lexicon::is_form_hint(&view[at..])).then_some(at)
}

/// `…面试。某某署指,二级保安员的职责包括:`, `…主要职责包括(a)…;(b)…`, `申请人必须(a)…`:
/// a sentence that introduces a list is cut out of its paragraph, before the list.
fn intro_sentences(view: &str, heading_cuts: &mut Vec<usize>, cuts: &mut Vec<usize>) {
    let mut from = 0;
    while let Some((at, end)) = lexicon::find_intro_heading(&view[from..]) {
        let (at, mut end) = (from + at, from + end);
        from = end;
        end += view[end..].len() - view[end..].trim_start_matches([':', ' ']).len();
        let rest = &view[end..];
        let list = rest.is_empty()
            || numbering::marker(rest).is_some_and(|m| m.ordinal.is_some())
            || is_semicolon_list(rest);
        let start = view[..at].rfind(['。', ';', '!']).map_or(0, |i| {
            i + view[i..].chars().next().map_or(1, char::len_utf8)
        });
        // (`具体要求如下:` is a sentence of its own: after a clause, `…招聘技术员2名,
        // 具体要求如下:` stays the notice's sentence.)
        let before = view[start..at].chars().count();
        if !list || before > 30 || (view[at..from].ends_with("如下") && before > 8) {
            continue;
        }
        heading_cuts.push(start);
        if !rest.is_empty() {
            cuts.push(end);
        }
        // What follows a list written as one sentence is a sentence of its own.
        if let Some(stop) = rest.find('。').filter(|_| is_semicolon_list(rest))
            && end + stop + '。'.len_utf8() < view.len()
        {
            cuts.push(end + stop + '。'.len_utf8());
        }
    }
}

/// `依照…核对;按规定抽样…;核查…。`: three or more clauses that semicolons part, in the
/// sentence at the start of `rest` — a list written as one sentence.
fn is_semicolon_list(rest: &str) -> bool {
    let sentence = rest.split('。').next().unwrap_or(rest);
    sentence.matches(';').count() >= 2
}

/// `药品验收员要做哪些工作?用户5820…2021-03-17`: a question-and-answer page's
/// question about a job, with the asker's name and the time glued after it: the
/// question is a line of its own.
fn asked_title(view: &str, cuts: &mut Vec<usize>) {
    if let Some(at) = view.find('?')
        && at + 1 < view.len()
        && !view[at + 1..].starts_with(['】', ']', ')', '」', '"', '》'])
        && lexicon::QUESTION_ENDINGS
            .iter()
            .any(|e| view[..at].ends_with(e))
    {
        cuts.push(at + 1);
    }
}

/// Ends of a sentence or a cell: what may stand before an inline heading.
fn is_boundary(c: char) -> bool {
    matches!(
        c,
        '。' | ';' | '!' | '?' | ' ' | '\t' | '】' | ']' | '|' | ':'
    )
}

/// Is the text before `at` a boundary (or the line start)?
fn after_boundary(view: &str, at: usize) -> bool {
    view[..at].chars().next_back().is_none_or(is_boundary)
}

/// `…续保。回答2:4S店…`: a question-and-answer page's next answer, run on after a
/// sentence: cut before and after its marker.
fn answer_markers(view: &str, cuts: &mut Vec<usize>) {
    // Most lines hold no answer word's first character.
    if !lexicon::ANSWER_WORDS
        .iter()
        .any(|w| w.chars().next().is_some_and(|c| view.contains(c)))
    {
        return;
    }
    for word in lexicon::ANSWER_WORDS {
        for (at, _) in view.match_indices(word) {
            if at > 0
                && view[..at].ends_with(['。', ';', '!', '?'])
                && let Some(len) = lexicon::answer_marker(&view[at..])
            {
                cuts.extend([at, at + len]);
            }
        }
    }
}

/// `销售人员各岗位岗位职责描绘销售人员各岗位岗位职责描绘销售代表…`: a title of six
/// to sixty characters written twice at the start (a document site repeating its
/// page title): cut after each copy.
fn repeated_prefix(view: &str, cuts: &mut Vec<usize>) {
    let Some(first) = view.chars().next() else {
        return;
    };
    // A second copy starts with the first character again: most lines hold none.
    if !view[first.len_utf8()..].contains(first) {
        return;
    }
    let mut ideographs = 0;
    for (k, (i, c)) in view.char_indices().take(60).enumerate() {
        ideographs += usize::from(is_ideograph(c));
        let end = i + c.len_utf8();
        // A second copy starts with the first character: most ends are passed over
        // on that check alone.
        if k < 5 || ideographs < 4 || !view[end..].starts_with(first) {
            continue;
        }
        let copy = &view[..end];
        if view[end..].starts_with(copy) {
            cuts.push(end);
            if 2 * end < view.len() {
                cuts.push(2 * end);
            }
            return;
        }
    }
}

/// Inline section headings: bracketed, numbered, or a section name placed like one.
fn headings(
    view: &str,
    hits: &[WordHit],
    spaced: bool,
    title_end: Option<usize>,
    cuts: &mut Vec<usize>,
) {
    // A heading's own numbering (`(一)任职资格`, `一、【岗位职责】`) is not a text
    // before it.
    let lead = numbering::marker(view).map_or_else(|| bare_number(view), |m| m.len);
    marked_headings(view, lead, cuts);
    let flattened = is_flattened_table(view, hits, title_end);
    // Inside a longer line, a flattened table is two such labels since the last
    // sentence's end or heading, with a short plain value between them
    // (`…执行。表1-1岗位名称主任医师岗位等级二级…`).
    let mut cells = 0;
    let mut last_bare: Option<usize> = None;
    let mut prev_end = 0;
    // The bracketed and numbered headings found above, in order (the loop below
    // only appends): each ends a table; the last one before a hit may be its number.
    let found_above = cuts.len();
    let mut next_cut = 0;
    let mut cut_before: Option<usize> = None;
    for (k, h) in hits.iter().enumerate() {
        let mut heading_before = false;
        while next_cut < found_above && cuts[next_cut] <= h.start {
            heading_before = true;
            if cuts[next_cut] < h.start {
                cut_before = Some(cuts[next_cut]);
            }
            next_cut += 1;
        }
        if heading_before || view[prev_end.min(h.start)..h.start].contains('。') {
            cells = 0;
            last_bare = None;
        }
        prev_end = h.end;
        let in_run = cells >= 1;
        if h.label.is_some() && h.chars(view) >= 3 && !view[h.end..].starts_with(':') {
            if last_bare.is_some_and(|e| e <= h.start && is_cell_value(&view[e..h.start])) {
                cells += 1;
            }
            last_bare = Some(h.end);
        }
        let Some(_) = h.section else { continue };
        if h.start <= lead || view[..h.start].trim_end().len() <= lead {
            continue;
        }
        let at = Around {
            spaced,
            flattened,
            in_run,
            cut_before,
        };
        cuts.extend(section_cut(view, hits, k, at));
    }
}

/// What the line around a section name says of it.
#[derive(Clone, Copy)]
struct Around {
    /// The line is cells separated by single spaces.
    spaced: bool,
    /// The line is a flattened table.
    flattened: bool,
    /// The name stands in a run of label cells inside a longer line.
    in_run: bool,
    /// The last bracketed or numbered heading found before it.
    cut_before: Option<usize>,
}

/// Where the section name `hits[k]` cuts the line, when it heads what follows:
/// before it, or before the position's name in front of it.
fn section_cut(view: &str, hits: &[WordHit], k: usize, at: Around) -> Option<usize> {
    let h = &hits[k];
    let strong_label = |at: usize| {
        hits.iter()
            .any(|h| h.start == at && h.label.is_some() && h.chars(view) >= 3)
    };
    let end = heading_end(view, h.end);
    let rest = &view[end..];
    let next_is_word = hits.get(k + 1).is_some_and(|n| n.start == end);
    let overlap = lexicon::overlap(&view[h.start..h.end]).is_some();
    // A word that is also a label followed by its value is a field.
    let valued = overlap && rest.starts_with(':') && !rest[1..].trim_start().is_empty();
    // A section name ending the line after a name (`X岗位职责`) is the job's heading,
    // not a heading of its own.
    let sentence_end = view[..h.start].ends_with(['。', ';', '!', '?']);
    let follows = (rest.is_empty() && sentence_end)
        || rest.starts_with([':', '【', '['])
        || numbering::starts_list(rest)
        || opens_clause(view, h.start, rest)
        || next_is_word
        || (at.spaced && rest.starts_with(' '));
    // `…岗位分析日期本职:进行…`: a section name right after a label.
    let after_label = k > 0 && hits[k - 1].label.is_some() && hits[k - 1].end == h.start;
    // (`二級工人的主要職責包括:`: a section's name after `的` is a phrase's end.)
    let glued = h.chars(view) >= 4
        && !overlap
        && !view[..h.start].ends_with('的')
        && (strong_label(end)
            || rest.starts_with(':')
            || ((at.flattened || at.in_run) && h.label.is_none()));
    // `…整齐。 收银员岗位要求1、…`: a section name after a position's name, the two
    // after a sentence, heading what follows: cut before the name.
    if !valued
        && (rest.is_empty() || rest.starts_with([':', '【']) || numbering::starts_list(rest))
        && let Some(name_start) = position_name_before(view, h.start, rest.is_empty())
    {
        return Some(name_start);
    }
    // `…。三、职位关系`: the cut before its number holds the heading already.
    let numbered = at
        .cut_before
        .is_some_and(|p| numbering::marker(&view[p..]).is_some_and(|m| p + m.len == h.start));
    (!valued
        && !numbered
        && ((after_boundary(view, h.start) && follows) || glued || (after_label && at.flattened)))
        .then_some(h.start)
}

/// Bracketed and numbered headings inside a line (`…【岗位职责】`, `…。二、任职资格`),
/// after the line's own marker (`lead` bytes).
fn marked_headings(view: &str, lead: usize, cuts: &mut Vec<usize>) {
    for (i, c) in view.char_indices() {
        if i <= lead {
            continue;
        }
        match c {
            '【' | '[' if bracketed_heading(&view[i..]) => cuts.push(i),
            _ => {}
        }
        if numbering::may_start_chinese(c)
            && let Some(m) = numbering::marker(&view[i..])
            && matches!(m.style, Style::CnComma | Style::CnParen | Style::Chapter)
            && !view[..i].ends_with(|c: char| numbering::is_cn_digit(c) || c == '第' || c == '(')
            && SECTION_MATCHER.at_start(&view[i + m.len..]).is_some()
        {
            cuts.push(i);
        }
    }
}

/// A flattened table (labels without colons, `岗位名称主营总出纳岗位编号…`), in which
/// every section name ends the value before it: two or more such labels, the first
/// starting the line or following the document's title or a table's caption
/// (`表1-1岗位名称…`) on it.
fn is_flattened_table(view: &str, hits: &[WordHit], title_end: Option<usize>) -> bool {
    let bare_labels = hits
        .iter()
        .filter(|h| h.label.is_some() && h.chars(view) >= 3 && !view[h.end..].starts_with(':'))
        .count();
    let start = title_end.unwrap_or_else(|| super::table::caption(view));
    let starts_with_label = hits
        .iter()
        .find(|h| h.label.is_some() && h.start >= start)
        .is_some_and(|h| {
            view[start..h.start].chars().count() <= 3
                && h.chars(view) >= 3
                && !view[h.end..].starts_with(':')
        });
    bare_labels >= 2 && starts_with_label
}

/// Where the position's name (`收银员`) that stands before `at`, right after a
/// sentence (or a space, for a heading that ends the line: `点钞验钞 收银员升职空间`),
/// starts.
fn position_name_before(view: &str, at: usize, ends_line: bool) -> Option<usize> {
    let start = ideographs_before(view, at, 10);
    let before = view[..start].trim_end();
    // (Or the name opens the line: `服务经理岗位职责:1、…`.)
    let after_sentence = before.ends_with(['。', ';', '!', '?'])
        || (ends_line && !before.is_empty() && view[..start].ends_with(' '))
        || (start == 0 && !ends_line);
    (start < at && after_sentence && lexicon::is_position_title(&view[start..at])).then_some(start)
}

/// The value of a flattened table's cell: short, without a sentence's punctuation.
fn is_cell_value(text: &str) -> bool {
    (1..=12).contains(&text.chars().count())
        && !text.contains([',', '、', '《', '》', '(', ')', ';', ':', '。'])
}

/// Where a heading's words end: a few suffix words (`岗位职责描述`) belong to it.
fn heading_end(view: &str, mut end: usize) -> usize {
    while let Some(s) = lexicon::HEADING_SUFFIXES
        .iter()
        .find(|s| view[end..].starts_with(**s))
    {
        end += s.len();
    }
    end
}

/// `【岗位职责】`, `[任职要求]`: a bracket around a section name.
fn bracketed_heading(from: &str) -> bool {
    let close = if from.starts_with('【') { '】' } else { ']' };
    let Some(end) = from.find(close) else {
        return false;
    };
    let inner = from[from.chars().next().map_or(1, char::len_utf8)..end].trim();
    if inner.is_empty() || inner.chars().count() > 12 {
        return false;
    }
    match SECTION_MATCHER.at_start(inner) {
        Some((_, len)) => heading_end(inner, len) == inner.len(),
        None => false,
    }
}

/// `主营总出纳岗位说明书岗位名称…`, `段长(班组长)安全职责1、…`: a title at the start of
/// the line, glued to the first label, heading or item of the document.
fn title_prefix(view: &str, hits: &[WordHit], title_end: Option<usize>, cuts: &mut Vec<usize>) {
    // `1、保洁领班岗位说明书岗位名称…`: a document site's page marker before the title.
    let marked = || {
        let m = numbering::marker(view).filter(|m| m.style == Style::ArabicComma)?;
        lexicon::title_end(&view[m.len..]).map(|end| m.len + end)
    };
    let Some(end) = title_end.or_else(marked) else {
        return spaced_title_prefix(view, cuts);
    };
    if end >= view.len() || view[..end].chars().count() > 30 {
        return;
    }
    let rest = view[end..].trim_start();
    let at = view.len() - rest.len();
    let word = hits.iter().any(|h| h.start == at && h.chars(view) >= 3);
    let chapter = numbering::marker(rest).is_some_and(|m| m.style.is_chapter_like());
    if word || chapter || numbering::starts_list(rest) {
        cuts.push(at);
    }
}

/// `XX市人民医院 设备维修工程师 岗位工作说明书 姓 名 岗 位 设备维修工程师 …`: a
/// title written as cells of a row, then the first label of the form (spaced out
/// or not).
fn spaced_title_prefix(view: &str, cuts: &mut Vec<usize>) {
    let Some(end) = lexicon::spaced_title_end(view) else {
        return;
    };
    let Some(rest) = view[end..].strip_prefix(' ') else {
        return;
    };
    let cell = rest.split(' ').next().unwrap_or("");
    let mut chars = rest.chars();
    let spaced: String = match (chars.next(), chars.next(), chars.next()) {
        (Some(a), Some(' '), Some(b)) if is_ideograph(a) && is_ideograph(b) => {
            [a, b].iter().collect()
        }
        _ => String::new(),
    };
    if lexicon::label(cell).is_some() || lexicon::label(&spaced).is_some() {
        cuts.push(end + 1);
    }
}

/// `【护士长职责 都需要做到什么】10、完成…`: a bracketed tag (a site repeats the page's
/// title so) glued to the list item after it.
fn bracket_prefix(view: &str, cuts: &mut Vec<usize>) {
    let close = match view.chars().next() {
        Some('【') => '】',
        Some('[') => ']',
        _ => return,
    };
    let Some(end) = view.find(close) else {
        return;
    };
    let at = end + close.len_utf8();
    if view[..end].chars().count() > 30 {
        return;
    }
    let rest = view[at..].trim_start();
    let numbered = numbering::marker(rest).is_some_and(|m| {
        m.ordinal.is_some() && !matches!(m.style, Style::Bullet | Style::Bracket | Style::Hash)
    });
    // `【保育员的岗位职责是什么】在幼儿园里…`: a page's question about a job, over
    // the text that answers it.
    // (`【岗位职责】负责…` is a heading with its text, read as one; `【急聘】` a tag.)
    let inner = &view[close.len_utf8()..end];
    let titled = !rest.is_empty()
        && !lexicon::POSTING_TAGS.contains(&inner)
        && (lexicon::has_title_word(inner) || lexicon::asked_position(inner).is_some())
        && super::heading::heading(&view[..at]).is_none();
    if numbered || titled {
        cuts.push(view.len() - rest.len());
    }
}

/// `目 录财务部经理岗位说明书2财务部出纳岗位说明书5…`: a table of contents pasted on
/// one line. Cut after `目录` and after each entry's page number, so that split sees
/// the entries (and drops them) and the first document's title after them.
fn contents_run(view: &str, cuts: &mut Vec<usize>) {
    let mut chars = view.char_indices().filter(|&(_, c)| c != ' ');
    let (Some((_, '目')), Some((at, '录'))) = (chars.next(), chars.next()) else {
        return;
    };
    let mut entry_start = at + '录'.len_utf8();
    cuts.push(entry_start);
    let bytes = view.as_bytes();
    let mut i = entry_start;
    while i < view.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let digits = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        let end = i + digits;
        // An entry is a short name, then its page number.
        let name = view[entry_start..i].trim();
        if digits > 3 || name.chars().count() > 30 || name.is_empty() {
            break;
        }
        cuts.push(end);
        entry_start = end;
        i = end;
    }
    // The first document's title follows the last entry.
    if let Some(end) = lexicon::title_end(&view[entry_start..]) {
        cuts.push(entry_start + end);
    }
}

/// `…文件执行。2泸州某医院岗位说明书(适用申报医疗类岗位)表1-1…`: on a page pasted as
/// one line, the next page's number and the next document's title after a sentence.
/// Cut before the number, before the title and after it (with its bracketed scope).
fn page_and_title(view: &str, cuts: &mut Vec<usize>) {
    static SUFFIX: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("说明书"));
    for at in SUFFIX.find_iter(view.as_bytes()) {
        let suffix = "说明书";
        let name_start = ideographs_before(view, at, 20);
        let before = &view[..name_start];
        let number = before.bytes().rev().take_while(u8::is_ascii_digit).count();
        let page = name_start - number;
        if !(1..=3).contains(&number) || !view[..page].ends_with(['。', ';', '!', '?']) {
            continue;
        }
        let mut end = at + suffix.len();
        if view[end..].starts_with('(')
            && let Some(close) = view[end..].find(')')
            && view[end..end + close].chars().count() <= 30
        {
            end += close + 1;
        }
        cuts.extend([page, name_start, end]);
    }
}

/// `…完成值班任务等。教学:1、承担…`, `部长岗位:1、主持…`: a short name and a colon with a
/// new list after it. A group of duties is named so after a sentence; a position
/// (its name, then `岗位` or `职位`) also at the start of the line. Cut before the
/// name and after the colon.
///
/// A position's bare name (`救生员:1、…`) heads its list too, and may follow the
/// heading of the page's duties it is glued to (`2.岗位职责场馆经理:1、…`).
fn list_heads(view: &str, cuts: &mut Vec<usize>) {
    for (colon, _) in view.match_indices(':') {
        let after = colon + 1;
        // A list, or a section's heading over one (`电商中心总监:工作职责:1. …`).
        if !numbering::starts_list(&view[after..]) && !heads_section(&view[after..]) {
            continue;
        }
        let mut name_start = ideographs_before(view, colon, 12);
        let mut after_sentence = view[..name_start].ends_with(['。', ';', '!', '?']);
        // `…。运营部:运营专员:工作职责:…`: the department's name before it, after a
        // sentence, heads it too.
        if !after_sentence
            && let Some(dept_colon) = view[..name_start].strip_suffix(':').map(str::len)
        {
            let dept_start = ideographs_before(view, dept_colon, 8);
            if dept_start < dept_colon
                && view[..dept_start].ends_with(['。', ';', '!', '?'])
                && lexicon::label(&view[dept_start..dept_colon]).is_none()
            {
                cuts.push(dept_start);
                after_sentence = true;
            }
        }
        if let Some((_, len)) = SECTION_MATCHER.at_start(&view[name_start..colon])
            && is_bare_position(&view[name_start + len..colon])
        {
            name_start += len;
            after_sentence = true;
        }
        // `…各部门及人员岗位职责电商中心总监:…`: a heading that ends with the word for
        // duties, glued before the name.
        if let Some((_, end)) = lexicon::JOB_TITLE_ENDINGS.last_ending(&view[name_start..colon])
            && is_bare_position(&view[name_start + end..colon])
        {
            name_start += end;
            after_sentence = true;
        }
        let name = &view[name_start..colon];
        let group = after_sentence && (2..=8).contains(&name.chars().count());
        let position = (name_start == 0 || after_sentence)
            && (is_bare_position(name)
                || lexicon::POSITION_LABEL_ENDINGS
                    .iter()
                    .any(|e| name.strip_suffix(e).is_some_and(lexicon::is_position_title)));
        if group || position {
            cuts.extend([name_start, after]);
        }
    }
}

/// Does a text start with a section's name and a colon or a list
/// (`工作职责:1. …`)?
fn heads_section(rest: &str) -> bool {
    SECTION_MATCHER.at_start(rest).is_some_and(|(_, len)| {
        rest[len..].starts_with(':') || numbering::starts_list(&rest[len..])
    })
}

/// `…(一)码头作业岗位1.桥吊司机(1)严格按照…2.理货员(1)核对…`: a numbered position's
/// name with its own list run on after it, inside a run-on text: cut before the
/// number and after the name.
fn numbered_positions(view: &str, cuts: &mut Vec<usize>) {
    if !view.bytes().skip(1).any(|b| b.is_ascii_digit()) {
        return;
    }
    let mut prev_digit = false;
    for (at, c) in view.char_indices() {
        let starts = c.is_ascii_digit() && !prev_digit && at > 0;
        prev_digit = c.is_ascii_digit() || c == '.';
        if !starts {
            continue;
        }
        let Some(m) = numbering::marker(&view[at..])
            .filter(|m| matches!(m.style, Style::ArabicDot | Style::ArabicComma))
        else {
            continue;
        };
        let from = at + m.len;
        let end = view[from..]
            .char_indices()
            .take_while(|&(_, c)| is_ideograph(c))
            .take(8)
            .map(|(i, c)| from + i + c.len_utf8())
            .filter(|&end| {
                let rest = &view[end..];
                (numbering::starts_list(rest) || rest.starts_with("(一)"))
                    && is_bare_position(&view[from..end])
            })
            .last();
        if let Some(end) = end {
            cuts.extend([at, end]);
        }
    }
}

/// `一、总则…。二、岗位职责…。三、考核与奖惩…`: a document's chapters numbered in
/// order inside a run-on text, each after a sentence: cut before each from the
/// second on, whatever its name.
/// So are sections numbered `(一)…(二)…` in order.
fn chapter_chain(chinese: &[ChineseMarker], cuts: &mut Vec<usize>) {
    // The last number of each style: `一、` and `(一)`.
    let mut last: [Option<u32>; 2] = [None, None];
    for (at, m) in chinese_after(chinese, &['。', ';', '!', ' ', ')']) {
        let (k, n) = match (m.style, m.ordinal) {
            (Style::CnComma, Some(n)) => (0, n),
            (Style::CnParen, Some(n)) => (1, n),
            _ => continue,
        };
        if last[k].is_some_and(|l| n == l + 1) && at > 0 {
            cuts.push(at);
        }
        if last[k].is_none_or(|l| n == l + 1) {
            last[k] = Some(n);
        }
    }
}

/// `二、预约管理1. 通过电话…`, `…供参考:一、顾客接待1. 顾客进店时…`: a group's
/// numbered name glued to the first item of its list: cut before the number (after
/// a sentence or a colon) and after the name.
fn group_heads(view: &str, chinese: &[ChineseMarker], cuts: &mut Vec<usize>) {
    for (at, m) in chinese_after(chinese, &['。', ';', ':', ' ']) {
        if m.style != Style::CnComma {
            continue;
        }
        let from = at + m.len;
        // A name of two ideographs or more, then the list's first number.
        let end = view[from..]
            .char_indices()
            .take_while(|&(_, c)| is_ideograph(c))
            .take(12)
            .map(|(i, c)| from + i + c.len_utf8())
            .skip(1)
            .find(|&end| numbering::starts_list(&view[end..]));
        if let Some(end) = end {
            if at > 0 {
                cuts.push(at);
            }
            cuts.push(end);
        }
    }
}

/// A Chinese-numbered marker (`二、`, `(三)`) inside a line: where it starts, the
/// marker, and the character before it (none at the line's start).
type ChineseMarker = (usize, numbering::Marker, Option<char>);

/// The Chinese-numbered markers of a line that start it or follow a boundary
/// character, found once for the scanners that look for them.
fn chinese_markers(view: &str) -> Vec<ChineseMarker> {
    const AFTER: [char; 6] = ['。', ';', '!', ' ', ')', ':'];
    let mut prev: Option<char> = None;
    view.char_indices()
        .filter_map(|(at, c)| {
            let before = prev.replace(c);
            let starts = (numbering::is_cn_digit(c) || c == '(')
                && before.is_none_or(|p| AFTER.contains(&p));
            starts
                .then(|| numbering::marker(&view[at..]))
                .flatten()
                .map(|m| (at, m, before))
        })
        .collect()
}

/// Those of `chinese` that start the line or stand right after one of `after`
/// (a subset of [`chinese_markers`]'s boundaries).
fn chinese_after<'m>(
    chinese: &'m [ChineseMarker],
    after: &'m [char],
) -> impl Iterator<Item = (usize, numbering::Marker)> + 'm {
    chinese.iter().filter_map(move |&(at, m, before)| {
        before.is_none_or(|p| after.contains(&p)).then_some((at, m))
    })
}

/// `6页岗位:…`: a document site's page count glued to the text after it.
fn page_count_prefix(view: &str, cuts: &mut Vec<usize>) {
    let digits = view.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) && view[digits..].starts_with('页') {
        let end = digits + '页'.len_utf8();
        if view[end..].starts_with(|c: char| !c.is_ascii_digit() && !c.is_whitespace()) {
            cuts.push(end);
        }
    }
}

/// `…。高级销售代表岗位职责1、…`, `…NAME生产部部长岗位职责一、…`: a job's title inside
/// the line, followed by its first item, a numbered heading or a colon. The name is
/// the run of ideographs before the ending (`岗位职责`, `职责`, `岗位说明书` …) and must
/// end like a position's name.
fn job_titles(view: &str, cuts: &mut Vec<usize>) {
    // Every job-title ending of the line, in one pass (most lines hold none).
    let mut found = Vec::new();
    lexicon::JOB_TITLE_ENDINGS.each_match(view, |at, end, _| found.push((at, end)));
    for (at, end) in found {
        let after = &view[end..];
        // At the end of the line after a sentence: `…的人员。 收银员岗位职责`.
        let last_on_line = after.trim().is_empty() && {
            let before = view[..at].trim_end_matches(|c: char| is_ideograph(c));
            before.trim_end().ends_with(['。', ';', '!', '?'])
        };
        let marked = numbering::starts_list(after)
            || last_on_line
            || after.starts_with([':', '【'])
            || numbering::marker(after).is_some_and(|m| {
                matches!(m.style, Style::CnComma | Style::CnParen) && m.ordinal == Some(1)
            });
        if !marked {
            continue;
        }
        let run_start = view[..at]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_ideograph(c) || c == '(' || c == ')')
            .take(10)
            .last()
            .map_or(at, |(i, _)| i);
        // A title written just before (`…岗位职责幼儿园保育员岗位职责`) ends there.
        // (An ending that began before the run counts: `…岗位说明书范本洗衣房领班…`.)
        let wide = ideographs_before(view, run_start, 10);
        let name_start = lexicon::TITLE_ENDINGS
            .last_ending(&view[wide..at])
            .map(|(_, e)| wide + e)
            .filter(|&e| e >= run_start)
            .unwrap_or(run_start);
        let title = &view[name_start..end];
        if name_start < at && lexicon::is_position_title(title) {
            if name_start > 0 {
                cuts.push(name_start);
            }
            cuts.push(end);
        }
    }
}

/// `…(共9篇)第1篇:影城卖品部主管岗位职责…第2篇:…`: a collection's parts numbered
/// `第N篇:` inside a line: cut before each and after its colon.
fn ordinal_parts(view: &str, cuts: &mut Vec<usize>) {
    for (at, _) in view.match_indices('第') {
        let after = &view[at + '第'.len_utf8()..];
        let number = after
            .find(|c: char| !(c.is_ascii_digit() || numbering::is_cn_digit(c)))
            .unwrap_or(after.len());
        if number == 0 || !after[number..].starts_with("篇:") {
            continue;
        }
        if at > 0 {
            cuts.push(at);
        }
        cuts.push(at + '第'.len_utf8() + number + "篇:".len());
    }
}

/// `…(通用4篇)客房服务员岗位职责篇1⑴…`, `…整洁。客房服务员岗位职责篇2…`: a part of a
/// collection, its title and number, after a sentence or the collection's title:
/// cut before the title and after the number.
fn collection_parts(view: &str, cuts: &mut Vec<usize>) {
    ordinal_parts(view, cuts);
    for (at, _) in view.match_indices('篇') {
        let after = &view[at + '篇'.len_utf8()..];
        if !after.starts_with(|c: char| c.is_ascii_digit() || numbering::is_cn_digit(c)) {
            continue;
        }
        let start = ideographs_before(view, at, 20);
        let before = view[..start].trim_end();
        if !(before.is_empty() || before.ends_with(['。', ';', '!', '?', ')']))
            || view[start..at].chars().count() < 4
            || !lexicon::has_title_word(&view[start..at])
            || lexicon::DUTY_VERB_STARTS
                .iter()
                .any(|v| view[start..at].starts_with(v))
        {
            continue;
        }
        let mut number = after
            .find(|c: char| !(c.is_ascii_digit() || numbering::is_cn_digit(c)))
            .unwrap_or(after.len());
        // `篇41、遵守…`: the part's number and its first item's, run together.
        if number >= 2 && after[number..].starts_with(['、', '.']) && after[..number].ends_with('1')
        {
            number -= 1;
        }
        if start > 0 {
            cuts.push(start);
        }
        cuts.push(at + '篇'.len_utf8() + number);
    }
}

/// `…效益。序号概述内容描述1健全…`: a duty table's header after a sentence, run on
/// into its first row: cut before and after it.
fn table_headers(view: &str, cuts: &mut Vec<usize>) {
    for (i, c) in view.char_indices() {
        if !matches!(c, '。' | ';' | ')') {
            continue;
        }
        let at = i + c.len_utf8();
        if let Some(len) = super::table::header_before_row(&view[at..]) {
            cuts.push(at);
            cuts.push(at + len);
        }
    }
}

/// Where the run of at most `max` ideographs that ends at `at` starts.
fn ideographs_before(view: &str, at: usize, max: usize) -> usize {
    view[..at]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_ideograph(c))
        .take(max)
        .last()
        .map_or(at, |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Folded;

    fn pieces(text: &str) -> Vec<String> {
        let folded = Folded::new(text);
        folded
            .lines()
            .flat_map(cut)
            .map(|(part, _)| part.text().to_string())
            .collect()
    }

    #[test]
    fn should_cut_a_title_written_as_cells_before_the_first_label() {
        let cases: &[(&str, &[&str])] = &[
            (
                "示例医院 设备维修工程师 岗位工作说明书 姓 名 岗 位 设备维修工程师 所属部门 医学装备科",
                &[
                    "示例医院 设备维修工程师 岗位工作说明书",
                    "姓 名 岗 位 设备维修工程师 所属部门 医学装备科",
                ],
            ),
            (
                "示例医院 收费员 岗位说明书 所属部门 财务科",
                &["示例医院 收费员 岗位说明书", "所属部门 财务科"],
            ),
            // A document site's page marker before a title glued to its first label.
            (
                "1、保洁领班岗位说明书岗位名称保洁领班所属部门环境部",
                &["1、保洁领班岗位说明书", "岗位名称保洁领班所属部门环境部"],
            ),
            // Not a label after the title.
            (
                "示例医院 收费员 岗位说明书 下载 收藏",
                &["示例医院 收费员 岗位说明书 下载 收藏"],
            ),
        ];
        for (line, want) in cases {
            assert_eq!(pieces(line), *want, "{line}");
        }
    }

    #[test]
    fn should_cut_the_next_label_off_a_value_cell() {
        let cases: &[(&str, &[&str])] = &[
            ("销售部店长 岗位编号", &["销售部店长", "岗位编号"]),
            ("直营督导 工资等级", &["直营督导", "工资等级"]),
            // Not a known label, or not a cell before it.
            ("直营督导 晋升", &["直营督导 晋升"]),
            (
                "负责门店日常运营,完成销售任务 岗位编号",
                &["负责门店日常运营,完成销售任务 岗位编号"],
            ),
        ];
        for (line, want) in cases {
            assert_eq!(pieces(line), *want, "{line}");
        }
    }

    #[test]
    fn should_give_a_clause_its_bare_number() {
        let cases: &[(&str, &[&str])] = &[
            (
                "4 直接下属:无 5 本职工作:编排运输计划 6 基本职责 6.1 接收指令。",
                &[
                    "4 直接下属:无",
                    "5 本职工作:编排运输计划",
                    "6 基本职责 6.1 接收指令。",
                ],
            ),
            (
                "6.2 编制派车单。7 任职资格 7.1 中专以上学历。",
                &["6.2 编制派车单。", "7 任职资格 7.1 中专以上学历。"],
            ),
            // A number that does not go on the line's numbering is a value.
            (
                "编制人数 2 岗位职责:负责接待",
                &["编制人数 2", "岗位职责:负责接待"],
            ),
        ];
        for (line, want) in cases {
            assert_eq!(pieces(line), *want, "{line}");
        }
    }

    #[test]
    fn should_cut_a_group_name_that_opens_a_new_list() {
        let cases: &[(&str, &[&str])] = &[
            (
                "4、完成值班任务等。教学:1、承担带教工作。2、举办讲座。",
                &[
                    "4、完成值班任务等。",
                    "教学:",
                    "1、承担带教工作。2、举办讲座。",
                ],
            ),
            // Not after a sentence's end: a label inside the sentence.
            (
                "负责以下工作内容教学:1、承担带教工作。",
                &["负责以下工作内容教学:1、承担带教工作。"],
            ),
            // No new list after the colon.
            (
                "完成值班任务等。教学:承担带教工作。",
                &["完成值班任务等。教学:承担带教工作。"],
            ),
        ];
        for (line, want) in cases {
            assert_eq!(pieces(line), *want, "{line}");
        }
    }

    #[test]
    fn should_cut_before_a_section_named_by_a_position() {
        let cases: &[(&str, &[&str])] = &[
            (
                "5、保持收银台整洁。 收银员岗位要求",
                &["5、保持收银台整洁。", "收银员岗位要求"],
            ),
            (
                "负责商品结算。仓库管理员任职资格1、高中以上学历;",
                &["负责商品结算。", "仓库管理员任职资格1、高中以上学历;"],
            ),
            // A heading that ends the line may follow a space.
            (
                "收银操作 点钞验钞 收银员升职空间",
                &["收银操作 点钞验钞", "收银员升职空间"],
            ),
            // Not a position's name; nothing after the sentence heads a section.
            (
                "保持收银台整洁。 具体任职要求",
                &["保持收银台整洁。 具体任职要求"],
            ),
            (
                "保持收银台整洁。 收银员岗位要求较高,需耐心。",
                &["保持收银台整洁。 收银员岗位要求较高,需耐心。"],
            ),
            // After a space, only when the heading ends the line.
            (
                "点钞验钞 收银员任职资格1、高中以上学历;",
                &["点钞验钞 收银员任职资格1、高中以上学历;"],
            ),
        ];
        for (line, want) in cases {
            assert_eq!(pieces(line), *want, "{line}");
        }
    }

    #[test]
    fn should_cut_the_parts_of_a_run_on_collection() {
        let cases: &[(&str, &[&str])] = &[
            (
                "客房服务员岗位职责(通用4篇)客房服务员岗位职责篇1⑴按规定清扫客房;",
                &[
                    "客房服务员岗位职责(通用4篇)",
                    "客房服务员岗位职责篇1",
                    "⑴按规定清扫客房;",
                ],
            ),
            // The part's number and its first item's, run together.
            (
                "客房服务员岗位职责篇41、遵守员工手册;2、按时交接;",
                &["客房服务员岗位职责篇4", "1、遵守员工手册;2、按时交接;"],
            ),
            // A title ending inside the word before the job's name.
            (
                "篇3洗衣房领班岗位说明书范本洗衣房领班工作职责1、安排班次;",
                &[
                    "篇3洗衣房领班岗位说明书范本",
                    "洗衣房领班工作职责",
                    "1、安排班次;",
                ],
            ),
            // Not after a sentence, or no title before `篇`.
            (
                "负责整理客房服务员岗位职责篇1的内容",
                &["负责整理客房服务员岗位职责篇1的内容"],
            ),
        ];
        for (line, want) in cases {
            assert_eq!(pieces(line), *want, "{line}");
        }
    }

    #[test]
    fn should_cut_a_position_name_with_a_colon_before_its_list() {
        let cases: &[(&str, &[&str])] = &[
            (
                "部长岗位:1、主持全面工作;2、审核方案。",
                &["部长岗位:", "1、主持全面工作;2、审核方案。"],
            ),
            // Not a position's name, or no list after the colon.
            (
                "管理岗位:1、主持全面工作;2、审核方案。",
                &["管理岗位:1、主持全面工作;2、审核方案。"],
            ),
            (
                "部长岗位:主持全面工作,审核方案。",
                &["部长岗位:主持全面工作,审核方案。"],
            ),
        ];
        for (line, want) in cases {
            assert_eq!(pieces(line), *want, "{line}");
        }
    }

    #[test]
    fn should_end_a_flattened_table_inside_a_line_at_a_section_name() {
        let cases: &[(&str, &[&str])] = &[
            (
                "按文件执行。表1-1岗位名称主任医师岗位等级二级聘期内岗位职责与任务医疗:",
                &[
                    "按文件执行。表1-1岗位名称主任医师岗位等级二级",
                    "聘期内岗位职责与任务医疗:",
                ],
            ),
            // Labels in a sentence, with punctuation between them, are no table.
            (
                "3、工作技能要求:持有《物业管理上岗证》及《物业管理职业资格证书》,依据每月绩效考核标准,综合考试85分以上。",
                &[
                    "3、工作技能要求:持有《物业管理上岗证》及《物业管理职业资格证书》,依据每月绩效考核标准,综合考试85分以上。",
                ],
            ),
        ];
        for (line, want) in cases {
            assert_eq!(pieces(line), *want, "{line}");
        }
    }
}
