//! jdparse turns Chinese job-description documents (岗位说明书, 职位说明书,
//! 职务说明书, recruitment postings) into normalized JSON records, one record per
//! job description. See `SPEC.md`-level documentation in the README.
//!
//! The pipeline, one module per stage, in order:
//!
//! 1. [`decode`] — bytes to UTF-8: BOM, BOM-less UTF-16, strict UTF-8, then
//!    `chardetng`; binary input and formats needing conversion are refused.
//! 2. [`html`] / [`docx`] — markup to lines, when the input is an HTML page or a
//!    Word `.docx` (paragraphs, numbering and table rows as cells).
//! 3. [`normalize`] — numbered lines, each with a matching view that ignores
//!    width, script (traditional/simplified), ideographic spaces and zero-width
//!    characters; values are cut from the text as written.
//! 4. [`split`] — site chrome to `dropped`; one page into several documents.
//! 5. [`outline`] — lines into sections of nodes: headings, numbered items and
//!    their nesting, label/value fields, table rows.
//! 6. [`extract`] — sections and fields into record values, one module per
//!    field family.
//! 7. [`model`] — the serde output types (the record contract).
//! 8. [`emit`] — records to NDJSON, JSON, JSON-LD or CSV, and the review page
//!    ([`emit::report`]).
//!
//! The vocabulary (section aliases, field labels, education levels, chrome
//! phrases) is data in [`lexicon`].
//!
//! ```
//! let text = "保安员岗位说明书\n岗位名称:保安员\n所属部门:安管部\n岗位职责:\n1、负责巡逻;\n2、负责登记。\n";
//! let parsed = jdparse::parse(text.as_bytes(), &jdparse::Options::default()).unwrap();
//! let record = &parsed.records[0];
//! assert_eq!(record.position.title.as_deref(), Some("保安员"));
//! assert_eq!(record.responsibilities.len(), 2);
//! ```

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod check;
pub mod classify;
pub mod decode;
pub mod docx;
pub mod emit;
pub mod error;
pub mod explain;
pub mod extract;
pub mod html;
pub mod lexicon;
pub mod model;
pub mod normalize;
pub mod numbers;
pub mod outline;
pub mod split;

use encoding_rs::Encoding;

pub use error::{Error, ErrorKind};
pub use explain::explain;
pub use model::{Diagnostic, DiagnosticCode, DropReason, Record, Severity, SourceFormat};
use normalize::Folded;

/// How to read one input.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Decode with this encoding instead of detecting one.
    pub encoding: Option<&'static Encoding>,
    pub input_format: InputFormat,
    /// Reported as `source.path`.
    pub path: Option<String>,
    /// Reported as `source.id` (NDJSON requests).
    pub id: Option<String>,
    /// Keep the decoded text in [`Parsed::text`] (the review report shows it).
    pub keep_text: bool,
}

/// What kind of document the input is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputFormat {
    /// Detect from the content.
    #[default]
    Auto,
    Text,
    Html,
    Docx,
}

/// The outcome of parsing one input.
#[derive(Debug)]
pub struct Parsed {
    pub records: Vec<Record>,
    /// File-level diagnostics (also copied into every record).
    pub diagnostics: Vec<Diagnostic>,
    /// WHATWG name of the encoding used.
    pub encoding: &'static str,
    pub format: SourceFormat,
    /// The decoded text the records' line numbers refer to, when
    /// [`Options::keep_text`] asked for it.
    pub text: Option<String>,
}

/// The text the parser reads: decoded, and rendered to lines for HTML.
#[derive(Debug)]
pub struct Text {
    pub text: String,
    pub encoding: &'static Encoding,
    pub format: SourceFormat,
    pub diagnostics: Vec<Diagnostic>,
}

