//! extract: sections and fields into a [`Record`], one module per field family.
//!
//! Fields found anywhere in the document feed the scalar facts (position,
//! reporting, conditions, career, sign-off); each section kind has its own
//! extractor for the structured lists (duties, qualifications, objectives,
//! pitfalls, benefits, authority). Extractors read the outline's typed nodes and
//! the value ranges of fields; they never classify a line again.

pub mod conditions;
pub mod duties;
pub mod education;
pub mod experience;
pub mod lists;
pub mod objectives;
pub mod posting;
pub mod provenance;
pub mod qualifications;
pub mod salary;
pub mod targets;

use std::ops::Range;

use lists::split_list;
use provenance::Provenance;

use crate::classify::Field;
use crate::classify::education::find_level;
use crate::lexicon::{self, FieldKey, TEMPLATES, is_none_value};
use crate::model::{
    self, Career, Collaboration, Conditions, Position, Record, Reporting, Salary, SectionKey,
    Signoff,
};
use crate::normalize::{Line, clean_value, fold};
use crate::outline::{Node, NodeKind, Section};
use crate::split::Doc;

/// The label/value pairs of a document, in order, with the lookups extractors use.
pub struct Facts<'s, 'a> {
    pub fields: Vec<&'s Field<'a>>,
}

impl<'s, 'a> Facts<'s, 'a> {
    fn new(sections: &'s [Section<'a>]) -> Facts<'s, 'a> {
        let fields = sections
            .iter()
            .flat_map(|s| s.nodes.iter())
            .flat_map(|n| n.fields().iter())
            .collect();
        Facts { fields }
    }

    /// The first field of this key with a value.
    pub fn first(&self, key: FieldKey) -> Option<&'s Field<'a>> {
        self.fields
            .iter()
            .copied()
            .find(|f| f.key == key && !f.value.is_empty())
    }

    /// The first value of this key, cleaned.
    pub fn text(&self, key: FieldKey) -> Option<String> {
        self.first(key).map(|f| sentence_value(f.value))
    }

    /// The first value of this key, unless it means "none" (`无`, `不限`).
    pub fn text_some(&self, key: FieldKey) -> Option<String> {
        self.first(key)
            .filter(|f| !is_none_value(f.value.view()))
            .map(|f| sentence_value(f.value))
    }

    /// The first value of this key as a list.
    pub fn list(&self, key: FieldKey) -> Vec<String> {
        self.first(key)
            .map(|f| split_list(&without_note(alternative_listed(sentence_text(f.value)))))
            .unwrap_or_default()
    }
}

/// A field's value without the full stop of the sentence it ended (`工作地点:东莞市长安镇。
/// 联系电话:…`).
fn sentence_value(value: Line<'_>) -> String {
    without_note(sentence_text(value))
}

/// [`sentence_value`] with a note after it kept.
fn sentence_text(value: Line<'_>) -> String {
    let mut text = value.clean();
    if text.ends_with('。') && text.matches('。').count() == 1 {
        text.pop();
    }
    text
}

/// `设计部部长(或工程部经理)` in a list: the alternative is one more item.
fn alternative_listed(text: String) -> String {
    match bracketed_tail(&text) {
        Some((at, inner)) if inner.starts_with('或') && inner.len() > '或'.len_utf8() => {
            format!("{}、{}", &text[..at], &inner['或'.len_utf8()..])
        }
        _ => text,
    }
}

/// `仓储经理/仓储主管(可根据企业规模及层级调整)`, `行政部(或综合管理部)`: a value without
/// the writer's note in brackets after it (the field keeps it as written).
fn without_note(mut text: String) -> String {
    if let Some((at, inner)) = bracketed_tail(&text)
        && lexicon::NOTE_OPENERS.iter().any(|w| inner.starts_with(w))
    {
        text.truncate(at);
        text.truncate(text.trim_end().len());
    }
    text
}

/// The brackets a text ends with, after something: where they open, and what they hold.
fn bracketed_tail(text: &str) -> Option<(usize, &str)> {
    let trimmed = text.trim_end();
    [('(', ')'), ('（', '）')]
        .iter()
        .find_map(|&(open, close)| {
            let body = trimmed.strip_suffix(close)?;
            let at = body.rfind(open).filter(|&at| at > 0)?;
            Some((at, &body[at + open.len_utf8()..]))
        })
}

/// Builds the record of one document (source fields are filled in by the caller).
pub fn record(doc: &Doc<'_>, sections: &[Section<'_>]) -> Record {
    let facts = Facts::new(sections);
    let all: Vec<&Node> = sections.iter().flat_map(|s| s.nodes.iter()).collect();
    let p = &mut Provenance::default();
    let mut record = Record {
        schema_version: model::SCHEMA_VERSION.to_string(),
        title: p.found("/title", doc.title.map(|t| (t.clean(), t))),
        position: position(doc, sections, &facts, &all, p),
        summary: summary(sections, p),
        reporting: Reporting {
            superiors: superiors(&facts, &all, p),
            subordinates: facts.list_at(FieldKey::Subordinates, p, "/reporting/subordinates"),
        },
        collaboration: Collaboration {
            internal: facts.list_at(FieldKey::Internal, p, "/collaboration/internal"),
            external: facts.list_at(FieldKey::External, p, "/collaboration/external"),
        },
        qualifications: qualifications::extract(
            &facts,
            &nodes_of(sections, SectionKey::Qualifications),
            &all,
            p,
        ),
        conditions: conditions(&facts, sections, &all, p),
        career: Career {
            up: facts.list_at(FieldKey::CareerUp, p, "/career/up"),
            lateral: facts.list_at(FieldKey::CareerLateral, p, "/career/lateral"),
            down: facts.list_at(FieldKey::CareerDown, p, "/career/down"),
        },
        benefits: benefits(&facts, &nodes_of(sections, SectionKey::Benefits), p),
        authority: authority(&nodes_of(sections, SectionKey::Authority), p),
        signoff: Signoff {
            prepared_by: facts.text_at(FieldKey::PreparedBy, p, "/signoff/prepared_by"),
            reviewed_by: facts.text_at(FieldKey::ReviewedBy, p, "/signoff/reviewed_by"),
            approved_by: facts.text_at(FieldKey::ApprovedBy, p, "/signoff/approved_by"),
        },
        sections: sections.iter().map(section).collect(),
        fields: facts
            .fields
            .iter()
            .map(|f| model::Field {
                label: f.label.clean(),
                value: f.value.clean(),
                line: f.label.no,
            })
            .collect(),
        dropped: doc
            .dropped
            .iter()
            .map(|d| model::Dropped {
                line: d.line.no,
                text: d.line.text().to_string(),
                reason: d.reason,
            })
            .collect(),
        ..Record::default()
    };
    read_lists(&mut record, doc, sections, &facts, p);
    record.provenance = std::mem::take(p).finish();
    record
}

