//! classify: what every line is, decided once.
//!
//! Each non-blank line is judged here and nowhere else: site chrome (with the
//! reason it is dropped), a document separator (`篇2:…`), or content, which is cut
//! into pieces — a run-on line such as `岗位职责:1.…;2.…。任职要求:1.…` becomes a
//! heading, items and another heading — and each piece gets a [`Kind`]: a section
//! heading with its key, a numbered item with its marker, label/value fields with
//! their ranges, a table row with its cells, a duty-table header, a separator row,
//! or prose. Every decision carries the [`Rule`] that made it, which
//! `jdparse explain` prints.
//!
//! The later stages only read these kinds: [`crate::split`] groups lines into
//! documents and titles, [`crate::outline`] groups pieces into sections and nodes,
//! and [`crate::extract`] reads values from them. None of them runs a recognizer
//! again. The recognizers live in this module's files:
//!
//! - [`chrome`]: chrome by wording, page numbers, breadcrumbs, navigation bars;
//! - [`numbering`]: numbering markers and bullets (`一、` `(1)` `①` `a)` `●` …);
//! - [`heading`]: section headings in every style;
//! - [`fields`]: label/value runs (`职位名称:领班所属部门:安管部`), spaced pairs;
//! - [`table`]: table rows (tabs, pipes, wide gaps) and duty-table headers;
//! - [`cell_lines`]: duty tables written one cell per line, read as a run;
//! - [`pieces`]: cutting run-on lines before inline headings and numbered items;
//! - [`title`]: what split needs to find documents and titles (title words,
//!   numbered job titles, site names, counters);
//! - [`education`]: education levels, which chrome and extraction both read.

pub mod cell_lines;
pub mod chrome;
pub mod education;
pub mod fields;
pub mod heading;
pub mod numbering;
pub mod pieces;
pub mod reflow;
pub mod table;
pub mod title;

use std::cell::OnceCell;

use crate::lexicon::{Column, FieldKey};
use crate::model::{DropReason, SectionKey};
use crate::normalize::{Folded, Line};
use numbering::Marker;

/// One input line and what it is.
#[derive(Debug)]
pub struct Classified<'a> {
    pub line: Line<'a>,
    pub class: Class<'a>,
    pub traits: title::Traits<'a>,
}

/// The line-level verdict.
#[derive(Debug)]
pub enum Class<'a> {
    /// `篇2:保洁员岗位说明书`: a new document starts here, possibly with its title.
    Separator { title: Option<Line<'a>> },
    /// Site chrome, judged on the line alone.
    Chrome(DropReason, Rule),
    /// Content, cut into pieces.
    Body(Vec<Piece<'a>>),
}

/// A piece of a content line (the whole line, unless it was cut).
#[derive(Debug)]
pub struct Piece<'a> {
    /// The piece as written, numbering included.
    pub line: Line<'a>,
    pub kind: Kind<'a>,
    pub rule: Rule,
}

/// What a piece is.
#[derive(Debug)]
pub enum Kind<'a> {
    /// A section heading; `heading` is its text as written, without markup
    /// (`#`, `【】` stay as written except a leading `#`) and without the colon.
    Heading { key: SectionKey, heading: Line<'a> },
    /// The header row of a duty table: its columns.
    TableHeader(Vec<Column>),
    /// A row without content of its own (`|---|---|`), or a cell of the row
    /// above written on its own line (whose row holds its text).
    Decoration,
    /// A table row: its cells, and the label/value pairs they hold.
    Row {
        cells: Vec<Line<'a>>,
        fields: Vec<Field<'a>>,
    },
    /// A numbered or bulleted item: its marker, the text after it, and any
    /// label/value pairs in that text.
    Item {
        marker: Marker,
        body: Line<'a>,
        fields: Vec<Field<'a>>,
    },
    /// Label/value pairs.
    Fields(Vec<Field<'a>>),
    /// Text with no structure of its own.
    Prose(Bare),
}

/// What a prose line is when it stands alone: a one-cell-per-line table leaves
/// a label on one line and its value on the next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bare {
    /// The line is a field label alone (`岗位名称`), so the next line may be its value.
    pub label: Option<FieldKey>,
    /// The line is a label or a section name, so it is nobody's value.
    pub not_a_value: bool,
}

/// A label/value pair.
#[derive(Clone, Copy, Debug)]
pub struct Field<'a> {
    pub key: FieldKey,
    /// The label as written.
    pub label: Line<'a>,
    /// The value as written; empty when the label has none on its line.
    pub value: Line<'a>,
}

impl Field<'_> {
    /// A known label with nothing after it: its value may be on the next line.
    pub fn awaits_value(&self) -> bool {
        self.value.is_empty() && !matches!(self.key, FieldKey::Unknown | FieldKey::Partners)
    }
}

