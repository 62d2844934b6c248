//! outline: a document's classified pieces into sections of nodes.
//!
//! This stage only groups: a heading piece opens a section, the pieces after it
//! become its nodes; numbered items get their nesting level; a bare label line and
//! the value line under it (one table cell per line) become one fields node; and
//! content before the first heading goes into implicit sections whose key follows
//! from what they hold. It never looks at the words of a line: what a piece is was
//! decided by [`crate::classify`].

use crate::classify::numbering::{Marker, Style};
use crate::classify::{Bare, Class, Classified, Field, Kind, Piece, Rule};
use crate::lexicon::Column;
use crate::model::SectionKey;
use crate::normalize::Line;

/// A section: a heading and the nodes under it.
#[derive(Debug)]
pub struct Section<'a> {
    pub key: SectionKey,
    /// The heading as written, without markup and colon; `None` for implicit sections.
    pub heading: Option<Line<'a>>,
    pub first_line: usize,
    pub last_line: usize,
    pub nodes: Vec<Node<'a>>,
}

impl Section<'_> {
    /// The body as written, one node line a line.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for line in self.nodes.iter().flat_map(Node::lines) {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(line.text());
        }
        out
    }
}

/// One body piece (a line, or a part of a run-on line).
#[derive(Debug)]
pub struct Node<'a> {
    /// The piece as written, numbering included.
    pub line: Line<'a>,
    /// The line under a bare label, taken as its value (one cell per line).
    pub value_line: Option<Line<'a>>,
    pub kind: NodeKind<'a>,
    /// The classification rule of the piece.
    pub rule: Rule,
}

/// What a node is. Every extractor matches on this.
#[derive(Debug)]
pub enum NodeKind<'a> {
    /// A numbered or bulleted item.
    Item {
        marker: Marker,
        /// Nesting among the numbered nodes of its section (0 = outermost).
        level: usize,
        /// The text after the marker.
        body: Line<'a>,
        fields: Vec<Field<'a>>,
    },
    /// Label/value pairs.
    Fields(Vec<Field<'a>>),
    /// A table row.
    Row {
        cells: Vec<Line<'a>>,
        fields: Vec<Field<'a>>,
    },
    /// A duty-table header row.
    Header(Vec<Column>),
    /// A row without content of its own.
    Decoration,
    /// Plain text.
    Prose,
}

impl<'a> Node<'a> {
    /// The line numbers of the node (two when it took the next line as a value).
    pub fn lines(&self) -> impl Iterator<Item = Line<'a>> + '_ {
        std::iter::once(self.line).chain(self.value_line)
    }

    /// The last input line of the node.
    pub fn last_line(&self) -> usize {
        self.value_line.map_or(self.line.no, |v| v.no)
    }

    /// The text of the node without its marker.
    pub fn body(&self) -> Line<'a> {
        match &self.kind {
            NodeKind::Item { body, .. } => *body,
            _ => self.line,
        }
    }

    /// The node's label/value pairs.
    pub fn fields(&self) -> &[Field<'a>] {
        match &self.kind {
            NodeKind::Item { fields, .. }
            | NodeKind::Fields(fields)
            | NodeKind::Row { fields, .. } => fields,
            _ => &[],
        }
    }

    /// The first field of this key in the node.
    pub fn field(&self, key: crate::lexicon::FieldKey) -> Option<&Field<'a>> {
        self.fields().iter().find(|f| f.key == key)
    }

    pub fn marker(&self) -> Option<Marker> {
        match &self.kind {
            NodeKind::Item { marker, .. } => Some(*marker),
            _ => None,
        }
    }

    pub fn level(&self) -> Option<usize> {
        match &self.kind {
            NodeKind::Item { level, .. } => Some(*level),
            _ => None,
        }
    }
}

