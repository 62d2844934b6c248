//! Numbering and bullets at the start of a line: `一、` `(一)` `第一部分` `1、` `1.`
//! `1)` `(1)` `①` `a)` `Ⅰ、` `【…】` `■` `##` and friends.
//!
//! Works on the folded view, so `（１）` and `(1)` are the same. Each marker has a
//! [`Style`]; the outline nests items by the order in which styles first appear.

/// The style of a marker. Two markers of the same style are siblings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Style {
    /// 第一部分, 第二章, 第三节.
    Chapter,
    /// 一、 一. 一,
    CnComma,
    /// (一)
    CnParen,
    /// 1、
    ArabicComma,
    /// 1. or 1．
    ArabicDot,
    /// 1.1, 1.2.3 — the depth is the number of dots.
    ArabicMulti(u8),
    /// 1) 1）
    ArabicHalfParen,
    /// (1)
    ArabicParen,
    /// ① ⑴ ⒈
    Circled,
    /// a) a. a、
    Letter,
    /// A. A、 (capital)
    CapLetter,
    /// Ⅰ、 I.
    Roman,
    /// ● ■ ◆ · - * and other bullets.
    Bullet,
    /// Markdown `#` headings.
    Hash,
    /// 【…】 headings.
    Bracket,
}

impl Style {
    /// Markers that are used for headings more often than for items.
    pub fn is_chapter_like(self) -> bool {
        matches!(
            self,
            Style::Chapter
                | Style::CnComma
                | Style::CnParen
                | Style::Hash
                | Style::Bracket
                | Style::Roman
        )
    }
}

/// A marker found at the start of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marker {
    pub style: Style,
    /// Byte length of the marker in the view, trailing separators and spaces included.
    pub len: usize,
    /// The ordinal, where the marker has one (1 for `一、`, `(1)`, `a)`).
    pub ordinal: Option<u32>,
}

/// The Chinese numerals of a marker (`一、`, `(十二)`).
const CN_DIGITS: [char; 14] = [
    '〇', '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '两',
];

/// The formal numerals of a document's top-level chapters (`壹、`, `貳、`, `參、`), as
/// Taiwan's official notices number them, folded.
const FORMAL_DIGITS: [char; 11] = [
    '壹', '贰', '叁', '参', '肆', '伍', '陆', '柒', '捌', '玖', '拾',
];

fn is_formal_digit(c: char) -> bool {
    FORMAL_DIGITS.contains(&c)
}

/// Is `c` one of [`CN_DIGITS`]? (Asked of every character of a line: a slice
/// compare, not a substring search.)
pub(super) fn is_cn_digit(c: char) -> bool {
    CN_DIGITS.contains(&c)
}

/// The styles in the order they are tried.
const ORDER: [Style; 14] = [
    Style::Chapter,
    Style::CnParen,
    Style::CnComma,
    Style::ArabicParen,
    Style::ArabicMulti(0),
    Style::ArabicComma,
    Style::ArabicDot,
    Style::ArabicHalfParen,
    Style::Circled,
    Style::Roman,
    Style::Letter,
    Style::CapLetter,
    Style::Hash,
    Style::Bullet,
];

/// Bullets that stand alone (`-`, `*` and `+` need a space after them).
pub(super) const BULLETS: &str = "●■◆◇○□▪▫•·▶►▸➢➤✓√※◎★☆▲△◥◤◉⊙・‧";

/// The marker at the start of `view`, if any.
pub fn marker(view: &str) -> Option<Marker> {
    let first = view.chars().next()?;
    // Cheap reject: markers start with a digit, a CJK numeral, a bracket, a letter or a symbol.
    if first.is_alphabetic()
        && !is_cn_digit(first)
        && first != '第'
        && !is_formal_digit(first)
        && !first.is_ascii()
        && !is_roman(first)
    {
        return None;
    }
    // Markers are short: scan a bounded prefix, never the whole line.
    let head = &view[..floor_char_boundary(view, 48)];
    for style in ORDER {
        if !may_start(style, first) {
            continue;
        }
        let Some(end) = scan::scan(style, head) else {
            continue;
        };
        let whole = &head[..end];
        let rest = &view[end..];
        let token = token_of(style, whole);
        let style = match style {
            Style::ArabicMulti(_) => {
                let depth = token.map_or(1, |t| t.matches('.').count()) as u8;
                Style::ArabicMulti(depth)
            }
            s => s,
        };
        if !plausible(style, token, whole, rest) {
            continue;
        }
        let ordinal = match style {
            Style::ArabicMulti(_) => token
                .and_then(|t| t.rsplit('.').next())
                .and_then(|t| t.parse().ok()),
            _ => token.and_then(ordinal_of),
        };
        return Some(Marker {
            style,
            len: end,
            ordinal,
        });
    }
    None
}

