//! Cutting a content line into pieces and giving each its kind.
//!
//! A line is cut before each section heading that follows sentence punctuation
//! on the same line (`…3.…。任职要求:1.…`, `…[岗位职责]1、…`), after a heading
//! whose body runs on (`岗位职责:1.…`), and before each item of a numbered chain
//! (`1.负责A;2.负责B;3.负责C`).

use super::numbering::{self, Marker, Style};
use super::table::{self, RowKind};
use super::{Bare, Field, Kind, Piece, Rule, Scan, fields, heading};
use crate::lexicon::{self, FieldKey, SECTION_MATCHER};
use crate::normalize::Line;

/// The pieces of a content line, in order; `scan` holds what the recognizers
/// already said of the whole line.
pub(crate) fn pieces<'a>(line: Line<'a>, scan: &Scan<'_>) -> Vec<Piece<'a>> {
    let mut out = Vec::new();
    let cuts = inline_heading_pieces(line);
    let cut = cuts.len() > 1;
    for piece in cuts {
        let whole = (!cut).then_some(scan);
        // A duty-table header (`主要职责\t职责描述\t…`) starts with a section name
        // but is a table row.
        let header = table::duty_header(piece.view());
        let heading = match whole {
            Some(scan) => scan.heading().cloned(),
            None if header.is_none() => heading::heading(piece.view()),
            None => None,
        };
        if header.is_none()
            && let Some(h) = heading
        {
            let rule = if cut { Rule::HeadingInline } else { h.rule };
            out.push(Piece {
                line: piece.to(h.rest),
                kind: Kind::Heading {
                    key: h.key,
                    heading: written_heading(piece, h.end),
                },
                rule,
            });
            if h.rest < piece.view().len() {
                let rest = piece.from(h.rest);
                let labelled = fields::split_fields(rest.view())
                    .iter()
                    .any(|h| h.key != FieldKey::Unknown);
                if lexicon::is_intro(rest.view()) && !labelled {
                    // `职责：电讯工程师主要负责 –`: words that lead into the items below.
                    out.push(Piece {
                        line: rest,
                        kind: Kind::Decoration,
                        rule: Rule::Intro,
                    });
                } else {
                    body(rest, table::duty_header(rest.view()), None, &mut out);
                }
            }
            continue;
        }
        body(piece, header, whole, &mut out);
    }
    out
}

