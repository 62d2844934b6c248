//! Word `.docx` input: real table cells, numbering, and bad archives.

use std::io::Write;

use jdparse::{Options, Record, SourceFormat};

use crate::util::{jdparse, root};

fn parse(bytes: &[u8]) -> Vec<Record> {
    jdparse::parse(bytes, &Options::default())
        .expect("parses")
        .records
}

/// The same document as `corpus/docx/basic_tables.docx`, typed as text.
const TYPED: &str = "巡逻岗保安员岗位说明书
职位名称:巡逻岗保安员所属部门:安管部
职位编号:AG-06定员人数:6人
直接上级:保安班长直接下级:无
工作内容
主要职责\t职责描述\t建议考核指标
巡逻检查\t按规定路线和时间巡查小区公共区域\t巡查签到率100%
异常处置\t发现可疑人员及时盘查并上报\t无漏报
消防巡查\t检查消防通道及消防器材状态\t通道畅通率100%
任职资格
教育程度:高中以上经验年限:1年以上
年龄:20-45岁身体条件:健康
";

#[test]
fn should_give_a_docx_the_same_values_as_the_same_document_typed_as_text() {
    let docx = parse(&std::fs::read(root().join("corpus/docx/basic_tables.docx")).unwrap());
    let text = parse(TYPED.as_bytes());
    assert_eq!(docx.len(), 1);
    assert_eq!(text.len(), 1);
    let (d, t) = (&docx[0], &text[0]);
    assert_eq!(d.source.format, SourceFormat::Docx);
    assert_eq!(d.title, t.title);
    assert_eq!(d.position, t.position);
    assert_eq!(d.reporting, t.reporting);
    assert_eq!(d.responsibilities, t.responsibilities);
    assert_eq!(d.responsibilities.len(), 3);
    assert_eq!(d.qualifications, t.qualifications);
    let keys = |r: &Record| r.sections.iter().map(|s| s.key).collect::<Vec<_>>();
    assert_eq!(keys(d), keys(t));
}

fn zip_with(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, content) in parts {
            zip.start_file(*name, options).unwrap();
            zip.write_all(content).unwrap();
        }
        zip.finish().unwrap();
    }
    buf.into_inner()
}

#[test]
fn should_refuse_bad_archives_with_a_clear_error() {
    let bomb = zip_with(&[(
        "word/document.xml",
        &vec![b' '; (jdparse::docx::MAX_PART + 1) as usize],
    )]);
    let no_document = zip_with(&[("hello.txt", b"hello")]);
    let mut corrupt = zip_with(&[("word/document.xml", b"<w:document/>")]);
    corrupt.truncate(corrupt.len() / 2);
    for (bytes, want) in [
        (&bomb, "over the 64 MiB limit"),
        (&no_document, "without word/document.xml"),
        (&corrupt, "corrupt ZIP archive"),
    ] {
        let err = jdparse::parse(bytes, &Options::default())
            .expect_err(want)
            .to_string();
        assert!(err.contains(want), "{err}");
    }
}

#[test]
fn should_report_a_bad_docx_and_go_on_with_the_batch() {
    let dir = crate::util::temp_dir("docx");
    std::fs::write(
        dir.join("broken.docx"),
        b"PK\x03\x04 this is not really a zip",
    )
    .unwrap();
    std::fs::copy(
        root().join("corpus/docx/two_documents.docx"),
        dir.join("good.docx"),
    )
    .unwrap();
    let out = jdparse(&["parse", dir.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(crate::util::ndjson(&out.stdout).len(), 2);
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("broken.docx: not a text document (corrupt ZIP archive")
    );
}

#[test]
fn should_render_word_numbering_as_the_reader_sees_it() {
    let bytes = std::fs::read(root().join("corpus/docx/numbered_paragraphs.docx")).unwrap();
    let text = jdparse::text(&bytes, &Options::default()).unwrap().text;
    assert!(text.contains("二、岗位职责\n1、负责制定绿化养护年度计划;\n2、负责苗木病虫害防治工作;\n(1)每月组织一次病虫害普查;"), "{text}");
    let records = parse(&bytes);
    assert_eq!(records[0].responsibilities[1].subitems.len(), 2);
}