/// Does the first item of a numbered list start here (`1、`, `1.`, `(1)`, `1)`, `①`)?
pub fn starts_list(view: &str) -> bool {
    marker(view).is_some_and(|m| {
        m.ordinal == Some(1)
            && matches!(
                m.style,
                Style::ArabicComma
                    | Style::ArabicDot
                    | Style::ArabicParen
                    | Style::ArabicHalfParen
                    | Style::Circled
                    | Style::Letter
            )
    })
}

/// `…按时送达 6 基本职责`, `…其他工作。7 任职资格`: a bare number before a cut that
/// goes on the line's numbering (the number before it stands earlier in the line as a
/// marker of the same kind, or opens a sub-clause there: `6.2`) belongs to the part the cut starts, not to the value or
/// sentence before it. Returns where the part starts.
pub fn number_before(view: &str, at: usize) -> usize {
    let head = view[..at].trim_end_matches(' ');
    let sep = head.chars().next_back().filter(|c| matches!(c, '、' | '.'));
    let body = &head[..head.len() - sep.map_or(0, char::len_utf8)];
    let digits = body.len() - body.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 2 {
        return at;
    }
    let start = body.len() - digits;
    // A number glued to the words after it is a marker only after a sentence.
    if sep.is_none() && head.len() == at && !view[..start].ends_with('。') {
        return at;
    }
    let boundary =
        |i: usize| view[..i].is_empty() || view[..i].ends_with([' ', '。', ';', '!', '?']);
    let Some(prev) = view[start..body.len()]
        .parse::<u32>()
        .ok()
        .and_then(|n| n.checked_sub(1))
    else {
        return at;
    };
    let prev = prev.to_string();
    let continues = view[..start].match_indices(&prev).any(|(i, _)| {
        let after = &view[i + prev.len()..];
        boundary(i)
            && match sep {
                Some(c) => after.starts_with(c),
                // (`6.2 …。7 任职资格`: a sub-clause of the clause before.)
                None => {
                    after.starts_with(' ')
                        || after
                            .strip_prefix('.')
                            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
                }
            }
    });
    if boundary(start) && continues {
        start
    } else {
        at
    }
}

/// The ordinal part of a matched marker: `12` of `12、`, `三` of `(三)`, `c` of `c)`.
fn token_of(style: Style, marker: &str) -> Option<&str> {
    let body = marker.trim_start_matches(['(', ' ']);
    let end = match style {
        Style::Chapter | Style::Hash | Style::Bullet | Style::Bracket => return None,
        Style::CnParen | Style::CnComma => body.find(|c: char| !is_cn_digit(c))?,
        Style::ArabicMulti(_) => body.find(|c: char| !(c.is_ascii_digit() || c == '.'))?,
        Style::ArabicComma | Style::ArabicDot | Style::ArabicHalfParen | Style::ArabicParen => {
            body.find(|c: char| !c.is_ascii_digit())?
        }
        Style::Roman => body.find(|c: char| !(is_roman(c) || matches!(c, 'I' | 'V' | 'X')))?,
        Style::Circled | Style::Letter | Style::CapLetter => body.chars().next()?.len_utf8(),
    };
    let token = body[..end].trim_end_matches('.');
    (!token.is_empty()).then_some(token)
}

