//! normalize: one document's lines, each with a matching view.
//!
//! The decoded text is copied once into a [`Folded`] buffer that holds every
//! non-blank line twice: as written (trimmed, zero-width characters removed) and
//! as a folded view used for all matching: full-width ASCII and ideographic spaces
//! become half-width, Kangxi radicals and compatibility ideographs become the
//! unified ideographs they look like (NFKC), and traditional characters become
//! simplified ones (`fast2s`'s table). Every fold maps one character to one
//! character, so a range found in the view maps back to exactly the same
//! characters of the text; values are always cut from the text, so they keep the
//! document's own script.
//!
//! A [`Line`] is a range of that buffer, so cutting a line into pieces, cells or
//! values never copies or folds anything again.
//!
//! Positions: line numbers start at 1 and count the lines of the decoded text
//! (CRLF, LF and a lone CR each end a line); byte offsets into a line's view start
//! at 0.

use std::fmt;
use std::ops::Range;
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

/// One document's non-blank lines, as written and folded.
pub struct Folded {
    /// The lines as written, each followed by `\n`.
    text: String,
    /// The same characters, folded one to one.
    view: String,
    /// Checkpoints `(view offset, text offset)` after every character whose byte
    /// length changed when folded; empty when none did.
    marks: Vec<(usize, usize)>,
    /// Each line's number and view range.
    spans: Vec<(usize, Range<usize>)>,
    /// Page markers taken off the lines they began (see [`chunk_markers`]):
    /// (line number, marker as written).
    markers: Vec<(usize, String)>,
    /// When a page of a document-sharing site was joined to the line before it:
    /// `(view offset, line number)` where each input line's text begins, so that a
    /// part of a joined line knows its own line. Empty when nothing was joined.
    origins: Vec<(usize, usize)>,
}

impl Folded {
    /// Splits decoded text into numbered non-blank lines and folds them.
    pub fn new(decoded: &str) -> Folded {
        let raw = physical_lines(decoded);
        let chunks = chunk_markers(&raw);
        let mut text = String::with_capacity(decoded.len());
        let mut starts: Vec<(usize, usize)> = Vec::new();
        let mut markers = Vec::new();
        let mut origins: Vec<(usize, usize)> = Vec::new();
        let mut joined = false;
        for (k, (no, line)) in raw.iter().enumerate() {
            match chunks.get(&k) {
                // A page of a document-sharing site goes on where the last one
                // stopped, often inside a word: the two are one line.
                Some(&(len, joins)) => {
                    markers.push((*no, line[..len].to_string()));
                    if joins {
                        text.pop();
                        joined = true;
                    } else {
                        starts.push((*no, text.len()));
                    }
                    origins.push((text.len(), *no));
                    text.push_str(line[len..].trim_start());
                }
                None => {
                    starts.push((*no, text.len()));
                    origins.push((text.len(), *no));
                    text.push_str(line);
                }
            }
            text.push('\n');
        }
        let (view, marks) = fold_buffer(&text);
        let mut spans = Vec::with_capacity(starts.len());
        for (k, &(no, start)) in starts.iter().enumerate() {
            let end = starts.get(k + 1).map_or(text.len(), |s| s.1) - 1;
            let v = view_offset(&marks, start)..view_offset(&marks, end);
            spans.push((no, v));
        }
        if joined {
            for o in &mut origins {
                o.0 = view_offset(&marks, o.0);
            }
        } else {
            origins = Vec::new();
        }
        Folded {
            text,
            view,
            marks,
            spans,
            markers,
            origins,
        }
    }

    /// The input line a view offset lies on, for a part of a joined line; `no`
    /// (the line's own number) when nothing was joined.
    fn line_at(&self, view_offset: usize, no: usize) -> usize {
        if self.origins.is_empty() {
            return no;
        }
        match self.origins.partition_point(|o| o.0 <= view_offset) {
            0 => no,
            i => self.origins[i - 1].1,
        }
    }

    /// Page markers taken off the start of lines (`2、` of a document-sharing
    /// site's second page): (line number, marker as written).
    pub fn markers(&self) -> &[(usize, String)] {
        &self.markers
    }

