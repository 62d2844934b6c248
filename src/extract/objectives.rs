//! 工作目标及衡量标准 as goal/measure pairs, and 工作中常犯错误及应对方法 as
//! mistake/examples/remedy.

use super::lists::clean_item;
use super::targets::targets;
use crate::lexicon::FieldKey;
use crate::model::{Objective, Pitfall};
use crate::normalize::{Line, clean_value, fold};
use crate::outline::{Node, NodeKind, Section};

/// Goal/measure pairs (`工作目标:…` then `衡量标准:…`), table rows, or plain KPI items.
pub fn objectives(section: &Section<'_>) -> Vec<Objective> {
    let mut out: Vec<Objective> = Vec::new();
    let mut last_was_measure = false;
    for node in &section.nodes {
        let goal = node.field(FieldKey::Goal);
        let measure = node.field(FieldKey::Measure);
        if matches!(node.kind, NodeKind::Decoration | NodeKind::Header(_)) {
            continue;
        }
        if goal.is_some() || measure.is_some() {
            if let Some(g) = goal {
                out.push(Objective {
                    goal: non_empty(&g.value.clean()),
                    ..Default::default()
                });
            } else if out.last().is_none_or(|o| o.measure.is_some()) {
                out.push(Objective::default());
            }
            if let Some(m) = measure {
                out.last_mut().expect("pushed above").measure = non_empty(&m.value.clean());
            }
            last_was_measure = measure.is_some();
            continue;
        }
        if let NodeKind::Row { cells, .. } = &node.kind
            && let Some(o) = from_cells(cells)
        {
            out.push(o);
            continue;
        }
        let body = node.body();
        if clean_item(body.text()).is_empty() {
            continue;
        }
        match (node.marker(), out.last_mut()) {
            // An unnumbered line after a measure continues it.
            (None, Some(last)) if last_was_measure => {
                let m = last.measure.get_or_insert_with(String::new);
                m.push_str(&body.clean());
            }
            _ => {
                out.push(Objective {
                    goal: Some(body.clean()),
                    ..Default::default()
                });
                last_was_measure = false;
            }
        }
    }
    for o in &mut out {
        let mut t = o
            .goal
            .as_deref()
            .map(|g| targets(&fold(g)))
            .unwrap_or_default();
        t.extend(
            o.measure
                .as_deref()
                .map(|m| targets(&fold(m)))
                .unwrap_or_default(),
        );
        o.targets = t;
    }
    out
}

/// A goal and its measure from a table row: the first cell and the rest (row
/// numbers left out).
fn from_cells(cells: &[Line<'_>]) -> Option<Objective> {
    let cells: Vec<String> = cells
        .iter()
        .map(|c| c.clean())
        .filter(|c| !c.chars().all(|ch| ch.is_ascii_digit()))
        .collect();
    (cells.len() >= 2).then(|| Objective {
        goal: non_empty(&cells[0]),
        measure: non_empty(&cells[1..].join(" ")),
        targets: Vec::new(),
    })
}

/// Mistakes with their examples and remedies.
pub fn pitfalls(section: &Section<'_>) -> Vec<Pitfall> {
    let mut out: Vec<Pitfall> = Vec::new();
    for node in &section.nodes {
        if matches!(node.kind, NodeKind::Decoration) {
            continue;
        }
        if let Some(f) = node.field(FieldKey::Mistake) {
            out.push(Pitfall {
                mistake: non_empty(&f.value.clean()),
                remedy: node
                    .field(FieldKey::Remedy)
                    .and_then(|r| non_empty(&r.value.clean())),
                ..Default::default()
            });
            continue;
        }
        if let Some(r) = node.field(FieldKey::Remedy) {
            if out.is_empty() {
                out.push(Pitfall::default());
            }
            out.last_mut().expect("exists").remedy = non_empty(&r.value.clean());
            continue;
        }
        for line in std::iter::once(node.body()).chain(node.value_line) {
            pitfall_line(&mut out, line.clean(), node);
        }
    }
    out
}

/// A plain line among the pitfalls: a remedy's continuation, an example, or a
/// new mistake.
fn pitfall_line(out: &mut Vec<Pitfall>, text: String, node: &Node<'_>) {
    if text.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(p) if p.remedy.is_some() && node.marker().is_none() => {
            let r = p.remedy.get_or_insert_with(String::new);
            r.push_str(&text);
        }
        Some(p)
            if p.remedy.is_none() && (node.level().unwrap_or(1) > 0 || node.marker().is_none()) =>
        {
            p.examples.push(text)
        }
        _ => out.push(Pitfall {
            mistake: Some(text),
            ..Default::default()
        }),
    }
}

fn non_empty(s: &str) -> Option<String> {
    let s = clean_value(s);
    (!s.is_empty()).then_some(s)
}