/// Can a Chinese-numbered marker (`第一部分`, `(一)`, `一、`) start with `c`? Lets a
/// caller that wants only those skip [`marker`] on every other character.
pub fn may_start_chinese(c: char) -> bool {
    [Style::Chapter, Style::CnParen, Style::CnComma]
        .into_iter()
        .any(|style| may_start(style, c))
}

/// Can a marker of this style start with this character? Keeps `marker` to the
/// one or two patterns that can match, instead of trying them all.
fn may_start(style: Style, c: char) -> bool {
    match style {
        Style::Chapter => c == '第' || is_formal_digit(c),
        Style::CnParen | Style::ArabicParen => c == '(',
        Style::Letter | Style::CapLetter if c == '(' => true,
        Style::CnComma => is_cn_digit(c),
        Style::ArabicMulti(_) | Style::ArabicComma | Style::ArabicDot | Style::ArabicHalfParen => {
            c.is_ascii_digit()
        }
        Style::Circled => matches!(c, '①'..='⑳' | '⑴'..='⒇' | '⒈'..='⒛' | '❶'..='❿' | '➀'..='➉'),
        Style::Roman => is_roman(c) || matches!(c, 'I' | 'V' | 'X'),
        Style::Letter => c.is_ascii_lowercase(),
        Style::CapLetter => c.is_ascii_uppercase(),
        Style::Hash => c == '#',
        Style::Bullet | Style::Bracket => !c.is_alphanumeric(),
    }
}

