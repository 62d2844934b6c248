//! explain: why each line went where it went.
//!
//! `jdparse explain FILE` prints one entry per non-blank input line: its number,
//! what the classification stage decided it is (its kind, or the kinds of its
//! pieces when a run-on line was cut), the rule that decided it, and where it
//! went: a record's title, a section (with the field labels it held), or
//! `dropped` with the reason.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use crate::classify::{Class, Classified, Rule};
use crate::model::{DropReason, SectionKey};
use crate::normalize::Folded;
use crate::{Error, Options, Part, parts, record_of};

/// The explanation of one input.
#[derive(Debug, Serialize)]
pub struct Explanation {
    pub lines: Vec<LineExplanation>,
}

/// One input line: what it is and where it went.
#[derive(Debug, Serialize)]
pub struct LineExplanation {
    /// The line number (1-based).
    pub line: usize,
    /// The line as written.
    pub text: String,
    /// `chrome`, `separator`, `title`, or the kinds of its pieces in order
    /// (`heading`, `item`, `fields`, `row`, `table-header`, `decoration`, `prose`),
    /// joined with `+`.
    pub kind: String,
    /// The ids of the rules that decided it, joined with `,`.
    pub rule: String,
    /// The 0-based index of the record that holds the line, if any.
    pub record: Option<usize>,
    /// The sections the line went to, in order.
    pub sections: Vec<SectionKey>,
    /// The labels of the fields the line holds.
    pub fields: Vec<String>,
    /// Why the line was dropped, if it was.
    pub dropped: Option<DropReason>,
    /// Whether the line is its record's title.
    pub title: bool,
}

/// Explains where every line of an input went.
pub fn explain(bytes: &[u8], options: &Options) -> Result<Explanation, Error> {
    let text = crate::text(bytes, options)?;
    let folded = Folded::new(&text.text);
    let classified = crate::classify::classify(&folded);
    let parts = parts(&classified);
    let mut lines = classified_lines(&folded, &classified);
    for (k, part) in parts.iter().enumerate() {
        place_part(&mut lines, part, record_of(&parts, k));
    }
    markers_follow_their_lines(&mut lines);
    Ok(Explanation {
        lines: lines.into_values().collect(),
    })
}

