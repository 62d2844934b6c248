//! Site chrome judged on the line alone: the lexicon's chrome phrases, page
//! numbers, breadcrumbs, navigation bars, file information of document-sharing
//! sites, injected watermarks and site names.

use std::sync::LazyLock;

use regex::Regex;

use super::Rule;
use super::education::find_level;
use super::numbering;
use crate::lexicon::{self, SECTION_MATCHER};
use crate::model::DropReason;

static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:第\s*(?:PAGE\s*)?\d+\s*页\s*[,/]?\s*(?:共\s*(?:NUMPAGES\s*)?\d+\s*页)?|\d+\s*/\s*\d+\s*页?|共\s*\d+\s*页|[-—]+\s*PAGE\s*\d+\s*[-—]+)$")
        .expect("page number pattern")
});

/// `43.04 KB`, `2页`, `(共8页)`, `约3.23千字`, `2021-10-20 发布`, `2026-01-15 发布于海南`,
/// `X.doc_第1页`.
static FILE_INFO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:\d+(?:\.\d+)?\s*(?:KB|MB|GB|K|M|B|字节)|\(?共?\s*\d+\s*页\)?|约\s*(?:小于)?\s*\d+(?:\.\d+)?\s*(?:千字|万字|字|页)|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*(?:发布|上传|更新)(?:于\S{1,8})?|.{1,60}_第\s*\d+\s*页)$",
    )
    .expect("file information pattern")
});

/// `使用者5820…2021-03-17 09:41:06`, `网友 2023-05-02 18:20`: a post's byline, who
/// and when to the minute, with nothing said.
/// So is a line that starts with the time a story was posted, and says no more
/// than its source and counters (`2024-05-20 08:30 来源:某某晚报 阅读 1.2万`).
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[^:,。;!?]{0,40}?\d{4}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?|\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s[^,。;!?]{1,40})$",
    )
    .expect("byline pattern")
});

/// The date a board's reply ends with: `03/11 14:20`, `03/11`.
static BOARD_REPLY_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{2}/\d{2}(?:\s+\d{2}:\d{2})?$").expect("reply date pattern"));

/// A web address, once the spaces a watermark puts between its letters are gone.
static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"www\.|[a-z0-9-]{2,}\.(?:com|cn|net|org|cc)\b").expect("address pattern")
});

