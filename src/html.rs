//! html: markup to lines, with a real HTML tokenizer (`html5gum`).
//!
//! Block elements and `<br>` end lines, list items become `•`/`1.` items, table
//! cells are joined with tabs (so the outline sees table rows), entities are
//! decoded by the tokenizer. `<head>`, `<script>`, `<style>`, navigation, footers,
//! sidebars and elements whose class or id says they are breadcrumbs, menus,
//! share bars or recommendations are not content. `<meta charset>` is read before
//! decoding.

use encoding_rs::Encoding;
use html5gum::{DefaultEmitter, Token, Tokenizer};

/// Does this input look like an HTML page?
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(2048)];
    // Every sign below starts with `<`.
    if !head.contains(&b'<') {
        return false;
    }
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let find = |needle: &[u8]| lower.windows(needle.len()).any(|w| w == needle);
    let start = lower
        .iter()
        .position(|b| !b.is_ascii_whitespace() && *b != 0xef && *b != 0xbb && *b != 0xbf);
    let starts_with_tag = start.is_some_and(|i| lower[i] == b'<');
    find(b"<!doctype html")
        || find(b"<html")
        || (starts_with_tag && (find(b"<body") || find(b"<div") || find(b"<p>") || find(b"<table")))
}

/// The encoding a `<meta charset>` or `http-equiv` declaration names, if any.
pub fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let rest = &head[at..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_'))
        .unwrap_or(rest.len());
    let enc = Encoding::for_label(&rest[..end])?;
    // A page that says UTF-16 in an ASCII-compatible meta tag is not UTF-16.
    (enc != encoding_rs::UTF_16LE && enc != encoding_rs::UTF_16BE).then_some(enc)
}

const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
];

const SKIPPED: &[&str] = &[
    "head", "script", "style", "noscript", "template", "nav", "footer", "aside", "iframe", "svg",
    "button", "select", "option", "textarea", "object", "canvas", "form", "menu",
];

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Class or id words that mark chrome.
const CHROME_CLASSES: &[&str] = &[
    "nav",
    "menu",
    "footer",
    "breadcrumb",
    "crumb",
    "sidebar",
    "side-bar",
    "comment",
    "share",
    "copyright",
    "related",
    "recommend",
    "advert",
    "login",
    "toolbar",
    "pagination",
    "pager",
    "prevnext",
    "prev-next",
];

struct Open {
    name: String,
    skip: bool,
    ordered: bool,
    counter: u32,
    /// Where its text starts: the length of the output and of the line when it
    /// opened.
    at: (usize, usize),
}

/// Inline elements that hold one cell of a label/value pair on job pages
/// (`<span class="tit">招聘单位</span><span class="con">…</span>`).
const CELLS: &[&str] = &["span", "label", "em", "b", "strong", "i", "font"];

/// A colon goes between a label cell and its value cell: the text an inline
/// element held, when it is a known field label alone (`招聘单位`, `学历`), and the
/// element opened on the line still being written. Returns the output length at
/// which it was decided, so the colon is written only on that line.
fn label_cell_end(open: &Open, out: &str, line: &str) -> Option<usize> {
    if !CELLS.contains(&open.name.as_str()) || open.at.0 != out.len() {
        return None;
    }
    let text = line.get(open.at.1..)?.trim();
    let folded = crate::normalize::fold(text);
    crate::lexicon::label(&folded)
        .is_some_and(|k| k != crate::lexicon::FieldKey::Unknown)
        .then_some(out.len())
}

