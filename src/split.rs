//! split: site chrome out, one page into several documents, each with its title.
//!
//! Works on classified lines only: chrome lines (and everything after a
//! `相关文章`-style footer) go to the document's `dropped` with their reason. A page
//! holds several job descriptions when it says so (`篇2:…`, `范本二`), when two or
//! more numbered lines name jobs (`一、保安员岗位职责 … 二、保洁员岗位职责`), or
//! when a second title line follows a finished document. The title is the
//! document's own title line among its leading lines; a page title repeated above
//! it (the template-site layout), a site name and counters are dropped as such.

use crate::classify::{Class, Classified, Kind, Piece, Rule};
use crate::lexicon::FieldKey;
use crate::model::DropReason;
use crate::normalize::Line;
use std::collections::HashSet;

/// One job description's lines, before outlining.
#[derive(Debug, Default)]
pub struct Doc<'a> {
    /// The title as written.
    pub title: Option<Line<'a>>,
    /// The line the title stands on, when it has its own (a `篇2:` separator's
    /// title has none).
    pub title_line: Option<usize>,
    /// Content lines, in order (title and chrome excluded).
    pub lines: Vec<&'a Classified<'a>>,
    pub dropped: Vec<Drop<'a>>,
    /// Holds a table of contents: three or more job titles in a row
    /// (`1、店长岗位职责` `2、副店长岗位职责` …), the front matter of a collection.
    pub toc: bool,
    /// The title a `篇N:` separator gave, if any.
    separator_title: Option<Line<'a>>,
}

/// A line that is not content, with why.
#[derive(Clone, Copy, Debug)]
pub struct Drop<'a> {
    pub line: Line<'a>,
    pub reason: DropReason,
    pub rule: Rule,
}

impl<'a> Doc<'a> {
    /// A job's paragraph under its own name (`技術負責人:全面負責…`, which
    /// [`split`] titles by the name): the line and the length of the name.
    pub fn job_paragraph(&self) -> Option<(Line<'a>, usize)> {
        let (t, first) = (self.title?, self.lines.first()?);
        if first.line.no != t.no {
            return None;
        }
        // (`1、律师助理:…`: after the item's number.)
        let at = t.offset_in(&first.line);
        let lead = &first.line.view()[..at.min(first.line.view().len())];
        let numbered = at > 0
            && crate::classify::numbering::marker(first.line.view())
                .is_some_and(|m| m.len >= lead.trim_end().len());
        ((at == 0 || numbered) && first.line.view()[at..].starts_with(t.view()))
            .then(|| (first.line, at + t.view().len()))
    }

    /// First and last input line this document covers.
    pub fn span(&self) -> [usize; 2] {
        let nos = self
            .lines
            .iter()
            .map(|c| c.line.no)
            .chain(self.dropped.iter().map(|d| d.line.no))
            .chain(self.title_line);
        let (min, max) = nos.fold((usize::MAX, 0), |(a, b), n| (a.min(n), b.max(n)));
        if max == 0 { [1, 1] } else { [min, max] }
    }

    fn drop(&mut self, line: Line<'a>, reason: DropReason, rule: Rule) {
        self.dropped.push(Drop { line, reason, rule });
    }
}

/// Where the walk over a page stands.
struct Walker<'a> {
    docs: Vec<Doc<'a>>,
    in_footer: bool,
    /// A related-links list before any content (`最新新闻排行` in a news page's
    /// sidebar): its items are dropped, and the first other line ends it.
    in_sidebar: bool,
    /// Has any document of the page had content yet?
    seen_content: bool,
    content_since_title: usize,
    /// Was the last content line a divider ([`is_divider`])?
    after_rule: bool,
}