    /// The non-blank lines, in order.
    pub fn lines(&self) -> impl ExactSizeIterator<Item = Line<'_>> + '_ {
        self.spans.iter().map(move |(no, r)| Line {
            folded: self,
            no: *no,
            start: r.start,
            end: r.end,
        })
    }

    /// The first line: for tests and for one-line values.
    pub fn first(&self) -> Option<Line<'_>> {
        self.lines().next()
    }

    /// The text offset of a view offset (a char boundary of the view).
    fn text_offset(&self, view_offset: usize) -> usize {
        if self.marks.is_empty() {
            return view_offset;
        }
        match self.marks.binary_search_by_key(&view_offset, |m| m.0) {
            Ok(i) => self.marks[i].1,
            Err(0) => view_offset,
            Err(i) => {
                let (v, t) = self.marks[i - 1];
                t + (view_offset - v)
            }
        }
    }
}

/// The view offset of a text offset, through the same checkpoints.
fn view_offset(marks: &[(usize, usize)], text_offset: usize) -> usize {
    match marks.binary_search_by_key(&text_offset, |m| m.1) {
        Ok(i) => marks[i].0,
        Err(0) => text_offset,
        Err(i) => {
            let (v, t) = marks[i - 1];
            v + (text_offset - t)
        }
    }
}

/// The non-blank lines of decoded text, trimmed and without invisible
/// characters, with their numbers (CRLF, LF and a lone CR each end a line; lines
/// are numbered by LF, as editors do).
pub fn physical_lines(decoded: &str) -> Vec<(usize, std::borrow::Cow<'_, str>)> {
    let mut out = Vec::new();
    for (i, raw) in decoded.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        for part in raw.split('\r') {
            if part.chars().any(|c| !c.is_whitespace() && !is_invisible(c)) {
                out.push((i + 1, trimmed(part)));
            }
        }
    }
    out
}

/// A raw line trimmed and without invisible characters.
fn trimmed(raw: &str) -> std::borrow::Cow<'_, str> {
    let t = raw.trim();
    if t.contains(is_invisible) {
        let kept: String = t.chars().filter(|&c| !is_invisible(c)).collect();
        std::borrow::Cow::Owned(kept.trim().to_string())
    } else {
        std::borrow::Cow::Borrowed(t)
    }
}

/// How long a chunk is at the least: document-sharing sites cut a document into
/// pages of a few hundred characters.
const CHUNK_CHARS: usize = 200;

