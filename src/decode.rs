//! decode: bytes to UTF-8, with the encoding used reported.
//!
//! Detection order, as the SPEC has it: a byte-order mark; BOM-less UTF-16 from
//! its byte pattern (chardetng does not detect it); strict UTF-8 (a few invalid
//! sequences in otherwise UTF-8 text are replaced, with a warning naming the
//! line); then `chardetng` over a bounded prefix, with a preference for the
//! Chinese encodings when the guess is a Japanese or Korean one that GBK decodes
//! just as cleanly. An explicit `--encoding` label wins over all of it.
//!
//! Binary input is refused here, before any decoding: images, archives,
//! executables, PDF and legacy Word files get an [`Error`] that names them.

use encoding_rs::{BIG5, Encoding, GB18030, GBK, UTF_8, UTF_16BE, UTF_16LE};

use crate::error::{Error, ErrorKind};
use crate::model::{Diagnostic, DiagnosticCode};

/// How many bytes the statistical detector and the binary sniffer look at.
const PREFIX: usize = 64 * 1024;

/// Decoded text and how it was obtained.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
    pub diagnostics: Vec<Diagnostic>,
}

/// Looks an encoding label up the way browsers do (`gb2312`, `big5-hkscs`, `utf-16`...),
/// and also by the Windows code page names `cp936` (GBK) and `cp950` (Big5).
pub fn encoding_for_label(label: &str) -> Result<&'static Encoding, Error> {
    let windows = match label.trim().to_ascii_lowercase().as_str() {
        "cp936" => Some(GBK),
        "cp950" => Some(BIG5),
        _ => None,
    };
    windows
        .or_else(|| Encoding::for_label(label.trim().as_bytes()))
        .ok_or_else(|| {
            Error::new(ErrorKind::UnknownEncoding {
                label: label.to_string(),
            })
        })
}

/// How to turn a Word or RTF document into one jdparse reads.
const OFFICE_ADVICE: &str = "convert it first with `libreoffice --headless --convert-to docx FILE`";

/// Refuses input that is not a text document, naming what it looks like.
pub fn sniff_binary(bytes: &[u8]) -> Result<(), Error> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"GIF87a", "GIF image"),
        (b"GIF89a", "GIF image"),
        (b"BM", "BMP image"),
        (b"\x7fELF", "ELF executable"),
        (b"\x1f\x8b", "gzip archive"),
        (b"Rar!\x1a\x07", "RAR archive"),
        (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
        (b"PK\x03\x04", "ZIP archive"),
        (b"PK\x05\x06", "ZIP archive"),
        (b"MZ", "Windows executable"),
        (b"RIFF", "RIFF media file"),
        (b"\x00\x00\x01\x00", "icon file"),
    ];
    if bytes.starts_with(b"%PDF") {
        return Err(Error::new(ErrorKind::NeedsConversion {
            format: "PDF",
            advice: "convert it to text first with `pdftotext FILE` (poppler-utils)",
        }));
    }
    if bytes.starts_with(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") {
        return Err(Error::new(ErrorKind::NeedsConversion {
            format: "a legacy Word .doc (OLE compound file)",
            advice: OFFICE_ADVICE,
        }));
    }
    if bytes.starts_with(b"{\\rtf") {
        return Err(Error::new(ErrorKind::NeedsConversion {
            format: "RTF",
            advice: OFFICE_ADVICE,
        }));
    }
    let prefix = &bytes[..bytes.len().min(PREFIX)];
    if Encoding::for_bom(prefix).is_some() || utf16_without_bom(prefix).is_some() {
        return Ok(());
    }
    let controls = prefix
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)))
        .count();
    for (magic, what) in MAGIC {
        // Two-byte magics (BM, MZ) also start ordinary text; ask for control bytes too.
        if bytes.starts_with(magic) && (magic.len() > 2 || controls > 0) {
            return Err(Error::new(ErrorKind::NotText { looks_like: what }));
        }
    }
    if prefix.contains(&0) {
        return Err(Error::new(ErrorKind::NotText {
            looks_like: "contains NUL bytes",
        }));
    }
    if !prefix.is_empty() && controls * 20 > prefix.len() {
        return Err(Error::new(ErrorKind::NotText {
            looks_like: "mostly control bytes",
        }));
    }
    Ok(())
}

