//! Table text: tab-separated cells, markdown pipe tables, cells separated by wide
//! gaps, and the header row of a duty table (`主要职责 职责描述 建议考核指标`).

use std::ops::Range;

use crate::lexicon::{Column, duty_column_at};

/// What a table-looking line holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// Cells, as byte ranges of the view (trimmed, empty cells kept).
    Cells(Vec<Range<usize>>),
    /// A markdown separator row (`|---|:--:|`).
    Separator,
}

/// Splits a folded line into cells, if it is laid out as a table row.
pub fn row(view: &str) -> Option<RowKind> {
    let trimmed = view.trim();
    // `:---------`, `|`: a separator row's cell, or the border between two cells,
    // on its own line (a pipe table written one cell per line).
    if trimmed == "|" {
        return Some(RowKind::Separator);
    }
    if trimmed.contains(':')
        && trimmed.bytes().filter(|&b| b == b'-').count() >= 3
        && trimmed.bytes().all(|b| b == b'-' || b == b':')
    {
        return Some(RowKind::Separator);
    }
    if trimmed.starts_with('|') && trimmed.len() > 1 {
        let inner = trimmed.trim_matches('|');
        if !inner.is_empty() && inner.chars().all(|c| "-:| ".contains(c)) {
            return Some(RowKind::Separator);
        }
        let offset = view.find('|').unwrap_or(0) + 1;
        let body_end = view.trim_end().trim_end_matches('|').len().max(offset);
        return Some(RowKind::Cells(split_on(view, offset..body_end, |s| {
            s.strip_prefix('|').map(|_| 1)
        })));
    }
    // `职位名称 | 质检主管 |`: a pipe table written without its opening pipes.
    if let Some(body) = trimmed.strip_suffix('|')
        && body.contains('|')
    {
        let body_end = view.trim_end().trim_end_matches('|').len();
        let cells = split_on(view, 0..body_end, |s| s.strip_prefix('|').map(|_| 1));
        let filled = cells.iter().filter(|r| !r.is_empty()).count();
        return (filled >= 2).then_some(RowKind::Cells(cells));
    }
    if view.contains('\t') {
        let cells = split_on(view, 0..view.len(), |s| s.strip_prefix('\t').map(|_| 1));
        let filled = cells.iter().filter(|r| !r.is_empty()).count();
        return (filled >= 2).then_some(RowKind::Cells(cells));
    }
    if view.contains("  ") && !view.contains(':') {
        let cells: Vec<_> = split_on(view, 0..view.len(), wide_gap)
            .into_iter()
            .filter(|r| !r.is_empty())
            .collect();
        return (cells.len() >= 2).then_some(RowKind::Cells(cells));
    }
    None
}

fn wide_gap(s: &str) -> Option<usize> {
    let n = s.len() - s.trim_start_matches(' ').len();
    (n >= 2).then_some(n)
}

