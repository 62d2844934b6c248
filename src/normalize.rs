//! normalize: the matching view of each line.
//!
//! Every line is kept twice: `text`, as written (trimmed, zero-width characters
//! removed), and `view`, a folded copy used for all matching: full-width ASCII
//! and ideographic spaces become half-width, Kangxi radicals and compatibility
//! ideographs become the unified ideographs they look like (NFKC), and
//! traditional characters become simplified ones (`fast2s`'s table). Every fold
//! maps one character to one character, so a range found in the view maps back
//! to exactly the same characters of the text; values are always cut from the
//! text, so they keep the document's own script.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;

/// One non-blank input line.
#[derive(Clone, Debug)]
pub struct Line {
    /// 1-based line number in the decoded text.
    pub no: usize,
    /// The line as written: trimmed, zero-width characters removed.
    pub text: String,
    /// The matching view: same characters as `text`, folded one to one.
    pub view: String,
    /// Checkpoints `(view offset, text offset)` wherever the byte lengths of the
    /// two diverge; empty when every folded character kept its length.
    marks: Vec<(u32, u32)>,
}

impl Line {
    /// Builds a line from raw text (not yet trimmed).
    pub fn new(no: usize, raw: &str) -> Line {
        let trimmed = raw.trim();
        let text: String = if trimmed.contains(is_invisible) {
            let kept: String = trimmed.chars().filter(|&c| !is_invisible(c)).collect();
            kept.trim().to_string()
        } else {
            trimmed.to_string()
        };
        let mut folded = String::with_capacity(text.len());
        let mut marks = Vec::new();
        let (mut t, mut v) = (0usize, 0usize);
        for tc in text.chars() {
            let vc = fold_char(tc);
            folded.push(vc);
            t += tc.len_utf8();
            v += vc.len_utf8();
            if tc.len_utf8() != vc.len_utf8() {
                marks.push((v as u32, t as u32));
            }
        }
        // Traditional-to-simplified maps three-byte characters to three-byte ones,
        // so the marks above stay right; ASCII-only lines need no table at all.
        let view = if folded.is_ascii() {
            folded
        } else {
            fast2s::convert(&folded)
        };
        Line {
            no,
            text,
            view,
            marks,
        }
    }

    /// The text offset of a view offset (which must be a char boundary of the view).
    pub fn text_offset(&self, view_offset: usize) -> usize {
        if self.marks.is_empty() {
            return view_offset;
        }
        match self
            .marks
            .binary_search_by_key(&(view_offset as u32), |m| m.0)
        {
            Ok(i) => self.marks[i].1 as usize,
            Err(0) => view_offset,
            Err(i) => {
                let (v, t) = self.marks[i - 1];
                t as usize + (view_offset - v as usize)
            }
        }
    }

    /// The part of this line under a range of its view, trimmed, as a line of its
    /// own: cut from both strings, so nothing is folded again.
    pub fn sub(&self, range: Range<usize>) -> Line {
        let view = &self.view[range.clone()];
        let lead = view.len() - view.trim_start().len();
        let view = view.trim();
        let start = range.start + lead;
        let end = start + view.len();
        let text = self.text_of(start..end);
        let mut marks = Vec::new();
        if !self.marks.is_empty() {
            let (mut t, mut v) = (0usize, 0usize);
            for (tc, vc) in text.chars().zip(view.chars()) {
                t += tc.len_utf8();
                v += vc.len_utf8();
                if tc.len_utf8() != vc.len_utf8() {
                    marks.push((v as u32, t as u32));
                }
            }
        }
        Line {
            no: self.no,
            text: text.to_string(),
            view: view.to_string(),
            marks,
        }
    }

    /// The text (as written) under a range of the view.
    pub fn text_of(&self, range: Range<usize>) -> &str {
        &self.text[self.text_offset(range.start)..self.text_offset(range.end)]
    }
}

/// Splits decoded text into numbered non-blank lines (CRLF, CR and LF all end a line).
pub fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        // A lone CR (classic Mac) also ends a line; number such lines as the editor would.
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.contains('\r') {
            // Rare: keep numbering by LF, but do not glue CR-separated lines together.
            for part in raw.split('\r') {
                push_line(&mut out, i + 1, part);
            }
        } else {
            push_line(&mut out, i + 1, raw);
        }
    }
    out
}

fn push_line(out: &mut Vec<Line>, no: usize, raw: &str) {
    if raw.chars().any(|c| !c.is_whitespace() && !is_invisible(c)) {
        out.push(Line::new(no, raw));
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

/// The folded form of a whole string (for lexicon entries and tests).
pub fn fold(s: &str) -> String {
    fast2s::convert(&s.chars().map(fold_char).collect::<String>())
}

/// A value as the SPEC emits it: trimmed, full-width ASCII letters and digits and
/// ideographic spaces made half-width, CJK punctuation kept as written.
pub fn clean_value(s: &str) -> String {
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
            let line = Line::new(1, input);
            assert_eq!(line.view, want, "view of {input}");
            assert_eq!(line.view.chars().count(), line.text.chars().count());
        }
    }

    #[test]
    fn should_map_view_ranges_back_to_the_text() {
        let line = Line::new(1, "　職位名稱：ＨＪ－０１所屬部門：環境部");
        let at = line.view.find("所属部门").unwrap();
        assert_eq!(line.text_of(at..line.view.len()), "所屬部門：環境部");
        let colon = line.view.find(':').unwrap();
        assert_eq!(line.text_of(colon + 1..at), "ＨＪ－０１");
    }

    #[test]
    fn should_cut_sub_lines_that_match_new_lines() {
        let line = Line::new(3, "１、職位名稱：ＨＪ－０１　");
        let colon = line.view.find(':').unwrap();
        for range in [
            0..line.view.len(),
            4..line.view.len(),
            colon + 1..line.view.len(),
            0..colon,
        ] {
            let sub = line.sub(range.clone());
            let fresh = Line::new(3, line.text_of(range));
            assert_eq!(
                (sub.text.as_str(), sub.view.as_str()),
                (fresh.text.as_str(), fresh.view.as_str())
            );
            assert_eq!(sub.text_of(0..sub.view.len()), fresh.text);
        }
    }

    #[test]
    fn should_number_lines_across_crlf_and_skip_blank_ones() {
        let lines = lines("a\r\n\r\n\u{200b}\n  b  \r\nc");
        let got: Vec<_> = lines.iter().map(|l| (l.no, l.text.as_str())).collect();
        assert_eq!(got, vec![(1, "a"), (4, "b"), (5, "c")]);
    }

    #[test]
    fn should_clean_values_but_keep_cjk_punctuation() {
        assert_eq!(clean_value("　ＨＪ－０１　"), "HJ－01");
        assert_eq!(clean_value("大专以上，电脑熟练。"), "大专以上，电脑熟练。");
    }
}