/// Decodes an input (and renders HTML) into the text whose lines the records
/// refer to; `source.lines` and the nothing-lost rule are about these lines.
pub fn text(bytes: &[u8], options: &Options) -> Result<Text, Error> {
    let docx = match options.input_format {
        InputFormat::Docx => true,
        InputFormat::Auto => docx::is_zip(bytes),
        _ => false,
    };
    if docx {
        return Ok(Text {
            text: docx::to_text(bytes)?,
            encoding: encoding_rs::UTF_8,
            format: SourceFormat::Docx,
            diagnostics: Vec::new(),
        });
    }
    let format = match options.input_format {
        InputFormat::Auto if html::looks_like_html(bytes) => SourceFormat::Html,
        InputFormat::Html => SourceFormat::Html,
        _ => SourceFormat::Text,
    };
    if options.input_format == InputFormat::Auto {
        decode::sniff_binary(bytes)?;
    }
    let forced = options.encoding.or_else(|| {
        if format == SourceFormat::Html && Encoding::for_bom(bytes).is_none() {
            html::meta_charset(bytes)
        } else {
            None
        }
    });
    let decoded = decode::decode(bytes, forced);
    let text = match format {
        SourceFormat::Html => html::to_text(&decoded.text),
        _ => decoded.text,
    };
    let mut diagnostics = decoded.diagnostics;
    // Reading aids and noise some sites put into the text, taken out before it is
    // read; a diagnostic says so.
    type Cleaner = fn(String) -> (String, usize, Option<usize>);
    let cleaners: [(Cleaner, DiagnosticCode, &str); 3] = [
        (
            normalize::without_watermarks,
            DiagnosticCode::NoiseRemoved,
            "a document converter's watermark (`BatchDoc Word文档批量处理工具`)",
        ),
        (
            normalize::without_pinyin,
            DiagnosticCode::PinyinRemoved,
            "pinyin in brackets after characters (負(fù)責 → 負責)",
        ),
        (
            normalize::without_jammers,
            DiagnosticCode::NoiseRemoved,
            "anti-copying noise (`^x~x`w,e!n.k/u`)",
        ),
    ];
    let mut text = text;
    for (clean, code, what) in cleaners {
        let (cleaned, removed, first) = clean(text);
        text = cleaned;
        if removed > 0 {
            diagnostics.push(Diagnostic::info(
                code,
                format!("removed from the text: {what}, {removed} in all"),
                first,
            ));
        }
    }
    Ok(Text {
        text,
        encoding: decoded.encoding,
        format,
        diagnostics,
    })
}

/// Parses one input into its records.
///
/// Only input that is not a text document at all is an error; anything odd
/// inside a document becomes a diagnostic.
pub fn parse(bytes: &[u8], options: &Options) -> Result<Parsed, Error> {
    let Text {
        text,
        encoding,
        format,
        mut diagnostics,
    } = text(bytes, options)?;
    let folded = Folded::new(&text);
    let source = model::Source {
        path: options.path.clone(),
        encoding: encoding.name().to_string(),
        format,
        id: options.id.clone(),
        ..model::Source::default()
    };
    let mut records = records(&folded, &source);
    if records.is_empty() {
        diagnostics.push(Diagnostic::warning(
            DiagnosticCode::NoJobDescription,
            "no job description found",
            None,
        ));
    }
    let count = records.len();
    for (index, record) in records.iter_mut().enumerate() {
        record.source.index = index;
        record.source.count = count;
        record.diagnostics.splice(0..0, diagnostics.iter().cloned());
    }
    Ok(Parsed {
        records,
        diagnostics,
        encoding: encoding.name(),
        format,
        text: options.keep_text.then_some(text),
    })
}

/// The records of a document's lines: classified, split into documents,
/// outlined and extracted.
fn records(folded: &Folded, source: &model::Source) -> Vec<Record> {
    let classified = classify::classify(folded);
    let mut records: Vec<Record> = Vec::new();
    // Parts of a page that hold no job description still lose nothing: their lines
    // go to a neighbouring record's `dropped` (the previous one, else the next).
    let mut orphans: Vec<model::Dropped> = Vec::new();
    for Part {
        doc,
        sections,
        is_job_description,
    } in parts(&classified)
    {
        if !is_job_description {
            let target = records
                .last_mut()
                .map(|r| &mut r.dropped)
                .unwrap_or(&mut orphans);
            target.extend(orphan_lines(&doc));
            continue;
        }
        let mut record = extract::record(&doc, &sections);
        let mut span = doc.span();
        for s in &sections {
            span[0] = span[0].min(s.first_line);
            span[1] = span[1].max(s.last_line);
        }
        record.source = model::Source {
            lines: span,
            ..source.clone()
        };
        if record.sections.is_empty() {
            record.diagnostics.push(Diagnostic::warning(
                DiagnosticCode::NoSections,
                "no section or field was recognized",
                None,
            ));
        }
        if !orphans.is_empty() {
            record.dropped.splice(0..0, orphans.drain(..));
            record.source.lines[0] = record.dropped[0].line.min(record.source.lines[0]);
        }
        records.push(record);
    }
    drop_page_markers(folded, &mut records);
    for record in &mut records {
        record.dropped.sort_by_key(|d| d.line);
        if let Some(last) = record.dropped.last() {
            record.source.lines[1] = record.source.lines[1].max(last.line);
        }
    }
    records
}

