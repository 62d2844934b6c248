//! model: the output types, one record per job description.
//!
//! These types are the contract of `../SPEC.md` (schema version 1): serialize-only
//! structs with `serde` names that never change without a new `schema_version`.
//! `jdparse schema` prints their JSON Schema, generated from these same types by
//! `schemars`, so the schema and the output cannot drift apart. Parsing internals
//! live in the other modules and never appear here.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The record format version written to every record.
pub const SCHEMA_VERSION: &str = "1";

/// One job description.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// Always `"1"` for this format.
    pub schema_version: String,
    /// Where the record came from.
    pub source: Source,
    /// The document's own title line, e.g. `客服领班岗位说明书`.
    pub title: Option<String>,
    pub position: Position,
    /// 工作概述 / 工作概要 / 岗位目的 body, without template labels.
    pub summary: Option<String>,
    pub reporting: Reporting,
    pub collaboration: Collaboration,
    pub responsibilities: Vec<Responsibility>,
    pub qualifications: Qualifications,
    pub objectives: Vec<Objective>,
    pub pitfalls: Vec<Pitfall>,
    /// 岗位权限 / 工作权限 items.
    pub authority: Vec<String>,
    pub conditions: Conditions,
    pub career: Career,
    /// 福利待遇 items.
    pub benefits: Vec<String>,
    pub signoff: Signoff,
    /// Every section in document order.
    pub sections: Vec<Section>,
    /// Every label/value pair found, in order, including labels the parser does not know.
    pub fields: Vec<Field>,
    /// Lines removed as site chrome.
    pub dropped: Vec<Dropped>,
    pub diagnostics: Vec<Diagnostic>,
    /// Where each typed value was read: a JSON pointer into this record
    /// (`/position/title`, `/responsibilities/0`) → the input lines (1-based,
    /// ascending) it came from. Keys are sorted. Empty when the parser did not
    /// record where its values came from.
    pub provenance: BTreeMap<String, Vec<usize>>,
}

/// Where a record came from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The input path as given; null for stdin and inline requests.
    pub path: Option<String>,
    /// WHATWG name of the encoding used (`UTF-8`, `GBK`, `Big5`, `UTF-16LE`, ...).
    pub encoding: String,
    pub format: SourceFormat,
    /// The caller's id, when the input came as an NDJSON request; `--requests` writes it
    /// back with the JSON type it was sent with (a number stays a number).
    #[schemars(extend("type" = ["string", "number", "boolean", "null"]))]
    pub id: Option<String>,
    /// 0-based index of this record in its file.
    pub index: usize,
    /// Number of records in the file.
    pub count: usize,
    /// First and last line (1-based) of this record in the decoded text.
    pub lines: [usize; 2],
}

/// How the input was read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    #[default]
    Text,
    Html,
    Docx,
}

/// Basic facts about the position.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Position {
    /// 职位名称 / 岗位名称.
    pub title: Option<String>,
    /// 所属部门.
    pub department: Option<String>,
    /// 职位编号 / 岗位编号.
    pub code: Option<String>,
    /// 职等职级 / 岗位等级.
    pub grade: Option<String>,
    /// 定员 / 编制人数 / 招聘人数.
    pub headcount: Option<u32>,
    /// 工作地点 / 上班地点.
    pub location: Option<String>,
    pub salary: Option<Salary>,
    /// 编写日期, as written.
    pub written_on: Option<String>,
    /// The employer: 公司名称 / 招聘单位 / 機構.
    pub organization: Option<String>,
    /// 发布时间 / 發佈日期: ISO `YYYY-MM-DD` when the date is complete, else as written.
    pub posted_on: Option<String>,
    /// 截止日期 / 有效期至: ISO `YYYY-MM-DD` when the date is complete, else as written.
    pub valid_through: Option<String>,
    /// 工作性质 / 工作類型: 全职, 兼职, 实习, 临时, 合同.
    pub employment_type: Option<EmploymentType>,
}