impl<'a> Walker<'a> {
    fn current(&mut self) -> &mut Doc<'a> {
        self.docs.last_mut().expect("at least one doc")
    }

    fn open(&mut self, doc: Doc<'a>) {
        self.docs.push(doc);
        self.in_footer = false;
        self.content_since_title = 0;
    }

    /// A page's plain opening (`XX医院招聘启事` / `因业务发展需要…如下:`) before its
    /// first job is the page's header, no document of its own: its lines go to the
    /// first job's `dropped`.
    fn take_preamble(&mut self, next: &mut Doc<'a>) {
        if self.docs.len() != 1
            || !(is_preamble(self.current()) || opens_with_general_provisions(self.current()))
        {
            return;
        }
        let front = self.docs.pop().expect("one doc");
        let header = front.lines.iter().map(|c| Drop {
            line: c.line,
            reason: if c.traits.title_word {
                DropReason::CollectionTitle
            } else {
                DropReason::PageHeader
            },
            rule: Rule::SplitPageHeader,
        });
        next.dropped
            .splice(0..0, front.dropped.into_iter().chain(header));
    }

    /// `技術負責人:全面負責…`: a job's paragraph opens its document, titled by the
    /// job's name. What comes before the first one is the page's overview (`门店通常
    /// 设置以下岗位:①店长;…`), no job of its own.
    fn open_role(&mut self, c: &'a Classified<'a>, name: Line<'a>) {
        if self.docs.len() == 1 {
            self.current().toc = true;
        }
        self.open(Doc {
            title: Some(name),
            title_line: Some(c.line.no),
            ..Doc::default()
        });
        self.current().lines.push(c);
    }

    /// A job's title line on a page of several opens its document. The title drops
    /// its number; the line as written stays on record.
    fn open_titled(&mut self, c: &'a Classified<'a>, title: Line<'a>) {
        let mut next = Doc {
            title: Some(title),
            title_line: Some(c.line.no),
            ..Doc::default()
        };
        if is_requirements_title(title.view()) {
            // `园长任职条件`: the name titles the job, the line heads its requirements.
            next.lines.push(c);
        } else {
            next.drop(
                c.line,
                DropReason::NumberedJobTitle,
                Rule::SplitNumberedJobTitle,
            );
        }
        self.take_preamble(&mut next);
        self.open(next);
    }

    /// `-` over `职位职责: 1、…` again: a section the current document has already
    /// had, heading the line after a divider (a lone bullet or a rule), starts the next
    /// posting of a list. Notes whether this line is such a divider.
    fn repeats_after_rule(&mut self, c: &Classified<'_>) -> bool {
        let Class::Body(pieces) = &c.class else {
            return false;
        };
        let after_rule = std::mem::replace(&mut self.after_rule, is_divider(pieces));
        let key = match pieces.first().map(|p| &p.kind) {
            Some(Kind::Heading { key, .. }) => *key,
            _ => return false,
        };
        after_rule
            && self.current().lines.iter().any(|c| {
                matches!(&c.class, Class::Body(p)
                    if p.iter().any(|p| matches!(p.kind, Kind::Heading { key: k, .. } if k == key)))
            })
    }

    /// Places one line: a new document, a drop, or content of the current one.
    fn place(&mut self, c: &'a Classified<'a>, numbered_title: bool, in_toc: bool) {
        if in_toc {
            let doc = self.current();
            doc.toc = true;
            return doc.drop(
                c.line,
                DropReason::TableOfContents,
                Rule::SplitTableOfContents,
            );
        }
        if self.current().toc {
            // What follows a table of contents is the first of its documents.
            self.open(Doc::default());
        }
        // The same job's duties under its own title: that title is the document's,
        // or, when it has none yet, a line before any content (`篇3` /
        // `洗衣房领班岗位说明书范本` / `洗衣房领班工作职责1、…`).
        let same_job = |doc: &Doc<'a>, title: Line<'a>| {
            let name = job_name(title.view());
            match doc.title {
                Some(t) => job_name(t.view()) == name,
                None => {
                    doc.lines.len() <= 2
                        && doc.lines.iter().any(|c| job_name(c.line.view()) == name)
                }
            }
        };
        if numbered_title
            && let Some(title) = c.traits.job_title
            && !same_job(self.current(), title)
        {
            return self.open_titled(c, title);
        }
        let reason = match c.class {
            Class::Separator { title } => {
                let mut next = Doc {
                    separator_title: title,
                    ..Doc::default()
                };
                next.drop(c.line, DropReason::DocumentSeparator, Rule::Separator);
                return self.open(next);
            }
            _ if self.in_footer => Some((DropReason::AfterFooter, Rule::SplitFooter)),
            Class::Chrome(reason, rule) => Some((reason, rule)),
            Class::Body(ref pieces) if self.in_sidebar && is_list_item(pieces) => {
                Some((DropReason::Recommendations, Rule::SplitFooter))
            }
            Class::Body(_) => None,
        };
        if let Some((reason, rule)) = reason {
            if reason.starts_footer() && rule != Rule::SplitFooter {
                self.in_footer |= self.seen_content;
                self.in_sidebar = !self.seen_content;
            }
            return self.current().drop(c.line, reason, rule);
        }
        self.in_sidebar = false;
        self.seen_content |= c.traits.content;
        let repeated = self.repeats_after_rule(c);
        if (self.content_since_title >= 3 && c.traits.new_title) || repeated {
            self.open(Doc::default());
        } else if c.traits.content {
            self.content_since_title += 1;
        }
        self.current().lines.push(c);
    }
}

