//! The batch pipeline: a walker thread feeding a bounded channel, `-j` workers that
//! read, parse and render each input, and the writer (the calling thread) that puts
//! the outcomes back in input order and hands them to the sinks.
//!
//! ```text
//! walk ──(seq, inputs)──▶ worker × N ──(seq, outcomes, rendered)──▶ writer ──▶ sinks
//!   ▲                                                                   │
//!   └───────────────────────── free slots ◀─────────────────────────────┘
//! ```
//!
//! Memory stays flat whatever the batch: the walker sends an input only when one of
//! `WINDOW_PER_WORKER × N` slots is free, and the writer frees a slot when it has
//! written an outcome, so inputs in the channel, in the workers and waiting in the
//! reorder buffer together never exceed the window. The workers never wait on each
//! other: a slow input holds back only the writing of the ones after it.
//!
//! Once a batch has shown it is large, inputs travel in chunks of up to
//! `MAX_CHUNK` consecutive ones: every hand-over between threads costs a wake-up,
//! which for small files is a measurable share of the work. The first inputs go one
//! at a time, so that a handful of large files still spreads over all workers.

use std::collections::BTreeMap;
use std::io;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Mutex;
use std::sync::mpsc::{self, Receiver, Sender, SyncSender, TryRecvError};
use std::time::Instant;

use jdparse::{Diagnostic, DiagnosticCode, Options, Severity};

use super::inputs::{self, Input, path_text};
use super::progress::Progress;
use super::sink::{Needs, Outcome, Probe, Sink, Status};

/// Inputs in flight per worker: enough that workers never starve while the writer
/// waits for a slow input, few enough that memory stays small.
const WINDOW_PER_WORKER: usize = 16;

/// The most inputs handed over together.
const MAX_CHUNK: usize = 8;

/// How to run a batch.
pub struct Settings {
    pub jobs: usize,
    /// `--max-file-size`.
    pub max: u64,
    /// Decoding and format options shared by every input.
    pub options: Options,
    pub quiet: bool,
    pub strict: bool,
}

/// Counters for the closing summary and the exit status.
#[derive(Debug, Default)]
pub struct Tally {
    pub files: usize,
    pub records: usize,
    pub failed: usize,
    pub warnings: usize,
    /// Inputs a sink chose not to parse.
    pub unchanged: usize,
    pub bytes: u64,
    pub started: Option<Instant>,
}

/// Consecutive inputs sent to a worker together; the first is number `seq` in
/// input order.
struct Job {
    seq: u64,
    inputs: Vec<Input>,
}

/// A job's outcomes, in its order.
struct Done {
    seq: u64,
    items: Vec<Item>,
}

/// One input's outcome and each sink's rendering of it.
struct Item {
    outcome: Outcome,
    rendered: Vec<anyhow::Result<Vec<u8>>>,
}

/// Runs every input through the workers and the sinks; errors are I/O errors of
/// the sinks' output (a closed stdout), after which the batch stops.
pub fn run<I>(inputs: &mut I, sinks: &[&dyn Sink], settings: &Settings) -> anyhow::Result<Tally>
where
    I: Iterator<Item = Input> + Send,
{
    let jobs = settings.jobs.max(1);
    let window = jobs * WINDOW_PER_WORKER;
    let needs = sinks
        .iter()
        .fold(Needs::default(), |n, s| n.union(s.needs()));
    let (job_tx, job_rx) = mpsc::sync_channel::<Job>(window);
    let job_rx = Mutex::new(job_rx);
    std::thread::scope(|scope| {
        let (slot_tx, slot_rx) = mpsc::sync_channel::<()>(window);
        for _ in 0..window {
            slot_tx
                .send(())
                .expect("the slot channel holds the whole window");
        }
        let (done_tx, done_rx) = mpsc::channel::<Done>();
        scope.spawn(move || walk(inputs, jobs, &slot_rx, &job_tx));
        for _ in 0..jobs {
            let done_tx = done_tx.clone();
            let job_rx = &job_rx;
            scope.spawn(move || work(job_rx, &done_tx, sinks, settings, needs));
        }
        drop(done_tx);
        // Returning (on success or error) drops the writer's ends of the channels,
        // which stops the walker and then the workers.
        write(done_rx, slot_tx, sinks, settings)
    })
}