/// Document-sharing sites show a document as pages of about 300 characters, each
/// line numbered `1、` `2、` `3、`, cutting sentences and words (`…清` / `2、点营业收入…`).
/// Two or more consecutive lines so numbered from 1, each but the last at least
/// [`CHUNK_CHARS`] long, are such pages. Returns, by index into `lines`, the byte
/// length of each one's marker and whether the line joins the one before it.
fn chunk_markers(
    lines: &[(usize, std::borrow::Cow<'_, str>)],
) -> std::collections::HashMap<usize, (usize, bool)> {
    let mut out = std::collections::HashMap::new();
    let mut k = 0;
    while k < lines.len() {
        let mut run = Vec::new();
        while let Some((_, line)) = lines.get(k + run.len()) {
            let Some(len) = chunk_marker(line, run.len() + 1) else {
                break;
            };
            run.push(len);
            if line[len..].chars().count() < CHUNK_CHARS {
                break;
            }
        }
        if run.len() >= 2 {
            for (j, len) in run.iter().enumerate() {
                out.insert(k + j, (*len, j > 0));
            }
            k += run.len();
        } else {
            k += 1;
        }
    }
    out
}

/// The byte length of a page marker `n、` (or a bare `n`) followed by text.
fn chunk_marker(line: &str, n: usize) -> Option<usize> {
    let digits = n.to_string();
    let rest = line.strip_prefix(digits.as_str())?;
    let len = digits.len()
        + if rest.starts_with('、') {
            '、'.len_utf8()
        } else {
            0
        };
    let next = line[len..].chars().next()?;
    (!next.is_ascii_digit() && !next.is_whitespace()).then_some(len)
}

/// Folds a whole buffer: width and radicals by [`fold_char`], script by
/// [`simplified`], in one pass. Most characters are ASCII or take one look in
/// [`FOLDED`]; the rest (and the few whose simplified form depends on their
/// neighbours) go the long way, [`fold_slow`].
fn fold_buffer(text: &str) -> (String, Vec<(usize, usize)>) {
    if text.is_ascii() {
        // ASCII folds to itself: no table, no checkpoints.
        return (text.to_string(), Vec::new());
    }
    let folded: &[u16] = &FOLDED;
    let bytes = text.as_bytes();
    let mut view: Vec<u8> = Vec::with_capacity(text.len());
    let mut marks = Vec::new();
    let mut t = 0;
    while t < bytes.len() {
        let b = bytes[t];
        if b < 0x80 {
            view.push(b);
            t += 1;
            continue;
        }
        if b & 0xf0 == 0xe0 {
            // (`text` is a `str`: a lead byte of three is followed by two more.)
            let c = (u32::from(b & 0x0f) << 12)
                | (u32::from(bytes[t + 1] & 0x3f) << 6)
                | u32::from(bytes[t + 2] & 0x3f);
            match folded[c as usize - 0x800] {
                0 => {}
                ascii @ 1..0x80 => {
                    view.push(ascii as u8);
                    t += 3;
                    marks.push((view.len(), t));
                    continue;
                }
                wide => {
                    let c = char::from_u32(u32::from(wide)).unwrap_or('\u{fffd}');
                    view.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                    t += 3;
                    continue;
                }
            }
        }
        let c = text[t..].chars().next().unwrap_or_default();
        let vc = fold_slow(text, t, c);
        view.extend_from_slice(vc.encode_utf8(&mut [0; 4]).as_bytes());
        t += c.len_utf8();
        if c.len_utf8() != vc.len_utf8() {
            marks.push((view.len(), t));
        }
    }
    // (Only whole characters were pushed.)
    let view = String::from_utf8(view)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    (view, marks)
}

/// The folded form of the character `c` at byte `at` of `text`, with its neighbours
/// folded for [`simplified`].
fn fold_slow(text: &str, at: usize, c: char) -> char {
    let prev = text[..at].chars().next_back().map_or('0', fold_char);
    let next = text[at + c.len_utf8()..]
        .chars()
        .next()
        .map_or('0', fold_char);
    simplified(prev, fold_char(c), next)
}

/// [`fold_char`] then [`simplified`] of every three-byte character, where that
/// needs no neighbour and gives ASCII or another three-byte character: the ASCII
/// byte or the character (as `u16`), else 0.
static FOLDED: LazyLock<Box<[u16]>> = LazyLock::new(|| {
    (0x800u32..=0xffff)
        .map(|u| {
            let Some(c) = char::from_u32(u) else {
                return 0;
            };
            let f = fold_char(c);
            if f.is_ascii() {
                return f as u16;
            }
            if f.len_utf8() != 3 {
                return 0;
            }
            // 0 when the simplified form depends on the neighbours.
            SIMPLIFIED[f as usize - 0x800]
        })
        .collect()
});

/// The simplified form of a character (`fast2s`'s table), looked up in a dense
/// table of the Basic Multilingual Plane built once from it. The few characters
/// whose simplified form depends on their neighbours (`乾隆`, `計畫`) are left
/// to `fast2s` with them.
fn simplified(prev: char, c: char, next: char) -> char {
    if c.len_utf8() != 3 {
        // fast2s converts only three-byte characters.
        return c;
    }
    match SIMPLIFIED[c as usize - 0x800] {
        0 => {
            let window: String = [prev, c, next].iter().collect();
            fast2s::convert(&window).chars().nth(1).unwrap_or(c)
        }
        s => char::from_u32(u32::from(s)).unwrap_or(c),
    }
}

/// Characters whose simplified form depends on the characters around them in
/// `fast2s` (its exclusion and special-conversion lists).
const CONTEXTUAL: &str = "兒覆夥藉瞭麽幺於乾著苧闔鍾讎畫";

/// The simplified form of every three-byte character (U+0800..=U+FFFF), or 0 where
/// it depends on the neighbours or leaves the plane.
static SIMPLIFIED: LazyLock<Box<[u16]>> = LazyLock::new(|| {
    (0x800u32..=0xffff)
        .map(|u| match char::from_u32(u) {
            Some(c) if !CONTEXTUAL.contains(c) => {
                let s = fast2s::convert(c.encode_utf8(&mut [0; 4]));
                match s.chars().next() {
                    Some(o) if o.len_utf8() == 3 => o as u16,
                    _ => 0,
                }
            }
            _ => 0,
        })
        .collect()
});

/// A line of a [`Folded`] document, or a trimmed piece of one: a range of the
/// view, with the same characters of the text behind it.
#[derive(Clone, Copy)]
pub struct Line<'a> {
    folded: &'a Folded,
    /// 1-based line number in the decoded text.
    pub no: usize,
    start: usize,
    end: usize,
}

impl fmt::Debug for Line<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{:?}", self.no, self.text())
    }
}

