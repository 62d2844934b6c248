//! emit::report: the review page for a batch (`--report FILE.html`).
//!
//! One self-contained HTML file — inline CSS and JavaScript, the data embedded,
//! nothing loaded from the network — that shows the totals, the field coverage,
//! the files needing attention and, on demand, each document's lines coloured by
//! section beside its records.
//!
//! The page is streamed: [`ReportWriter::create`] writes the head, each input
//! adds two lines to a `<script type="application/x-ndjson">` block as it
//! finishes (a small summary the page reads at load, and the detail — decoded
//! lines and records — it parses only when that document is opened), and
//! [`ReportWriter::finish`] closes the page. Nothing of the batch is kept in
//! memory, and the page computes the totals itself. The file is written under a
//! temporary name and renamed by `finish`, so an interrupted run leaves none.
//!
//! An [`Entry`] (one input, serialized) can be built on any thread and written
//! later, so a parallel caller keeps the serializing off its writer thread.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::Serialize;

use crate::Parsed;
use crate::model::{Diagnostic, Record, Severity, SourceFormat};

const PAGE: &str = include_str!("report/page.html");
const STYLE: &str = include_str!("report/style.css");
const SCRIPT: &str = include_str!("report/app.js");
/// Where the page template is cut: the documents are streamed in between.
const DOCS: &str = "{{DOCS}}";

/// A key field whose coverage the page charts: its name, English and Chinese
/// labels, JSON pointer into the record, and whether a record has it.
struct KeyField {
    key: &'static str,
    label: &'static str,
    zh: &'static str,
    pointer: &'static str,
    has: fn(&Record) -> bool,
}

/// The fields a reviewer checks first, in the order the page lists them. A
/// record's coverage is a bit mask over this table (bit i = `KEY_FIELDS[i]`).
const KEY_FIELDS: &[KeyField] = &[
    KeyField {
        key: "title",
        label: "Title",
        zh: "职位名称",
        pointer: "/position/title",
        has: |r| r.position.title.is_some(),
    },
    KeyField {
        key: "department",
        label: "Department",
        zh: "所属部门",
        pointer: "/position/department",
        has: |r| r.position.department.is_some(),
    },
    KeyField {
        key: "superiors",
        label: "Superiors",
        zh: "直接上级",
        pointer: "/reporting/superiors",
        has: |r| !r.reporting.superiors.is_empty(),
    },
    KeyField {
        key: "subordinates",
        label: "Subordinates",
        zh: "直接下级",
        pointer: "/reporting/subordinates",
        has: |r| !r.reporting.subordinates.is_empty(),
    },
    KeyField {
        key: "summary",
        label: "Summary",
        zh: "工作概述",
        pointer: "/summary",
        has: |r| r.summary.is_some(),
    },
    KeyField {
        key: "responsibilities",
        label: "Responsibilities",
        zh: "岗位职责",
        pointer: "/responsibilities",
        has: |r| !r.responsibilities.is_empty(),
    },
    KeyField {
        key: "education",
        label: "Education",
        zh: "学历",
        pointer: "/qualifications/education",
        has: |r| r.qualifications.education.is_some(),
    },
    KeyField {
        key: "majors",
        label: "Majors",
        zh: "专业",
        pointer: "/qualifications/majors",
        has: |r| !r.qualifications.majors.is_empty(),
    },
    KeyField {
        key: "experience",
        label: "Experience",
        zh: "工作经验",
        pointer: "/qualifications/experience",
        has: |r| r.qualifications.experience.is_some(),
    },
    KeyField {
        key: "age",
        label: "Age",
        zh: "年龄",
        pointer: "/qualifications/age",
        has: |r| r.qualifications.age.is_some(),
    },
    KeyField {
        key: "skills",
        label: "Skills",
        zh: "技能",
        pointer: "/qualifications/skills",
        has: |r| !r.qualifications.skills.is_empty(),
    },
    KeyField {
        key: "salary",
        label: "Salary",
        zh: "薪资",
        pointer: "/position/salary",
        has: |r| r.position.salary.is_some(),
    },
    KeyField {
        key: "location",
        label: "Location",
        zh: "工作地点",
        pointer: "/position/location",
        has: |r| r.position.location.is_some(),
    },
    KeyField {
        key: "headcount",
        label: "Headcount",
        zh: "招聘人数",
        pointer: "/position/headcount",
        has: |r| r.position.headcount.is_some(),
    },
    KeyField {
        key: "objectives",
        label: "Objectives",
        zh: "工作目标",
        pointer: "/objectives",
        has: |r| !r.objectives.is_empty(),
    },
    KeyField {
        key: "conditions",
        label: "Conditions",
        zh: "工作条件",
        pointer: "/conditions",
        has: |r| {
            let c = &r.conditions;
            c.days_per_week.is_some()
                || c.hours.is_some()
                || c.environment.is_some()
                || c.intensity.is_some()
        },
    },
    KeyField {
        key: "career",
        label: "Career path",
        zh: "职业发展",
        pointer: "/career",
        has: |r| {
            !(r.career.up.is_empty() && r.career.lateral.is_empty() && r.career.down.is_empty())
        },
    },
    KeyField {
        key: "benefits",
        label: "Benefits",
        zh: "福利待遇",
        pointer: "/benefits",
        has: |r| !r.benefits.is_empty(),
    },
];