/// The record's lists read from their sections: duties, objectives, pitfalls.
fn read_lists(
    record: &mut Record,
    doc: &Doc<'_>,
    sections: &[Section<'_>],
    facts: &Facts<'_, '_>,
    p: &mut Provenance,
) {
    let mut seen = duties::Seen::default();
    for s in sections {
        match s.key {
            SectionKey::Responsibilities => {
                p.extend(&mut record.responsibilities, "/responsibilities", |p| {
                    duties::from_section(s, &mut seen, p)
                })
            }
            SectionKey::Objectives => p.extend(&mut record.objectives, "/objectives", |p| {
                objectives::objectives(s, p)
            }),
            SectionKey::Pitfalls => p.extend(&mut record.pitfalls, "/pitfalls", |p| {
                objectives::pitfalls(s, p)
            }),
            _ => {}
        }
    }
    // A table of posts' duties cell: one duty, when no section gave any.
    if record.responsibilities.is_empty() {
        p.extend(&mut record.responsibilities, "/responsibilities", |p| {
            duties::from_post_cells(facts, p)
        });
    }
    if let Some((line, name_len)) = doc.job_paragraph() {
        // `1、律师助理: 负责…。负责…。`: the job's paragraph, read as one item named by
        // the job, is the job's duties, not one duty.
        let name =
            clean_value(line.text_of(name_len - doc.title.map_or(0, |t| t.view().len())..name_len));
        if let [only] = record.responsibilities.as_slice()
            && only.name.as_deref() == Some(name.as_str())
            && only.subitems.is_empty()
        {
            record.responsibilities.clear();
            p.replace::<String>("/responsibilities", None);
        }
        read_paragraph(record, line, name_len, p);
    }
}

/// What a job's paragraph says when no section did: its duties, the education and
/// the experience it asks for.
fn read_paragraph(record: &mut Record, line: Line<'_>, name_len: usize, p: &mut Provenance) {
    if record.responsibilities.is_empty() {
        p.extend(&mut record.responsibilities, "/responsibilities", |p| {
            duties::from_paragraph(line, name_len, p)
        });
    }
    let q = &mut record.qualifications;
    if q.education.is_none() {
        let found = education::from_line(line).map(|e| (e, line));
        q.education = p.found("/qualifications/education", found);
    }
    if q.experience.is_none() {
        let found = experience::from_line(line).map(|e| (e, line));
        q.experience = p.found("/qualifications/experience", found);
    }
}

fn nodes_of<'s, 'a>(sections: &'s [Section<'a>], key: SectionKey) -> Vec<&'s Node<'a>> {
    sections
        .iter()
        .filter(|s| s.key == key)
        .flat_map(|s| s.nodes.iter())
        .collect()
}

fn section(s: &Section<'_>) -> model::Section {
    model::Section {
        key: s.key,
        heading: s.heading.map(|h| h.clean()),
        lines: [s.first_line, s.last_line],
        text: s.text(),
    }
}

/// Lines that are plain text: prose and decoration nodes, and the values taken
/// by label lines.
fn plain_lines<'s, 'a>(nodes: &'s [&'s Node<'a>]) -> impl Iterator<Item = Line<'a>> + 's {
    nodes.iter().flat_map(|n| {
        let own = matches!(n.kind, NodeKind::Prose | NodeKind::Decoration).then_some(n.line);
        own.into_iter().chain(n.value_line)
    })
}

/// Every body line of the nodes: each node's text after its marker, and the
/// values taken by label lines.
fn body_lines<'s, 'a>(nodes: &'s [&'s Node<'a>]) -> impl Iterator<Item = Line<'a>> + 's {
    nodes
        .iter()
        .flat_map(|n| std::iter::once(n.body()).chain(n.value_line))
}

