//! Numbers as Chinese documents write them: `3`, `三`, `十二`, `两`, `5.5`, `五天半`.

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
    let mut total = 0u32;
    let mut current: Option<u32> = None;
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
            current = Some(current.unwrap_or(0) * 10 + d);
            continue;
        }
        let unit = match c {
            '十' | '拾' => 10,
            '百' | '佰' => 100,
            '千' | '仟' => 1000,
            _ => return None,
        };
        total += current.unwrap_or(1) * unit;
        current = None;
    }
    Some(f64::from(total + current.unwrap_or(0)))
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
        ];
        for (input, want) in cases {
            assert_eq!(chinese_number(input), want, "{input}");
        }
    }
}
