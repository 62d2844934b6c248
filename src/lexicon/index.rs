//! A word list as a trie of characters, for finding its words in a line.
//!
//! The lexicon's lists hold hundreds of short Chinese words. An Aho-Corasick DFA
//! over them is megabytes of transitions, and reading a line through it misses
//! the cache on nearly every byte. Here a line is read a character at a time: a
//! bitmap says whether any word starts with the character (most characters start
//! none), and only then is the trie walked from it, one small sorted child list a
//! character. The tables fit in a few tens of kilobytes.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Which of the words that start at the same place is found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prefer {
    /// The longest (`岗位职责` over `岗位`).
    Longest,
    /// The one listed first.
    Listed,
}

/// Words (ASCII letters matched without regard to case), each with a value.
pub struct WordIndex<V> {
    prefer: Prefer,
    /// One bit per character below U+10000 that starts a word.
    starts: Vec<u64>,
    /// First character (ASCII lower-cased) → its node.
    roots: HashMap<char, u32, BuildHasherDefault<CharHasher>>,
    nodes: Vec<Node<V>>,
    /// Each node's children, by character, in one run per node.
    edges: Vec<(char, u32)>,
}

struct Node<V> {
    /// The word that ends here: its place in the list, and its value.
    value: Option<(usize, V)>,
    children: std::ops::Range<u32>,
}

/// A word found in a line: its byte range and its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found<V> {
    pub start: usize,
    pub end: usize,
    pub value: V,
}

impl<V: Copy> WordIndex<V> {
    /// The index of `words`. When a word is listed twice, its first value is kept.
    pub fn new(words: impl IntoIterator<Item = (String, V)>, prefer: Prefer) -> WordIndex<V> {
        // Built as a map trie first, then laid out flat.
        struct Draft<V> {
            value: Option<(usize, V)>,
            children: std::collections::BTreeMap<char, Draft<V>>,
        }
        let mut root: Draft<V> = Draft {
            value: None,
            children: Default::default(),
        };
        for (place, (word, value)) in words.into_iter().enumerate() {
            if word.is_empty() {
                continue;
            }
            let mut node = &mut root;
            for c in word.chars() {
                node = node
                    .children
                    .entry(c.to_ascii_lowercase())
                    .or_insert_with(|| Draft {
                        value: None,
                        children: Default::default(),
                    });
            }
            node.value.get_or_insert((place, value));
        }
        let mut index = WordIndex {
            prefer,
            starts: vec![0; 1024],
            roots: HashMap::default(),
            nodes: Vec::new(),
            edges: Vec::new(),
        };
        fn lay_out<V: Copy>(index: &mut WordIndex<V>, draft: &Draft<V>) -> u32 {
            let id = index.nodes.len() as u32;
            index.nodes.push(Node {
                value: draft.value,
                children: 0..0,
            });
            let ids: Vec<(char, u32)> = draft
                .children
                .iter()
                .map(|(c, child)| (*c, lay_out(index, child)))
                .collect();
            let from = index.edges.len() as u32;
            index.edges.extend(ids);
            index.nodes[id as usize].children = from..index.edges.len() as u32;
            id
        }
        for (c, child) in &root.children {
            let id = lay_out(&mut index, child);
            index.roots.insert(*c, id);
            for c in [*c, c.to_ascii_uppercase()] {
                if let Some(bit) = bit_of(c) {
                    index.starts[bit / 64] |= 1 << (bit % 64);
                }
            }
        }
        index
    }

    /// May a word start with `c`? (A bitmap, for most characters.)
    fn may_start(&self, c: char) -> bool {
        bit_of(c).is_none_or(|bit| self.starts[bit / 64] & (1 << (bit % 64)) != 0)
    }

    /// The node of the words that start with `c`.
    fn root(&self, c: char) -> Option<u32> {
        if !self.may_start(c) {
            return None;
        }
        self.roots.get(&c.to_ascii_lowercase()).copied()
    }

    fn child(&self, node: u32, c: char) -> Option<u32> {
        let range = &self.nodes[node as usize].children;
        let edges = &self.edges[range.start as usize..range.end as usize];
        let c = c.to_ascii_lowercase();
        if edges.len() < 8 {
            edges.iter().find(|(e, _)| *e == c).map(|(_, id)| *id)
        } else {
            edges
                .binary_search_by_key(&c, |(e, _)| *e)
                .ok()
                .map(|i| edges[i].1)
        }
    }

    /// The longest word that starts `view` at byte `at`: its end and value.
    pub fn at(&self, view: &str, at: usize) -> Option<(usize, V)> {
        let first = view[at..].chars().next()?;
        self.walk(view, at, first)
    }