/// Why a folded line is site chrome, if it is.
pub fn reason(view: &str) -> Option<(DropReason, Rule)> {
    let view = view.trim_end_matches([':', ' ', '>', '»']);
    // Most lines start with no marker: one look says so for both cuts below.
    let (bare, unbulleted) = match numbering::marker(view) {
        None => (view, view),
        Some(_) => (without_list_markers(view), without_bullets(view)),
    };
    // A whole-line phrase may stand in a list (`• 相关文章`), a prefix only after a
    // bullet: `1、登录系统…` is a duty, `• 登录` is a link.
    // A note in brackets says the same as without them (`(原标题:《…》)`), unless
    // it tells how to fill a form in (`(格式:部门代码-序号)`, below).
    let bracketed = || {
        let inside = view.strip_prefix('(')?.strip_suffix(')')?;
        if lexicon::is_form_hint(view) {
            return None;
        }
        lexicon::chrome_phrase(inside)
    };
    // (Without a marker the three views are one: the whole-line lookup is the
    // phrase lookup's first.)
    let whole = if bare.len() != unbulleted.len() {
        lexicon::chrome_line(bare)
    } else {
        None
    };
    let phrase = whole
        .or_else(|| lexicon::chrome_phrase(unbulleted))
        .or_else(|| footer_list(bare))
        .or_else(bracketed);
    if let Some(reason) = phrase {
        return Some((reason, Rule::ChromePhrase));
    }
    let first = view.chars().next()?;
    if is_location_lead(view) {
        return Some((DropReason::Breadcrumbs, Rule::ChromeBreadcrumbs));
    }
    if (first == '第' || first == '共' || first == '-' || first == '—' || first.is_ascii_digit())
        && PAGE_NUMBER.is_match(view)
    {
        return Some((DropReason::PageNumber, Rule::ChromePageNumber));
    }
    // Each form of file information starts with a digit (or `(`, `共`) or ends
    // with `页`: most lines are ruled out without running the regex.
    if is_file_info(view, unbulleted) {
        return Some((DropReason::FileInfo, Rule::ChromeFileInfo));
    }
    // `<image>data:image/png;base64,… alt="X_第1页"`, `![X_第2页](…)`: the image of a
    // document's page, left in the text as markup.
    if lexicon::PAGE_IMAGE_STARTS
        .iter()
        .any(|p| view.starts_with(p))
    {
        return Some((DropReason::FileInfo, Rule::ChromeFileInfo));
    }
    if is_watermark(view) {
        return Some((DropReason::Watermark, Rule::ChromeWatermark));
    }
    if view.contains(['>', '»', '›']) && is_breadcrumb(view) {
        return Some((DropReason::Breadcrumbs, Rule::ChromeBreadcrumbs));
    }
    if (view.contains('|') && is_nav_bar(view)) || is_chrome_words(bare) {
        return Some((DropReason::Navigation, Rule::ChromeNavBar));
    }
    if let Some(found) = post_metadata(view) {
        return Some(found);
    }
    if is_site_name(view) {
        return Some((DropReason::SiteName, Rule::ChromeSiteName));
    }
    if first == '(' && lexicon::is_form_hint(view) {
        return Some((DropReason::FormInstructions, Rule::ChromeFormHint));
    }
    if (view.ends_with(')') && is_caption(view)) || is_credit_line(view) {
        return Some((DropReason::ImageCaption, Rule::ChromeCaption));
    }
    None
}

/// `越南胡志明市夜景。(图/记者某某摄)`, `…待遇引来网民热议。(劳工处网页截图)`: a line that
/// ends with a photo's credit in brackets is the photo's caption.
fn is_caption(view: &str) -> bool {
    let Some(open) = view.rfind('(') else {
        return false;
    };
    let credit = &view[open + 1..view.len() - 1];
    credit.chars().count() <= 30
        && (lexicon::CAPTION_OPENERS
            .iter()
            .any(|o| credit.starts_with(o))
            || lexicon::CAPTION_ENDINGS.iter().any(|e| credit.ends_with(e)))
}

/// `資料圖片`, `新華社資料圖`, `圖片來源:網絡`: a photo's credit on a line of its own
/// (a short line, the credit's words at its start or its end) is the caption.
fn is_credit_line(view: &str) -> bool {
    view.chars().count() <= 12
        && (lexicon::CAPTION_OPENERS.iter().any(|o| view.starts_with(o))
            || lexicon::CREDIT_LINE_ENDINGS
                .iter()
                .any(|e| view.ends_with(e)))
}

/// A post's byline and time (`网友3391 2023-08-02 10:15`, `時間 Mon May 20 …`), or a
/// hijacked page's spam line.
fn post_metadata(view: &str) -> Option<(DropReason, Rule)> {
    if is_board_reply(view) {
        return Some((DropReason::Comments, Rule::ChromeByline));
    }
    // `回答2:` alone: where a question-and-answer page's next answer begins.
    if lexicon::answer_marker(view).is_some_and(|len| len == view.len()) {
        return Some((DropReason::PageMetadata, Rule::ChromeByline));
    }
    // (Both forms hold a time, `09:41`; one starts with a year, the other ends with
    // a digit: most lines are ruled out without the regex.)
    let year_first = view.len() > 5 && view.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    if view.len() <= 160
        && (year_first || view.ends_with(|c: char| c.is_ascii_digit()))
        && view.contains(':')
        && BYLINE.is_match(view)
    {
        return Some((DropReason::PageMetadata, Rule::ChromeByline));
    }
    if year_first && is_dated_metadata(view) {
        return Some((DropReason::PageMetadata, Rule::ChromeByline));
    }
    // `時間 Mon May 20 10:12:33 2024`: a bulletin board post's time, in English.
    if let Some(rest) = view.strip_prefix("时间 ")
        && ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
            .iter()
            .any(|d| rest.starts_with(d))
    {
        return Some((DropReason::PageMetadata, Rule::ChromeByline));
    }
    if lexicon::is_spam(view) {
        return Some((DropReason::SiteBanner, Rule::ChromeSpam));
    }
    None
}

