//! lexicon: the vocabulary, as data.
//!
//! Section aliases, field labels, duty-table column names, education levels,
//! template phrases and site-chrome phrases all live here, in simplified script;
//! they are folded (`normalize::fold`) when the matchers are built, so traditional
//! documents match the same entries. Adding a synonym is a one-line change here.
//! The matchers are built once and shared.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use crate::model::{Currency, DropReason, EducationLevel, SectionKey};
use crate::normalize::fold;

mod index;
mod words;
pub use index::{EndIndex, Found, Prefer, WordIndex};
pub use words::*;

/// What a field label means. `Unknown` labels are still reported in `fields`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldKey {
    PositionTitle,
    Department,
    Code,
    Grade,
    Headcount,
    Location,
    Salary,
    WrittenOn,
    Superiors,
    Subordinates,
    Internal,
    External,
    Partners,
    Education,
    Majors,
    Experience,
    Certificates,
    Skills,
    Languages,
    Age,
    Gender,
    Physical,
    Traits,
    OtherRequirement,
    DaysPerWeek,
    Hours,
    Environment,
    Intensity,
    CareerUp,
    CareerLateral,
    CareerDown,
    Benefits,
    PreparedBy,
    ReviewedBy,
    ApprovedBy,
    Goal,
    Measure,
    Mistake,
    Remedy,
    /// `职责一`, `职责二`: the name of a duty in the 职责与工作任务 layout.
    DutyName,
    /// `职责表述`: that duty's statement.
    DutyStatement,
    /// `工作任务`: that duty's tasks.
    DutyTasks,
    /// 公司名称 / 招聘单位 / 機構: the employer.
    Organization,
    /// 发布时间 / 刊登日期.
    PostedOn,
    /// 截止日期 / 有效期至.
    ValidThrough,
    /// 文件名称 / 标准名称: a controlled document's name (`收银员岗位管理标准`).
    DocumentName,
    /// 工作性质 / 聘用形式: 全职, 兼职 ….
    EmploymentType,
    /// A cell under a duties column (`工作内容`, `岗位职责`) of a table of posts,
    /// one row a job: that job's duties. No label has this key; only such a
    /// column gives it.
    Duties,
    /// A cell under a requirements column (`任职要求`) of a table of posts.
    Requirements,
    Unknown,
}

/// Where a document evidently comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Region {
    Mainland,
    HongKong,
    Taiwan,
}

impl Region {
    /// The ISO 3166 code: `CN`, `HK`, `TW`.
    pub fn country_code(self) -> &'static str {
        match self {
            Region::Mainland => "CN",
            Region::HongKong => "HK",
            Region::Taiwan => "TW",
        }
    }

    /// What a bare `元` or `$` is paid in there.
    pub fn currency(self) -> Currency {
        match self {
            Region::Mainland => Currency::Cny,
            Region::HongKong => Currency::Hkd,
            Region::Taiwan => Currency::Twd,
        }
    }
}

/// Which reading wins for a word that is both a section name and a field label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlap {
    /// A heading when alone or with an empty value; a field when a value follows.
    HeadingAlone,
    /// A field label even when alone on its line (unless numbered).
    Label,
}

/// Duty-table columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Name,
    Description,
    Kpi,
    Ignore,
}

// ---------------------------------------------------------------------------
// Matchers, built once.

/// `str::floor_char_boundary` for the toolchains this crate supports.
trait FloorCharBoundary {
    fn floor_char_boundary_compat(&self, at: usize) -> usize;
}

impl FloorCharBoundary for str {
    fn floor_char_boundary_compat(&self, at: usize) -> usize {
        if at >= self.len() {
            return self.len();
        }
        let mut i = at;
        while !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}

/// A map from folded words, hashed with FNV-1a: the keys are short and trusted
/// (our own vocabulary), so the default hasher's protection against flooding buys
/// nothing and costs a third of every lookup.
pub type WordMap<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;

/// FNV-1a, 64-bit.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Anchored, leftmost-longest matcher over the folded section aliases.
pub struct SectionMatcher {
    index: WordIndex<SectionKey>,
}

impl SectionMatcher {
    /// The section alias at the very start of `view`: (key, byte length in the view).
    pub fn at_start(&self, view: &str) -> Option<(SectionKey, usize)> {
        let (end, key) = self.index.at(view, 0)?;
        Some((key, end))
    }

    /// The section alias at the start of `view` when its characters are spaced out
    /// (`岗 位 职 责`): (key, byte length in the view, spaces included).
    pub fn at_start_spaced(&self, view: &str) -> Option<(SectionKey, usize)> {
        let mut squeezed = String::new();
        let mut ends = Vec::new();
        for (i, c) in view.char_indices().take(40) {
            if c != ' ' {
                squeezed.push(c);
                ends.push(i + c.len_utf8());
            }
        }
        let (key, len) = self.at_start(&squeezed)?;
        let chars = squeezed[..len].chars().count();
        Some((key, ends[chars - 1]))
    }

    /// The first section alias in `view` (leftmost, then longest): its byte range
    /// and key.
    pub fn find(&self, view: &str) -> Option<(std::ops::Range<usize>, SectionKey)> {
        self.index
            .find(view)
            .map(|found| (found.start..found.end, found.value))
    }

    /// Is the whole of `view` a section alias?
    pub fn whole(&self, view: &str) -> Option<SectionKey> {
        self.at_start(view)
            .filter(|&(_, len)| len == view.len())
            .map(|(k, _)| k)
    }
}

pub static SECTION_MATCHER: LazyLock<SectionMatcher> = LazyLock::new(|| {
    let aliases = SECTIONS
        .iter()
        .flat_map(|(key, aliases)| aliases.iter().map(|alias| (fold(alias), *key)));
    SectionMatcher {
        index: WordIndex::new(aliases, Prefer::Longest),
    }
});

/// A section alias or a field label found inside a line (both, for the words of
/// [`OVERLAPS`]); byte offsets of the folded view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WordHit {
    pub start: usize,
    pub end: usize,
    pub section: Option<SectionKey>,
    pub label: Option<FieldKey>,
}

impl WordHit {
    /// Length in characters.
    pub fn chars(&self, view: &str) -> usize {
        view[self.start..self.end].chars().count()
    }
}

/// What a word found in a line may be: a section name, a field label, or both.
type Meaning = (Option<SectionKey>, Option<FieldKey>);