/// Every input line and page marker with its kind and rules, not yet placed.
fn classified_lines(
    folded: &Folded,
    classified: &[Classified<'_>],
) -> BTreeMap<usize, LineExplanation> {
    let mut lines: BTreeMap<usize, LineExplanation> = BTreeMap::new();
    for line in folded.lines() {
        lines.insert(
            line.no,
            LineExplanation::unplaced(line.no, line.text().to_string()),
        );
    }
    for c in classified {
        let entry = lines
            .entry(c.line.no)
            .or_insert_with(|| LineExplanation::unplaced(c.line.no, c.line.text().to_string()));
        let (kinds, rules) = kinds_and_rules(c);
        push_joined(&mut entry.kind, '+', &kinds);
        push_joined(&mut entry.rule, ',', &rules);
    }
    // Lines joined to the line before them keep their own entry for their marker.
    for (no, marker) in folded.markers() {
        let e = lines.entry(*no).or_insert_with(|| LineExplanation {
            kind: "chrome".to_string(),
            dropped: Some(DropReason::PageMarker),
            ..LineExplanation::unplaced(*no, marker.clone())
        });
        add_rule(e, Rule::PageMarker);
    }
    lines
}

/// One document's lines go to its record: dropped, as its title, or to its sections.
fn place_part(
    lines: &mut BTreeMap<usize, LineExplanation>,
    part: &Part<'_>,
    record: Option<usize>,
) {
    let doc = &part.doc;
    for d in &doc.dropped {
        let e = lines.get_mut(&d.line.no).expect("every line is classified");
        e.dropped = Some(d.reason);
        e.record = record;
        add_rule(e, d.rule);
    }
    if let Some(no) = doc.title_line {
        let e = lines.get_mut(&no).expect("every line is classified");
        e.record = record;
        if part.is_job_description {
            e.title = true;
            add_rule(e, Rule::SplitTitle);
        } else {
            e.dropped = Some(DropReason::NoJobDescription);
            add_rule(e, Rule::SplitNoJobDescription);
        }
    }
    for s in &part.sections {
        section_lines(lines, s, record, part.is_job_description);
        heading_line(lines, s, record);
    }
}

/// A section's lines go to it with their labels, or are dropped outside a job description.
fn section_lines(
    lines: &mut BTreeMap<usize, LineExplanation>,
    s: &crate::outline::Section<'_>,
    record: Option<usize>,
    is_job_description: bool,
) {
    for node in &s.nodes {
        for line in node.lines() {
            let e = lines.get_mut(&line.no).expect("every line is classified");
            e.record = record;
            if !is_job_description {
                e.dropped = Some(DropReason::NoJobDescription);
                add_rule(e, Rule::SplitNoJobDescription);
                continue;
            }
            if e.sections.last() != Some(&s.key) {
                e.sections.push(s.key);
            }
            if Some(line) == node.value_line {
                add_rule(e, Rule::OutlineValueOfLabel);
            }
            let labels = node.fields().iter().filter(|f| f.label.no == line.no);
            e.fields.extend(labels.map(|f| f.label.clean()));
        }
    }
}

/// A page marker's record is the one its joined line went to.
fn markers_follow_their_lines(lines: &mut BTreeMap<usize, LineExplanation>) {
    let mut last = None;
    for e in lines.values_mut() {
        if e.record.is_none() && e.dropped == Some(DropReason::PageMarker) {
            e.record = last;
        }
        last = e.record.or(last);
    }
}

/// A section heading's line goes to its section.
fn heading_line(
    lines: &mut BTreeMap<usize, LineExplanation>,
    s: &crate::outline::Section<'_>,
    record: Option<usize>,
) {
    let Some(heading) = s.heading else { return };
    let e = lines
        .get_mut(&heading.no)
        .expect("every line is classified");
    e.record = record;
    if e.sections.last() != Some(&s.key) {
        e.sections.push(s.key);
    }
}

fn kinds_and_rules(c: &Classified<'_>) -> (Vec<&'static str>, Vec<&'static str>) {
    match &c.class {
        Class::Separator { .. } => (vec!["separator"], vec![Rule::Separator.id()]),
        Class::Chrome(_, rule) => (vec!["chrome"], vec![rule.id()]),
        Class::Body(pieces) => (
            pieces.iter().map(|p| p.kind.name()).collect(),
            pieces.iter().map(|p| p.rule.id()).collect(),
        ),
    }
}

/// Appends words, each once, to a joined list.
fn push_joined(out: &mut String, sep: char, words: &[&str]) {
    for w in words {
        if !out.split(sep).any(|x| x == *w) {
            if !out.is_empty() {
                out.push(sep);
            }
            out.push_str(w);
        }
    }
}

fn add_rule(e: &mut LineExplanation, rule: Rule) {
    push_joined(&mut e.rule, ',', &[rule.id()]);
}

impl Explanation {
    /// One line of text per input line: number, kind, rule, destination.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for e in &self.lines {
            let _ = writeln!(
                out,
                "{:>5}  {:<22} {:<40} {}",
                e.line,
                e.kind,
                e.rule,
                e.destination()
            );
        }
        out
    }
}

impl LineExplanation {
    /// A line with no kind, rule or destination yet.
    fn unplaced(line: usize, text: String) -> Self {
        LineExplanation {
            line,
            text,
            kind: String::new(),
            rule: String::new(),
            record: None,
            sections: Vec::new(),
            fields: Vec::new(),
            dropped: None,
            title: false,
        }
    }

    /// Where the line went, in words: `#1 title`, `#1 responsibilities`,
    /// `#1 basic_info [岗位名称, 所属部门]`, `#1 dropped: page metadata`.
    pub fn destination(&self) -> String {
        let record = self
            .record
            .map(|r| format!("#{} ", r + 1))
            .unwrap_or_default();
        if let Some(reason) = self.dropped {
            return format!("{record}dropped: {}", reason.as_str());
        }
        if self.title {
            return format!("{record}title");
        }
        let sections: Vec<&str> = self.sections.iter().map(|s| s.as_str()).collect();
        let mut out = format!("{record}{}", sections.join(", "));
        if !self.fields.is_empty() {
            let _ = write!(out, " [{}]", self.fields.join(", "));
        }
        if self.record.is_none() && sections.is_empty() {
            out = "nowhere (no record)".to_string();
        }
        out
    }
}