/// Builds the sections of one document from its content lines.
pub fn build<'a>(lines: &[&Classified<'a>]) -> Vec<Section<'a>> {
    let mut sections: Vec<Section<'a>> = Vec::new();
    // The bare-label reading of the last prose node, while it may still take a value.
    let mut open_label: Option<Bare> = None;
    for c in lines {
        let Class::Body(pieces) = &c.class else {
            continue;
        };
        for piece in pieces {
            if let Kind::Heading { key, heading } = &piece.kind {
                sections.push(Section {
                    key: *key,
                    heading: Some(*heading),
                    first_line: c.line.no,
                    last_line: c.line.no,
                    nodes: Vec::new(),
                });
                open_label = None;
                continue;
            }
            if sections.is_empty() {
                sections.push(implicit(c.line.no));
            }
            // A duty table's header inside the purpose, the basic information or
            // content before any heading (`职位设立目的:… 序号 概述 内容描述`): the
            // duties start there.
            if let Kind::TableHeader(cols) = &piece.kind
                && cols.contains(&Column::Description)
                && sections.last().is_some_and(|s| {
                    matches!(s.key, SectionKey::Summary | SectionKey::BasicInfo)
                        || (s.heading.is_none() && s.key == SectionKey::Other)
                })
            {
                sections.push(Section {
                    key: SectionKey::Responsibilities,
                    ..implicit(c.line.no)
                });
            }
            if matches!(piece.kind, Kind::Item { .. })
                && let Some(heading) = requirement_label_over_list(&mut sections)
            {
                sections.push(heading);
                open_label = None;
            }
            let section = sections.last_mut().expect("a section exists");
            section.last_line = section.last_line.max(piece.line.no);
            open_label = add(section, piece, open_label);
        }
    }
    for section in &mut sections {
        assign_levels(section);
    }
    description_as_summary(&mut sections);
    settle_implicit(sections)
}

/// `岗位描述: 列车检修工负责…。` then `主要职责:` over a list: a duty section of a
/// sentence or two, right before the duty section that lists them, is the job's
/// summary (when no section is one already).
fn description_as_summary(sections: &mut [Section<'_>]) {
    if sections.iter().any(|s| s.key == SectionKey::Summary) {
        return;
    }
    for k in 1..sections.len() {
        let (before, after) = sections.split_at_mut(k);
        let (first, next) = (&mut before[k - 1], &after[0]);
        // (Sentences, not a line of tags: `数据分析 SQL Python`.)
        let prose = (1..=2).contains(&first.nodes.len())
            && first
                .nodes
                .iter()
                .all(|n| matches!(n.kind, NodeKind::Prose) && n.line.view().contains(['。', ',']));
        let listed = next
            .nodes
            .iter()
            .any(|n| matches!(n.kind, NodeKind::Item { .. }));
        if first.key == SectionKey::Responsibilities
            && first.heading.is_some()
            && prose
            && next.key == SectionKey::Responsibilities
            && listed
        {
            first.key = SectionKey::Summary;
            return;
        }
    }
}

/// `技能要求:` over a list, outside the requirements: a requirement's label with no
/// value of its own heads the list below it, which holds the requirements. The label's
/// node leaves its section and becomes the heading of a requirements section.
fn requirement_label_over_list<'a>(sections: &mut [Section<'a>]) -> Option<Section<'a>> {
    use crate::lexicon::FieldKey::*;
    let section = sections.last_mut()?;
    if section.key == SectionKey::Qualifications {
        return None;
    }
    let node = section.nodes.last()?;
    let NodeKind::Fields(fields) = &node.kind else {
        return None;
    };
    let [field] = fields.as_slice() else {
        return None;
    };
    let requirement = matches!(
        field.key,
        Education | Majors | Experience | Certificates | Skills | Languages | Physical | Traits
    );
    if !requirement || !field.value.is_empty() || node.value_line.is_some() {
        return None;
    }
    let (label, no) = (field.label, node.line.no);
    section.nodes.pop();
    Some(Section {
        key: SectionKey::Qualifications,
        heading: Some(label),
        first_line: no,
        last_line: no,
        nodes: Vec::new(),
    })
}

