//! docx: Word `.docx` files to lines, by their real paragraphs and tables.
//!
//! A `.docx` is a ZIP holding `word/document.xml`. Paragraphs become lines; Word's
//! automatic numbering is rendered from `word/numbering.xml` (`%1、`, `(%1)`,
//! `第%1部分`…) so the outline sees the numbers the reader sees; heading styles
//! (`heading 1`, `Title`, from `word/styles.xml`) become `#` headings; each table
//! row becomes one line of tab-separated cells (a horizontally merged cell is one
//! cell, a vertically merged continuation an empty one). `source.lines` count
//! these lines. Sizes are checked before anything is unpacked, so a ZIP bomb is
//! an error, not an allocation.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use crate::error::{Error, ErrorKind};

/// The most any one XML part may unpack to.
pub const MAX_PART: u64 = 64 * 1024 * 1024;

/// Does this input start like a ZIP archive?
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

fn err(why: impl Into<String>) -> Error {
    Error::docx(why)
}

/// Reads one part of the archive, refusing parts over [`MAX_PART`].
fn read_part(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, Error> {
    let mut file = match archive.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(Error::docx_caused(format!("cannot open {name}"), e)),
    };
    if file.size() > MAX_PART {
        return Err(err(format!(
            "{name} would unpack to {} bytes, over the {} MiB limit (a ZIP bomb?)",
            file.size(),
            MAX_PART / 1024 / 1024
        )));
    }
    let mut buf = Vec::with_capacity(file.size() as usize);
    // The declared size can lie; never read past the limit.
    (&mut file)
        .take(MAX_PART + 1)
        .read_to_end(&mut buf)
        .map_err(|e| Error::docx_caused(format!("cannot unpack {name}"), e))?;
    if buf.len() as u64 > MAX_PART {
        return Err(err(format!(
            "{name} unpacks to more than {} MiB (a ZIP bomb?)",
            MAX_PART / 1024 / 1024
        )));
    }
    String::from_utf8(buf)
        .map(Some)
        .map_err(|_| err(format!("{name} is not UTF-8 XML")))
}

/// Renders a `.docx` as text lines.
pub fn to_text(bytes: &[u8]) -> Result<String, Error> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| Error::new(ErrorKind::CorruptZip { source: e.into() }))?;
    let Some(document) = read_part(&mut archive, "word/document.xml")? else {
        return Err(Error::new(ErrorKind::NotText {
            looks_like: "ZIP archive without word/document.xml, so not a Word document",
        }));
    };
    let numbering = match read_part(&mut archive, "word/numbering.xml")? {
        Some(xml) => Numbering::parse(&xml)?,
        None => Numbering::default(),
    };
    let headings = match read_part(&mut archive, "word/styles.xml")? {
        Some(xml) => heading_styles(&xml)?,
        None => HashMap::new(),
    };
    render(&document, &numbering, &headings)
}

fn attr(e: &BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok())
        .map(|v| v.into_owned())
}

fn xml_err(e: quick_xml::Error) -> Error {
    Error::docx_caused("malformed XML", e)
}

/// Text of an entity or character reference (`&amp;`, `&#20013;`).
fn general_ref(r: &quick_xml::events::BytesRef<'_>) -> String {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return c.to_string();
    }
    match r.as_ref() {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => "",
    }
    .to_string()
}

/// Word's list definitions: for each `numId`, the format and text of each level.
#[derive(Debug, Default)]
struct Numbering {
    /// numId → abstractNumId.
    nums: HashMap<String, String>,
    /// (abstractNumId, level) → (numFmt, lvlText, start).
    levels: HashMap<(String, u8), (String, String, u32)>,
}