/// Can [`FILE_INFO`] match? (Its forms: a size and a date start with a digit; a page
/// count ends with `页` or `)`; `…_第N页` ends with `页`; a length, `约3.23千字`, starts
/// with `约`.)
fn may_be_file_info(view: &str) -> bool {
    view.starts_with(|c: char| c.is_numeric() || c == '约') || view.ends_with(['页', ')'])
}

/// A file's facts ([`FILE_INFO`]), or a counter in a bulleted list of them (`- 0`).
fn is_file_info(view: &str, unbulleted: &str) -> bool {
    let counter = unbulleted.len() < view.len()
        && (1..=6).contains(&unbulleted.len())
        && unbulleted.bytes().all(|b| b.is_ascii_digit());
    counter
        || (unbulleted.len() <= 120
            && may_be_file_info(unbulleted)
            && FILE_INFO.is_match(unbulleted))
}

/// The line without the numbering and bullets of a list it stands in.
fn without_list_markers(view: &str) -> &str {
    let mut rest = view;
    for _ in 0..3 {
        match numbering::marker(rest) {
            Some(m) if m.len < rest.len() => rest = &rest[m.len..],
            _ => break,
        }
    }
    rest
}

/// The line without bullets (`•`, `·`, `-`) in front.
fn without_bullets(view: &str) -> &str {
    let mut rest = view;
    while let Some(m) = numbering::marker(rest) {
        if m.style != numbering::Style::Bullet || m.len >= rest.len() {
            break;
        }
        rest = &rest[m.len..];
    }
    rest
}

/// `源初 中教 师*网 w Ww.9 1`, `0w.net`: a short line that is, once its spaces are
/// gone, a web address or holds one, and says nothing else (no label, no sentence).
fn is_watermark(view: &str) -> bool {
    // An address has a dot; a line without one needs no squeezing and no regex.
    if !view.contains('.') || view.chars().count() > 60 || view.contains([':', '。', ',', ';', '@'])
    {
        return false;
    }
    let squeezed: String = view
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    ADDRESS.is_match(&squeezed)
}

/// `您的当前位置:首页正文`, `当前位置 首页 > 范文`, `你现在的位置是:…`: a line that
/// opens with a breadcrumb trail's own label (its words, then `位置`).
fn is_location_lead(view: &str) -> bool {
    let mut rest = view;
    while let Some(word) = lexicon::LOCATION_LEAD_WORDS
        .iter()
        .find(|w| rest.starts_with(**w))
    {
        rest = &rest[word.len()..];
    }
    let Some(after) = rest.strip_prefix(lexicon::LOCATION_WORD) else {
        return false;
    };
    let after = after.strip_prefix('是').unwrap_or(after);
    after.is_empty()
        || after.starts_with([':', ' ', '>', '»'])
        || lexicon::HOME_WORDS.iter().any(|h| after.starts_with(h))
}

/// `2023-03-22 来源:某某网`, `2021年5月6日 09:30 作者:某某`: a page's date, then
/// its metadata.
fn is_dated_metadata(view: &str) -> bool {
    let Some(rest) = after_date(view) else {
        return false;
    };
    let rest = rest.trim_start();
    rest.len() < view.len() && lexicon::chrome_prefix(rest) == Some(DropReason::PageMetadata)
}