/// Decodes `bytes`, with `forced` (from `--encoding`) taking precedence.
pub fn decode(bytes: &[u8], forced: Option<&'static Encoding>) -> Decoded {
    let mut diagnostics = Vec::new();
    let (encoding, body) = match forced {
        Some(enc) => {
            // An explicit label still lets a matching BOM be skipped.
            match Encoding::for_bom(bytes) {
                Some((bom_enc, len)) if bom_enc == enc => (enc, &bytes[len..]),
                _ => (enc, bytes),
            }
        }
        None => {
            // The common case first: valid UTF-8 without a BOM and without NUL bytes
            // (which only UTF-16 would explain) is UTF-8, validated once.
            if !bytes.contains(&0)
                && Encoding::for_bom(bytes).is_none()
                && let Ok(text) = std::str::from_utf8(bytes)
            {
                return Decoded {
                    text: text.to_string(),
                    encoding: UTF_8,
                    diagnostics,
                };
            }
            if let Some(mixed) = mixed_lines(bytes) {
                return mixed;
            }
            detect(bytes)
        }
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    let text = text.into_owned();
    if had_errors {
        let count = text.matches('\u{FFFD}').count();
        let line = text
            .find('\u{FFFD}')
            .map(|at| text[..at].bytes().filter(|&b| b == b'\n').count() + 1);
        diagnostics.push(Diagnostic::warning(
            DiagnosticCode::ReplacementCharacters,
            format!(
                "{count} byte sequence(s) are not valid {}; replaced with U+FFFD",
                encoding.name()
            ),
            line,
        ));
    }
    Decoded {
        text,
        encoding,
        diagnostics,
    }
}

/// A file whose lines are partly UTF-8 and partly a legacy encoding (a GBK
/// document with pasted UTF-8 lines, or the reverse): each line is decoded on its
/// own, and a warning names the first line of the minority encoding.
fn mixed_lines(bytes: &[u8]) -> Option<Decoded> {
    if Encoding::for_bom(bytes).is_some()
        || std::str::from_utf8(bytes).is_ok()
        || mostly_utf8(bytes)
    {
        return None;
    }
    let prefix = &bytes[..bytes.len().min(PREFIX)];
    if utf16_without_bom(prefix).is_some() {
        return None;
    }
    let lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
    let is_utf8 = |l: &[u8]| !l.is_ascii() && std::str::from_utf8(l).is_ok();
    let utf8_lines = lines.iter().filter(|l| is_utf8(l)).count();
    let legacy: Vec<u8> = lines
        .iter()
        .filter(|l| std::str::from_utf8(l).is_err())
        .flat_map(|l| l.iter().copied().chain([b'\n']))
        .collect();
    if utf8_lines == 0 || legacy.is_empty() {
        return None;
    }
    let other = guess_legacy(&legacy[..legacy.len().min(PREFIX)], legacy.len() <= PREFIX);
    let legacy_lines = lines.len() - utf8_lines - lines.iter().filter(|l| l.is_ascii()).count();
    let mut text = String::with_capacity(bytes.len() * 3 / 2);
    let (mut first_utf8, mut first_other) = (None, None);
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        match std::str::from_utf8(line) {
            Ok(s) => {
                if !line.is_ascii() {
                    first_utf8.get_or_insert(i + 1);
                }
                text.push_str(s);
            }
            Err(_) => {
                first_other.get_or_insert(i + 1);
                text.push_str(&other.decode_without_bom_handling(line).0);
            }
        }
    }
    let (encoding, minority, minority_name) = if utf8_lines >= legacy_lines {
        (UTF_8, first_other, other.name())
    } else {
        (other, first_utf8, "UTF-8")
    };
    let diagnostics = vec![Diagnostic::warning(
        DiagnosticCode::MixedEncodings,
        format!(
            "lines in two encodings: read as {} and {minority_name}",
            encoding.name()
        ),
        minority,
    )];
    Some(Decoded {
        text,
        encoding,
        diagnostics,
    })
}

