//! outline: a document's lines into sections of nodes.
//!
//! Each line (or each part of a run-on line such as `岗位职责:1.…;2.…。任职要求:…`)
//! is a section heading or a body node. A node knows its numbering marker and
//! nesting level, the label/value fields in it, and its table cells. Content
//! before the first heading goes into implicit sections whose key follows from
//! what they hold. Extraction reads these sections; it never looks at raw lines.

pub mod fields;
pub mod heading;
pub mod numbering;
pub mod table;

use crate::lexicon::{self, Column, FieldKey, SECTION_MATCHER};
use crate::model::SectionKey;
use crate::normalize::{Line, clean_value};
use numbering::{Marker, Style};

/// A section: a heading and the nodes under it.
#[derive(Debug)]
pub struct Section {
    pub key: SectionKey,
    /// The heading as written, without its trailing colon; `None` for implicit sections.
    pub heading: Option<String>,
    pub first_line: usize,
    pub last_line: usize,
    pub nodes: Vec<Node>,
}

impl Section {
    /// The body as written, one node a line.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for node in &self.nodes {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&node.raw);
        }
        out
    }
}

/// One body line (or one part of a run-on line).
#[derive(Debug)]
pub struct Node {
    pub line: usize,
    /// The node as written, numbering included.
    pub raw: String,
    pub marker: Option<Marker>,
    /// Nesting level among the numbered nodes of its section (0 = outermost).
    pub level: Option<usize>,
    /// The text after the marker.
    pub body: Line,
    pub fields: Vec<Field>,
    /// Table cells as written, when the line is a table row.
    pub cells: Vec<String>,
    pub duty_header: Option<Vec<Column>>,
    /// A line consumed as the value of the label line before it.
    pub absorbed: bool,
    /// A table separator row or similar line without content of its own.
    pub decoration: bool,
}

/// A label/value pair in a node.
#[derive(Clone, Debug)]
pub struct Field {
    pub key: FieldKey,
    /// The label as written.
    pub label: String,
    /// The value as written, cleaned.
    pub value: String,
    pub line: usize,
}

impl Node {
    fn new(body: &Line) -> Node {
        Node {
            line: body.no,
            raw: body.text.clone(),
            marker: None,
            level: None,
            body: body.clone(),
            fields: Vec::new(),
            cells: Vec::new(),
            duty_header: None,
            absorbed: false,
            decoration: false,
        }
    }

    /// Plain text: no marker, no fields, no cells.
    pub fn is_plain(&self) -> bool {
        self.marker.is_none()
            && self.fields.is_empty()
            && self.cells.is_empty()
            && self.duty_header.is_none()
    }

    /// The first field of this key in the node.
    pub fn field(&self, key: FieldKey) -> Option<&Field> {
        self.fields.iter().find(|f| f.key == key)
    }
}

/// Builds the sections of one document.
pub fn build(lines: &[Line]) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::new();
    for line in lines {
        for piece in inline_heading_pieces(line) {
            // A duty-table header (`主要职责\t职责描述\t…`) starts with a section name
            // but is a table row.
            let header = table::duty_header(&piece.view);
            if header.is_none()
                && let Some(h) = heading::heading(&piece.view)
            {
                // Markdown's `#` is markup, not part of the heading's words.
                let written = piece
                    .text_of(0..h.end)
                    .trim_start_matches(['#', '＃'])
                    .trim_start();
                let heading = clean_value(written.trim_end_matches([':', '：', ' ']));
                sections.push(Section {
                    key: h.key,
                    heading: Some(heading),
                    first_line: line.no,
                    last_line: line.no,
                    nodes: Vec::new(),
                });
                if h.rest < piece.view.len() {
                    let rest = piece.sub(h.rest..piece.view.len());
                    let rest_header = table::duty_header(&rest.view);
                    add_body(
                        sections.last_mut().expect("just pushed"),
                        &rest,
                        rest_header,
                    );
                }
                continue;
            }
            if sections.is_empty() {
                sections.push(implicit(line.no));
            }
            let section = sections.last_mut().expect("a section exists");
            add_body(section, &piece, header);
        }
    }
    for section in &mut sections {
        assign_levels(section);
        absorb_values(section);
    }
    settle_implicit(sections)
}

