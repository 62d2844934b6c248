//! Writes the `.docx` documents of `corpus/docx/` from the texts below, so the
//! binary files can be regenerated and reviewed as text:
//!
//! ```sh
//! cargo run --example make_docx -- corpus/docx
//! ```
//!
//! Markup, one paragraph or table row a line: `# ` and `## ` are Title and
//! Heading 2 paragraphs; `N1 `/`N1.1 ` are paragraphs in Word's automatic list 1
//! (`1、`, then `(1)`), `C1 ` in list 2 (`一、`); `|a|b|c|` is a table row (rows in
//! a row make one table); a cell `text{3}` spans three grid columns, `text^` starts
//! a vertical merge and `^` continues it. Anything else is a plain paragraph,
//! split into two runs the way Word often splits them.

use std::io::Write;

const DOCS: &[(&str, &str)] = &[
    (
        "basic_tables.docx",
        "# 巡逻岗保安员岗位说明书
|职位名称|巡逻岗保安员|所属部门|安管部|
|职位编号|AG-06|定员人数|6人|
|直接上级|保安班长|直接下级|无|
## 工作内容
|主要职责|职责描述|建议考核指标|
|巡逻检查|按规定路线和时间巡查小区公共区域|巡查签到率100%|
|异常处置|发现可疑人员及时盘查并上报|无漏报|
|消防巡查|检查消防通道及消防器材状态|通道畅通率100%|
## 任职资格
|教育程度|高中以上|
|经验年限|1年以上|
|年龄|20-45岁|
|身体条件|健康|",
    ),
    (
        "numbered_paragraphs.docx",
        "# 绿化主管岗位说明书
C1 基本信息
岗位名称:绿化主管
所属部门:环境部
直接上级:环境部经理
C1 岗位职责
N1 负责制定绿化养护年度计划;
N1 负责苗木病虫害防治工作;
N1.1 每月组织一次病虫害普查;
N1.1 发现病害及时处理;
N1 负责绿化外包单位的监督考核。
C1 任职资格
N2 大专以上学历,园林专业;
N2 三年以上绿化管理经验。",
    ),
    (
        "merged_cells.docx",
        "# 工程部电工岗位说明书
|基本信息{4}|
|岗位名称|电工|所属部门|工程部|
|直接上级^|工程主管|岗位编号|GC-15|
|^|工程主管|定员|3人|
|岗位职责{4}|
|重要性|应负职责|衡量标准|
|重要|负责配电设备的日常巡检|巡检记录完整|
|一般|负责公共照明的维修|报修当日处理|
|任职资格{4}|
|学历|中专以上|经验|两年以上电工经验|",
    ),
    (
        "two_documents.docx",
        "# 前台接待员岗位说明书
|岗位名称|前台接待员|所属部门|客服部|
岗位职责:
N1 负责访客的接待与登记;
N1 负责前台电话的接听与转接。
任职要求:大专以上学历,一年以上前台工作经验。
篇2:客服主管岗位说明书
# 客服主管岗位说明书
|岗位名称|客服主管|所属部门|客服部|
|直接上级|客服经理|直接下级|前台接待员|
岗位职责:
N1 负责客服团队的排班与考核;
N1 负责重大投诉的处理。
任职要求:本科以上学历,三年以上客服管理经验。",
    ),
    (
        "traditional_headings.docx",
        "# 物業主任 職位說明書
|職位名稱|物業主任|所屬部門|物業管理處|
|直接上司|物業經理|下屬|物業助理|
## 主要職責
N1 管理大廈日常運作;
N1 處理住戶投訴及查詢;
N1 監督清潔及保安承辦商。
## 入職要求
N2 大專或以上學歷;
N2 三年或以上物業管理經驗;
N2 持有物業管理人牌照。",
    ),
];

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn run(text: &str) -> String {
    format!("<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r>", esc(text))
}