/// Picks an encoding and returns the bytes after any BOM.
fn detect(bytes: &[u8]) -> (&'static Encoding, &[u8]) {
    if let Some((enc, len)) = Encoding::for_bom(bytes) {
        return (enc, &bytes[len..]);
    }
    let prefix = &bytes[..bytes.len().min(PREFIX)];
    if let Some(enc) = utf16_without_bom(prefix) {
        return (enc, bytes);
    }
    if mostly_utf8(bytes) {
        return (UTF_8, bytes);
    }
    let guess = guess_legacy(prefix, prefix.len() == bytes.len());
    if guess == GBK && has_gb18030_four_byte(bytes) {
        // Same decoder; the name tells the user the file needs GB18030 proper.
        return (GB18030, bytes);
    }
    (guess, bytes)
}

/// Does the text use GB18030's four-byte sequences (characters GBK lacks)?
fn has_gb18030_four_byte(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i + 1 < bytes.len() {
        let b = bytes[i];
        if (0x81..=0xfe).contains(&b) {
            let next = bytes[i + 1];
            if (0x30..=0x39).contains(&next) {
                return true;
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    false
}

/// Valid UTF-8, or UTF-8 with a few bad sequences (a truncated tail, a pasted
/// fragment in another encoding) among many good multi-byte ones.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    let (mut good, mut bad) = (0usize, 0usize);
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                good += s.bytes().filter(|&b| b >= 0xc0).count();
                break;
            }
            Err(e) => {
                let (valid, after) = rest.split_at(e.valid_up_to());
                good += valid.iter().filter(|&&b| b >= 0xc0).count();
                bad += 1;
                let skip = e.error_len().unwrap_or(after.len()).max(1);
                rest = &after[skip.min(after.len())..];
                // (Each character still to count takes two bytes or more: once even
                // all of them could not outweigh the bad sequences, the answer is no.)
                if rest.is_empty() || good + rest.len() / 2 < 8 * bad {
                    break;
                }
            }
        }
    }
    bad == 0 || good >= 8 * bad
}

/// Detects UTF-16 without a BOM from where its code units fall: Chinese text in
/// UTF-16 is made of ASCII, CJK and CJK-punctuation code units, while the same
/// bytes read in the wrong byte order (or any 8-bit text read as UTF-16) are not.
fn utf16_without_bom(prefix: &[u8]) -> Option<&'static Encoding> {
    // Valid UTF-8 without NULs is never taken for UTF-16: pairs of ASCII letters
    // look like CJK code units.
    if prefix.len() < 4 || (!prefix.contains(&0) && std::str::from_utf8(prefix).is_ok()) {
        return None;
    }
    let units = prefix.len() / 2;
    let score = |big_endian: bool| {
        let plausible = prefix
            .chunks_exact(2)
            .filter(|pair| {
                let unit = if big_endian {
                    u16::from_be_bytes([pair[0], pair[1]])
                } else {
                    u16::from_le_bytes([pair[0], pair[1]])
                };
                plausible_unit(unit)
            })
            .count();
        plausible as f64 / units as f64
    };
    let (le, be) = (score(false), score(true));
    if le >= 0.9 && le > be + 0.3 {
        Some(UTF_16LE)
    } else if be >= 0.9 && be > le + 0.3 {
        Some(UTF_16BE)
    } else {
        None
    }
}

fn plausible_unit(unit: u16) -> bool {
    matches!(unit,
        0x09 | 0x0a | 0x0d | 0x20..=0x7e | 0xa0..=0xff
        | 0x2000..=0x206f | 0x2160..=0x217f | 0x2460..=0x24ff | 0x25a0..=0x26ff
        | 0x3000..=0x303f | 0x3200..=0x32ff | 0x4e00..=0x9fff | 0xfe30..=0xfe4f
        | 0xff00..=0xffef | 0xd800..=0xdfff)
}