/// The rest of a line after the date it starts with (`2023-03-22`, `2023/3/22`,
/// `2023年3月22日`) and the time after it, if any; the date must end at a space.
fn after_date(view: &str) -> Option<&str> {
    fn digits(s: &str, min: usize, max: usize) -> Option<&str> {
        let n = s.bytes().take_while(u8::is_ascii_digit).count();
        (min..=max).contains(&n).then(|| &s[n..])
    }
    fn separator<'a>(s: &'a str, marks: &[char]) -> Option<&'a str> {
        let c = s.chars().next().filter(|c| marks.contains(c))?;
        Some(&s[c.len_utf8()..])
    }
    let rest = digits(view, 4, 4)?;
    let rest = digits(separator(rest, &['-', '/', '.', '年'])?, 1, 2)?;
    let rest = digits(separator(rest, &['-', '/', '.', '月'])?, 1, 2)?;
    let rest = rest.strip_prefix('日').unwrap_or(rest);
    let timed = rest.trim_start().split_once(' ').filter(|(time, _)| {
        time.contains(':') && time.bytes().all(|b| b.is_ascii_digit() || b == b':')
    });
    let rest = timed.map_or(rest, |(_, after)| after);
    rest.starts_with(' ').then_some(rest)
}

fn is_breadcrumb(view: &str) -> bool {
    let seps = view.matches(['>', '»', '›']).count() + view.matches("->").count();
    // A trail from the home page, after its own label or not (`您当前的位置:首页 > …`).
    let trail = view.split_once(':').map_or(view, |(_, t)| t).trim_start();
    let from_home = lexicon::HOME_WORDS.iter().any(|h| trail.starts_with(h));
    if seps >= 2 && view.chars().count() <= 60 && !view.contains(':') && !view.contains('。')
        || from_home && seps >= 1
    {
        return true;
    }
    // `招聘职位 > 人事经理/总监`: one step, both sides short.
    match view.split_once(" > ") {
        Some((a, b)) => {
            seps == 1
                && !view.contains(':')
                && (1..=12).contains(&a.trim().chars().count())
                && (1..=12).contains(&b.trim().chars().count())
        }
        None => false,
    }
}

fn is_nav_bar(view: &str) -> bool {
    if view.starts_with('|') {
        return false;
    }
    // (`项目 | 内容 |`: the border closing a row is no entry.)
    let parts: Vec<&str> = view
        .trim_end_matches([' ', '|'])
        .split('|')
        .map(str::trim)
        .collect();
    // `首页 | 岗位职责 | 绩效考核`: a site's menu, whatever its entries are called.
    let home = parts
        .first()
        .is_some_and(|p| lexicon::HOME_WORDS.contains(p));
    parts.len() >= 3
        && parts.iter().all(|p| {
            p.chars().count() <= 10 && !p.contains(':') && !p.contains(|c: char| c.is_ascii_digit())
        })
        && find_level(view).is_none()
        && (home
            || !parts
                .iter()
                .any(|p| lexicon::label(p).is_some() || SECTION_MATCHER.whole(p).is_some()))
}

/// `下载 相关 举报`, `申请职位 收藏 举报该职位`: a row of the site's buttons (each word a
/// button or a whole chrome line).
fn is_chrome_words(view: &str) -> bool {
    let mut words = view.split_whitespace().peekable();
    words.peek().is_some()
        && words.all(|w| lexicon::CHROME_WORDS.contains(&w) || lexicon::chrome_line(w).is_some())
}

/// `相似职位:西餐厨师长 中餐主厨`, `延伸阅读:…`: the heading of a related-links
/// list with its first links after a colon, on one line.
fn footer_list(view: &str) -> Option<DropReason> {
    let (head, _) = view.split_once(':')?;
    lexicon::chrome_line(head.trim_end()).filter(|r| r.starts_footer())
}