/// The superiors a field names; else the one a sentence of the text names
/// (`司机的直接上级是车辆主管。`, `在财务科长的领导下…`, `直接向厨师长负责`).
fn superiors(facts: &Facts<'_, '_>, all: &[&Node<'_>], p: &mut Provenance) -> Vec<String> {
    let listed = facts.list_at(FieldKey::Superiors, p, "/reporting/superiors");
    if !listed.is_empty() || facts.first(FieldKey::Superiors).is_some() {
        return listed;
    }
    let found = body_lines(all).find_map(|l| {
        let range = lexicon::superior_in_sentence(l.view())?;
        Some((vec![clean_value(l.text_of(range))], l))
    });
    p.found("/reporting/superiors", found).unwrap_or_default()
}

fn position(
    doc: &Doc<'_>,
    sections: &[Section<'_>],
    facts: &Facts<'_, '_>,
    all: &[&Node<'_>],
    p: &mut Provenance,
) -> Position {
    let salary = facts.first(FieldKey::Salary).and_then(|f| {
        let mut s = salary::parse(f.value, f.value.clean())?;
        // `月薪: $26,590起`: the label says the period the value leaves out.
        s.period = s.period.or_else(|| salary::label_period(f.label.view()));
        Some((s, f.value))
    });
    let mut position = Position {
        title: facts.text_at(FieldKey::PositionTitle, p, "/position/title"),
        department: facts.text_at(FieldKey::Department, p, "/position/department"),
        code: facts.text_some_at(FieldKey::Code, p, "/position/code"),
        grade: facts.text_some_at(FieldKey::Grade, p, "/position/grade"),
        headcount: p.found(
            "/position/headcount",
            facts
                .first(FieldKey::Headcount)
                .and_then(|f| Some((headcount(f.value.view())?, f.value))),
        ),
        location: facts.text_some_at(FieldKey::Location, p, "/position/location"),
        written_on: facts.text_some_at(FieldKey::WrittenOn, p, "/position/written_on"),
        ..Position::default()
    };
    let salary = salary.or_else(|| loose_salary(all));
    let salary_line = salary.as_ref().map(|(_, line)| *line);
    position.salary = salary.map(|(s, _)| s);
    if position.headcount.is_none() {
        let found = body_lines(all)
            .find_map(|l| Some((prose_headcount(l.view())?, l)))
            .or_else(|| plain_lines(all).find_map(|l| Some((tag_line_headcount(l)?, l))));
        position.headcount = p.found("/position/headcount", found);
    }
    if position.location.is_none() {
        let found = plain_lines(all).find_map(|l| Some((tag_line_place(l)?, l)));
        position.location = p.found("/position/location", found);
    }
    posting::fill(&mut position, facts, doc, p);
    if let (Some(s), Some(line)) = (&position.salary, salary_line) {
        // After `fill`, which may settle the currency.
        p.value("/position/salary", s, &line.nos());
    }
    if position.title.is_none() {
        // `文件名称:药品养护员岗位管理标准`: a controlled document names its post.
        let found = facts.first(FieldKey::DocumentName).and_then(|f| {
            let name = title_name(f.value, false)?;
            lexicon::is_position_title(&fold(&name)).then_some((name, f.value))
        });
        position.title = p.found("/position/title", found);
    }
    name_from_the_text(&mut position, doc, sections, all, p);
    if position.title.is_none() {
        position.title = p.found("/position/title", counted_post(facts));
    }
    title_brackets(&mut position, p);
    position
}

/// `招聘人數:行政管理員1名`: the post a count's value names.
fn counted_post<'a>(facts: &Facts<'_, 'a>) -> Option<(String, Line<'a>)> {
    let f = facts.first(FieldKey::Headcount)?;
    let name = lexicon::counted_position(f.value.view())?;
    Some((clean_value(f.value.text_of(name)), f.value))
}

/// The position's name (and what a title line says beside it) when no field gave
/// it: a spaced-out name, the document's title, an introduction, a bare name line.
fn name_from_the_text(
    position: &mut Position,
    doc: &Doc<'_>,
    sections: &[Section<'_>],
    all: &[&Node<'_>],
    p: &mut Provenance,
) {
    // A position's name alone on its line above the first item (`校 长`, `客房主管`).
    let bare_line = || preamble_prose(all).find_map(|n| Some((bare_name(n.line)?, n.line)));
    // `校 长` spaced out: the position's own heading, more precise than a page's
    // title (`中学人员岗位规范`).
    if position.title.is_none() {
        let found = preamble_prose(all)
            .find_map(|n| Some((crate::classify::title::spaced_name(n.line.view())?, n.line)));
        position.title = p.found("/position/title", found);
    }
    if position.title.is_none()
        && let Some(t) = doc.title
    {
        // `区公所征求环境助理员 月薪一万九`: a headline hires the position, before its pay.
        let headline = lexicon::notice_position(t.view()).map(|r| clean_value(t.text_of(r)));
        let t = title_line_cells(t, position, p);
        let found = headline.or_else(|| {
            title_position(t, position.salary.is_some() || position.location.is_some())
        });
        // An organization's line as the title (`機電工程署` over `機電工程師`): a
        // position's bare name above the first item names the position instead, or
        // the name a section's heading gives (`汽车维修厂岗位说明书` over `服务顾问任职要求`).
        let bare = found
            .as_deref()
            .is_some_and(|name| !lexicon::is_position_title(&fold(name)))
            .then(|| {
                bare_line()
                    .or_else(|| named_by_heading(sections))
                    .or_else(|| hired(all))
            })
            .flatten();
        position.title = p.found("/position/title", bare.or(found.map(|v| (v, t))));
    }
    // `某某生态农业有限公司招聘农业技术员启事`: the notice's publisher.
    if position.organization.is_none()
        && let Some(t) = doc.title
    {
        let found = lexicon::notice_organization(t.view()).map(|r| (clean_value(t.text_of(r)), t));
        position.organization = p.found("/position/organization", found);
    }
    if position.title.is_none() {
        let found = all
            .iter()
            .filter(|n| matches!(n.kind, NodeKind::Decoration))
            .find_map(|n| Some((intro_subject(n.line)?, n.line)));
        position.title = p.found("/position/title", found);
    }
    if position.title.is_none() {
        // `某某署指,二级保安员的职责包括:` heading the duties.
        let found = sections
            .iter()
            .filter_map(|s| s.heading)
            .find_map(|h| Some((intro_subject(h)?, h)));
        position.title = p.found("/position/title", found);
    }
    if position.title.is_none() {
        headline_title(position, all, p);
    }
    if position.title.is_none() {
        position.title = p.found("/position/title", bare_line());
    }
    if position.title.is_none() {
        // `物业客服主管基本要求与服务质量标准`: a title of sections, named by the job.
        let found = doc.title.and_then(|t| Some((named_before_section(t)?, t)));
        position.title = p.found("/position/title", found);
    }
    if position.title.is_none() {
        position.title = p.found("/position/title", hired(all));
    }
}

/// `物业客服专员 4000-5500元/月`: a job site's title line, the pay (a count, an
/// organization) after the name: what they give where nothing else did, and the name.
fn title_line_cells<'a>(t: Line<'a>, position: &mut Position, p: &mut Provenance) -> Line<'a> {
    let (t, cells) = title_cells(t);
    if position.salary.is_none() && cells.pay.is_some() {
        position.salary = p.found("/position/salary", cells.pay);
    }
    if position.headcount.is_none() {
        position.headcount = p.found("/position/headcount", cells.headcount);
    }
    if position.organization.is_none() {
        position.organization = p.found("/position/organization", cells.organization);
    }
    t
}

/// The post a news list's first numbered headline fills, and the public body that
/// is its department (`政府工｜1.香港海關-助理貿易管制主任`).
fn headline_title(position: &mut Position, all: &[&Node<'_>], p: &mut Provenance) {
    let Some((post, body, org)) = headline_post(all) else {
        return;
    };
    if position.department.is_none() {
        let found = (clean_value(body.text_of(org)), body);
        position.department = p.found("/position/department", Some(found));
    }
    let found = (clean_value(body.text_of(post)), body);
    position.title = p.found("/position/title", Some(found));
}

/// `政府工｜1.香港海關-助理貿易管制主任`: a news column's numbered headline, a public
/// body's name and the post it fills: the post's range, the line, the body's range.
fn headline_post<'a>(all: &[&Node<'a>]) -> Option<(Range<usize>, Line<'a>, Range<usize>)> {
    preamble_prose(all).find_map(|n| {
        let (org, post) = crate::classify::title::column_headline(n.line.view())?;
        Some((post, n.line, org))
    })
}

/// `…现招聘会展项目经理一名。`: a news story's sentence of hiring; the position it hires.
fn hired<'a>(all: &[&Node<'a>]) -> Option<(String, Line<'a>)> {
    body_lines(all).find_map(|l| {
        let name = lexicon::hired_position(l.view())?;
        Some((clean_value(l.text_of(name)), l))
    })
}

