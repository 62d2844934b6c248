//! A duty table written one cell per line, as Word tables come out of a text
//! export:
//!
//! ```text
//! 序号
//! 工作职责
//! 绩效标准
//! 1
//! 负责设备的日常点检
//! 点检表填写完整
//! 2
//! …
//! ```
//!
//! Each line alone is prose or a heading; only the run says what they are. The
//! header is three or more lines that are each one column name, the first of them
//! a row number's column (`序号`, `编号`) and one of them a duty's text or
//! measure; each row is its number (`1`, `2`, … in order) and the lines after it,
//! up to one line a column. The row-number line becomes the row, holding the
//! cells below it; the lines it took are cells of the row above
//! ([`Rule::TableCellPerLine`]), as are the header's other names.
//!
//! The same step pairs a row of labels with the row of values under it (`职位名称 |
//! 所属部门` over `理赔专员 | 理赔服务部`, [`Rule::TableLabelRow`]): each value cell gets
//! the label above it.

use super::{Class, Classified, Field, Kind, Piece, Rule};
use crate::lexicon::{Column, duty_column_at};
use crate::normalize::Line;

/// Rewrites every duty table written one cell per line in `lines`, and pairs every
/// row of labels with the row of values under it.
pub fn rewrite(lines: &mut [Classified<'_>]) {
    let mut i = 0;
    while i < lines.len() {
        match header(&lines[i..]) {
            Some(cols) => i = table(lines, i, cols),
            None => i += 1,
        }
    }
    for k in 1..lines.len() {
        label_row_over_values(lines, k);
    }
}

/// The cells of a line that is one table row.
fn row_cells<'c, 'a>(c: &'c Classified<'a>) -> Option<&'c [Line<'a>]> {
    match &c.class {
        Class::Body(pieces) if pieces.len() == 1 => match &pieces[0].kind {
            Kind::Row { cells, .. } => Some(cells),
            _ => None,
        },
        _ => None,
    }
}

/// The label a cell is, if it is a known label and nothing else.
fn label_cell(cell: &Line<'_>) -> Option<crate::lexicon::FieldKey> {
    crate::lexicon::label(cell.view().trim().trim_end_matches(':'))
        .filter(|k| *k != crate::lexicon::FieldKey::Unknown)
}

/// `职位名称 | 职位编号 | 所属部门` over `理赔专员 | LP-02 | 理赔服务部`: a row of labels
/// and the row of values under it, cell by cell, become the value row's fields.
fn label_row_over_values(lines: &mut [Classified<'_>], k: usize) {
    let (Some(labels), Some(values)) = (row_cells(&lines[k - 1]), row_cells(&lines[k])) else {
        return;
    };
    let all_labels = labels.len() >= 2 && labels.iter().all(|c| label_cell(c).is_some());
    let no_labels = values.iter().all(|c| label_cell(c).is_none());
    if !all_labels || !no_labels || labels.len() != values.len() {
        return;
    }
    let fields: Vec<Field<'_>> = labels
        .iter()
        .zip(values)
        .filter_map(|(l, v)| {
            Some(Field {
                key: label_cell(l)?,
                label: *l,
                value: *v,
            })
        })
        .collect();
    let (labels, values) = (labels.to_vec(), values.to_vec());
    set(
        &mut lines[k - 1],
        Kind::Row {
            cells: labels,
            fields: Vec::new(),
        },
        Rule::TableRow,
    );
    set(
        &mut lines[k],
        Kind::Row {
            cells: values,
            fields,
        },
        Rule::TableLabelRow,
    );
}

/// The line of a single piece, if the classified line is one.
fn single<'a>(c: &Classified<'a>) -> Option<Line<'a>> {
    match &c.class {
        Class::Body(pieces) if pieces.len() == 1 => Some(c.line),
        _ => None,
    }
}

/// The column a line names, when the line is one column name and nothing else.
fn column(c: &Classified<'_>) -> Option<Column> {
    let view = single(c)?.view().trim().trim_end_matches(':');
    duty_column_at(view).and_then(|(col, len)| (len == view.len()).then_some(col))
}