/// Renders an HTML page as plain text lines.
///
/// This is the one function in the crate longer than 80 lines, on purpose: it is
/// the tokenizer's state machine (open elements, skipped subtrees, `<pre>`, table
/// cells, list counters, the page title), and every arm reads and writes the same
/// handful of states; split into functions they would pass all of it around.
pub fn to_text(html: &str) -> String {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let mut out = String::with_capacity(html.len() / 2);
    let mut line = String::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut skipping = 0usize;
    let mut pre = 0usize;
    let mut first_cell = true;
    let mut page_title = String::new();
    let mut saw_h1 = false;
    let mut colon_at: Option<usize> = None;
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                let attr = |k: &[u8]| {
                    tag.attributes
                        .get(k)
                        .map(|v| String::from_utf8_lossy(v).to_ascii_lowercase())
                        .unwrap_or_default()
                };
                let marker_words = format!("{} {}", attr(b"class"), attr(b"id"));
                // A page-level <header> holds the site name and its links; one inside
                // an <article> or <main> holds the document's own title, and stays.
                let in_content = stack
                    .iter()
                    .any(|o| matches!(o.name.as_str(), "article" | "main"));
                let skip = SKIPPED.contains(&name.as_str())
                    || (name == "header" && !in_content)
                    || marker_words.split([' ', '_', '-']).any(|part| {
                        // `nav`, `navs`, `top-nav`, `nav-bar`: a word of the class or id.
                        let word = part.strip_suffix('s').unwrap_or(part);
                        CHROME_CLASSES.contains(&part) || CHROME_CLASSES.contains(&word)
                    });
                if skipping == 0 {
                    saw_h1 |= name == "h1";
                    if name == "br" {
                        flush(&mut out, &mut line);
                    } else if name == "td" || name == "th" {
                        if !first_cell {
                            line.push('\t');
                        }
                        first_cell = false;
                    } else if name == "tr" {
                        flush(&mut out, &mut line);
                        first_cell = true;
                    } else if BLOCKS.contains(&name.as_str()) {
                        flush(&mut out, &mut line);
                    }
                    if name == "li" {
                        let depth = stack
                            .iter()
                            .filter(|o| o.name == "ul" || o.name == "ol")
                            .count();
                        if let Some(list) = stack
                            .iter_mut()
                            .rev()
                            .find(|o| o.name == "ul" || o.name == "ol")
                        {
                            list.counter += 1;
                            if list.ordered {
                                line.push_str(&format!("{}. ", list.counter));
                            } else {
                                line.push_str(if depth > 1 { "◦ " } else { "• " });
                            }
                        }
                    }
                    if name == "pre" {
                        pre += 1;
                    }
                }
                if VOID.contains(&name.as_str()) || tag.self_closing {
                    continue;
                }
                if skip {
                    skipping += 1;
                }
                stack.push(Open {
                    ordered: name == "ol",
                    name,
                    skip,
                    counter: 0,
                    at: (out.len(), line.len()),
                });
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if let Some(i) = stack.iter().rposition(|o| o.name == name) {
                    if skipping == 0 && pre == 0 {
                        colon_at = label_cell_end(&stack[i], &out, &line);
                    }
                    for open in stack.drain(i..) {
                        if open.skip {
                            skipping -= 1;
                        }
                        if open.name == "pre" {
                            pre = pre.saturating_sub(1);
                        }
                    }
                }
                if skipping == 0 && (BLOCKS.contains(&name.as_str()) || name == "tr") {
                    flush(&mut out, &mut line);
                }
            }
            // The <title> sits in the skipped <head>; keep its text for a first line.
            Token::String(s) if stack.last().is_some_and(|o| o.name == "title") => {
                page_title.push_str(&String::from_utf8_lossy(&s));
            }
            Token::String(s) if skipping == 0 => {
                let s = String::from_utf8_lossy(&s);
                if pre > 0 {
                    for (i, part) in s.split('\n').enumerate() {
                        if i > 0 {
                            flush(&mut out, &mut line);
                        }
                        line.push_str(part);
                    }
                } else {
                    // (The pending colon is spent on the first text, written or not.)
                    if !s.trim().is_empty()
                        && colon_at.take() == Some(out.len())
                        && !s.trim_start().starts_with([':', '：'])
                    {
                        line.push(':');
                    }
                    push_collapsed(&mut line, &s);
                }
            }
            _ => {}
        }
    }
    flush(&mut out, &mut line);
    // A page without an <h1> gets its <title>, without the site-name tail
    // (`… - 物业范文网`), as the first line: the document's title is often only there.
    let title = page_title_line(&page_title);
    if !title.is_empty() && !saw_h1 {
        out.insert_str(0, &format!("{title}\n"));
    }
    out
}

/// Server-side template code left in a scraped page: JSP (`<%@ page … %>`,
/// `${x}`), PHP and Smarty-style tags (`<?php … ?>`, `{php …}`, `{$x}`,
/// `{if …}…{/if}`). It is markup of the site, never content.
static TEMPLATE_CODE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"<%.*?%>|<\?php.*?\?>|\$\{[^}\n]*\}|\{\$[^}\n]*\}|\{php\b[^}\n]*\}|\{/?(?:if|else|elseif|foreach|loop|section|include)\b[^}\n]*\}",
    )
    .expect("template code pattern")
});

