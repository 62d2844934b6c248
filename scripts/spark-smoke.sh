#!/usr/bin/env bash
# Smoke test of the Spark job on this machine (needs Java 17 and the PyPI
# registry): installs pyspark into a virtual environment, builds jdparse, runs
# scripts/spark/convert.py in local mode over a copy of corpus/ plus an empty file
# and a file with no job description, and checks that Spark produced the same
# records as `jdparse parse` run directly (same count, same files and titles) and
# one `"records":0` row for each of the two extra files. Prints one summary line;
# exits non-zero on any difference.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=${SMOKE_DIR:-$(mktemp -d)}
command -v java >/dev/null || { echo "spark-smoke: Java 17 is needed (java not found)"; exit 1; }

if [ ! -x "$work/venv/bin/spark-submit" ]; then
  python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install --quiet pyspark
fi
cargo build --release --quiet --bin jdparse
# spark-submit finds its home and Python through the environment's `python`.
export PATH="$work/venv/bin:$PATH"
export PYSPARK_PYTHON="$work/venv/bin/python" PYSPARK_DRIVER_PYTHON="$work/venv/bin/python"

# The corpus, an empty file and a file with no job description: each must be a row.
input="$work/input"
rm -rf "$work/out" "$input"
cp -r "$root/corpus" "$input"
: > "$input/empty.txt"
printf '会议纪要\n本周五下午三点在三楼会议室开会。\n' > "$input/no_job.txt"

"$work/venv/bin/spark-submit" --master 'local[2]' --conf spark.ui.enabled=false \
  --files "$root/target/release/jdparse" scripts/spark/convert.py "$input" "$work/out" --format jsonl \
  > "$work/spark.log" 2>&1 || { tail -n 30 "$work/spark.log"; echo "spark-smoke: spark-submit failed"; exit 1; }

./target/release/jdparse parse -q "$input" > "$work/direct.ndjson" || true

python3 - "$work/out" "$work/direct.ndjson" "$input" <<'PY'
import glob, json, os, sys
out, direct, root = sys.argv[1:]
def rel(path):
    path = path[len("file:"):] if path.startswith("file:") else path
    return os.path.relpath(path, root)
def key_spark(r):
    src = r.get("source", {})
    return (rel(src.get("id", "")), src.get("index"), r.get("title"))
def key_direct(r):
    src = r["source"]
    return (rel(src["path"]), src["index"], r.get("title"))
spark = [json.loads(l) for f in sorted(glob.glob(f"{out}/part-*")) for l in open(f, encoding="utf-8") if l.strip()]
errors = [r for r in spark if "error" in r]
empty = sorted(rel(r["source"]["id"]) for r in spark if r.get("records") == 0)
spark_keys = sorted(key_spark(r) for r in spark if "error" not in r and "records" not in r)
direct_keys = sorted(key_direct(json.loads(l)) for l in open(direct, encoding="utf-8") if l.strip())
same = spark_keys == direct_keys and empty == ["empty.txt", "no_job.txt"]
print(f"spark-smoke: {len(spark_keys)} records from Spark ({len(errors)} error rows, "
      f"{len(empty)} rows with no record: {', '.join(empty)}), "
      f"{len(direct_keys)} from jdparse directly: {'equal' if same else 'DIFFERENT'}")
if not same:
    for k in sorted(set(spark_keys) ^ set(direct_keys))[:10]:
        print("  differs:", k)
    sys.exit(1)
PY
