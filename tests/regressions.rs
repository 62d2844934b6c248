//! Inputs the fuzzer once crashed on (`tests/regressions/`): each must parse and
//! uphold every invariant.

use jdparse::Options;

use crate::util::root;

#[test]
fn should_parse_every_former_fuzz_crash() {
    let dir = root().join("tests/regressions");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let options = Options::default();
        if let Ok(parsed) = jdparse::parse(&bytes, &options) {
            jdparse::check::invariants(&bytes, &options, &parsed)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
        seen += 1;
    }
    assert!(seen > 0, "the regression inputs are there");
}