impl<'a> Kind<'a> {
    /// The label/value pairs this piece holds.
    pub fn fields(&self) -> &[Field<'a>] {
        match self {
            Kind::Row { fields, .. } | Kind::Item { fields, .. } | Kind::Fields(fields) => fields,
            _ => &[],
        }
    }

    /// The word `explain` prints for this kind.
    pub fn name(&self) -> &'static str {
        match self {
            Kind::Heading { .. } => "heading",
            Kind::TableHeader(_) => "table-header",
            Kind::Decoration => "decoration",
            Kind::Row { .. } => "row",
            Kind::Item { .. } => "item",
            Kind::Fields(_) => "fields",
            Kind::Prose(_) => "prose",
        }
    }
}

/// The rule that decided a line's or a piece's kind, or where it went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// A chrome phrase of the lexicon (`相关文章`, `上一篇`, `ICP备`…).
    ChromePhrase,
    /// `第1页 共2页`, `1/3`.
    ChromePageNumber,
    /// `首页 > 招聘 > …`.
    ChromeBreadcrumbs,
    /// `A | B | C` of short words, or `下载 相关 举报`.
    ChromeNavBar,
    /// `43.04 KB`, `2页`, `X.doc_第1页`: a document site's file information.
    ChromeFileInfo,
    /// `X X 文 库 w w w . x x . c o m`: a site's name or address injected into the text.
    ChromeWatermark,
    /// A short line ending like a site name (`…网`, `…文库`).
    ChromeSiteName,
    /// `某某娱乐城_注册送彩金_棋牌官方下载`: the spam line of a hijacked page.
    ChromeSpam,
    /// `网友3391 2023-08-02 10:15`, `時間 Mon May 20 …`: a post's byline or time.
    ChromeByline,
    /// `收费处岗位职责(精选3篇)`: the header of a collection.
    ChromeCollectionTitle,
    /// `(填写该岗位所在的一级部门)`: a blank form's note on how to fill a cell in.
    ChromeFormHint,
    /// `…夜景。(图/记者某某摄)`: a news photo's caption with its credit.
    ChromeCaption,
    /// `篇2:…`, `第二篇`, `范本二`.
    Separator,
    /// A section alias at the start of the line.
    HeadingAlias,
    /// `【岗位职责】`, `[岗位职责]`, `**岗位职责**`.
    HeadingBracketed,
    /// `一、岗位职责`, `## 岗位职责`.
    HeadingNumbered,
    /// A table row whose first cell names the section.
    HeadingFirstCell,
    /// A heading cut out of a run-on line (`…。任职要求:…`).
    HeadingInline,
    /// `保安员岗位职责`: a job's name and the word for its duties.
    HeadingJob,
    /// `收银员岗位要求`: a position's name and a section name.
    HeadingNamed,
    /// `二级保安员的职责包括:`: a sentence that introduces the list after it.
    HeadingIntro,
    /// `一般要求中专以上学历,…`: a sentence that opens with a requirement's cue and
    /// asks for an education, experience or age heads the requirements.
    HeadingRequirementCue,
    /// `三、岗位特点` between `二、投递员的主要职责` and `四、…`: a chapter numbered in
    /// the chain of the headings beside it heads a section of its own.
    HeadingSibling,
    /// `主要职责 职责描述 建议考核指标`.
    TableHeader,
    /// `|---|---|`.
    TableSeparator,
    /// A table cell on its own line, part of the row or header above it.
    TableCellPerLine,
    /// A row of values under a row of labels, paired cell by cell.
    TableLabelRow,
    /// `•` or `-` alone on its line.
    LoneBullet,
    /// Words after a heading that lead into the items below (`主要负责 –`, `如下:`).
    Intro,
    /// Cells split on tabs, pipes or wide gaps.
    TableRow,
    /// A numbering marker or bullet at the start.
    ItemMarker,
    /// One of a chain `1.…;2.…;3.…` on one line.
    ItemRunOn,
    /// `label:value` runs.
    FieldsColon,
    /// `岗位名称 保安员 所属部门 安管部`.
    FieldsSpacedPairs,
    /// `岗位名称主营总出纳岗位编号所在部门…`: labels without colons.
    FieldsRun,
    /// Nothing above.
    Prose,
    // Decisions of later stages, by a line's place.
    /// The line is a document's title.
    SplitTitle,
    /// A numbered job title among several (`一、保安员岗位职责 … 二、…`).
    SplitNumberedJobTitle,
    /// Everything after `相关文章` and the like.
    SplitFooter,
    /// A page title repeated above the document's own.
    SplitRepeatedTitle,
    /// A short line ending like a site name, above the title.
    SplitSiteName,
    /// Lines above the title.
    SplitPageHeader,
    /// A bare counter or date above the title.
    SplitCounterOrDate,
    /// Three or more job titles in a row: a collection's table of contents.
    SplitTableOfContents,
    /// A title with nothing under it, or a part of the page with no job description.
    SplitNoJobDescription,
    /// The next line after a bare label, taken as its value.
    OutlineValueOfLabel,
    /// `2、` beginning a document-sharing site's page, taken off when the page is
    /// joined to the one before it.
    PageMarker,
}