/// Section aliases, field labels and numbered duty names (`职责一` … `职责二十`),
/// found anywhere in a line, leftmost-longest.
static WORD_SCANNER: LazyLock<WordIndex<Meaning>> = LazyLock::new(|| {
    let mut words: WordMap<Meaning> = WordMap::default();
    for (key, aliases) in SECTIONS {
        for alias in *aliases {
            words.entry(fold(alias)).or_default().0 = Some(*key);
        }
    }
    for (key, labels) in LABELS {
        for label in *labels {
            words.entry(fold(label)).or_default().1.get_or_insert(*key);
        }
    }
    let ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    for n in 1..=20 {
        let cn = match n {
            1..=10 => ordinals[n - 1].to_string(),
            11..=19 => format!("十{}", ordinals[n - 11]),
            _ => "二十".to_string(),
        };
        for tail in [cn, n.to_string()] {
            words.insert(format!("职责{tail}"), (None, Some(FieldKey::DutyName)));
        }
    }
    WordIndex::new(words, Prefer::Longest)
});

/// Every section alias and field label in a folded line, leftmost-longest, not
/// overlapping.
pub fn scan_words(view: &str) -> Vec<WordHit> {
    WORD_SCANNER
        .find_iter(view)
        .map(|found| {
            let (section, label) = found.value;
            WordHit {
                start: found.start,
                end: found.end,
                section,
                label,
            }
        })
        .collect()
}

/// The words of a line: cell by cell when it is short cells separated by single
/// spaces, two or more of them labels (then `true`), else word by word (short
/// cells with fewer labels, `文件编号 第 版 第 次修改第 页 共 页岗位名称导购员所属部门…`,
/// may run into a flattened table after the blanks).
pub fn scan_line(view: &str) -> (Vec<WordHit>, bool) {
    match scan_cells(view) {
        Some(cells) if cells.iter().filter(|h| h.label.is_some()).count() >= 2 => (cells, true),
        _ => (scan_words(view), false),
    }
}

/// The words of a line whose cells are separated by single spaces, found with
/// the spaces taken out (so that spaced-out words, `学 历`, `岗 位 职 责`, read as
/// words); only a word that begins a cell counts. Offsets are the line's own.
/// `None` when the line is not made of short cells.
pub fn scan_cells(view: &str) -> Option<Vec<WordHit>> {
    // Five cells need four spaces; most lines have none.
    memchr::memchr_iter(b' ', view.as_bytes()).nth(3)?;
    // Cells are short: most of them a word or two.
    let mut lengths: Vec<usize> = view
        .split(' ')
        .filter(|t| !t.is_empty())
        .map(|t| t.chars().count())
        .collect();
    if lengths.len() < 5 {
        return None;
    }
    lengths.sort_unstable();
    if lengths[lengths.len() / 2] > 10 {
        return None;
    }
    let mut squeezed = String::with_capacity(view.len());
    // For each byte of `squeezed` that starts a character: its offset in `view`.
    let mut at = Vec::with_capacity(view.len());
    let mut cell_start = Vec::with_capacity(view.len());
    let mut prev_space = true;
    for (i, c) in view.char_indices() {
        if c == ' ' {
            prev_space = true;
            continue;
        }
        for _ in 0..c.len_utf8() {
            at.push(i);
            cell_start.push(prev_space);
        }
        squeezed.push(c);
        // `直接下级 /工作描述`: an empty cell's `/` with the next cell run on to it.
        prev_space = c == '/' && prev_space;
    }
    let end_of = |squeezed_end: usize| {
        let last = squeezed[..squeezed_end]
            .chars()
            .next_back()
            .map_or(0, char::len_utf8);
        at[squeezed_end - last] + last
    };
    let hits = scan_words(&squeezed)
        .into_iter()
        .filter(|h| cell_start[h.start])
        .map(|h| WordHit {
            start: at[h.start],
            end: end_of(h.end),
            ..h
        })
        .collect();
    Some(hits)
}

/// Field labels by their folded text.
pub static LABEL_INDEX: LazyLock<WordMap<FieldKey>> = LazyLock::new(|| {
    let mut map = WordMap::default();
    for (key, labels) in LABELS {
        for label in *labels {
            map.entry(fold(label)).or_insert(*key);
        }
    }
    map
});

/// The longest label, in characters.
pub static LABEL_MAX_CHARS: LazyLock<usize> = LazyLock::new(|| {
    LABEL_INDEX
        .keys()
        .map(|k| k.chars().count())
        .max()
        .unwrap_or(0)
});

/// Looks up a whole folded label.
pub fn label(view: &str) -> Option<FieldKey> {
    LABEL_INDEX
        .get(view)
        .copied()
        .or_else(|| duty_ordinal(view).then_some(FieldKey::DutyName))
}

/// `职责一`, `职责2`, `主要职责三`: a numbered duty name label.
fn duty_ordinal(view: &str) -> bool {
    let rest = ["主要职责", "工作职责", "职责"]
        .iter()
        .find_map(|p| view.strip_prefix(p));
    rest.is_some_and(|r| {
        (1..=3).contains(&r.chars().count())
            && r.chars()
                .all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
    })
}

/// The folded duty-table column names.
static DUTY_COLUMN_MATCHER: LazyLock<WordIndex<Column>> = LazyLock::new(|| {
    let names = DUTY_COLUMNS
        .iter()
        .flat_map(|(col, names)| names.iter().map(|n| (fold(n), *col)));
    WordIndex::new(names, Prefer::Longest)
});

/// The longest duty-table column name at the very start of a folded text:
/// (column, byte length).
pub fn duty_column_at(view: &str) -> Option<(Column, usize)> {
    let (end, col) = DUTY_COLUMN_MATCHER.at(view, 0)?;
    Some((col, end))
}

/// An index that answers "does this text hold any of these words?", for word
/// lists asked of every clause of a requirement line.
fn any_of(words: &[&str]) -> WordIndex<()> {
    WordIndex::new(words.iter().map(|w| (w.to_string(), ())), Prefer::Longest)
}

/// Any of [`PHYSICAL_WORDS`].
pub static PHYSICAL: LazyLock<WordIndex<()>> = LazyLock::new(|| any_of(PHYSICAL_WORDS));

/// Any of [`EXPERIENCE_WORDS`].
pub static EXPERIENCE: LazyLock<WordIndex<()>> = LazyLock::new(|| any_of(EXPERIENCE_WORDS));

/// The folded education words, leftmost-longest.
pub static EDUCATION_MATCHER: LazyLock<WordIndex<EducationLevel>> = LazyLock::new(|| {
    let words = EDUCATION.iter().map(|(w, l)| (fold(w), *l));
    WordIndex::new(words, Prefer::Longest)
});

/// Folded template phrases, longest first.
pub static TEMPLATES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut v: Vec<String> = TEMPLATE_PHRASES.iter().map(|p| fold(p)).collect();
    v.sort_by_key(|p| std::cmp::Reverse(p.len()));
    v
});

/// Chrome phrases: whole lines, prefixes and infixes, each with its reason.
struct ChromeMatcher {
    lines: WordMap<DropReason>,
    prefixes: WordIndex<DropReason>,
    infixes: WordIndex<DropReason>,
}

