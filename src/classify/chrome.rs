//! Site chrome judged on the line alone: the lexicon's chrome phrases, page
//! numbers, breadcrumbs and navigation bars.

use std::sync::LazyLock;

use regex::Regex;

use super::Rule;
use super::education::find_level;
use crate::lexicon::{self, SECTION_MATCHER};
use crate::model::DropReason;

static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:第\s*(?:PAGE\s*)?\d+\s*页\s*[,/]?\s*(?:共\s*(?:NUMPAGES\s*)?\d+\s*页)?|\d+\s*/\s*\d+\s*页?|共\s*\d+\s*页)$")
        .expect("page number pattern")
});

/// Why a folded line is site chrome, if it is.
pub fn reason(view: &str) -> Option<(DropReason, Rule)> {
    let view = view.trim_end_matches([':', ' ', '>', '»']);
    if let Some(reason) = lexicon::chrome_phrase(view) {
        return Some((reason, Rule::ChromePhrase));
    }
    let first = view.chars().next()?;
    if (first == '第' || first == '共' || first.is_ascii_digit()) && PAGE_NUMBER.is_match(view) {
        return Some((DropReason::PageNumber, Rule::ChromePageNumber));
    }
    if view.contains(['>', '»', '›']) && is_breadcrumb(view) {
        return Some((DropReason::Breadcrumbs, Rule::ChromeBreadcrumbs));
    }
    if view.contains('|') && is_nav_bar(view) {
        return Some((DropReason::Navigation, Rule::ChromeNavBar));
    }
    None
}

fn is_breadcrumb(view: &str) -> bool {
    let seps = view.matches(['>', '»', '›']).count() + view.matches("->").count();
    seps >= 2 && view.chars().count() <= 60 && !view.contains(':') && !view.contains('。')
        || view.starts_with("首页") && seps >= 1
}

fn is_nav_bar(view: &str) -> bool {
    if view.starts_with('|') {
        return false;
    }
    let parts: Vec<&str> = view.split('|').map(str::trim).collect();
    parts.len() >= 3
        && parts.iter().all(|p| {
            p.chars().count() <= 10 && !p.contains(':') && !p.contains(|c: char| c.is_ascii_digit())
        })
        && find_level(view).is_none()
        && !parts
            .iter()
            .any(|p| lexicon::label(p).is_some() || SECTION_MATCHER.whole(p).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    #[test]
    fn should_know_chrome_lines() {
        let cases = [
            ("首页 > 招聘 > 安保类", Some(DropReason::Breadcrumbs)),
            ("更新时间:2022-09-01", Some(DropReason::PageMetadata)),
            ("物业范文网 | 登录 | 注册", Some(DropReason::Navigation)),
            (
                "第 PAGE 1 页 共 NUMPAGES 2 页",
                Some(DropReason::WordFieldCodes),
            ),
            ("第1页 共2页", Some(DropReason::PageNumber)),
            ("上一篇:保洁员岗位职责", Some(DropReason::PreviousNext)),
            ("粤ICP备12345678号", Some(DropReason::RegistrationNumber)),
            ("岗位名称 | 所属部门 | 直接上级", None),
            ("负责大堂接待工作", None),
        ];
        for (text, want) in cases {
            assert_eq!(reason(&fold(text)).map(|r| r.0), want, "{text}");
        }
    }
}