/// Statistical detection for legacy encodings, biased towards the Chinese ones.
fn guess_legacy(prefix: &[u8], whole: bool) -> &'static Encoding {
    if let Some(clear) = common_characters_verdict(prefix) {
        return clear;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(prefix, whole);
    let guess = detector.guess(None, chardetng::Utf8Detection::Allow);
    if guess == GBK || guess == BIG5 || guess == UTF_8 || guess == GB18030 {
        return guess;
    }
    // A Japanese, Korean or single-byte guess for text that decodes cleanly as GBK
    // or Big5 is far more likely to be a short Chinese text misjudged.
    for candidate in [GBK, BIG5] {
        let (text, errors) = candidate.decode_without_bom_handling(prefix);
        if !errors && cjk_share(&text) >= 0.6 {
            return candidate;
        }
    }
    guess
}

/// Characters that fill any job description (simplified; traditional text is
/// folded before counting). GBK read as Big5, or Big5 read as GBK, gives rare
/// characters instead, so counting these tells the two apart even in short texts.
const COMMON: &str = "的一是在不了有和人这中大为上个我以要时来用们到作地于出就分对成会可主发年动同工也能下过子产种面而方后多定行学法所得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开合还因由其些然前外天四日那事平形相全表间样与关各重新线内数正心反明看原又么利比或但质气第向道命此变条只没结解问意建月公无系很情者最立代想已通并提直题程展五果料象员位入常文总次品式活设及管特件长求老头基资边流路级少图统接知较将组见计别手角期根论运指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞岗责职务负督协助客服维修班领招聘薪福利待遇概述职责资格任职学历经验年龄专业证书技能沟通执行考核培训档案巡逻清洁设备";

/// The ideographs U+4E00..=U+9FFF whose simplified form is in [`COMMON`], as a
/// bitmap: traditional and simplified texts are judged alike without folding them.
static COMMON_BITS: std::sync::LazyLock<Vec<u64>> = std::sync::LazyLock::new(|| {
    let common: std::collections::HashSet<char> = COMMON.chars().collect();
    let mut bits = vec![0u64; (0x9fff - 0x4e00 + 64) / 64];
    for u in 0x4e00u32..=0x9fff {
        let c = char::from_u32(u).expect("an ideograph");
        let simplified = crate::normalize::fold(c.encode_utf8(&mut [0; 4]));
        if simplified
            .chars()
            .next()
            .is_some_and(|s| common.contains(&s))
        {
            let i = (u - 0x4e00) as usize;
            bits[i / 64] |= 1 << (i % 64);
        }
    }
    bits
});

/// GBK or Big5, when one reading has clearly more common characters than the other.
fn common_characters_verdict(prefix: &[u8]) -> Option<&'static Encoding> {
    let bits = &*COMMON_BITS;
    let score = |enc: &'static Encoding| {
        let (text, errors) = enc.decode_without_bom_handling(prefix);
        let (mut hits, mut han) = (0usize, 0usize);
        for c in text.chars() {
            // Kangxi radicals and compatibility ideographs count as what they fold to.
            let c = crate::normalize::fold_char(c);
            if ('\u{4e00}'..='\u{9fff}').contains(&c) {
                han += 1;
                let i = c as usize - 0x4e00;
                hits += (bits[i / 64] >> (i % 64) & 1) as usize;
            }
        }
        (hits, han, errors)
    };
    let (gbk, gbk_han, gbk_err) = score(GBK);
    let (big5, big5_han, big5_err) = score(BIG5);
    // Only a clear verdict on a text with enough Chinese to judge; else chardetng decides.
    let enough = |hits: usize, han: usize| han >= 4 && hits * 2 >= han;
    if !gbk_err && enough(gbk, gbk_han) && gbk >= 2 * big5.max(1) {
        Some(if has_gb18030_four_byte(prefix) {
            GB18030
        } else {
            GBK
        })
    } else if !big5_err && enough(big5, big5_han) && big5 >= 2 * gbk.max(1) {
        Some(BIG5)
    } else {
        None
    }
}