/// `推 user_b: 好遠喔   03/11 14:20`: a reader's reply under a bulletin board's post:
/// a reply mark, a name and a colon, and the date it ends with.
fn is_board_reply(view: &str) -> bool {
    let Some(rest) = lexicon::REPLY_MARKS
        .iter()
        .find_map(|m| view.strip_prefix(m)?.strip_prefix(' '))
    else {
        return false;
    };
    let Some((name, _)) = rest.split_once(':') else {
        return false;
    };
    let name = name.trim();
    !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && BOARD_REPLY_DATE.is_match(view)
}

/// `大风车考试网`: a short line ending like a site name, wherever it stands.
fn is_site_name(view: &str) -> bool {
    view.chars().count() <= 12
        && lexicon::has_site_suffix(view)
        && !lexicon::has_title_word(view)
        && !view.contains([':', ' ', '、'])
        && numbering::marker(view).is_none()
        && lexicon::label(view).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    #[test]
    fn should_know_board_replies_and_answer_markers() {
        for (line, want) in [
            (
                "推 user_b: 好遠喔          03/11 14:20",
                Some(DropReason::Comments),
            ),
            ("噓 guest01: 時薪太低  03/11", Some(DropReason::Comments)),
            ("推动项目进度: 每周汇报 03/11", None),
            ("回答2:", Some(DropReason::PageMetadata)),
            ("回答问题要耐心", None),
        ] {
            assert_eq!(reason(&fold(line)).map(|(r, _)| r), want, "{line}");
        }
    }

    #[test]
    fn should_know_a_document_sites_list_of_file_facts() {
        for (line, want) in [
            ("- 约3.23千字", Some(DropReason::FileInfo)),
            ("- 约小于1千字", Some(DropReason::FileInfo)),
            ("- 2026-01-15 发布于海南", Some(DropReason::FileInfo)),
            ("- 0", Some(DropReason::FileInfo)),
            ("0", None),
            ("约定工作时间", None),
        ] {
            assert_eq!(reason(&fold(line)).map(|(r, _)| r), want, "{line}");
        }
    }

    #[test]
    fn should_know_a_news_pages_chrome_and_a_tables_border() {
        for (line, want) in [
            ("江边夜景。(图/记者某某摄)", Some(DropReason::ImageCaption)),
            (
                "网民热议招聘广告。(劳工处网页截图)",
                Some(DropReason::ImageCaption),
            ),
            ("负责绘制设备布置图(见附图)", None),
            ("资料图片", Some(DropReason::ImageCaption)),
            (
                "厨师长工作职责 厨师长岗位要求 (共8页) 【免费下载】",
                Some(DropReason::DownloadButton),
            ),
            ("新华社资料图", Some(DropReason::ImageCaption)),
            ("图片来源:网络", Some(DropReason::ImageCaption)),
            ("负责产品拍摄", None),
            ("绘制示意图", None),
            ("首页 | 招聘 | 关于我们 |", Some(DropReason::Navigation)),
            ("项目 | 内容 |", None),
            ("我是广告 请继续往下阅读", Some(DropReason::SiteBanner)),
            ("新闻来源:某某新闻", Some(DropReason::PageMetadata)),
        ] {
            assert_eq!(reason(&fold(line)).map(|(r, _)| r), want, "{line}");
        }
    }

    #[test]
    fn should_know_a_trails_own_label_and_a_dated_metadata_line() {
        let cases = [
            ("您的当前位置:首页正文", Some(DropReason::Breadcrumbs)),
            ("你现在的位置是:首页 > 范文", Some(DropReason::Breadcrumbs)),
            ("当前位置 首页", Some(DropReason::Breadcrumbs)),
            ("所在位置偏远,需住宿", None),
            ("工作位置:上海市", None),
            ("2023-03-22 来源:某某旅游网", Some(DropReason::PageMetadata)),
            ("2023年3月22日 作者:某某", Some(DropReason::PageMetadata)),
            ("2023-03-22 负责来源:客户开发", None),
        ];
        for (line, want) in cases {
            assert_eq!(reason(&fold(line)).map(|(r, _)| r), want, "{line}");
        }
    }

    #[test]
    fn should_know_chrome_lines() {
        let cases = [
            ("首页 > 招聘 > 安保类", Some(DropReason::Breadcrumbs)),
            (
                "您当前的位置:首页 > 教育范文 > 学校规章制度",
                Some(DropReason::Breadcrumbs),
            ),
            ("岗位名称:首页设计主管", None),
            ("招聘职位 > 人事经理/总监", Some(DropReason::Breadcrumbs)),
            ("更新时间:2022-09-01", Some(DropReason::PageMetadata)),
            ("物业范文网 | 登录 | 注册", Some(DropReason::Navigation)),
            ("下载 相关 举报", Some(DropReason::Navigation)),
            ("申请职位 收藏 举报该职位", Some(DropReason::Navigation)),
            (
                "相似职位:西餐厨师长 中餐主厨",
                Some(DropReason::Recommendations),
            ),
            ("(原标题:《物流园抢人》)", Some(DropReason::PageMetadata)),
            ("(格式:部门代码-序号)", Some(DropReason::FormInstructions)),
            ("(负责仓库的安全)", None),
            (
                "某某娱乐城_注册送彩金_官方下载",
                Some(DropReason::SiteBanner),
            ),
            ("棋牌室服务员", None),
            ("网友3391 2023-08-02 10:15", Some(DropReason::PageMetadata)),
            (
                "2024-05-20 08:30 来源:某某晚报 阅读 1.2万",
                Some(DropReason::PageMetadata),
            ),
            ("2024-05-20 08:30 报名截止,逾期不候", None),
            // (A field, whose value is the posting date.)
            ("发布时间:2023-08-02 10:15", None),
            ("每日8:00至17:00上班", None),
            (
                "第 PAGE 1 页 共 NUMPAGES 2 页",
                Some(DropReason::WordFieldCodes),
            ),
            ("第1页 共2页", Some(DropReason::PageNumber)),
            ("—PAGE3—", Some(DropReason::PageNumber)),
            ("上一篇:保洁员岗位职责", Some(DropReason::PreviousNext)),
            ("粤ICP备12345678号", Some(DropReason::RegistrationNumber)),
            ("• 相关文章", Some(DropReason::RelatedArticles)),
            (
                "1. 1、本文档由用户上传,某某文库整理发布",
                Some(DropReason::DocumentSiteBanner),
            ),
            (
                "2. 2、文档收益归上传者所有,如对内容有版权异议,请举报反馈。",
                Some(DropReason::DocumentSiteBanner),
            ),
            (
                "【导语】以下是小编为您整理的《收银员岗位说明书》,欢迎阅读!",
                Some(DropReason::DocumentSiteBanner),
            ),
            ("负责客服热线的接听和记录", None),
            ("43.04 KB", Some(DropReason::FileInfo)),
            (
                "<image>data:image/png alt=\"X岗位职责_第1页\"</image>",
                Some(DropReason::FileInfo),
            ),
            ("![X岗位职责_第2页](/p/2.png)", Some(DropReason::FileInfo)),
            ("• 2页", Some(DropReason::FileInfo)),
            ("仓管员职位说明书大全_第2页", Some(DropReason::FileInfo)),
            ("源初 中教 师*网 w Ww.9 1", Some(DropReason::Watermark)),
            ("0w.net", Some(DropReason::Watermark)),
            ("大风车考试网", Some(DropReason::SiteName)),
            ("岗位名称 | 所属部门 | 直接上级", None),
            ("负责大堂接待工作", None),
            ("1、登录系统录入考勤数据", None),
            ("简历投递:hr@example.com", None),
            ("物业管理员岗位说明书", None),
        ];
        for (text, want) in cases {
            assert_eq!(reason(&fold(text)).map(|r| r.0), want, "{text}");
        }
    }
}
