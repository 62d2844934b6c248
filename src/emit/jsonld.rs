//! schema.org `JobPosting` (JSON-LD) from a record, through typed structs.
//!
//! Only `JobPosting` properties are used; what schema.org has no property for
//! (直接上级, 直接下级, 工作关系, 衡量标准…) goes under `jdparse:`-prefixed keys, with
//! the prefix declared in `@context`. [`missing_required`] names the properties
//! search engines require of a posting that a record cannot give.

use serde::Serialize;

use crate::emit::{duty_lines, requirement_lines};
use crate::extract::posting;
use crate::model::{
    Conditions, EducationLevel, EmploymentType, Objective, Period, Qualifications, Record, Salary,
    SectionKey,
};
use crate::normalize::fold;

/// The namespace behind the `jdparse:` prefix.
pub const NAMESPACE: &str = "urn:jdparse:vocab:";

#[derive(Debug, Serialize)]
pub struct JobPosting {
    #[serde(rename = "@context")]
    pub context: (&'static str, Prefixes),
    #[serde(rename = "@type")]
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(rename = "hiringOrganization", skip_serializing_if = "Option::is_none")]
    pub hiring_organization: Option<Organization>,
    #[serde(rename = "employmentUnit", skip_serializing_if = "Option::is_none")]
    pub employment_unit: Option<Organization>,
    #[serde(rename = "datePosted", skip_serializing_if = "Option::is_none")]
    pub date_posted: Option<String>,
    #[serde(rename = "validThrough", skip_serializing_if = "Option::is_none")]
    pub valid_through: Option<String>,
    #[serde(rename = "employmentType", skip_serializing_if = "Option::is_none")]
    pub employment_type: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub responsibilities: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub qualifications: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<String>,
    #[serde(
        rename = "educationRequirements",
        skip_serializing_if = "Option::is_none"
    )]
    pub education_requirements: Option<Credential>,
    #[serde(
        rename = "experienceRequirements",
        skip_serializing_if = "Option::is_none"
    )]
    pub experience_requirements: Option<ExperienceRequirements>,
    #[serde(rename = "totalJobOpenings", skip_serializing_if = "Option::is_none")]
    pub total_job_openings: Option<u32>,
    #[serde(rename = "jobLocation", skip_serializing_if = "Option::is_none")]
    pub job_location: Option<Place>,
    #[serde(rename = "baseSalary", skip_serializing_if = "Option::is_none")]
    pub base_salary: Option<MonetaryAmount>,
    #[serde(rename = "jobBenefits", skip_serializing_if = "Vec::is_empty")]
    pub job_benefits: Vec<String>,
    #[serde(rename = "workHours", skip_serializing_if = "Option::is_none")]
    pub work_hours: Option<String>,
    #[serde(
        rename = "physicalRequirement",
        skip_serializing_if = "Option::is_none"
    )]
    pub physical_requirement: Option<String>,
    #[serde(rename = "jdparse:superiors", skip_serializing_if = "Vec::is_empty")]
    pub superiors: Vec<String>,
    #[serde(rename = "jdparse:subordinates", skip_serializing_if = "Vec::is_empty")]
    pub subordinates: Vec<String>,
    #[serde(
        rename = "jdparse:internalRelations",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub internal: Vec<String>,
    #[serde(
        rename = "jdparse:externalRelations",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub external: Vec<String>,
    #[serde(rename = "jdparse:measures", skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<String>,
    #[serde(rename = "jdparse:source", skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The prefixes declared next to the schema.org context.
#[derive(Debug, Serialize)]
pub struct Prefixes {
    pub jdparse: &'static str,
}

#[derive(Debug, Serialize)]
pub struct Organization {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    pub name: String,
}

#[derive(Debug, Serialize)]
pub struct Credential {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    #[serde(rename = "credentialCategory", skip_serializing_if = "Option::is_none")]
    pub credential_category: Option<&'static str>,
    #[serde(rename = "educationalLevel")]
    pub educational_level: String,
}

#[derive(Debug, Serialize)]
pub struct ExperienceRequirements {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    #[serde(rename = "monthsOfExperience", skip_serializing_if = "Option::is_none")]
    pub months_of_experience: Option<f64>,
    pub description: String,
}

#[derive(Debug, Serialize)]
pub struct Place {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    pub address: PostalAddress,
}