    /// [`WordIndex::at`] for a line whose character at `at` is `first`.
    fn walk(&self, view: &str, at: usize, first: char) -> Option<(usize, V)> {
        let mut node = self.root(first)?;
        let chars = view[at + first.len_utf8()..]
            .char_indices()
            .map(|(i, c)| (i + first.len_utf8(), c));
        let mut best = self.nodes[node as usize]
            .value
            .map(|(place, v)| (place, at + first.len_utf8(), v));
        for (i, c) in chars {
            match self.child(node, c) {
                Some(next) => node = next,
                None => break,
            }
            if let Some((place, v)) = self.nodes[node as usize].value {
                let better = match (self.prefer, best) {
                    (Prefer::Listed, Some((first, _, _))) => place < first,
                    _ => true,
                };
                if better {
                    best = Some((place, at + i + c.len_utf8(), v));
                }
            }
        }
        best.map(|(_, end, v)| (end, v))
    }

    /// The words of `view`, leftmost and longest, not overlapping.
    pub fn find_iter<'i, 'v>(
        &'i self,
        view: &'v str,
    ) -> impl Iterator<Item = Found<V>> + use<'i, 'v, V> {
        let mut chars = view.char_indices();
        // (Where the last word found ends: no word overlaps it.)
        let mut after = 0;
        std::iter::from_fn(move || {
            for (start, c) in chars.by_ref() {
                if start >= after
                    && self.may_start(c)
                    && let Some((end, value)) = self.walk(view, start, c)
                {
                    after = end;
                    return Some(Found { start, end, value });
                }
            }
            None
        })
    }

    /// Every occurrence of every word in `view`, overlapping ones too, by start:
    /// `(start, end, place in the list)`. What a `match_indices` per word finds.
    pub fn each_match(&self, view: &str, mut found: impl FnMut(usize, usize, usize)) {
        for (at, first) in view.char_indices() {
            let Some(mut node) = self.root(first) else {
                continue;
            };
            let mut end = at + first.len_utf8();
            let mut chars = view[end..].chars();
            loop {
                if let Some((place, _)) = self.nodes[node as usize].value {
                    found(at, end, place);
                }
                match chars.next().and_then(|c| Some((c, self.child(node, c)?))) {
                    Some((c, next)) => {
                        node = next;
                        end += c.len_utf8();
                    }
                    None => break,
                }
            }
        }
    }

    /// The first listed word that occurs in `view`, and where it first does: what
    /// `words.iter().find_map(|w| view.find(w))` gives (with its place in the list).
    pub fn first_listed(&self, view: &str) -> Option<(usize, usize, usize)> {
        let mut best: Option<(usize, usize, usize)> = None;
        self.each_match(view, |start, end, place| {
            if best.is_none_or(|(_, _, p)| place < p) {
                best = Some((start, end, place));
            }
        });
        best
    }

    /// Of every occurrence of every word in `view` (overlapping ones too), the one
    /// that ends last, and among those the word listed last: its start and end. What
    /// `words.iter().filter_map(|w| view.rfind(w)…).max_by_key(end)` gives.
    pub fn last_ending(&self, view: &str) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize, usize)> = None;
        self.each_match(view, |start, end, place| {
            if best.is_none_or(|(_, e, p)| (end, place) > (e, p)) {
                best = Some((start, end, place));
            }
        });
        best.map(|(start, end, _)| (start, end))
    }

    /// Does `view` hold any of the words?
    pub fn is_match(&self, view: &str) -> bool {
        self.find(view).is_some()
    }

    /// The first word in `view` (leftmost, then longest).
    pub fn find(&self, view: &str) -> Option<Found<V>> {
        self.find_iter(view).next()
    }
}

/// Words looked up by how a text ends: those ending in the text's last character,
/// in list order. For `list.iter().find(|w| text.ends_with(w))` over long lists.
pub struct EndIndex<V> {
    by_last: HashMap<char, Vec<(String, V)>, BuildHasherDefault<CharHasher>>,
}

impl<V: Copy> EndIndex<V> {
    /// The index of `words` (an empty word ends nothing here).
    pub fn new(words: impl IntoIterator<Item = (String, V)>) -> EndIndex<V> {
        let mut by_last: HashMap<char, Vec<(String, V)>, BuildHasherDefault<CharHasher>> =
            HashMap::default();
        for (word, value) in words {
            if let Some(last) = word.chars().next_back() {
                by_last.entry(last).or_default().push((word, value));
            }
        }
        EndIndex { by_last }
    }

    /// The first listed word that ends `text`: where it starts in `text`, and its value.
    pub fn first(&self, text: &str) -> Option<(usize, V)> {
        let last = text.chars().next_back()?;
        self.by_last
            .get(&last)?
            .iter()
            .find(|(w, _)| text.ends_with(w.as_str()))
            .map(|(w, v)| (text.len() - w.len(), *v))
    }