impl Rule {
    /// The id `explain` prints.
    pub fn id(self) -> &'static str {
        use Rule::*;
        match self {
            ChromePhrase => "chrome.phrase",
            ChromePageNumber => "chrome.page-number",
            ChromeBreadcrumbs => "chrome.breadcrumbs",
            ChromeNavBar => "chrome.nav-bar",
            ChromeFileInfo => "chrome.file-info",
            ChromeWatermark => "chrome.watermark",
            ChromeSiteName => "chrome.site-name",
            ChromeSpam => "chrome.spam",
            ChromeByline => "chrome.byline",
            ChromeCollectionTitle => "chrome.collection-title",
            ChromeFormHint => "chrome.form-hint",
            ChromeCaption => "chrome.caption",
            Separator => "separator",
            HeadingAlias => "heading.alias",
            HeadingBracketed => "heading.bracketed",
            HeadingNumbered => "heading.numbered",
            HeadingFirstCell => "heading.first-cell",
            HeadingInline => "heading.inline",
            HeadingJob => "heading.job",
            HeadingNamed => "heading.named",
            HeadingIntro => "heading.intro-sentence",
            HeadingRequirementCue => "heading.requirement-cue",
            HeadingSibling => "heading.sibling",
            TableHeader => "table.header",
            TableSeparator => "table.separator",
            TableCellPerLine => "table.cell-per-line",
            TableLabelRow => "table.values-under-labels",
            LoneBullet => "item.lone-bullet",
            Intro => "heading.intro",
            TableRow => "table.row",
            ItemMarker => "item.marker",
            ItemRunOn => "item.run-on",
            FieldsColon => "fields.colon",
            FieldsSpacedPairs => "fields.spaced-pairs",
            FieldsRun => "fields.run",
            Prose => "prose",
            SplitTitle => "split.title",
            SplitNumberedJobTitle => "split.numbered-job-title",
            SplitFooter => "split.footer",
            SplitRepeatedTitle => "split.repeated-title",
            SplitSiteName => "split.site-name",
            SplitPageHeader => "split.page-header",
            SplitCounterOrDate => "split.counter-or-date",
            SplitTableOfContents => "split.table-of-contents",
            SplitNoJobDescription => "split.no-job-description",
            OutlineValueOfLabel => "outline.value-of-label",
            PageMarker => "normalize.page-marker",
        }
    }
}

/// What the recognizers say of a whole line, each asked at most once: the
/// traits and the pieces of the line both read it.
pub(crate) struct Scan<'a> {
    pub view: &'a str,
    pub marker: Option<Marker>,
    /// Reflow cut the line before a section name it found placed as a heading.
    heading_cut: bool,
    heading: OnceCell<Option<heading::Heading>>,
    row: OnceCell<Option<table::RowKind>>,
    fields: OnceCell<Vec<fields::FieldHit>>,
}