/// How a position is held (工作性质).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EmploymentType {
    /// 全职 / 全職 / 长工.
    FullTime,
    /// 兼职 / 兼職 / 钟点.
    PartTime,
    /// 实习 / 實習.
    Intern,
    /// 临时 / 臨時 / 短期 / 散工.
    Temporary,
    /// 合同 / 合約 / 外包 / 派遣.
    Contract,
}

/// A pay range; amounts in units of `currency` (`8K` = 8000).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Salary {
    pub raw: String,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub period: Option<Period>,
    /// ISO 4217 code from the text (港幣/HK$ → HKD, 新台幣/NT$ → TWD, 元/人民币/RMB/￥ →
    /// CNY, US$ → USD); null when nothing says.
    pub currency: Option<Currency>,
}

/// An ISO 4217 currency code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "UPPERCASE")]
pub enum Currency {
    /// 人民币, 元, RMB, ￥.
    Cny,
    /// 港幣, 港元, HK$.
    Hkd,
    /// 新台幣, NT$.
    Twd,
    /// 美元, US$.
    Usd,
}

impl Currency {
    /// The ISO 4217 code, `"CNY"`.
    pub fn code(self) -> &'static str {
        match self {
            Currency::Cny => "CNY",
            Currency::Hkd => "HKD",
            Currency::Twd => "TWD",
            Currency::Usd => "USD",
        }
    }
}

/// The period a salary amount is paid for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Month,
    Year,
    Day,
    Hour,
}

/// 直接上级 / 直接下级.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reporting {
    pub superiors: Vec<String>,
    pub subordinates: Vec<String>,
}

/// 内部 / 外部 partners.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Collaboration {
    pub internal: Vec<String>,
    pub external: Vec<String>,
}

/// One duty.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Responsibility {
    /// The short duty name of a duty-table row (`治安管理`) or a group heading.
    pub name: Option<String>,
    pub description: Option<String>,
    /// The row's 建议考核指标 / 衡量标准.
    pub kpi: Option<String>,
    /// Nested items.
    pub subitems: Vec<String>,
}

/// 任职资格.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Qualifications {
    pub education: Option<Education>,
    pub majors: Vec<String>,
    pub experience: Option<Experience>,
    pub certificates: Vec<String>,
    pub skills: Vec<String>,
    pub languages: Vec<String>,
    pub age: Option<Age>,
    pub physical: Option<String>,
    pub traits: Vec<String>,
    pub other: Vec<String>,
}

/// A minimum education.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Education {
    pub raw: String,
    pub level: Option<EducationLevel>,
    /// 以上 / 及以上 / 或以上.
    pub or_above: bool,
}

/// Education levels, lowest first.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum EducationLevel {
    /// 初中, 中三.
    JuniorHigh,
    /// 高中, 中五.
    HighSchool,
    /// 中专 / 中技 / 技校 / 职高.
    Vocational,
    /// 大专 / 专科.
    Associate,
    /// 本科.
    Bachelor,
    /// 硕士 / 研究生.
    Master,
    /// 博士.
    Doctorate,
}

/// Years of experience asked for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Experience {
    pub raw: String,
    pub min_years: Option<f64>,
    pub max_years: Option<f64>,
}

/// An age range.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Age {
    pub min: Option<u32>,
    pub max: Option<u32>,
}

/// A goal and how it is measured.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    pub goal: Option<String>,
    pub measure: Option<String>,
    /// The quantified thresholds in goal, then measure, in order.
    pub targets: Vec<Target>,
}

/// A quantified threshold such as `95%以上`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub value: f64,
    pub unit: Option<String>,
    /// One of `>=`, `>`, `<=`, `<`, `=`.
    pub op: String,
}

/// 工作中常犯错误及应对方法.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pitfall {
    pub mistake: Option<String>,
    pub examples: Vec<String>,
    pub remedy: Option<String>,
}

/// 工作条件.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Conditions {
    pub days_per_week: Option<f64>,
    pub hours: Option<String>,
    pub environment: Option<String>,
    pub intensity: Option<String>,
}

/// 职业发展.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Career {
    pub up: Vec<String>,
    pub lateral: Vec<String>,
    pub down: Vec<String>,
}

