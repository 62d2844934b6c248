//! check: the invariants every parse upholds, as a function the property tests
//! and the fuzz target call on arbitrary input.
//!
//! - every record serializes;
//! - every line number (`source.lines`, sections, fields, dropped) lies within the
//!   decoded text;
//! - every `provenance` entry points at a value of its record, with ascending
//!   lines within the record's `source.lines`;
//! - nothing is lost: when a file yields records, every non-blank line of it is
//!   in some record's title, a section heading or text, or `dropped`.

use crate::normalize::{self, fold_char};
use crate::{Options, Parsed};

/// Letters and digits only, folded: what the nothing-lost rule compares.
fn skeleton(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .map(fold_char)
        .collect()
}

/// Is `line` in `kept`, whole or in pieces? A line cut into pieces (a page count
/// dropped off its start, a run-on collection split between two records) is kept
/// when each piece is: the line is covered by substrings of `kept`, taken longest
/// first, of at least four characters each except one at either end of the line
/// (where a short page count or marker may have been cut off).
fn covered(kept: &str, line: &str) -> bool {
    if kept.contains(line) {
        return true;
    }
    let chars: Vec<usize> = line.char_indices().map(|(i, _)| i).collect();
    let mut at = 0; // index into `chars`
    let mut short = 0;
    while at < chars.len() {
        let start = chars[at];
        // The longest piece from `at` that `kept` holds: binary search on its length.
        let (mut lo, mut hi) = (0, chars.len() - at);
        while lo < hi {
            let mid = (lo + hi).div_ceil(2);
            let end = chars.get(at + mid).copied().unwrap_or(line.len());
            if kept.contains(&line[start..end]) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        let edge = at == 0 || at + lo == chars.len();
        if lo < 4 {
            short += 1;
            if lo == 0 || !edge || short > 1 {
                return false;
            }
        }
        at += lo;
    }
    true
}

/// Checks a parse of `bytes` against the invariants; the error says which one broke.
pub fn invariants(bytes: &[u8], options: &Options, parsed: &Parsed) -> Result<(), String> {
    let text = crate::text(bytes, options)
        .map_err(|e| format!("text() failed after parse() succeeded: {e}"))?;
    let folded = normalize::Folded::new(&text.text);
    let markers: std::collections::HashMap<usize, &str> = folded
        .markers()
        .iter()
        .map(|(no, m)| (*no, m.as_str()))
        .collect();
    let last = text.text.split('\n').count();
    let within = |n: usize, what: &str| {
        if (1..=last).contains(&n) {
            Ok(())
        } else {
            Err(format!("{what} line {n} is outside 1..={last}"))
        }
    };
    let mut kept = String::new();
    for r in &parsed.records {
        let json =
            serde_json::to_value(r).map_err(|e| format!("record does not serialize: {e}"))?;
        let [a, b] = r.source.lines;
        within(a, "source.lines")?;
        within(b, "source.lines")?;
        if a > b {
            return Err(format!("source.lines [{a}, {b}] is reversed"));
        }
        for (pointer, lines) in &r.provenance {
            if json.pointer(pointer).is_none_or(serde_json::Value::is_null) {
                return Err(format!("provenance {pointer} points at no value"));
            }
            if lines.is_empty()
                || lines.windows(2).any(|w| w[0] >= w[1])
                || lines.iter().any(|l| !(a..=b).contains(l))
            {
                return Err(format!(
                    "provenance {pointer}: {lines:?} not ascending in [{a}, {b}]"
                ));
            }
        }
        for s in &r.sections {
            within(s.lines[0], "section")?;
            within(s.lines[1], "section")?;
        }
        for f in &r.fields {
            within(f.line, "field")?;
        }
        for d in &r.dropped {
            within(d.line, "dropped")?;
        }
        kept.push_str(&skeleton(r.title.as_deref().unwrap_or("")));
        for s in &r.sections {
            kept.push_str(&skeleton(s.heading.as_deref().unwrap_or("")));
            kept.push_str(&skeleton(&s.text));
        }
        for d in &r.dropped {
            kept.push_str(&skeleton(&d.text));
        }
    }
    // Taken longest first, the pieces of a line may be matched across a piece's
    // boundary and strand a short scrap; read from the other end they are not.
    let kept_backwards: String = kept.chars().rev().collect();
    let covered = |line: &str| {
        covered(&kept, line) || covered(&kept_backwards, &line.chars().rev().collect::<String>())
    };
    if !parsed.records.is_empty() {
        for (no, line) in normalize::physical_lines(&text.text) {
            // A page marker taken off a line is in `dropped`; the rest of the line
            // was joined to the line before it.
            let rest = markers
                .get(&no)
                .and_then(|m| line.strip_prefix(m))
                .unwrap_or(&line);
            if !covered(&skeleton(rest)) {
                return Err(format!("line {no} is lost: {line:?}"));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::covered;

    #[test]
    fn should_keep_a_line_whole_or_in_pieces_only() {
        let kept = "岗位职责负责巡逻工作任职资格高中以上6页";
        let cases = [
            ("负责巡逻工作", true),
            // A page count cut off the start, and the rest kept elsewhere.
            ("6页岗位职责负责巡逻", true),
            // Two short scraps that happen to occur: not a kept line.
            ("负责高中", false),
            ("负责全面管理工作", false),
            ("", true),
        ];
        for (line, want) in cases {
            assert_eq!(covered(kept, line), want, "{line}");
        }
    }
}