impl PartialEq for Line<'_> {
    fn eq(&self, other: &Line<'_>) -> bool {
        std::ptr::eq(self.folded, other.folded)
            && (self.no, self.start, self.end) == (other.no, other.start, other.end)
    }
}

impl<'a> Line<'a> {
    /// The matching view: the same characters as [`Line::text`], folded one to one.
    pub fn view(&self) -> &'a str {
        &self.folded.view[self.start..self.end]
    }

    /// The line as written.
    pub fn text(&self) -> &'a str {
        let f = self.folded;
        &f.text[f.text_offset(self.start)..f.text_offset(self.end)]
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text under a range of the view (offsets into this line's view).
    pub fn text_of(&self, range: Range<usize>) -> &'a str {
        let f = self.folded;
        &f.text[f.text_offset(self.start + range.start)..f.text_offset(self.start + range.end)]
    }

    /// The part of this line under a range of its view, trimmed.
    pub fn sub(&self, range: Range<usize>) -> Line<'a> {
        let view = &self.view()[range.clone()];
        let lead = view.len() - view.trim_start().len();
        let kept = view.trim().len();
        let start = self.start + range.start + lead;
        Line {
            folded: self.folded,
            no: self.folded.line_at(start, self.no),
            start,
            end: start + kept,
        }
    }

    /// The input lines this line's text lies on: its own number, and those of the
    /// pages of a document-sharing site joined into it, in order.
    pub fn nos(&self) -> Vec<usize> {
        let mut out = vec![self.no];
        let origins = &self.folded.origins;
        let from = origins.partition_point(|o| o.0 <= self.start);
        out.extend(
            origins[from..]
                .iter()
                .take_while(|o| o.0 < self.end)
                .map(|o| o.1),
        );
        out
    }

    /// Where this part of `outer` begins, as a view offset of `outer`.
    pub fn offset_in(&self, outer: &Line<'_>) -> usize {
        self.start.saturating_sub(outer.start)
    }

    /// This line from a view offset on, trimmed.
    pub fn from(&self, at: usize) -> Line<'a> {
        self.sub(at..self.end - self.start)
    }

    /// This line up to a view offset, trimmed.
    pub fn to(&self, at: usize) -> Line<'a> {
        self.sub(0..at)
    }

    /// This line without the characters of `chars` at its end (matched on the
    /// view, so `；` counts as `;`), then trimmed.
    pub fn trim_end_matches(&self, chars: &[char]) -> Line<'a> {
        let kept = self.view().trim_end_matches(chars).len();
        self.to(kept)
    }

    /// This line without the characters of `chars` at either end, then trimmed.
    pub fn trim_matches(&self, chars: &[char]) -> Line<'a> {
        let view = self.view();
        let rest = view.trim_start_matches(chars);
        let at = view.len() - rest.len();
        self.sub(at..at + rest.trim_end_matches(chars).len())
    }

    /// The part of this line whose text is `part`, a slice of [`Line::text`]
    /// (for values cut from the text as written), trimmed.
    pub fn of_text(&self, part: &str) -> Line<'a> {
        let f = self.folded;
        let text_start = f.text_offset(self.start);
        let at = (part.as_ptr() as usize)
            .checked_sub(self.text().as_ptr() as usize)
            .filter(|at| at + part.len() <= self.text().len())
            .expect("a slice of this line's text");
        let start = view_offset(&f.marks, text_start + at);
        let end = view_offset(&f.marks, text_start + at + part.len());
        self.sub(start - self.start..end - self.start)
    }

    /// The value as the SPEC emits it: see [`clean_value`].
    pub fn clean(&self) -> String {
        clean_value(self.text())
    }
}