fn implicit(line: usize) -> Section {
    Section {
        key: SectionKey::Other,
        heading: None,
        first_line: line,
        last_line: line,
        nodes: Vec::new(),
    }
}

/// Cuts a line before each section heading that follows sentence punctuation on
/// the same line (`…3.…。任职要求:1.…`).
fn inline_heading_pieces(line: &Line) -> Vec<Line> {
    let view = &line.view;
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
        if let Some((_, len)) = SECTION_MATCHER.at_start(rest)
            && rest[len..].trim_start().starts_with([':', '【'])
            && lexicon::label(&rest[..len]).is_none()
        {
            cuts.push(at);
        } else if rest.starts_with('【') && heading::heading(rest).is_some() {
            cuts.push(at);
        }
    }
    if cuts.is_empty() {
        return vec![line.clone()];
    }
    let mut out = Vec::new();
    let mut start = 0;
    for cut in cuts.into_iter().chain([view.len()]) {
        let part = line.sub(start..cut);
        if !part.text.is_empty() {
            out.push(part);
        }
        start = cut;
    }
    out
}

/// Adds one body line; `header` is its duty-table header reading, already made.
fn add_body(section: &mut Section, piece: &Line, header: Option<Vec<Column>>) {
    section.last_line = section.last_line.max(piece.no);
    if let Some(cols) = header {
        let mut node = Node::new(piece);
        node.duty_header = Some(cols);
        section.nodes.push(node);
        return;
    }
    match table::row(&piece.view) {
        Some(table::RowKind::Separator) => {
            let mut node = Node::new(piece);
            node.decoration = true;
            section.nodes.push(node);
            return;
        }
        Some(table::RowKind::Cells(ranges)) => {
            let mut node = Node::new(piece);
            node.cells = ranges
                .into_iter()
                .map(|r| clean_value(piece.text_of(r)))
                .collect();
            node.fields = cell_fields(&node.cells, piece.no);
            section.nodes.push(node);
            return;
        }
        None => {}
    }
    for part in runon_pieces(piece) {
        let mut node = Node::new(&part);
        if let Some(m) = numbering::marker(&part.view) {
            node.marker = Some(m);
            node.body = part.sub(m.len..part.view.len());
        }
        node.fields = line_fields(&node.body);
        if node.fields.is_empty() && node.marker.is_none() {
            node.fields = spaced_pairs(&node.body);
        }
        section.nodes.push(node);
    }
}

/// Fields of a line of text.
fn line_fields(line: &Line) -> Vec<Field> {
    fields::split_fields(&line.view)
        .into_iter()
        .map(|h| Field {
            key: h.key,
            label: clean_value(line.text_of(h.label)),
            value: clean_value(
                line.text_of(h.value)
                    .trim_end_matches([';', '；', ',', '，', '、', '|', '｜', ' ', '\u{3000}']),
            ),
            line: line.no,
        })
        .collect()
}

/// `岗位名称 电梯管理员 所属部门 工程部`: single-space cells that pair known labels with values.
fn spaced_pairs(line: &Line) -> Vec<Field> {
    if !fields::is_spaced_pairs(&line.view) {
        return Vec::new();
    }
    let tokens: Vec<&str> = line.view.split(' ').filter(|t| !t.is_empty()).collect();
    let texts: Vec<&str> = line
        .text
        .split([' ', '\u{3000}'])
        .filter(|t| !t.is_empty())
        .collect();
    if texts.len() != tokens.len() {
        return Vec::new();
    }
    texts
        .chunks(2)
        .zip(tokens.chunks(2))
        .map(|(t, v)| Field {
            key: lexicon::label(v[0]).unwrap_or(FieldKey::Unknown),
            label: clean_value(t[0]),
            value: clean_value(t[1]),
            line: line.no,
        })
        .collect()
}