/// The columns of a header written one name a line at the start of `lines`.
fn header(lines: &[Classified<'_>]) -> Option<Vec<Column>> {
    if column(lines.first()?)? != Column::Ignore {
        return None;
    }
    let cols: Vec<Column> = lines.iter().map_while(column).collect();
    let useful = cols
        .iter()
        .any(|c| matches!(c, Column::Description | Column::Kpi));
    let first_row = lines.get(cols.len()).and_then(row_number) == Some(1);
    (cols.len() >= 3 && useful && first_row).then_some(cols)
}

/// `1`, `2.`, `3、`: the number of a row, when the line is only that.
fn row_number(c: &Classified<'_>) -> Option<usize> {
    let view = single(c)?.view().trim();
    view.trim_end_matches(['.', '、'])
        .parse()
        .ok()
        .filter(|_| view.len() <= 4)
}

/// Rewrites the table whose header starts at `start`; returns the index after it.
fn table(lines: &mut [Classified<'_>], start: usize, cols: Vec<Column>) -> usize {
    let width = cols.len();
    set(
        &mut lines[start],
        Kind::TableHeader(cols),
        Rule::TableHeader,
    );
    for c in &mut lines[start + 1..start + width] {
        set(c, Kind::Decoration, Rule::TableCellPerLine);
    }
    let mut at = start + width;
    let mut expected = 1;
    while at < lines.len() && row_number(&lines[at]) == Some(expected) {
        let mut cells = vec![lines[at].line];
        let mut next = at + 1;
        while next < lines.len()
            && cells.len() < width
            && single(&lines[next]).is_some()
            && row_number(&lines[next]) != Some(expected + 1)
        {
            cells.push(lines[next].line);
            set(&mut lines[next], Kind::Decoration, Rule::TableCellPerLine);
            next += 1;
        }
        let fields = Vec::new();
        set(&mut lines[at], Kind::Row { cells, fields }, Rule::TableRow);
        at = next;
        expected += 1;
    }
    at
}

/// Makes the line one piece of `kind`.
fn set<'a>(c: &mut Classified<'a>, kind: Kind<'a>, rule: Rule) {
    c.class = Class::Body(vec![Piece {
        line: c.line,
        kind,
        rule,
    }]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Folded;

    /// Kind name and rule id of each line of `text`.
    fn kinds(text: &str) -> Vec<(String, &'static str, &'static str)> {
        let folded = Folded::new(text);
        let lines = super::super::classify(&folded);
        lines
            .iter()
            .map(|c| match &c.class {
                Class::Body(p) => (c.line.text().to_string(), p[0].kind.name(), p[0].rule.id()),
                _ => (c.line.text().to_string(), "other", ""),
            })
            .collect()
    }

    #[test]
    fn should_read_a_duty_table_written_one_cell_per_line() {
        let got =
            kinds("序号\n工作职责\n绩效标准\n1\n负责巡逻\n无事故\n2\n负责登记\n无差错\n任职资格");
        let want = [
            ("序号", "table-header", "table.header"),
            ("工作职责", "decoration", "table.cell-per-line"),
            ("绩效标准", "decoration", "table.cell-per-line"),
            ("1", "row", "table.row"),
            ("负责巡逻", "decoration", "table.cell-per-line"),
            ("无事故", "decoration", "table.cell-per-line"),
            ("2", "row", "table.row"),
            ("负责登记", "decoration", "table.cell-per-line"),
            ("无差错", "decoration", "table.cell-per-line"),
            ("任职资格", "heading", "heading.alias"),
        ];
        let want: Vec<_> = want
            .iter()
            .map(|(t, k, r)| (t.to_string(), *k, *r))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn should_pair_a_row_of_labels_with_the_row_of_values_under_it() {
        let folded = Folded::new("职位名称\t所属部门\n理赔专员\t理赔服务部\n受理报案\t回访客户\n");
        let lines = super::super::classify(&folded);
        let fields: Vec<Vec<(String, String)>> = lines
            .iter()
            .map(|c| match &c.class {
                Class::Body(p) => p[0]
                    .kind
                    .fields()
                    .iter()
                    .map(|f| (f.label.text().to_string(), f.value.text().to_string()))
                    .collect(),
                _ => Vec::new(),
            })
            .collect();
        let pair = |l: &str, v: &str| (l.to_string(), v.to_string());
        assert_eq!(
            fields,
            vec![
                vec![],
                vec![pair("职位名称", "理赔专员"), pair("所属部门", "理赔服务部")],
                vec![],
            ]
        );
    }

    #[test]
    fn should_leave_column_names_alone_without_rows_below() {
        for text in [
            // No row number under the names.
            "序号\n工作职责\n绩效标准\n负责巡逻",
            // Two names only.
            "序号\n工作职责\n1\n负责巡逻",
            // No number column first.
            "工作职责\n绩效标准\n权重\n1\n负责巡逻",
        ] {
            let got = kinds(text);
            assert!(
                got.iter()
                    .all(|(_, _, rule)| *rule != "table.cell-per-line"),
                "{text}: {got:?}"
            );
        }
    }
}