/// The walker: numbers the inputs and sends them, in chunks that grow with the
/// batch, each input when a slot is free.
fn walk<I: Iterator<Item = Input>>(
    inputs: &mut I,
    workers: usize,
    slots: &Receiver<()>,
    jobs: &SyncSender<Job>,
) {
    let mut chunk = Job {
        seq: 0,
        inputs: Vec::new(),
    };
    for (seq, input) in (0u64..).zip(inputs) {
        if slots.try_recv().is_err() {
            // No free slot: hand over what is gathered before waiting for one.
            if !chunk.inputs.is_empty() && jobs.send(take(&mut chunk, seq)).is_err() {
                return;
            }
            if slots.recv().is_err() {
                return;
            }
        }
        if chunk.inputs.is_empty() {
            chunk.seq = seq;
        }
        chunk.inputs.push(input);
        let limit = (seq as usize / (workers * 4)).clamp(1, MAX_CHUNK);
        if chunk.inputs.len() >= limit && jobs.send(take(&mut chunk, seq + 1)).is_err() {
            return;
        }
    }
    if !chunk.inputs.is_empty() {
        let _ = jobs.send(chunk);
    }
}

/// The gathered chunk, leaving an empty one that starts at `next`.
fn take(chunk: &mut Job, next: u64) -> Job {
    std::mem::replace(
        chunk,
        Job {
            seq: next,
            inputs: Vec::with_capacity(MAX_CHUNK),
        },
    )
}

/// A worker: takes jobs until the walker is done, and sends each job's outcomes
/// with their renderings.
fn work(
    jobs: &Mutex<Receiver<Job>>,
    done: &Sender<Done>,
    sinks: &[&dyn Sink],
    settings: &Settings,
    needs: Needs,
) {
    loop {
        let job = match jobs.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok(Job { seq, inputs }) = job else {
            return;
        };
        let items = inputs
            .into_iter()
            .map(|input| {
                let outcome = process(input, sinks, settings, needs);
                let rendered = sinks.iter().map(|s| s.render(&outcome)).collect();
                Item { outcome, rendered }
            })
            .collect();
        if done.send(Done { seq, items }).is_err() {
            return;
        }
    }
}

/// Reads and parses one input. A panic in the parser fails this input only: the
/// writer would otherwise wait for it forever.
fn process(input: Input, sinks: &[&dyn Sink], settings: &Settings, needs: Needs) -> Outcome {
    let name = match input.path() {
        Some(path) => path_text(path),
        None => inputs::PathText {
            text: "<stdin>".into(),
            as_gbk: None,
            exact: true,
        },
    };
    let mut outcome = Outcome {
        path: input.path().map(|p| p.to_path_buf()),
        name: name.text.clone(),
        size: 0,
        status: Status::Skipped,
        hash: None,
    };
    let bytes = match input {
        Input::Broken { error, .. } => {
            outcome.status = Status::Failed(error);
            return outcome;
        }
        input => match inputs::read(&input, settings.max) {
            Ok(bytes) => bytes,
            Err(error) => {
                outcome.status = Status::Failed(error);
                return outcome;
            }
        },
    };
    outcome.size = bytes.len() as u64;
    let probe = Probe::new(outcome.path.as_deref(), &bytes);
    let skip = sinks.iter().any(|s| s.skip(&probe));
    outcome.hash = probe.into_hash(needs);
    if skip {
        return outcome;
    }
    let options = Options {
        path: input_path(&outcome),
        keep_text: needs.text || settings.options.keep_text,
        ..settings.options.clone()
    };
    let parsed = panic::catch_unwind(AssertUnwindSafe(|| jdparse::parse(&bytes, &options)));
    outcome.status = match parsed {
        Ok(Ok(mut parsed)) => {
            if !name.exact {
                let warning = not_utf8_warning(&name);
                for record in &mut parsed.records {
                    record.diagnostics.push(warning.clone());
                }
                parsed.diagnostics.push(warning);
            }
            Status::Parsed(parsed)
        }
        Ok(Err(error)) => Status::Failed(error),
        Err(_) => Status::Failed(
            io::Error::other("internal error: the parser panicked on this input (a bug)").into(),
        ),
    };
    outcome
}

/// `source.path`: the path as written in messages; `None` for stdin.
fn input_path(outcome: &Outcome) -> Option<String> {
    outcome.path.as_ref().map(|_| outcome.name.clone())
}

