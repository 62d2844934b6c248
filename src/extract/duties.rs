//! Responsibilities: numbered items with their sub-items, duty-table rows
//! (cells, or flattened `治安管理带领全班…;无安全责任事故`), and plain paragraphs,
//! one item per `;`-separated clause.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::lists::{self, clean_item};
use super::provenance::Provenance;
use crate::classify::Field;
use crate::classify::numbering::Style;
use crate::lexicon::{self, Column, FieldKey};
use crate::model::Responsibility;
use crate::normalize::{Line, clean_value};
use crate::outline::{Node, NodeKind, Section};

static TRAILING_KPI: LazyLock<Regex> = LazyLock::new(|| {
    let full = lexicon::alternation(lexicon::FULL_MARKS);
    Regex::new(&format!(r"(?:\d+(?:\.\d+)?%|{full})[^,;。、]{{0,8}}$")).expect("kpi pattern")
});

/// The responsibilities of one section; their lines are recorded in `p` under
/// their index (`/0/description`).
/// The duties read so far in a record, across its sections: a list printed twice
/// (a page's block repeated, a summary list over its table) gives each duty once.
#[derive(Default)]
pub struct Seen {
    /// The texts of the items read as duties, and the duties' names.
    items: HashSet<String>,
    names: HashSet<String>,
    /// Each duty's name and description, in order.
    texts: Vec<String>,
}

pub fn from_section(
    section: &Section<'_>,
    seen: &mut Seen,
    p: &mut Provenance,
) -> Vec<Responsibility> {
    let min_level = section
        .nodes
        .iter()
        .filter_map(Node::level)
        .min()
        .unwrap_or(0);
    if restates(section, seen) {
        return Vec::new();
    }
    let outer = |bullets: bool| {
        section
            .nodes
            .iter()
            .filter(|n| {
                matches!(&n.kind, NodeKind::Item { marker, level, .. }
                    if *level == min_level && (bullets || marker.style != Style::Bullet))
            })
            .count()
    };
    let numbered = outer(false) >= 2;
    let mut reader = Reader {
        out: Vec::new(),
        columns: None,
        rows: 0,
        min_level,
        numbered,
        // (`质量检验员是…核心岗位,主要负责…` over three `- …` items introduces them.)
        bulleted: outer(true) >= 3,
        open: false,
        groups: unnumbered_groups(section),
        grouped: false,
        seen,
        p: &mut *p,
    };
    for node in &section.nodes {
        reader.node(node);
    }
    let mut out = reader.out;
    for (i, r) in out.iter_mut().enumerate() {
        // A short item with sub-items is a group heading: `1、客户服务管理`.
        if !r.subitems.is_empty()
            && r.name.is_none()
            && let Some(d) = &r.description
            && d.chars().count() <= 16
            && !d.ends_with(['。', ';', '；', '.'])
        {
            r.name = Some(d.trim_end_matches([':', '：']).to_string());
            r.description = None;
            p.rename(&format!("/{i}/description"), &format!("/{i}/name"));
        }
    }
    out
}

/// `二、岗位职责表格` over `| 1 | 办理日常银行业务 | 包括…|` after a list of the same
/// seven duties: a duty table with a row for each duty read above it, most rows
/// naming their duty's words, restates them and adds none.
fn restates(section: &Section<'_>, seen: &Seen) -> bool {
    let header = section
        .nodes
        .iter()
        .any(|n| matches!(n.kind, NodeKind::Header(_)));
    let rows: Vec<String> = section
        .nodes
        .iter()
        .filter_map(|n| match &n.kind {
            NodeKind::Row { cells, .. } => Some(cells.iter().map(|c| c.view()).collect()),
            _ => None,
        })
        .collect();
    let alike = rows
        .iter()
        .zip(&seen.texts)
        .filter(|(row, text)| restated(row, text))
        .count();
    header && rows.len() >= 3 && rows.len() == seen.texts.len() && 2 * alike >= rows.len()
}

/// Does a row hold most of the ideographs a duty's text starts with?
fn restated(row: &str, text: &str) -> bool {
    let words: HashSet<char> = text
        .chars()
        .filter(|&c| crate::normalize::is_ideograph(c))
        .take(12)
        .collect();
    let found = words.iter().filter(|&&c| row.contains(c)).count();
    !words.is_empty() && 2 * found >= words.len()
}

