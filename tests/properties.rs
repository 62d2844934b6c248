//! Property tests: random bytes and mutated corpus documents never panic, and
//! every parse upholds the invariants of `jdparse::check` and the record schema.

use std::sync::LazyLock;

use proptest::prelude::*;

use jdparse::Options;

use crate::schema_check;
use crate::util::corpus_files;

static CORPUS: LazyLock<Vec<Vec<u8>>> = LazyLock::new(|| {
    corpus_files()
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .collect()
});

static SCHEMA: LazyLock<serde_json::Value> = LazyLock::new(jdparse::model::schema);

/// Parses and checks every invariant; input that is refused must be refused cleanly.
fn holds(bytes: &[u8]) -> Result<(), TestCaseError> {
    let options = Options::default();
    let Ok(parsed) = jdparse::parse(bytes, &options) else {
        return Ok(());
    };
    jdparse::check::invariants(bytes, &options, &parsed).map_err(TestCaseError::fail)?;
    for record in &parsed.records {
        let value = serde_json::to_value(record).unwrap();
        if let Some(e) = schema_check::errors(&SCHEMA, &value).first() {
            return Err(TestCaseError::fail(format!("schema: {e}")));
        }
    }
    Ok(())
}

/// A corpus document with some lines shuffled, some bytes flipped, or half of it
/// re-encoded as GBK.
fn mutated() -> impl Strategy<Value = Vec<u8>> {
    (0..CORPUS.len(), any::<u64>(), 0u8..4).prop_map(|(i, seed, how)| {
        let doc = CORPUS[i].clone();
        let mut state = seed | 1;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        match how {
            0 => {
                let mut bytes = doc;
                for _ in 0..(1 + next() % 8) {
                    if !bytes.is_empty() {
                        let at = (next() as usize) % bytes.len();
                        bytes[at] ^= 1 << (next() % 8);
                    }
                }
                bytes
            }
            1 => {
                let text = String::from_utf8_lossy(&doc).into_owned();
                let mut lines: Vec<&str> = text.lines().collect();
                for i in (1..lines.len()).rev() {
                    lines.swap(i, (next() as usize) % (i + 1));
                }
                lines.join("\n").into_bytes()
            }
            2 => {
                let text = String::from_utf8_lossy(&doc).into_owned();
                let mid = text
                    .char_indices()
                    .nth(text.chars().count() / 2)
                    .map_or(0, |(i, _)| i);
                let (a, b) = text.split_at(mid);
                [a.as_bytes(), &encoding_rs::GBK.encode(b).0].concat()
            }
            _ => {
                let cut = (next() as usize) % (doc.len() + 1);
                doc[..cut].to_vec()
            }
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn should_hold_on_random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        holds(&bytes)?;
    }

    #[test]
    fn should_hold_on_random_text(text in "[\\PC\\n:;、(1一①a-zA-Z岗位职责任职资格直接上级篇:]{0,400}") {
        holds(text.as_bytes())?;
    }

    #[test]
    fn should_hold_on_mutated_corpus_documents(bytes in mutated()) {
        holds(&bytes)?;
    }
}