/// Which key fields a record has, as a bit mask over [`KEY_FIELDS`].
fn coverage(record: &Record) -> u32 {
    KEY_FIELDS
        .iter()
        .enumerate()
        .filter(|(_, f)| (f.has)(record))
        .fold(0, |mask, (i, _)| mask | 1 << i)
}

/// What the page reads at load for one input: enough for the totals, the
/// coverage chart and the files table.
#[derive(Serialize)]
struct Summary<'a> {
    path: &'a str,
    encoding: Option<&'a str>,
    format: Option<SourceFormat>,
    error: Option<&'a str>,
    records: usize,
    /// The first record's position title, else its document title.
    title: Option<&'a str>,
    /// Lines of decoded text embedded for the document view.
    lines: usize,
    /// The code of every distinct warning or error, file-level or per record.
    warnings: Vec<&'a str>,
    /// One coverage mask per record.
    cover: Vec<u32>,
}

/// What the page parses when the document is opened.
#[derive(Serialize)]
struct Detail<'a> {
    text: Vec<&'a str>,
    diagnostics: &'a [Diagnostic],
    records: Vec<Record>,
}

/// One input, serialized for the page: its summary line and its detail line.
pub struct Entry {
    bytes: Vec<u8>,
}

impl Entry {
    /// Serializes one input's outcome: its records, or the reason it failed.
    ///
    /// The document view shows the decoded lines when `parsed.text` holds them
    /// (parse with [`crate::Options::keep_text`]); without them it still shows
    /// the records.
    pub fn new(path: &str, outcome: Result<&Parsed, &str>) -> Entry {
        let mut bytes = Vec::new();
        match outcome {
            Err(error) => {
                let summary = Summary {
                    path,
                    encoding: None,
                    format: None,
                    error: Some(error),
                    records: 0,
                    title: None,
                    lines: 0,
                    warnings: Vec::new(),
                    cover: Vec::new(),
                };
                let detail = Detail {
                    text: Vec::new(),
                    diagnostics: &[],
                    records: Vec::new(),
                };
                push_line(&mut bytes, &summary);
                push_line(&mut bytes, &detail);
            }
            Ok(parsed) => {
                let text: Vec<&str> = match &parsed.text {
                    Some(t) => t
                        .split('\n')
                        .map(|l| l.strip_suffix('\r').unwrap_or(l))
                        .collect(),
                    None => Vec::new(),
                };
                let mut warnings: Vec<&Diagnostic> = Vec::new();
                let all = parsed
                    .diagnostics
                    .iter()
                    .chain(parsed.records.iter().flat_map(|r| &r.diagnostics));
                for d in all.filter(|d| d.severity >= Severity::Warning) {
                    if !warnings.contains(&d) {
                        warnings.push(d);
                    }
                }
                let first = parsed.records.first();
                let summary = Summary {
                    path,
                    encoding: Some(parsed.encoding),
                    format: Some(parsed.format),
                    error: None,
                    records: parsed.records.len(),
                    title: first.and_then(|r| r.position.title.as_deref().or(r.title.as_deref())),
                    lines: text.len(),
                    warnings: warnings.iter().map(|d| d.code.as_str()).collect(),
                    cover: parsed.records.iter().map(coverage).collect(),
                };
                push_line(&mut bytes, &summary);
                let records = parsed
                    .records
                    .iter()
                    .map(|r| {
                        let mut r = r.clone();
                        // The page shows these texts from the lines themselves.
                        if !text.is_empty() {
                            r.sections.iter_mut().for_each(|s| s.text.clear());
                            r.dropped.iter_mut().for_each(|d| d.text.clear());
                        }
                        r
                    })
                    .collect();
                let detail = Detail {
                    text,
                    diagnostics: &parsed.diagnostics,
                    records,
                };
                push_line(&mut bytes, &detail);
            }
        }
        Entry { bytes }
    }

    /// The serialized entry, to hand across a channel that carries bytes; turn it
    /// back with [`Entry::from_bytes`].
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// An entry from the bytes [`Entry::into_bytes`] returned (anything else would
    /// break the page).
    pub fn from_bytes(bytes: Vec<u8>) -> Entry {
        Entry { bytes }
    }
}

/// Appends `value` as one line of JSON that is safe inside a `<script>`
/// element: every `<` becomes `\u003c`, so no `</script>` or `<!--` in a
/// document can end the block. (`<` only ever occurs inside JSON strings.)
fn push_line<T: Serialize>(out: &mut Vec<u8>, value: &T) {
    let json = serde_json::to_vec(value).expect("report data always serializes");
    let mut rest = json.as_slice();
    while let Some(at) = rest.iter().position(|&b| b == b'<') {
        out.extend_from_slice(&rest[..at]);
        out.extend_from_slice(b"\\u003c");
        rest = &rest[at + 1..];
    }
    out.extend_from_slice(rest);
    out.push(b'\n');
}