fn not_utf8_warning(name: &inputs::PathText) -> Diagnostic {
    let guess = name
        .as_gbk
        .as_ref()
        .map(|g| format!(" (as GBK: {g})"))
        .unwrap_or_default();
    Diagnostic::warning(
        DiagnosticCode::FileNameNotUtf8,
        format!(
            "the file name is not valid UTF-8{guess}; source.path writes its other bytes as \\xNN and a backslash as \\\\"
        ),
        None,
    )
}

/// The writer: puts outcomes back in input order, reports each on stderr, hands it
/// to the sinks, and frees its slot.
fn write(
    done: Receiver<Done>,
    slots: SyncSender<()>,
    sinks: &[&dyn Sink],
    settings: &Settings,
) -> anyhow::Result<Tally> {
    let mut tally = Tally {
        started: Some(Instant::now()),
        ..Tally::default()
    };
    let mut progress = Progress::new(!settings.quiet);
    let mut pending: BTreeMap<u64, Done> = BTreeMap::new();
    let mut next = 0u64;
    loop {
        let item = match done.try_recv() {
            Ok(item) => item,
            Err(TryRecvError::Empty) => {
                // Nothing ready: let a slow reader see what is done so far.
                for sink in sinks {
                    sink.flush()?;
                }
                match done.recv() {
                    Ok(item) => item,
                    Err(_) => break,
                }
            }
            Err(TryRecvError::Disconnected) => break,
        };
        pending.insert(item.seq, item);
        while let Some(done) = pending.remove(&next) {
            let count = done.items.len();
            for item in done.items {
                report(item, sinks, settings, &mut tally, &progress)?;
            }
            next += count as u64;
            for _ in 0..count {
                // The walker may have stopped already; a slot nobody waits for is fine.
                let _ = slots.try_send(());
            }
            progress.update(&tally);
        }
    }
    progress.finish();
    for sink in sinks {
        sink.finish()?;
    }
    Ok(tally)
}

/// Counts one outcome, prints its messages, and gives it to the sinks.
fn report(
    item: Item,
    sinks: &[&dyn Sink],
    settings: &Settings,
    tally: &mut Tally,
    progress: &Progress,
) -> anyhow::Result<()> {
    let Item { outcome, rendered } = item;
    let name = &outcome.name;
    tally.bytes += outcome.size;
    match &outcome.status {
        Status::Skipped => tally.unchanged += 1,
        Status::Failed(error) => {
            tally.files += 1;
            tally.failed += 1;
            progress.say(&format!("jdparse: {name}: {error}"))?;
        }
        Status::Parsed(parsed) => {
            tally.files += 1;
            tally.records += parsed.records.len();
            for d in parsed
                .diagnostics
                .iter()
                .filter(|d| d.severity >= Severity::Warning)
            {
                tally.warnings += 1;
                // Under --strict a warning fails the run, so it is said even with -q.
                if !settings.quiet || settings.strict {
                    let at = d.line.map(|l| format!(":{l}")).unwrap_or_default();
                    progress.say(&format!("jdparse: {name}{at}: warning: {}", d.message))?;
                }
            }
        }
    }
    for (sink, rendered) in sinks.iter().zip(rendered) {
        if !settings.quiet {
            for note in sink.notes(&outcome) {
                progress.say(&format!("jdparse: {name}: note: {note}"))?;
            }
        }
        match rendered {
            Ok(bytes) => sink.write(&outcome, bytes)?,
            Err(error) => {
                tally.failed += 1;
                progress.say(&format!("jdparse: {name}: {error:#}"))?;
            }
        }
    }
    Ok(())
}

