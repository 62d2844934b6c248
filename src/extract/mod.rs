//! extract: sections and fields into a [`Record`], one module per field family.
//!
//! Fields found anywhere in the document feed the scalar facts (position,
//! reporting, conditions, career, sign-off); each section kind has its own
//! extractor for the structured lists (duties, qualifications, objectives,
//! pitfalls, benefits, authority).

pub mod conditions;
pub mod duties;
pub mod education;
pub mod experience;
pub mod lists;
pub mod numbers;
pub mod objectives;
pub mod qualifications;
pub mod salary;
pub mod targets;

use lists::split_list;

use crate::lexicon::{FieldKey, TEMPLATES, is_none_value};
use crate::model::{
    self, Career, Collaboration, Conditions, Position, Record, Reporting, SectionKey, Signoff,
};
use crate::normalize::{Line, clean_value, fold};
use crate::outline::{Field, Node, Section};
use crate::split::Doc;

/// Title endings that name the document type rather than the position.
const TITLE_SUFFIXES: &[&str] = &[
    "岗位说明书范文",
    "职位说明书范文",
    "职务说明书范文",
    "岗位说明书范本",
    "职位说明书范本",
    "岗位职责范文",
    "岗位说明书",
    "职位说明书",
    "职务说明书",
    "工作说明书",
    "说明书",
    "岗位职责",
    "职位职责",
    "职务职责",
    "工作职责",
    "岗位描述",
    "职位描述",
    "职责",
    "岗位规范",
    "职位规范",
];