/// Streams the review page to a file: [`create`](ReportWriter::create), then
/// [`add`](ReportWriter::add) (or [`write`](ReportWriter::write)) per input in
/// the order the page should list them, then [`finish`](ReportWriter::finish).
/// Dropped without `finish`, it removes its temporary file.
pub struct ReportWriter {
    out: Option<BufWriter<File>>,
    temp: PathBuf,
    target: PathBuf,
    files: usize,
}

impl ReportWriter {
    /// Starts the page at a temporary name beside `path`.
    pub fn create(path: impl AsRef<Path>) -> io::Result<ReportWriter> {
        let target = path.as_ref().to_path_buf();
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?;
        let temp = target.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
        let mut out = BufWriter::with_capacity(1 << 16, File::create(&temp)?);
        let (head, _) = PAGE
            .split_once(DOCS)
            .expect("the page template has {{DOCS}}");
        let fields: Vec<serde_json::Value> = KEY_FIELDS
            .iter()
            .map(|f| {
                serde_json::json!({"key": f.key, "label": f.label, "zh": f.zh, "pointer": f.pointer})
            })
            .collect();
        let mut fields_json = Vec::new();
        push_line(&mut fields_json, &fields);
        fields_json.pop();
        let head = head
            .replace("{{GENERATOR}}", &generator())
            .replace("{{STYLE}}", STYLE)
            .replace(
                "{{FIELDS}}",
                std::str::from_utf8(&fields_json).unwrap_or("[]"),
            );
        let mut writer = ReportWriter {
            out: None,
            temp,
            target,
            files: 0,
        };
        // From here on, a failure removes the temporary file (Drop).
        let written = out.write_all(head.as_bytes());
        writer.out = Some(out);
        written?;
        Ok(writer)
    }

    /// Adds one input: its records, or the reason it failed.
    pub fn add(&mut self, path: &str, outcome: Result<&Parsed, &str>) -> io::Result<()> {
        self.write(&Entry::new(path, outcome))
    }

    /// Writes an input serialized earlier (perhaps on another thread).
    pub fn write(&mut self, entry: &Entry) -> io::Result<()> {
        self.files += 1;
        self.out()?.write_all(&entry.bytes)
    }

    /// Closes the page and moves it to its name.
    pub fn finish(mut self) -> io::Result<()> {
        let (_, tail) = PAGE
            .split_once(DOCS)
            .expect("the page template has {{DOCS}}");
        let generated = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let mut meta = Vec::new();
        push_line(
            &mut meta,
            &serde_json::json!({"generator": generator(), "generated": generated, "files": self.files}),
        );
        meta.pop();
        let tail = tail
            .replace("{{META}}", std::str::from_utf8(&meta).unwrap_or("{}"))
            .replace("{{SCRIPT}}", SCRIPT);
        let out = self.out()?;
        out.write_all(tail.as_bytes())?;
        out.flush()?;
        let file = self.out.take().expect("checked above").into_inner()?;
        file.sync_all()?;
        drop(file);
        fs::rename(&self.temp, &self.target)
    }

    fn out(&mut self) -> io::Result<&mut BufWriter<File>> {
        self.out
            .as_mut()
            .ok_or_else(|| io::Error::other("the report was already finished"))
    }
}

impl Drop for ReportWriter {
    fn drop(&mut self) {
        if self.out.take().is_some() {
            let _ = fs::remove_file(&self.temp);
        }
    }
}

fn generator() -> String {
    format!("jdparse {}", env!("CARGO_PKG_VERSION"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_escape_every_angle_bracket_in_embedded_json() {
        let mut out = Vec::new();
        push_line(&mut out, &["</script><!--", "a<b"]);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "[\"\\u003c/script>\\u003c!--\",\"a\\u003cb\"]\n"
        );
    }

    #[test]
    fn should_fit_the_coverage_mask_in_32_bits() {
        assert!(KEY_FIELDS.len() <= 32);
    }

    #[test]
    fn should_keep_the_inlined_assets_from_closing_their_elements() {
        assert!(!SCRIPT.to_ascii_lowercase().contains("</script"));
        assert!(!STYLE.to_ascii_lowercase().contains("</style"));
    }

    #[test]
    fn should_cut_the_template_once_around_the_documents() {
        assert_eq!(PAGE.matches(DOCS).count(), 1);
        for slot in [
            "{{GENERATOR}}",
            "{{STYLE}}",
            "{{FIELDS}}",
            "{{META}}",
            "{{SCRIPT}}",
        ] {
            assert_eq!(PAGE.matches(slot).count(), 1, "{slot}");
        }
    }
}
