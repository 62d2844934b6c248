//! Lists written in one value: `屋村管理处主管、副主管`, `供电/供水/供气/有线电视/居委会等`.

use crate::lexicon::is_none_value;
use crate::normalize::{clean_value, fold};

/// Characters that separate list items.
const SEPARATORS: &[char] = &['、', ',', '，', ';', '；', '/', '／', '|', '｜', '\n', '\t'];

/// Edge punctuation trimmed off every item.
const EDGES: &[char] = &[
    '。', '.', '．', ',', '，', ';', '；', ':', '：', '、', ' ', '\u{3000}', '!', '！',
];

/// Splits a value into items: on `、` `,` `;` `/` and wide gaps; trailing `等`
/// removed; values meaning "none" (`无`, `不限`, `0`) give no items.
pub fn split_list(value: &str) -> Vec<String> {
    if is_none_value(&fold(value)) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for part in value
        .split(SEPARATORS)
        .flat_map(|p| p.split("  "))
        .flat_map(|p| p.split("\u{3000}\u{3000}"))
    {
        let item = clean_item(part);
        let item = without_count(&item);
        if !item.is_empty() && !is_none_value(&fold(item)) {
            out.push(item.to_string());
        }
    }
    out
}

/// `保健員(全職)` → (`保健員`, `全職`): a text and the note in brackets that ends it.
pub fn trailing_bracket(text: &str) -> Option<(&str, &str)> {
    text.strip_suffix([')', '）'])
        .and_then(|t| t.rsplit_once(['(', '（']))
}

/// `保洁员(8人)`, `护士(共12名)`: an item without the count in brackets after it.
fn without_count(item: &str) -> &str {
    let Some((name, note)) = trailing_bracket(item) else {
        return item;
    };
    let count = note.trim_start_matches(['共', '约', '約']);
    let count = count
        .strip_suffix(['人', '名'])
        .unwrap_or("")
        .trim_end_matches('-');
    let numeral = |c: char| c.is_ascii_digit() || "一二两三四五六七八九十-~".contains(c);
    if !name.trim().is_empty() && !count.is_empty() && count.chars().all(numeral) {
        name.trim_end()
    } else {
        item
    }
}

/// Trims punctuation and a trailing `等` / `等等` from one item.
pub fn clean_item(part: &str) -> String {
    let mut item = part.trim_matches(EDGES).to_string();
    for suffix in ["等等", "等"] {
        if let Some(stripped) = item.strip_suffix(suffix)
            && !stripped.is_empty()
        {
            item = stripped.trim_matches(EDGES).to_string();
            break;
        }
    }
    clean_value(&item)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_split_lists_and_drop_none_values() {
        let cases: &[(&str, &[&str])] = &[
            ("屋村管理处主管、副主管", &["屋村管理处主管", "副主管"]),
            // A count in brackets after an item.
            ("保洁员(8人)", &["保洁员"]),
            ("护士(共12名)、护工(2-3人)", &["护士", "护工"]),
            ("电工(持证)", &["电工(持证)"]),
            ("客服助理/ 物业助理", &["客服助理", "物业助理"]),
            (
                "供电/供水/供气/有线电视/居委会等",
                &["供电", "供水", "供气", "有线电视", "居委会"],
            ),
            (
                "供电公司、江口自来水公司,雅骏装修公司、番禺煤气公司。",
                &["供电公司", "江口自来水公司", "雅骏装修公司", "番禺煤气公司"],
            ),
            ("财务部、商场、", &["财务部", "商场"]),
            ("无", &[]),
            ("不限", &[]),
            ("0", &[]),
            ("", &[]),
            ("国语/粤语", &["国语", "粤语"]),
            ("保安队长  监控员", &["保安队长", "监控员"]),
        ];
        for (input, want) in cases {
            assert_eq!(split_list(input), *want, "{input}");
        }
    }
}