static CHROME: LazyLock<ChromeMatcher> = LazyLock::new(|| {
    // The first phrase listed wins where several start at one place.
    let index = |table: &[(&str, DropReason)]| {
        WordIndex::new(table.iter().map(|(p, r)| (fold(p), *r)), Prefer::Listed)
    };
    ChromeMatcher {
        lines: CHROME_LINES.iter().map(|(p, r)| (fold(p), *r)).collect(),
        prefixes: index(CHROME_PREFIXES),
        infixes: index(CHROME_INFIXES),
    }
});

/// Why a folded line is site chrome by its whole wording (`相关文章`).
pub fn chrome_line(view: &str) -> Option<DropReason> {
    CHROME.lines.get(view).copied()
}

/// Why a folded line is site chrome by its wording (whole line, prefix or infix).
pub fn chrome_phrase(view: &str) -> Option<DropReason> {
    let c = &*CHROME;
    if let Some(reason) = c.lines.get(view) {
        return Some(*reason);
    }
    if let Some((_, reason)) = c.prefixes.at(view, 0) {
        return Some(reason);
    }
    c.infixes.find(view).map(|found| found.value)
}

/// Why a folded line is site chrome by the phrase it starts with.
pub fn chrome_prefix(view: &str) -> Option<DropReason> {
    CHROME.prefixes.at(view, 0).map(|(_, reason)| reason)
}

static TITLE_WORD_MATCHER: LazyLock<WordIndex<()>> =
    LazyLock::new(|| WordIndex::new(TITLE_WORDS.iter().map(|w| (fold(w), ())), Prefer::Longest));

/// Does a folded line contain a word that marks a job-description title?
pub fn has_title_word(view: &str) -> bool {
    TITLE_WORD_MATCHER.is_match(view)
}

static OVERLAP_INDEX: LazyLock<WordMap<Overlap>> =
    LazyLock::new(|| OVERLAPS.iter().map(|(w, o)| (fold(w), *o)).collect());

/// For a folded section alias that is also a field label: which reading wins.
pub fn overlap(alias: &str) -> Option<Overlap> {
    OVERLAP_INDEX.get(alias).copied()
}

/// Where a title at the start of a folded line ends: `保安员岗位说明书`,
/// `段长(班组长)安全职责`, `财务部经理(岗位职责阐明书)` — a name without sentence
/// punctuation followed by a document-type ending (and a closing parenthesis).
pub fn title_end(view: &str) -> Option<usize> {
    let head = &view[..view.floor_char_boundary_compat(90)];
    // The first ending in the line, the longest of those starting there: one pass
    // of an automaton rather than a substring search per ending.
    let found = DOC_TITLE_SUFFIX_MATCHER.find(head)?;
    let (at, suffix) = (found.start, found.value);
    let name = &view[..at];
    if name.is_empty()
        || name.chars().count() > 20
        || name.contains([',', ';', '。', ':', '、', ' '])
    {
        return None;
    }
    let mut end = at + suffix.len();
    // `(岗位职责阐明书)`: the rest of a parenthetical belongs to the title.
    if name.contains('(')
        && !name.contains(')')
        && let Some(close) = view[end..].find(')')
        && view[end..end + close].chars().count() <= 6
    {
        end += close + 1;
    }
    Some(end)
}

/// [`title_end`] for a title whose words are cells of a row, separated by spaces
/// (`XX市人民医院 设备维修工程师 岗位工作说明书`): up to 40 characters, a space in
/// the name, no sentence punctuation.
pub fn spaced_title_end(view: &str) -> Option<usize> {
    let head = &view[..view.floor_char_boundary_compat(130)];
    let found = DOC_TITLE_SUFFIX_MATCHER.find(head)?;
    let name = &view[..found.start];
    let plain = name.chars().count() <= 40
        && name.contains(' ')
        && !name.contains([',', ';', '。', ':', '、']);
    plain.then_some(found.start + found.value.len())
}

/// `(填写该岗位所在的一级部门)`, `(指直接下达工作指令的岗位)`: a blank form's note on
/// how to fill a cell in — a text in parentheses that holds one of
/// [`FORM_HINT_WORDS`] or starts with `指` (what a label means).
pub fn is_form_hint(view: &str) -> bool {
    let Some(inner) = view
        .trim()
        .strip_prefix('(')
        .and_then(|v| v.strip_suffix(')'))
    else {
        return false;
    };
    !inner.contains(['(', ')'])
        && (inner.starts_with('指') || FORM_HINT_WORDS.iter().any(|w| inner.contains(w)))
}

/// Leftmost-longest matcher over [`DOC_TITLE_SUFFIXES`], as written (unfolded).
static DOC_TITLE_SUFFIX_MATCHER: LazyLock<WordIndex<&str>> = LazyLock::new(|| {
    let words = DOC_TITLE_SUFFIXES.iter().map(|w| (w.to_string(), *w));
    WordIndex::new(words, Prefer::Longest)
});

/// Does a text end with the word for a job's duties (`收银员岗位职责`, not
/// `…岗位说明书`)?
pub fn ends_with_duties_word(view: &str) -> bool {
    JOB_TITLE_SUFFIXES
        .iter()
        .any(|s| view.ends_with(s) && !s.contains("说明"))
}

/// Does a folded text hold a job-title ending ([`JOB_TITLE_SUFFIXES`]) anywhere?
pub fn has_job_title_ending(view: &str) -> bool {
    JOB_TITLE_ENDINGS.is_match(view)
}

/// [`JOB_TITLE_SUFFIXES`], for finding them in a line.
pub static JOB_TITLE_ENDINGS: LazyLock<WordIndex<()>> =
    LazyLock::new(|| list_index(JOB_TITLE_SUFFIXES));

/// [`JOB_TITLE_SUFFIXES`] and [`DOC_TITLE_SUFFIXES`], for finding them in a line.
pub static TITLE_ENDINGS: LazyLock<WordIndex<()>> = LazyLock::new(|| {
    let words = JOB_TITLE_SUFFIXES.iter().chain(DOC_TITLE_SUFFIXES);
    list_index(&words.copied().collect::<Vec<_>>())
});

/// The words of a list, for finding them in a line.
pub fn list_index(verbs: &[&str]) -> WordIndex<()> {
    WordIndex::new(verbs.iter().map(|v| (v.to_string(), ())), Prefer::Longest)
}