/// The text without template code.
fn without_template_code(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(['<', '$', '{']) {
        TEMPLATE_CODE.replace_all(s, "")
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// `物业前台接待员岗位职责 - 物业范文网` → `物业前台接待员岗位职责`.
fn page_title_line(raw: &str) -> String {
    let mut collapsed = String::new();
    push_collapsed(&mut collapsed, &without_template_code(raw));
    let title = collapsed.trim();
    let cut = [" - ", " – ", " — ", " | ", "_", "｜", "——"]
        .iter()
        .filter_map(|sep| title.find(sep))
        .min();
    match cut {
        Some(at) if title[..at].trim().chars().count() >= 2 => title[..at].trim().to_string(),
        _ => title.to_string(),
    }
}

fn push_collapsed(line: &mut String, s: &str) {
    for c in s.chars() {
        // Only ASCII whitespace collapses; &nbsp; and ideographic spaces are kept.
        if c.is_ascii_whitespace() {
            if !line.is_empty() && !line.ends_with([' ', '\t']) {
                line.push(' ');
            }
        } else {
            line.push(c);
        }
    }
}

fn flush(out: &mut String, line: &mut String) {
    {
        let cleaned = without_template_code(line);
        let t = cleaned.trim_matches(|c: char| c.is_ascii_whitespace());
        if !t.is_empty() {
            out.push_str(t);
            out.push('\n');
        }
    }
    line.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_render_blocks_lists_and_tables_and_skip_chrome() {
        let html = r#"<!DOCTYPE html><html><head><title>T - 网</title><style>p{}</style></head>
<body><div class="crumb"><a href="/">首页</a> &gt; 岗位</div><nav>菜单</nav>
<h1>保安员岗位职责</h1><p>直接上级:主管<br>下属:无</p>
<ul><li>负责巡逻;</li><li>负责&amp;登记</li></ul><ol><li>一</li><li>二</li></ol>
<table><tr><td>岗位名称</td><td>保安员</td></tr></table>
<script>var x = "<p>no</p>";</script><div class="footer">版权</div></body></html>"#;
        let text = to_text(html);
        assert_eq!(
            text,
            "保安员岗位职责\n直接上级:主管\n下属:无\n• 负责巡逻;\n• 负责&登记\n1. 一\n2. 二\n岗位名称\t保安员\n"
        );
    }

    #[test]
    fn should_put_a_colon_between_a_label_cell_and_its_value_cell() {
        for (html, want) in [
            // A label and its value in two spans.
            (
                "<ul><li><span>招聘单位</span><span>某某中心</span></li></ul>",
                "• 招聘单位:某某中心\n",
            ),
            // Traditional script; a bold label before plain text.
            ("<p><b>學歷</b> 大學以上</p>", "學歷: 大學以上\n"),
            // A colon of its own, an empty value cell, a word that is no label.
            ("<p><span>学历</span>:本科</p>", "学历:本科\n"),
            (
                "<ul><li><span>学位</span><span></span></li></ul>",
                "• 学位\n",
            ),
            ("<p><span>负责</span><span>巡逻</span></p>", "负责巡逻\n"),
            // A section heading is no field label.
            ("<p><b>岗位职责</b>负责巡逻</p>", "岗位职责负责巡逻\n"),
        ] {
            assert_eq!(to_text(html), want, "{html}");
        }
    }

    #[test]
    fn should_use_the_page_title_only_without_an_h1() {
        let no_h1 = to_text(
            "<html><head><title>绿化工岗位职责_某某网</title></head><body><p>岗位职责</p></body></html>",
        );
        assert_eq!(no_h1, "绿化工岗位职责\n岗位职责\n");
        let h1 = to_text("<title>甲 - 某某网</title><body><h1>乙</h1></body>");
        assert_eq!(h1, "乙\n");
        assert_eq!(
            page_title_line(" 物业前台接待员岗位职责 - 物业范文网 "),
            "物业前台接待员岗位职责"
        );
    }

    #[test]
    fn should_read_meta_charset() {
        assert_eq!(
            meta_charset(b"<meta charset=\"gbk\">").map(|e| e.name()),
            Some("GBK")
        );
        assert_eq!(
            meta_charset(b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">")
                .map(|e| e.name()),
            Some("Big5")
        );
        assert!(looks_like_html(b"<!DOCTYPE html><html>"));
        assert!(!looks_like_html("岗位名称:保安员".as_bytes()));
    }
}
