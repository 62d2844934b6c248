//! CSV for spreadsheets: one header row, one row per record, the flat fields users
//! filter on. UTF-8 with a BOM (so spreadsheet programs open Chinese correctly);
//! lists joined with `;`.

use std::io::{self, Write};

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
];

/// Writes records as CSV rows; `header` writes the BOM and the header row first.
pub struct CsvWriter<W: Write> {
    inner: csv::Writer<W>,
}

impl<W: Write> CsvWriter<W> {
    pub fn new(mut out: W) -> io::Result<CsvWriter<W>> {
        out.write_all("\u{feff}".as_bytes())?;
        let mut inner = csv::Writer::from_writer(out);
        inner.write_record(HEADER).map_err(to_io)?;
        Ok(CsvWriter { inner })
    }

    pub fn record(&mut self, r: &Record) -> io::Result<()> {
        self.inner.write_record(row(r)).map_err(to_io)
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
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
            .map(|p| {
                serde_json::to_value(p)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default()
            })
            .unwrap_or_default(),
        r.responsibilities.len().to_string(),
    ]
}