/// The largest char boundary of `s` at or below `max`.
fn floor_char_boundary(s: &str, max: usize) -> usize {
    if max >= s.len() {
        return s.len();
    }
    let mut i = max;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn is_roman(c: char) -> bool {
    ('\u{2160}'..='\u{216b}').contains(&c)
}

/// Rules out markers that are really the start of a value: `1.5天`, `2020年`, `A级`.
fn plausible(style: Style, token: Option<&str>, whole: &str, rest: &str) -> bool {
    let next = rest.chars().next();
    let spaced = whole.ends_with(char::is_whitespace);
    match style {
        // A full stop is a bullet before Chinese text only (not `...`, `.5`, `.NET`).
        Style::Bullet if whole.starts_with('.') => {
            next.is_some_and(|c| !c.is_ascii() && c.is_alphabetic())
        }
        // `1.5天` is a number; `2. 8年以上…`, `2. 年龄…`, `1.年满18周岁…` and `2.年度计划`
        // are items.
        Style::ArabicDot => {
            let word = ["年龄", "年度", "月度", "年满", "月薪", "年薪"]
                .iter()
                .any(|w| rest.starts_with(w));
            !matches!(next, Some(c) if !spaced
                && (c.is_ascii_digit() || ("年月日号%元万千".contains(c) && !word)))
        }
        // `2、` is always a number of a list: `2、月底做对账单` is an item.
        Style::ArabicComma => true,
        Style::ArabicHalfParen => !matches!(next, Some(c) if "年月日号%元万千".contains(c)),
        Style::ArabicMulti(_) => !matches!(next, Some(c) if "年月日号%元万千天小时个".contains(c)),
        Style::CnComma => {
            // `十、` is a marker, but `三年以上` never reaches here; `两` alone is not a marker.
            token.is_some_and(|t| t != "两" && t.chars().count() <= 3)
        }
        Style::Letter | Style::CapLetter => {
            // A letter marker is followed by text, not by more Latin letters (`A.B.C`).
            !matches!(next, Some(c) if c.is_ascii_alphabetic())
        }
        Style::Roman => next.is_some(),
        _ => true,
    }
}

/// The ordinal of a marker token: `3`, `三`, `c`, `③`, `Ⅲ`.
pub fn ordinal_of(token: &str) -> Option<u32> {
    if let Ok(n) = token.parse::<u32>() {
        return Some(n);
    }
    let mut chars = token.chars();
    let c = chars.next()?;
    if chars.next().is_none() {
        let n = match c {
            'a'..='z' => c as u32 - 'a' as u32 + 1,
            'A'..='Z' => c as u32 - 'A' as u32 + 1,
            '①'..='⑳' => c as u32 - '①' as u32 + 1,
            '⑴'..='⒇' => c as u32 - '⑴' as u32 + 1,
            '⒈'..='⒛' => c as u32 - '⒈' as u32 + 1,
            '❶'..='❿' => c as u32 - '❶' as u32 + 1,
            '➀'..='➉' => c as u32 - '➀' as u32 + 1,
            'Ⅰ'..='Ⅻ' => c as u32 - 'Ⅰ' as u32 + 1,
            _ => return crate::numbers::chinese_number(token).map(|n| n as u32),
        };
        return Some(n);
    }
    crate::numbers::chinese_number(token).map(|n| n as u32)
}

/// The marker patterns, written out by hand: each returns the byte length of the
/// marker at the start of `s` (trailing separators and spaces included). They
/// match what these regular expressions match (the tests check it):
///
/// | style | pattern |
/// |---|---|
/// | Chapter | `^第\s*(?:[〇…两]+|\d+)\s*(?:部分|章|节|部|篇|条)\s*[:、.,]?\s*` |
/// | CnParen | `^\(\s*[〇…两]+\s*\)\s*[、.,:]?\s*` |
/// | CnComma | `^[〇…两]+\s*[、.,]\s*` |
/// | ArabicParen | `^\(\s*\d{1,3}\s*\)\s*[、.,:]?\s*` |
/// | ArabicMulti | `^\d{1,2}(?:\.\d{1,2}){1,3}(?:[、\s]\s*|\.\s*)` |
/// | ArabicComma | `^\d{1,6}\s*、\s*` |
/// | ArabicDot, ArabicHalfParen | `^\d{1,3}\s*[.)]\s*` |
/// | Circled | `^[①-⑳⑴-⒇⒈-⒛❶-❿➀-➉]\s*[、.]?\s*` |
/// | Roman | `^(?:[Ⅰ-Ⅻ]+\s*[、.,]?|(?:I{1,3}|IV|VI{0,3}|IX|X)\s*[、.])\s*` |
/// | Letter, CapLetter | `^(?:\(\s*[a-z]\s*\)|[a-z]\s*[)、.])\s*`, the same with `[A-Z]` |
/// | Hash | `^#{1,6}\s*` |
/// | Bullet | `^(?:[●■…⊙・‧]|[-*+](?:\s|$)|\.)\s*` |
mod scan {
    use super::{BULLETS, Style, is_cn_digit, is_formal_digit, is_roman};

    /// A cursor over the start of a line.
    struct At<'s> {
        s: &'s str,
        i: usize,
    }

    impl At<'_> {
        fn peek(&self) -> Option<char> {
            self.s[self.i..].chars().next()
        }

        fn eat(&mut self, f: impl Fn(char) -> bool) -> bool {
            match self.peek() {
                Some(c) if f(c) => {
                    self.i += c.len_utf8();
                    true
                }
                _ => false,
            }
        }

        /// Eats characters while `f` holds; returns how many.
        fn run(&mut self, f: impl Fn(char) -> bool) -> usize {
            let mut n = 0;
            while self.eat(&f) {
                n += 1;
            }
            n
        }

        fn ws(&mut self) {
            self.run(char::is_whitespace);
        }

        fn word(&mut self, w: &str) -> bool {
            let hit = self.s[self.i..].starts_with(w);
            if hit {
                self.i += w.len();
            }
            hit
        }
    }

    fn cn(c: char) -> bool {
        is_cn_digit(c)
    }

    fn digit(c: char) -> bool {
        c.is_ascii_digit()
    }

    pub(super) fn scan(style: Style, s: &str) -> Option<usize> {
        let mut at = At { s, i: 0 };
        let ok = match style {
            Style::Chapter => chapter(&mut at),
            Style::CnParen => paren(&mut at, cn, usize::MAX),
            Style::ArabicParen => paren(&mut at, digit, 3),
            Style::CnComma => {
                at.run(cn) > 0 && {
                    at.ws();
                    at.eat(|c| matches!(c, '、' | '.' | ','))
                }
            }
            Style::ArabicMulti(_) => return multi(s),
            // `、` after a number only ever enumerates: long lists keep counting.
            Style::ArabicComma => number_then(&mut at, '、', 6),
            Style::ArabicDot => number_then(&mut at, '.', 3),
            Style::ArabicHalfParen => number_then(&mut at, ')', 3),
            Style::Circled => {
                at.eat(|c| matches!(c, '①'..='⑳' | '⑴'..='⒇' | '⒈'..='⒛' | '❶'..='❿' | '➀'..='➉'))
                    && {
                        at.ws();
                        at.eat(|c| matches!(c, '、' | '.'));
                        true
                    }
            }
            Style::Roman => return roman(s),
            Style::Letter => letter(&mut at, |c| c.is_ascii_lowercase()),
            Style::CapLetter => letter(&mut at, |c| c.is_ascii_uppercase()),
            Style::Hash => {
                let n = at.s.bytes().take_while(|b| *b == b'#').count().min(6);
                at.i = n;
                n > 0
            }
            Style::Bullet => bullet(&mut at),
            Style::Bracket => false,
        };
        ok.then(|| {
            at.ws();
            at.i
        })
    }

    fn chapter(at: &mut At<'_>) -> bool {
        // `貳、甄選條件`: a formal numeral and a comma.
        if at.run(is_formal_digit) > 0 {
            at.ws();
            return at.eat(|c| c == '、');
        }
        if !at.word("第") {
            return false;
        }
        at.ws();
        if at.run(cn) == 0 && at.run(digit) == 0 {
            return false;
        }
        at.ws();
        if !["部分", "章", "节", "部", "篇", "条"]
            .iter()
            .any(|w| at.word(w))
        {
            return false;
        }
        at.ws();
        at.eat(|c| matches!(c, ':' | '、' | '.' | ','));
        true
    }

    /// `(` number `)` with an optional separator after it.
    fn paren(at: &mut At<'_>, f: fn(char) -> bool, max: usize) -> bool {
        if !at.eat(|c| c == '(') {
            return false;
        }
        at.ws();
        if !(1..=max).contains(&at.run(f)) {
            return false;
        }
        at.ws();
        if !at.eat(|c| c == ')') {
            return false;
        }
        at.ws();
        at.eat(|c| matches!(c, '、' | '.' | ',' | ':'));
        true
    }

    /// One to `max` digits, then `sep`.
    fn number_then(at: &mut At<'_>, sep: char, max: usize) -> bool {
        (1..=max).contains(&at.run(digit)) && {
            at.ws();
            at.eat(|c| c == sep)
        }
    }

    /// `a)`, `a、`, `a.`, or `(a)`.
    fn letter(at: &mut At<'_>, f: fn(char) -> bool) -> bool {
        if at.eat(|c| c == '(') {
            at.ws();
            return at.eat(f) && {
                at.ws();
                at.eat(|c| c == ')')
            };
        }
        at.eat(f) && {
            at.ws();
            at.eat(|c| matches!(c, ')' | '、' | '.'))
        }
    }

    fn bullet(at: &mut At<'_>) -> bool {
        if at.eat(|c| BULLETS.contains(c)) {
            return true;
        }
        // A full stop (`．薪酬：…`, as Hong Kong postings write them); `plausible`
        // keeps it only before Chinese text.
        if at.eat(|c| c == '.') {
            return true;
        }
        if !at.eat(|c| matches!(c, '-' | '*' | '+')) {
            return false;
        }
        at.peek().is_none_or(char::is_whitespace)
    }

    /// `1.2`, `1.2.3` followed by a space, `、` or a dot. Each part is a whole run
    /// of one or two digits; when what follows the last part is none of those, the
    /// part before it ends the marker with its dot (as the regex backtracks).
    fn multi(s: &str) -> Option<usize> {
        let mut at = At { s, i: 0 };
        if !(1..=2).contains(&at.run(digit)) {
            return None;
        }
        // Where each repetition `.\d{1,2}` ends.
        let mut ends = Vec::with_capacity(3);
        while ends.len() < 3 {
            let save = at.i;
            if at.eat(|c| c == '.') && (1..=2).contains(&at.run(digit)) {
                ends.push(at.i);
            } else {
                at.i = save;
                break;
            }
        }
        let &last = ends.last()?;
        at.i = last;
        if at.eat(|c| c == '、' || c == '.' || c.is_whitespace()) {
            at.ws();
            return Some(at.i);
        }
        // Fewer repetitions: the dot that began the last one ends the marker.
        let &before = ends.get(ends.len().checked_sub(2)?)?;
        at.i = before + 1;
        at.ws();
        Some(at.i)
    }

    fn roman(s: &str) -> Option<usize> {
        let mut at = At { s, i: 0 };
        if at.run(is_roman) > 0 {
            at.ws();
            at.eat(|c| matches!(c, '、' | '.' | ','));
            at.ws();
            return Some(at.i);
        }
        let b = s.as_bytes();
        let count = |from: usize, byte: u8| b[from..].iter().take_while(|x| **x == byte).count();
        // The alternatives in the regex's order, longest first within each.
        let mut tries: Vec<usize> = Vec::new();
        tries.extend((1..=count(0, b'I').min(3)).rev());
        if s.starts_with("IV") {
            tries.push(2);
        }
        if s.starts_with('V') {
            tries.extend((1..=1 + count(1, b'I').min(3)).rev());
        }
        if s.starts_with("IX") {
            tries.push(2);
        }
        if s.starts_with('X') {
            tries.push(1);
        }
        tries.into_iter().find_map(|n| {
            let mut at = At { s, i: n };
            at.ws();
            at.eat(|c| matches!(c, '、' | '.')).then(|| {
                at.ws();
                at.i
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::LazyLock;

    use regex::Regex;

    // The regular expressions the scanner replaced: the oracle it is checked against.

    pub(super) static PATTERNS: LazyLock<Vec<(Style, Regex)>> = LazyLock::new(|| {
        let cn = format!("[{}]+", String::from_iter(CN_DIGITS));
        let table = [
            (
                Style::Chapter,
                format!(r"^第\s*(?:{cn}|\d+)\s*(?:部分|章|节|部|篇|条)\s*[:、.,]?\s*"),
            ),
            (Style::CnParen, format!(r"^\(\s*({cn})\s*\)\s*[、.,:]?\s*")),
            (Style::CnComma, format!(r"^({cn})\s*[、.,]\s*")),
            (
                Style::ArabicParen,
                r"^\(\s*(\d{1,3})\s*\)\s*[、.,:]?\s*".to_string(),
            ),
            (
                Style::ArabicMulti(0),
                r"^(\d{1,2}(?:\.\d{1,2}){1,3})(?:[、\s]\s*|\.\s*)".to_string(),
            ),
            (Style::ArabicComma, r"^(\d{1,6})\s*、\s*".to_string()),
            (Style::ArabicDot, r"^(\d{1,3})\s*\.(?:\s*|$)".to_string()),
            (Style::ArabicHalfParen, r"^(\d{1,3})\s*\)\s*".to_string()),
            (
                Style::Circled,
                r"^([①-⑳⑴-⒇⒈-⒛❶-❿➀-➉])\s*[、.]?\s*".to_string(),
            ),
            (
                Style::Roman,
                r"^(?:([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]+)\s*[、.,]?|(I{1,3}|IV|VI{0,3}|IX|X)\s*[、.])\s*".to_string(),
            ),
            (
                Style::Letter,
                r"^(?:\(\s*([a-z])\s*\)|([a-z])\s*[)、.])\s*".to_string(),
            ),
            (
                Style::CapLetter,
                r"^(?:\(\s*([A-Z])\s*\)|([A-Z])\s*[)、.])\s*".to_string(),
            ),
            (Style::Hash, r"^#{1,6}\s*".to_string()),
            (
                Style::Bullet,
                r"^(?:[●■◆◇○□▪▫•·▶►▸➢➤✓√※◎★☆▲△◥◤◆◉⊙・‧]|[-*+](?:\s|$)|\.)\s*".to_string(),
            ),
        ];
        table
            .into_iter()
            .map(|(style, pat)| (style, Regex::new(&pat).expect("numbering pattern")))
            .collect()
    });

    /// The marker's end by the regular expressions (on the same bounded prefix).
    fn by_regex(view: &str) -> Vec<(Style, usize)> {
        let head = &view[..floor_char_boundary(view, 48)];
        PATTERNS
            .iter()
            .filter_map(|(style, re)| re.find(head).map(|m| (*style, m.end())))
            .collect()
    }

    fn by_scanner(view: &str) -> Vec<(Style, usize)> {
        let head = &view[..floor_char_boundary(view, 48)];
        ORDER
            .iter()
            .filter_map(|style| scan::scan(*style, head).map(|end| (*style, end)))
            .collect()
    }

    #[test]
    fn should_know_every_chinese_digit() {
        assert!(CN_DIGITS.into_iter().all(is_cn_digit));
        assert!(!"千万a1(、".chars().any(is_cn_digit));
    }

    #[test]
    fn should_scan_markers_exactly_as_the_patterns_match() {
        let alphabet: Vec<char> =
            "0123456789 .、,:()第一二十百两部分章节篇条①⑵⒊❹➄ⅠⅡⅫIVXivxabzABZ#-*+●■·负责\t。;"
                .chars()
                .collect();
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..300_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let len = (x % 9) as usize;
            let mut s = String::new();
            let mut y = x;
            for _ in 0..len {
                y = y
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push(alphabet[(y >> 33) as usize % alphabet.len()]);
            }
            assert_eq!(by_scanner(&s), by_regex(&s), "markers of {s:?}");
        }
        let edges = [
            "1.2.3.4.5x",
            "1.2.345 ",
            "12.5.",
            "1.2",
            "IIII.",
            "VII.",
            "VIIII、",
            "XI.",
            "Ⅻ ,x",
            "第 十二 部分 :  x",
            "第3条",
            "( 12 ) 、 负责",
            "(1234)",
            "1234、",
            "12)x",
            "a)",
            "A、 b",
            "######## x",
            "# x",
            "-",
            "- x",
            "-x",
            "+\tx",
            "●负责",
            "①、x",
        ];
        for s in edges {
            assert_eq!(by_scanner(s), by_regex(s), "markers of {s:?}");
        }
    }

    #[test]
    fn should_recognize_every_numbering_style() {
        let cases = [
            ("一、岗位职责", Some((Style::CnComma, "岗位职责", Some(1)))),
            ("贰、甄选条件:", Some((Style::Chapter, "甄选条件:", None))),
            ("壹、 甄选员额", Some((Style::Chapter, "甄选员额", None))),
            ("参加培训", None),
            ("(三)岗位职责", Some((Style::CnParen, "岗位职责", Some(3)))),
            (
                "第一部分:基本信息",
                Some((Style::Chapter, "基本信息", None)),
            ),
            ("1、负责", Some((Style::ArabicComma, "负责", Some(1)))),
            ("2. 负责", Some((Style::ArabicDot, "负责", Some(2)))),
            ("3)负责", Some((Style::ArabicHalfParen, "负责", Some(3)))),
            (
                "(4)、内部部门",
                Some((Style::ArabicParen, "内部部门", Some(4))),
            ),
            ("⑤负责", Some((Style::Circled, "负责", Some(5)))),
            ("b) 处理", Some((Style::Letter, "处理", Some(2)))),
            ("Ⅱ、任职资格", Some((Style::Roman, "任职资格", Some(2)))),
            ("● 负责", Some((Style::Bullet, "负责", None))),
            ("- 负责", Some((Style::Bullet, "负责", None))),
            ("## 岗位职责", Some((Style::Hash, "岗位职责", None))),
            ("1.2 负责", Some((Style::ArabicMulti(1), "负责", Some(2)))),
            (
                "1.年满18周岁",
                Some((Style::ArabicDot, "年满18周岁", Some(1))),
            ),
            ("1.年前完成", None),
            ("5.5天", None),
            ("2020年", None),
            ("三年以上经验", None),
            ("负责", None),
            ("-5%", None),
        ];
        for (view, want) in cases {
            let got = marker(view).map(|m| (m.style, &view[m.len..], m.ordinal));
            assert_eq!(got, want, "marker of {view}");
        }
    }
}
