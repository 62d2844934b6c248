//! The label splitter: `label:value` runs, including the run-together ones that
//! Word tables leave when flattened (`职位名称:领班所属部门:安管部职等职级:`).
//!
//! Every colon is a candidate end of a label. The label is the longest lexicon
//! label that ends right before the colon (spaces inside a label are ignored,
//! `职 位 名 称:` is a label too); what lies between the previous colon and that
//! label is the previous label's value, possibly empty. A colon with no known
//! label before it is part of the value, except at the start of a line, where a
//! short label the lexicon does not know is still reported.

use std::ops::Range;

use crate::lexicon::{self, FieldKey, SIGNOFF_PREFIXES};

/// A label/value pair found in a view, as byte ranges of that view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldHit {
    pub key: FieldKey,
    pub label: Range<usize>,
    pub value: Range<usize>,
}

/// Splits a folded line into label/value pairs.
pub fn split_fields(view: &str) -> Vec<FieldHit> {
    let mut hits: Vec<FieldHit> = Vec::new();
    // Where the text that may hold the next label begins.
    let mut seg_start = 0usize;
    for (colon, c) in view.char_indices() {
        if c != ':' {
            continue;
        }
        let after = &view[colon + 1..];
        if after.starts_with("//")
            || after.starts_with(|ch: char| ch.is_ascii_digit())
                && view[..colon].ends_with(|ch: char| ch.is_ascii_digit())
        {
            // `http://`, `9:00`: not a label.
            continue;
        }
        let end = view[..colon].trim_end().len();
        if end < seg_start {
            continue;
        }
        let found = known_label_before(view, seg_start, end)
            .or_else(|| unknown_label_before(view, seg_start, end, hits.is_empty()))
            .or_else(|| latin_label_before(view, seg_start, end));
        let Some((key, mut start)) = found else {
            continue;
        };
        if matches!(key, FieldKey::ReviewedBy | FieldKey::ApprovedBy) && !hits.is_empty() {
            // `制表人:部门审核:` — the department belongs to the sign-off label.
            let pending = view[seg_start..start].trim();
            if pending.chars().count() <= 6 && SIGNOFF_PREFIXES.iter().any(|p| pending.ends_with(p))
            {
                start = seg_start
                    + (view[seg_start..start].len() - view[seg_start..start].trim_start().len());
            }
        }
        // `岗位名称:物流管理专业教师;引进人数:2人`: a label of two characters (a head
        // noun) with a word of its own before it, after the clause that ends the
        // previous value. (A longer label is whole: `…、事务所直接上级岗位:`.)
        let pending = &view[seg_start..start];
        if view[start..end].chars().count() <= 2
            && let Some((cut, sep)) = pending.char_indices().rfind(|(_, c)| ";;。|".contains(*c))
            && !hits.is_empty()
        {
            let word = pending[cut + sep.len_utf8()..].trim_start();
            if (1..=4).contains(&word.chars().count()) && word.chars().all(super::is_ideograph) {
                start = seg_start + pending.len() - word.len();
            }
        }
        if let Some(prev) = hits.last_mut() {
            // `部门:运输部 2 直接上司:…`: the next field's number is not the value's.
            let end = super::numbering::number_before(view, start).max(prev.value.start);
            prev.value = trim_range(view, prev.value.start..end);
        }
        hits.push(FieldHit {
            key,
            label: start..end,
            value: colon + 1..view.len(),
        });
        seg_start = colon + 1;
    }
    if let Some(last) = hits.last_mut() {
        last.value = trim_range(view, last.value.clone());
    }
    // `广州 | 经验一年以上 | 最低学历:专科 | 招3人`: a field that is a cell of a tag line
    // (its label right after a `|`) ends at the next `|`.
    for h in &mut hits {
        if view[..h.label.start].trim_end().ends_with('|')
            && let Some(bar) = view[h.value.clone()].find('|')
        {
            h.value = trim_range(view, h.value.start..h.value.start + bar);
        }
    }
    hits
}

/// Is this folded line `label value label value …` with single spaces and known labels?
pub fn is_spaced_pairs(view: &str) -> bool {
    let tokens: Vec<&str> = view.split(' ').filter(|t| !t.is_empty()).collect();
    tokens.len() >= 2
        && tokens.len().is_multiple_of(2)
        && tokens
            .iter()
            .step_by(2)
            .all(|t| lexicon::label(t).is_some())
}

