#!/usr/bin/env bash
# Renders a synthetic class's HTML report in headless Chromium and fails when Chromium reports
# a page error or the rendered DOM lacks a section of the report.
#
# Usage: Tests/Scripts/check-html-report.sh [CHARTDRILL_BINARY] [OUTPUT_DIR]
#   CHARTDRILL_BINARY  default: $(swift build --show-bin-path)/chartdrill (build it first); the
#                      synthetic class is written by the `synthetic-class` tool built beside it
#   OUTPUT_DIR         where class-report.html, class-report.png and the logs are kept
#                      (default: .build/html-report-check)
# Installs Debian's `chromium` package when no Chromium is found (as root, or with sudo).
set -euo pipefail

BINARY="${1:-$(swift build --show-bin-path)/chartdrill}"
OUT="${2:-.build/html-report-check}"
SYNTHETIC_CLASS="$(dirname "$BINARY")/synthetic-class"
TRAINEES="${TRAINEES:-36}"

fail() { echo "check-html-report: FAIL: $*" >&2; exit 1; }

[ -x "$BINARY" ] || fail "$BINARY is not a built chartdrill; run 'swift build' first."
[ -x "$SYNTHETIC_CLASS" ] || fail "$SYNTHETIC_CLASS is not built; run 'swift build' first."

# Chromium, from Debian's packages when missing.
CHROMIUM="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$CHROMIUM" ]; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    echo "check-html-report: installing chromium (Debian package)"
    if ! apt-cache policy chromium 2>/dev/null | grep -q 'Candidate: [0-9]'; then $SUDO apt-get update; fi
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium
    CHROMIUM="$(command -v chromium)" || fail "chromium did not install"
fi

mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# Chromium in a container: no sandbox, no GPU, a throwaway profile. Page errors (console
# messages, uncaught exceptions, failed loads) are logged to stderr as CONSOLE / ERROR lines.
render() { # render MODE(--screenshot=FILE | --dump-dom) URL LOG
    timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --user-data-dir="$WORK/profile" --enable-logging=stderr --v=0 --window-size=1200,2000 \
        "$1" "$2" 2>"$3"
}

# Page-level problems in a Chromium log; plumbing noise of a headless container (D-Bus,
# GPU probing, sandbox, IPC) is not the page's doing and is ignored.
page_errors() {
    grep -E 'CONSOLE|Uncaught|net::ERR_|Failed to load|FATAL|:ERROR:' "$1" \
        | grep -vE ':ERROR:(dbus|mojo|gpu|ui/gl|viz|components/viz|sandbox)/' || true
}

# The checker must be able to fail: a page with a console error has to be caught.
printf '<!DOCTYPE html><html><body><p>x</p><script>console.error("planted error")</script></body></html>' >"$WORK/bad.html"
render --dump-dom "file://$WORK/bad.html" "$WORK/bad.log" >/dev/null || true
[ -n "$(page_errors "$WORK/bad.log")" ] || fail "the error check did not catch a planted console error (see $WORK/bad.log)"

# The synthetic class, written as progress files, reported like any other folder.
"$SYNTHETIC_CLASS" "$TRAINEES" "$WORK/progress" 2>"$OUT/synthetic-class.log" \
    || fail "synthetic-class failed: $(cat "$OUT/synthetic-class.log")"
"$BINARY" report --progress "$WORK/progress" --html "$OUT/class-report.html" \
    >"$OUT/class-report.txt" 2>"$OUT/report-stderr.log" || fail "chartdrill report failed: $(cat "$OUT/report-stderr.log")"
HTML="$OUT/class-report.html"
grep -qi '<script' "$HTML" && fail "the report holds a script"
grep -qE 'https?://' "$HTML" && fail "the report refers to an external resource"

render --screenshot="$OUT/class-report.png" "file://$HTML" "$OUT/chromium-screenshot.log" >/dev/null \
    || fail "chromium could not take the screenshot (see $OUT/chromium-screenshot.log)"
render --dump-dom "file://$HTML" "$OUT/chromium-dom.log" >"$OUT/class-report.dom.html" \
    || fail "chromium could not render the DOM (see $OUT/chromium-dom.log)"

ERRORS="$(page_errors "$OUT/chromium-screenshot.log"; page_errors "$OUT/chromium-dom.log")"
[ -z "$ERRORS" ] || fail "Chromium reported errors rendering the report:
$ERRORS"

[ -s "$OUT/class-report.png" ] || fail "no screenshot"
[ "$(stat -c %s "$OUT/class-report.png")" -gt 20000 ] || fail "the screenshot is nearly empty"

DOM="$OUT/class-report.dom.html"
for section in summary scores roster items wrong-answers options findings tags credits method; do
    grep -q "<section id=\"$section\"" "$DOM" || fail "the rendered page lacks the '$section' section"
done
[ "$(grep -o '<svg' "$DOM" | wc -l)" -ge 4 ] || fail "the rendered page lacks its charts"
ROWS="$(grep -o '<tr>' "$DOM" | wc -l)"
[ "$ROWS" -ge "$TRAINEES" ] || fail "the roster shows $ROWS rows for $TRAINEES trainees"
grep -q 'negative discrimination' "$DOM" || fail "the item analysis flags nothing"
grep -q ' instead of ' "$DOM" || fail "no common wrong answers"

# A hostile class: a trainee's name and answer written to run script, a quote that would
# end an attribute, an escape sequence. The report must show them as text.
HOSTILE="$WORK/hostile-home"
NAME='<script>alert(1)</script>" onmouseover="alert(2)'
printf 'drill icd10cm-outpatient\n<img src=x onerror=alert(3)> \033[2J\n\nquit\n' \
    | CHARTDRILL_HOME="$HOSTILE" "$BINARY" --trainee "$NAME" >/dev/null 2>&1 || fail "could not write the hostile class"
"$BINARY" report --progress "$HOSTILE/progress" --html "$OUT/hostile-report.html" >"$OUT/hostile-report.txt" 2>&1 \
    || fail "chartdrill report failed on the hostile class: $(cat "$OUT/hostile-report.txt")"
grep -qi '<script' "$OUT/hostile-report.html" && fail "a trainee's name reached the HTML as a script"
grep -q $'\033' "$OUT/hostile-report.txt" && fail "an escape from a progress file reached the terminal report"
render --dump-dom "file://$OUT/hostile-report.html" "$OUT/hostile-dom.log" >"$OUT/hostile-report.dom.html" \
    || fail "chromium could not render the hostile report"
HOSTILE_ERRORS="$(page_errors "$OUT/hostile-dom.log")"
[ -z "$HOSTILE_ERRORS" ] || fail "Chromium reported errors on the hostile report: $HOSTILE_ERRORS"
grep -q '&lt;script&gt;alert(1)&lt;/script&gt;" onmouseover="alert(2)' "$OUT/hostile-report.dom.html" \
    || fail "the hostile name is not shown as text in the rendered page"
grep -q '<img' "$OUT/hostile-report.dom.html" && fail "a trainee's answer became an element in the rendered page"

echo "check-html-report: OK: $TRAINEES trainees rendered by $("$CHROMIUM" --version 2>/dev/null | head -1); screenshot $OUT/class-report.png"