#[derive(Debug, Serialize)]
pub struct PostalAddress {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    /// The location as written.
    #[serde(rename = "addressLocality", skip_serializing_if = "Option::is_none")]
    pub address_locality: Option<String>,
    /// `CN`, `HK` or `TW`, when the text makes it evident.
    #[serde(rename = "addressCountry", skip_serializing_if = "Option::is_none")]
    pub address_country: Option<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct MonetaryAmount {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<&'static str>,
    pub value: QuantitativeValue,
}

#[derive(Debug, Serialize)]
pub struct QuantitativeValue {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    #[serde(rename = "minValue", skip_serializing_if = "Option::is_none")]
    pub min_value: Option<f64>,
    #[serde(rename = "maxValue", skip_serializing_if = "Option::is_none")]
    pub max_value: Option<f64>,
    #[serde(rename = "unitText", skip_serializing_if = "Option::is_none")]
    pub unit_text: Option<&'static str>,
    pub description: String,
}

/// schema.org's `credentialCategory` for a level; 初中 has none (its wording stays in
/// `educationalLevel`).
pub fn credential_category(level: EducationLevel) -> Option<&'static str> {
    match level {
        EducationLevel::JuniorHigh => None,
        EducationLevel::HighSchool | EducationLevel::Vocational => Some("high school"),
        EducationLevel::Associate => Some("associate degree"),
        EducationLevel::Bachelor => Some("bachelor degree"),
        EducationLevel::Master | EducationLevel::Doctorate => Some("postgraduate degree"),
    }
}

/// The properties search engines require of a `JobPosting`.
pub const REQUIRED: &[&str] = &[
    "title",
    "description",
    "datePosted",
    "hiringOrganization",
    "jobLocation",
];

/// The [`REQUIRED`] properties a posting lacks, in that order.
pub fn missing_required(p: &JobPosting) -> Vec<&'static str> {
    let present = [
        p.title.is_some(),
        p.description.is_some(),
        p.date_posted.is_some(),
        p.hiring_organization.is_some(),
        p.job_location.is_some(),
    ];
    REQUIRED
        .iter()
        .zip(present)
        .filter(|(_, here)| !here)
        .map(|(name, _)| *name)
        .collect()
}

/// schema.org's `employmentType` value.
pub fn employment_type(t: EmploymentType) -> &'static str {
    match t {
        EmploymentType::FullTime => "FULL_TIME",
        EmploymentType::PartTime => "PART_TIME",
        EmploymentType::Intern => "INTERN",
        EmploymentType::Temporary => "TEMPORARY",
        EmploymentType::Contract => "CONTRACTOR",
    }
}

/// The country the record's text makes evident (currency, place names,
/// vocabulary only Hong Kong or Taiwan use): `CN`, `HK`, `TW`.
pub fn country(r: &Record) -> Option<&'static str> {
    let views = r
        .title
        .iter()
        .chain(r.position.location.iter())
        .chain(r.position.salary.iter().map(|s| &s.raw))
        .chain(
            r.sections
                .iter()
                .flat_map(|s| s.heading.iter().chain([&s.text])),
        )
        .map(|t| fold(t));
    posting::region(views).map(crate::lexicon::Region::country_code)
}

/// The full text of a posting: the summary, then the duties (numbered), then the
/// requirements, each under the record's own heading for it; none when the
/// record has none of the three.
pub fn description(r: &Record) -> Option<String> {
    let traditional = is_traditional(r);
    let heading = |key: SectionKey, simplified: &str, trad: &str| {
        r.sections
            .iter()
            .filter(|s| s.key == key)
            .find_map(|s| s.heading.as_deref())
            .map(|h| h.trim().trim_end_matches([':', '：']).trim().to_string())
            .filter(|h| !h.is_empty())
            .unwrap_or_else(|| (if traditional { trad } else { simplified }).to_string())
    };
    let mut parts: Vec<String> = Vec::new();
    parts.extend(r.summary.clone());
    let duties = duty_lines(r);
    if !duties.is_empty() {
        let mut text = heading(SectionKey::Responsibilities, "岗位职责", "崗位職責");
        text.push('：');
        for (i, d) in duties.iter().enumerate() {
            text.push_str(&format!("\n{}. {d}", i + 1));
        }
        parts.push(text);
    }
    let requirements = requirement_lines(r);
    if !requirements.is_empty() {
        let mut text = heading(SectionKey::Qualifications, "任职要求", "任職要求");
        text.push('：');
        for line in &requirements {
            text.push('\n');
            text.push_str(line);
        }
        parts.push(text);
    }
    (!parts.is_empty()).then(|| parts.join("\n\n"))
}

/// Is the record written in traditional script? (Its title and first section are
/// enough to tell.)
fn is_traditional(r: &Record) -> bool {
    let sample: String = r
        .title
        .iter()
        .chain(r.sections.first().map(|s| &s.text))
        .flat_map(|t| t.chars())
        .filter(|&c| crate::normalize::is_ideograph(c))
        .take(200)
        .collect();
    fast2s::convert(&sample) != sample
}