/// Builds the record of one document (source fields are filled in by the caller).
pub fn record(doc: &Doc, sections: &[Section]) -> Record {
    let fields: Vec<Field> = sections
        .iter()
        .flat_map(|s| s.nodes.iter())
        .flat_map(|n| n.fields.iter().cloned())
        .collect();
    let first = |key: FieldKey| {
        fields
            .iter()
            .find(|f| f.key == key && !f.value.is_empty())
            .map(|f| f.value.clone())
    };
    let first_some = |key: FieldKey| first(key).filter(|v| !is_none_value(&fold(v)));
    let list = |key: FieldKey| first(key).map(|v| split_list(&v)).unwrap_or_default();
    let nodes_of = |key: SectionKey| -> Vec<&Node> {
        sections
            .iter()
            .filter(|s| s.key == key)
            .flat_map(|s| s.nodes.iter())
            .collect()
    };
    let all_nodes: Vec<&Node> = sections.iter().flat_map(|s| s.nodes.iter()).collect();

    let mut position = Position {
        title: first(FieldKey::PositionTitle),
        department: first(FieldKey::Department),
        code: first_some(FieldKey::Code),
        grade: first_some(FieldKey::Grade),
        headcount: first(FieldKey::Headcount).and_then(|v| headcount(&v)),
        location: first_some(FieldKey::Location),
        salary: first(FieldKey::Salary).and_then(|v| salary::parse(&Line::new(0, &v))),
        written_on: first_some(FieldKey::WrittenOn),
    };
    if position.salary.is_none() {
        // `月薪30,000~35,000元  需求人数:1人`, `8-12K·14薪 | 上海`: pay outside a field.
        position.salary = all_nodes.iter().find_map(|n| {
            let lead_end = n.fields.first().map_or(n.body.view.len(), |_| {
                n.body
                    .view
                    .find(':')
                    .map_or(0, |c| n.body.view[..c].rfind(' ').unwrap_or(0))
            });
            salary::find(&n.body.sub(0..lead_end))
        });
    }
    if position.location.is_none() {
        position.location = all_nodes
            .iter()
            .filter(|n| {
                n.marker.is_none()
                    && n.duty_header.is_none()
                    && n.cells.is_empty()
                    && n.fields.is_empty()
            })
            .find_map(|n| {
                let tokens = qualifications::tag_tokens(&n.body.text);
                // A tag line carries a number (`1-3年`, `8K`) or an education level.
                let tagged = tokens.iter().any(|t| {
                    t.contains(|c: char| c.is_ascii_digit())
                        || education::find_level(&fold(t)).is_some()
                });
                (tokens.len() >= 3 && tagged)
                    .then(|| tokens.iter().find(|t| is_place(t)).map(|t| t.to_string()))
                    .flatten()
            });
    }
    if position.title.is_none()
        && let Some(t) = &doc.title
    {
        position.title =
            title_position(t, position.salary.is_some() || position.location.is_some());
    }

    let mut responsibilities = Vec::new();
    for s in sections
        .iter()
        .filter(|s| s.key == SectionKey::Responsibilities)
    {
        responsibilities.extend(duties::from_section(s));
    }
    let mut objectives = Vec::new();
    let mut pitfalls = Vec::new();
    for s in sections {
        match s.key {
            SectionKey::Objectives => objectives.extend(objectives::objectives(s)),
            SectionKey::Pitfalls => pitfalls.extend(objectives::pitfalls(s)),
            _ => {}
        }
    }

    let qualifications =
        qualifications::extract(&fields, &nodes_of(SectionKey::Qualifications), &all_nodes);

    let mut days =
        first(FieldKey::DaysPerWeek).and_then(|v| conditions::days_from_value(&fold(&v)));
    if days.is_none() {
        days = all_nodes
            .iter()
            .find_map(|n| conditions::days_from_text(&n.body.view));
    }
    let mut conditions = Conditions {
        days_per_week: days,
        hours: first_some(FieldKey::Hours),
        environment: first_some(FieldKey::Environment),
        intensity: first_some(FieldKey::Intensity),
    };
    // A section headed `工作环境` or `工作时间` holds that value as its text.
    for s in sections.iter().filter(|s| s.key == SectionKey::Conditions) {
        let heading = s.heading.as_deref().map(fold).unwrap_or_default();
        let text: Vec<String> = s
            .nodes
            .iter()
            .filter(|n| n.fields.is_empty() && !n.decoration)
            .map(|n| clean_value(&n.body.text))
            .collect();
        if text.is_empty() {
            continue;
        }
        if heading.contains("环境") && conditions.environment.is_none() {
            conditions.environment = Some(text.join("\n"));
        } else if heading.contains("时间") && conditions.hours.is_none() {
            conditions.hours = Some(text.join("\n"));
        }
    }

    let mut benefits = list(FieldKey::Benefits);
    for node in nodes_of(SectionKey::Benefits) {
        if node.decoration || !node.fields.is_empty() {
            continue;
        }
        if node.marker.is_some() {
            benefits.push(lists::clean_item(&node.body.text));
        } else {
            benefits.extend(split_list(&node.body.text));
        }
    }
    benefits.retain(|b| !b.is_empty());

    let mut authority = Vec::new();
    for node in nodes_of(SectionKey::Authority) {
        if node.marker.is_some() {
            authority.push(lists::clean_item(&node.body.text));
        } else if !node.decoration {
            authority.extend(duties::split_clauses(&node.body.text));
        }
    }
    authority.retain(|a| !a.is_empty());

    Record {
        schema_version: model::SCHEMA_VERSION.to_string(),
        source: model::Source::default(),
        title: doc.title.as_deref().map(clean_value),
        position,
        summary: summary(sections),
        reporting: Reporting {
            superiors: list(FieldKey::Superiors),
            subordinates: list(FieldKey::Subordinates),
        },
        collaboration: Collaboration {
            internal: list(FieldKey::Internal),
            external: list(FieldKey::External),
        },
        responsibilities,
        qualifications,
        objectives,
        pitfalls,
        authority,
        conditions,
        career: Career {
            up: list(FieldKey::CareerUp),
            lateral: list(FieldKey::CareerLateral),
            down: list(FieldKey::CareerDown),
        },
        benefits,
        signoff: Signoff {
            prepared_by: first(FieldKey::PreparedBy),
            reviewed_by: first(FieldKey::ReviewedBy),
            approved_by: first(FieldKey::ApprovedBy),
        },
        sections: sections
            .iter()
            .map(|s| model::Section {
                key: s.key,
                heading: s.heading.clone(),
                lines: [s.first_line, s.last_line],
                text: s.text(),
            })
            .collect(),
        fields: fields
            .iter()
            .map(|f| model::Field {
                label: f.label.clone(),
                value: f.value.clone(),
                line: f.line,
            })
            .collect(),
        dropped: doc.dropped.clone(),
        diagnostics: Vec::new(),
        provenance: Default::default(),
    }
}

