//! The ecosystem formats over the whole corpus: JSON-LD and CSV.

use jdparse::emit::{csv as jcsv, jsonld};
use jdparse::model::{Currency, EmploymentType};
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
        let duties = &row[jcsv::column("responsibilities").unwrap()];
        assert_eq!(
            duties.lines().count(),
            jdparse::emit::duty_lines(record).len(),
            "{name}: the duties column should hold one duty a line"
        );
        assert!(row[jcsv::column("error").unwrap()].is_empty());
    }
}

#[test]
fn should_write_duties_and_requirements_as_text_inside_quoted_cells() {
    let all = records();
    let (_, record) = all
        .iter()
        .find(|(name, _)| name == "postings/full_posting.txt")
        .expect("the full posting is in the corpus");
    let mut buf = Vec::new();
    {
        let mut w = jcsv::CsvWriter::without_bom(&mut buf).unwrap();
        w.record(record).unwrap();
        w.flush().unwrap();
    }
    let mut reader = csv::Reader::from_reader(&buf[..]);
    let row = reader.records().next().unwrap().unwrap();
    let cell = |name: &str| row[jcsv::column(name).unwrap()].to_string();
    assert_eq!(
        cell("responsibilities"),
        "全面负责项目的物业服务管理工作;\n组织编制项目年度经营计划和预算,控制成本;\n\
         处理重大客户投诉,维护与业主委员会的关系。",
        "should join the duties with newlines"
    );
    assert_eq!(cell("requirements").lines().count(), 3);
    assert!(cell("requirements").starts_with("1、本科及以上学历"));
    assert_eq!(cell("organization"), "示例物业服务有限公司");
    assert_eq!(cell("posted_on"), "2024-05-01");
    assert_eq!(cell("valid_through"), "2024-06-30");
    assert_eq!(cell("employment_type"), "full_time");
    assert_eq!(cell("salary_currency"), "CNY");
}

#[test]
fn should_leave_the_bom_out_when_asked_and_write_a_row_for_a_failed_file() {
    let mut buf = Vec::new();
    {
        let mut w = jcsv::CsvWriter::without_bom(&mut buf).unwrap();
        w.failure("archive/scan.pdf", "a PDF document is not supported")
            .unwrap();
        w.flush().unwrap();
    }
    assert!(
        buf.starts_with(b"source_path,"),
        "should start with the header"
    );
    let mut reader = csv::Reader::from_reader(&buf[..]);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 1, "should write one row for the failed file");
    assert_eq!(&rows[0][0], "archive/scan.pdf");
    assert_eq!(
        &rows[0][jcsv::column("error").unwrap()],
        "a PDF document is not supported"
    );
    assert!(
        rows[0]
            .iter()
            .skip(1)
            .take(jcsv::HEADER.len() - 2)
            .all(str::is_empty),
        "should leave every other cell empty"
    );
}

fn posting_of(name: &str) -> (Record, serde_json::Value) {
    let (_, record) = records()
        .into_iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("{name} is in the corpus"));
    let value = serde_json::to_value(jsonld::job_posting(&record)).unwrap();
    (record, value)
}

#[test]
fn should_carry_the_currency_and_country_of_hong_kong_and_taiwan_postings() {
    for (name, currency, country) in [
        ("traditional/hk_posting.txt", "HKD", "HK"),
        ("traditional/hk_full_posting.txt", "HKD", "HK"),
        ("traditional/tw_posting.txt", "TWD", "TW"),
        ("traditional/tw_contract_posting.txt", "TWD", "TW"),
        ("postings/full_posting.txt", "CNY", "CN"),
        ("postings/security_guard.txt", "CNY", "CN"),
    ] {
        let (_, value) = posting_of(name);
        assert_eq!(
            value["baseSalary"]["currency"], currency,
            "{name} should be paid in {currency}"
        );
        assert_eq!(
            value["jobLocation"]["address"]["addressCountry"], country,
            "{name} should be in {country}"
        );
        assert_eq!(value["jobLocation"]["@type"], "Place");
        assert_eq!(value["jobLocation"]["address"]["@type"], "PostalAddress");
    }
}

#[test]
fn should_map_the_posting_fields_in_both_scripts() {
    for (name, org, posted, through, kind) in [
        (
            "postings/full_posting.txt",
            "示例物业服务有限公司",
            "2024-05-01",
            Some("2024-06-30"),
            "FULL_TIME",
        ),
        (
            "postings/part_time_posting.txt",
            "示例酒店管理有限公司",
            "2024-05-10",
            None,
            "PART_TIME",
        ),
        (
            "traditional/hk_full_posting.txt",
            "示例物業管理有限公司",
            "2024-05-03",
            Some("2024-05-31"),
            "FULL_TIME",
        ),
        (
            "traditional/tw_contract_posting.txt",
            "示例科技股份有限公司",
            "2024-05-06",
            Some("2024-06-30"),
            "CONTRACTOR",
        ),
    ] {
        let (record, value) = posting_of(name);
        assert_eq!(value["hiringOrganization"]["@type"], "Organization");
        assert_eq!(value["hiringOrganization"]["name"], org, "{name}");
        assert_eq!(value["datePosted"], posted, "{name}");
        assert_eq!(value["validThrough"].as_str(), through, "{name}");
        assert_eq!(value["employmentType"], kind, "{name}");
        assert!(
            jsonld::missing_required(&jsonld::job_posting(&record)).is_empty(),
            "{name} should have every property search engines require"
        );
    }
    let (record, _) = posting_of("postings/part_time_posting.txt");
    assert_eq!(
        record.position.valid_through.as_deref(),
        Some("2024年5月"),
        "an incomplete date should stay as written in the record"
    );
    assert_eq!(
        record.position.employment_type,
        Some(EmploymentType::PartTime)
    );
}

#[test]
fn should_give_every_record_with_a_summary_duties_or_requirements_a_description() {
    for (name, record) in records() {
        let posting = jsonld::job_posting(&record);
        let has_content = record.summary.is_some()
            || !jdparse::emit::duty_lines(&record).is_empty()
            || !jdparse::emit::requirement_lines(&record).is_empty();
        assert_eq!(
            posting.description.is_some(),
            has_content,
            "{name}: a description exactly when there is something to describe"
        );
        if let Some(summary) = &record.summary {
            assert!(
                posting
                    .description
                    .as_ref()
                    .unwrap()
                    .starts_with(summary.as_str())
            );
        }
        let missing = jsonld::missing_required(&posting);
        assert_eq!(
            missing.contains(&"datePosted"),
            posting.date_posted.is_none(),
            "{name}"
        );
    }
}

#[test]
fn should_say_no_currency_when_nothing_names_one() {
    let text = "保安员招聘\n薪资:6-8K\n岗位职责:\n1、负责巡逻;\n";
    let parsed = jdparse::parse(text.as_bytes(), &Options::default()).unwrap();
    let salary = parsed.records[0].position.salary.clone().unwrap();
    assert_eq!(salary.currency, None);
    let value = serde_json::to_value(jsonld::job_posting(&parsed.records[0])).unwrap();
    assert!(value["baseSalary"].get("currency").is_none());
    let text = "保安员招聘\n薪资:6000元/月\n岗位职责:\n1、负责巡逻;\n";
    let parsed = jdparse::parse(text.as_bytes(), &Options::default()).unwrap();
    assert_eq!(
        parsed.records[0].position.salary.as_ref().unwrap().currency,
        Some(Currency::Cny),
        "a bare 元 with no other evidence should be CNY"
    );
}