/// Builds the `JobPosting` of a record.
pub fn job_posting(r: &Record) -> JobPosting {
    let q = &r.qualifications;
    JobPosting {
        context: ("https://schema.org", Prefixes { jdparse: NAMESPACE }),
        kind: "JobPosting",
        title: r.position.title.clone().or_else(|| r.title.clone()),
        identifier: r.position.code.clone(),
        hiring_organization: r.position.organization.clone().map(|name| Organization {
            kind: "Organization",
            name,
        }),
        employment_unit: r.position.department.clone().map(|name| Organization {
            kind: "Organization",
            name,
        }),
        date_posted: r.position.posted_on.clone().filter(|d| is_iso_date(d)),
        valid_through: r.position.valid_through.clone().filter(|d| is_iso_date(d)),
        employment_type: r.position.employment_type.map(employment_type),
        description: description(r),
        responsibilities: duty_lines(r),
        qualifications: qualification_lines(q),
        skills: skills(q),
        education_requirements: q.education.as_ref().map(|e| Credential {
            kind: "EducationalOccupationalCredential",
            credential_category: e.level.and_then(credential_category),
            educational_level: e.raw.clone(),
        }),
        experience_requirements: q.experience.as_ref().map(|e| ExperienceRequirements {
            kind: "OccupationalExperienceRequirements",
            months_of_experience: e.min_years.map(|y| y * 12.0),
            description: e.raw.clone(),
        }),
        total_job_openings: r.position.headcount,
        job_location: place(r.position.location.clone(), country(r)),
        base_salary: r.position.salary.as_ref().map(base_salary),
        job_benefits: r.benefits.clone(),
        work_hours: work_hours(&r.conditions),
        physical_requirement: q.physical.clone(),
        superiors: r.reporting.superiors.clone(),
        subordinates: r.reporting.subordinates.clone(),
        internal: r.collaboration.internal.clone(),
        external: r.collaboration.external.clone(),
        measures: measures(&r.objectives),
        source: r.source.path.clone(),
    }
}

/// `qualifications`: the certificates (in 《》), then the other requirements, then the traits.
fn qualification_lines(q: &Qualifications) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    lines.extend(q.certificates.iter().map(|c| format!("《{c}》")));
    lines.extend(q.other.iter().cloned());
    lines.extend(q.traits.iter().cloned());
    lines
}

/// `skills`: the skills, then the languages.
fn skills(q: &Qualifications) -> Vec<String> {
    let mut skills = q.skills.clone();
    skills.extend(q.languages.iter().cloned());
    skills
}

/// `workHours`: the hours as written, else the days a week.
fn work_hours(c: &Conditions) -> Option<String> {
    match (&c.hours, c.days_per_week) {
        (Some(h), _) => Some(h.clone()),
        (None, Some(d)) => Some(format!("每周{d}天")),
        _ => None,
    }
}

/// `baseSalary`: the range, currency and period of a salary, with its wording.
fn base_salary(s: &Salary) -> MonetaryAmount {
    MonetaryAmount {
        kind: "MonetaryAmount",
        currency: s.currency.map(|c| c.code()),
        value: QuantitativeValue {
            kind: "QuantitativeValue",
            min_value: s.min,
            max_value: s.max,
            unit_text: s.period.map(|p| match p {
                Period::Month => "MONTH",
                Period::Year => "YEAR",
                Period::Day => "DAY",
                Period::Hour => "HOUR",
            }),
            description: s.raw.clone(),
        },
    }
}

/// `jdparse:measures`: each objective as `goal — measure`, or whichever half it has.
fn measures(objectives: &[Objective]) -> Vec<String> {
    objectives
        .iter()
        .filter_map(|o| match (&o.goal, &o.measure) {
            (Some(g), Some(m)) => Some(format!("{g} — {m}")),
            (None, Some(m)) => Some(m.clone()),
            (Some(g), None) => Some(g.clone()),
            (None, None) => None,
        })
        .collect()
}

/// A `Place` with the location as written and the country, when either is known.
fn place(locality: Option<String>, country: Option<&'static str>) -> Option<Place> {
    (locality.is_some() || country.is_some()).then_some(Place {
        kind: "Place",
        address: PostalAddress {
            kind: "PostalAddress",
            address_locality: locality,
            address_country: country,
        },
    })
}

/// `2024-05-01`: what schema.org's `Date` takes; a date kept as written is left out.
fn is_iso_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}
