//! 任职资格: education, majors, experience, certificates, skills, languages, age,
//! physical condition, traits and the other requirement lines.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::lists::split_list;
use super::provenance::Provenance;
use super::{Facts, education, experience};
use crate::classify::education::find_level;
use crate::lexicon::{self, FieldKey, WordIndex, is_none_value};
use crate::model::{Age, Experience, Qualifications};
use crate::normalize::{Line, clean_value};
use crate::outline::{Node, NodeKind};

static BOOK_TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"《([^》]{1,40})》").expect("book title"));

static HOLDS: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = lexicon::alternation(lexicon::HOLD_VERBS);
    let qualifiers = lexicon::alternation(lexicon::HOLD_QUALIFIERS);
    let endings = lexicon::alternation(lexicon::CERTIFICATE_ENDINGS);
    Regex::new(&format!(r"{verbs}{qualifiers}?([^,;。]*{endings})")).expect("holds pattern")
});

static MAJOR: LazyLock<Regex> = LazyLock::new(|| {
    let leads = lexicon::alternation(lexicon::MAJOR_LEADS);
    let qualifiers = lexicon::alternation(lexicon::MAJOR_QUALIFIERS);
    let words = lexicon::alternation(lexicon::MAJOR_WORDS);
    let tails = lexicon::alternation(lexicon::MAJOR_TAILS);
    Regex::new(&format!(
        r"^{leads}?(.+?)(?:等)?{qualifiers}?{words}{tails}?$"
    ))
    .expect("major pattern")
});

