//! Posting fields: the employer, the dates, the employment type and the currency,
//! in both scripts, from the lines that used to be dropped as chrome.

use jdparse::model::{Currency, EmploymentType, Record};
use jdparse::{Options, parse};

fn record(text: &str) -> Record {
    let parsed = parse(text.as_bytes(), &Options::default()).expect("text parses");
    assert_eq!(parsed.records.len(), 1, "{text}");
    parsed.records.into_iter().next().unwrap()
}

#[test]
fn should_read_the_posting_lines_that_used_to_be_dropped() {
    let r = record(concat!(
        "物业经理招聘\n",
        "公司名称:示例物业管理有限公司\n",
        "发布时间:2024-05-01\n",
        "截止日期:2024年6月30日\n",
        "工作性质:全职\n",
        "薪资:港幣15,000-18,000元/月\n",
        "岗位职责:\n",
        "1、负责项目管理;\n",
    ));
    let p = &r.position;
    assert_eq!(p.organization.as_deref(), Some("示例物业管理有限公司"));
    assert_eq!(p.posted_on.as_deref(), Some("2024-05-01"));
    assert_eq!(p.valid_through.as_deref(), Some("2024-06-30"));
    assert_eq!(
        p.written_on, None,
        "截止日期 should no longer be written_on"
    );
    assert_eq!(p.employment_type, Some(EmploymentType::FullTime));
    assert_eq!(
        p.salary.as_ref().and_then(|s| s.currency),
        Some(Currency::Hkd),
        "港幣 should say HKD whatever the 元 after it"
    );
    assert!(
        r.dropped.is_empty(),
        "no posting line should be dropped: {:?}",
        r.dropped
    );
    let labels: Vec<&str> = r.fields.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(
        labels,
        ["公司名称", "发布时间", "截止日期", "工作性质", "薪资"]
    );
}

#[test]
fn should_read_traditional_labels() {
    let r = record(concat!(
        "行政助理\n",
        "公司名稱:示例科技股份有限公司\n",
        "發佈日期:2024年5月6日\n",
        "截止時間:2024/6/30\n",
        "僱用類型:兼職\n",
        "職責:\n",
        "1. 文書處理\n",
    ));
    let p = &r.position;
    assert_eq!(p.organization.as_deref(), Some("示例科技股份有限公司"));
    assert_eq!(p.posted_on.as_deref(), Some("2024-05-06"));
    assert_eq!(p.valid_through.as_deref(), Some("2024-06-30"));
    assert_eq!(p.employment_type, Some(EmploymentType::PartTime));
}

#[test]
fn should_keep_page_counters_as_chrome() {
    // A job site's publication line with a view counter is still page metadata.
    let r = record(concat!(
        "保安员招聘\n",
        "发布时间:2023-04-12  浏览次数:356\n",
        "岗位职责:\n",
        "1、负责巡逻;\n",
    ));
    assert_eq!(r.position.posted_on, None);
    assert_eq!(r.dropped.len(), 1);
    assert_eq!(r.dropped[0].reason.as_str(), "page metadata");
}

#[test]
fn should_settle_a_bare_yuan_by_where_the_posting_is() {
    let r = record(concat!(
        "總務專員\n",
        "工作待遇:月薪 32,000~40,000元\n",
        "上班地點:臺北市信義區\n",
        "工作內容:\n",
        "1. 庶務管理\n",
    ));
    assert_eq!(
        r.position.salary.as_ref().and_then(|s| s.currency),
        Some(Currency::Twd)
    );
}