    /// Does any of the words end `text`?
    pub fn ends(&self, text: &str) -> bool {
        self.first(text).is_some()
    }
}

/// A hash for `char` keys: one multiplication.
#[derive(Default)]
struct CharHasher(u64);

impl Hasher for CharHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.write_u32(u32::from(*b));
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0 ^ u64::from(n)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

fn bit_of(c: char) -> Option<usize> {
    let n = c as usize;
    (n < 0x10000).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(words: &[&str]) -> WordIndex<usize> {
        let words = words.iter().enumerate().map(|(i, w)| (w.to_string(), i));
        WordIndex::new(words, Prefer::Longest)
    }

    fn found(ix: &WordIndex<usize>, view: &str) -> Vec<(&'static str, usize)> {
        ix.find_iter(view)
            .map(|f| (&*view[f.start..f.end].to_string().leak(), f.value))
            .collect()
    }

    #[test]
    fn leftmost_longest_without_overlap() {
        let ix = index(&["岗位", "岗位职责", "职责", "任职资格", "资格"]);
        let cases: &[(&str, &[(&str, usize)])] = &[
            ("岗位职责:负责", &[("岗位职责", 1)]),
            ("一、岗位 职责", &[("岗位", 0), ("职责", 2)]),
            ("任职资格资格", &[("任职资格", 3), ("资格", 4)]),
            ("没有", &[]),
            ("", &[]),
        ];
        for (view, want) in cases {
            assert_eq!(found(&ix, view), *want, "{view}");
        }
    }

    #[test]
    fn ascii_letters_match_in_any_case() {
        let ix = index(&["KPI", "jd说明"]);
        assert_eq!(found(&ix, "考核kpi与JD说明"), [("kpi", 0), ("JD说明", 1)]);
    }

    #[test]
    fn a_word_listed_twice_keeps_its_first_value() {
        let ix = index(&["职责", "职责"]);
        assert_eq!(ix.at("职责", 0), Some(("职责".len(), 0)));
    }

    #[test]
    fn listed_first_wins_among_words_at_one_place() {
        let words = ["岗位职责", "岗位", "职责说明"].map(|w| (w.to_string(), w));
        let ix = WordIndex::new(words, Prefer::Listed);
        assert_eq!(
            ix.find("一、岗位职责说明").map(|f| f.value),
            Some("岗位职责")
        );
        let words = ["岗位", "岗位职责"].map(|w| (w.to_string(), w));
        let ix = WordIndex::new(words, Prefer::Listed);
        assert_eq!(ix.find("岗位职责").map(|f| f.value), Some("岗位"));
    }

    #[test]
    fn characters_beyond_the_bitmap_are_found() {
        let ix = index(&["𠮷野"]);
        assert_eq!(found(&ix, "a𠮷野b"), [("𠮷野", 0)]);
    }

    #[test]
    fn the_first_listed_ending_is_found() {
        let words = ["岗位说明书", "说明书", "书", "员"].map(|w| (w.to_string(), w));
        let ix = EndIndex::new(words);
        let cases: &[(&str, Option<(usize, &str)>)] = &[
            ("保安员岗位说明书", Some(("保安员".len(), "岗位说明书"))),
            ("作业指导说明书", Some(("作业指导".len(), "说明书"))),
            ("保安员", Some(("保安".len(), "员"))),
            ("员工手册", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(ix.first(text), *want, "{text}");
        }
        assert!(!ix.ends("说明"));
    }

    #[test]
    fn the_occurrence_that_ends_last() {
        let words = ["招聘", "聘", "招", "诚聘"].map(|w| (w.to_string(), ()));
        let ix = WordIndex::new(words, Prefer::Longest);
        let by_rfind = |view: &str| {
            ["招聘", "聘", "招", "诚聘"]
                .iter()
                .filter_map(|v| view.rfind(v).map(|at| (at, at + v.len())))
                .max_by_key(|&(_, end)| end)
        };
        for view in [
            "某公司招聘保安",
            "诚聘厨师 招服务员",
            "招工",
            "没有",
            "",
            "聘招聘",
        ] {
            assert_eq!(ix.last_ending(view), by_rfind(view), "{view}");
        }
    }

    #[test]
    fn the_first_listed_word_where_it_first_occurs() {
        let list = ["经验", "学历", "年龄"];
        let ix = WordIndex::new(list.map(|w| (w.to_string(), ())), Prefer::Longest);
        let by_find = |view: &str| {
            list.iter()
                .enumerate()
                .find_map(|(i, w)| view.find(w).map(|at| (at, at + w.len(), i)))
        };
        for view in [
            "年龄35岁以下,学历大专,学历优先",
            "三年经验",
            "无",
            "学历学历经验",
        ] {
            assert_eq!(ix.first_listed(view), by_find(view), "{view}");
        }
    }
}