impl Numbering {
    fn parse(xml: &str) -> Result<Numbering, Error> {
        let mut n = Numbering::default();
        let mut reader = Reader::from_str(xml);
        let (mut abstract_id, mut num_id, mut level) = (None::<String>, None::<String>, None::<u8>);
        let (mut fmt, mut text, mut start) = (String::from("decimal"), String::new(), 1u32);
        loop {
            match reader.read_event().map_err(xml_err)? {
                Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                    "abstractNum" => abstract_id = attr(&e, "abstractNumId"),
                    "num" => num_id = attr(&e, "numId"),
                    "abstractNumId" => {
                        if let (Some(id), Some(v)) = (&num_id, attr(&e, "val")) {
                            n.nums.insert(id.clone(), v);
                        }
                    }
                    "lvl" => {
                        level = attr(&e, "ilvl").and_then(|v| v.parse().ok());
                        (fmt, text, start) = (String::from("decimal"), String::new(), 1);
                    }
                    "numFmt" => fmt = attr(&e, "val").unwrap_or_default(),
                    "lvlText" => text = attr(&e, "val").unwrap_or_default(),
                    "start" => start = attr(&e, "val").and_then(|v| v.parse().ok()).unwrap_or(1),
                    _ => {}
                },
                Event::End(e) => match e.local_name().as_ref() {
                    "lvl" => {
                        if let (Some(a), Some(l)) = (&abstract_id, level) {
                            n.levels
                                .insert((a.clone(), l), (fmt.clone(), text.clone(), start));
                        }
                    }
                    "abstractNum" => abstract_id = None,
                    "num" => num_id = None,
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(n)
    }

    fn level(&self, num_id: &str, ilvl: u8) -> Option<&(String, String, u32)> {
        let abstract_id = self.nums.get(num_id)?;
        self.levels.get(&(abstract_id.clone(), ilvl))
    }
}

/// Style ids of heading styles, with their level (Title = 1).
fn heading_styles(xml: &str) -> Result<HashMap<String, usize>, Error> {
    let mut out = HashMap::new();
    let mut reader = Reader::from_str(xml);
    let mut current: Option<String> = None;
    loop {
        match reader.read_event().map_err(xml_err)? {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "style" => current = attr(&e, "styleId"),
                "name" => {
                    if let (Some(id), Some(name)) = (&current, attr(&e, "val")) {
                        let name = name.to_ascii_lowercase();
                        if name == "title" {
                            out.insert(id.clone(), 1);
                        } else if let Some(n) = name
                            .strip_prefix("heading ")
                            .and_then(|n| n.trim().parse().ok())
                        {
                            out.insert(id.clone(), n);
                        }
                    }
                }
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == "style" => current = None,
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// A counter formatted as Word would (`decimal`, `chineseCounting`, `lowerLetter`…).
fn format_counter(fmt: &str, n: u32) -> String {
    const CN: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let chinese = |n: u32| -> String {
        match n {
            0..=9 => CN[n as usize].to_string(),
            10..=19 => format!("十{}", if n > 10 { CN[(n - 10) as usize] } else { "" }),
            20..=99 => format!(
                "{}十{}",
                CN[(n / 10) as usize],
                if !n.is_multiple_of(10) {
                    CN[(n % 10) as usize]
                } else {
                    ""
                }
            ),
            _ => n.to_string(),
        }
    };
    match fmt {
        "chineseCounting"
        | "chineseCountingThousand"
        | "ideographTraditional"
        | "taiwaneseCounting"
        | "chineseLegalSimplified" => chinese(n),
        "lowerLetter" => char::from_u32('a' as u32 + (n.max(1) - 1) % 26)
            .unwrap_or('a')
            .to_string(),
        "upperLetter" => char::from_u32('A' as u32 + (n.max(1) - 1) % 26)
            .unwrap_or('A')
            .to_string(),
        "lowerRoman" | "upperRoman" => {
            let romans = [
                "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
            ];
            let r = romans.get((n.max(1) - 1) as usize).copied().unwrap_or("X");
            if fmt == "lowerRoman" {
                r.to_lowercase()
            } else {
                r.to_string()
            }
        }
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" => {
            char::from_u32('①' as u32 + (n.max(1) - 1).min(19))
                .map(String::from)
                .unwrap_or_default()
        }
        "bullet" => "•".to_string(),
        "none" => String::new(),
        _ => n.to_string(),
    }
}

/// Where the renderer is inside `document.xml`.
#[derive(Default)]
struct State {
    out: String,
    /// Text of the paragraph being read.
    para: String,
    style: Option<String>,
    num: Option<(String, u8)>,
    in_text: bool,
    /// Table nesting; cells of the outermost table make the row.
    tables: usize,
    row: Vec<String>,
    cell: String,
    vmerge_continue: bool,
    /// (numId, level) → counter.
    counters: HashMap<(String, u8), u32>,
}

fn render(
    xml: &str,
    numbering: &Numbering,
    headings: &HashMap<String, usize>,
) -> Result<String, Error> {
    let mut s = State::default();
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event().map_err(xml_err)? {
            Event::Start(e) => start(&mut s, &e, false),
            Event::Empty(e) => start(&mut s, &e, true),
            Event::End(e) => match e.local_name().as_ref() {
                "t" => s.in_text = false,
                "p" => end_paragraph(&mut s, numbering, headings),
                "tc" if s.tables == 1 => {
                    let cell = if s.vmerge_continue {
                        String::new()
                    } else {
                        std::mem::take(&mut s.cell)
                    };
                    s.cell.clear();
                    s.row.push(cell.trim().replace(['\t', '\n'], " "));
                }
                "tr" if s.tables == 1 => {
                    let row = std::mem::take(&mut s.row);
                    if row.iter().any(|c| !c.is_empty()) {
                        s.out.push_str(&row.join("\t"));
                        s.out.push('\n');
                    }
                }
                "tbl" => s.tables = s.tables.saturating_sub(1),
                _ => {}
            },
            Event::Text(t) if s.in_text => s.para.push_str(t.as_ref()),
            Event::GeneralRef(r) if s.in_text => s.para.push_str(&general_ref(&r)),
            Event::CData(t) if s.in_text => s.para.push_str(t.as_ref()),
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(s.out)
}

fn start(s: &mut State, e: &BytesStart<'_>, empty: bool) {
    match e.local_name().as_ref() {
        "t" if !empty => s.in_text = true,
        "tab" => s.para.push(' '),
        "br" | "cr" => s.para.push('\n'),
        "p" if !empty => {
            s.para.clear();
            s.style = None;
            s.num = None;
        }
        "pStyle" => s.style = attr(e, "val"),
        "ilvl" => {
            let level = attr(e, "val").and_then(|v| v.parse().ok()).unwrap_or(0);
            let id = s.num.take().map(|(id, _)| id).unwrap_or_default();
            s.num = Some((id, level));
        }
        "numId" => {
            let level = s.num.as_ref().map_or(0, |(_, l)| *l);
            s.num = attr(e, "val").map(|id| (id, level));
        }
        "tbl" if !empty => s.tables += 1,
        "tc" if !empty && s.tables == 1 => {
            s.cell.clear();
            s.vmerge_continue = false;
        }
        // `<w:vMerge/>` without `w:val="restart"` continues the cell above.
        "vMerge" if s.tables == 1 => {
            s.vmerge_continue = attr(e, "val").is_none_or(|v| v == "continue")
        }
        _ => {}
    }
}

fn end_paragraph(s: &mut State, numbering: &Numbering, headings: &HashMap<String, usize>) {
    let text = std::mem::take(&mut s.para);
    let mut prefix = String::new();
    if let Some((id, level)) = s.num.take()
        && id != "0"
        && let Some((fmt, lvl_text, start_at)) = numbering.level(&id, level)
    {
        let key = (id.clone(), level);
        let n = s.counters.get(&key).map_or(*start_at, |c| c + 1);
        s.counters.insert(key, n);
        // A level restarts when a shallower one moves on.
        s.counters.retain(|(i, l), _| i != &id || *l <= level);
        let mut marker = lvl_text.clone();
        for l in 0..=level {
            let count = if l == level {
                n
            } else {
                s.counters.get(&(id.clone(), l)).copied().unwrap_or(1)
            };
            let this_fmt = if l == level {
                fmt.clone()
            } else {
                numbering
                    .level(&id, l)
                    .map_or("decimal".into(), |x| x.0.clone())
            };
            marker = marker.replace(&format!("%{}", l + 1), &format_counter(&this_fmt, count));
        }
        prefix = marker;
        if !prefix.is_empty() && !prefix.ends_with(['、', '.', ')', ')', ' ', ':', ':']) {
            prefix.push(' ');
        }
    } else if let Some(level) = s.style.as_ref().and_then(|st| headings.get(st)) {
        prefix = format!("{} ", "#".repeat((*level).min(6)));
    }
    if s.tables > 0 {
        if !s.cell.is_empty() && !text.trim().is_empty() {
            s.cell.push(' ');
        }
        s.cell.push_str(&prefix);
        s.cell.push_str(text.trim());
        return;
    }
    for (i, part) in text.split('\n').enumerate() {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        if i == 0 {
            s.out.push_str(&prefix);
        }
        s.out.push_str(part);
        s.out.push('\n');
    }
}
