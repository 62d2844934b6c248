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
//! header is two or more lines that are each one column name, one of them a duty's
//! text or measure, and three or more with the row number's column (`序号`, `编号`),
//! which may be left unwritten when the first row's number follows (under a first
//! column of weights, `时间分配`, each row starts with its weight, `5 %`); each row is its number (`1`, `2`, … in order) and the lines after it,
//! up to one line a column. The row-number line becomes the row, holding the
//! cells below it; the lines it took are cells of the row above
//! ([`Rule::TableCellPerLine`]), as are the header's other names.
//!
//! The same step pairs a row of labels with the row of values under it (`职位名称 |
//! 所属部门` over `理赔专员 | 理赔服务部`, [`Rule::TableLabelRow`]): each value cell gets
//! the label above it.

use super::{Class, Classified, Field, Kind, Piece, Rule};
use crate::lexicon::{self, Column, FieldKey, SECTION_MATCHER, duty_column_at};
use crate::model::SectionKey;
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
fn label_cell(cell: &Line<'_>) -> Option<FieldKey> {
    lexicon::label(cell.view().trim().trim_end_matches(':')).filter(|k| *k != FieldKey::Unknown)
}

/// `职位名称 | 职位编号 | 所属部门` over `理赔专员 | LP-02 | 理赔服务部`: a row of labels
/// and the rows of values under it, cell by cell, become the value rows' fields.
/// A row-number column (`序号`) may come first; its cells are no field. Every
/// value row of a table of posts (`序号 | 岗位名称 | 招聘人数 | 学历要求` over one row a
/// post) names its own job, which split reads as a document; such a table may also
/// have columns of duties and requirements (`岗位名称 | 工作内容 | 任职要求`) and
/// columns of its own (`责任范围`), which are no field.
fn label_row_over_values(lines: &mut [Classified<'_>], k: usize) {
    let Some(labels) = row_cells(&lines[k - 1]) else {
        return;
    };
    let Some(keys) = header_keys(labels) else {
        return;
    };
    let labels = labels.to_vec();
    // Rows after the first are more posts: numbered, under columns of duties or
    // requirements (which a form's label row has not), or each naming a post.
    let posts_table = labels.iter().any(is_number_column)
        || keys
            .iter()
            .any(|k| matches!(k, Some(FieldKey::Duties | FieldKey::Requirements)));
    let post = keys
        .iter()
        .position(|k| *k == Some(FieldKey::PositionTitle));
    let rows = lines[k..]
        .iter()
        .enumerate()
        .take_while(|(i, line)| {
            row_cells(line).is_some_and(|values| {
                values.len() == labels.len()
                    && values.iter().all(|c| label_cell(c).is_none())
                    && (*i == 0
                        || posts_table
                        || post
                            .is_some_and(|p| lexicon::is_position_title(values[p].view().trim())))
            })
        })
        .count();
    if rows == 0 {
        return;
    }
    for line in &mut lines[k..k + rows] {
        let Some(values) = row_cells(line).map(<[Line<'_>]>::to_vec) else {
            continue;
        };
        let fields: Vec<Field<'_>> = keys
            .iter()
            .zip(&labels)
            .zip(&values)
            .filter_map(|((key, label), value)| {
                Some(Field {
                    key: (*key)?,
                    label: *label,
                    value: *value,
                })
            })
            .collect();
        set(
            line,
            Kind::Row {
                cells: values,
                fields,
            },
            Rule::TableLabelRow,
        );
    }
    set(
        &mut lines[k - 1],
        Kind::Row {
            cells: labels,
            fields: Vec::new(),
        },
        Rule::TableRow,
    );
}

/// The field each column of a header row of labels gives (`None` for a column of
/// row numbers, and in a table of posts for a column of its own), if the row is
/// one: two or more labels, and no other cell unless the table names posts.
fn header_keys(labels: &[Line<'_>]) -> Option<Vec<Option<FieldKey>>> {
    let names_posts = labels
        .iter()
        .any(|c| label_cell(c) == Some(FieldKey::PositionTitle));
    let keys: Vec<Option<FieldKey>> = labels
        .iter()
        .map(|c| {
            if let Some(key) = label_cell(c) {
                return Some(Some(key));
            }
            if is_number_column(c) {
                return Some(None);
            }
            if !names_posts {
                return None;
            }
            match section_cell(c) {
                Some(SectionKey::Responsibilities) => Some(Some(FieldKey::Duties)),
                Some(SectionKey::Qualifications) => Some(Some(FieldKey::Requirements)),
                _ => is_column_name(c).then_some(None),
            }
        })
        .collect::<Option<_>>()?;
    (keys.iter().flatten().count() >= 2).then_some(keys)
}

/// The section a cell names, when the cell is one section heading word.
fn section_cell(cell: &Line<'_>) -> Option<SectionKey> {
    SECTION_MATCHER.whole(cell.view().trim().trim_end_matches(':'))
}

/// Could a cell be a column's name: a few characters, no number and no sentence?
fn is_column_name(cell: &Line<'_>) -> bool {
    let view = cell.view().trim();
    (2..=6).contains(&view.chars().count())
        && !view.contains(|c: char| c.is_ascii_digit() || ",;。、".contains(c))
}

/// `序号`, `编号`: the header cell of a column of row numbers.
fn is_number_column(cell: &Line<'_>) -> bool {
    column_named(cell.view().trim()) == Some(Column::Ignore)
}

/// The duty-table column a text names, when it is one column name and nothing else.
fn column_named(view: &str) -> Option<Column> {
    duty_column_at(view).and_then(|(col, len)| (len == view.len()).then_some(col))
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
    column_named(single(c)?.view().trim().trim_end_matches(':'))
}

/// The columns of a header written one name a line at the start of `lines`, and the
/// number of its lines. A header without a row-number column (`工作职责` `绩效标准`
/// `能力素质模型` over `1`) has one all the same: its rows are numbered.
fn header(lines: &[Classified<'_>]) -> Option<Header> {
    let mut cols: Vec<Column> = lines.iter().map_while(column).collect();
    let written = cols.len();
    let useful = cols
        .iter()
        .any(|c| matches!(c, Column::Description | Column::Kpi));
    // `时间分配` `主要职责描述` `业绩衡量标准` over `5 %` `管理办公用品…` `略`: rows that
    // start with their weight, under a first column of weights.
    let weighted = cols.first() == Some(&Column::Ignore) && lines.get(written).is_some_and(weight);
    let first_row = weighted || lines.get(written).and_then(row_number) == Some(1);
    if cols.first() != Some(&Column::Ignore) {
        cols.insert(0, Column::Ignore);
    }
    (written >= 2 && cols.len() >= 3 && useful && first_row).then_some(Header {
        cols,
        written,
        weighted,
    })
}

/// A header written one name a line: its columns, its number of lines, and whether
/// its rows start with a weight (`5 %`) rather than a number.
struct Header {
    cols: Vec<Column>,
    written: usize,
    weighted: bool,
}

/// `5 %`, `30%`: a weight's cell alone on its line.
fn weight(c: &Classified<'_>) -> bool {
    single(c).is_some_and(|line| {
        let view = line.view().trim();
        view.strip_suffix('%').is_some_and(|n| {
            let n = n.trim_end();
            (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
        })
    })
}

/// `1`, `2.`, `3、`: the number of a row, when the line is only that.
fn row_number(c: &Classified<'_>) -> Option<usize> {
    let view = single(c)?.view().trim();
    view.trim_end_matches(['.', '、'])
        .parse()
        .ok()
        .filter(|_| view.len() <= 4)
}

/// Rewrites the table whose header (its columns and its number of lines) starts at
/// `start`; returns the index after it.
fn table(lines: &mut [Classified<'_>], start: usize, header: Header) -> usize {
    let Header {
        cols,
        written,
        weighted,
    } = header;
    let starts_row = |c: &Classified<'_>, n: usize| {
        if weighted {
            weight(c)
        } else {
            row_number(c) == Some(n)
        }
    };
    let width = cols.len();
    set(
        &mut lines[start],
        Kind::TableHeader(cols),
        Rule::TableHeader,
    );
    for c in &mut lines[start + 1..start + written] {
        set(c, Kind::Decoration, Rule::TableCellPerLine);
    }
    let mut at = start + written;
    let mut expected = 1;
    while at < lines.len() && starts_row(&lines[at], expected) {
        let mut cells = vec![lines[at].line];
        let mut next = at + 1;
        while next < lines.len()
            && cells.len() < width
            && single(&lines[next]).is_some()
            && !starts_row(&lines[next], expected + 1)
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

    /// Expected kinds with their lines' texts owned, to compare with [`kinds`].
    fn owned(
        want: &[(&str, &'static str, &'static str)],
    ) -> Vec<(String, &'static str, &'static str)> {
        want.iter()
            .map(|(t, k, r)| (t.to_string(), *k, *r))
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
        assert_eq!(got, owned(&want));
    }

    #[test]
    fn should_number_the_rows_of_a_header_without_a_number_column() {
        let got = kinds("工作职责\n绩效标准\n能力素质模型\n1\n负责收付\n及时\n熟悉流程\n任职资格");
        let want = [
            ("工作职责", "table-header", "table.header"),
            ("绩效标准", "decoration", "table.cell-per-line"),
            ("能力素质模型", "decoration", "table.cell-per-line"),
            ("1", "row", "table.row"),
            ("负责收付", "decoration", "table.cell-per-line"),
            ("及时", "decoration", "table.cell-per-line"),
            ("熟悉流程", "decoration", "table.cell-per-line"),
            ("任职资格", "heading", "heading.alias"),
        ];
        assert_eq!(got, owned(&want));
    }

    #[test]
    fn should_start_rows_at_their_weights_under_a_column_of_weights() {
        let got =
            kinds("时间分配\n主要职责描述\n业绩衡量标准\n5 %\n管理办公用品\n略\n10%\n打印文件\n略");
        let kinds: Vec<&str> = got.iter().map(|(_, k, _)| *k).collect();
        let want = [
            "table-header",
            "decoration",
            "decoration",
            "row",
            "decoration",
            "decoration",
            "row",
            "decoration",
            "decoration",
        ];
        assert_eq!(kinds, want);
    }

    /// The fields of each line's first piece: key, label and value as written.
    fn fields(text: &str) -> Vec<Vec<(FieldKey, String, String)>> {
        let folded = Folded::new(text);
        let lines = super::super::classify(&folded);
        lines
            .iter()
            .map(|c| match &c.class {
                Class::Body(p) => p[0]
                    .kind
                    .fields()
                    .iter()
                    .map(|f| {
                        (
                            f.key,
                            f.label.text().to_string(),
                            f.value.text().to_string(),
                        )
                    })
                    .collect(),
                _ => Vec::new(),
            })
            .collect()
    }

    #[test]
    fn should_pair_a_row_of_labels_with_the_row_of_values_under_it() {
        let got = fields("职位名称\t所属部门\n理赔专员\t理赔服务部\n受理报案\t回访客户\n");
        let field = |k, l: &str, v: &str| (k, l.to_string(), v.to_string());
        assert_eq!(
            got,
            vec![
                vec![],
                vec![
                    field(FieldKey::PositionTitle, "职位名称", "理赔专员"),
                    field(FieldKey::Department, "所属部门", "理赔服务部")
                ],
                vec![],
            ]
        );
    }

    #[test]
    fn should_pair_every_row_of_a_table_of_posts_with_its_labels() {
        let got = fields(
            "序号\t岗位名称\t招聘人数\t工作内容\t服务对象\t任职要求\n\
             1\t站长\t1\t统筹运营\t全站老人\t大专以上学历\n\
             2\t护理员\t3\t助餐助浴\t失能老人\t初中以上学历\n\
             说明:以上岗位均签订劳动合同\n",
        );
        let keys: Vec<Vec<(FieldKey, String)>> = got
            .into_iter()
            .map(|line| line.into_iter().map(|(k, _, v)| (k, v)).collect())
            .collect();
        let row = |name: &str, count: &str, duty: &str, req: &str| {
            vec![
                (FieldKey::PositionTitle, name.to_string()),
                (FieldKey::Headcount, count.to_string()),
                (FieldKey::Duties, duty.to_string()),
                (FieldKey::Requirements, req.to_string()),
            ]
        };
        assert!(keys[0].is_empty());
        assert_eq!(keys[1], row("站长", "1", "统筹运营", "大专以上学历"));
        assert_eq!(keys[2], row("护理员", "3", "助餐助浴", "初中以上学历"));
        assert!(keys[3].iter().all(|(k, _)| *k != FieldKey::PositionTitle));
    }

    #[test]
    fn should_not_read_a_row_of_column_names_without_labels_as_a_table_of_posts() {
        // Without a position's column, a duties column is a duty table's, and a
        // column of its own names no field.
        for text in [
            "序号\t工作内容\t服务对象\n1\t统筹运营\t全站老人\n2\t助餐助浴\t失能老人\n",
            "所属部门\t服务对象\n综合部\t全站老人\n",
        ] {
            let folded = Folded::new(text);
            let lines = super::super::classify(&folded);
            assert!(
                lines.iter().all(|c| match &c.class {
                    Class::Body(p) => p.iter().all(|p| p.rule != Rule::TableLabelRow),
                    _ => true,
                }),
                "{text}"
            );
        }
    }

    #[test]
    fn should_leave_column_names_alone_without_rows_below() {
        for text in [
            // No row number under the names.
            "序号\n工作职责\n绩效标准\n负责巡逻",
            // Two names only.
            "序号\n工作职责\n1\n负责巡逻",
            // One name only, and no number column.
            "工作职责\n1\n负责巡逻",
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
