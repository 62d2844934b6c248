#!/usr/bin/env bash
# Scores the release build on the layout-family documents of the corpus
# (`corpus/families/`) against the expected values kept beside them in
# `eval/families/` (outside `corpus/`, so that the snapshot glob does not read them),
# with the shared scorer (`../shared/eval/score.py`).
#
#   cargo build --release && bash scripts/score-families.sh [-v]
set -euo pipefail
cd "$(dirname "$0")/.."
scorer=../shared/eval/score.py
if [ ! -f "$scorer" ]; then
  echo "score-families: $scorer is not present beside the project; nothing to score" >&2
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The scorer wants each document beside its gold file: pair them in a flat folder.
for gold in eval/families/*/*.gold.json; do
  rel=${gold#eval/families/}
  doc=corpus/families/${rel%.gold.json}
  flat=${rel//\//__}
  ln -s "$PWD/$doc" "$work/${flat%.gold.json}"
  ln -s "$PWD/$gold" "$work/$flat"
done
python3 "$scorer" "$@" "$work"