/// 制表人 / 审核 / 审批, as written.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signoff {
    pub prepared_by: Option<String>,
    pub reviewed_by: Option<String>,
    pub approved_by: Option<String>,
}

/// One section of the document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub key: SectionKey,
    /// The heading as written; null for an implicit section (content before any heading).
    pub heading: Option<String>,
    /// First and last line (1-based) of the section, heading included.
    pub lines: [usize; 2],
    /// The section body as written, one input line a line.
    pub text: String,
}

/// What a section is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SectionKey {
    BasicInfo,
    Summary,
    Responsibilities,
    Qualifications,
    Relationships,
    Objectives,
    Pitfalls,
    Authority,
    Conditions,
    Career,
    Benefits,
    Other,
}

/// A label/value pair as found.
impl SectionKey {
    /// The key as the record spells it (`basic_info`).
    pub fn as_str(self) -> &'static str {
        match self {
            SectionKey::BasicInfo => "basic_info",
            SectionKey::Summary => "summary",
            SectionKey::Responsibilities => "responsibilities",
            SectionKey::Qualifications => "qualifications",
            SectionKey::Relationships => "relationships",
            SectionKey::Objectives => "objectives",
            SectionKey::Pitfalls => "pitfalls",
            SectionKey::Authority => "authority",
            SectionKey::Conditions => "conditions",
            SectionKey::Career => "career",
            SectionKey::Benefits => "benefits",
            SectionKey::Other => "other",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub label: String,
    pub value: String,
    pub line: usize,
}

/// A line removed as site chrome.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dropped {
    pub line: usize,
    pub text: String,
    pub reason: DropReason,
}

/// Why a line is not content. Serialized as the words `dropped` shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum DropReason {
    // Site chrome recognized by its wording (the lexicon's chrome phrases) or shape.
    #[serde(rename = "related articles")]
    RelatedArticles,
    #[serde(rename = "recommendations")]
    Recommendations,
    #[serde(rename = "navigation")]
    Navigation,
    #[serde(rename = "share buttons")]
    ShareButtons,
    #[serde(rename = "download button")]
    DownloadButton,
    #[serde(rename = "print button")]
    PrintButton,
    #[serde(rename = "apply button")]
    ApplyButton,
    #[serde(rename = "previous/next links")]
    PreviousNext,
    #[serde(rename = "page metadata")]
    PageMetadata,
    #[serde(rename = "breadcrumbs")]
    Breadcrumbs,
    #[serde(rename = "site banner")]
    SiteBanner,
    #[serde(rename = "copyright")]
    Copyright,
    #[serde(rename = "disclaimer")]
    Disclaimer,
    #[serde(rename = "company info")]
    CompanyInfo,
    #[serde(rename = "comments")]
    Comments,
    #[serde(rename = "document-site banner")]
    DocumentSiteBanner,
    #[serde(rename = "registration number")]
    RegistrationNumber,
    #[serde(rename = "Word field codes")]
    WordFieldCodes,
    #[serde(rename = "page number")]
    PageNumber,
    #[serde(rename = "file information")]
    FileInfo,
    #[serde(rename = "watermark")]
    Watermark,
    #[serde(rename = "page marker")]
    PageMarker,
    /// A news photo's caption, credited at its end: `越南胡志明市夜景。(图/记者某某摄)`.
    #[serde(rename = "image caption")]
    ImageCaption,
    #[serde(rename = "table of contents")]
    TableOfContents,
    /// How to fill the form in: `填写说明:…`, a row's `(填写…)` note.
    #[serde(rename = "form instructions")]
    FormInstructions,
    // Decided by a line's place on the page.
    #[serde(rename = "numbered job title")]
    NumberedJobTitle,
    #[serde(rename = "document separator")]
    DocumentSeparator,
    #[serde(rename = "after the page's related-links footer")]
    AfterFooter,
    #[serde(rename = "collection title")]
    CollectionTitle,
    #[serde(rename = "page metadata (counter or date)")]
    CounterOrDate,
    #[serde(rename = "repeated title")]
    RepeatedTitle,
    #[serde(rename = "page header")]
    PageHeader,
    #[serde(rename = "site name")]
    SiteName,
    #[serde(rename = "no job description in this part of the page")]
    NoJobDescription,
}