/// The heading as written: markdown's `#` is markup, and the colon is not part of it.
fn written_heading(piece: Line<'_>, end: usize) -> Line<'_> {
    let heading = piece.to(end);
    let hashes = heading.view().len() - heading.view().trim_start_matches('#').len();
    heading.from(hashes).trim_end_matches(&[':', ' '])
}

/// Cuts a line before each section heading that follows sentence punctuation on
/// the same line (`…3.…。任职要求:1.…`).
fn inline_heading_pieces(line: Line<'_>) -> Vec<Line<'_>> {
    let view = line.view();
    let mut cuts = Vec::new();
    for (i, c) in view.char_indices() {
        if i == 0 || !matches!(c, '。' | ';' | ' ' | '】' | '!') {
            continue;
        }
        let at = i + c.len_utf8();
        let rest = view[at..].trim_start();
        let at = view.len() - rest.len();
        if at >= view.len() {
            continue;
        }
        // `2 本职工作:…`: the heading's own bare number is not a piece before it.
        let own_number = view[..at].trim_end().len() <= 2
            && view[..at].trim_end().chars().all(|c| c.is_ascii_digit());
        if let Some((_, len)) = SECTION_MATCHER.at_start(rest)
            && rest[len..].trim_start().starts_with([':', '【'])
            && lexicon::label(&rest[..len]).is_none()
        {
            if !own_number {
                cuts.push(numbering::number_before(view, at));
            }
        } else if rest.starts_with('【') && heading::heading(rest).is_some() {
            cuts.push(at);
        }
    }
    if cuts.is_empty() {
        return vec![line];
    }
    let mut out = Vec::new();
    let mut start = 0;
    for cut in cuts.into_iter().chain([view.len()]) {
        let part = line.sub(start..cut);
        if !part.is_empty() {
            out.push(part);
        }
        start = cut;
    }
    out
}

/// Classifies one body piece; `header` is its duty-table header reading, already
/// made, and `whole` the scan of the line when the piece is the whole line.
fn body<'a>(
    piece: Line<'a>,
    header: Option<Vec<lexicon::Column>>,
    whole: Option<&Scan<'_>>,
    out: &mut Vec<Piece<'a>>,
) {
    if let Some(cols) = header {
        out.push(Piece {
            line: piece,
            kind: Kind::TableHeader(cols),
            rule: Rule::TableHeader,
        });
        return;
    }
    let row = match whole {
        Some(scan) => scan.row().cloned(),
        None => table::row(piece.view()),
    };
    match row {
        Some(RowKind::Separator) => {
            out.push(Piece {
                line: piece,
                kind: Kind::Decoration,
                rule: Rule::TableSeparator,
            });
            return;
        }
        Some(RowKind::Cells(ranges)) => {
            let cells: Vec<Line<'a>> = ranges.into_iter().map(|r| piece.sub(r)).collect();
            let fields = cell_fields(&cells);
            out.push(Piece {
                line: piece,
                kind: Kind::Row { cells, fields },
                rule: Rule::TableRow,
            });
            return;
        }
        None => {}
    }
    let parts = runon_pieces(piece, whole.map(|s| s.marker));
    let chain = parts.len() > 1;
    for part in parts {
        out.push(part_piece(part, chain, if chain { None } else { whole }));
    }
}

/// A place where an item of a run-on chain may start.
struct ChainStart {
    at: usize,
    /// The numbering style; `None` for a bare number (`2根据…`).
    style: Option<Style>,
    n: u32,
    /// Glued to the text before it, or a bare number: needs a longer chain.
    glued: bool,
}

fn chain_starts(view: &str, first: Option<Option<Marker>>) -> Vec<ChainStart> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in view.char_indices() {
        let before = prev;
        prev = Some(c);
        let digit_start =
            c.is_ascii_digit() && !before.is_some_and(|p| p.is_ascii_digit() || p == '.');
        // ①…⑳, ⑴…⒇ and ⒈…⒛: the enclosed numbers; `a)`, not inside a word.
        let letter_start =
            c.is_ascii_lowercase() && !before.is_some_and(|p| p.is_ascii_alphanumeric());
        if !(digit_start || letter_start || c == '(' || ('①'..='⒛').contains(&c)) {
            continue;
        }
        let loose =
            before.is_none_or(|p| matches!(p, ';' | '。' | ',' | ':' | ' ' | '!' | '、' | '\t'));
        let m = match first {
            Some(known) if i == 0 => known,
            _ => numbering::marker(&view[i..]),
        };
        if let Some(m) = m
            && matches!(
                m.style,
                Style::ArabicDot
                    | Style::ArabicComma
                    | Style::ArabicHalfParen
                    | Style::ArabicParen
                    | Style::ArabicMulti(_)
                    | Style::Circled
                    | Style::Letter
            )
            && let Some(n) = m.ordinal
        {
            out.push(ChainStart {
                at: i,
                style: Some(m.style),
                n,
                glued: !loose,
            });
        } else if digit_start
            && loose
            && let Some(n) = bare_number(&view[i..])
        {
            out.push(ChainStart {
                at: i,
                style: None,
                n,
                glued: true,
            });
        }
    }
    out
}