/// Characters that are removed outright: zero-width spaces and joiners, BOMs,
/// soft hyphens, and control characters other than tab.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}'
    ) || (c.is_control() && c != '\t')
}

/// Folds one character for matching; always exactly one character out.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{3000}' | '\u{a0}' | '\u{2002}'..='\u{200a}' | '\u{202f}' => ' ',
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        '\u{fe30}' | '\u{fe55}' | '\u{2236}' => ':',
        '\u{ff61}' => '。',
        '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => '-',
        '\u{3014}' | '\u{ff5f}' => '(',
        '\u{3015}' | '\u{ff60}' => ')',
        '\u{2e80}'..='\u{2fdf}' | '\u{f900}'..='\u{faff}' => {
            let mut n = std::iter::once(c).nfkc();
            match (n.next(), n.next()) {
                (Some(one), None) => one,
                _ => c,
            }
        }
        _ => c,
    }
}

/// Pinyin in brackets after a character (`負(fù)責(zé)`), as some copy sites annotate
/// rare characters: the text without it, how many were removed and the line of the
/// first. An annotation is one to six lowercase letters in `()` or `（）` with a tone
/// mark among them, right after an ideograph (`(a)` is a list's marker).
pub fn without_pinyin(text: String) -> (String, usize, Option<usize>) {
    const TONED: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    let is_toned = |c: char| TONED.contains(c);
    let is_letter = |c: char| c.is_ascii_lowercase() || is_toned(c) || c == 'ü';
    // The byte length of an annotation starting at `rest`, if one does.
    let annotation = |rest: &str| {
        let mut chars = rest.char_indices();
        let (_, open) = chars.next()?;
        let close = match open {
            '(' => ')',
            '（' => '）',
            _ => return None,
        };
        let mut toned = false;
        for (i, c) in chars.take(7) {
            if c == close {
                return (toned && i > open.len_utf8()).then_some(i + c.len_utf8());
            }
            if !is_letter(c) {
                return None;
            }
            toned |= is_toned(c);
        }
        None
    };
    // Tone marks are Latin letters of two UTF-8 bytes led by C3..C7; most texts have none.
    if !text.bytes().any(|b| matches!(b, 0xC3..=0xC7)) || !text.contains(is_toned) {
        return (text, 0, None);
    }
    let (mut out, mut removed, mut first) = (String::with_capacity(text.len()), 0, None);
    let (mut line, mut after_ideograph, mut at) = (1, false, 0);
    while let Some(c) = text[at..].chars().next() {
        if after_ideograph && let Some(len) = annotation(&text[at..]) {
            removed += 1;
            first.get_or_insert(line);
            at += len;
            continue;
        }
        line += usize::from(c == '\n');
        // The rare characters such sites annotate include those of extension A and
        // the compatibility block.
        after_ideograph =
            is_ideograph(c) || matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}');
        out.push(c);
        at += c.len_utf8();
    }
    (out, removed, first)
}

/// Anti-copying noise a forum or a copy site glues into the text (`^x~x`w,e!n.k/u`,
/// `3 K- q" V! ?$ m5`): a run of ASCII on a line with four or more different rare
/// punctuation marks and letters or digits, and no word of four letters (English text
/// has them; `C++/C#` has two marks, a code and a table's border `(A01) |` two). The text without such runs, how many were
/// removed and the line of the first.
pub fn without_jammers(text: String) -> (String, usize, Option<usize>) {
    const RARE: &str = "~^`!@$*\\'\"?()[]{}+<>#%";
    let is_jammer = |run: &str| {
        // The different marks, one bit each.
        let marks = run
            .chars()
            .filter_map(|c| RARE.find(c))
            .fold(0u32, |bits, at| bits | 1 << at);
        let mut letters = 0;
        let mut longest = 0;
        for c in run.chars() {
            letters = if c.is_ascii_alphabetic() {
                letters + 1
            } else {
                0
            };
            longest = longest.max(letters);
        }
        marks.count_ones() >= 4 && longest < 4 && run.chars().any(|c| c.is_ascii_alphanumeric())
    };
    let mut removed = 0;
    let mut first = None;
    // Copied only once a run is found: most texts have none.
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut line_start = 0;
    for (no, line) in text.split_inclusive('\n').enumerate() {
        let mut at = 0;
        while let Some(start) = line[at..]
            .find(|c: char| c.is_ascii_graphic())
            .map(|s| at + s)
        {
            let len = line[start..]
                .find(|c: char| !(c.is_ascii_graphic() || c == ' '))
                .unwrap_or(line.len() - start);
            let run = line[start..start + len].trim_end();
            if run.len() >= 6 && is_jammer(run) {
                removed += 1;
                first.get_or_insert(no + 1);
                let from = line_start + start;
                let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
                o.push_str(&text[copied..from]);
                copied = from + run.len();
            }
            at = start + len;
        }
        line_start += line.len();
    }
    match out {
        Some(mut o) => {
            o.push_str(&text[copied..]);
            (o, removed, first)
        }
        None => (text, 0, None),
    }
}