/// Gathers the qualifications from the fields of the whole document and the
/// nodes of its qualification sections, recording their lines in `p`.
pub fn extract(
    facts: &Facts<'_, '_>,
    nodes: &[&Node<'_>],
    all: &[&Node<'_>],
    p: &mut Provenance,
) -> Qualifications {
    let mut q = from_fields(facts, p);
    let mut lines = LineReader {
        languages_field: facts.first(FieldKey::Languages).is_some(),
        // Sets beside the lists keep de-duplication linear in long documents.
        seen_certs: q.certificates.iter().cloned().collect(),
        seen_other: q.other.iter().cloned().collect(),
        experience_words: None,
        alternatives: false,
    };
    // Other requirements (`其他条件:三年以上会计工作经验`), and a table of posts'
    // requirements cell, read as requirement lines; other requirements are also
    // kept whole, as their label says they are.
    for f in facts.fields.iter().filter(|f| {
        matches!(f.key, FieldKey::Requirements | FieldKey::OtherRequirement)
            && !is_none_value(f.value.view())
    }) {
        p.reading(&mut q, f.value, |q| {
            lines.read(q, f.value, false);
            let whole = f.value.clean();
            if f.key == FieldKey::OtherRequirement && !q.other.contains(&whole) {
                q.other.push(whole);
            }
        });
    }
    for node in nodes {
        let known = node.fields().iter().any(|f| f.key != FieldKey::Unknown);
        match &node.kind {
            NodeKind::Decoration => {}
            NodeKind::Row { cells, .. } => {
                for cell in cells {
                    p.reading(&mut q, *cell, |q| lines.read(q, *cell, known));
                }
            }
            _ => p.reading(&mut q, node.body(), |q| lines.read(q, node.body(), known)),
        }
    }
    // A page without a requirements section may ask in its prose (a news story's
    // `…8名,条件是持有叉车操作证、有一年以上经验、年龄45岁以下`): what the sentence
    // names from its cue on is read; nothing else of it is kept.
    if nodes.is_empty() {
        for node in all.iter().filter(|n| matches!(n.kind, NodeKind::Prose)) {
            if let Some(asked) = asked_in_prose(node.line) {
                p.reading(&mut q, asked, |q| lines.read(q, asked, true));
            }
        }
    }
    // Tag lines of postings (`广州 1-3年 大专`): anywhere in the document.
    if q.education.is_none() || q.experience.is_none() {
        for line in tag_lines(all) {
            p.reading(&mut q, line, |q| read_tags(q, line));
        }
    }
    if q.experience.is_none() {
        q.experience = p.found("/qualifications/experience", lines.experience_words);
    }
    q
}

/// What the labelled fields say.
fn from_fields(facts: &Facts<'_, '_>, p: &mut Provenance) -> Qualifications {
    let first = |key| facts.first(key);
    let mut q = Qualifications {
        education: p.found(
            "/qualifications/education",
            first(FieldKey::Education).and_then(|f| {
                let mut e = education::from_value(f.value)?;
                // `最低学历:专科`: the label says the level is a minimum.
                let label = f.label.view();
                if e.level.is_some() && lexicon::MINIMUM_WORDS.iter().any(|w| label.contains(w)) {
                    e.or_above = true;
                }
                Some((e, f.value))
            }),
        ),
        experience: p.found(
            "/qualifications/experience",
            first(FieldKey::Experience)
                .and_then(|f| Some((experience::from_value(f.value)?, f.value))),
        ),
        majors: facts.list_at(FieldKey::Majors, p, "/qualifications/majors"),
        skills: facts.list_at(FieldKey::Skills, p, "/qualifications/skills"),
        languages: facts.list_at(FieldKey::Languages, p, "/qualifications/languages"),
        age: p.found(
            "/qualifications/age",
            first(FieldKey::Age)
                .and_then(|f| Some((experience::age(f.value.view(), true)?, f.value))),
        ),
        physical: facts.text_some_at(FieldKey::Physical, p, "/qualifications/physical"),
        traits: facts.list_at(FieldKey::Traits, p, "/qualifications/traits"),
        ..Qualifications::default()
    };
    for f in facts
        .fields
        .iter()
        .filter(|f| f.key == FieldKey::Certificates)
    {
        p.reading(&mut q, f.value, |q| {
            q.certificates.extend(
                split_list(&f.value.clean())
                    .into_iter()
                    .map(|c| c.trim_matches(['《', '》']).to_string()),
            )
        });
    }
    for f in facts.fields.iter().filter(|f| f.key == FieldKey::Gender) {
        if !is_none_value(f.value.view()) {
            p.reading(&mut q, f.value, |q| q.other.push(f.value.clean()));
        }
    }
    q
}

/// Reads requirement lines one by one.
struct LineReader<'a> {
    languages_field: bool,
    seen_certs: HashSet<String>,
    seen_other: HashSet<String>,
    /// `有…经验者优先`: experience asked for without a number of years, and its line.
    experience_words: Option<(Experience, Line<'a>)>,
    /// `具備下列資格條件之一者`: the lines after it are alternatives, so the lowest
    /// education among them is the minimum.
    alternatives: bool,
}

impl<'a> LineReader<'a> {
    /// Takes what a requirement line says; a line that says nothing specific is
    /// kept whole in `other`.
    fn read(&mut self, q: &mut Qualifications, line: Line<'a>, known: bool) {
        let mut specific = known;
        if let Some(e) = education::from_line(line) {
            specific = true;
            match &q.education {
                Some(had) if self.alternatives && had.level.is_some() && e.level < had.level => {
                    q.education = Some(e);
                }
                Some(_) => {}
                None => q.education = Some(e),
            }
        }
        self.alternatives |= lexicon::ALTERNATIVES_INTROS
            .iter()
            .any(|w| line.view().trim_end_matches([':', ' ']).ends_with(w));
        if let Some(e) = experience::from_line(line) {
            specific = true;
            q.experience.get_or_insert(e);
        } else if self.experience_words.is_none() {
            self.experience_words = experience::mention(line).map(|e| (e, line));
        }
        if let Some(a) = experience::age(line.view(), false) {
            match &mut q.age {
                None => {
                    specific = true;
                    q.age = Some(a);
                }
                // `年满十八周岁` …, then `年龄不超过40周岁`: a minimum and a maximum asked
                // in two clauses are one range.
                Some(have) if completes(have, &a) => {
                    specific = true;
                    have.min = have.min.or(a.min);
                    have.max = have.max.or(a.max);
                }
                Some(_) => {}
            }
        }
        if q.physical.is_none()
            && let Some((s, e)) = experience::clauses(line.view())
                .into_iter()
                .find(|&(s, e)| lexicon::PHYSICAL.is_match(&line.view()[s..e]))
        {
            // `身体健康,吃苦耐劳`: the clause about health is the physical condition.
            q.physical = Some(clean_value(line.text_of(s..e)));
        }
        specific |= self.certificates(q, line);
        if q.majors.is_empty() {
            q.majors = majors(line);
        }
        if q.languages.is_empty() && !self.languages_field {
            let found = languages(line);
            if !found.is_empty() {
                specific = true;
                q.languages = found;
            }
        }
        if !specific && !line.is_empty() {
            let text = line.clean();
            if self.seen_other.insert(text.clone()) {
                q.other.push(text);
            }
        }
    }

    /// Certificates named in 《》, or held (`持有…证`); true when any is named.
    fn certificates(&mut self, q: &mut Qualifications, line: Line<'_>) -> bool {
        let books: Vec<String> = BOOK_TITLE
            .captures_iter(line.text())
            .map(|c| clean_value(&c[1]))
            .collect();
        let mut named = !books.is_empty();
        if named {
            for b in books {
                if self.seen_certs.insert(b.clone()) {
                    q.certificates.push(b);
                }
            }
            return true;
        }
        for c in HOLDS.captures_iter(line.view()) {
            let m = c.get(1).expect("group 1");
            for cert in split_list(line.text_of(m.range())) {
                named = true;
                if self.seen_certs.insert(cert.clone()) {
                    q.certificates.push(cert);
                }
            }
        }
        named
    }
}

/// The rest of a prose sentence after a requirement's cue inside it (`条件是…`).
fn asked_in_prose(line: Line<'_>) -> Option<Line<'_>> {
    let view = line.view();
    static CUES: LazyLock<WordIndex<()>> =
        LazyLock::new(|| lexicon::list_index(lexicon::REQUIREMENT_INFIXES));
    let (_, from, _) = CUES.first_listed(view)?;
    let end = view[from..].find('。').map_or(view.len(), |e| from + e);
    Some(line.sub(from..end))
}

/// Does `more` give the bound `have` lacks, and only that, with the range still in
/// order?
fn completes(have: &Age, more: &Age) -> bool {
    match (have.min, have.max, more.min, more.max) {
        (Some(min), None, None, Some(max)) | (None, Some(max), Some(min), None) => min <= max,
        _ => false,
    }
}

/// The languages a requirement line names, as written.
fn languages(line: Line<'_>) -> Vec<String> {
    static NAMES: LazyLock<WordIndex<()>> =
        LazyLock::new(|| lexicon::list_index(lexicon::LANGUAGES));
    let view = line.view();
    // Where each language is first named, in one pass.
    let mut first = [None; lexicon::LANGUAGES.len()];
    NAMES.each_match(view, |at, _, place| {
        first[place].get_or_insert(at);
    });
    lexicon::LANGUAGES
        .iter()
        .zip(first)
        .filter(|(l, _)| !(**l == "英文" && view.contains("中英文")))
        .filter_map(|(l, at)| Some((l, at?)))
        // `中文等相关专业` names a major, not a language.
        .filter(|(l, _)| {
            !experience::clauses(view)
                .iter()
                .any(|&(s, e)| view[s..e].contains(**l) && view[s..e].contains("专业"))
        })
        .map(|(l, at)| line.text_of(at..at + l.len()).to_string())
        .collect()
}

/// Lines without fields or cells: where a posting's tag line may stand.
fn tag_lines<'s, 'a>(all: &'s [&'s Node<'a>]) -> impl Iterator<Item = Line<'a>> + 's {
    all.iter().flat_map(|n| {
        let own = match &n.kind {
            NodeKind::Item { body, fields, .. } if fields.is_empty() => Some(*body),
            NodeKind::Prose | NodeKind::Header(_) | NodeKind::Decoration => Some(n.line),
            _ => None,
        };
        own.into_iter().chain(n.value_line)
    })
}

/// Education and experience from a tag line's tokens.
fn read_tags(q: &mut Qualifications, line: Line<'_>) {
    let tokens: Vec<&str> = tag_tokens(line.text());
    if tokens.len() < 2 {
        return;
    }
    for token in tokens {
        let token = line.of_text(token);
        if q.experience.is_none() {
            q.experience = experience::from_tag(token);
        }
        if q.education.is_none() && token.view().chars().count() <= 8 {
            q.education = education::from_line(token);
        }
    }
}

/// The tokens of a posting's tag line (`广州 1-3年 大专`, `8-12K·14薪 | 上海 | 本科`).
pub fn tag_tokens(text: &str) -> Vec<&str> {
    if text.contains([':', '：', '。', ',', '，', ';', '；']) {
        return Vec::new();
    }
    text.split([' ', '\u{3000}', '|', '/', '｜'])
        .filter(|t| !t.is_empty())
        .collect()
}

/// `物业管理、工商管理等相关专业` → the majors named.
fn majors(line: Line<'_>) -> Vec<String> {
    let view = line.view();
    for (start, end) in experience::clauses(view) {
        let clause = view[start..end].trim();
        if !lexicon::MAJOR_WORDS.iter().any(|w| clause.contains(w))
            || lexicon::NOT_MAJOR_WORDS.iter().any(|w| clause.contains(w))
        {
            continue;
        }
        // Drop an education level in front (`本科以上学历,`, `大专 市场营销专业`).
        let mut from = start + (view[start..end].len() - view[start..end].trim_start().len());
        if let Some((_, _, r)) = find_level(clause) {
            let after = &clause[r.end..];
            let skip = lexicon::LEVEL_TAILS
                .iter()
                .find(|w| after.starts_with(**w))
                .map_or(0, |w| w.len());
            from += r.end + skip;
        }
        let sub = line.sub(from..end);
        let Some(c) = MAJOR.captures(sub.view().trim()) else {
            continue;
        };
        let m = c.get(1).expect("group 1");
        let lead = sub.view().len() - sub.view().trim_start().len();
        let names = split_list(sub.text_of(lead + m.start()..lead + m.end()));
        if !names.is_empty() {
            return names;
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_read_majors_from_requirement_lines() {
        let cases: &[(&str, &[&str])] = &[
            ("中专以上学历,电气相关专业。", &["电气"]),
            ("物业管理、工商管理等相关专业", &["物业管理", "工商管理"]),
            ("大專或以上學歷,物業管理相關學科;", &["物業管理"]),
            ("本科以上学历,市场营销专业优先", &["市场营销"]),
            ("具备专业知识", &[]),
        ];
        for (input, want) in cases {
            let folded = crate::normalize::Folded::new(input);
            assert_eq!(majors(folded.first().unwrap()), *want, "{input}");
        }
    }
}
