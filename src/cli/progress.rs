//! A progress line on stderr, only on a terminal and only once a batch is large.

use std::io::{self, IsTerminal, Write};

use super::pipeline::Tally;

pub struct Progress {
    enabled: bool,
    bar: Option<indicatif::ProgressBar>,
}

impl Progress {
    /// Batches smaller than this finish before a bar would help.
    const AFTER_FILES: usize = 64;

    /// A progress line when `wanted` and stderr is a terminal.
    pub fn new(wanted: bool) -> Progress {
        Progress {
            enabled: wanted && io::stderr().is_terminal(),
            bar: None,
        }
    }

    pub fn update(&mut self, tally: &Tally) {
        if !self.enabled || tally.files < Self::AFTER_FILES {
            return;
        }
        let bar = self.bar.get_or_insert_with(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            // A plain template: no colours, so NO_COLOR and dumb terminals are respected.
            let style =
                indicatif::ProgressStyle::with_template("{spinner} {pos} files  {msg}  {elapsed}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner());
            bar.set_style(style);
            bar
        });
        bar.set_position(tally.files as u64);
        bar.set_message(format!(
            "{} records, {} failed",
            tally.records, tally.failed
        ));
    }

    /// Prints a message line without tearing the bar.
    pub fn say(&self, line: &str) -> io::Result<()> {
        match &self.bar {
            Some(bar) => bar.suspend(|| writeln!(io::stderr(), "{line}")),
            None => writeln!(io::stderr(), "{line}"),
        }
    }

    pub fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}
