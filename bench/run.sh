#!/usr/bin/env bash
# Measures `bounce analyze --format json` over a deterministic mbox built
# from the corpus: messages/s, MB/s and peak RSS.
#
#   bench/run.sh [COPIES] [JOBS]     (defaults: 55 copies ≈ 25,000 messages, all CPUs)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-55}
jobs=${2:-$(nproc)}
work=${BENCH_DIR:-/tmp/bounce-bench}
mkdir -p "$work"
mbox="$work/corpus-x$copies.mbox"
if [ ! -s "$mbox" ]; then
  # Every corpus message, COPIES times, in file-name order; "From " lines
  # inside messages are escaped as mboxrd does.
  : >"$mbox.tmp"
  for ((i = 0; i < copies; i++)); do
    for f in testdata/sisimai-set/eml/*.eml; do
      printf 'From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n' >>"$mbox.tmp"
      sed -e 's/^\(>*From \)/>\1/' "$f" >>"$mbox.tmp"
      printf '\n' >>"$mbox.tmp"
    done
  done
  mv "$mbox.tmp" "$mbox"
fi
go build -o "$work/bounce" ./cmd/bounce
cat "$mbox" >/dev/null # warm the page cache
msgs=$(grep -c '^From ' "$mbox")
bytes=$(stat -c %s "$mbox")
/usr/bin/time -v "$work/bounce" analyze --format json -q --jobs "$jobs" "$mbox" >/dev/null 2>"$work/time.txt" || true
secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$work/time.txt")
rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
awk -v m="$msgs" -v b="$bytes" -v s="$secs" -v r="$rss" -v j="$jobs" 'BEGIN {
  printf "messages %d, %.1f MB, jobs %d: %.2f s, %.0f messages/s, %.1f MB/s, peak RSS %.1f MB\n", m, b/1e6, j, s, m/s, b/1e6/s, r/1024 }'