fn implicit(line: usize) -> Section<'static> {
    Section {
        key: SectionKey::Other,
        heading: None,
        first_line: line,
        last_line: line,
        nodes: Vec::new(),
    }
}

/// Adds one piece to a section: as the value of the node before it when that node
/// awaits one (a bare label, or `label:` with nothing after it), else as a node.
/// Returns the bare reading of the node now last, if it may take a value.
fn add<'a>(section: &mut Section<'a>, piece: &Piece<'a>, open_label: Option<Bare>) -> Option<Bare> {
    // (A cell border on its own line, `|`, stands between a label and its value.)
    if let Kind::Prose(bare) = piece.kind
        && !bare.not_a_value
        && let Some(last) = section
            .nodes
            .iter_mut()
            .rev()
            .find(|n| n.rule != crate::classify::Rule::TableSeparator)
        && last.value_line.is_none()
        && last.line.no != piece.line.no
        && take_value(last, piece.line, open_label)
    {
        return None;
    }
    let (kind, bare) = match &piece.kind {
        Kind::Item {
            marker,
            body,
            fields,
        } => (
            NodeKind::Item {
                marker: *marker,
                level: 0,
                body: *body,
                fields: fields.clone(),
            },
            None,
        ),
        Kind::Fields(fields) => (NodeKind::Fields(fields.clone()), None),
        Kind::Row { cells, fields } => (
            NodeKind::Row {
                cells: cells.clone(),
                fields: fields.clone(),
            },
            None,
        ),
        Kind::TableHeader(cols) => (NodeKind::Header(cols.clone()), None),
        Kind::Decoration => (NodeKind::Decoration, None),
        Kind::Prose(bare) => (NodeKind::Prose, Some(*bare)),
        Kind::Heading { .. } => unreachable!("headings open sections"),
    };
    section.nodes.push(Node {
        line: piece.line,
        value_line: None,
        kind,
        rule: piece.rule,
    });
    // A label before a cell border still awaits its value below the border.
    if piece.rule == crate::classify::Rule::TableSeparator {
        return open_label;
    }
    bare
}

/// One cell per line: a bare label line takes the next plain line as its value;
/// so does a `label:` line with an empty value.
fn take_value<'a>(node: &mut Node<'a>, value: Line<'a>, bare: Option<Bare>) -> bool {
    match &mut node.kind {
        NodeKind::Prose => {
            let Some(key) = bare.and_then(|b| b.label) else {
                return false;
            };
            node.kind = NodeKind::Fields(vec![Field {
                key,
                label: node.line.trim_end_matches(&[':']),
                value,
            }]);
        }
        NodeKind::Item { fields, .. } | NodeKind::Fields(fields)
            if fields.len() == 1 && fields[0].awaits_value() =>
        {
            fields[0].value = value;
        }
        _ => return false,
    }
    node.value_line = Some(value);
    true
}

/// Nesting levels: the first style seen is level 0, a new style one deeper, and
/// a style seen before closes everything opened after it.
fn assign_levels(section: &mut Section<'_>) {
    let mut stack: Vec<Style> = Vec::new();
    for node in &mut section.nodes {
        let NodeKind::Item { marker, level, .. } = &mut node.kind else {
            continue;
        };
        *level = match stack.iter().position(|s| *s == marker.style) {
            Some(i) => {
                stack.truncate(i + 1);
                i
            }
            None => {
                stack.push(marker.style);
                stack.len() - 1
            }
        };
    }
}