/// The longest lexicon label ending at `end` and starting at or after `floor`.
fn known_label_before(view: &str, floor: usize, end: usize) -> Option<(FieldKey, usize)> {
    let max = *lexicon::LABEL_MAX_CHARS;
    // Up to `max` characters before `end`, skipping spaces between characters.
    let mut chars: Vec<(usize, char)> = Vec::with_capacity(max);
    for (i, c) in view[floor..end].char_indices().rev() {
        if c == ' ' || c == '\t' {
            continue;
        }
        chars.push((floor + i, c));
        if chars.len() == max {
            break;
        }
    }
    let mut candidate = String::with_capacity(max * 3);
    let mut best = None;
    for k in 1..=chars.len() {
        candidate.insert(0, chars[k - 1].1);
        if let Some(key) = lexicon::label(&candidate) {
            best = Some((key, chars[k - 1].0));
        }
    }
    // A label glued to a preceding ASCII word or number is not a label (`ABC部门:`
    // is fine, `2人数:` is not): only check that it does not split a Latin word.
    // A short label after a conjunction is the tail of a longer label the lexicon
    // lacks (`相关部门及岗位:` is not `岗位:`).
    best.filter(|&(_, start)| {
        let splits_word = start > floor
            && view[..start].ends_with(|c: char| c.is_ascii_alphabetic())
            && view[start..].starts_with(|c: char| c.is_ascii_alphabetic());
        let tail = view[start..end].chars().count() <= 2
            && view[floor..start].ends_with(['及', '和', '与', '或', '、']);
        !splits_word && !tail
    })
}

/// A label the lexicon does not know: only at the start of a line (or after a
/// wide gap, as in `薪资:8000  联系人:王女士`), short and free of sentence punctuation.
fn unknown_label_before(
    view: &str,
    floor: usize,
    end: usize,
    first: bool,
) -> Option<(FieldKey, usize)> {
    let seg = &view[floor..end];
    let start = if first {
        floor + (seg.len() - seg.trim_start().len())
    } else if let Some(gap) = seg.rfind("  ").or_else(|| seg.rfind('\t')) {
        // After a gap of two or more spaces (or a tab).
        floor + gap + seg[gap..].len() - seg[gap..].trim_start().len()
    } else {
        // After the sentence that ended the value before it: a short word
        // (`…工作地点:东莞市长安镇。联系电话:0769-…`).
        let stop = seg.rfind('。')? + '。'.len_utf8();
        let label = seg[stop..].trim_start();
        if !(2..=6).contains(&label.chars().count()) || !label.chars().all(super::is_ideograph) {
            return None;
        }
        end - label.len()
    };
    let label = &view[start..end];
    let n = label.chars().count();
    // (`(注:须轮班工作)`: a note in brackets is no field.)
    let ok = (1..=12).contains(&n)
        && !label.starts_with('(')
        && label.chars().any(|c| c.is_alphabetic())
        && !label.chars().any(|c| ",。;、!?《》“”\"'!?;,.".contains(c))
        && !label.chars().all(|c| c.is_ascii_digit());
    if !ok {
        return None;
    }
    // `所属部门/科室`: a label with alternatives is known when one of them is.
    // (`【工作地点】:…`: a label in brackets is the label.)
    let key = label
        .split(['/', '|'])
        .find_map(|part| {
            lexicon::label(part.trim().trim_start_matches('【').trim_end_matches('】'))
        })
        .unwrap_or(FieldKey::Unknown);
    Some((key, start))
}

/// An English label of a bilingual form, glued to the Chinese value before it
/// (`部门: 物流部Job title: Warehouse Keeper`): one to five capitalized words.
fn latin_label_before(view: &str, floor: usize, end: usize) -> Option<(FieldKey, usize)> {
    let seg = &view[floor..end];
    let words = seg.trim_end_matches(|c: char| {
        c.is_ascii_alphabetic() || matches!(c, ' ' | '/' | '(' | ')' | '&')
    });
    let label = seg[words.len()..].trim_start();
    let start = end - label.len();
    let glued = words.is_empty() || !words.ends_with(|c: char| c.is_ascii_alphanumeric());
    let ok = glued
        && label.starts_with(|c: char| c.is_ascii_uppercase())
        && (2..=40).contains(&label.len())
        && label.split(' ').filter(|w| !w.is_empty()).count() <= 5;
    ok.then_some((FieldKey::Unknown, start))
}