/// One document of a page with its outline: the stages up to extraction.
pub(crate) struct Part<'a> {
    pub doc: split::Doc<'a>,
    pub sections: Vec<outline::Section<'a>>,
    pub is_job_description: bool,
}

/// Splits classified lines into documents and outlines each.
pub(crate) fn parts<'a>(classified: &'a [classify::Classified<'a>]) -> Vec<Part<'a>> {
    let mut parts: Vec<Part<'a>> = split::split(classified)
        .into_iter()
        .map(|doc| {
            let sections = outline::build(&doc.lines);
            let is_job_description = is_job_description(&doc, &sections);
            Part {
                doc,
                sections,
                is_job_description,
            }
        })
        .collect();
    // `市场部岗位设置及职责` / `…具体职责如下:` over `部长岗位:1、…`, `副部长岗位:1、…`: the
    // opening of a page of several jobs, with no item or known field of its own, is
    // the page's header.
    let jobs_after = parts
        .iter()
        .skip(1)
        .filter(|p| p.is_job_description)
        .count();
    // A notice's opening over its table of posts is the page's header too, whatever
    // it lists, unless it names a job itself.
    let posts_after = parts
        .get(1)
        .is_some_and(|p| p.doc.lines.iter().any(|c| split::is_post_row(c)));
    // `电商中心人员构成及职责` over `电商中心总监:…`, `运营专员:…`: an opening named by no
    // position, over jobs each named by theirs, is the collection's front matter.
    let named_after = parts
        .iter()
        .skip(1)
        .filter(|p| p.is_job_description && p.doc.title.is_some_and(names_position))
        .count();
    if jobs_after >= 2
        && let Some(first) = parts.first_mut()
        && (!has_content(&first.sections)
            || (posts_after && !has_field(&first.sections))
            || (named_after >= 2 && !names_a_position(first)))
    {
        first.is_job_description = false;
    }
    parts
}

/// Does a title name a position (`电商中心总监`, `保安员岗位职责`)?
fn names_position(title: normalize::Line<'_>) -> bool {
    lexicon::is_position_title(title.view().trim_end_matches(':'))
}

/// Does a part name its position, by its title or a field?
fn names_a_position(part: &Part<'_>) -> bool {
    part.doc.title.is_some_and(names_position)
        || part.sections.iter().flat_map(|s| &s.nodes).any(|n| {
            n.fields()
                .iter()
                .any(|f| f.key == lexicon::FieldKey::PositionTitle && !f.value.is_empty())
        })
}

/// Does a part hold a known field?
fn has_field(sections: &[outline::Section<'_>]) -> bool {
    sections.iter().flat_map(|s| &s.nodes).any(|n| {
        n.fields()
            .iter()
            .any(|f| f.key != lexicon::FieldKey::Unknown)
    })
}

/// Does a part hold an item, a table row or a known field? (A document-control
/// block — `文件名称`, `编号`, `起草部门`, `起草人`, `批准人`, `执行日期` — and a page's
/// `发布时间` say nothing of a job: a collection's front matter has them.)
fn has_content(sections: &[outline::Section<'_>]) -> bool {
    use lexicon::FieldKey::*;
    sections.iter().flat_map(|s| &s.nodes).any(|n| {
        matches!(
            n.kind,
            outline::NodeKind::Item { .. } | outline::NodeKind::Row { .. }
        ) || n.fields().iter().any(|f| {
            !matches!(
                f.key,
                Unknown
                    | Code
                    | Department
                    | WrittenOn
                    | PostedOn
                    | DocumentName
                    | PreparedBy
                    | ReviewedBy
                    | ApprovedBy
            )
        })
    })
}

/// The index of the record whose `dropped` or body holds part `k`'s lines: its
/// own, else the previous record's, else the next one's.
pub(crate) fn record_of(parts: &[Part<'_>], k: usize) -> Option<usize> {
    let before = parts[..k].iter().filter(|p| p.is_job_description).count();
    if parts[k].is_job_description {
        Some(before)
    } else if before > 0 {
        Some(before - 1)
    } else {
        parts[k..].iter().any(|p| p.is_job_description).then_some(0)
    }
}

/// Page markers taken off joined lines go to the record that holds their line.
fn drop_page_markers(folded: &Folded, records: &mut [Record]) {
    for (no, text) in folded.markers() {
        let holder = records
            .iter()
            .rposition(|r| r.source.lines[0] <= *no)
            .unwrap_or(0);
        if let Some(record) = records.get_mut(holder) {
            record.dropped.push(model::Dropped {
                line: *no,
                text: text.clone(),
                reason: DropReason::PageMarker,
            });
        }
    }
}

/// Every line of a part of the page that holds no job description, as dropped.
fn orphan_lines(doc: &split::Doc<'_>) -> Vec<model::Dropped> {
    let dropped = |line: normalize::Line<'_>, reason| model::Dropped {
        line: line.no,
        text: line.text().to_string(),
        reason,
    };
    let mut out: Vec<model::Dropped> = doc
        .dropped
        .iter()
        .map(|d| dropped(d.line, d.reason))
        .collect();
    if let (Some(t), Some(_)) = (doc.title, doc.title_line) {
        out.push(dropped(t, DropReason::NoJobDescription));
    }
    out.extend(
        doc.lines
            .iter()
            .map(|c| dropped(c.line, DropReason::NoJobDescription)),
    );
    out
}

/// A document counts when it has a recognized section, a known field, numbered
/// items, or a title that says it is a job description.
fn is_job_description(doc: &split::Doc<'_>, sections: &[outline::Section<'_>]) -> bool {
    // A collection's front matter: its table of contents, with no duties of its own.
    if doc.toc
        && !sections
            .iter()
            .any(|s| s.key == model::SectionKey::Responsibilities && s.heading.is_some())
    {
        return false;
    }
    // (`【投递员是干什么的】`: an explainer article asks about the job.)
    let titled = doc.title.is_some_and(|t| {
        lexicon::has_title_word(t.view()) || lexicon::asked_position(t.view()).is_some()
    });
    // `一、项目经理` over a list: a position's name with its duties.
    let listed = doc.title.is_some_and(|t| {
        lexicon::is_position_title(t.view()) || classify::title::spaced_name(t.view()).is_some()
    }) && sections
        .iter()
        .flat_map(|s| &s.nodes)
        .filter(|n| matches!(n.kind, outline::NodeKind::Item { .. }))
        .count()
        >= 2;
    // `技術負責人:全面負責…`: a job's paragraph under its own name.
    let paragraph = doc.job_paragraph().is_some()
        && doc.title.is_some_and(|t| {
            lexicon::is_position_title(t.view()) || lexicon::is_counted_position(t.view())
        });
    // `…现招聘会展项目经理一名。`: a story that hires a named position, with a count.
    let hiring = || {
        doc.lines
            .iter()
            .any(|c| lexicon::hired_position(c.line.view()).is_some())
    };
    // `1.年滿18周歲…` `3.碩士以上學歷…`: a notice's conditions cut from the page, a list
    // of three or more items that ask for an education, an age, experience.
    let conditions = sections.iter().any(|s| {
        s.heading.is_none()
            && s.key == model::SectionKey::Qualifications
            && s.nodes.iter().filter(|n| n.marker().is_some()).count() >= 3
    });
    // `(1) 協助籌備選舉…` `(2) 提供一般行政支援…`: a posting's duties cut from the page,
    // a list without a heading whose items set tasks.
    let duties = sections.iter().any(|s| {
        s.heading.is_none()
            && s.key == model::SectionKey::Responsibilities
            && outline::lists_tasks(s)
    });
    titled
        || listed
        || duties
        || paragraph
        || conditions
        || sections.iter().any(|s| {
            // (`结语`, `备注`: a page's closing words or notes are no job's section.)
            (s.heading.is_some() && s.key != model::SectionKey::Other)
                || s.nodes.iter().any(|n| {
                    n.fields()
                        .iter()
                        .any(|f| f.key != lexicon::FieldKey::Unknown)
                })
        })
        || hiring()
}
