#!/bin/sh
# Regenerates docs/report.png, the README's picture of the HTML report:
# the bundled sample set (testdata/sisimai-set/eml) analyzed to JSON Lines,
# made into a report, and the top of the page shot in headless Chromium.
#
#   scripts/report-screenshot.sh [LANG]     # LANG en (default) or zh
#
# Needs Go and Debian's chromium (apt-get install -y chromium; for zh also
# fonts-noto-cjk). Set CHROMIUM to use another browser binary.
set -eu
cd "$(dirname "$0")/.."
lang=${1:-en}
out=docs/report.png
[ "$lang" = en ] || out=docs/report-$lang.png
browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
if [ -z "$browser" ]; then
	echo "report-screenshot: no chromium found (apt-get install -y chromium, or set CHROMIUM)" >&2
	exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go build -o "$tmp/bounce" ./cmd/bounce
"$tmp/bounce" analyze --format json --quiet -o "$tmp/records.jsonl" testdata/sisimai-set/eml
"$tmp/bounce" report --html "$tmp/report.html" --lang "$lang" "$tmp/records.jsonl"
# A fresh profile, and nothing the browser would fetch on its own.
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
	--disable-component-update --disable-sync --no-first-run --hide-scrollbars \
	--user-data-dir="$tmp/profile" --window-size=1280,2000 \
	--screenshot="$tmp/report.png" "file://$tmp/report.html" 2>"$tmp/chromium.log" || {
	cat "$tmp/chromium.log" >&2
	exit 1
}
mkdir -p docs
mv "$tmp/report.png" "$out"
echo "wrote $out"
