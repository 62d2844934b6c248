#!/usr/bin/env bash
# Benchmarks for jdparse, all on this machine in one run (compare ratios, not
# absolute times). Prints: in-process MB/s on one thread; CLI files/s and MB/s at
# -j1 and -j2 over a 20,000-file archive; peak RSS; the ratio to `cat`; the same
# for an archive ten times larger; and three long inputs of one shape (many headings,
# many items, one huge line) at 1x and 10x. Every figure is printed beside its
# target (issue #13).
#
#   bash bench/run.sh            # BENCH_DIR=/some/dir to keep the archives
set -euo pipefail
cd "$(dirname "$0")/.."

work=${BENCH_DIR:-$(mktemp -d)}
files=${BENCH_FILES:-20000}
echo "== building (release)"
cargo build --release --quiet --bin jdparse --examples

# run LABEL CMD...: wall seconds, peak RSS (KiB) and CPU seconds (user + system) of
# one command, stdout discarded. CPU time shows the work done even when other
# programs share the machine and stretch the wall time.
run() {
  local label=$1; shift
  python3 - "$label" "$@" <<'PY'
import resource, subprocess, sys, time
label, cmd = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
subprocess.run(cmd, stdout=subprocess.DEVNULL, check=False)
secs = time.perf_counter() - start
use = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{label}\t{secs:.3f}\t{use.ru_maxrss}\t{use.ru_utime + use.ru_stime:.3f}")
PY
}

bytes_of() { du -sb --apparent-size "$1" | cut -f1; }

echo "== generating archives under $work"
[ -d "$work/small" ] || ./target/release/examples/gen_archive --files "$files" --out "$work/small"
[ -d "$work/large" ] || ./target/release/examples/gen_archive --files $((files * 10)) --out "$work/large"
small_bytes=$(bytes_of "$work/small")
large_bytes=$(bytes_of "$work/large")

echo "== in-process, one thread, corpus mix (target >= 60 MB/s per thread)"
./target/release/examples/throughput corpus 5

results=$(mktemp)
# Warm the page cache first, so every figure reads from memory.
find "$work/small" -type f -print0 | xargs -0 cat > /dev/null
run "cat small" bash -c "find '$work/small' -type f -print0 | xargs -0 cat" >> "$results"
run "j1 small" ./target/release/jdparse parse -q -j1 "$work/small" >> "$results"
run "j2 small" ./target/release/jdparse parse -q -j2 "$work/small" >> "$results"
# The same files parsed in-process, one pass on one thread: what -j1 costs beyond it
# is the CLI's own work (walking, reading, serializing, writing, hand-over).
run "lib small" ./target/release/examples/throughput "$work/small" 0.001 >> "$results"
find "$work/large" -type f -print0 | xargs -0 cat > /dev/null
run "cat large" bash -c "find '$work/large' -type f -print0 | xargs -0 cat" >> "$results"
run "j2 large" ./target/release/jdparse parse -q -j2 "$work/large" >> "$results"

python3 - "$results" "$files" "$small_bytes" "$large_bytes" <<'PY'
import sys
rows = {l.split("\t")[0]: l.split("\t")[1:] for l in open(sys.argv[1]).read().splitlines()}
files, small, large = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
def secs(k): return float(rows[k][0])
def rss(k): return int(rows[k][1]) / 1024
def cpu(k): return float(rows[k][2])
print(f"== CLI over {files} files, {small/1e6:.1f} MB")
for j in ("j1", "j2"):
    s = secs(f"{j} small")
    print(f"  -{j}: {files/s:,.0f} files/s, {small/1e6/s:.1f} MB/s, peak RSS {rss(f'{j} small'):.0f} MB, {s/secs('cat small'):.1f}x the time of cat (target for -j2: <= 2x), CPU {cpu(f'{j} small'):.2f} s")
machinery = 1 - cpu("lib small") / cpu("j1 small")
print(f"  in-process, one pass over the same files: CPU {cpu('lib small'):.2f} s, so the CLI's own work is {machinery:.0%} of -j1's CPU time")
s10 = secs("j2 large")
print(f"== CLI over {files*10} files, {large/1e6:.1f} MB (ten times)")
print(f"  -j2: {files*10/s10:,.0f} files/s, {large/1e6/s10:.1f} MB/s, peak RSS {rss('j2 large'):.0f} MB")
print(f"  time ratio large/small: {s10/secs('j2 small'):.2f} (linear: 10, target <= 11)")
print(f"  peak RSS: {rss('j2 small'):.0f} MB and {rss('j2 large'):.0f} MB (target <= 64 MB at both sizes)")
PY

echo "== long inputs of one shape, each at 1x and 10x (targets: >= 25 MB/s; 10x the input in <= 11x the time)"
# The shapes of tests/pathological.rs and tests/linearity.rs: many headings, many
# list items, one huge line of run-together clauses.
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
def headings(n): return "".join(["岗位职责\n", "任职资格\n", "工作关系\n"][i % 3] for i in range(n))
def items(n): return "岗位职责:\n" + "".join(f"{i}、负责第{i}号岗位的巡逻;\n" for i in range(1, n + 1))
def one_line(size): return "岗位职责:" + "负责小区巡查,发现问题及时处理;" * (size // 45)
for scale, tag in ((1, "1x"), (10, "10x")):
    open(f"{work}/headings-{tag}.txt", "w").write(headings(100_000 * scale))
    open(f"{work}/items-{tag}.txt", "w").write(items(200_000 * scale))
    open(f"{work}/one_line-{tag}.txt", "w").write(one_line(10_000_000 * scale))
PY
shapes=$(mktemp)
for f in headings items one_line; do
  for tag in 1x 10x; do
    line=$(run "$f-$tag" ./target/release/jdparse parse -q --max-file-size 1G "$work/$f-$tag.txt")
    echo "$line	$(bytes_of "$work/$f-$tag.txt")" >> "$shapes"
  done
done
python3 - "$shapes" <<'PY'
import sys
rows = {}
for l in open(sys.argv[1]).read().splitlines():
    label, secs, rss, _cpu, size = l.split("\t")
    rows[label] = (float(secs), int(rss) / 1024, int(size) / 1e6)
names = {"headings": "100,000 headings", "items": "200,000 list items", "one_line": "one 10 MB line"}
for shape, name in names.items():
    s1, r1, m1 = rows[f"{shape}-1x"]
    s10, r10, m10 = rows[f"{shape}-10x"]
    speed = m1 / s1
    ratio = s10 / s1
    print(f"  {name} ({m1:.1f} MB): {speed:.1f} MB/s (target >= 25), peak RSS {r1:.0f} MB = {r1 / m1:.1f}x the input")
    print(f"    10x ({m10:.0f} MB): {m10 / s10:.1f} MB/s, {ratio:.1f}x the time (target <= 11), peak RSS {r10:.0f} MB = {r10 / m10:.1f}x the input (target for one huge input: <= 5x)")
PY
[ -n "${BENCH_DIR:-}" ] || rm -rf "$work"