/// Splits `range` of `view` wherever `sep` matches (returning the separator length).
fn split_on(
    view: &str,
    range: Range<usize>,
    sep: impl Fn(&str) -> Option<usize>,
) -> Vec<Range<usize>> {
    let mut cells = Vec::new();
    let mut start = range.start;
    let mut i = range.start;
    while i < range.end {
        if let Some(n) = sep(&view[i..range.end]) {
            cells.push(trim(view, start..i));
            i += n;
            start = i;
        } else {
            i += view[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    cells.push(trim(view, start..range.end));
    cells
}

fn trim(view: &str, r: Range<usize>) -> Range<usize> {
    let s = &view[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    r.start + lead..r.start + lead + t.len()
}

/// The columns of a duty-table header, if the line is one: two or more known
/// column names and nothing else (separators and spaces aside).
pub fn duty_header(view: &str) -> Option<Vec<Column>> {
    // Most lines do not even start with a column name: decide that before copying.
    let start = view.trim_start_matches(|c: char| c.is_whitespace() || c == '|');
    duty_column_at(start)?;
    let compact: String = view
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '|')
        .collect();
    let mut cols = Vec::new();
    let mut rest = compact.as_str();
    while !rest.is_empty() {
        let (col, len) = duty_column_at(rest)?;
        cols.push(col);
        rest = &rest[len..];
    }
    let useful = cols
        .iter()
        .any(|c| matches!(c, Column::Description | Column::Kpi));
    (cols.len() >= 2 && useful).then(|| named(cols))
}

/// `序号 | 职责内容 | 具体说明`: of two description columns and no name column, the
/// first holds the duty's name.
fn named(mut cols: Vec<Column>) -> Vec<Column> {
    let descriptions = cols.iter().filter(|c| **c == Column::Description).count();
    if descriptions >= 2
        && !cols.contains(&Column::Name)
        && let Some(first) = cols.iter_mut().find(|c| **c == Column::Description)
    {
        *first = Column::Name;
    }
    cols
}

/// A duty-table header that runs on into its first row (`序号概述内容描述1健全…`):
/// its byte length, when two or more column names, one of them a description's or a
/// measure's, are followed by the row's number.
pub fn header_before_row(view: &str) -> Option<usize> {
    let mut at = 0;
    let mut useful = false;
    let mut count = 0;
    while let Some((col, len)) = duty_column_at(&view[at..]) {
        useful |= matches!(col, Column::Description | Column::Kpi);
        count += 1;
        at += len;
    }
    (count >= 2 && useful && view[at..].starts_with(|c: char| c.is_ascii_digit())).then_some(at)
}

/// The length of a table's caption at the start: `表1-1`, `表 2`.
pub(super) fn caption(view: &str) -> usize {
    let Some(rest) = view.strip_prefix('表') else {
        return 0;
    };
    let number = rest.trim_start();
    let len = number
        .find(|c: char| !(c.is_ascii_digit() || c == '-' || c == '.'))
        .unwrap_or(number.len());
    if number.starts_with(|c: char| c.is_ascii_digit()) {
        view.len() - number.len() + len
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    #[test]
    fn should_find_a_header_run_on_into_its_first_row() {
        let cases = [
            (
                "序号概述内容描述1健全集团财务管理制度",
                Some("序号概述内容描述"),
            ),
            ("职责描述考核标准1负责", Some("职责描述考核标准")),
            // One column, no description or measure, or no row number after it.
            ("工作内容1负责", None),
            ("序号项目1负责", None),
            ("序号概述内容描述负责", None),
        ];
        for (line, want) in cases {
            let view = fold(line);
            let got = header_before_row(&view).map(|len| &view[..len]);
            assert_eq!(got, want, "{line}");
        }
    }

    fn cells(line: &str) -> Option<Vec<String>> {
        let view = fold(line);
        match row(&view)? {
            RowKind::Cells(c) => Some(c.into_iter().map(|r| view[r].to_string()).collect()),
            RowKind::Separator => Some(vec!["---".into()]),
        }
    }

    #[test]
    fn should_split_table_rows_into_cells() {
        let cases: &[(&str, Option<&[&str]>)] = &[
            (
                "岗位名称\t电梯管理员\t所属部门\t工程部",
                Some(&["岗位名称", "电梯管理员", "所属部门", "工程部"]),
            ),
            (
                "| 岗位名称 | 电梯管理员 |",
                Some(&["岗位名称", "电梯管理员"]),
            ),
            ("|---|:---:|", Some(&["---"])),
            // A separator row's cell alone on its line.
            (":---------------", Some(&["---"])),
            ("|", Some(&["---"])),
            ("---", None),
            (
                "岗位名称  电梯管理员    所属部门  工程部",
                Some(&["岗位名称", "电梯管理员", "所属部门", "工程部"]),
            ),
            (
                "岗位名称\u{3000}\u{3000}电梯管理员",
                Some(&["岗位名称", "电梯管理员"]),
            ),
            // Closing pipes only.
            ("职位名称 | 质检主管 |", Some(&["职位名称", "质检主管"])),
            ("负责电梯的日常巡检", None),
            ("薪资:6000  地点:深圳", None),
            ("首页 | 关于我们", None),
        ];
        for (line, want) in cases {
            let want = want.map(|w| w.iter().map(|s| s.to_string()).collect::<Vec<_>>());
            assert_eq!(cells(line), want, "cells of {line}");
        }
    }

    #[test]
    fn should_recognize_duty_table_headers() {
        use Column::*;
        let cases: &[(&str, Option<&[Column]>)] = &[
            (
                "主要职责职责描述建议考核指标",
                Some(&[Name, Description, Kpi]),
            ),
            (
                "主要职责 职责描述 建议考核指标",
                Some(&[Name, Description, Kpi]),
            ),
            (
                "重要性\t应负职责\t衡量标准",
                Some(&[Ignore, Description, Kpi]),
            ),
            (
                "序号 具体职责表述 负责程度",
                Some(&[Ignore, Description, Ignore]),
            ),
            // Two description columns and no name: the first names the duty.
            (
                "| 序号 | 职责内容 | 具体说明 |",
                Some(&[Ignore, Name, Description]),
            ),
            ("岗位职责", None),
            ("工作内容", None),
        ];
        for (line, want) in cases {
            assert_eq!(duty_header(&fold(line)).as_deref(), *want, "header {line}");
        }
    }
}