/// Reads a section's nodes in order: the duties so far, and the duty-table
/// columns once a header row was seen.
struct Reader<'p> {
    out: Vec<Responsibility>,
    columns: Option<Vec<Column>>,
    /// Rows read under the header so far.
    rows: usize,
    min_level: usize,
    /// Two or more numbered items at the outer level: the list is the section's
    /// structure, and unnumbered text is not a duty of its own.
    numbered: bool,
    /// Three or more items at the outer level, bullets too: text before the first
    /// introduces them.
    bulleted: bool,
    /// The last duty came from an item whose text may go on in the next line.
    open: bool,
    /// Unnumbered groups: short names, each over the sentences of its duty.
    groups: bool,
    /// A group's name with a colon (`医疗:`) was seen: the items after it are its parts.
    grouped: bool,
    /// The duties of the record so far.
    seen: &'p mut Seen,
    /// The lines of the duties, by index.
    p: &'p mut Provenance,
}

impl Reader<'_> {
    /// Adds a duty read from one line.
    fn push(&mut self, r: Responsibility, line: Line<'_>) {
        self.p
            .value(&format!("/{}", self.out.len()), &r, &line.nos());
        self.keep(r);
    }

    /// Adds a duty whose lines are recorded, its name among those seen.
    fn keep(&mut self, r: Responsibility) {
        self.seen.names.extend(r.name.clone());
        let text = [&r.name, &r.description].into_iter().flatten();
        self.seen.texts.push(text.map(String::as_str).collect());
        self.out.push(r);
    }

    /// Is an item's text already a duty? A list printed twice (a page's block
    /// repeated, a summary list over its table) gives each duty once.
    fn has_duty(&mut self, body: &Line<'_>) -> bool {
        let text = body.clean();
        !text.is_empty() && !self.seen.items.insert(text)
    }

    /// The pointer of a part of the last duty (`/3/description`).
    fn last(&self, part: &str) -> String {
        format!("/{}/{part}", self.out.len().saturating_sub(1))
    }

    /// Adds items to the last duty's sub-items, read from `line`.
    fn subitems(&mut self, items: Vec<String>, line: Line<'_>) {
        let at = self.out.len().saturating_sub(1);
        let Some(last) = self.out.last_mut() else {
            return;
        };
        for item in items {
            self.p
                .line(format!("/{at}/subitems/{}", last.subitems.len()), line);
            last.subitems.push(item);
        }
    }

    fn node(&mut self, node: &Node<'_>) {
        let was_open =
            std::mem::replace(&mut self.open, matches!(node.kind, NodeKind::Item { .. }));
        match &node.kind {
            NodeKind::Decoration => {}
            NodeKind::Header(cols) => {
                self.columns = Some(cols.clone());
                self.rows = 0;
            }
            NodeKind::Row { cells, fields } => {
                let known = fields.iter().any(|f| f.key != FieldKey::Unknown);
                if !(known && self.columns.is_none()) {
                    let (r, at) = cells_by_part(cells, self.columns.as_deref());
                    // A table that repeats the list above it (`1 | 设备巡检 | …` after
                    // `1. 设备巡检:…`): each duty once.
                    if r.name.as_ref().is_some_and(|n| self.seen.names.contains(n)) {
                        return;
                    }
                    if cells.iter().all(|c| c.no == node.line.no) {
                        self.push(r, node.line);
                    } else {
                        // A row written one cell per line: each part is on its cell's line.
                        let i = self.out.len();
                        self.p.add(format!("/{i}/name"), at.name);
                        self.p.add(format!("/{i}/description"), at.description);
                        self.p.add(format!("/{i}/kpi"), at.kpi);
                        self.keep(r);
                    }
                }
            }
            _ if self.duty_task_fields(node) => {}
            NodeKind::Item { level, body, .. } => {
                if (*level > self.min_level || self.grouped) && !self.out.is_empty() {
                    let text = clean_item(body.text());
                    if !text.is_empty() {
                        self.subitems(vec![text], *body);
                    }
                } else if !self.has_duty(body) {
                    let at = self.out.len();
                    let r = item(node, *body, self.p, at);
                    self.keep(r);
                }
            }
            NodeKind::Fields(fields) if let Some(name) = group_label(fields) => {
                self.grouped = true;
                let r = Responsibility {
                    name: Some(name),
                    ..Default::default()
                };
                self.push(r, node.line);
            }
            NodeKind::Fields(fields) => {
                // `直接上级:…` inside a duties section is not a duty, nor is
                // `職務類別:總務`, `休假制度:週休二日`: a short unknown label with a short
                // value is a fact about the job (kept in `fields`).
                if !is_metadata(fields) && fields.iter().all(|f| f.key == FieldKey::Unknown) {
                    self.plain(node.line);
                }
            }
            NodeKind::Prose if self.groups => self.group_line(node.line),
            NodeKind::Prose if self.bulleted && self.out.is_empty() && self.columns.is_none() => {}
            NodeKind::Prose if self.numbered && self.columns.is_none() => {
                self.after_items(node.line, was_open);
            }
            NodeKind::Prose => self.plain(node.line),
        }
    }

    /// A line of unnumbered groups: a name opens a duty, a sentence is one of its parts.
    fn group_line(&mut self, line: Line<'_>) {
        let text = line.clean();
        if is_group_name(&text) || self.out.is_empty() {
            let r = Responsibility {
                name: Some(text),
                ..Default::default()
            };
            self.push(r, line);
        } else {
            self.subitems(vec![text], line);
        }
    }

    /// Unnumbered text in a numbered list: the text of an item written alone
    /// (`1.` / `参与制定…`), the body of a group heading (`三、保管库存现金` / `对于
    /// 现金…`), the rest of an item's sentence, or commentary that is no duty.
    fn after_items(&mut self, line: Line<'_>, open: bool) {
        // Text before the first item of a numbered list introduces it (`下面是前台
        // 接待的岗位职责,供参考:`).
        let Some(last) = self.out.last_mut() else {
            return;
        };
        let text = line.clean();
        if last.description.as_deref() == Some("") && last.subitems.is_empty() {
            self.open = true;
            let at = self.last("description");
            let last = self.out.last_mut().expect("checked");
            last.description = self.p.replace(&at, Some((text, line)));
            return;
        }
        let Some(before) = last.subitems.last().or(last.description.as_ref()) else {
            return;
        };
        if !open || before.ends_with(['。', ';', '；', '.', '!', '！']) {
            return;
        }
        self.open = true;
        let group = last.subitems.is_empty() && before.chars().count() <= 16 && last.name.is_none();
        if group || !last.subitems.is_empty() {
            self.subitems(split_clauses(&text), line);
        } else if let Some(d) = &mut last.description {
            d.push_str(&text);
            self.p.line(self.last("description"), line);
        }
    }

    /// An unnumbered line: a duty-table row without cells, or clauses.
    fn plain(&mut self, line: Line<'_>) {
        if let Some(cols) = &self.columns {
            self.rows += 1;
            let r = spaced_row(line, cols, self.rows);
            return self.push(r, line);
        }
        for clause in split_clauses(line.text()) {
            let r = Responsibility {
                description: Some(clause),
                ..Default::default()
            };
            self.push(r, line);
        }
    }

    /// The 职责与工作任务 layout: `职责一:名称`, `职责表述:…`, `工作任务:…;…`, one
    /// field a line or all in one flattened line: a duty name opens a duty, the
    /// statement and the tasks after it fill it.
    fn duty_task_fields(&mut self, node: &Node<'_>) -> bool {
        let mut any = false;
        for f in node.fields() {
            match f.key {
                FieldKey::DutyName => {
                    let r = Responsibility {
                        name: Some(f.value.clean()).filter(|v| !v.is_empty()),
                        ..Default::default()
                    };
                    self.push(r, f.value);
                }
                FieldKey::DutyStatement | FieldKey::DutyTasks => {
                    if self.out.is_empty() {
                        self.out.push(Responsibility::default());
                    }
                    let at = self.last("description");
                    let last = self.out.last_mut().expect("exists");
                    if f.key == FieldKey::DutyStatement {
                        let value = Some(f.value.clean()).filter(|v| !v.is_empty());
                        last.description = self.p.replace(&at, value.map(|v| (v, f.value)));
                    } else {
                        let tasks = split_clauses(&f.value.clean());
                        let tasks = tasks.into_iter().map(|c| lists::clean_item(&c)).collect();
                        self.subitems(tasks, f.value);
                    }
                }
                _ => continue,
            }
            any = true;
        }
        any
    }
}