/// The share of non-ASCII characters that are common CJK ideographs or punctuation.
fn cjk_share(text: &str) -> f64 {
    let (mut cjk, mut all) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        all += 1;
        if matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
        {
            cjk += 1;
        }
    }
    if all == 0 {
        1.0
    } else {
        cjk as f64 / all as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(s: &str, big_endian: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend_from_slice(if big_endian {
                &[0xfe, 0xff]
            } else {
                &[0xff, 0xfe]
            });
        }
        for unit in s.encode_utf16() {
            let bytes = if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            };
            out.extend_from_slice(&bytes);
        }
        out
    }

    #[test]
    fn should_detect_each_encoding() {
        let text = "保洁主管岗位说明书\n职位名称:保洁主管\n所属部门:环境部\n";
        let trad = "客戶服務主任 職位說明書\n職位名稱:客戶服務主任\n所屬部門:客戶服務部\n";
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (text.as_bytes().to_vec(), "UTF-8"),
            (
                [b"\xef\xbb\xbf".as_slice(), text.as_bytes()].concat(),
                "UTF-8",
            ),
            (utf16(text, false, true), "UTF-16LE"),
            (utf16(text, true, true), "UTF-16BE"),
            (utf16(text, false, false), "UTF-16LE"),
            (utf16(text, true, false), "UTF-16BE"),
            (GBK.encode(text).0.into_owned(), "GBK"),
            (BIG5.encode(trad).0.into_owned(), "Big5"),
        ];
        for (bytes, want) in cases {
            let decoded = decode(&bytes, None);
            assert_eq!(decoded.encoding.name(), want, "should detect {want}");
            assert!(decoded.text.contains("部门") || decoded.text.contains("部門"));
            assert!(decoded.diagnostics.is_empty());
        }
    }

    #[test]
    fn should_warn_on_invalid_utf8_and_name_the_line() {
        let mut bytes = "第一行\n第二行岗位说明书岗位说明书\n".as_bytes().to_vec();
        bytes.extend_from_slice(b"\xff\n");
        let decoded = decode(&bytes, None);
        assert_eq!(decoded.encoding.name(), "UTF-8");
        assert_eq!(decoded.diagnostics[0].line, Some(3));
    }

    #[test]
    fn should_decode_each_line_of_a_half_utf8_half_gbk_file() {
        let utf8 = "保安员岗位说明书\n岗位名称:保安员\n所属部门:安管部\n";
        let gbk = GBK
            .encode("岗位职责:\n1、负责巡逻;\n2、负责登记。\n")
            .0
            .into_owned();
        let bytes = [utf8.as_bytes(), &gbk].concat();
        let decoded = decode(&bytes, None);
        assert!(decoded.text.contains("所属部门:安管部") && decoded.text.contains("负责巡逻"));
        assert_eq!(decoded.diagnostics[0].code, DiagnosticCode::MixedEncodings);
        assert_eq!(decoded.diagnostics[0].line, Some(4));
    }

    #[test]
    fn should_refuse_binary_input() {
        let cases: &[(&[u8], &str)] = &[
            (b"\x89PNG\r\n\x1a\n\0\0\0", "PNG"),
            (b"PK\x03\x04\x14\0", "ZIP"),
            (b"\x7fELF\x02\x01", "ELF"),
            (b"abc\0\0\0def", "NUL"),
        ];
        for (bytes, what) in cases {
            let err = sniff_binary(bytes).expect_err(what).to_string();
            assert!(err.contains(what), "{err} should name {what}");
        }
        let doc = sniff_binary(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0")
            .unwrap_err()
            .to_string();
        assert!(doc.contains("libreoffice --headless --convert-to docx"));
        assert!(sniff_binary("职位名称:保安员".as_bytes()).is_ok());
        assert!(sniff_binary(b"BMW driver").is_ok());
    }
}
