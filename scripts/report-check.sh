#!/usr/bin/env bash
# The review page (`jdparse parse --report FILE.html`) in a real browser: renders
# the corpus report in headless Chromium, checks the rendered DOM (every corpus
# file listed, the coverage chart drawn, a document view opened from the URL
# hash, a field's lines marked), and saves a screenshot.
#
#   bash scripts/report-check.sh            # check; page and screenshot in target/report-check/
#   bash scripts/report-check.sh --update   # also copy the screenshot to docs/report.png
#
# Chromium comes from Debian (`apt-get install -y chromium`), installed when
# missing, with a CJK font for the screenshot. When it cannot be installed the
# check says so and is skipped: exit 0, or 1 under CI=true.
set -euo pipefail
cd "$(dirname "$0")/.."

update=false
case "${1:-}" in
  --update) update=true ;;
  "") ;;
  *) echo "usage: $0 [--update]" >&2; exit 2 ;;
esac

say() { echo "report-check: $*"; }
fail() { say "FAIL: $*"; exit 1; }

apt_install() {
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || return 1
  if [ -z "${apt_updated:-}" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || return 1
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  say "installing Debian's chromium"
  apt_install chromium || true
  browser=$(command -v chromium || true)
fi
if [ -z "$browser" ]; then
  say "chromium is missing and could not be installed (apt-get install -y chromium): browser check skipped"
  [ "${CI:-}" = true ] && exit 1
  exit 0
fi
# Only the screenshot needs a CJK font; the DOM checks pass without one.
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  say "installing a CJK font (fonts-noto-cjk) for the screenshot"
  apt_install fonts-noto-cjk || say "no CJK font: the screenshot will show boxes for Chinese"
fi

out=${REPORT_CHECK_DIR:-target/report-check}
mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -f "$out"/*.html "$out"/*.png

say "writing the corpus report"
cargo build --locked --quiet --bin jdparse
./target/debug/jdparse parse corpus --quiet --report "$out/report.html" >/dev/null \
  || fail "jdparse parse corpus --report exited $?"
url="file://$out/report.html"

# chrome OUTPUT-ARGS... URL: one headless run with a fresh profile.
chrome() {
  local profile status=0
  profile=$(mktemp -d)
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update \
    --disable-sync --user-data-dir="$profile" --enable-logging=stderr --v=0 \
    "$@" 2>>"$out/chromium.log" || status=$?
  rm -rf "$profile"
  return "$status"
}

say "rendering with $("$browser" --version 2>/dev/null | head -n 1)"
chrome --dump-dom "$url" >"$out/overview.html" || fail "chromium could not render the page (see $out/chromium.log)"
chrome --dump-dom "$url#doc=3" >"$out/doc3.html" || fail "chromium could not render #doc=3"
chrome --dump-dom "$url#doc=3&field=/position/title" >"$out/doc3-title.html" \
  || fail "chromium could not render #doc=3&field=/position/title"
chrome --window-size=1400,1000 --hide-scrollbars --screenshot="$out/report.png" "$url" >/dev/null \
  || fail "chromium could not take the screenshot"

if grep -E "Uncaught|CONSOLE.*(Error|error)" "$out/chromium.log"; then
  fail "the page's script reported an error (above)"
fi

# The overview: totals, the coverage chart, every corpus file in the table.
grep -q 'id="totals"' "$out/overview.html" || fail "no totals in the rendered page"
grep -q 'id="loading"' "$out/overview.html" && fail "the page never finished loading"
bars=$(grep -o 'class="bar-row' "$out/overview.html" | wc -l)
[ "$bars" -ge 11 ] || fail "the coverage chart should show the key fields, found $bars bars"
grep -q 'id="coverage"' "$out/overview.html" || fail "no coverage chart"
grep -Eq '<b>[0-9.]+%</b>' "$out/overview.html" || fail "no coverage percentage shown"
# The table shows 100 files a page: every corpus file is in the page's data, the
# count says how many, and the first page lists as many as it holds.
total=$(find corpus -type f ! -name '.*' | wc -l)
grep -qF "id=\"files-count\">$total files<" "$out/overview.html" \
  || fail "the files table should count $total files"
listed=0
on_page=0
while IFS= read -r file; do
  grep -qF "\"$file\"" "$out/report.html" || fail "$file is not in the report's data"
  if grep -qF ">$file</a>" "$out/overview.html"; then on_page=$((on_page + 1)); fi
  listed=$((listed + 1))
done < <(find corpus -type f ! -name '.*' | sort)
page=$((total < 100 ? total : 100))
[ "$on_page" -eq "$page" ] || fail "the first page should list $page files, found $on_page"
ready=$(grep -o 'data-ready-ms="[0-9]*"' "$out/overview.html" | grep -o '[0-9]*' || true)
say "overview: totals, $bars coverage bars, all $listed corpus files in the data, $on_page on the first page; ready ${ready:-?} ms after navigation"

# A document view opened from the URL hash.
third=$(grep -o 'href="#doc=3">[^<]*' "$out/overview.html" | head -n 1 | cut -d'>' -f2)
[ -n "$third" ] || fail "no link to #doc=3 in the files table"
grep -q 'id="doc-view"' "$out/doc3.html" || fail "#doc=3 did not open a document view"
grep -qF "<h1>$third</h1>" "$out/doc3.html" || fail "#doc=3 should show $third"
lines=$(grep -o 'class="ln[ "]' "$out/doc3.html" | wc -l)
[ "$lines" -gt 5 ] || fail "#doc=3 should show the document's lines, found $lines"
grep -q 'id="key-fields"' "$out/doc3.html" || fail "#doc=3 should show the extracted record"
grep -Eq 'class="ln[^"]* hit"' "$out/doc3-title.html" \
  || fail "choosing /position/title should mark the lines it came from"
say "document view: $third, $lines lines, record beside them, field lines marked"

size=$(wc -c <"$out/report.png")
say "screenshot: $out/report.png ($((size / 1024)) KiB)"
if $update; then
  [ "$size" -lt 307200 ] || fail "the screenshot is over 300 KB"
  mkdir -p docs
  cp "$out/report.png" docs/report.png
  say "copied to docs/report.png"
fi
say "ok"