/// Fields of a table row: known label cells followed by their value cells, and
/// `label:value` text inside single cells.
fn cell_fields(cells: &[String], line: usize) -> Vec<Field> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < cells.len() {
        let cell = Line::new(line, &cells[i]);
        let bare = cell.view.trim_end_matches(':').trim();
        if let Some(key) = lexicon::label(bare)
            && !cell.view.trim_end_matches(':').contains(':')
        {
            let value = cells.get(i + 1).cloned().unwrap_or_default();
            // A value cell that is itself a known label means this label's value is empty.
            let value_is_label =
                lexicon::label(Line::new(line, &value).view.trim_end_matches(':')).is_some();
            out.push(Field {
                key,
                label: clean_value(cells[i].trim_end_matches([':', '：'])),
                value: if value_is_label { String::new() } else { value },
                line,
            });
            i += if value_is_label { 1 } else { 2 };
            continue;
        }
        out.extend(line_fields(&cell));
        i += 1;
    }
    out
}

/// Splits run-on numbered items (`1.负责A;2.负责B;3.负责C`) into parts.
fn runon_pieces(line: &Line) -> Vec<Line> {
    let view = &line.view;
    let mut starts: Vec<(usize, Style, u32)> = Vec::new();
    for (i, c) in view.char_indices() {
        if i > 0
            && !matches!(
                view[..i].chars().next_back(),
                Some(';' | '。' | ',' | ':' | ' ' | '!' | '、')
            )
        {
            continue;
        }
        if !(c.is_ascii_digit() || c == '(' || ('①'..='⑳').contains(&c)) {
            continue;
        }
        if let Some(m) = numbering::marker(&view[i..])
            && matches!(
                m.style,
                Style::ArabicDot
                    | Style::ArabicComma
                    | Style::ArabicHalfParen
                    | Style::ArabicParen
                    | Style::Circled
            )
            && let Some(n) = m.ordinal
        {
            starts.push((i, m.style, n));
        }
    }
    // The longest chain 1, 2, 3… of one style.
    let mut best: Vec<usize> = Vec::new();
    for (k, &(pos, style, n)) in starts.iter().enumerate() {
        if n != 1 {
            continue;
        }
        let mut chain = vec![pos];
        let mut want = 2;
        for &(p, s, m) in &starts[k + 1..] {
            if s == style && m == want {
                chain.push(p);
                want += 1;
            }
        }
        if chain.len() > best.len() {
            best = chain;
        }
    }
    if best.len() < 2 {
        return vec![line.clone()];
    }
    let mut out = Vec::new();
    let mut bounds = best.clone();
    if bounds[0] != 0 {
        bounds.insert(0, 0);
    }
    bounds.push(view.len());
    for w in bounds.windows(2) {
        let part = line.sub(w[0]..w[1]);
        if !part.text.is_empty() {
            out.push(part);
        }
    }
    out
}

/// Nesting levels: the first style seen is level 0, a new style one deeper, and
/// a style seen before closes everything opened after it.
fn assign_levels(section: &mut Section) {
    let mut stack: Vec<Style> = Vec::new();
    for node in &mut section.nodes {
        let Some(m) = node.marker else { continue };
        let level = match stack.iter().position(|s| *s == m.style) {
            Some(i) => {
                stack.truncate(i + 1);
                i
            }
            None => {
                stack.push(m.style);
                stack.len() - 1
            }
        };
        node.level = Some(level);
    }
}

/// One cell per line: a bare label line takes the next plain line as its value;
/// so does a `label:` line with an empty value.
fn absorb_values(section: &mut Section) {
    for i in 0..section.nodes.len().saturating_sub(1) {
        let (head, tail) = section.nodes.split_at_mut(i + 1);
        let node = &mut head[i];
        let next = &mut tail[0];
        if node.absorbed || !next.is_plain() || next.line == node.line {
            continue;
        }
        let next_view = next.body.view.trim_end_matches(':');
        if lexicon::label(next_view).is_some() || SECTION_MATCHER.whole(next_view).is_some() {
            continue;
        }
        if node.is_plain() {
            let bare = node.body.view.trim_end_matches(':').trim();
            if let Some(key) = lexicon::label(bare) {
                node.fields.push(Field {
                    key,
                    label: clean_value(node.body.text.trim_end_matches([':', '：'])),
                    value: clean_value(&next.body.text),
                    line: node.line,
                });
                next.absorbed = true;
            }
        } else if node.fields.len() == 1
            && node.fields[0].value.is_empty()
            && node.fields[0].key != FieldKey::Unknown
            && !matches!(node.fields[0].key, FieldKey::Partners)
            && node.cells.is_empty()
        {
            node.fields[0].value = clean_value(&next.body.text);
            next.absorbed = true;
        }
    }
}