/// Is this node part of a run of fields (basic information) in an implicit section?
fn is_field(node: &Node<'_>, in_fields: bool) -> bool {
    let known = node
        .fields()
        .iter()
        .any(|f| f.key != crate::lexicon::FieldKey::Unknown);
    match &node.kind {
        // Numbered lines count as fields when they hold known labels (`一、岗位名称:电梯工`).
        NodeKind::Item { fields, .. } => !fields.is_empty() && known,
        NodeKind::Fields(_) | NodeKind::Row { .. } if !node.fields().is_empty() => true,
        NodeKind::Decoration => in_fields,
        _ => false,
    }
}

/// `(1) 協助…` … `(4) 執行其他職務`, then `(1) To assist…`: an item numbered one after
/// the run's own items starts another list (the duties, then their translation, then
/// the benefits, each without a heading). Only a flat list restarts: under `一、` a `1、` opens the sub-items of an item.
fn restarts_list(run: &Section<'_>, node: &Node<'_>) -> bool {
    let Some(m) = node.marker().filter(|m| m.ordinal == Some(1)) else {
        return false;
    };
    let mut markers = run.nodes.iter().filter_map(|n| n.marker());
    let mut past_one = false;
    markers.all(|r| {
        past_one |= r.ordinal.is_some_and(|o| o > 1);
        r.style == m.style
    }) && past_one
}