/// The text without the watermarks document converters stamp into it, glued into
/// sentences and cut anywhere (`BatchDoc Word文档批量处理工具`, see
/// [`crate::lexicon::CONVERTER_WATERMARKS`]); how many were removed and the line of
/// the first.
pub fn without_watermarks(text: String) -> (String, usize, Option<usize>) {
    static FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
        let marks = crate::lexicon::CONVERTER_WATERMARKS;
        marks.iter().map(memchr::memmem::Finder::new).collect()
    });
    let marks = crate::lexicon::CONVERTER_WATERMARKS;
    let marked = |s: &str| FINDERS.iter().any(|f| f.find(s.as_bytes()).is_some());
    // Most texts hold none, and most lines of those that do.
    if !marked(&text) {
        return (text, 0, None);
    }
    let mut removed = 0;
    let mut first = None;
    let mut out = String::with_capacity(text.len());
    for (no, line) in text.split_inclusive('\n').enumerate() {
        if !marked(line) {
            out.push_str(line);
            continue;
        }
        let mut line = line.to_string();
        // Longest first: a whole mark before its parts.
        for mark in marks {
            let n = line.matches(mark).count();
            if n > 0 {
                removed += n;
                first.get_or_insert(no + 1);
                line = line.replace(mark, "");
            }
        }
        out.push_str(&line);
    }
    (out, removed, first)
}

