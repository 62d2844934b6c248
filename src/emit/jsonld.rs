//! schema.org `JobPosting` (JSON-LD) from a record, through typed structs.
//!
//! Only `JobPosting` properties are used; what schema.org has no property for
//! (直接上级, 直接下级, 工作关系, 衡量标准…) goes under `jdparse:`-prefixed keys, with
//! the prefix declared in `@context`.

use serde::Serialize;

use crate::model::{EducationLevel, Period, Record};

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
    #[serde(rename = "employmentUnit", skip_serializing_if = "Option::is_none")]
    pub employment_unit: Option<Organization>,
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
    pub address: String,
}

#[derive(Debug, Serialize)]
pub struct MonetaryAmount {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    pub currency: &'static str,
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

/// Builds the `JobPosting` of a record.
pub fn job_posting(r: &Record) -> JobPosting {
    let q = &r.qualifications;
    let mut qualifications: Vec<String> = Vec::new();
    qualifications.extend(q.certificates.iter().map(|c| format!("《{c}》")));
    qualifications.extend(q.other.iter().cloned());
    qualifications.extend(q.traits.iter().cloned());
    let mut skills = q.skills.clone();
    skills.extend(q.languages.iter().cloned());
    let hours = match (&r.conditions.hours, r.conditions.days_per_week) {
        (Some(h), _) => Some(h.clone()),
        (None, Some(d)) => Some(format!("每周{d}天")),
        _ => None,
    };
    JobPosting {
        context: ("https://schema.org", Prefixes { jdparse: NAMESPACE }),
        kind: "JobPosting",
        title: r.position.title.clone().or_else(|| r.title.clone()),
        identifier: r.position.code.clone(),
        employment_unit: r.position.department.clone().map(|name| Organization {
            kind: "Organization",
            name,
        }),
        description: r.summary.clone(),
        responsibilities: r
            .responsibilities
            .iter()
            .map(|d| {
                let mut parts: Vec<&str> = Vec::new();
                parts.extend(d.name.as_deref());
                parts.extend(d.description.as_deref());
                let mut text = parts.join(":");
                if !d.subitems.is_empty() {
                    text.push_str(&format!("({})", d.subitems.join(";")));
                }
                text
            })
            .filter(|t| !t.is_empty())
            .collect(),
        qualifications,
        skills,
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
        job_location: r.position.location.clone().map(|address| Place {
            kind: "Place",
            address,
        }),
        base_salary: r.position.salary.as_ref().map(|s| MonetaryAmount {
            kind: "MonetaryAmount",
            currency: "CNY",
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
        }),
        job_benefits: r.benefits.clone(),
        work_hours: hours,
        physical_requirement: q.physical.clone(),
        superiors: r.reporting.superiors.clone(),
        subordinates: r.reporting.subordinates.clone(),
        internal: r.collaboration.internal.clone(),
        external: r.collaboration.external.clone(),
        measures: r
            .objectives
            .iter()
            .filter_map(|o| match (&o.goal, &o.measure) {
                (Some(g), Some(m)) => Some(format!("{g} — {m}")),
                (None, Some(m)) => Some(m.clone()),
                (Some(g), None) => Some(g.clone()),
                (None, None) => None,
            })
            .collect(),
        source: r.source.path.clone(),
    }
}