/// Gives implicit sections their keys: runs of fields are basic information,
/// item lists are the duties when the document has no duties section.
fn settle_implicit(sections: Vec<Section<'_>>) -> Vec<Section<'_>> {
    let has_duties = sections
        .iter()
        .any(|s| s.heading.is_some() && s.key == SectionKey::Responsibilities);
    let mut out: Vec<Section> = Vec::new();
    for section in sections {
        // A heading's section, or duties opened by a table's header.
        if section.heading.is_some() || section.key == SectionKey::Responsibilities {
            out.push(section);
            continue;
        }
        // Split into runs of field nodes and other nodes.
        let mut run: Option<Section> = None;
        for node in section.nodes {
            let in_fields = run.as_ref().is_some_and(|r| r.key == SectionKey::BasicInfo);
            let key = if is_field(&node, in_fields) {
                SectionKey::BasicInfo
            } else {
                SectionKey::Other
            };
            match &mut run {
                Some(r) if r.key == key && !restarts_list(r, &node) => {
                    r.last_line = node.last_line();
                    r.nodes.push(node);
                }
                _ => {
                    out.extend(run.take());
                    let mut s = implicit(node.line.no);
                    s.key = key;
                    s.last_line = node.last_line();
                    s.nodes.push(node);
                    run = Some(s);
                }
            }
        }
        out.extend(run);
    }
    if !has_duties
        && let Some(s) = out.iter_mut().find(|s| {
            s.heading.is_none()
                && s.key == SectionKey::Other
                && s.nodes.iter().any(|n| n.marker().is_some())
        })
    {
        s.key = if asks_of_applicants(s) {
            SectionKey::Qualifications
        } else {
            SectionKey::Responsibilities
        };
    }
    second_duties_asking(&mut out);
    out
}

/// Does an item open with a duty's verb (`负责`, `协助`)?
fn sets_task(item: &str) -> bool {
    crate::lexicon::DUTY_STARTS
        .iter()
        .any(|w| item.starts_with(w))
}

/// `(1) 協助籌備…` `(2) 提供行政支援` `(3) 負責…`: three items or more, half of them or
/// more opening with a duty's verb.
pub fn lists_tasks(section: &Section<'_>) -> bool {
    let items = item_bodies(section);
    items.len() >= 3 && 2 * items.iter().filter(|v| sets_task(v)).count() >= items.len()
}

/// The texts of a section's numbered and bulleted items, without their markers.
fn item_bodies<'s>(section: &'s Section<'_>) -> Vec<&'s str> {
    section
        .nodes
        .iter()
        .filter(|n| n.marker().is_some())
        .map(|n| n.body().view())
        .collect()
}

/// `職責:` over the duties, then `職責要求:` over `1、3年以上客服工作經驗` `2、良好的溝通能力`:
/// a second duties heading whose list asks of applicants and sets no task heads the
/// requirements.
fn second_duties_asking(sections: &mut [Section<'_>]) {
    let mut seen = false;
    for s in sections.iter_mut() {
        if s.key != SectionKey::Responsibilities || s.heading.is_none() {
            continue;
        }
        let items = item_bodies(s);
        let asking = items.iter().any(|v| crate::classify::education::asks(v));
        let tasks = items.iter().any(|v| sets_task(v));
        if seen && asking && !tasks && items.len() >= 2 {
            s.key = SectionKey::Qualifications;
        }
        seen = true;
    }
}

/// `部长岗位:` over `1.具有大学本科及以上学历,…` `2.具有10年及以上现场管理经验…`: a list
/// without a heading whose items ask, half of them or more, for an education,
/// experience, an age or a title is the requirements, not the duties.
fn asks_of_applicants(section: &Section<'_>) -> bool {
    let items = item_bodies(section);
    let asking = items
        .iter()
        .filter(|v| crate::classify::education::asks(v))
        .count();
    let duties = items.iter().filter(|v| sets_task(v)).count();
    asking >= 2 && asking * 2 >= items.len() && duties <= 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::classify;
    use crate::normalize::Folded;

    fn outline<R>(text: &str, check: impl FnOnce(Vec<Section>) -> R) -> R {
        let folded = Folded::new(text);
        let classified = classify(&folded);
        let lines: Vec<&Classified> = classified.iter().collect();
        check(build(&lines))
    }

    #[test]
    fn should_nest_items_by_style() {
        outline(
            "岗位职责\n1、客户服务管理\n(1)接待\n(2)回访\n2、收费管理\na)催缴\n",
            |s| {
                assert_eq!(s.len(), 1);
                let levels: Vec<_> = s[0].nodes.iter().map(Node::level).collect();
                assert_eq!(levels, vec![Some(0), Some(1), Some(1), Some(0), Some(1)]);
            },
        );
    }

    #[test]
    fn should_split_run_on_lines_into_sections_and_items() {
        outline(
            "岗位职责:1.负责A;2.负责B;3.负责C。任职要求:1.大专以上;2.三年经验",
            |s| {
                let keys: Vec<_> = s.iter().map(|s| s.key).collect();
                assert_eq!(
                    keys,
                    vec![SectionKey::Responsibilities, SectionKey::Qualifications]
                );
                assert_eq!(s[0].nodes.len(), 3);
                assert_eq!(s[0].nodes[2].body().text(), "负责C。");
                assert_eq!(s[1].nodes.len(), 2);
            },
        );
    }

    #[test]
    fn should_keep_a_duty_header_row_inside_its_section() {
        outline(
            "工作内容\n主要职责\t职责描述\t建议考核指标\n巡逻检查\t巡查小区\t无事故\n",
            |s| {
                assert_eq!(s.len(), 1, "the header row opens no section of its own");
                assert!(matches!(s[0].nodes[0].kind, NodeKind::Header(_)));
            },
        );
        outline(
            "岗位职责\t1、负责巡逻;\n\t2、负责登记;\n",
            |s| {
                assert_eq!(
                    (s[0].key, s[0].nodes.len()),
                    (SectionKey::Responsibilities, 2)
                );
            },
        );
    }

    #[test]
    fn should_pair_label_lines_with_value_lines() {
        outline(
            "岗位名称\n电梯管理员\n所属部门\n工程部\n",
            |s| {
                let f: Vec<_> = s[0]
                    .nodes
                    .iter()
                    .flat_map(|n| n.fields().iter().map(|f| (f.label.text(), f.value.text())))
                    .collect();
                assert_eq!(f, vec![("岗位名称", "电梯管理员"), ("所属部门", "工程部")]);
                assert_eq!(s[0].key, SectionKey::BasicInfo);
                assert_eq!(s[0].nodes.len(), 2, "each value line joins its label");
            },
        );
    }
}