/// `保健員(全職)`, `店员(兼职)`: the kind of employment in brackets after a posting's
/// name is not part of it; it gives the employment type when nothing else does. Nor
/// is the name's English translation (`质检主管(QC Supervisor)`).
fn title_brackets(position: &mut Position, p: &mut Provenance) {
    let Some(title) = &position.title else {
        return;
    };
    let Some((name, inner)) = lists::trailing_bracket(title) else {
        return;
    };
    // `质检主管(QC Supervisor)`: the name again in English. An acronym
    // (`(CNC)`, `(QA)`) says which kind of the job it is, and stays.
    let acronym = inner.len() <= 5 && inner.chars().all(|c| c.is_ascii_uppercase());
    let english = !acronym
        && inner.chars().any(|c| c.is_ascii_alphabetic())
        && inner
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " &/-.".contains(c));
    if english && !name.trim().is_empty() {
        position.title = Some(name.trim().to_string());
        return;
    }
    let Some(kind) = posting::employment_type(&fold(inner)) else {
        return;
    };
    if name.trim().is_empty() || inner.chars().count() > 4 {
        return;
    }
    let name = name.trim().to_string();
    if position.employment_type.is_none() {
        position.employment_type = Some(kind);
        if let Some(lines) = p.get("/position/title").map(<[usize]>::to_vec) {
            p.add("/position/employment_type", lines);
        }
    }
    position.title = Some(name);
}

/// A job site's title line: the posting's name, and what the site wrote after it.
#[derive(Default)]
struct TitleCells<'a> {
    pay: Option<(Salary, Line<'a>)>,
    headcount: Option<(u32, Line<'a>)>,
    organization: Option<(String, Line<'a>)>,
}

/// A title line's name and the cells written after it, space-separated: the pay
/// (`物业客服专员 4000-5500元/月`), the headcount (`招8人`) and the organization
/// (`注塑车间普工 招8人 某某塑胶制品(东莞)有限公司`); a site's tag before the name
/// (`【急聘】`) is left out. The title itself when a cell is none of these.
fn title_cells(title: Line<'_>) -> (Line<'_>, TitleCells<'_>) {
    let title = title.from(posting_tag_len(title.view()));
    let title = title.from(board_subject(title.view()));
    let view = title.view().trim_end();
    // `社工員1名`: a count glued to the name.
    if let Some(at) = lexicon::glued_headcount(view)
        && lexicon::is_position_title(&view[..at])
        && let Some(n) = headcount(&view[at..])
    {
        let cells = TitleCells {
            headcount: Some((n, title.from(at))),
            ..TitleCells::default()
        };
        return (title.to(at), cells);
    }
    let Some(first) = view.find(' ') else {
        return (title, TitleCells::default());
    };
    let mut cells = TitleCells::default();
    let mut at = first;
    for cell in view[first..].split(' ') {
        let line = title.sub(at..at + cell.len());
        at += cell.len() + 1;
        if cell.is_empty() {
            continue;
        }
        let count = cell.strip_prefix('招').unwrap_or(cell);
        if let Some(s) = salary::find(line).filter(|s| s.min.is_some()) {
            cells.pay = Some((s, line));
        } else if count.ends_with(['人', '名'])
            && let Some(n) = headcount(count)
        {
            cells.headcount = Some((n, line));
        } else if lexicon::ORGANIZATION_ENDINGS
            .iter()
            .any(|e| cell.contains(e))
        {
            cells.organization = Some((line.clean(), line));
        } else {
            return (title, TitleCells::default());
        }
    }
    (title.to(first), cells)
}

/// `【急聘】`: the length of a job site's tag before a posting's name, if any.
fn posting_tag_len(view: &str) -> usize {
    let Some(inner) = view.strip_prefix('【') else {
        return 0;
    };
    match inner.split_once('】') {
        Some((tag, _)) if lexicon::POSTING_TAGS.contains(&tag) => {
            '【'.len_utf8() + tag.len() + '】'.len_utf8()
        }
        _ => 0,
    }
}

/// The plain lines above the first list item.
fn preamble_prose<'n, 'a>(all: &'n [&'n Node<'a>]) -> impl Iterator<Item = &'n Node<'a>> {
    all.iter()
        .take_while(|n| !matches!(n.kind, NodeKind::Item { .. }))
        .filter(|n| matches!(n.kind, NodeKind::Prose))
        .copied()
}

/// A line that is a position's name and nothing else, spaced out or not (`校 长`).
/// A note in brackets after the name (`保健員(全職)`) stays with it: [`title_brackets`]
/// reads it.
fn bare_name(line: Line<'_>) -> Option<String> {
    let view = line.view().trim();
    // (`兼職會計助理 (EDB/FIN/447/23)`: a file's reference after the name.)
    let name = lists::trailing_bracket(view).map_or(view, |(name, _)| name.trim_end());
    crate::classify::title::spaced_name(view)
        .or_else(|| crate::classify::title::is_bare_position(name).then(|| line.clean()))
}

/// `服务顾问任职要求`, `收银员岗位职责`: the position a section's heading names before
/// the section's name.
fn named_by_heading<'a>(sections: &[Section<'a>]) -> Option<(String, Line<'a>)> {
    sections
        .iter()
        .filter_map(|s| s.heading)
        .find_map(|h| Some((named_before_section(h)?, h)))
}

/// The position's name before a section's name in a line (`服务顾问任职要求`,
/// `物业客服主管基本要求与服务质量标准`).
fn named_before_section(line: Line<'_>) -> Option<String> {
    let view = line.view();
    let from = crate::classify::title::cut_marker(view);
    let (alias, _) = lexicon::SECTION_MATCHER.find(&view[from..])?;
    let name = &view[from..from + alias.start];
    (name.chars().count() >= 2 && lexicon::is_position_title(name))
        .then(|| clean_value(line.text_of(from..from + alias.start)))
}

/// The position an introduction names as its subject: `电讯工程师主要负责 –`.
fn intro_subject(line: Line<'_>) -> Option<String> {
    let view = line.view().trim_end_matches(['–', '—', '-', ':', ' ']);
    let duties_sentences = lexicon::INTRO_HEADINGS
        .iter()
        .filter(|(_, key)| *key == SectionKey::Responsibilities)
        .map(|(w, _)| w);
    let subject = lexicon::INTRO_SUBJECT_ENDS
        .iter()
        .chain(duties_sentences)
        .find_map(|w| view.strip_suffix(w))?;
    // The clause that names it (`某某署指,二级保安员`).
    let from = subject.rfind([',', ' ']).map_or(0, |i| i + 1);
    let subject = &subject[from..];
    lexicon::is_position_title(subject)
        .then(|| clean_value(line.text_of(from..from + subject.len())))
}