fn paragraph(line: &str) -> String {
    let (ppr, text) = if let Some(t) = line.strip_prefix("## ") {
        (
            "<w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr>".to_string(),
            t,
        )
    } else if let Some(t) = line.strip_prefix("# ") {
        ("<w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>".to_string(), t)
    } else if let Some((tag, t)) = line.split_once(' ').filter(|(tag, _)| {
        tag.len() >= 2
            && (tag.starts_with('N') || tag.starts_with('C'))
            && tag[1..].chars().all(|c| c.is_ascii_digit() || c == '.')
    }) {
        let list = &tag[1..];
        let (num, level) = match list.split_once('.') {
            Some((n, _)) => (n, 1),
            None => (list, 0),
        };
        let num_id = if tag.starts_with('C') {
            3
        } else {
            num.parse::<u32>().unwrap_or(1)
        };
        (
            format!(
                "<w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{num_id}\"/></w:numPr></w:pPr>"
            ),
            t,
        )
    } else {
        (String::new(), line)
    };
    // Word often splits a paragraph into several runs; so do we.
    let mid = text
        .char_indices()
        .nth(text.chars().count() / 2)
        .map_or(text.len(), |(i, _)| i);
    format!("<w:p>{ppr}{}{}</w:p>", run(&text[..mid]), run(&text[mid..]))
}

fn cell(spec: &str) -> String {
    let mut props = String::new();
    let mut text = spec;
    if let Some(open) = text.rfind('{')
        && let Some(n) = text[open..]
            .strip_prefix('{')
            .and_then(|r| r.strip_suffix('}'))
    {
        props.push_str(&format!("<w:gridSpan w:val=\"{n}\"/>"));
        text = &text[..open];
    }
    if text == "^" {
        props.push_str("<w:vMerge/>");
        text = "";
    } else if let Some(t) = text.strip_suffix('^') {
        props.push_str("<w:vMerge w:val=\"restart\"/>");
        text = t;
    }
    format!(
        "<w:tc><w:tcPr>{props}</w:tcPr><w:p>{}</w:p></w:tc>",
        if text.is_empty() {
            String::new()
        } else {
            run(text)
        }
    )
}

fn document(spec: &str) -> String {
    let mut body = String::new();
    let mut in_table = false;
    for line in spec.lines() {
        let line = line.trim();
        if let Some(row) = line.strip_prefix('|').and_then(|r| r.strip_suffix('|')) {
            if !in_table {
                body.push_str("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>");
                in_table = true;
            }
            body.push_str("<w:tr>");
            for c in row.split('|') {
                body.push_str(&cell(c));
            }
            body.push_str("</w:tr>");
            continue;
        }
        if in_table {
            body.push_str("</w:tbl>");
            in_table = false;
        }
        body.push_str(&paragraph(line));
    }
    if in_table {
        body.push_str("</w:tbl>");
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}<w:sectPr/></w:body></w:document>"
    )
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>"#;

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

const DOC_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;

const NUMBERING: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"#;

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>"#;

fn main() -> std::io::Result<()> {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "corpus/docx".into());
    std::fs::create_dir_all(&out)?;
    for (name, spec) in DOCS {
        let path = std::path::Path::new(&out).join(name);
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&path)?);
        // A fixed timestamp keeps the files byte-for-byte reproducible.
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(zip::DateTime::default());
        for (part, content) in [
            ("[Content_Types].xml", CONTENT_TYPES.to_string()),
            ("_rels/.rels", RELS.to_string()),
            ("word/_rels/document.xml.rels", DOC_RELS.to_string()),
            ("word/document.xml", document(spec)),
            ("word/numbering.xml", NUMBERING.to_string()),
            ("word/styles.xml", STYLES.to_string()),
        ] {
            zip.start_file(part, options)?;
            zip.write_all(content.as_bytes())?;
        }
        zip.finish()?;
        println!("wrote {}", path.display());
    }
    Ok(())
}