/// A CJK unified ideograph (the characters of Chinese words and names).
pub fn is_ideograph(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The folded form of a whole string (for lexicon entries and tests).
pub fn fold(s: &str) -> String {
    fold_buffer(s).0
}

/// Does a value hold a character [`clean_value`] changes or removes? Looks at the
/// UTF-8 bytes: full-width forms (`EF BC`, `EF BD`), the BOM (`EF BB BF`), the wide
/// space (`E3 80 80`), no-break space, soft hyphen and C1 controls (`C2 …`),
/// zero-width characters (`E2 80 8B..8D`, `E2 81 A0`) and ASCII controls.
fn needs_cleaning(b: &[u8]) -> bool {
    b.iter().enumerate().any(|(i, &x)| match x {
        0x00..=0x1f | 0x7f => true,
        0xC2 => true,
        0xE2 => matches!(
            b.get(i + 1..i + 3),
            Some([0x80, 0x8B..=0x8D] | [0x81, 0xA0])
        ),
        0xE3 => matches!(b.get(i + 1..i + 3), Some([0x80, 0x80])),
        0xEF => matches!(b.get(i + 1), Some(0xBB..=0xBD)),
        _ => false,
    })
}

/// A value as the SPEC emits it: trimmed, full-width ASCII letters and digits and
/// ideographic spaces made half-width, CJK punctuation kept as written.
pub fn clean_value(s: &str) -> String {
    // `**业户接待与服务**`: markdown's bold marks are no part of a value (a lone `**`
    // fills a blank: `20**年`).
    if s.contains('*') && s.contains("**") && s.matches("**").count().is_multiple_of(2) {
        return clean_value(&s.replace("**", ""));
    }
    if !needs_cleaning(s.as_bytes()) {
        return s.trim().to_string();
    }
    let mapped: String = s
        .chars()
        .filter(|&c| !is_invisible(c))
        .map(|c| match c {
            '\u{3000}' | '\u{a0}' => ' ',
            '\u{ff10}'..='\u{ff19}' | '\u{ff21}'..='\u{ff3a}' | '\u{ff41}'..='\u{ff5a}' => {
                char::from_u32(c as u32 - 0xfee0).unwrap_or(c)
            }
            _ => c,
        })
        .collect();
    mapped.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fold one character at a time, as it was before the table: what
    /// [`fold_buffer`] must give.
    fn fold_by_characters(text: &str) -> (String, Vec<(usize, usize)>) {
        let mut view = String::new();
        let mut marks = Vec::new();
        let (mut t, mut v) = (0, 0);
        let folded: Vec<(char, char)> = text.chars().map(|c| (c, fold_char(c))).collect();
        for (i, &(tc, f)) in folded.iter().enumerate() {
            let prev = if i == 0 { '0' } else { folded[i - 1].1 };
            let next = folded.get(i + 1).map_or('0', |n| n.1);
            let vc = simplified(prev, f, next);
            view.push(vc);
            t += tc.len_utf8();
            v += vc.len_utf8();
            if tc.len_utf8() != vc.len_utf8() {
                marks.push((v, t));
            }
        }
        (view, marks)
    }

    #[test]
    fn the_buffer_folds_as_each_character_does() {
        // Every character of the plane, in runs that put each beside others, and the
        // contextual ones beside their neighbours.
        let all: String = (0x20u32..=0xffff).filter_map(char::from_u32).collect();
        for chunk in all.chars().collect::<Vec<_>>().chunks(97) {
            let text: String = chunk.iter().collect();
            assert_eq!(fold_buffer(&text), fold_by_characters(&text), "{text}");
        }
        for text in [
            "乾隆年間",
            "計畫書",
            "於是",
            "著作權 著名",
            "a：b，（c）　d",
            "𠮷野家",
        ] {
            assert_eq!(fold_buffer(text), fold_by_characters(text), "{text}");
        }
    }

    #[test]
    fn should_remove_anti_copying_noise_but_not_code_or_english() {
        for (input, want, removed) in [
            ("负责培训。^x~x`w,e!n.k/u\n", "负责培训。\n", 1),
            ("3 K- q\" V! ?$ m5某某论坛", "某某论坛", 1),
            ("觀察魚群。-x#~X7?vw@6T#]", "觀察魚群。", 1),
            ("熟悉C++/C#、Java", "熟悉C++/C#、Java", 0),
            ("查驗助理員(A01) |", "查驗助理員(A01) |", 0),
            (
                "Ensure compliance (see SOP-01) [required]!",
                "Ensure compliance (see SOP-01) [required]!",
                0,
            ),
            (
                "网址:http://a.cn/?x=1&y=2#top",
                "网址:http://a.cn/?x=1&y=2#top",
                0,
            ),
        ] {
            let (text, n, _) = without_jammers(input.to_string());
            assert_eq!((text.as_str(), n), (want, removed), "{input}");
        }
    }

    #[test]
    fn should_remove_pinyin_in_brackets_after_characters_only() {
        for (input, want, removed) in [
            ("負(fù)責(zé)制劑車間", "負責制劑車間", 2),
            ("崗位職責（zé）:\n學(xué)歷", "崗位職責:\n學歷", 2),
            // A list's marker, an English note, brackets without a tone mark.
            ("工作職責(a)巡查", "工作職責(a)巡查", 0),
            ("主管(QC)", "主管(QC)", 0),
            ("說明(see)", "說明(see)", 0),
            ("1.(zé)", "1.(zé)", 0),
        ] {
            let (text, n, _) = without_pinyin(input.to_string());
            assert_eq!((text.as_str(), n), (want, removed), "{input}");
        }
        assert_eq!(without_pinyin("甲\n乙(yǐ)".to_string()).2, Some(2));
    }

    fn one(text: &str) -> Folded {
        Folded::new(text)
    }

    #[test]
    fn should_clean_values_of_markup_and_invisible_characters() {
        for (raw, want) in [
            ("**业户接待与服务**", "业户接待与服务"),
            ("20**年5月1日", "20**年5月1日"),
            (" 保安员\u{200b} ", "保安员"),
            ("ＧＣ-０２", "GC-02"),
        ] {
            assert_eq!(clean_value(raw), want, "{raw}");
        }
    }

    #[test]
    fn should_fold_width_script_and_radicals_one_to_one() {
        let cases = [
            ("職位名稱：客戶服務主任", "职位名称:客户服务主任"),
            ("ＡＢＣ１２３", "ABC123"),
            ("工作天数（周）：６", "工作天数(周):6"),
            ("\u{2f08}\u{2f2f}", "人工"),
            ("所屬部門", "所属部门"),
        ];
        for (input, want) in cases {
            let doc = one(input);
            let line = doc.first().unwrap();
            assert_eq!(line.view(), want, "view of {input}");
            assert_eq!(line.view().chars().count(), line.text().chars().count());
        }
    }

    #[test]
    fn should_simplify_as_fast2s_does_with_its_context_words() {
        for text in [
            "乾隆年間的乾貨",
            "計畫與畫家",
            "看著",
            "回覆",
            "於是",
            "著名",
        ] {
            let folded: String = text.chars().map(fold_char).collect();
            assert_eq!(fold(text), fast2s::convert(&folded), "{text}");
        }
    }

    #[test]
    fn should_map_view_ranges_back_to_the_text() {
        let doc = one("　職位名稱：ＨＪ－０１所屬部門：環境部");
        let line = doc.first().unwrap();
        let at = line.view().find("所属部门").unwrap();
        assert_eq!(line.text_of(at..line.view().len()), "所屬部門：環境部");
        let colon = line.view().find(':').unwrap();
        assert_eq!(line.text_of(colon + 1..at), "ＨＪ－０１");
    }

    #[test]
    fn should_cut_sub_lines_that_match_fresh_lines() {
        let doc = one("x\n１、職位名稱：ＨＪ－０１　");
        let line = doc.lines().nth(1).unwrap();
        let colon = line.view().find(':').unwrap();
        for range in [
            0..line.view().len(),
            4..line.view().len(),
            colon + 1..line.view().len(),
            0..colon,
        ] {
            let sub = line.sub(range.clone());
            let fresh_doc = one(line.text_of(range));
            let fresh = fresh_doc.first().unwrap();
            assert_eq!((sub.text(), sub.view()), (fresh.text(), fresh.view()));
            assert_eq!(sub.no, 2);
        }
    }

    #[test]
    fn should_number_lines_across_crlf_and_skip_blank_ones() {
        let doc = one("a\r\n\r\n\u{200b}\n  b  \r\nc");
        let got: Vec<_> = doc.lines().map(|l| (l.no, l.text())).collect();
        assert_eq!(got, vec![(1, "a"), (4, "b"), (5, "c")]);
        let doc = one("a\rb\n\u{200b}x\u{200b} ");
        let got: Vec<_> = doc.lines().map(|l| (l.no, l.text())).collect();
        assert_eq!(got, vec![(1, "a"), (1, "b"), (2, "x")]);
    }

    #[test]
    fn should_find_a_slice_of_the_text_in_the_view() {
        let doc = one("职位名称：ＨＪ－０１　所屬部門：環境部");
        let line = doc.first().unwrap();
        let part = line.text().split('：').nth(1).unwrap();
        let sub = line.of_text(part);
        assert_eq!(
            (sub.text(), sub.view()),
            ("ＨＪ－０１　所屬部門", "HJ-01 所属部门")
        );
    }

    #[test]
    fn should_trim_punctuation_on_the_view() {
        let doc = one("負責巡邏；，　");
        let line = doc.first().unwrap();
        assert_eq!(line.trim_end_matches(&[';', ',', ' ']).text(), "負責巡邏");
        assert_eq!(
            line.trim_matches(&['负', ';', ',']).text(),
            "責巡邏",
            "matched on the view"
        );
    }

    #[test]
    fn should_clean_values_but_keep_cjk_punctuation() {
        assert_eq!(clean_value("　ＨＪ－０１　"), "HJ－01");
        assert_eq!(clean_value("大专以上，电脑熟练。"), "大专以上，电脑熟练。");
        assert_eq!(clean_value(" 负责\u{200b}巡逻、登记 "), "负责巡逻、登记");
        assert_eq!(clean_value("a\u{a0}b\tc "), "a b\tc");
        assert_eq!(clean_value("“五防”…"), "“五防”…");
    }
}