/// The summary: the first summary section's text, template labels removed.
fn summary(sections: &[Section]) -> Option<String> {
    let section = sections.iter().find(|s| s.key == SectionKey::Summary)?;
    let mut parts = Vec::new();
    for node in &section.nodes {
        let line = Line::new(node.line, &node.raw);
        let mut start = 0;
        for t in TEMPLATES.iter() {
            if let Some(rest) = line.view.strip_prefix(t.as_str()) {
                let rest_trim = rest.trim_start_matches([':', ' ', ',']);
                start = line.view.len() - rest_trim.len();
                break;
            }
        }
        let text = clean_value(line.text_of(start..line.view.len()));
        if !text.is_empty() {
            parts.push(text);
        }
    }
    (!parts.is_empty()).then(|| parts.join("\n"))
}

/// A tag-line token that names a place: a short run of Han characters that is
/// not an education level, a number of years or an amount.
fn is_place(token: &str) -> bool {
    let n = token.chars().count();
    (2..=8).contains(&n)
        && token
            .chars()
            .all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) || c == '-' || c == '·')
        && education::find_level(&fold(token)).is_none()
        && !token.contains("经验")
        && !token.contains("不限")
}

/// `2人`, `3名`, `一人` → the number; `若干` → none.
fn headcount(value: &str) -> Option<u32> {
    let view = fold(value);
    let digits: String = view
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit())
        .collect();
    if !digits.is_empty() {
        return digits.parse().ok();
    }
    let cn: String = view
        .chars()
        .take_while(|c| "一二两三四五六七八九十百".contains(*c))
        .collect();
    numbers::chinese_number(&cn).map(|n| n as u32)
}

/// The position named by a title such as `保安员岗位说明书`; a posting's whole title.
fn title_position(title: &str, posting: bool) -> Option<String> {
    let line = Line::new(0, title);
    // `招聘:物业财务主管`, `物业管理员招聘`: the rest names the position.
    for word in ["招聘", "诚聘", "急聘"] {
        if let Some(rest) = line.view.strip_prefix(word) {
            let name = clean_value(line.text_of(line.view.len() - rest.len()..line.view.len()));
            let name = name.trim_start_matches([':', '：']).trim();
            return (!name.is_empty()).then(|| name.to_string());
        }
        if let Some(rest) = line.view.strip_suffix(word) {
            let name = clean_value(line.text_of(0..rest.len()));
            return (!name.is_empty()).then_some(name);
        }
    }
    for suffix in TITLE_SUFFIXES {
        if let Some(at) = line.view.rfind(suffix) {
            let name = clean_value(line.text_of(0..at));
            let name = name
                .trim_end_matches(['-', '—', ' ', ':', '：', '之'])
                .to_string();
            return (!name.is_empty() && name.chars().count() <= 20).then_some(name);
        }
    }
    posting.then(|| clean_value(title))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_read_headcounts() {
        for (input, want) in [
            ("2人", Some(2)),
            ("3名", Some(3)),
            ("一人", Some(1)),
            ("若干", None),
            ("招5人", Some(5)),
        ] {
            assert_eq!(headcount(input), want, "{input}");
        }
    }

    #[test]
    fn should_name_the_position_from_the_title() {
        assert_eq!(
            title_position("保安员岗位说明书", false).as_deref(),
            Some("保安员")
        );
        assert_eq!(
            title_position("客戶服務主任 職位說明書", false).as_deref(),
            Some("客戶服務主任")
        );
        assert_eq!(
            title_position("保安主管(商业综合体)", true).as_deref(),
            Some("保安主管(商业综合体)")
        );
        assert_eq!(title_position("保安主管(商业综合体)", false), None);
    }
}