/// `月薪30,000~35,000元  需求人数:1人`, `8-12K·14薪 | 上海`: pay outside a field.
fn loose_salary<'a>(all: &[&Node<'a>]) -> Option<(model::Salary, Line<'a>)> {
    all.iter().find_map(|n| {
        let body = n.body();
        let lead_end = if n.fields().is_empty() {
            body.view().len()
        } else {
            body.view()
                .find(':')
                .map_or(0, |c| body.view()[..c].rfind(' ').unwrap_or(0))
        };
        let lead = body.to(lead_end);
        (salary::find(lead).map(|s| (s, lead)))
            .or_else(|| n.value_line.and_then(|v| Some((salary::find(v)?, v))))
            // `待遇:年薪25万元起,另缴纳五险一金`: pay among the benefits.
            .or_else(|| {
                n.fields()
                    .iter()
                    .filter(|f| f.key == FieldKey::Benefits)
                    .find_map(|f| Some((salary::find(f.value)?, f.value)))
            })
    })
}

/// The place on a posting's tag line (`广州 1-3年 大专`).
fn tag_line_place(line: Line<'_>) -> Option<String> {
    // (`政府工｜1. 教育局項目助理`: a news column's headline is no tag line.)
    if crate::classify::title::column_headline(line.view()).is_some() {
        return None;
    }
    let tokens = qualifications::tag_tokens(line.text());
    // A tag line carries a number (`1-3年`, `8K`) or an education level.
    let tagged = tokens
        .iter()
        .any(|t| t.contains(|c: char| c.is_ascii_digit()) || find_level(&fold(t)).is_some());
    (tokens.len() >= 3 && tagged)
        .then(|| tokens.iter().find(|t| is_place(t)).map(|t| t.to_string()))
        .flatten()
}

