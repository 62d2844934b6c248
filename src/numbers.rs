//! numbers: numerals as Chinese documents write them: `3`, `三`, `十二`, `两`, `5.5`.
//!
//! Shared by the stages that read numbering (`(十二)`) and the extractors that read
//! amounts; it belongs to no stage.

/// Parses Arabic or Chinese numerals (`三`, `十二`, `二十`, `一百`, `两`, `半`).
pub fn chinese_number(s: &str) -> Option<f64> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if let Ok(n) = s.replace(',', "").parse::<f64>() {
        return Some(n);
    }
    if s == "半" {
        return Some(0.5);
    }
    // Checked arithmetic: a marker such as `(九九九九九九九九九九九)` is no number.
    let mut total = 0u64;
    let mut current: Option<u64> = None;
    for c in s.chars() {
        let digit = match c {
            '〇' | '零' => Some(0),
            '一' | '壹' => Some(1),
            '二' | '两' | '贰' | '兩' => Some(2),
            '三' | '叁' => Some(3),
            '四' | '肆' => Some(4),
            '五' | '伍' => Some(5),
            '六' | '陆' | '陸' => Some(6),
            '七' | '柒' => Some(7),
            '八' | '捌' => Some(8),
            '九' | '玖' => Some(9),
            _ => None,
        };
        if let Some(d) = digit {
            current = Some(current.unwrap_or(0).checked_mul(10)?.checked_add(d)?);
            continue;
        }
        let unit = match c {
            '十' | '拾' => 10,
            '百' | '佰' => 100,
            '千' | '仟' => 1000,
            _ => return None,
        };
        total = total.checked_add(current.unwrap_or(1).checked_mul(unit)?)?;
        current = None;
    }
    let n = total.checked_add(current.unwrap_or(0))?;
    (n <= u64::from(u32::MAX)).then_some(n as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_read_arabic_and_chinese_numerals() {
        let cases = [
            ("3", Some(3.0)),
            ("5.5", Some(5.5)),
            ("三", Some(3.0)),
            ("十", Some(10.0)),
            ("十二", Some(12.0)),
            ("二十", Some(20.0)),
            ("两", Some(2.0)),
            ("一百", Some(100.0)),
            ("30,000", Some(30000.0)),
            ("半", Some(0.5)),
            ("年", None),
            ("九九九九九九九九九九九", None),
            ("九千九百九十九亿", None),
        ];
        for (input, want) in cases {
            assert_eq!(chinese_number(input), want, "{input}");
        }
    }
}