/// Does a job's title name a position (`高级销售代表岗位职责`, `部长岗位`: the name
/// before the document-type ending ends like a position's name)?
/// The position a hiring notice's title names (`某某公司招聘农业技术员启事`,
/// `…公开招聘非在编保育员公告` → the range of `农业技术员`, `保育员`): between the
/// last hiring verb and the notice word that ends the title, without the post's
/// terms and a count (`2名`), when it is a position's name.
pub fn notice_position(view: &str) -> Option<std::ops::Range<usize>> {
    // A news headline has no notice word: the clause after its verb names the post,
    // with a count (`…幼兒園 招考52名教保員`) or before the next clause
    // (`某某科技徵設備工程師 月薪4萬至6萬元不等`, `物流园急招叉车司机:持证上岗`).
    static NOTICE: LazyLock<WordIndex<()>> = LazyLock::new(|| list_index(NOTICE_VERBS));
    static HEADLINE: LazyLock<WordIndex<()>> = LazyLock::new(|| list_index(HEADLINE_VERBS));
    let ending = NOTICE_ENDINGS.iter().find_map(|e| view.strip_suffix(e));
    let verbs = if ending.is_some() { &NOTICE } else { &HEADLINE };
    let body = ending.unwrap_or(view);
    let (verb_at, mut from) = verbs.last_ending(body)?;
    // `园林绿化工招聘启事`: the position before the verb that ends the title.
    if ending.is_some() && from == body.len() {
        // (`某某县2024年特聘动物防疫专员招募公告`: the publisher and the year before it.)
        let start = body[..verb_at]
            .rfind("年")
            .filter(|&y| {
                let digits = body[..y]
                    .bytes()
                    .rev()
                    .take_while(u8::is_ascii_digit)
                    .count();
                digits == 4
            })
            .map_or(0, |y| y + "年".len());
        let name = &body[start..verb_at];
        return (is_position_title(name) && !NOTICE_GENERIC_NAMES.contains(&name))
            .then_some(start..verb_at);
    }
    if let Some(term) = NOTICE_TERMS.iter().find(|t| body[from..].starts_with(**t)) {
        from += term.len();
    }
    // (`征 仓储储备干部 月薪…`: a board's subject spaces its verb off.)
    if ending.is_none() {
        from += body[from..].len() - body[from..].trim_start_matches(' ').len();
    }
    let digits = body[from..].bytes().take_while(u8::is_ascii_digit).count();
    let counted = digits > 0 && body[from + digits..].starts_with(['名', '人']);
    if counted {
        from += digits + '名'.len_utf8();
    }
    let end = match ending {
        Some(_) => body.len(),
        None => {
            let end = body[from..]
                .find([' ', ',', ':', '!', '?'])
                .map_or(body.len(), |e| from + e);
            if !counted && end == body.len() {
                return None;
            }
            end
        }
    };
    let name = &body[from..end];
    (is_position_title(name) && !NOTICE_GENERIC_NAMES.contains(&name)).then_some(from..end)
}

/// `现招聘会展项目经理一名`, `招聘农业技术员2名`, `招收学徒工三人`: a sentence's hiring
/// verb, the position's name and a count of people (digits or Chinese numerals, then
/// `名`, `人` or `位`), or the count first (`招募了三十二名环境助理员`); after a verb that
/// only hires (`聘請兼職助理文員,`, `徵求環境助理員,`), the name alone up to the
/// sentence's next mark. The range of the name.
pub fn hired_position(view: &str) -> Option<std::ops::Range<usize>> {
    static VERBS: LazyLock<WordIndex<bool>> = LazyLock::new(|| {
        let verbs = HIRING_VERBS.iter();
        WordIndex::new(
            verbs.map(|v| (v.to_string(), HIRE_ONLY_VERBS.contains(v))),
            Prefer::Longest,
        )
    });
    // Each verb where it stands, in the line's order.
    VERBS
        .find_iter(view)
        .find_map(|found| hired_after(view, found.end, found.value))
}

/// The characters a count of people is written in (`12名`, `三十二名`, `两人`).
pub const COUNT_NUMERALS: &str = "0123456789一二两三四五六七八九十百";
/// The units of a count of people in a sentence of hiring (`1員`: Taiwan's notices
/// count posts so).
const PEOPLE_UNITS: [char; 4] = ['名', '人', '位', '员'];

/// [`hired_position`] for the text after a hiring verb that ends at `from`.
fn hired_after(view: &str, mut from: usize, hires_only: bool) -> Option<std::ops::Range<usize>> {
    if let Some(rest) = view[from..].strip_prefix('了') {
        from = view.len() - rest.len();
    }
    if let Some(term) = NOTICE_TERMS.iter().find(|t| view[from..].starts_with(**t)) {
        from += term.len();
    }
    let rest = &view[from..];
    let is_name = |name: &str| is_position_title(name) && !NOTICE_GENERIC_NAMES.contains(&name);
    // `三十二名环境助理员`: the count first, the name up to the sentence's next mark.
    let count = rest.len()
        - rest
            .trim_start_matches(|c: char| COUNT_NUMERALS.contains(c))
            .len();
    if count > 0 && rest[count..].starts_with(['名', '位']) {
        let start = from + count + '名'.len_utf8();
        let len = ideographs_len(&view[start..]);
        return is_name(&view[start..start + len]).then_some(start..start + len);
    }
    // The name ends where the count starts: numerals up to a unit of people.
    let counted = rest.char_indices().take(16).find(|&(i, c)| {
        COUNT_NUMERALS.contains(c) && {
            let count = rest[i..].trim_start_matches(|c: char| COUNT_NUMERALS.contains(c));
            count.starts_with(PEOPLE_UNITS)
        }
    });
    match counted {
        // (`招聘人數:行政管理員1名`: the name is the value, not the label's end.)
        Some((end, _)) => (is_name(&rest[..end])
            && !rest[..end].contains([':', ',', '。', ';', ' ']))
        .then_some(from..from + end),
        None if hires_only => {
            let len = ideographs_len(rest);
            (len < rest.len() && is_name(&rest[..len])).then_some(from..from + len)
        }
        None => None,
    }
}

/// `行政管理員1名`, `保安员 2人`: a count's value that names the post it counts; the
/// name's range.
pub fn counted_position(value: &str) -> Option<std::ops::Range<usize>> {
    let len = ideographs_len(value);
    let count = value[len..].trim_start();
    let digits = count.len()
        - count
            .trim_start_matches(|c: char| COUNT_NUMERALS.contains(c))
            .len();
    let unit = count[digits..].chars().next()?;
    let name = &value[..len];
    (digits > 0
        && PEOPLE_UNITS.contains(&unit)
        && count[digits + unit.len_utf8()..].trim().is_empty()
        && is_position_title(name)
        && !NOTICE_GENERIC_NAMES.contains(&name))
    .then_some(0..len)
}