/// `主要职责:- 负责巡查…。- 负责种植…`, `●负责A;●负责B`: where the items of a bulleted
/// list run together on one line start, when two or more do; a bullet starts one at
/// the start of the line or after a sentence mark, a colon or a space, before a
/// Chinese word (`3000-5000元` holds no bullet).
fn bullet_starts(view: &str) -> Vec<usize> {
    // Every bullet but `・` is `-` or starts with byte 0xE2 or 0xC2 in UTF-8, which
    // Chinese characters and their punctuation never do: most lines have none.
    if memchr::memchr3(b'-', 0xE2, 0xC2, view.as_bytes()).is_none() && !view.contains('・') {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in view.char_indices() {
        let before = prev;
        prev = Some(c);
        let loose = before.is_none_or(|p| matches!(p, ';' | '。' | ',' | ':' | ' ' | '!' | '\t'));
        // A dash between words is a flow's arrow (`需求申报 - 采购审批`): a dash item
        // follows a sentence, a colon or a closing bracket.
        let after_clause = || {
            view[..i]
                .trim_end()
                .chars()
                .next_back()
                .is_none_or(|p| matches!(p, ';' | '。' | ':' | '!' | '?' | ')'))
        };
        if !loose || !((c == '-' && after_clause()) || numbering::BULLETS.contains(c)) {
            continue;
        }
        let after = &view[i + c.len_utf8()..];
        let after = if c == '-' {
            after.strip_prefix(' ')
        } else {
            Some(after.trim_start())
        };
        if after.and_then(|a| a.chars().next()).is_some_and(is_cjk) {
            out.push(i);
        }
    }
    if out.len() >= 2 { out } else { Vec::new() }
}

/// `2根据年度…`, `2 职 务:…`: one or two digits right before an ideograph (or one
/// space before it) that does not make them a quantity (`2年`, `3 人`, `5%`).
fn bare_number(rest: &str) -> Option<u32> {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = &rest[digits..];
    let next = after.strip_prefix(' ').unwrap_or(after).chars().next()?;
    let quantity = "年月日号周天个人次名元万千百岁小分秒级期届条项%倍层楼室";
    ((1..=2).contains(&digits) && is_cjk(next) && !quantity.contains(next))
        .then(|| rest[..digits].parse().ok())
        .flatten()
}

/// An item, fields or prose; `whole` is the scan of the line when the part is
/// the whole line.
fn part_piece<'a>(part: Line<'a>, chain: bool, whole: Option<&Scan<'_>>) -> Piece<'a> {
    let marker = match whole {
        Some(scan) => scan.marker,
        None => numbering::marker(part.view()),
    };
    // `•` or `-` alone: a list item whose content is on the lines after it, or a
    // separator between groups of items.
    if marker.is_some_and(|m| m.style == Style::Bullet && m.len >= part.view().len()) {
        return Piece {
            line: part,
            kind: Kind::Decoration,
            rule: Rule::LoneBullet,
        };
    }
    if let Some(marker) = marker {
        let body = part.from(marker.len);
        return Piece {
            line: part,
            kind: Kind::Item {
                marker,
                body,
                fields: item_fields(body),
            },
            rule: if chain {
                Rule::ItemRunOn
            } else {
                Rule::ItemMarker
            },
        };
    }
    if let Some(fields) = label_run(part) {
        return Piece {
            line: part,
            kind: Kind::Fields(fields),
            rule: Rule::FieldsRun,
        };
    }
    let mut fields = match whole {
        Some(scan) => fields_of(part, scan.fields()),
        None => line_fields(part),
    };
    // A colon-less run before the first `label:` (`岗位名称 财务部经理所在部门财务部…
    // 相关单位名称:银行`): its pairs come first.
    if let Some(first) = fields.first()
        && first.label.offset_in(&part) > 0
        && let Some(mut run) = label_run(part.to(first.label.offset_in(&part)))
    {
        run.append(&mut fields);
        fields = run;
    }
    if !fields.is_empty() {
        return Piece {
            line: part,
            kind: Kind::Fields(fields),
            rule: Rule::FieldsColon,
        };
    }
    let pairs = spaced_pairs(part);
    if !pairs.is_empty() {
        return Piece {
            line: part,
            kind: Kind::Fields(pairs),
            rule: Rule::FieldsSpacedPairs,
        };
    }
    // `负责所属区域的业务收款。 |`: a cell of a pipe table written a cell per line; its
    // border is no text of it.
    let part = match part.view().strip_suffix('|') {
        Some(cell) if !cell.contains('|') => part.to(cell.trim_end().len()),
        _ => part,
    };
    Piece {
        line: part,
        kind: Kind::Prose(bare(part.view())),
        rule: Rule::Prose,
    }
}

/// What a prose line is alone: a label (`岗位名称`; `**岗位名称**`, a label in markdown
/// bold), a section's name, or text that may be a value.
fn bare(view: &str) -> Bare {
    let view = view.trim();
    let view = view
        .strip_prefix("**")
        .and_then(|v| v.strip_suffix("**"))
        .unwrap_or(view)
        .trim_end_matches(':')
        .trim();
    Bare {
        label: lexicon::label(view),
        not_a_value: lexicon::label(view).is_some() || SECTION_MATCHER.whole(view).is_some(),
    }
}

/// The label/value pairs of a line of text.
pub fn line_fields(line: Line<'_>) -> Vec<Field<'_>> {
    if !line.view().contains(':') {
        return Vec::new();
    }
    fields_of(line, &fields::split_fields(line.view()))
}

/// The label/value pairs of an item's text; a known label alone (`一、岗位名称` over
/// `物业客服专员`) is a label whose value is on the next line.
fn item_fields(body: Line<'_>) -> Vec<Field<'_>> {
    let label = body.trim_matches(&[' ']);
    match lexicon::label(label.view()) {
        Some(key) if key != FieldKey::Unknown && !body.view().contains(':') => vec![Field {
            key,
            label,
            value: body.from(body.view().len()),
        }],
        _ => line_fields(body),
    }
}

/// Fields from the label splitter's ranges.
fn fields_of<'a>(line: Line<'a>, hits: &[fields::FieldHit]) -> Vec<Field<'a>> {
    hits.iter()
        .map(|h| Field {
            key: h.key,
            label: line.sub(h.label.clone()),
            // (`-岗位名称:药房调剂员-所属部门:…`: a dash before each label.)
            value: line
                .sub(h.value.clone())
                .trim_end_matches(&[';', ',', '、', '|', ' ', '-']),
        })
        .collect()
}

/// `岗位名称主营总出纳岗位编号所在部门 计划财务部岗位定员1人直接上级审核主管…`,
/// `职位名称 销售主管 职位编号 所属部门 销售部`: a Word table flattened without
/// colons — labels one after the other, each value between its label and the
/// next. A line counts when it starts with a label and holds at least two labels
/// of three characters or more that no colon follows; a two-character label
/// (`专业`, `经验`) counts only after a space, a punctuation mark, a number or
/// another label, since such words also fill ordinary sentences.
fn label_run(part: Line<'_>) -> Option<Vec<Field<'_>>> {
    let view = part.view();
    let hits = lexicon::scan_line(view).0;
    let mut accepted: Vec<lexicon::WordHit> = Vec::new();
    for h in hits {
        // Sign-off words (`审核`, `审批`) start position names too (`审核主管`):
        // without a colon they are no label.
        let signoff = matches!(
            h.label,
            Some(FieldKey::PreparedBy | FieldKey::ReviewedBy | FieldKey::ApprovedBy)
        );
        if h.label.is_none() || (signoff && !view[h.end..].starts_with(':')) {
            continue;
        }
        let strong = h.chars(view) >= 3;
        let adjacent = accepted.last().is_some_and(|a| a.end == h.start);
        // `所属部门环境部`, `直接上级环境主管`: a short word glued to the ending of a
        // department's or a position's name is that name.
        let rest = &view[h.end..];
        if adjacent
            && !strong
            && (lexicon::DEPARTMENT_ENDINGS.iter())
                .chain(
                    lexicon::POSITION_SUFFIXES
                        .iter()
                        .filter(|e| e.chars().count() >= 2),
                )
                .any(|e| rest.starts_with(e))
        {
            continue;
        }
        let after_boundary = view[..h.start]
            .chars()
            .next_back()
            .is_none_or(|c| !is_cjk(c));
        // A short word that starts the cell after a label with nothing of its own is
        // that label's value (`所属部门 品质部`), not a label.
        let awaited = accepted
            .last()
            .is_some_and(|a| a.end < h.start && view[a.end..h.start].trim().is_empty());
        if (strong || adjacent || after_boundary) && (strong || !awaited) {
            accepted.push(h);
        }
    }
    let bare = |h: &lexicon::WordHit| !view[h.end..].trim_start().starts_with(':');
    let strong_bare = accepted
        .iter()
        .filter(|h| h.chars(view) >= 3 && bare(h))
        .count();
    // The run starts the text, or follows a section heading (`基本信息本岗位名称…`) or
    // a table's caption (`表1-1岗位名称…`).
    let lead = SECTION_MATCHER
        .at_start(view)
        .map_or_else(|| super::table::caption(view), |(_, len)| len);
    let reporting = reporting_alone(view, &accepted);
    if (strong_bare < 2 && !reporting) || accepted.first().is_none_or(|h| h.start > lead + 3) {
        return None;
    }
    let fields = accepted
        .iter()
        .enumerate()
        .map(|(k, h)| {
            let end = accepted.get(k + 1).map_or(view.len(), |n| n.start);
            let label_end = (h.end + english_gloss(&view[h.end..end])).min(end);
            let value = part
                .sub(label_end..end)
                .trim_matches(&[':', ' ', ';', ',', '、', '|']);
            Field {
                key: h.label.unwrap_or(FieldKey::Unknown),
                label: part.sub(h.start..label_end),
                value,
            }
        })
        .collect();
    Some(fields)
}

/// `直接上级酒店总经理`: a reporting line's label alone at the start, glued to a short
/// value (no colon, no sentence), on a line of a flattened table.
fn reporting_alone(view: &str, accepted: &[lexicon::WordHit]) -> bool {
    let [h] = accepted else {
        return false;
    };
    let value = &view[h.end..];
    h.start == 0
        && matches!(h.label, Some(FieldKey::Superiors | FieldKey::Subordinates))
        && (2..=40).contains(&value.chars().count())
        && !value.contains(['。', ',', ';', ':', ' '])
}

/// `(Position Title)` after a label of a bilingual form (`岗位名称(Position Title)医学
/// 信息专员`): the label's English, part of the label; its length.
pub(crate) fn english_gloss(rest: &str) -> usize {
    let Some(inner) = rest.strip_prefix('(') else {
        return 0;
    };
    let Some(close) = inner.find(')') else {
        return 0;
    };
    let gloss = &inner[..close];
    let english = (2..=40).contains(&gloss.len())
        && gloss.starts_with(|c: char| c.is_ascii_uppercase())
        && gloss
            .chars()
            .all(|c| c.is_ascii_alphabetic() || " /&-.".contains(c));
    if english { close + 2 } else { 0 }
}

/// A CJK ideograph (a character that may belong to the word before it).
fn is_cjk(c: char) -> bool {
    ('\u{3400}'..='\u{9fff}').contains(&c) || ('\u{f900}'..='\u{faff}').contains(&c)
}

/// `岗位名称 电梯管理员 所属部门 工程部`: single-space cells that pair known labels with values.
fn spaced_pairs(line: Line<'_>) -> Vec<Field<'_>> {
    let view = line.view();
    if !fields::is_spaced_pairs(view) {
        return Vec::new();
    }
    // The cells as written must be the same cells (a no-break space is not a
    // cell separator in the text).
    let written = line
        .text()
        .split([' ', '\u{3000}'])
        .filter(|t| !t.is_empty())
        .count();
    let mut tokens = Vec::new();
    let mut at = 0;
    for token in view.split(' ') {
        if !token.is_empty() {
            tokens.push(line.sub(at..at + token.len()));
        }
        at += token.len() + 1;
    }
    if written != tokens.len() {
        return Vec::new();
    }
    tokens
        .chunks(2)
        .map(|pair| Field {
            key: lexicon::label(pair[0].view()).unwrap_or(FieldKey::Unknown),
            label: pair[0],
            value: pair[1],
        })
        .collect()
}

/// Fields of a table row: known label cells followed by their value cells, and
/// `label:value` text inside single cells.
fn cell_fields<'a>(cells: &[Line<'a>]) -> Vec<Field<'a>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < cells.len() {
        let cell = cells[i];
        // `*岗位名称`: a blank form marks the cells that must be filled in.
        let bare = cell.view().trim_end_matches(':').trim_start_matches('*');
        if let Some(key) = lexicon::label(bare.trim())
            && !bare.contains(':')
        {
            let next = cells.get(i + 1).copied();
            // A value cell that is itself a known label means this label's value is empty.
            let value_is_label =
                next.is_some_and(|v| lexicon::label(v.view().trim_end_matches(':')).is_some());
            let value = match next {
                Some(v) if !value_is_label => v,
                _ => cell.from(cell.view().len()),
            };
            out.push(Field {
                key,
                label: cell.trim_matches(&[':', '*']),
                value,
            });
            i += if value_is_label || next.is_none() {
                1
            } else {
                2
            };
            continue;
        }
        out.extend(line_fields(cell));
        i += 1;
    }
    out
}