/// `施工管理` over `负责施工组织设计…` / `组织施工技术交底…`, `医疗` over its duties:
/// a section of plain lines where two or more short names each head sentences.
fn unnumbered_groups(section: &Section<'_>) -> bool {
    if section.nodes.iter().any(|n| {
        matches!(
            n.kind,
            NodeKind::Item { .. } | NodeKind::Row { .. } | NodeKind::Header(_)
        )
    }) {
        return false;
    }
    let prose: Vec<bool> = section
        .nodes
        .iter()
        .filter(|n| matches!(n.kind, NodeKind::Prose))
        .map(|n| is_group_name(&n.line.clean()))
        .collect();
    let names = prose.iter().filter(|&&name| name).count();
    // Every name heads at least one sentence, and the section starts with one.
    names >= 2
        && prose.first() == Some(&true)
        && prose.windows(2).all(|w| !(w[0] && w[1]))
        && prose.last() == Some(&false)
}

/// A short name without sentence punctuation: `成本与资源管理`.
fn is_group_name(text: &str) -> bool {
    (2..=12).contains(&text.chars().count())
        && !text.contains([',', '，', '。', ';', '；', ':', '：', '、'])
}

/// `医疗:` over a numbered list: a short name, a colon and nothing after it.
fn group_label(fields: &[Field<'_>]) -> Option<String> {
    let [f] = fields else {
        return None;
    };
    let label = f.label.clean();
    (f.key == FieldKey::Unknown && f.value.clean().is_empty() && is_group_name(&label))
        .then_some(label)
}

fn is_metadata(fields: &[Field<'_>]) -> bool {
    let [f] = fields else {
        return false;
    };
    let label = f.label.clean();
    let value = f.value.clean();
    f.key == FieldKey::Unknown
        && !value.is_empty()
        && label.chars().count() <= 6
        && value.chars().count() <= 15
        && !lexicon::DUTY_STARTS.iter().any(|s| label.starts_with(s))
        && !value.ends_with(['。', ';', '；'])
}

/// A duty from a numbered item, its lines recorded at `/{at}`.
fn item(node: &Node<'_>, body: Line<'_>, p: &mut Provenance, at: usize) -> Responsibility {
    if let Some(f) = node.fields().first()
        && f.key == FieldKey::Unknown
        && body.text().starts_with(&f.label.clean())
        && !f.value.is_empty()
    {
        p.line(format!("/{at}/name"), f.label);
        p.line(format!("/{at}/description"), f.value);
        return Responsibility {
            name: Some(f.label.clean()),
            description: Some(f.value.clean()),
            ..Default::default()
        };
    }
    p.line(format!("/{at}/description"), body);
    Responsibility {
        description: Some(body.clean()),
        ..Default::default()
    }
}

/// Splits a paragraph into one duty per `;`-separated clause (or per sentence).
/// The duties of a table of posts (`岗位名称 | 工作内容 | 任职要求`, one row a job): each
/// cell under its duties column is one duty.
pub fn from_post_cells(facts: &super::Facts<'_, '_>, p: &mut Provenance) -> Vec<Responsibility> {
    facts
        .fields
        .iter()
        .filter(|f| f.key == FieldKey::Duties && !f.value.is_empty())
        .enumerate()
        .map(|(i, f)| {
            p.line(format!("/{i}/description"), f.value);
            Responsibility {
                description: Some(f.value.clean()),
                ..Responsibility::default()
            }
        })
        .collect()
}

/// The duties a job's paragraph lists (`店长作为门店的第一负责人,…,具体包括A;B;C。`,
/// `檢驗員:負責A、B。通常要求…`), the job's name (`name_len` bytes) cut off: the
/// sentences before the first that states a requirement, split at `;`, the first
/// without its introduction (up to `具体包括`, `主要负责`).
pub fn from_paragraph(line: Line<'_>, name_len: usize, p: &mut Provenance) -> Vec<Responsibility> {
    let view = line.view();
    let start = view.len() - view[name_len..].trim_start_matches([':', ' ']).len();
    let mut end = view.len();
    let mut at = start;
    for sentence in view[start..].split_inclusive('。') {
        if lexicon::REQUIREMENT_CUES
            .iter()
            .any(|c| sentence.trim_start().starts_with(c))
        {
            end = at;
            break;
        }
        at += sentence.len();
    }
    // Clauses end at `;`; without any, sentences that each open with a duty's verb
    // (`负责…。负责…。`) are one duty each.
    let text = &view[start..end];
    let sentences = || text.split('。').map(str::trim).filter(|s| !s.is_empty());
    let by_sentence = !text.contains(';')
        && sentences().count() >= 2
        && sentences().all(|s| lexicon::DUTY_VERB_STARTS.iter().any(|v| s.starts_with(v)));
    let end_mark = if by_sentence { '。' } else { ';' };
    let mut duties = Vec::new();
    let mut from = start;
    for part in text.split_inclusive(end_mark) {
        let mut range = from..from + part.len();
        from = range.end;
        if duties.is_empty()
            && let Some(cue) = lexicon::DUTY_INTRO_CUES
                .iter()
                .filter_map(|c| part.rfind(c).map(|at| at + c.len()))
                .max()
        {
            range.start += cue;
        }
        let text = clean_value(line.text_of(range.clone()));
        let text = text.trim_matches([';', '。', ',', ':', ' ']);
        if !text.is_empty() {
            p.line(format!("/{}/description", duties.len()), line);
            duties.push(Responsibility {
                description: Some(text.to_string()),
                ..Responsibility::default()
            });
        }
    }
    duties
}

pub fn split_clauses(text: &str) -> Vec<String> {
    let parts: Vec<String> = text
        .split([';', '；', '。'])
        .map(|p| clean_value(p.trim_matches([',', '，', ' '])))
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() <= 1 {
        let whole = clean_value(text);
        return if whole.is_empty() {
            Vec::new()
        } else {
            vec![whole]
        };
    }
    parts
}

/// A duty-table row from its cells, by the header's columns when known.
fn from_cells(cells: &[Line<'_>], columns: Option<&[Column]>) -> Responsibility {
    cells_by_part(cells, columns).0
}

/// The input lines of a duty's name, description and measure read from cells.
#[derive(Default)]
struct PartLines {
    name: Vec<usize>,
    description: Vec<usize>,
    kpi: Vec<usize>,
}

/// [`from_cells`], with the line each part came from (the cells of a table written
/// one cell per line are on lines of their own).
fn cells_by_part(cells: &[Line<'_>], columns: Option<&[Column]>) -> (Responsibility, PartLines) {
    let mut r = Responsibility::default();
    let mut at = PartLines::default();
    let cols: Vec<Column> = match columns {
        Some(c) => c.to_vec(),
        None => match cells.len() {
            2 => vec![Column::Name, Column::Description],
            3 => vec![Column::Name, Column::Description, Column::Kpi],
            _ => vec![Column::Description; cells.len()],
        },
    };
    let mut desc = Vec::new();
    for (cell, col) in cells
        .iter()
        .zip(cols.iter().chain(std::iter::repeat(&Column::Description)))
    {
        let no = cell.no;
        let cell = cell.clean();
        let cell = cell.as_str();
        // (`略`, `无`, `/`: a cell left blank in words.)
        if cell.is_empty() || lexicon::is_none_value(cell) {
            continue;
        }
        match col {
            Column::Name if r.name.is_none() && !cell.chars().all(|c| c.is_ascii_digit()) => {
                r.name = Some(cell.to_string());
                at.name.push(no);
            }
            Column::Kpi => {
                r.kpi = Some(cell.to_string());
                at.kpi = vec![no];
            }
            Column::Ignore | Column::Name => {}
            Column::Description => {
                desc.push(cell.to_string());
                at.description.push(no);
            }
        }
    }
    if !desc.is_empty() {
        r.description = Some(desc.join(" "));
    }
    (r, at)
}

/// A duty-table row whose cells are separated by single spaces, or not at all;
/// `row` is its place under the header (a `序号` cell that says so is dropped).
fn spaced_row(line: Line<'_>, cols: &[Column], row: usize) -> Responsibility {
    let mut tokens: Vec<&str> = line
        .text()
        .split([' ', '\u{3000}'])
        .filter(|t| !t.is_empty())
        .collect();
    // The row's own number under a header without a `序号` column (`1 负责… 记录完整`).
    if tokens.len() == cols.len() + 1
        && cols.first() != Some(&Column::Ignore)
        && tokens[0].parse::<usize>().is_ok_and(|n| n == row)
    {
        tokens.remove(0);
    }
    if tokens.len() == cols.len() && cols.len() >= 2 {
        let cells: Vec<Line> = tokens.iter().map(|t| line.of_text(t)).collect();
        return from_cells(&cells, Some(cols));
    }
    // Leading columns that carry no duty text (`序号`, `重要性`): drop their short cell.
    let mut text = line.text();
    for col in cols {
        if *col != Column::Ignore {
            break;
        }
        match text.trim_start().split_once([' ', '\u{3000}']) {
            Some((head, rest)) if head.chars().count() <= 4 => text = rest,
            // Flattened: `1负责…`, `重要负责…` — a number or a weight glued to the duty.
            _ => {
                let t = text.trim_start();
                let digits = t.trim_start_matches(|c: char| c.is_ascii_digit());
                let digits = if digits.len() < t.len() {
                    digits.trim_start_matches(['、', '.', ' '])
                } else {
                    t
                };
                let weight = lexicon::DUTY_WEIGHTS
                    .iter()
                    .find_map(|w| digits.strip_prefix(w))
                    .unwrap_or(digits);
                // The row's own number (`1健全集团财务管理制度…` in the first row).
                let numbered = t
                    [..t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len()]
                    .parse::<usize>()
                    .is_ok_and(|n| n == row);
                if numbered || lexicon::DUTY_STARTS.iter().any(|s| weight.starts_with(s)) {
                    text = weight;
                }
                break;
            }
        }
    }
    if cols.len() >= 2 && cols.last() == Some(&Column::Ignore) {
        // A trailing `负责程度` cell (`全责`, `部分`).
        if let Some((head, tail)) = text.trim_end().rsplit_once([' ', '\u{3000}'])
            && tail.chars().count() <= 4
        {
            text = head;
        }
    }
    split_row(line.of_text(text), cols.contains(&Column::Name))
}

/// A flattened duty-table row: `治安管理带领全班做好…;无安全责任事故`.
pub fn split_row(line: Line<'_>, has_name_column: bool) -> Responsibility {
    let view = line.view();
    let (body_end, kpi) = match view.rfind(';') {
        Some(at) => {
            let kpi = clean_value(line.text_of(at + 1..view.len()));
            (at, (!kpi.is_empty()).then_some(kpi))
        }
        None => match TRAILING_KPI.find(view) {
            Some(m) if m.start() > 0 => (
                m.start(),
                Some(clean_value(line.text_of(m.start()..view.len()))),
            ),
            _ => (view.len(), None),
        },
    };
    let body = &view[..body_end];
    let name_end = if has_name_column {
        name_split(body)
    } else {
        None
    };
    let (name, desc_start) = match name_end {
        Some(end) => (Some(clean_value(line.text_of(0..end))), end),
        None => (None, 0),
    };
    let description = clean_value(line.text_of(desc_start..body_end));
    Responsibility {
        name,
        description: (!description.is_empty()).then_some(description),
        kpi,
        subitems: Vec::new(),
    }
}

/// Where a short duty name ends at the start of a flattened row, if it can be told.
fn name_split(body: &str) -> Option<usize> {
    let starts: Vec<usize> = body.char_indices().map(|(i, _)| i).collect();
    let mut best: Option<(i32, usize)> = None;
    let last = 12usize.min(starts.len().saturating_sub(2));
    for &at in starts.iter().take(last + 1).skip(2) {
        let (name, rest) = body.split_at(at);
        if name.contains([',', ';', '。', '、', ' ']) {
            break;
        }
        let mut score = 0;
        if lexicon::DUTY_NAME_ENDINGS.iter().any(|e| name.ends_with(e)) {
            score += 2;
        }
        if lexicon::DUTY_STARTS.iter().any(|s| rest.starts_with(s)) {
            score += 2;
        }
        // Four characters is by far the most common length of a duty name.
        if score > 0 && name.chars().count() == 4 {
            score += 1;
        }
        if score > 0 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, at));
        }
    }
    best.filter(|(s, _)| *s >= 3).map(|(_, at)| at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Folded;

    #[test]
    fn should_read_the_duties_of_a_jobs_paragraph() {
        for (text, name, want) in [
            (
                "店长作为门店的负责人,对经营全面负责,具体包括制定销售计划;负责排班和培训;处理重大投诉。",
                "店长",
                &["制定销售计划", "负责排班和培训", "处理重大投诉"][..],
            ),
            (
                "檢驗員:負責樣品的前處理和上機檢測。該崗位需持有上崗證。",
                "檢驗員",
                &["負責樣品的前處理和上機檢測"][..],
            ),
        ] {
            let folded = Folded::new(text);
            let line = folded.first().unwrap();
            let mut p = Provenance::default();
            let got = from_paragraph(line, crate::normalize::fold(name).len(), &mut p);
            let got: Vec<_> = got
                .iter()
                .filter_map(|d| d.description.as_deref())
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn should_split_flattened_duty_rows() {
        let cases = [
            (
                "治安管理带领全班做好“五防”工作,检查、督导各岗位区域安全管理工作的开展、落实情况;无安全责任事故",
                Some("治安管理"),
                Some("无安全责任事故"),
            ),
            (
                "其他完成上级交待的其他工作任务;百分百完成",
                Some("其他"),
                Some("百分百完成"),
            ),
            (
                "其它工作完成上级下达的其他工作任务100%完成",
                Some("其它工作"),
                Some("100%完成"),
            ),
            (
                "军事训练军人基本队列动作的培训,体能训练;仪容仪表良好",
                Some("军事训练"),
                Some("仪容仪表良好"),
            ),
            (
                "停车场管理检查停车场设施设备是否完好;无交通安全事故",
                Some("停车场管理"),
                Some("无交通安全事故"),
            ),
            (
                "人员管理检查、督导值班人员工作状态;",
                Some("人员管理"),
                None,
            ),
            (
                "会议落实监督落实好工作会议提及的相关协调工作有效实施;按要求实施/有成果",
                Some("会议落实"),
                Some("按要求实施/有成果"),
            ),
        ];
        for (row, name, kpi) in cases {
            let folded = Folded::new(row);
            let r = split_row(folded.first().unwrap(), true);
            assert_eq!((r.name.as_deref(), r.kpi.as_deref()), (name, kpi), "{row}");
            assert!(r.description.is_some());
        }
    }

    #[test]
    fn should_drop_weight_and_number_cells_glued_to_a_duty() {
        use Column::*;
        let cases = [
            (
                "重要负责安排绿化工的日常养护工作;养护计划按时完成",
                &[Ignore, Description, Kpi][..],
                "负责安排绿化工的日常养护工作",
            ),
            (
                "1负责会所前台的日常管理",
                &[Ignore, Description, Ignore][..],
                "负责会所前台的日常管理",
            ),
            // The row's own number, whatever word follows it.
            (
                "1健全集团财务管理制度贯彻执行国家财经法规",
                &[Ignore, Name, Description][..],
                "贯彻执行国家财经法规",
            ),
            // Not the row's number: the text keeps it.
            (
                "24小时值班巡逻",
                &[Ignore, Description][..],
                "24小时值班巡逻",
            ),
            // The row's number under a header without a number column.
            (
                "1 负责配电室的值班 记录完整准确",
                &[Description, Kpi][..],
                "负责配电室的值班",
            ),
            (
                "一般 负责绿化工具的保管;工具无遗失",
                &[Ignore, Description, Kpi][..],
                "负责绿化工具的保管",
            ),
        ];
        for (row, cols, want) in cases {
            let folded = Folded::new(row);
            let r = spaced_row(folded.first().unwrap(), cols, 1);
            assert_eq!(r.description.as_deref(), Some(want), "{row}");
        }
    }

    #[test]
    fn should_split_paragraphs_into_clauses() {
        assert_eq!(
            split_clauses("负责接待;负责登记;负责巡逻。"),
            vec!["负责接待", "负责登记", "负责巡逻"]
        );
        assert_eq!(split_clauses("负责前台接待;"), vec!["负责前台接待;"]);
    }
}
