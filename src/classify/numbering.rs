//! Numbering and bullets at the start of a line: `一、` `(一)` `第一部分` `1、` `1.`
//! `1)` `(1)` `①` `a)` `Ⅰ、` `【…】` `■` `##` and friends.
//!
//! Works on the folded view, so `（１）` and `(1)` are the same. Each marker has a
//! [`Style`]; the outline nests items by the order in which styles first appear.

use std::sync::LazyLock;

use regex::Regex;

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

const CN_DIGITS: &str = "〇零一二三四五六七八九十百两";

static PATTERNS: LazyLock<Vec<(Style, Regex)>> = LazyLock::new(|| {
    let cn = format!("[{CN_DIGITS}]+");
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
        (Style::ArabicComma, r"^(\d{1,3})\s*、\s*".to_string()),
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
        (Style::Letter, r"^([a-z])\s*[)、.]\s*".to_string()),
        (Style::CapLetter, r"^([A-Z])\s*[)、.]\s*".to_string()),
        (Style::Hash, r"^#{1,6}\s*".to_string()),
        (
            Style::Bullet,
            r"^(?:[●■◆◇○□▪▫•·▶►▸➢➤✓√※◎★☆▲△◥◤◆◉⊙]|[-*+](?:\s|$))\s*".to_string(),
        ),
    ];
    table
        .into_iter()
        .map(|(style, pat)| (style, Regex::new(&pat).expect("numbering pattern")))
        .collect()
});

/// The marker at the start of `view`, if any.
pub fn marker(view: &str) -> Option<Marker> {
    let first = view.chars().next()?;
    // Cheap reject: markers start with a digit, a CJK numeral, a bracket, a letter or a symbol.
    if first.is_alphabetic()
        && !CN_DIGITS.contains(first)
        && first != '第'
        && !first.is_ascii()
        && !is_roman(first)
    {
        return None;
    }
    for (style, re) in PATTERNS.iter() {
        if !may_start(*style, first) {
            continue;
        }
        // Markers are short: match against a bounded prefix, never the whole line.
        let head = &view[..floor_char_boundary(view, 48)];
        // `find` runs on the lazy DFA; capture groups would allocate per call.
        let Some(whole) = re.find(head) else {
            continue;
        };
        let rest = &view[whole.end()..];
        let token = token_of(*style, whole.as_str());
        let style = match style {
            Style::ArabicMulti(_) => {
                let depth = token.map_or(1, |t| t.matches('.').count()) as u8;
                Style::ArabicMulti(depth)
            }
            s => *s,
        };
        let spaced = whole.as_str().ends_with(char::is_whitespace);
        if !plausible(style, token, rest, spaced) {
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
            len: whole.end(),
            ordinal,
        });
    }
    None
}

/// The ordinal part of a matched marker: `12` of `12、`, `三` of `(三)`, `c` of `c)`.
fn token_of(style: Style, marker: &str) -> Option<&str> {
    let body = marker.trim_start_matches(['(', ' ']);
    let end = match style {
        Style::Chapter | Style::Hash | Style::Bullet | Style::Bracket => return None,
        Style::CnParen | Style::CnComma => body.find(|c: char| !CN_DIGITS.contains(c))?,
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

/// Can a marker of this style start with this character? Keeps `marker` to the
/// one or two patterns that can match, instead of trying them all.
fn may_start(style: Style, c: char) -> bool {
    match style {
        Style::Chapter => c == '第',
        Style::CnParen | Style::ArabicParen => c == '(',
        Style::CnComma => CN_DIGITS.contains(c),
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
fn plausible(style: Style, token: Option<&str>, rest: &str, spaced: bool) -> bool {
    let next = rest.chars().next();
    match style {
        // `1.5天` is a number; `2. 8年以上…` is an item.
        Style::ArabicDot => {
            !matches!(next, Some(c) if (c.is_ascii_digit() && !spaced) || "年月日号%元万千".contains(c))
        }
        Style::ArabicComma | Style::ArabicHalfParen => {
            !matches!(next, Some(c) if "年月日号%元万千".contains(c))
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_recognize_every_numbering_style() {
        let cases = [
            ("一、岗位职责", Some((Style::CnComma, "岗位职责", Some(1)))),
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
