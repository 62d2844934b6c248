//! CSV for spreadsheets: one header row, one row per record, the flat fields users
//! filter on, and one row per input that failed, with its error. UTF-8 with a BOM
//! by default (so spreadsheet programs open Chinese correctly; other readers should
//! open it as `utf-8-sig`, or the writer leaves the BOM out); lists joined with `;`;
//! duties and requirements as text, one item a line inside the quoted cell.

use std::io::{self, Write};

use crate::emit::{duty_lines, enum_name, requirement_lines};
use crate::model::{EducationLevel, Record};

/// The header row.
pub const HEADER: &[&str] = &[
    "source_path",
    "record_index",
    "title",
    "position_title",
    "department",
    "code",
    "superiors",
    "subordinates",
    "education_level",
    "education_or_above",
    "min_years",
    "headcount",
    "location",
    "salary_min",
    "salary_max",
    "salary_period",
    "responsibilities",
    "requirements",
    "organization",
    "posted_on",
    "valid_through",
    "employment_type",
    "salary_currency",
    "error",
];

/// The index of a column in [`HEADER`].
pub fn column(name: &str) -> Option<usize> {
    HEADER.iter().position(|h| *h == name)
}

/// Writes records as CSV rows, after the BOM (unless left out) and the header row.
pub struct CsvWriter<W: Write> {
    inner: csv::Writer<W>,
}

impl<W: Write> CsvWriter<W> {
    /// A writer for spreadsheets: the BOM, then the header row.
    pub fn new(out: W) -> io::Result<CsvWriter<W>> {
        CsvWriter::with_bom(out, true)
    }

    /// A writer for other programs: the header row, no BOM (`--no-bom`).
    pub fn without_bom(out: W) -> io::Result<CsvWriter<W>> {
        CsvWriter::with_bom(out, false)
    }

    fn with_bom(mut out: W, bom: bool) -> io::Result<CsvWriter<W>> {
        if bom {
            out.write_all("\u{feff}".as_bytes())?;
        }
        let mut inner = csv::Writer::from_writer(out);
        inner.write_record(HEADER).map_err(to_io)?;
        Ok(CsvWriter { inner })
    }

    pub fn record(&mut self, r: &Record) -> io::Result<()> {
        self.inner.write_record(row(r)).map_err(to_io)
    }

    /// A row for an input that gave no record because it failed: its path and the
    /// error, every other cell empty.
    pub fn failure(&mut self, path: &str, error: &str) -> io::Result<()> {
        self.inner
            .write_record(failure_row(path, error))
            .map_err(to_io)
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// The cells of a failed input's row, in [`HEADER`] order.
pub fn failure_row(path: &str, error: &str) -> Vec<String> {
    let mut cells = vec![String::new(); HEADER.len()];
    cells[0] = path.to_string();
    cells[HEADER.len() - 1] = error.to_string();
    cells
}

/// Keeps an I/O error an I/O error (a closed pipe must stay recognizable).
fn to_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

fn num(v: Option<f64>) -> String {
    v.map(|n| {
        if n.fract() == 0.0 {
            format!("{n:.0}")
        } else {
            n.to_string()
        }
    })
    .unwrap_or_default()
}

fn level_name(level: EducationLevel) -> &'static str {
    match level {
        EducationLevel::JuniorHigh => "junior_high",
        EducationLevel::HighSchool => "high_school",
        EducationLevel::Vocational => "vocational",
        EducationLevel::Associate => "associate",
        EducationLevel::Bachelor => "bachelor",
        EducationLevel::Master => "master",
        EducationLevel::Doctorate => "doctorate",
    }
}

/// One record's cells, in [`HEADER`] order.
pub fn row(r: &Record) -> Vec<String> {
    let edu = r.qualifications.education.as_ref();
    let salary = r.position.salary.as_ref();
    vec![
        r.source.path.clone().unwrap_or_default(),
        r.source.index.to_string(),
        r.title.clone().unwrap_or_default(),
        r.position.title.clone().unwrap_or_default(),
        r.position.department.clone().unwrap_or_default(),
        r.position.code.clone().unwrap_or_default(),
        r.reporting.superiors.join(";"),
        r.reporting.subordinates.join(";"),
        edu.and_then(|e| e.level)
            .map(level_name)
            .unwrap_or_default()
            .to_string(),
        edu.map(|e| e.or_above.to_string()).unwrap_or_default(),
        num(r
            .qualifications
            .experience
            .as_ref()
            .and_then(|e| e.min_years)),
        r.position
            .headcount
            .map(|h| h.to_string())
            .unwrap_or_default(),
        r.position.location.clone().unwrap_or_default(),
        num(salary.and_then(|s| s.min)),
        num(salary.and_then(|s| s.max)),
        salary
            .and_then(|s| s.period)
            .and_then(|p| enum_name(&p))
            .unwrap_or_default(),
        duty_lines(r).join("\n"),
        requirement_lines(r).join("\n"),
        r.position.organization.clone().unwrap_or_default(),
        r.position.posted_on.clone().unwrap_or_default(),
        r.position.valid_through.clone().unwrap_or_default(),
        r.position
            .employment_type
            .and_then(|t| enum_name(&t))
            .unwrap_or_default(),
        salary
            .and_then(|s| s.currency)
            .map(|c| c.code().to_string())
            .unwrap_or_default(),
        String::new(),
    ]
}