/// Gives implicit sections their keys: runs of fields are basic information,
/// item lists are the duties when the document has no duties section.
fn settle_implicit(sections: Vec<Section>) -> Vec<Section> {
    let has_duties = sections
        .iter()
        .any(|s| s.heading.is_some() && s.key == SectionKey::Responsibilities);
    let mut out: Vec<Section> = Vec::new();
    for section in sections {
        if section.heading.is_some() {
            out.push(section);
            continue;
        }
        // Split into runs of field nodes and other nodes.
        let mut run: Option<Section> = None;
        for node in section.nodes {
            let in_fields = run.as_ref().is_some_and(|r| r.key == SectionKey::BasicInfo);
            // Numbered lines count as fields when they hold known labels (`一、岗位名称:电梯工`).
            let known = node.fields.iter().any(|f| f.key != FieldKey::Unknown);
            let is_field = !node.fields.is_empty() && (node.marker.is_none() || known)
                || (node.absorbed || node.decoration) && in_fields;
            let key = if is_field {
                SectionKey::BasicInfo
            } else {
                SectionKey::Other
            };
            match &mut run {
                Some(r) if r.key == key => {
                    r.last_line = node.line;
                    r.nodes.push(node);
                }
                _ => {
                    if let Some(r) = run.take() {
                        out.push(r);
                    }
                    let mut s = implicit(node.line);
                    s.key = key;
                    s.last_line = node.line;
                    s.nodes.push(node);
                    run = Some(s);
                }
            }
        }
        out.extend(run);
    }
    if !has_duties {
        for s in out
            .iter_mut()
            .filter(|s| s.heading.is_none() && s.key == SectionKey::Other)
        {
            if s.nodes.iter().any(|n| n.marker.is_some()) {
                s.key = SectionKey::Responsibilities;
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::lines;

    fn outline(text: &str) -> Vec<Section> {
        build(&lines(text))
    }

    #[test]
    fn should_nest_items_by_style() {
        let s = outline("岗位职责\n1、客户服务管理\n(1)接待\n(2)回访\n2、收费管理\na)催缴\n");
        assert_eq!(s.len(), 1);
        let levels: Vec<_> = s[0].nodes.iter().map(|n| n.level).collect();
        assert_eq!(levels, vec![Some(0), Some(1), Some(1), Some(0), Some(1)]);
    }

    #[test]
    fn should_split_run_on_lines_into_sections_and_items() {
        let s = outline("岗位职责:1.负责A;2.负责B;3.负责C。任职要求:1.大专以上;2.三年经验");
        let keys: Vec<_> = s.iter().map(|s| s.key).collect();
        assert_eq!(
            keys,
            vec![SectionKey::Responsibilities, SectionKey::Qualifications]
        );
        assert_eq!(s[0].nodes.len(), 3);
        assert_eq!(s[0].nodes[2].body.text, "负责C。");
        assert_eq!(s[1].nodes.len(), 2);
    }

    #[test]
    fn should_keep_a_duty_header_row_inside_its_section() {
        let s = outline("工作内容\n主要职责\t职责描述\t建议考核指标\n巡逻检查\t巡查小区\t无事故\n");
        assert_eq!(s.len(), 1, "the header row opens no section of its own");
        assert!(s[0].nodes[0].duty_header.is_some());
        let s = outline("岗位职责\t1、负责巡逻;\n\t2、负责登记;\n");
        assert_eq!(
            (s[0].key, s[0].nodes.len()),
            (SectionKey::Responsibilities, 2)
        );
    }

    #[test]
    fn should_pair_label_lines_with_value_lines() {
        let s = outline("岗位名称\n电梯管理员\n所属部门\n工程部\n");
        let f: Vec<_> = s[0]
            .nodes
            .iter()
            .flat_map(|n| n.fields.iter().map(|f| (f.label.clone(), f.value.clone())))
            .collect();
        assert_eq!(
            f,
            vec![
                ("岗位名称".into(), "电梯管理员".into()),
                ("所属部门".into(), "工程部".into())
            ]
        );
        assert_eq!(s[0].key, SectionKey::BasicInfo);
    }
}