/// `-`, `------`, `***`: a line that only divides.
fn is_divider(pieces: &[Piece<'_>]) -> bool {
    matches!(pieces, [p] if matches!(p.kind, Kind::Decoration)
        && p.line.view().trim().chars().all(|c| "-—_=*~".contains(c)))
}

/// Plain text only: no heading, item, field or row.
fn is_preamble(doc: &Doc<'_>) -> bool {
    doc.separator_title.is_none()
        && !doc.toc
        && doc.lines.iter().all(|c| {
            matches!(&c.class, Class::Body(pieces)
                if pieces.iter().all(|p| matches!(p.kind, Kind::Prose(_))))
        })
}

/// `一、总则(一)目的…`: a regulation's first chapter, its general provisions, before
/// the jobs it lists: the page's front matter, not a job.
fn opens_with_general_provisions(doc: &Doc<'_>) -> bool {
    doc.lines
        .iter()
        .find(|c| c.traits.content)
        .is_some_and(|c| {
            let view = c.line.view();
            let body = crate::classify::numbering::marker(view).map_or(view, |m| &view[m.len..]);
            crate::lexicon::GENERAL_PROVISIONS
                .iter()
                .any(|w| body.starts_with(w))
        })
}

/// Where the page's related-links footer starts: its first footer heading after
/// content (one before any content heads a sidebar's list, not the footer).
fn footer_start(lines: &[Classified<'_>]) -> usize {
    let mut seen_content = false;
    lines
        .iter()
        .position(|c| {
            let footer = matches!(c.class, Class::Chrome(r, _) if r.starts_footer());
            seen_content |= c.traits.content;
            footer && seen_content
        })
        .unwrap_or(lines.len())
}

/// A line of a list (`· 地铁5号线南延段开通试运营`, `1. …`).
fn is_list_item(pieces: &[Piece<'_>]) -> bool {
    matches!(pieces, [p] if matches!(p.kind, Kind::Item { .. }))
}

/// Does the page name two or more different jobs by their titles?
fn names_several_jobs(lines: &[Classified<'_>]) -> bool {
    // `一、保安员岗位职责` … `二、保洁员岗位职责`: a page listing several jobs under
    // numbered titles. Two or more such lines make each one a document of its own
    // (a single one is just a JD's duties heading).
    // Two or more different jobs: the same job named again (`管理文件-生产部部长岗位职责`
    // as the title, `生产部部长岗位职责` over the duties) is one document.
    // Titles in the related-links footer are other pages' titles.
    // Jobs named over their requirements (`园长任职条件` … `厨师任职条件`) count among
    // themselves: one such line under a collection's title is a heading.
    let (mut names, mut required) = (HashSet::new(), HashSet::new());
    for t in lines[..footer_start(lines)]
        .iter()
        .filter_map(|c| c.traits.job_title)
    {
        let into = if is_requirements_title(t.view()) {
            &mut required
        } else {
            &mut names
        };
        into.insert(job_name(t.view()));
    }
    names.len() >= 2 || required.len() >= 2
}

/// Splits a file's classified lines into documents and moves chrome to `dropped`.
pub fn split<'a>(lines: &'a [Classified<'a>]) -> Vec<Doc<'a>> {
    let several_jobs = names_several_jobs(lines);
    let mut walker = Walker {
        docs: vec![Doc::default()],
        in_footer: false,
        in_sidebar: false,
        seen_content: false,
        content_since_title: 0,
        after_rule: false,
    };
    let toc = contents_entries(lines);
    let postings = posting_titles(lines);
    let posts: Vec<bool> = lines.iter().map(is_post_row).collect();
    let forms = form_starts(lines, &posts);
    let roles = role_paragraphs(lines);
    for (k, (c, in_toc)) in lines.iter().zip(toc).enumerate() {
        // The same form filled in again for the next job (`职位名称 | 冷库管理员` …
        // `职位名称 | 冷链调度员` …): a new document once the current one has its own.
        if forms[k]
            && walker
                .current()
                .lines
                .iter()
                .any(|c| names_position(c) || is_post_row(c))
        {
            walker.open(Doc::default());
        }
        // A table of two or more posts is a part of its own: its header row goes
        // with its first post, and what follows its last post (the rest of a
        // notice) with none of them.
        let table_ahead = !posts[k] && posts.get(k + 1..k + 3).is_some_and(|n| n == [true; 2]);
        let table_behind = !posts[k] && k >= 2 && posts[k - 2..k] == [true; 2];
        if (table_ahead || table_behind) && !walker.current().lines.is_empty() {
            walker.open(Doc::default());
        }
        if let Some(name) = roles[k] {
            walker.open_role(c, name);
            continue;
        }
        // A posting's name opens a document, unless the current one has nothing yet
        // (then it is that document's title, found as usual).
        if postings[k] && !walker.current().lines.is_empty() {
            walker.open(Doc {
                title: Some(c.traits.title),
                title_line: Some(c.line.no),
                ..Doc::default()
            });
            continue;
        }
        walker.place(c, several_jobs, in_toc);
    }
    let mut docs = walker.docs;
    for doc in &mut docs {
        if doc.title.is_none() {
            find_title(doc);
        }
    }
    let mut out = join_empty(docs);
    for doc in &mut out {
        doc.dropped.sort_by_key(|d| d.line.no);
    }
    out
}

/// A page that describes its jobs one paragraph each, the job's name as the label
/// (`技術負責人:全面負責實驗室的技術運作…` / `檢驗員:負責樣品的前處理…`): the name of each
/// such line, when two or more jobs are described so and no section heading or known
/// field comes before the first (a job description's `财务经理:负责审批…` under
/// 工作关系 is a contact, not a job of its own).
fn role_paragraphs<'a>(lines: &[Classified<'a>]) -> Vec<Option<Line<'a>>> {
    let role = |c: &Classified<'a>| -> Option<Line<'a>> {
        let Class::Body(pieces) = &c.class else {
            return None;
        };
        let [piece] = pieces.as_slice() else {
            return None;
        };
        let fields = match &piece.kind {
            Kind::Fields(fields) => fields,
            // `1、律师助理: 负责…`: numbered, the name after the number.
            Kind::Item { body, .. } => return named_item(*body),
            _ => return subject_of(c.line),
        };
        let f = fields.first()?;
        (f.key == FieldKey::Unknown
            && c.line.view().starts_with(f.label.view())
            && crate::lexicon::is_position_title(f.label.view())
            && f.value.view().chars().count() >= 15)
            .then_some(f.label)
    };
    // `小学数学教师1名, 数学类专业,大专以上学历…`: a notice's posts, one a line.
    let counted: Vec<Option<Line<'a>>> = lines.iter().map(|c| counted_post(c.line)).collect();
    if counted.iter().flatten().count() >= 2 {
        return counted;
    }
    let found: Vec<Option<Line<'a>>> = lines.iter().map(role).collect();
    let first = found.iter().position(Option::is_some);
    let names: std::collections::HashSet<&str> = found.iter().flatten().map(|l| l.view()).collect();
    // (`门店通常设置以下岗位:`, a known label with nothing after it, is an introduction.)
    let structured_before = first.is_some_and(|k| {
        lines[..k].iter().any(|c| {
            // (An introduction to the list of jobs, `…的职责如下:`, is no structure.)
            let said = c.line.view().trim_end_matches([':', ' ']);
            let intro = said.ends_with("如下") || said.ends_with("以下");
            matches!(&c.class, Class::Body(p) if p.iter().any(|p| {
                matches!(p.kind, Kind::Heading { .. }) && p.rule != Rule::HeadingIntro && !intro
                    || p.kind.fields().iter().any(|f| f.key != FieldKey::Unknown && !f.value.is_empty())
            }))
        })
    });
    if names.len() < 2 || structured_before {
        return vec![None; lines.len()];
    }
    found
}

/// `小学数学教师1名, 数学类或相近专业,大专以上学历…`, `艺体教师 1名,…`: a line that
/// opens with a post's name and its count, then what the post asks; the name and
/// count.
fn counted_post(line: Line<'_>) -> Option<Line<'_>> {
    let view = line.view();
    let end = view.find(',').filter(|&e| e <= 60)?;
    let head = view[..end].trim_end();
    (crate::lexicon::is_counted_position(head) && view[end..].chars().count() >= 10)
        .then(|| line.to(head.len()))
}

/// `律师助理: 负责…。负责…。`: a numbered item's text that names a job and a colon,
/// then says what it does; the name.
fn named_item(body: Line<'_>) -> Option<Line<'_>> {
    let view = body.view();
    let (name, rest) = view.split_once(':')?;
    (crate::lexicon::is_position_title(name)
        && !name.contains([',', '。', ';', '、', ' '])
        && rest.trim().chars().count() >= 15)
        .then(|| body.to(name.len()))
}

/// `店长作为门店的第一负责人,…`, `执业药师是门店药学服务的核心,…`: a paragraph whose
/// subject is a job, named first and followed by a verb of its role; the name.
fn subject_of(line: Line<'_>) -> Option<Line<'_>> {
    let view = line.view();
    if view.chars().count() < 30 {
        return None;
    }
    view.char_indices()
        .skip(2)
        .take(8)
        .filter(|&(at, _)| {
            // (A name, not a sentence's start: `以下是对“厨师长` is none.)
            view[..at].chars().all(crate::normalize::is_ideograph)
                && crate::lexicon::is_position_title(&view[..at])
                && crate::lexicon::ROLE_VERBS
                    .iter()
                    .any(|v| view[at..].starts_with(v))
        })
        .last()
        .map(|(at, _)| line.to(at))
}

/// Job titles that stand three or more in a row are a table of contents, not the
/// starts of documents.
fn contents_entries(lines: &[Classified<'_>]) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    let mut k = 0;
    while k < lines.len() {
        let mut run = lines[k..]
            .iter()
            .take_while(|c| c.traits.toc_entry && !matches!(c.class, Class::Chrome(..)))
            .count();
        // Entries with page numbers, then a title without one: the title of the
        // first document, right after its table of contents.
        let paged = |c: &Classified<'_>| c.line.view().ends_with(|ch: char| ch.is_ascii_digit());
        if run >= 2 && !paged(&lines[k + run - 1]) && lines[k..k + run - 1].iter().all(paged) {
            run -= 1;
        }
        let names: std::collections::HashSet<&str> = lines[k..k + run]
            .iter()
            .map(|c| job_name(c.traits.title.view()))
            .collect();
        if run >= 3 && names.len() >= 3 {
            out[k..k + run].iter_mut().for_each(|t| *t = true);
        }
        k += run.max(1);
    }
    out
}

/// A page of several postings, each a job's name over the same kind of block
/// (`前台接待` then `性别要求 女 年龄要求 20-25`, `平面设计师` then the same rows;
/// `Web前端开发工程师` then `岗位职责:`): a short plain line followed by a heading or
/// by fields, where two or more such lines are followed alike. Each opens a document.
fn posting_titles(lines: &[Classified<'_>]) -> Vec<bool> {
    let signature = |c: &Classified<'_>| -> Option<String> {
        let Class::Body(pieces) = &c.class else {
            return None;
        };
        match &pieces.first()?.kind {
            Kind::Heading { key, .. } => Some(format!("{key:?}")),
            Kind::Row { fields, .. } | Kind::Fields(fields) => fields
                .iter()
                .find(|f| f.key != crate::lexicon::FieldKey::Unknown)
                .map(|f| f.label.view().to_string()),
            // A label alone over its value (`<dt>工作地点</dt><dd>成都</dd>`), under
            // a position's name (`室内设计师`, not a word broken over lines).
            Kind::Prose(bare) if bare.label.is_some() => Some(c.line.view().to_string()),
            _ => None,
        }
    };
    let is_label = |c: &Classified<'_>| {
        matches!(&c.class, Class::Body(p)
            if matches!(p.last().map(|p| &p.kind), Some(Kind::Prose(b)) if b.label.is_some()))
    };
    let short_plain = |c: &Classified<'_>| {
        let Class::Body(pieces) = &c.class else {
            return false;
        };
        matches!(pieces.as_slice(), [p] if matches!(p.kind, Kind::Prose(b) if b.label.is_none() && !b.not_a_value))
            && (2..=20).contains(&c.line.view().chars().count())
            && !c.line.view().contains(['。', ',', ';', ':'])
            // `物流 / C轮 / 150-500人`: a job board's tag line, not a name.
            && !c.line.view().contains(" / ")
    };
    let mut by_signature: std::collections::HashMap<String, Vec<usize>> = Default::default();
    for k in 1..lines.len() {
        // Neither a label nor the value under one.
        let after_label = is_label(&lines[k - 1]) || (k >= 2 && is_label(&lines[k - 2]));
        if short_plain(&lines[k - 1])
            && !after_label
            && let Some(sig) = signature(&lines[k])
        {
            by_signature.entry(sig).or_default().push(k - 1);
        }
    }
    // Over a bare label, every name must be a position's (`室内设计师`), not a word
    // broken over lines (`工作` / `任务`) or a value (`岗位` / `目的` / `负责…`).
    let names_positions = |starts: &[usize]| {
        let bare = matches!(&lines[starts[0] + 1].class, Class::Body(p)
            if matches!(p[0].kind, Kind::Prose(_)));
        let named = starts
            .iter()
            .filter(|&&k| crate::lexicon::is_position_title(lines[k].line.view()))
            .count();
        !bare || named == starts.len()
    };
    let mut out = vec![false; lines.len()];
    for starts in by_signature.values().filter(|v| v.len() >= 2) {
        if names_positions(starts) {
            for &k in starts {
                out[k] = true;
            }
        }
    }
    out
}

/// Does the line start with the position's label (`职位名称:X`, `岗位名称 | X`, or
/// `岗位名称` alone over its value)?
fn names_position(c: &Classified<'_>) -> bool {
    let Class::Body(pieces) = &c.class else {
        return false;
    };
    match pieces.first().map(|p| &p.kind) {
        Some(Kind::Row { fields, .. } | Kind::Fields(fields)) => fields
            .iter()
            .find(|f| f.key != FieldKey::Unknown)
            .is_some_and(|f| f.key == FieldKey::PositionTitle),
        Some(Kind::Prose(bare)) => bare.label == Some(FieldKey::PositionTitle),
        _ => false,
    }
}

/// `1 | 会计 | 2 | 本科及以上` under `序号 | 岗位名称 | 招聘人数 | 学历要求`: a row of a table
/// of posts, which is one job's whole form.
pub(crate) fn is_post_row(c: &Classified<'_>) -> bool {
    matches!(&c.class, Class::Body(pieces) if pieces.iter().any(|p| {
        p.rule == Rule::TableLabelRow
            && p.kind.fields().iter().any(|f| f.key == FieldKey::PositionTitle)
    }))
}

/// A page of the same form filled in for several jobs: each line that starts with
/// the position's label, when two or more do, after a heading or a list between
/// them (a form's basic information may name the position twice in a row).
fn form_starts(lines: &[Classified<'_>], posts: &[bool]) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    let mut last: Option<usize> = None;
    let mut count = 0;
    for (k, c) in lines.iter().enumerate() {
        if !names_position(c) && !posts[k] {
            continue;
        }
        let apart =
            posts[k] || last.is_none_or(|j| lines[j + 1..k].iter().any(has_section_or_list));
        if apart {
            out[k] = true;
            count += 1;
        }
        last = Some(k);
    }
    if count < 2 {
        out.fill(false);
    }
    out
}

/// Does the line hold a heading or a list item?
fn has_section_or_list(c: &Classified<'_>) -> bool {
    matches!(&c.class, Class::Body(pieces)
        if pieces.iter().any(|p| matches!(p.kind, Kind::Heading { .. } | Kind::Item { .. })))
}

/// The job a title names: `管理文件-生产部部长岗位职责` → `生产部部长`.
/// `园长任职条件`: a job's name over its requirements.
fn is_requirements_title(title: &str) -> bool {
    crate::lexicon::JOB_REQUIREMENT_SUFFIXES
        .iter()
        .any(|s| title.ends_with(s))
}

fn job_name(title: &str) -> &str {
    let name = crate::lexicon::DOC_TITLE_SUFFIXES
        .iter()
        .chain(crate::lexicon::JOB_TITLE_SUFFIXES)
        .chain(crate::lexicon::JOB_REQUIREMENT_SUFFIXES)
        .find_map(|s| title.strip_suffix(s))
        .unwrap_or(title);
    name.rsplit(['-', ' ', ':', '_']).next().unwrap_or(name)
}

/// A chrome-only stretch (a page header before `篇1`) joins its neighbour, and so
/// does a title with nothing under it (the page title above numbered jobs).
fn join_empty(docs: Vec<Doc<'_>>) -> Vec<Doc<'_>> {
    let mut out: Vec<Doc> = Vec::new();
    let mut pending: Vec<Drop> = Vec::new();
    let count = docs.len();
    for (k, mut doc) in docs.into_iter().enumerate() {
        if doc.lines.is_empty()
            && (doc.title.is_none() || (k + 1 < count && doc.title_line.is_some()))
        {
            if let (Some(title), Some(_)) = (doc.title.take(), doc.title_line) {
                pending.push(Drop {
                    line: title,
                    reason: DropReason::CollectionTitle,
                    rule: Rule::SplitNoJobDescription,
                });
            }
            pending.append(&mut doc.dropped);
            continue;
        }
        doc.dropped.splice(0..0, pending.drain(..));
        out.push(doc);
    }
    if let Some(last) = out.last_mut() {
        last.dropped.append(&mut pending);
    }
    out
}

/// Picks the title among the leading lines and drops the page header around it.
fn find_title(doc: &mut Doc<'_>) {
    let leading = doc.lines.iter().take_while(|c| !c.traits.content).count();
    // Counters and dates among the leading lines are page metadata.
    let mut kept: Vec<&Classified> = Vec::new();
    let leading: Vec<&Classified> = doc.lines.drain(..leading).collect();
    for c in leading {
        if c.traits.counter_or_date {
            doc.drop(c.line, DropReason::CounterOrDate, Rule::SplitCounterOrDate);
        } else {
            kept.push(c);
        }
    }
    if let Some(title) = doc.separator_title.take() {
        doc.title = Some(title);
        if let Some(i) = kept
            .iter()
            .position(|c| c.traits.title.view() == title.view())
        {
            let line = kept.remove(i);
            doc.title = Some(line.traits.title);
            doc.title_line = Some(line.line.no);
        }
        doc.lines.splice(0..0, kept);
        return;
    }
    let title_at = repeated_title(doc, &kept).or_else(|| chosen_title(doc, &kept));
    let rest: Vec<&Classified> = match title_at {
        Some(t) => {
            let mut it = kept.into_iter().skip(t);
            let line = it.next().expect("title line exists");
            doc.title = Some(line.traits.title);
            doc.title_line = Some(line.line.no);
            it.collect()
        }
        None => kept,
    };
    doc.lines.splice(0..0, rest);
}

/// The template-site layout: the title twice, with the site name and a counter
/// around it. Drops what stands above the second copy.
fn repeated_title<'a>(doc: &mut Doc<'a>, kept: &[&'a Classified<'a>]) -> Option<usize> {
    for j in 1..kept.len() {
        if let Some(i) = (0..j).find(|&i| kept[i].line.view() == kept[j].line.view()) {
            for (k, c) in kept.iter().enumerate().take(j) {
                let (reason, rule) = if k == i {
                    (DropReason::RepeatedTitle, Rule::SplitRepeatedTitle)
                } else {
                    (DropReason::PageHeader, Rule::SplitPageHeader)
                };
                doc.drop(c.line, reason, rule);
            }
            return Some(j);
        }
    }
    None
}

/// The last short line with a title word, else the first short line that is not
/// a site name; what stands above it is the page header.
fn chosen_title<'a>(doc: &mut Doc<'a>, kept: &[&'a Classified<'a>]) -> Option<usize> {
    let n = kept.len();
    let short = |c: &&Classified| c.line.view().chars().count() <= 40;
    let site = |c: &&Classified| n > 1 && c.traits.site_name;
    // `某某供电公司 | 社会招聘 | 运维检修部 | 1人`: a posting's tag line under its name
    // holds a title word but is no title.
    let tags = |c: &&Classified| {
        let view = c.line.view();
        view.matches(" | ").count() + view.matches(" / ").count() >= 2
    };
    let worded = kept
        .iter()
        .rposition(|c| c.traits.title_word && short(c) && !tags(c));
    // `收银员岗位说明书` over `收银员岗位职责`: the heading of the job's duties under its
    // own document's title is not the title.
    let worded = worded.map(|t| {
        let heading = kept[t].line.view();
        if !crate::lexicon::ends_with_duties_word(heading) {
            return t;
        }
        (0..t)
            .rev()
            .find(|&i| {
                kept[i].traits.title_word
                    && short(&kept[i])
                    && job_name(kept[i].line.view()) == job_name(heading)
            })
            .unwrap_or(t)
    });
    let t = worded.or_else(|| kept.iter().position(|c| !site(c) && short(c)))?;
    for c in &kept[..t] {
        if c.traits.site_name {
            doc.drop(c.line, DropReason::SiteName, Rule::SplitSiteName);
        } else {
            doc.drop(c.line, DropReason::PageHeader, Rule::SplitPageHeader);
        }
    }
    Some(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::classify;
    use crate::normalize::Folded;

    fn reasons(doc: &Doc) -> Vec<(usize, &'static str)> {
        doc.dropped
            .iter()
            .map(|d| (d.line.no, d.reason.as_str()))
            .collect()
    }

    #[test]
    fn should_drop_the_template_site_header_and_footer() {
        let text = "某某范文网\n\n保安员岗位说明书\n\n1234\n\n  保安员岗位说明书\n\n  岗位名称:保安员\n\n相关文章\n保洁员岗位说明书\n";
        let folded = Folded::new(text);
        let classified = classify(&folded);
        let docs = split(&classified);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].title.map(|t| t.text()), Some("保安员岗位说明书"));
        assert_eq!(
            reasons(&docs[0]),
            vec![
                (1, "site name"),
                (3, "repeated title"),
                (5, "page metadata (counter or date)"),
                (11, "related articles"),
                (12, "after the page's related-links footer"),
            ]
        );
    }

    #[test]
    fn should_drop_a_sidebar_list_before_the_content_and_keep_what_follows() {
        let text = "最新新闻排行\n· 地铁5号线开通\n· 寒潮来袭\n分拣员招聘\n招聘岗位:分拣员\n工作内容:分拣包裹\n相关新闻\n仓管员招聘\n";
        let folded = Folded::new(text);
        let classified = classify(&folded);
        let docs = split(&classified);
        assert_eq!(docs.len(), 1);
        assert_eq!(
            reasons(&docs[0]),
            vec![
                (1, "recommendations"),
                (2, "recommendations"),
                (3, "recommendations"),
                (7, "recommendations"),
                (8, "after the page's related-links footer"),
            ]
        );
    }

    #[test]
    fn should_start_a_record_at_each_separator() {
        let text =
            "甲岗位职责(2篇)\n甲岗位职责\n1、负责甲\n篇2:乙岗位说明书\n乙岗位说明书\n岗位名称:乙\n";
        let folded = Folded::new(text);
        let classified = classify(&folded);
        let docs = split(&classified);
        let titles: Vec<_> = docs.iter().map(|d| d.title.map(|t| t.text())).collect();
        assert_eq!(titles, vec![Some("甲岗位职责"), Some("乙岗位说明书")]);
        assert_eq!(docs[0].dropped[0].reason, DropReason::CollectionTitle);
        assert_eq!(docs[1].dropped[0].reason, DropReason::DocumentSeparator);
    }
}