impl<'a> Scan<'a> {
    fn new(view: &'a str, heading_cut: bool) -> Scan<'a> {
        Scan {
            view,
            marker: numbering::marker(view),
            heading_cut,
            heading: OnceCell::new(),
            row: OnceCell::new(),
            fields: OnceCell::new(),
        }
    }

    pub fn heading(&self) -> Option<&heading::Heading> {
        self.heading
            .get_or_init(|| {
                heading::with_marker(self.view, self.marker).or_else(|| {
                    self.heading_cut
                        .then(|| heading::glued(self.view, self.marker))
                        .flatten()
                })
            })
            .as_ref()
    }

    pub fn row(&self) -> Option<&table::RowKind> {
        self.row.get_or_init(|| table::row(self.view)).as_ref()
    }

    pub fn fields(&self) -> &[fields::FieldHit] {
        self.fields.get_or_init(|| fields::split_fields(self.view))
    }
}

/// Classifies every line of a document, after cutting run-on lines into the
/// logical lines they hold ([`reflow`]).
///
/// Each recognizer runs over all the lines before the next one does: the
/// recognizers are many and each is small, and taking them one at a time keeps
/// each in the processor's instruction cache while it runs (a third fewer misses
/// than asking every recognizer of one line before the next line).
pub fn classify(folded: &Folded) -> Vec<Classified<'_>> {
    let lines: Vec<Line<'_>> = folded.lines().collect();
    // Chrome and separators are whole lines: a navigation bar of section names
    // (`首页 | 岗位职责 | 绩效考核`) is not a run-on document.
    let wholes = whole_line_verdicts(&lines);
    let mut parts: Vec<(Line<'_>, bool, Option<WholeLine<'_>>)> = Vec::with_capacity(lines.len());
    for (&line, whole) in lines.iter().zip(wholes) {
        if whole.0.is_some() || whole.1.is_some() {
            parts.push((line, false, Some(whole)));
            continue;
        }
        let cut = reflow::cut(line);
        // A line that was not cut is neither a separator nor chrome: asked above.
        let uncut = cut.len() == 1 && cut[0].0.view() == line.view();
        parts.extend(
            cut.into_iter()
                .map(|(part, heading_cut)| (part, heading_cut, uncut.then_some((None, None)))),
        );
    }
    let mut out = classify_parts(parts);
    cell_lines::rewrite(&mut out);
    heading::sibling_chapters(&mut out);
    out
}

/// The separator and chrome verdicts of whole lines, each recognizer over all.
fn whole_line_verdicts<'a>(lines: &[Line<'a>]) -> Vec<WholeLine<'a>> {
    let separators: Vec<_> = lines.iter().map(|&line| title::separator(line)).collect();
    separators
        .into_iter()
        .zip(lines)
        .map(|(separator, line)| {
            let chrome = match separator {
                Some(_) => None,
                None => chrome::reason(line.view()),
            };
            (separator, chrome)
        })
        .collect()
}

/// Classifies logical lines (see [`classify_decided`]), each stage over all.
fn classify_parts<'a>(parts: Vec<(Line<'a>, bool, Option<WholeLine<'a>>)>) -> Vec<Classified<'a>> {
    let scans: Vec<Scan<'_>> = parts
        .iter()
        .map(|(line, heading_cut, _)| Scan::new(line.view(), *heading_cut))
        .collect();
    let traits: Vec<title::Traits<'a>> = parts
        .iter()
        .zip(&scans)
        .map(|((line, ..), scan)| title::traits(*line, scan))
        .collect();
    let verdicts: Vec<WholeLine<'a>> = parts
        .iter()
        .map(|(line, _, known)| known.unwrap_or_else(|| whole_line_verdict(*line)))
        .collect();
    parts
        .into_iter()
        .zip(scans)
        .zip(traits.into_iter().zip(verdicts))
        .map(|(((line, ..), scan), (traits, verdict))| decide(line, &scan, traits, verdict))
        .collect()
}

pub(crate) use crate::normalize::is_ideograph;

/// Classifies one line.
pub fn line(line: Line<'_>) -> Classified<'_> {
    classify_decided(line, false, None)
}

/// A line's separator title and chrome reason, when already asked.
type WholeLine<'a> = (Option<Option<Line<'a>>>, Option<(DropReason, Rule)>);

/// Classifies one logical line; `heading_cut` says reflow cut it before a
/// section name placed as a heading; `known` holds the separator and chrome
/// verdicts when they were already asked of this very text.
fn classify_decided<'a>(
    line: Line<'a>,
    heading_cut: bool,
    known: Option<WholeLine<'a>>,
) -> Classified<'a> {
    let scan = Scan::new(line.view(), heading_cut);
    let traits = title::traits(line, &scan);
    let verdict = known.unwrap_or_else(|| whole_line_verdict(line));
    decide(line, &scan, traits, verdict)
}

/// A line's separator title and chrome reason.
fn whole_line_verdict(line: Line<'_>) -> WholeLine<'_> {
    let separator = title::separator(line);
    let chrome = match separator {
        Some(_) => None,
        None => chrome::reason(line.view()),
    };
    (separator, chrome)
}

/// A line's class from its verdicts, its traits and (for content) its pieces.
fn decide<'a>(
    line: Line<'a>,
    scan: &Scan<'_>,
    traits: title::Traits<'a>,
    (separator, chrome): WholeLine<'a>,
) -> Classified<'a> {
    let class = if let Some(title) = separator {
        Class::Separator { title }
    } else if let Some((reason, rule)) = chrome {
        Class::Chrome(reason, rule)
    } else if title::is_collection_title(line.view()) && !traits.content {
        Class::Chrome(DropReason::CollectionTitle, Rule::ChromeCollectionTitle)
    } else {
        Class::Body(pieces::pieces(line, scan))
    };
    Classified {
        line,
        class,
        traits,
    }
}
