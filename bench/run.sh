#!/usr/bin/env bash
# Benchmarks for jdparse, all on this machine in one run (compare ratios, not
# absolute times). Prints: in-process MB/s on one thread; CLI files/s and MB/s at
# -j1 and -j2 over a 20,000-file archive; peak RSS; the ratio to `cat`; the same
# for an archive ten times larger; and the two pathological inputs.
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

echo "== in-process, one thread, corpus mix"
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
    print(f"  -{j}: {files/s:,.0f} files/s, {small/1e6/s:.1f} MB/s, peak RSS {rss(f'{j} small'):.0f} MB, {s/secs('cat small'):.1f}x the time of cat (target for -j2: 2x), CPU {cpu(f'{j} small'):.2f} s")
machinery = 1 - cpu("lib small") / cpu("j1 small")
print(f"  in-process, one pass over the same files: CPU {cpu('lib small'):.2f} s, so the CLI's own work is {machinery:.0%} of -j1's CPU time")
s10 = secs("j2 large")
print(f"== CLI over {files*10} files, {large/1e6:.1f} MB (ten times)")
print(f"  -j2: {files*10/s10:,.0f} files/s, {large/1e6/s10:.1f} MB/s, peak RSS {rss('j2 large'):.0f} MB")
print(f"  time ratio large/small: {s10/secs('j2 small'):.2f} (linear: 10, target <= 11)")
print("targets: in-process >= 100 MB/s; -j2 >= 50 MB/s and <= 2x the time of cat; peak RSS <= 64 MB at both sizes")
PY

echo "== pathological inputs (target >= 25 MB/s each)"
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
open(f"{work}/one_line.txt", "w").write("岗位职责:" + "负责小区巡查,发现问题及时处理;" * (10_000_000 // 45))
open(f"{work}/items.txt", "w").write("岗位职责:\n" + "".join(f"{i}、负责第{i}号岗位的巡逻;\n" for i in range(1, 200_001)))
PY
for f in one_line items; do
  size=$(bytes_of "$work/$f.txt")
  line=$(run "$f" ./target/release/jdparse parse -q "$work/$f.txt")
  python3 -c "import sys; l, s, r, _ = sys.argv[1].split('\t'); size = int(sys.argv[2]); print(f'  {l}: {size/1e6:.1f} MB in {float(s):.2f} s = {size/1e6/float(s):.1f} MB/s, peak RSS {int(r)/1024:.0f} MB')" "$line" "$size"
done
[ -n "${BENCH_DIR:-}" ] || rm -rf "$work"
