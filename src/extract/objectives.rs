//! 工作目标及衡量标准 as goal/measure pairs, and 工作中常犯错误及应对方法 as
//! mistake/examples/remedy.

use super::lists::clean_item;
use super::provenance::Provenance;
use super::targets::targets;
use crate::lexicon::FieldKey;
use crate::model::{Objective, Pitfall};
use crate::normalize::{Line, clean_value, fold};
use crate::outline::{Node, NodeKind, Section};

/// Goal/measure pairs (`工作目标:…` then `衡量标准:…`), table rows, or plain KPI items;
/// their lines are recorded in `p` under their index (`/0/goal`).
pub fn objectives(section: &Section<'_>, p: &mut Provenance) -> Vec<Objective> {
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
                let goal = non_empty(&g.value.clean()).map(|v| (v, g.value));
                out.push(Objective {
                    goal: p.found(&format!("/{}/goal", out.len()), goal),
                    ..Default::default()
                });
            } else if out.last().is_none_or(|o| o.measure.is_some()) {
                out.push(Objective::default());
            }
            if let Some(m) = measure {
                let at = format!("/{}/measure", out.len() - 1);
                let measure = non_empty(&m.value.clean()).map(|v| (v, m.value));
                out.last_mut().expect("pushed above").measure = p.replace(&at, measure);
            }
            last_was_measure = measure.is_some();
            continue;
        }
        if let NodeKind::Row { cells, .. } = &node.kind
            && let Some(o) = from_cells(cells)
        {
            p.value(&format!("/{}", out.len()), &o, &node.line.nos());
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
                p.line(format!("/{}/measure", out.len() - 1), body);
            }
            _ => {
                p.line(format!("/{}/goal", out.len()), body);
                out.push(Objective {
                    goal: Some(body.clean()),
                    ..Default::default()
                });
                last_was_measure = false;
            }
        }
    }
    for (i, o) in out.iter_mut().enumerate() {
        let mut t = o
            .goal
            .as_deref()
            .map(|g| targets(&fold(g)))
            .unwrap_or_default();
        let in_goal = t.len();
        t.extend(
            o.measure
                .as_deref()
                .map(|m| targets(&fold(m)))
                .unwrap_or_default(),
        );
        o.targets = t;
        // Each target is read where its goal or its measure was.
        for (k, target) in o.targets.iter().enumerate() {
            let part = if k < in_goal { "goal" } else { "measure" };
            let lines = p.get(&format!("/{i}/{part}")).unwrap_or_default().to_vec();
            p.value(&format!("/{i}/targets/{k}"), target, &lines);
        }
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

/// Mistakes with their examples and remedies; their lines are recorded in `p`
/// under their index (`/0/mistake`).
pub fn pitfalls(section: &Section<'_>, p: &mut Provenance) -> Vec<Pitfall> {
    let mut out: Vec<Pitfall> = Vec::new();
    for node in &section.nodes {
        if matches!(node.kind, NodeKind::Decoration) {
            continue;
        }
        // A value of a field of this node, its line recorded at `/{at}/{part}`.
        let mut part = |at: usize, part: &str, key: FieldKey| {
            let f = node.field(key)?;
            let value = non_empty(&f.value.clean()).map(|v| (v, f.value));
            p.replace(&format!("/{at}/{part}"), value)
        };
        if node.field(FieldKey::Mistake).is_some() {
            let at = out.len();
            out.push(Pitfall {
                mistake: part(at, "mistake", FieldKey::Mistake),
                remedy: part(at, "remedy", FieldKey::Remedy),
                ..Default::default()
            });
            continue;
        }
        if node.field(FieldKey::Remedy).is_some() {
            if out.is_empty() {
                out.push(Pitfall::default());
            }
            let at = out.len() - 1;
            out.last_mut().expect("exists").remedy = part(at, "remedy", FieldKey::Remedy);
            continue;
        }
        for line in std::iter::once(node.body()).chain(node.value_line) {
            pitfall_line(&mut out, line, node, p);
        }
    }
    out
}

/// A plain line among the pitfalls: a remedy's continuation, an example, or a
/// new mistake.
fn pitfall_line(out: &mut Vec<Pitfall>, line: Line<'_>, node: &Node<'_>, lines: &mut Provenance) {
    let text = line.clean();
    if text.is_empty() {
        return;
    }
    let last = out.len().saturating_sub(1);
    match out.last_mut() {
        Some(p) if p.remedy.is_some() && node.marker().is_none() => {
            let r = p.remedy.get_or_insert_with(String::new);
            r.push_str(&text);
            lines.line(format!("/{last}/remedy"), line);
        }
        Some(p)
            if p.remedy.is_none() && (node.level().unwrap_or(1) > 0 || node.marker().is_none()) =>
        {
            lines.line(format!("/{last}/examples/{}", p.examples.len()), line);
            p.examples.push(text)
        }
        _ => {
            lines.line(format!("/{}/mistake", out.len()), line);
            out.push(Pitfall {
                mistake: Some(text),
                ..Default::default()
            })
        }
    }
}

fn non_empty(s: &str) -> Option<String> {
    let s = clean_value(s);
    (!s.is_empty()).then_some(s)
}