impl Tally {
    /// The closing line: counts and throughput.
    pub fn summary(&self) -> String {
        let secs = self
            .started
            .map_or(0.0, |t| t.elapsed().as_secs_f64())
            .max(1e-9);
        let mut line = format!(
            "{} files, {} records, {} failed, {} warnings, {:.1} MB/s",
            self.files,
            self.records,
            self.failed,
            self.warnings,
            self.bytes as f64 / 1e6 / secs
        );
        if self.unchanged > 0 {
            line.push_str(&format!(", {} unchanged", self.unchanged));
        }
        line
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;
    use crate::cli::sink::ContentHash;
    use crate::cli::walk::{Walk, WalkOptions};

    /// A sink that writes down what it is handed, in the order it is handed it.
    #[derive(Default)]
    struct Recorder {
        skip: Option<ContentHash>,
        seen: Mutex<Vec<String>>,
        finished: Mutex<bool>,
    }

    impl Sink for Recorder {
        fn needs(&self) -> Needs {
            Needs {
                text: true,
                hash: false,
            }
        }

        fn skip(&self, probe: &Probe<'_>) -> bool {
            probe.path.is_some() && probe.size > 0 && self.skip.is_some_and(|h| probe.hash() == h)
        }

        fn render(&self, outcome: &Outcome) -> anyhow::Result<Vec<u8>> {
            Ok(outcome.name.clone().into_bytes())
        }

        fn write(&self, outcome: &Outcome, rendered: Vec<u8>) -> io::Result<()> {
            let name = String::from_utf8(rendered).unwrap();
            let name = name.rsplit('/').next().unwrap().to_string();
            let what = match &outcome.status {
                Status::Parsed(p) => {
                    format!("{} records, text {}", p.records.len(), p.text.is_some())
                }
                Status::Failed(_) => "failed".into(),
                Status::Skipped => format!("skipped, hash {}", outcome.hash.is_some()),
            };
            self.seen.lock().unwrap().push(format!("{name}: {what}"));
            Ok(())
        }

        fn finish(&self) -> io::Result<()> {
            *self.finished.lock().unwrap() = true;
            Ok(())
        }
    }

    const JD: &str = "门卫岗位职责\n直接上级:保安队长\n1、负责来访登记;\n";
    const OTHER: &str = "保安员岗位职责\n1、负责巡逻;\n";

    fn folder(name: &str, files: usize) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("jdparse-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for i in 0..files {
            let bytes: &[u8] = match i % 3 {
                0 => JD.as_bytes(),
                1 => OTHER.as_bytes(),
                _ => b"\x89PNG\r\n\x1a\n\0\0",
            };
            std::fs::write(dir.join(format!("{i:03}.txt")), bytes).unwrap();
        }
        dir
    }

    fn run_over(dir: &std::path::Path, sink: &Recorder, jobs: usize) -> Tally {
        let settings = Settings {
            jobs,
            max: 1 << 20,
            options: Options::default(),
            quiet: true,
            strict: false,
        };
        let mut walk = Walk::new(vec![dir.to_path_buf()], WalkOptions::default());
        let tally = run(&mut walk, &[sink as &dyn Sink], &settings).unwrap();
        let _ = std::fs::remove_dir_all(dir);
        tally
    }

    #[test]
    fn should_hand_every_outcome_to_a_sink_in_input_order() {
        let dir = folder("order", 100);
        let recorder = Recorder::default();
        let tally = run_over(&dir, &recorder, 3);
        assert!(
            *recorder.finished.lock().unwrap(),
            "the sink should be finished"
        );
        let seen = recorder.seen.into_inner().unwrap();
        assert_eq!(seen.len(), 100, "every input should reach the sink");
        for (i, line) in seen.iter().enumerate() {
            let expected = match i % 3 {
                2 => format!("{i:03}.txt: failed"),
                _ => format!("{i:03}.txt: 1 records, text true"),
            };
            assert_eq!(line, &expected, "outcomes should come in input order");
        }
        assert_eq!(tally.files, 100);
        assert_eq!(
            tally.failed, 33,
            "failures should reach the sink and the tally"
        );
    }

    #[test]
    fn should_skip_an_input_a_sink_refuses_by_its_content_hash() {
        let dir = folder("skip", 6);
        let recorder = Recorder {
            skip: Some(xxhash_rust::xxh3::xxh3_128(OTHER.as_bytes())),
            ..Recorder::default()
        };
        let tally = run_over(&dir, &recorder, 2);
        let seen = recorder.seen.into_inner().unwrap();
        assert_eq!(
            seen,
            [
                "000.txt: 1 records, text true",
                "001.txt: skipped, hash true",
                "002.txt: failed",
                "003.txt: 1 records, text true",
                "004.txt: skipped, hash true",
                "005.txt: failed",
            ]
        );
        assert_eq!(tally.unchanged, 2);
        assert_eq!(tally.records, 2, "a skipped input should not be parsed");
    }
}