/// The length of the run of ideographs (twelve at most) a text starts with.
fn ideographs_len(text: &str) -> usize {
    text.char_indices()
        .take_while(|&(_, c)| crate::normalize::is_ideograph(c))
        .take(12)
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// The organization a hiring notice's title names before its hiring verb
/// (`某某生态农业有限公司招聘…启事`, `某某县教育局2024年招聘…公告`), when the text
/// there ends like an organization's name (a year after it left off).
pub fn notice_organization(view: &str) -> Option<std::ops::Range<usize>> {
    notice_position(view)?;
    let verb = NOTICE_VERBS.iter().filter_map(|v| view.find(v)).min()?;
    let mut before = view[..verb].trim_end();
    for year in ["年度", "年"] {
        if let Some(rest) = before.strip_suffix(year) {
            let digits = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            if digits == 4 {
                before = &rest[..rest.len() - 4];
            }
            break;
        }
    }
    let named = organization_name_before_ending(before).is_some_and(|n| n.chars().count() >= 2);
    // `【政府職位空缺】某某局`: a site's tag in brackets before the name is no part of it.
    let start = before
        .strip_prefix('【')
        .and_then(|rest| rest.find('】'))
        .map_or(0, |at| at + 2 * '】'.len_utf8());
    named.then_some(start..before.len())
}

/// What stands before the ending of an organization's or a public body's name
/// ([`ORGANIZATION_ENDINGS`], [`NOTICE_ORGANIZATION_ENDINGS`]) that ends `name`.
pub fn organization_name_before_ending(name: &str) -> Option<&str> {
    ORGANIZATION_ENDINGS
        .iter()
        .chain(NOTICE_ORGANIZATION_ENDINGS)
        .find_map(|e| name.strip_suffix(e))
}

pub fn is_position_title(title: &str) -> bool {
    static TITLE_ENDINGS: LazyLock<EndIndex<()>> = LazyLock::new(|| {
        let words = DOC_TITLE_SUFFIXES.iter().chain(POSITION_LABEL_ENDINGS);
        EndIndex::new(words.map(|w| (w.to_string(), ())))
    });
    static POSITIONS: LazyLock<EndIndex<()>> =
        LazyLock::new(|| EndIndex::new(POSITION_SUFFIXES.iter().map(|w| (w.to_string(), ()))));
    let name = TITLE_ENDINGS
        .first(title)
        .map_or(title, |(at, ())| &title[..at]);
    let name = name.trim_end_matches(')');
    let name = name.split('(').next().unwrap_or(name);
    (2..=12).contains(&name.chars().count()) && POSITIONS.ends(name)
}

/// `社工員1名`, `教保员三名`, `普工10人`: where a count glued to the end of a name
/// starts (its digits or numerals, then `名` or `人`), when a name stands before it.
pub fn glued_headcount(view: &str) -> Option<usize> {
    let body = view.strip_suffix(['名', '人'])?;
    let count = body.len()
        - body
            .trim_end_matches(|c: char| c.is_ascii_digit() || "一二两三四五六七八九十".contains(c))
            .len();
    let at = body.len() - count;
    // (A count alone, `1名`, starts at 0: the caller has the name apart.)
    let named = at == 0 || view[..at].chars().count() >= 2;
    ((1..=9).contains(&count) && named).then_some(at)
}

/// `司机的直接上级是车辆主管。`, `在财务科长的领导下,负责…`: the range of a superior a
/// sentence names ([`SUPERIOR_SENTENCES`]), when it is a position's name.
pub fn superior_in_sentence(view: &str) -> Option<std::ops::Range<usize>> {
    // Each form's fixed word (the one after the name, else the one before it), looked
    // for in one pass: most lines have none.
    static CUES: LazyLock<WordIndex<()>> = LazyLock::new(|| {
        let cues: Vec<&str> = SUPERIOR_SENTENCES
            .iter()
            .map(|(before, after)| if after.is_empty() { *before } else { *after })
            .collect();
        list_index(&cues)
    });
    if !CUES.is_match(view) {
        return None;
    }
    SUPERIOR_SENTENCES.iter().find_map(|(before, after)| {
        let (start, end) = if after.is_empty() {
            let start = view.find(before)? + before.len();
            let len = view[start..]
                .find(['。', ',', ';', '、', '(', ' '])
                .unwrap_or(view.len() - start);
            (start, start + len)
        } else {
            let end = view.find(after)?;
            (view[..end].rfind(before)? + before.len(), end)
        };
        let name = view[start..end].trim_start_matches(['.', ' ']);
        let start = end - name.len();
        let name = name.trim_end_matches(['.', ' ']);
        (is_position_title(name) && name.chars().count() <= 12).then_some(start..start + name.len())
    })
}

/// `小学数学教师1名`, `艺体教师 1名`: a position's name and its count.
pub fn is_counted_position(view: &str) -> bool {
    if !view.ends_with(['名', '人']) {
        return false;
    }
    let name = match view.rsplit_once(' ') {
        Some((name, count)) if glued_headcount(count) == Some(0) => name.trim_end(),
        Some(_) => return false,
        None => glued_headcount(view).map_or("", |at| &view[..at]),
    };
    name.chars().count() >= 2 && is_position_title(name)
}

/// The first of [`INTRO_HEADINGS`] in a folded text: where it starts and ends.
pub fn find_intro_heading(view: &str) -> Option<(usize, usize)> {
    static INDEX: LazyLock<WordIndex<()>> = LazyLock::new(|| {
        let words = INTRO_HEADINGS.iter().map(|(w, _)| (w.to_string(), ()));
        WordIndex::new(words, Prefer::Longest)
    });
    INDEX.find(view).map(|found| (found.start, found.end))
}

/// `二级保安员的职责包括`: the section a sentence that introduces a list heads.
pub fn intro_heading(view: &str) -> Option<SectionKey> {
    let view = view.trim_end_matches([':', ' ']);
    INTRO_HEADINGS
        .iter()
        .find(|(w, _)| view.ends_with(w))
        .map(|(_, key)| *key)
}

/// Does a folded text lead into what follows (`电讯工程师主要负责 –`, `具体如下:`)?
pub fn is_intro(view: &str) -> bool {
    let view = view.trim_end();
    INTRO_ENDS.iter().any(|w| view.ends_with(w))
}

static SPAM_INDEX: LazyLock<WordIndex<usize>> = LazyLock::new(|| {
    let words = SPAM_WORDS.iter().enumerate().map(|(k, w)| (fold(w), k));
    WordIndex::new(words, Prefer::Longest)
});

/// Is a folded line the spam of a hijacked page: two different [`SPAM_WORDS`]?
pub fn is_spam(view: &str) -> bool {
    let mut seen = None;
    SPAM_INDEX
        .find_iter(view)
        .any(|found| *seen.get_or_insert(found.value) != found.value)
}

/// Does a folded line end like a site name (`…网`, `…文库`, `.com`)?
pub fn has_site_suffix(view: &str) -> bool {
    SITE_SUFFIXES.iter().any(|s| view.ends_with(s))
}

/// `投递员是干什么的`, `厨师长是什么职务`: a question about a job; the job it asks about.
pub fn asked_position(view: &str) -> Option<&str> {
    let asked = view.trim_matches(['【', '】']).trim_end_matches(['?', ' ']);
    // (Endings overlap, `干什么的` in `是干什么的`: any that leaves a job's name.)
    QUESTION_ENDINGS
        .iter()
        .chain(JOB_QUESTION_ENDINGS)
        .find_map(|e| {
            let job = asked.strip_suffix(e)?;
            let job = job.strip_suffix(['的', '是']).unwrap_or(job);
            // (`直播场控的具体职责范围是什么` asks about a job's something.)
            (!job.contains('的') && is_position_title(job)).then_some(job)
        })
}

/// `回答2:`, `答案1`: the length of a numbered answer's marker at the start of a
/// folded text, colon included.
pub fn answer_marker(view: &str) -> Option<usize> {
    let word = ANSWER_WORDS.iter().find(|w| view.starts_with(**w))?;
    let digits = view[word.len()..]
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let end = word.len() + digits;
    Some(end + usize::from(view[end..].starts_with(':')))
}

/// A regex alternation `(?:a|b|…)` of folded, escaped words, in table order.
pub fn alternation(words: &[&str]) -> String {
    let parts: Vec<String> = words.iter().map(|w| regex::escape(&fold(w))).collect();
    format!("(?:{})", parts.join("|"))
}

/// The same for the words of a table of (word, meaning) pairs.
pub fn alternation_of<T>(table: &[(&str, T)]) -> String {
    let words: Vec<&str> = table.iter().map(|(w, _)| *w).collect();
    alternation(&words)
}

/// The meaning of a word in a table of (word, meaning) pairs.
pub fn meaning<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table.iter().find(|(w, _)| *w == word).map(|(_, m)| *m)
}

