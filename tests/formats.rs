//! The ecosystem formats over the whole corpus: JSON-LD and CSV.

use jdparse::emit::{csv as jcsv, jsonld};
use jdparse::{Options, Record};

use crate::util::{corpus_files, corpus_name};

/// schema.org `JobPosting` properties (and those it inherits from `Thing`/`Intangible`).
const JOB_POSTING: &[&str] = &[
    "@context",
    "@type",
    "title",
    "identifier",
    "employmentUnit",
    "description",
    "responsibilities",
    "qualifications",
    "skills",
    "educationRequirements",
    "experienceRequirements",
    "totalJobOpenings",
    "jobLocation",
    "baseSalary",
    "jobBenefits",
    "workHours",
    "physicalRequirement",
    "hiringOrganization",
    "datePosted",
    "validThrough",
    "employmentType",
    "occupationalCategory",
    "industry",
    "name",
    "url",
    "incentiveCompensation",
    "salaryCurrency",
    "specialCommitments",
    "jobStartDate",
    "applicantLocationRequirements",
];

fn records() -> Vec<(String, Record)> {
    let mut out = Vec::new();
    for path in corpus_files() {
        let bytes = std::fs::read(&path).unwrap();
        let options = Options {
            path: Some(corpus_name(&path)),
            ..Options::default()
        };
        for r in jdparse::parse(&bytes, &options).unwrap().records {
            out.push((corpus_name(&path), r));
        }
    }
    out
}

#[test]
fn should_emit_only_job_posting_properties_or_prefixed_extensions() {
    for (name, record) in records() {
        let value = serde_json::to_value(jsonld::job_posting(&record)).unwrap();
        let object = value.as_object().unwrap();
        assert_eq!(object["@type"], "JobPosting");
        assert_eq!(object["@context"][0], "https://schema.org");
        assert_eq!(object["@context"][1]["jdparse"], jsonld::NAMESPACE);
        for key in object.keys() {
            assert!(
                JOB_POSTING.contains(&key.as_str()) || key.starts_with("jdparse:"),
                "{name}: `{key}` is neither a JobPosting property nor a jdparse: extension"
            );
        }
    }
}

#[test]
fn should_carry_education_and_experience_over_to_json_ld() {
    for (name, record) in records() {
        let value = serde_json::to_value(jsonld::job_posting(&record)).unwrap();
        let q = &record.qualifications;
        let category = q
            .education
            .as_ref()
            .and_then(|e| e.level)
            .and_then(jsonld::credential_category);
        assert_eq!(
            value["educationRequirements"]["credentialCategory"].as_str(),
            category,
            "{name}: credentialCategory"
        );
        let months = q
            .experience
            .as_ref()
            .and_then(|e| e.min_years)
            .map(|y| y * 12.0);
        assert_eq!(
            value["experienceRequirements"]["monthsOfExperience"].as_f64(),
            months,
            "{name}: months"
        );
        if let Some(e) = &q.education {
            assert_eq!(
                value["educationRequirements"]["educationalLevel"],
                e.raw.as_str()
            );
        }
    }
}

#[test]
fn should_write_csv_that_round_trips_through_a_reader() {
    let all = records();
    let mut buf = Vec::new();
    {
        let mut w = jcsv::CsvWriter::new(&mut buf).unwrap();
        for (_, r) in &all {
            w.record(r).unwrap();
        }
        w.flush().unwrap();
    }
    assert!(
        buf.starts_with("\u{feff}".as_bytes()),
        "a BOM for spreadsheets"
    );
    let mut reader = csv::Reader::from_reader(&buf[3..]);
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header, jcsv::HEADER);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), all.len(), "one row per record");
    for (row, (name, record)) in rows.iter().zip(&all) {
        let cells: Vec<String> = row.iter().map(str::to_string).collect();
        assert_eq!(cells, jcsv::row(record), "{name}");
        assert_eq!(row[2], *record.title.as_deref().unwrap_or(""));
        assert_eq!(row[16], record.responsibilities.len().to_string());
    }
}