/// The headcount on a posting's tag line (`某某供电公司 | 社会招聘 | 运维检修部 | 1人`,
/// `深圳 | 1-3年 | 招2人`): a cell that is a count of people and nothing else (a
/// company's size, `150-500人`, is a range).
fn tag_line_headcount(line: Line<'_>) -> Option<u32> {
    let tokens = qualifications::tag_tokens(line.text());
    if tokens.len() < 3 {
        return None;
    }
    tokens.iter().find_map(|t| {
        let count = t.trim_start_matches('招');
        let digits = count.trim_end_matches(['人', '名']);
        (digits.len() < count.len()
            && !digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
    })
}

fn conditions(
    facts: &Facts<'_, '_>,
    sections: &[Section<'_>],
    all: &[&Node<'_>],
    p: &mut Provenance,
) -> Conditions {
    let days = facts
        .first(FieldKey::DaysPerWeek)
        .and_then(|f| Some((conditions::days_from_value(f.value.view())?, f.value)))
        .or_else(|| body_lines(all).find_map(|l| Some((conditions::days_from_text(l.view())?, l))));
    let mut conditions = Conditions {
        days_per_week: p.found("/conditions/days_per_week", days),
        hours: facts.text_some_at(FieldKey::Hours, p, "/conditions/hours"),
        environment: facts.text_some_at(FieldKey::Environment, p, "/conditions/environment"),
        intensity: facts.text_some_at(FieldKey::Intensity, p, "/conditions/intensity"),
    };
    // A section headed `工作环境` or `工作时间` holds that value as its text, up to the
    // next labelled cell (`(三)工资福利:…`).
    for s in sections.iter().filter(|s| s.key == SectionKey::Conditions) {
        let heading = s.heading.map(|h| h.view()).unwrap_or_default();
        let lines: Vec<Line> = s
            .nodes
            .iter()
            .take_while(|n| n.fields().is_empty() || n.value_line.is_some())
            .flat_map(|n| {
                let own = (n.fields().is_empty() && !matches!(n.kind, NodeKind::Decoration))
                    .then(|| n.body());
                own.into_iter().chain(n.value_line)
            })
            .collect();
        let text: Vec<String> = lines.iter().map(|l| l.clean()).collect();
        if text.is_empty() {
            continue;
        }
        let nos = lines.iter().map(|l| l.no);
        if heading.contains("环境") && conditions.environment.is_none() {
            conditions.environment = Some(text.join("\n"));
            p.add("/conditions/environment", nos);
        } else if heading.contains("时间") && conditions.hours.is_none() {
            conditions.hours = Some(text.join("\n"));
            p.add("/conditions/hours", nos);
        }
    }
    conditions
}

fn benefits(facts: &Facts<'_, '_>, nodes: &[&Node<'_>], p: &mut Provenance) -> Vec<String> {
    let field_line = facts.first(FieldKey::Benefits).map_or(0, |f| f.value.no);
    let mut benefits: Vec<(String, usize)> = (facts.list(FieldKey::Benefits).into_iter())
        .map(|b| (b, field_line))
        .collect();
    for node in nodes {
        let at = |items: Vec<String>| items.into_iter().map(|b| (b, node.line.no));
        match &node.kind {
            NodeKind::Item { body, fields, .. } if fields.is_empty() => {
                benefits.push((lists::clean_item(body.text()), body.no));
            }
            NodeKind::Prose => benefits.extend(at(split_list(node.line.text()))),
            NodeKind::Row { fields, .. } if fields.is_empty() => {
                benefits.extend(at(split_list(node.line.text())));
            }
            NodeKind::Header(_) => benefits.extend(at(split_list(node.line.text()))),
            _ => {}
        }
    }
    benefits.retain(|(b, _)| !b.is_empty());
    p.list("/benefits", benefits)
}

fn authority(nodes: &[&Node<'_>], p: &mut Provenance) -> Vec<String> {
    let mut authority = Vec::new();
    for node in nodes {
        let at = |items: Vec<String>, line: Line<'_>| items.into_iter().map(move |a| (a, line.no));
        match &node.kind {
            NodeKind::Item { body, .. } => {
                authority.push((lists::clean_item(body.text()), body.no));
            }
            NodeKind::Decoration => {}
            _ => authority.extend(at(duties::split_clauses(node.line.text()), node.line)),
        }
        if let Some(value) = node.value_line {
            authority.extend(at(duties::split_clauses(value.text()), value));
        }
    }
    authority.retain(|(a, _)| !a.is_empty());
    p.list("/authority", authority)
}

/// The summary: the text of the first summary section that has any (a chapter
/// `第一部分:岗位概述` holds only its sub-sections), template labels removed.
fn summary(sections: &[Section<'_>], p: &mut Provenance) -> Option<String> {
    let section = sections
        .iter()
        .find(|s| s.key == SectionKey::Summary && !s.nodes.is_empty())?;
    // Under `1.2 岗位使命陈述`, an item `1.3 …` is the next sub-section, not the summary.
    let level = section
        .heading
        .and_then(|h| crate::classify::numbering::marker(h.view()))
        .map(|m| m.style)
        .filter(|s| matches!(s, crate::classify::numbering::Style::ArabicMulti(_)));
    let parts: Vec<(String, Vec<usize>)> = section
        .nodes
        .iter()
        .take_while(|n| level.is_none() || n.marker().map(|m| m.style) != level)
        .filter(|n| !is_known_fields(n))
        .flat_map(Node::lines)
        .map(|line| {
            let start = TEMPLATES
                .iter()
                .find_map(|t| line.view().strip_prefix(t.as_str()))
                .map_or(0, |rest| {
                    line.view().len() - rest.trim_start_matches([':', ' ', ',']).len()
                });
            (
                clean_value(line.text_of(start..line.view().len())),
                line.from(start).nos(),
            )
        })
        .filter(|(t, _)| !t.is_empty())
        .collect();
    p.add(
        "/summary",
        parts.iter().flat_map(|(_, nos)| nos.iter().copied()),
    );
    let parts: Vec<String> = parts.into_iter().map(|(t, _)| t).collect();
    (!parts.is_empty()).then(|| parts.join("\n"))
}

/// `薪资待遇:3400元/月` after `工作概要:…`: a line of known fields, whose values
/// their own extractors take, is no part of the summary text.
fn is_known_fields(node: &Node<'_>) -> bool {
    matches!(&node.kind, NodeKind::Fields(fields)
        if !fields.is_empty() && fields.iter().all(|f| f.key != FieldKey::Unknown))
}

/// A tag-line token that names a place: a short run of Han characters that is
/// not an education level, a number of years or an amount.
fn is_place(token: &str) -> bool {
    let n = token.chars().count();
    (2..=8).contains(&n)
        && token
            .chars()
            .all(|c| crate::normalize::is_ideograph(c) || c == '-' || c == '·')
        && find_level(&fold(token)).is_none()
        && !token.contains("经验")
        && !token.contains("不限")
}

/// `招聘8名保安员`, `招聘二十名二級保安員`, `招3人`, `招聘农业技术员2名`: a headcount in a
/// sentence, after the word for hiring (and the position's name).
fn prose_headcount(view: &str) -> Option<u32> {
    const NUMERALS: &str = lexicon::COUNT_NUMERALS;
    if let Some(name) = lexicon::hired_position(view) {
        // The count right after the name, or right before it (`招募了三十二名环境助理员`);
        // after a verb that only hires, none (`征求清洁队员,月薪28,000元`).
        let before = view[..name.start].strip_suffix(['名', '位']).unwrap_or("");
        let numerals = before.len() - before.trim_end_matches(|c| NUMERALS.contains(c)).len();
        let after = &view[name.end..];
        if after.starts_with(|c| NUMERALS.contains(c)) {
            return headcount(after);
        }
        if numerals > 0 {
            return headcount(&before[before.len() - numerals..]);
        }
    }
    // `填补…三个职缺`: a count of openings.
    for word in lexicon::OPENING_WORDS {
        if let Some(at) = view.find(word) {
            let before = &view[..at];
            let numerals = before
                .chars()
                .rev()
                .take_while(|c| c.is_ascii_digit() || "一二两三四五六七八九十".contains(*c))
                .map(char::len_utf8)
                .sum::<usize>();
            if numerals > 0
                && let Some(n) = headcount(&before[before.len() - numerals..])
            {
                return Some(n);
            }
        }
    }
    view.match_indices('招').find_map(|(at, _)| {
        let rest = &view[at + '招'.len_utf8()..];
        let rest = rest.strip_prefix(['聘', '考', '募', '收']).unwrap_or(rest);
        let name = rest
            .find(|c: char| c.is_ascii_digit())
            .filter(|&at| lexicon::is_position_title(&rest[..at]))
            .unwrap_or(0);
        let rest = &rest[name..];
        let digits = rest
            .char_indices()
            .take_while(|&(_, c)| NUMERALS.contains(c))
            .last()
            .map(|(i, c)| i + c.len_utf8())?;
        let unit = rest[digits..]
            .chars()
            .next()
            .filter(|c| matches!(c, '名' | '人' | '位'))?;
        headcount(&rest[..digits + unit.len_utf8()])
    })
}

/// `2人`, `3名`, `一人` → the number; `若干` → none.
fn headcount(view: &str) -> Option<u32> {
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
    crate::numbers::chinese_number(&cn).map(|n| n as u32)
}

/// The position named by a title such as `保安员岗位说明书`; a posting's whole title,
/// or a title that is a position's name; without an organization's name in front.
fn title_position(title: Line<'_>, posting: bool) -> Option<String> {
    let name = title_name(title, posting)?;
    Some(without_organization(&name).to_string())
}

/// `XX公司保洁领班` → `保洁领班`: the position after an organization's name of two
/// characters or more; the name unchanged when no such ending leaves a position.
fn without_organization(name: &str) -> &str {
    for ending in lexicon::ORGANIZATION_ENDINGS {
        for (at, _) in name.match_indices(ending) {
            let rest = &name[at + ending.len()..];
            if name[..at].chars().count() >= 2
                && rest.chars().count() >= 2
                && lexicon::is_position_title(rest)
            {
                return rest;
            }
        }
    }
    name
}

/// The length of a clause number and its space at the start of a title (`1 `,
/// `2.3 `), when a position's name follows; else 0.
fn clause_number(view: &str) -> usize {
    let number = view.len()
        - view
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
            .len();
    let rest = view[number..].trim_start_matches(' ');
    let len = view.len() - rest.len();
    let numbered = number > 0 && len > number && !view.starts_with('.');
    if numbered && lexicon::is_position_title(rest) {
        len
    } else {
        0
    }
}

/// `标题 [桃园/一般] 征 …`: a bulletin board's subject line, its word for the subject,
/// the board's tag in brackets and the hiring verb; their length.
fn board_subject(view: &str) -> usize {
    let Some(rest) = lexicon::BOARD_SUBJECT_WORDS
        .iter()
        .find_map(|w| view.strip_prefix(w))
    else {
        return 0;
    };
    let rest = rest.trim_start_matches([' ', ':']);
    let rest = match rest.strip_prefix('[').and_then(|r| r.split_once(']')) {
        Some((_, after)) => after.trim_start(),
        None => rest,
    };
    // `徵 倉儲儲備幹部`: the hiring verb, spaced off the position.
    let rest = lexicon::HEADLINE_VERBS
        .iter()
        .find_map(|v| rest.strip_prefix(v)?.strip_prefix(' '))
        .unwrap_or(rest)
        .trim_start();
    view.len() - rest.len()
}

/// The length of a file code in brackets at the start of a title (`(3-1-07)`,
/// `(GW-09)`): letters, digits and dashes with a digit among them; else 0.
fn file_code(view: &str) -> usize {
    let Some(inner) = view.strip_prefix('(') else {
        return 0;
    };
    let Some(end) = inner.find(')') else {
        return 0;
    };
    let code = &inner[..end];
    let is_code = code.chars().any(|c| c.is_ascii_digit())
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    if is_code { end + 2 } else { 0 }
}

/// The position a job site's page title names: in its first cell
/// (`行政总厨 - 某某国际酒店 - 某某市 | 某某招聘网`), or after an employer and its verb
/// (`某某制药招聘质量受权人`).
fn site_title_name(title: Line<'_>, posting: bool) -> Option<String> {
    let view = title.view();
    if let Some(at) = [" - ", " | ", " — ", "_"]
        .iter()
        .filter_map(|s| view.find(s))
        .min()
        && at > 0
        && let Some(name) =
            title_name(title.to(at), posting).filter(|n| lexicon::is_position_title(&fold(n)))
    {
        return Some(name);
    }
    let (at, word) = lexicon::TITLE_RECRUITING
        .iter()
        .find_map(|w| Some((view.find(w)?, w)))?;
    let rest = at + word.len();
    (at >= 6 && lexicon::is_position_title(&view[rest..]))
        .then(|| clean_value(title.text_of(rest..view.len())))
}

/// `某某物流公司招聘货车司机有什么要求?`, `直播场控的具体职责范围是什么`: the job a page's
/// question asks about; the title unchanged when it asks nothing of a job.
fn asked_job(title: Line<'_>) -> Line<'_> {
    // (`【投递员是干什么的】`: an explainer article's title, in brackets.)
    let bracketed = title.trim_matches(&['【', '】']);
    if let Some(job) = lexicon::asked_position(bracketed.view()) {
        return bracketed.to(job.len());
    }
    // `某某物流公司招聘货车司机有什么要求?`: a page's question about the job.
    let asked = title.view().trim_end_matches(['?', '？']);
    match lexicon::QUESTION_ENDINGS
        .iter()
        .find_map(|e| asked.strip_suffix(e))
    {
        // (`…安检员的要求是什么?`: without the `的` before the question.)
        Some(job) if !job.is_empty() => title.to(job.strip_suffix('的').unwrap_or(job).len()),
        // `直播场控的具体职责范围是什么`: what a job's something is, asked of the job;
        // `直播场控的具体`: the same title, cut before its section word.
        _ => match asked.split_once('的') {
            Some((job, rest))
                if (lexicon::QUESTION_TAILS.iter().any(|t| asked.ends_with(t))
                    || rest.chars().count() <= 2)
                    && lexicon::is_position_title(job) =>
            {
                title.to(job.len())
            }
            _ => title,
        },
    }
}

/// `招聘:物业财务主管`, `物业管理员招聘`: a title with a word of hiring before or
/// after the position's name; `Some(None)` when the rest names none (`招聘公告`).
fn recruiting_name(title: Line<'_>) -> Option<Option<String>> {
    // (`轿运司机招聘,要求待遇怎么样?`: a question after the first clause.)
    let title = title.to(title.view().find([',', '?']).unwrap_or(title.view().len()));
    let view = title.view();
    for word in lexicon::TITLE_RECRUITING {
        if let Some(rest) = view.strip_prefix(word) {
            let name = clean_value(title.text_of(view.len() - rest.len()..view.len()));
            let name = name.trim_start_matches([':', '：']).trim();
            // (`招聘公告`, `招聘简章`: a notice's title names no post.)
            let notice = lexicon::NOTICE_ENDINGS.contains(&fold(name).as_str());
            return Some((!name.is_empty() && !notice).then(|| name.to_string()));
        }
        if let Some(rest) = view.strip_suffix(word) {
            let name = clean_value(title.text_of(0..rest.len()));
            let name = name.trim_end_matches(['-', '—', ' ', '_', '|']).to_string();
            return Some((!name.is_empty()).then_some(name));
        }
    }
    None
}

/// The position a title names, before an organization's name is taken off.
fn title_name(title: Line<'_>, posting: bool) -> Option<String> {
    let title = title.from(crate::classify::title::cut_marker(title.view()));
    // `1 中心主任`, `2.3 样品管理员`: a clause number in front of the position's name;
    // `(3-1-07)装卸队队长`: a file code in brackets.
    let title = title.from(clause_number(title.view()));
    let title = title.from(file_code(title.view()));
    let title = title.from(board_subject(title.view()));
    let title = asked_job(title);
    let view = title.view();
    // `某某隊約僱「輪機船員」1缺…`: a notice's title quotes the position it fills.
    if let Some((_, quoted)) = view.split_once('「')
        && let Some((name, _)) = quoted.split_once('」')
        && lexicon::is_position_title(name)
    {
        let at = view.len() - quoted.len();
        return Some(clean_value(title.text_of(at..at + name.len())));
    }
    // `某某公司招聘农业技术员启事`: a hiring notice names the position it fills.
    if let Some(range) = lexicon::notice_position(view) {
        return Some(clean_value(title.text_of(range)));
    }
    // `招聘:物业财务主管`, `物业管理员招聘`: the rest names the position.
    if let Some(named) = recruiting_name(title) {
        return named;
    }
    for suffix in lexicon::DOC_TITLE_SUFFIXES {
        if let Some(at) = view.rfind(suffix) {
            let name = clean_value(title.text_of(0..at));
            // `【保育员的岗位职责是什么】`, `药店营业员的岗位职责有哪些`: a page's
            // question about the job names it too.
            const JOINERS: [char; 7] = ['-', '—', ' ', ':', '：', '之', '的'];
            let mut name = name
                .trim_start_matches(['【', '['])
                .trim_end_matches(JOINERS);
            // (`产品经理-岗位职责说明书`: one ending before the other, past a dash.)
            while let Some(rest) = lexicon::DOC_TITLE_SUFFIXES
                .iter()
                .find_map(|s| name.strip_suffix(s))
                .filter(|rest| !rest.is_empty())
            {
                name = rest.trim_end_matches(JOINERS);
            }
            let name = name.to_string();
            // `各岗位工作标准`: a collection's title names no post.
            return (name.chars().count() >= 2 && name.chars().count() <= 20).then_some(name);
        }
    }
    // `部长岗位`: a position's name and the word for a position; `助理教师条件`: and
    // the word for its requirements.
    if let Some(name) = lexicon::POSITION_LABEL_ENDINGS
        .iter()
        .chain(lexicon::JOB_REQUIREMENT_SUFFIXES)
        .find_map(|e| view.strip_suffix(e))
        && lexicon::is_position_title(name)
    {
        return Some(clean_value(title.text_of(0..name.len())));
    }
    // A position's name spaced out (`总 务 主 任`).
    if let Some(name) = crate::classify::title::spaced_name(view) {
        return Some(name);
    }
    if let Some(name) = site_title_name(title, posting) {
        return Some(name);
    }
    // `香港海關-助理貿易管制主任`: a public body's name before the position's.
    if let Some((_, post)) = crate::classify::title::organization_post(view) {
        return Some(clean_value(title.text_of(post)));
    }
    // A posting's whole title, or a bare position's name (`项目经理` over its duties).
    (posting || lexicon::is_position_title(view)).then(|| title.clean())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Folded;

    #[test]
    fn should_leave_a_writers_note_out_of_a_value() {
        for (text, want) in [
            (
                "仓储经理/仓储主管(可根据企业规模及层级调整)",
                "仓储经理/仓储主管",
            ),
            ("行政部（或综合管理部）", "行政部"),
            ("中级(可根据企业调整为初级或高级)", "中级"),
            ("销售经理(华东区)", "销售经理(华东区)"),
            (
                "标准工时制(8:30-18:00,含节假日)",
                "标准工时制(8:30-18:00,含节假日)",
            ),
            ("(如需)", "(如需)"),
        ] {
            assert_eq!(without_note(text.to_string()), want, "{text}");
        }
        for (text, want) in [
            ("设计部部长(或工程部经理)", "设计部部长、工程部经理"),
            ("设计部部长（或工程部经理）", "设计部部长、工程部经理"),
            ("设计部部长", "设计部部长"),
        ] {
            assert_eq!(alternative_listed(text.to_string()), want, "{text}");
        }
    }

    #[test]
    fn should_read_headcounts() {
        for (input, want) in [
            ("2人", Some(2)),
            ("3名", Some(3)),
            ("一人", Some(1)),
            ("若干", None),
            ("招5人", Some(5)),
        ] {
            assert_eq!(headcount(&fold(input)), want, "{input}");
        }
        for (input, want) in [
            ("本公司招聘8名保安员。", Some(8)),
            ("某某署明日起招聘二十名二级保安员", Some(20)),
            ("现招3人", Some(3)),
            ("负责招聘工作", None),
            ("招聘专员", None),
            // The position's name between the verb and the count.
            ("现面向社会招聘农业技术员2名,具体要求如下", Some(2)),
            ("招聘会将于3月举行", None),
            ("教育局辦理甄選,共招考52名教保員", Some(52)),
        ] {
            assert_eq!(prose_headcount(&fold(input)), want, "{input}");
        }
    }

    #[test]
    fn should_read_a_headcount_on_a_tag_line_and_a_title_after_a_clause_number() {
        for (input, want) in [
            ("某某供电公司 | 社会招聘 | 运维检修部 | 1人", Some(1)),
            ("深圳 | 1-3年 | 大专 | 招2人", Some(2)),
            ("物流 / C轮 / 150-500人", None),
            ("运维检修部 | 1人", None),
        ] {
            let folded = Folded::new(input);
            assert_eq!(tag_line_headcount(folded.first().unwrap()), want, "{input}");
        }
        for (input, want) in [
            ("1 中心主任", Some("中心主任")),
            ("2.3 样品管理员", Some("样品管理员")),
            ("2023 年度工作计划", None),
            ("(3-1-07)装卸队队长岗位工作标准", Some("装卸队队长")),
            ("各岗位工作标准", None),
            (
                "行政总厨 - 某某国际酒店 - 某某市 | 某某招聘网",
                Some("行政总厨"),
            ),
            ("某某制药招聘质量受权人 - 某某招聘网", Some("质量受权人")),
            ("某某冷链物流公司招聘货车司机有什么要求?", Some("货车司机")),
            ("轿运司机招聘,要求待遇怎么样?", Some("轿运司机")),
        ] {
            let folded = Folded::new(input);
            assert_eq!(
                title_name(folded.first().unwrap(), false).as_deref(),
                want,
                "{input}"
            );
        }
    }

    #[test]
    fn should_drop_an_english_name_in_brackets_but_keep_an_acronym() {
        for (title, want, kind) in [
            ("质检主管(QC Supervisor)", "质检主管", None),
            ("行政助理(Admin)", "行政助理", None),
            ("設備維修工程師(CNC)", "設備維修工程師(CNC)", None),
            (
                "保健員(全職)",
                "保健員",
                Some(model::EmploymentType::FullTime),
            ),
            ("保安主管(商业综合体)", "保安主管(商业综合体)", None),
        ] {
            let mut position = Position {
                title: Some(title.to_string()),
                ..Position::default()
            };
            title_brackets(&mut position, &mut Provenance::default());
            assert_eq!(position.title.as_deref(), Some(want), "{title}");
            assert_eq!(position.employment_type, kind, "{title}");
        }
    }

    #[test]
    fn should_name_the_position_from_the_title() {
        let cases = [
            ("保安员岗位说明书", false, Some("保安员")),
            ("客戶服務主任 職位說明書", false, Some("客戶服務主任")),
            ("保安主管(商业综合体)", true, Some("保安主管(商业综合体)")),
            // A title that is a position's name names it; one that is not, does not.
            ("保安主管(商业综合体)", false, Some("保安主管(商业综合体)")),
            ("项目经理", false, Some("项目经理")),
            ("物业服务中心", false, None),
            // An organization's name in front of the position.
            ("XX公司保洁领班岗位说明书", false, Some("保洁领班")),
            ("某食品厂厂长岗位说明书", false, Some("厂长")),
            ("酒店经理岗位说明书", false, Some("酒店经理")),
            // A page cut inside the title's marker (`(二)`).
            ("二)大堂副理", false, Some("大堂副理")),
            // A hiring notice names the position it fills.
            (
                "某某生态农业有限公司招聘农业技术员启事",
                false,
                Some("农业技术员"),
            ),
            (
                "某某市第五幼兒園公開招聘非在編保育員公告",
                false,
                Some("保育員"),
            ),
            ("某某中心招聘2名收费员公告", false, Some("收费员")),
            ("某某县2025年公开招聘工作人员公告", false, None),
        ];
        for (title, posting, want) in cases {
            let folded = Folded::new(title);
            let line = folded.first().unwrap();
            assert_eq!(title_position(line, posting).as_deref(), want, "{title}");
        }
    }
}