/// Splits run-on numbered items (`1.负责A;2.负责B;3.负责C`) into parts;
/// `first` is the marker at the start, when already known.
///
/// Items of one chain share a numbering style and count up from 1 (or from the
/// line's own number, `4.…;5.…`). An item after a sentence mark or a space may
/// start a chain of two; one glued to the text before it (`…目标管理1. 依据…2. 组织…`)
/// or a bare number after a sentence mark (`…规划;2根据年度…`) counts only in a
/// chain of three or more.
fn runon_pieces(line: Line<'_>, first: Option<Option<Marker>>) -> Vec<Line<'_>> {
    let view = line.view();
    let starts = chain_starts(view, first);
    let mut best: Vec<usize> = Vec::new();
    for (k, s) in starts.iter().enumerate() {
        if s.n != 1 && s.at != 0 {
            continue;
        }
        let mut chain = vec![s];
        for t in &starts[k + 1..] {
            if t.style == s.style && t.n == chain.last().map_or(0, |c| c.n) + 1 {
                chain.push(t);
            }
        }
        let weak = chain.iter().any(|c| c.glued);
        let enough = if weak { 3 } else { 2 };
        if chain.len() >= enough && chain.len() > best.len() {
            best = chain.iter().map(|c| c.at).collect();
        }
    }
    if best.len() < 2 {
        best = bullet_starts(view);
    }
    if best.len() < 2 {
        return vec![line];
    }
    let mut bounds = best;
    if bounds[0] != 0 {
        bounds.insert(0, 0);
    }
    bounds.push(view.len());
    bounds
        .windows(2)
        .map(|w| line.sub(w[0]..w[1]))
        .filter(|part| !part.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Folded;

    /// Label and value of each field of a label run, as written.
    fn run(text: &str) -> Vec<(String, String)> {
        let folded = Folded::new(text);
        let line = folded.first().expect("a line");
        label_run(line)
            .unwrap_or_default()
            .iter()
            .map(|f| (f.label.text().to_string(), f.value.text().to_string()))
            .collect()
    }

    #[test]
    fn should_cut_run_on_chains_of_numbered_items() {
        let cases: &[(&str, &[&str])] = &[
            (
                "1、负责巡逻;2、负责登记;3、负责交接。",
                &["1、负责巡逻;", "2、负责登记;", "3、负责交接。"],
            ),
            // Bare numbers, one space before the text.
            (
                "1 部 门:运输部 2 职 务:调度员 3 直接上司:运输部经理",
                &["1 部 门:运输部", "2 职 务:调度员", "3 直接上司:运输部经理"],
            ),
            // Decimal numbers.
            (
                "7.1 中专以上学历。7.2 两年以上调度经验。7.3 会使用办公软件。",
                &[
                    "7.1 中专以上学历。",
                    "7.2 两年以上调度经验。",
                    "7.3 会使用办公软件。",
                ],
            ),
            (
                "甲 1. 热爱工作; 2. 年龄合适; 3. 具有学历。",
                &["甲", "1. 热爱工作;", "2. 年龄合适;", "3. 具有学历。"],
            ),
            // Quantities are no numbers of items.
            ("共招聘 3 人,每班 2 人轮换", &["共招聘 3 人,每班 2 人轮换"]),
            // Bullets, after a colon or a sentence.
            (
                "主要职责:- 负责巡查。- 负责种植。",
                &["主要职责:", "- 负责巡查。", "- 负责种植。"],
            ),
            ("●负责巡查;●负责种植", &["●负责巡查;", "●负责种植"]),
            // A dash between words is a flow's arrow; a range is no bullet.
            (
                "建立 “需求申报 - 采购审批 - 入库登记” 机制",
                &["建立 “需求申报 - 采购审批 - 入库登记” 机制"],
            ),
            ("月薪3000-5000元,年薪-面议", &["月薪3000-5000元,年薪-面议"]),
        ];
        for (text, want) in cases {
            let folded = Folded::new(text);
            let line = folded.first().expect("a line");
            let got: Vec<&str> = runon_pieces(line, None).iter().map(|l| l.text()).collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn should_read_a_label_alone_on_its_line_as_written_in_markdown_too() {
        for (text, want) in [
            ("岗位名称", Some(FieldKey::PositionTitle)),
            ("**所属部门**", Some(FieldKey::Department)),
            ("**直接上级**", Some(FieldKey::Superiors)),
            ("**负责巡逻**", None),
        ] {
            let folded = Folded::new(text);
            let line = folded.first().expect("a line");
            let got = match part_piece(line, false, None).kind {
                Kind::Prose(bare) => bare.label,
                _ => None,
            };
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn should_cut_label_runs_at_known_labels() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "岗位名称主营总出纳岗位编号所在部门计划财务部岗位定员1人",
                &[
                    ("岗位名称", "主营总出纳"),
                    ("岗位编号", ""),
                    ("所在部门", "计划财务部"),
                    ("岗位定员", "1人"),
                ],
            ),
            // A short label word glued to a department's ending is the department.
            (
                "岗位名称保洁领班所属部门环境部直接上级环境主管",
                &[
                    ("岗位名称", "保洁领班"),
                    ("所属部门", "环境部"),
                    ("直接上级", "环境主管"),
                ],
            ),
            ("负责本部门的日常工作", &[]),
        ];
        for (text, want) in cases {
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(l, v)| (l.to_string(), v.to_string()))
                .collect();
            assert_eq!(run(text), want, "{text}");
        }
    }
}
