//! emit: records to NDJSON (one per line), pretty NDJSON for terminals, a JSON
//! array, schema.org JSON-LD ([`jsonld`]), CSV ([`csv`]) or SQLite ([`sqlite`],
//! with the `sqlite` feature); a batch's review page in HTML ([`report`]).
//!
//! The flat views the formats share — a duty as one line, the requirements as
//! lines or typed items — are defined here once.

pub mod csv;
pub mod jsonld;
pub mod report;
#[cfg(feature = "sqlite")]
pub mod sqlite;

use std::io::{self, Write};

use crate::lexicon;
use crate::model::{Record, Responsibility, SectionKey};
use crate::normalize::fold;

/// The snake_case name serde gives a unit enum value (`full_time`, `month`, `html`).
pub fn enum_name<T: serde::Serialize>(value: &T) -> Option<String> {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
}

/// One duty as a line: `name:description(subitem;subitem)`.
pub fn duty_text(d: &Responsibility) -> String {
    let mut parts: Vec<&str> = Vec::new();
    parts.extend(d.name.as_deref());
    parts.extend(d.description.as_deref());
    let mut text = parts.join(":");
    if !d.subitems.is_empty() {
        text.push_str(&format!("({})", d.subitems.join(";")));
    }
    text
}

/// The record's duties, one line each, empty ones left out.
pub fn duty_lines(r: &Record) -> Vec<String> {
    r.responsibilities
        .iter()
        .map(duty_text)
        .filter(|t| !t.is_empty())
        .collect()
}

/// What a requirement is about, for [`requirement_items`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequirementKind {
    Education,
    Major,
    Experience,
    Certificate,
    Skill,
    Language,
    Age,
    Physical,
    Trait,
    Other,
}

impl RequirementKind {
    /// The snake_case name used in the SQLite `requirements.kind` column.
    pub fn name(self) -> &'static str {
        match self {
            RequirementKind::Education => "education",
            RequirementKind::Major => "major",
            RequirementKind::Experience => "experience",
            RequirementKind::Certificate => "certificate",
            RequirementKind::Skill => "skill",
            RequirementKind::Language => "language",
            RequirementKind::Age => "age",
            RequirementKind::Physical => "physical",
            RequirementKind::Trait => "trait",
            RequirementKind::Other => "other",
        }
    }
}

/// The typed requirements of a record, one item per value, in the order of
/// `qualifications`; an age range reads `18-40岁`, `55岁以下`, `18岁以上`.
pub fn requirement_items(r: &Record) -> Vec<(RequirementKind, String)> {
    use RequirementKind as K;
    let q = &r.qualifications;
    let mut out = Vec::new();
    out.extend(q.education.iter().map(|e| (K::Education, e.raw.clone())));
    out.extend(q.majors.iter().map(|m| (K::Major, m.clone())));
    out.extend(q.experience.iter().map(|e| (K::Experience, e.raw.clone())));
    out.extend(q.certificates.iter().map(|c| (K::Certificate, c.clone())));
    out.extend(q.skills.iter().map(|s| (K::Skill, s.clone())));
    out.extend(q.languages.iter().map(|l| (K::Language, l.clone())));
    if let Some(age) = &q.age {
        let text = match (age.min, age.max) {
            (Some(a), Some(b)) => Some(format!("{a}-{b}岁")),
            (None, Some(b)) => Some(format!("{b}岁以下")),
            (Some(a), None) => Some(format!("{a}岁以上")),
            (None, None) => None,
        };
        out.extend(text.map(|t| (K::Age, t)));
    }
    out.extend(q.physical.iter().map(|p| (K::Physical, p.clone())));
    out.extend(q.traits.iter().map(|t| (K::Trait, t.clone())));
    out.extend(q.other.iter().map(|o| (K::Other, o.clone())));
    out
}

/// The requirements as a reader wants them: the lines of the record's
/// qualifications sections as written (less a trailing field about something
/// else, such as `福利待遇:…`), or, when it has none (requirements given as fields
/// elsewhere), its typed requirement values.
pub fn requirement_lines(r: &Record) -> Vec<String> {
    let written: Vec<String> = r
        .sections
        .iter()
        .filter(|s| s.key == SectionKey::Qualifications)
        .flat_map(|s| s.text.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty() && !is_other_field(l))
        .map(str::to_string)
        .collect();
    if !written.is_empty() {
        return written;
    }
    requirement_items(r).into_iter().map(|(_, v)| v).collect()
}

/// Writes one record as a single NDJSON line.
pub fn ndjson<W: Write>(out: &mut W, record: &Record) -> io::Result<()> {
    serde_json::to_writer(&mut *out, record)?;
    out.write_all(b"\n")
}

/// Writes one record pretty-printed (for terminals), followed by a newline.
pub fn pretty<W: Write>(out: &mut W, record: &Record) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, record)?;
    out.write_all(b"\n")
}

/// Writes a JSON array incrementally: `open`, then `item` per record, then `close`.
pub struct JsonArray {
    first: bool,
}

impl JsonArray {
    pub fn open<W: Write>(out: &mut W) -> io::Result<JsonArray> {
        out.write_all(b"[")?;
        Ok(JsonArray { first: true })
    }

    pub fn item<W: Write>(&mut self, out: &mut W, record: &Record) -> io::Result<()> {
        out.write_all(if self.first { b"\n" } else { b",\n" })?;
        self.first = false;
        serde_json::to_writer_pretty(&mut *out, record).map_err(io::Error::from)
    }

    pub fn close<W: Write>(self, out: &mut W) -> io::Result<()> {
        out.write_all(if self.first { b"]\n" } else { b"\n]\n" })
    }
}

/// A whole file's records as a pretty JSON array (for `-o DIR`).
pub fn json_array(records: &[Record]) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(records).expect("records always serialize");
    out.push(b'\n');
    out
}

/// Writes one record as a schema.org `JobPosting` JSON-LD line.
pub fn jsonld<W: Write>(out: &mut W, record: &Record) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &jsonld::job_posting(record))?;
    out.write_all(b"\n")
}

/// Is this line a `label:value` field whose label the lexicon knows as something
/// other than a requirement (`福利待遇:五险一金`, `工作地点:…`)?
fn is_other_field(line: &str) -> bool {
    use crate::lexicon::FieldKey as K;
    let view = fold(line);
    let Some((label, _)) = view.split_once(':') else {
        return false;
    };
    match lexicon::label(label.trim()) {
        None
        | Some(
            K::Education
            | K::Majors
            | K::Experience
            | K::Certificates
            | K::Skills
            | K::Languages
            | K::Age
            | K::Gender
            | K::Physical
            | K::Traits
            | K::OtherRequirement
            | K::Unknown,
        ) => false,
        Some(_) => true,
    }
}