/// Is this folded value one that means "none"?
pub fn is_none_value(view: &str) -> bool {
    let v = view.trim_matches(|c: char| c.is_whitespace() || "。.;;,,".contains(c));
    v.is_empty() || NONE_VALUES.iter().any(|n| v.eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Folded words that occur more than once.
    fn repeated<'a>(words: impl IntoIterator<Item = &'a str>) -> Vec<String> {
        let mut seen = std::collections::HashSet::new();
        words
            .into_iter()
            .map(fold)
            .filter(|w| !seen.insert(w.clone()))
            .collect()
    }

    #[test]
    fn should_find_the_post_a_sentence_or_a_count_names() {
        let hired = |text: &str| {
            let view = fold(text);
            hired_position(&view).map(|r| view[r].to_string())
        };
        for (text, want) in [
            (
                "国防部勤务大队编制内聘二等行政管理员1员",
                Some("二等行政管理员"),
            ),
            ("现招聘会展项目经理一名。", Some("会展项目经理")),
            ("聘用保安员2名", Some("保安员")),
            // The label's verb does not reach past its colon.
            ("招聘人数:行政管理员1名", None),
            ("应聘者需具备三年以上经验", None),
        ] {
            assert_eq!(hired(text).as_deref(), want, "{text}");
        }
        let counted = |text: &str| {
            let view = fold(text);
            counted_position(&view).map(|r| view[r].to_string())
        };
        for (text, want) in [
            ("行政管理员1名", Some("行政管理员")),
            ("保安员 2人", Some("保安员")),
            ("2人", None),
            ("工作人员3名", None),
            ("保安员2名,要求退伍军人", None),
        ] {
            assert_eq!(counted(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn should_find_the_job_a_question_asks_about() {
        for (view, want) in [
            ("【投递员是干什么的】", Some("投递员")),
            ("厨师长是什么职务", Some("厨师长")),
            ("城镇社区专职工作人员是什么", Some("城镇社区专职工作人员")),
            ("药品验收员要做哪些工作?", Some("药品验收员")),
            // A job's something, or nobody's job.
            ("直播场控的具体职责范围是什么", None),
            ("岗位职责是什么", None),
            ("这是什么", None),
        ] {
            assert_eq!(asked_position(view), want, "{view}");
        }
    }

    #[test]
    fn should_know_a_positions_name() {
        for (text, want) in [
            ("仓库保管员", true),
            ("旅行社计调岗位职责", true),
            ("出境领队", true),
            ("直播场控", true),
            ("电商中心总监", true),
            ("仓储中心人员构成及", false),
            ("岗位职责", false),
            ("负责巡逻", false),
        ] {
            assert_eq!(is_position_title(&fold(text)), want, "{text}");
        }
    }

    #[test]
    fn should_find_a_count_glued_to_a_name() {
        for (text, want) in [
            ("社工員1名", Some("社工員".len())),
            ("教保员三名", Some("教保员".len())),
            ("普工10人", Some("普工".len())),
            ("1名", Some(0)),
            ("负责人", None),
            ("社工員", None),
        ] {
            assert_eq!(glued_headcount(text), want, "{text}");
        }
    }

    #[test]
    fn should_find_a_superior_named_in_a_sentence() {
        for (text, want) in [
            ("司机的直接上级是车辆主管。", Some("车辆主管")),
            (
                "1、在保安队长的领导下,负责本班的日常管理工作。",
                Some("保安队长"),
            ),
            ("在财务科长的领导下,负责", Some("财务科长")),
            ("直接向厨师长负责", Some("厨师长")),
            ("一、在领班的直接领导下工作。", Some("领班")),
            ("在班主任的指导下,负责本班幼儿的生活照料", Some("班主任")),
            ("在公司的领导下,负责", None),
            ("向客户汇报工作进展", None),
        ] {
            let got = superior_in_sentence(text).map(|r| &text[r]);
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn should_know_a_position_and_its_count() {
        for (text, want) in [
            ("小学数学教师1名", true),
            ("艺体教师 1名", true),
            ("艺体教师 一名", true),
            ("艺体教师", false),
            ("负责招聘 1名", false),
            ("共招聘 3 人", false),
        ] {
            assert_eq!(is_counted_position(text), want, "{text}");
        }
    }

    #[test]
    fn should_tell_a_blank_forms_notes_from_other_parentheticals() {
        for (text, want) in [
            ("(填写该岗位所在的一级部门)", true),
            ("(格式:部门代码-序号)", true),
            ("(指直接下达工作指令的岗位)", true),
            ("(示例:大专及以上)", true),
            ("(限男性)", false),
            ("(含试用期)", false),
            ("填写该岗位所在的一级部门", false),
        ] {
            assert_eq!(is_form_hint(&fold(text)), want, "{text}");
        }
    }

    #[test]
    fn should_find_the_publisher_of_a_hiring_notice() {
        for (title, want) in [
            (
                "某某生态农业有限公司招聘农业技术员启事",
                Some("某某生态农业有限公司"),
            ),
            (
                "某某县教育局2024年招聘幼儿园保育员公告",
                Some("某某县教育局"),
            ),
            (
                "某某市第五幼儿园公开招聘非在编保育员公告",
                Some("某某市第五幼儿园"),
            ),
            // No organization's ending; no position named.
            ("关于招聘保育员的公告", None),
            ("某某有限公司招聘公告", None),
        ] {
            let view = fold(title);
            let got = notice_organization(&view).map(|r| &view[r]);
            assert_eq!(got, want, "{title}");
        }
    }

    #[test]
    fn should_find_the_position_a_hiring_notice_or_headline_names() {
        for (title, want) in [
            ("某某生态农业有限公司招聘农业技术员启事", Some("农业技术员")),
            ("某某市增設非營利幼兒園 招考52名教保員", Some("教保员")),
            (
                "年後搶人才 某某科技徵設備工程師 月薪4萬至6萬元不等",
                Some("设备工程师"),
            ),
            // A headline without a count, and a notice for no position.
            ("物流园招聘会今日开幕", None),
            ("某某有限公司招聘公告", None),
        ] {
            let view = fold(title);
            let got = notice_position(&view).map(|r| &view[r]);
            assert_eq!(got, want, "{title}");
        }
    }

    #[test]
    fn should_list_every_word_once_in_each_table() {
        let tables: Vec<(&str, Vec<&str>)> = vec![
            (
                "SECTIONS",
                SECTIONS
                    .iter()
                    .flat_map(|(_, w)| w.iter().copied())
                    .collect(),
            ),
            (
                "LABELS",
                LABELS.iter().flat_map(|(_, w)| w.iter().copied()).collect(),
            ),
            (
                "DUTY_COLUMNS",
                DUTY_COLUMNS
                    .iter()
                    .flat_map(|(_, w)| w.iter().copied())
                    .collect(),
            ),
            ("EDUCATION", EDUCATION.iter().map(|(w, _)| *w).collect()),
            (
                "CHROME_LINES",
                CHROME_LINES.iter().map(|(w, _)| *w).collect(),
            ),
            (
                "CHROME_PREFIXES",
                CHROME_PREFIXES.iter().map(|(w, _)| *w).collect(),
            ),
            (
                "CHROME_INFIXES",
                CHROME_INFIXES.iter().map(|(w, _)| *w).collect(),
            ),
            ("OVERLAPS", OVERLAPS.iter().map(|(w, _)| *w).collect()),
            (
                "INTRO_HEADINGS",
                INTRO_HEADINGS.iter().map(|(w, _)| *w).collect(),
            ),
            (
                "TARGET_PREFIXES",
                TARGET_PREFIXES.iter().map(|(w, _)| *w).collect(),
            ),
            (
                "TARGET_SUFFIXES",
                TARGET_SUFFIXES.iter().map(|(w, _)| *w).collect(),
            ),
            (
                "PAY_PREFIXES",
                PAY_PREFIXES.iter().map(|(w, _)| *w).collect(),
            ),
            ("PAY_PERIODS", PAY_PERIODS.iter().map(|(w, _)| *w).collect()),
            (
                "COLON_HEADINGS",
                COLON_HEADINGS.iter().map(|(w, _)| *w).collect(),
            ),
        ];
        for (name, words) in tables {
            assert_eq!(
                repeated(words),
                Vec::<String>::new(),
                "{name} lists these twice"
            );
        }
    }

    #[test]
    fn should_list_every_word_once_in_each_list() {
        assert_each_list_once(&[
            ("TITLE_WORDS", TITLE_WORDS),
            ("NONE_VALUES", NONE_VALUES),
            ("TEMPLATE_PHRASES", TEMPLATE_PHRASES),
            ("SIGNOFF_PREFIXES", SIGNOFF_PREFIXES),
            ("HEADING_SUFFIXES", HEADING_SUFFIXES),
            ("HEADING_MODIFIERS", HEADING_MODIFIERS),
            ("FORM_HINT_WORDS", FORM_HINT_WORDS),
            ("POSTING_TAGS", POSTING_TAGS),
            ("PAY_FILLERS", PAY_FILLERS),
            ("DEPARTMENT_ENDINGS", DEPARTMENT_ENDINGS),
            ("SITE_SUFFIXES", SITE_SUFFIXES),
            ("SPAM_WORDS", SPAM_WORDS),
            ("DOC_TITLE_SUFFIXES", DOC_TITLE_SUFFIXES),
            ("JOB_TITLE_SUFFIXES", JOB_TITLE_SUFFIXES),
            ("JOB_REQUIREMENT_SUFFIXES", JOB_REQUIREMENT_SUFFIXES),
            ("COLLECTIVE_WORDS", COLLECTIVE_WORDS),
            ("NOTE_OPENERS", NOTE_OPENERS),
            ("REQUIREMENT_ASKS", REQUIREMENT_ASKS),
            ("NAMED_REQUIREMENT_WORDS", NAMED_REQUIREMENT_WORDS),
            ("DUTY_NAME_ENDINGS", DUTY_NAME_ENDINGS),
            ("DUTY_STARTS", DUTY_STARTS),
            ("DUTY_WEIGHTS", DUTY_WEIGHTS),
            ("LANGUAGES", LANGUAGES),
            ("PHYSICAL_WORDS", PHYSICAL_WORDS),
            ("EXPERIENCE_WORDS", EXPERIENCE_WORDS),
            ("EDUCATION_BETWEEN", EDUCATION_BETWEEN),
            ("TARGET_UNITS", TARGET_UNITS),
            ("NOTICE_VERBS", NOTICE_VERBS),
            ("ANSWER_WORDS", ANSWER_WORDS),
            ("REPLY_MARKS", REPLY_MARKS),
            ("QUESTION_TAILS", QUESTION_TAILS),
            ("NOTICE_ENDINGS", NOTICE_ENDINGS),
            ("NOTICE_TERMS", NOTICE_TERMS),
            ("NOTICE_GENERIC_NAMES", NOTICE_GENERIC_NAMES),
            ("NOTICE_ORGANIZATION_ENDINGS", NOTICE_ORGANIZATION_ENDINGS),
            ("MINIMUM_WORDS", MINIMUM_WORDS),
            ("COUNT_UNITS", COUNT_UNITS),
            ("PAGE_IMAGE_STARTS", PAGE_IMAGE_STARTS),
            ("CONVERTER_WATERMARKS", CONVERTER_WATERMARKS),
            ("GENERAL_PROVISIONS", GENERAL_PROVISIONS),
            ("BOARD_SUBJECT_WORDS", BOARD_SUBJECT_WORDS),
            ("OPENING_WORDS", OPENING_WORDS),
            ("AGE_BOUNDS", AGE_BOUNDS),
            ("AGE_MAX_BEFORE", AGE_MAX_BEFORE),
            ("AGE_MIN_BEFORE", AGE_MIN_BEFORE),
            ("AGE_UNITS", AGE_UNITS),
            ("CERTIFICATE_ENDINGS", CERTIFICATE_ENDINGS),
            ("CHROME_WORDS", CHROME_WORDS),
        ]);
    }

    #[test]
    fn should_list_every_word_once_in_each_of_the_other_lists() {
        assert_each_list_once(&[
            ("COLLECTION_SUFFIX_WORDS", COLLECTION_SUFFIX_WORDS),
            ("COLLECTION_WORDS", COLLECTION_WORDS),
            ("DUTY_INTRO_CUES", DUTY_INTRO_CUES),
            ("DUTY_VERB_STARTS", DUTY_VERB_STARTS),
            ("FULL_MARKS", FULL_MARKS),
            ("HEADLINE_VERBS", HEADLINE_VERBS),
            ("HOLD_QUALIFIERS", HOLD_QUALIFIERS),
            ("HOLD_VERBS", HOLD_VERBS),
            ("HOME_WORDS", HOME_WORDS),
            ("INTRO_ENDS", INTRO_ENDS),
            ("INTRO_SUBJECT_ENDS", INTRO_SUBJECT_ENDS),
            ("LEVEL_TAILS", LEVEL_TAILS),
            ("MAJOR_LEADS", MAJOR_LEADS),
            ("MAJOR_QUALIFIERS", MAJOR_QUALIFIERS),
            ("MAJOR_TAILS", MAJOR_TAILS),
            ("MAJOR_WORDS", MAJOR_WORDS),
            ("NEGOTIABLE", NEGOTIABLE),
            ("NEW_TITLE_INFIXES", NEW_TITLE_INFIXES),
            ("NEW_TITLE_SUFFIXES", NEW_TITLE_SUFFIXES),
            ("NOT_MAJOR_WORDS", NOT_MAJOR_WORDS),
            ("ORGANIZATION_ENDINGS", ORGANIZATION_ENDINGS),
            ("OR_ABOVE", OR_ABOVE),
            ("PAY_BOUNDS", PAY_BOUNDS),
            ("POSITION_LABEL_ENDINGS", POSITION_LABEL_ENDINGS),
            ("POSITION_SUFFIXES", POSITION_SUFFIXES),
            ("POSTING_ORDINAL_WORDS", POSTING_ORDINAL_WORDS),
            ("POST_STANDARD_ENDINGS", POST_STANDARD_ENDINGS),
            ("QUESTION_ENDINGS", QUESTION_ENDINGS),
            ("HIRING_VERBS", HIRING_VERBS),
            ("CAPTION_OPENERS", CAPTION_OPENERS),
            ("CAPTION_ENDINGS", CAPTION_ENDINGS),
            ("CREDIT_LINE_ENDINGS", CREDIT_LINE_ENDINGS),
            ("ALTERNATIVES_INTROS", ALTERNATIVES_INTROS),
            ("JOB_QUESTION_ENDINGS", JOB_QUESTION_ENDINGS),
            ("RECRUITING_WORDS", RECRUITING_WORDS),
            ("REQUIREMENT_CUES", REQUIREMENT_CUES),
            ("REQUIREMENT_INFIXES", REQUIREMENT_INFIXES),
            ("ROLE_VERBS", ROLE_VERBS),
            ("SEPARATOR_WORDS", SEPARATOR_WORDS),
            ("TITLE_RECRUITING", TITLE_RECRUITING),
            ("WEEK_WORDS", WEEK_WORDS),
            ("WORK_WORDS", WORK_WORDS),
            ("YEAR_BOUNDS", YEAR_BOUNDS),
        ]);
    }

    fn assert_each_list_once(lists: &[(&str, &[&str])]) {
        for (name, words) in lists {
            assert_eq!(
                repeated(words.iter().copied()),
                Vec::<String>::new(),
                "{name} lists these twice"
            );
        }
    }

    #[test]
    fn should_say_which_reading_wins_for_every_word_that_is_label_and_heading() {
        let labels: std::collections::HashSet<String> = LABELS
            .iter()
            .flat_map(|(_, w)| w.iter().map(|w| fold(w)))
            .collect();
        let both: std::collections::BTreeSet<String> = SECTIONS
            .iter()
            .flat_map(|(_, w)| w.iter().map(|w| fold(w)))
            .filter(|w| labels.contains(w))
            .collect();
        let listed: std::collections::BTreeSet<String> =
            OVERLAPS.iter().map(|(w, _)| fold(w)).collect();
        assert_eq!(
            both, listed,
            "OVERLAPS must list exactly the words that are both a label and a section name"
        );
    }

    #[test]
    fn should_build_every_matcher_and_pattern_from_the_tables() {
        // Forcing each matcher compiles every pattern built from the tables.
        assert!(SECTION_MATCHER.at_start("岗位职责").is_some());
        assert!(label("岗位名称").is_some());
        assert!(duty_column_at("职责描述").is_some());
        assert!(chrome_phrase("相关文章").is_some());
        assert!(has_title_word("保安员岗位说明书"));
        assert!(overlap("福利待遇").is_some());
        let _ = &*EDUCATION_MATCHER;
        let _ = &*TEMPLATES;
        for table in [
            SEPARATOR_WORDS,
            POSTING_ORDINAL_WORDS,
            RECRUITING_WORDS,
            HOLD_VERBS,
            MAJOR_WORDS,
            FULL_MARKS,
        ] {
            regex::Regex::new(&alternation(table)).expect("an alternation compiles");
        }
    }

    #[test]
    fn should_find_the_longest_section_alias_at_the_start() {
        let cases = [
            ("工作目标及衡量标准", Some(SectionKey::Objectives)),
            ("岗位职责:", Some(SectionKey::Responsibilities)),
            ("任职资格:", Some(SectionKey::Qualifications)),
            ("工作条件及个人发展", Some(SectionKey::Conditions)),
            ("负责岗位职责", None),
        ];
        for (view, want) in cases {
            assert_eq!(SECTION_MATCHER.at_start(view).map(|m| m.0), want, "{view}");
        }
        assert_eq!(
            SECTION_MATCHER.at_start("工作目标及衡量标准x").unwrap().1,
            27
        );
    }

    #[test]
    fn should_know_traditional_labels_through_folding() {
        assert_eq!(label(&fold("職位名稱")), Some(FieldKey::PositionTitle));
        assert_eq!(label(&fold("直接上司")), Some(FieldKey::Superiors));
        assert_eq!(label(&fold("所屬部門")), Some(FieldKey::Department));
    }
}
