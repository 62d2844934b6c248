//! Which walked entries are read: hidden names and operating-system or editor junk
//! are skipped unless `--no-ignore`, and `--glob` picks files gitignore-style.
//!
//! Only entries found by walking a directory are filtered; a path named on the
//! command line or in `--paths-from` is always read.

use std::ffi::OsStr;
use std::path::Path;

use globset::{Glob, GlobBuilder, GlobSet, GlobSetBuilder};

/// Is this name skipped by default: hidden (`.name`), or junk that operating systems
/// and editors leave beside documents (thumbnail caches, folder settings, Office and
/// LibreOffice lock files)? Thumbs.db would otherwise read as a legacy `.doc`.
pub fn ignored(name: &OsStr) -> bool {
    let name = name.to_string_lossy();
    let lower = name.to_lowercase();
    name.starts_with('.')
        || name.starts_with("~$")
        || matches!(lower.as_str(), "thumbs.db" | "ehthumbs.db" | "desktop.ini")
}

/// The `--glob` patterns, gitignore-style: a pattern without `/` matches a name at
/// any depth, one with `/` matches the path below the directory argument (a leading
/// `/` anchors it there), a trailing `/` matches directories only, `!` excludes, and
/// the last pattern that matches decides.
#[derive(Debug)]
pub struct Globs {
    set: GlobSet,
    rules: Vec<Rule>,
    /// With any including pattern, a file no pattern matches is left out.
    includes: bool,
}

#[derive(Debug)]
struct Rule {
    exclude: bool,
    dirs_only: bool,
}

impl Globs {
    /// Compiles the patterns; `None` when there are none.
    pub fn new(patterns: &[String]) -> Result<Option<Globs>, globset::Error> {
        if patterns.is_empty() {
            return Ok(None);
        }
        let mut set = GlobSetBuilder::new();
        let mut rules = Vec::new();
        for pattern in patterns {
            let (exclude, pattern) = match pattern.strip_prefix('!') {
                Some(rest) => (true, rest),
                None => (false, pattern.as_str()),
            };
            let (dirs_only, pattern) = match pattern.strip_suffix('/') {
                Some(rest) => (true, rest),
                None => (false, pattern),
            };
            let pattern = match pattern.strip_prefix('/') {
                Some(anchored) => anchored.to_string(),
                None if pattern.contains('/') => pattern.to_string(),
                None => format!("**/{pattern}"),
            };
            set.add(glob(&pattern)?);
            rules.push(Rule { exclude, dirs_only });
        }
        Ok(Some(Globs {
            set: set.build()?,
            includes: rules.iter().any(|r| !r.exclude),
            rules,
        }))
    }

    /// Is the walked entry at `relative` (below its directory argument) kept? A
    /// directory is only ever left out by an excluding pattern.
    pub fn keeps(&self, relative: &Path, is_dir: bool) -> bool {
        let last = self
            .set
            .matches(relative)
            .into_iter()
            .rev()
            .find(|&i| is_dir || !self.rules[i].dirs_only);
        match last {
            Some(i) => !self.rules[i].exclude,
            None => is_dir || !self.includes,
        }
    }
}

fn glob(pattern: &str) -> Result<Glob, globset::Error> {
    // `*` stays within one path component, as in .gitignore.
    GlobBuilder::new(pattern).literal_separator(true).build()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn globs(patterns: &[&str]) -> Globs {
        let patterns: Vec<String> = patterns.iter().map(|p| p.to_string()).collect();
        Globs::new(&patterns).unwrap().unwrap()
    }

    #[test]
    fn should_skip_system_and_editor_junk_and_hidden_names() {
        for name in [
            "Thumbs.db",
            "thumbs.db",
            "desktop.ini",
            "Desktop.ini",
            ".DS_Store",
            "~$岗位说明书.docx",
            ".~lock.岗位说明书.docx#",
            ".git",
        ] {
            assert!(ignored(OsStr::new(name)), "{name} should be skipped");
        }
        for name in ["岗位说明书.docx", "thumbs.db.txt", "a~$b.txt"] {
            assert!(!ignored(OsStr::new(name)), "{name} should be read");
        }
    }

    #[test]
    fn should_match_a_name_at_any_depth_and_a_path_from_the_top() {
        let g = globs(&["*.txt"]);
        assert!(g.keeps(Path::new("a.txt"), false));
        assert!(g.keeps(Path::new("d/e/a.txt"), false));
        assert!(!g.keeps(Path::new("d/a.html"), false));
        assert!(
            g.keeps(Path::new("d"), true),
            "directories should still be walked"
        );
        let g = globs(&["hr/*.txt"]);
        assert!(g.keeps(Path::new("hr/a.txt"), false));
        assert!(
            !g.keeps(Path::new("hr/sub/a.txt"), false),
            "a `*` should not cross a `/`"
        );
        assert!(!g.keeps(Path::new("x/hr/a.txt"), false));
    }

    #[test]
    fn should_let_the_last_matching_glob_decide() {
        let g = globs(&["*.txt", "!draft*"]);
        assert!(g.keeps(Path::new("a.txt"), false));
        assert!(!g.keeps(Path::new("draft1.txt"), false));
        let g = globs(&["!draft*", "draft-final.txt"]);
        assert!(g.keeps(Path::new("draft-final.txt"), false));
        assert!(!g.keeps(Path::new("draft1.txt"), false));
        assert!(
            !g.keeps(Path::new("a.html"), false),
            "with an include, the rest is left out"
        );
        let g = globs(&["!draft*"]);
        assert!(
            g.keeps(Path::new("a.html"), false),
            "only excludes: the rest is kept"
        );
    }

    #[test]
    fn should_prune_an_excluded_directory() {
        let g = globs(&["!old/"]);
        assert!(!g.keeps(Path::new("2019/old"), true));
        assert!(
            g.keeps(Path::new("2019/old"), false),
            "a trailing / means directories only"
        );
        let g = globs(&["!/old"]);
        assert!(!g.keeps(Path::new("old"), true));
        assert!(
            g.keeps(Path::new("2019/old"), true),
            "a leading / anchors at the top"
        );
    }
}
