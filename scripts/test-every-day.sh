#!/usr/bin/env bash
# Runs the suites whose tests take "now" from the pinned test clock once for each instant below: every day of the week
# of the spring clock change, morning (before the Monday 08:00 digest slot) and evening in Paris, and the UTC instants
# where Paris is already on the next day or about to change its offset. Needs a Release build (./test.sh makes one).
source "$(dirname "$0")/common.sh"
cd "$ROOT"

instants=(
  2026-03-23T07:30:00+01:00 2026-03-23T20:00:00+01:00
  2026-03-24T07:30:00+01:00 2026-03-24T20:00:00+01:00
  2026-03-25T07:30:00+01:00 2026-03-25T20:00:00+01:00
  2026-03-26T07:30:00+01:00 2026-03-26T20:00:00+01:00
  2026-03-27T07:30:00+01:00 2026-03-27T20:00:00+01:00
  2026-03-28T07:30:00+01:00 2026-03-28T20:00:00+01:00
  2026-03-29T07:30:00+02:00 2026-03-29T20:00:00+02:00
  2026-03-29T00:30:00Z 2026-03-29T23:30:00Z
  2026-10-25T00:30:00Z 2026-10-25T23:30:00Z
)
suites=(tests/Dre.Core.Tests tests/Dre.Bot.Tests)

passed=0; failed=0; bad=()
for now in "${instants[@]}"; do
  for suite in "${suites[@]}"; do
    log "Clock pinned to $now: $suite"
    results="$(mktemp -d)"
    status=0
    DRE_TEST_NOW="$now" dotnet test "$suite" -c Release --no-build --nologo -v quiet --logger "trx" --results-directory "$results" \
      -- RunConfiguration.TreatNoTestsAsError=true > "$results/out.txt" 2>&1 || status=$?
    counters="$(grep -ho '<Counters [^>]*>' "$results"/*.trx | head -1 || true)"
    p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
    if (( status != 0 )); then
      bad+=("$now $suite")
      # The names of the failed tests (xUnit's [FAIL] lines); a run that failed before any test ran shows its own output.
      grep -E '\[FAIL\]' "$results/out.txt" | head -20 || tail -20 "$results/out.txt"
      # and why they failed: the quiet console leaves the messages out, the results file has them.
      grep -h -A4 '<Message>' "$results"/*.trx | head -40 || true
    fi
    rm -rf "$results"
  done
done
for b in "${bad[@]}"; do echo "failed with the clock at $b" >&2; done
echo "every-day: ${passed} passed, ${failed} failed"
(( ${#bad[@]} == 0 ))
