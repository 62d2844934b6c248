#!/usr/bin/env python3
"""Convert job-description files with jdparse on Apache Spark.

    spark-submit --files target/release/jdparse scripts/spark/convert.py INPUT OUTPUT \
        [--format jsonl|parquet] [--partitions N]

INPUT is anything SparkContext.binaryFiles reads (a local folder, hdfs://..., s3a://...,
with globs). Every file is sent to `jdparse parse --requests` through RDD.pipe as one
NDJSON request {"id": <file URI>, "base64": <bytes>}; jdparse answers each with at
least one row: its records (source.id = the file URI); or, for a file that holds no job
description (an empty file included), {"source": {"id": ...}, "records": 0,
"diagnostics": [...]}; or one error row {"source": {"id": ...}, "error": ...}. No file
is dropped: every input file has a row. The rows are written as JSON Lines (one part
file per partition) or Parquet.
"""
import argparse
import base64
import json
import os

from pyspark import SparkFiles
from pyspark.sql import SparkSession


def request(kv):
    path, data = kv
    return json.dumps({"id": path, "base64": base64.b64encode(data).decode("ascii")})


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl")
    ap.add_argument("--partitions", type=int, default=None, help="minimum input partitions")
    ap.add_argument("--binary", default=None, help="path of jdparse on the executors (default: the file shipped with --files)")
    args = ap.parse_args()

    spark = SparkSession.builder.appName("jdparse-convert").getOrCreate()
    sc = spark.sparkContext
    # Files shipped with --files land in each executor's working directory (YARN,
    # standalone); in local mode they are under SparkFiles' root. The wrapper finds
    # whichever exists and makes sure it is executable.
    shipped = args.binary or SparkFiles.get("jdparse")
    # RDD.pipe takes one command string (split with shlex).
    command = """sh -c 'b=./jdparse; [ -f "$b" ] || b="$JDPARSE_BIN"; chmod +x "$b" 2>/dev/null; exec "$b" parse --requests'"""
    # Archives are trees of folders: read them recursively, as `jdparse parse DIR` does.
    sc._jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true")
    files = sc.binaryFiles(args.input, minPartitions=args.partitions)
    lines = files.map(request).pipe(command, env={"JDPARSE_BIN": shipped, "PATH": os.environ.get("PATH", "")})
    if args.format == "jsonl":
        # The lines are jdparse's own NDJSON, written as they are.
        lines.saveAsTextFile(args.output)
    else:
        spark.read.json(lines).write.mode("overwrite").parquet(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