fn trim_range(view: &str, r: Range<usize>) -> Range<usize> {
    let s = &view[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        r.start..r.start
    } else {
        r.start + lead..r.end - trail
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    fn pairs(line: &str) -> Vec<(String, String)> {
        let view = fold(line);
        split_fields(&view)
            .into_iter()
            .map(|h| (view[h.label].to_string(), view[h.value].to_string()))
            .collect()
    }

    fn p(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn should_not_take_the_tail_of_a_compound_label_for_a_label() {
        let got = pairs("直接下级:出纳本岗位相关部门及岗位:集团各部门");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "直接下级");
    }

    #[test]
    fn should_give_a_head_noun_label_its_own_word_after_a_clause() {
        assert_eq!(
            pairs("岗位名称:物流管理专业教师;引进人数:2人"),
            p(&[("岗位名称", "物流管理专业教师;"), ("引进人数", "2人")])
        );
        // A cell of a row of fields: the label's word after the bar and its space.
        assert_eq!(
            pairs("公告單位:學務處 | 公告日期:2025-08-20"),
            p(&[("公告单位", "学务处 |"), ("公告日期", "2025-08-20")])
        );
        // A longer label is whole; a list's last item stays in the list.
        let got = pairs("联系单位:银行、工商、事务所直接上级岗位:财务经理");
        assert_eq!(got[0].1, "银行、工商、事务所", "{got:?}");
    }

    #[test]
    fn should_end_a_tag_cell_value_at_the_next_bar() {
        assert_eq!(
            pairs("广州 | 经验一年以上 | 最低学历:专科 | 招3人"),
            p(&[("最低学历", "专科")])
        );
        // A field that starts the line keeps its bars: a list of benefits.
        let benefits = pairs("职位福利:五险一金 | 带薪年假");
        assert_eq!(benefits[0].1, "五险一金 | 带薪年假", "{benefits:?}");
    }

    #[test]
    fn should_end_a_value_at_an_english_label() {
        assert_eq!(
            pairs("部门: 物流部Job title: Warehouse Keeper 职位名称: 仓库管理员"),
            p(&[
                ("部门", "物流部"),
                ("Job title", "Warehouse Keeper"),
                ("职位名称", "仓库管理员")
            ])
        );
    }

    #[test]
    fn should_split_run_together_labels_with_empty_values() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "职位名称:领班所属部门:安管部职等职级:",
                &[
                    ("职位名称", "领班"),
                    ("所属部门", "安管部"),
                    ("职等职级", ""),
                ],
            ),
            (
                "教育程度:高中专业背景:退伍军人经验年限:1年以上",
                &[
                    ("教育程度", "高中"),
                    ("专业背景", "退伍军人"),
                    ("经验年限", "1年以上"),
                ],
            ),
            (
                "工作天数(周):6工作环境:室外工作强度:强",
                &[
                    ("工作天数(周)", "6"),
                    ("工作环境", "室外"),
                    ("工作强度", "强"),
                ],
            ),
            (
                "直接上级:客服主管直接下级:客服助理/ 物业助理编写日期:20**年5月1日",
                &[
                    ("直接上级", "客服主管"),
                    ("直接下级", "客服助理/ 物业助理"),
                    ("编写日期", "20**年5月1日"),
                ],
            ),
            (
                "制表人:部门审核:行政中心审批:",
                &[("制表人", ""), ("部门审核", ""), ("行政中心审批", "")],
            ),
            (
                "薪资:6000-8000元/月  工作地点:深圳市南山区  招聘人数:2人",
                &[
                    ("薪资", "6000-8000元/月"),
                    ("工作地点", "深圳市南山区"),
                    ("招聘人数", "2人"),
                ],
            ),
            ("职 位 名 称:保安员", &[("职 位 名 称", "保安员")]),
            ("工作时间:9:00-18:00", &[("工作时间", "9:00-18:00")]),
            ("联系人:王女士", &[("联系人", "王女士")]),
            ("所属部门/科室:安管部", &[("所属部门/科室", "安管部")]),
            (
                "职位名称:保安员  联系人:王女士",
                &[("职位名称", "保安员"), ("联系人", "王女士")],
            ),
            ("负责处理投诉,确保满意:100%", &[]),
            ("职位名稱:客戶服務主任", &[("职位名称", "客户服务主任")]),
        ];
        for (line, want) in cases {
            assert_eq!(pairs(line), p(want), "fields of {line}");
        }
    }
}