impl DropReason {
    /// Chrome after which the rest of the page is recommendations, not content.
    pub fn starts_footer(self) -> bool {
        matches!(
            self,
            DropReason::RelatedArticles | DropReason::Recommendations
        )
    }

    /// The words `dropped` shows for this reason.
    pub fn as_str(self) -> &'static str {
        use DropReason::*;
        match self {
            RelatedArticles => "related articles",
            Recommendations => "recommendations",
            Navigation => "navigation",
            ShareButtons => "share buttons",
            DownloadButton => "download button",
            PrintButton => "print button",
            ApplyButton => "apply button",
            PreviousNext => "previous/next links",
            PageMetadata => "page metadata",
            Breadcrumbs => "breadcrumbs",
            SiteBanner => "site banner",
            Copyright => "copyright",
            Disclaimer => "disclaimer",
            CompanyInfo => "company info",
            Comments => "comments",
            DocumentSiteBanner => "document-site banner",
            RegistrationNumber => "registration number",
            WordFieldCodes => "Word field codes",
            FormInstructions => "form instructions",
            PageNumber => "page number",
            FileInfo => "file information",
            Watermark => "watermark",
            PageMarker => "page marker",
            ImageCaption => "image caption",
            TableOfContents => "table of contents",
            NumberedJobTitle => "numbered job title",
            DocumentSeparator => "document separator",
            AfterFooter => "after the page's related-links footer",
            CollectionTitle => "collection title",
            CounterOrDate => "page metadata (counter or date)",
            RepeatedTitle => "repeated title",
            PageHeader => "page header",
            SiteName => "site name",
            NoJobDescription => "no job description in this part of the page",
        }
    }
}

/// A message about the input.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable, machine-readable code such as `replacement-characters`.
    pub code: DiagnosticCode,
    pub message: String,
    pub line: Option<usize>,
}

/// How serious a diagnostic is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// What a diagnostic is about, serialized as a stable kebab-case code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DiagnosticCode {
    /// Bytes that are not valid in the encoding used were replaced with U+FFFD.
    ReplacementCharacters,
    /// The file mixes lines in two encodings.
    MixedEncodings,
    /// A record in which no section or field was recognized.
    NoSections,
    /// A file with no job description in it.
    NoJobDescription,
    /// The file's name is not valid UTF-8 (`source.path` escapes its other bytes).
    FileNameNotUtf8,
    /// Pinyin in brackets after characters (`負(fù)責`) was removed from the text.
    PinyinRemoved,
    /// Runs of anti-copying noise (`^x~x`w,e!n.k/u`) were removed from the text.
    NoiseRemoved,
}

impl DiagnosticCode {
    /// The code as the record spells it (`replacement-characters`).
    pub fn as_str(self) -> &'static str {
        match self {
            DiagnosticCode::ReplacementCharacters => "replacement-characters",
            DiagnosticCode::MixedEncodings => "mixed-encodings",
            DiagnosticCode::NoSections => "no-sections",
            DiagnosticCode::NoJobDescription => "no-job-description",
            DiagnosticCode::FileNameNotUtf8 => "file-name-not-utf8",
            DiagnosticCode::PinyinRemoved => "pinyin-removed",
            DiagnosticCode::NoiseRemoved => "noise-removed",
        }
    }
}

impl Diagnostic {
    pub fn warning(
        code: DiagnosticCode,
        message: impl Into<String>,
        line: Option<usize>,
    ) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            code,
            message: message.into(),
            line,
        }
    }

    pub fn info(
        code: DiagnosticCode,
        message: impl Into<String>,
        line: Option<usize>,
    ) -> Diagnostic {
        Diagnostic {
            severity: Severity::Info,
            code,
            message: message.into(),
            line,
        }
    }
}

/// The JSON Schema of one [`Record`].
pub fn schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Record)).expect("a schema always serializes")
}
