#!/usr/bin/env bash
# Installs what the tests need and runs every test. Tests start their own Azurite on free loopback ports.
source "$(dirname "$0")/scripts/common.sh"
cd "$ROOT"

require dotnet "install the .NET SDK named in global.json"
install_node_tools
install_chromium

log "Type-checking the task pane and the workspace tab (TypeScript)"
npm run --silent typecheck

log "Building"
dotnet build Dre.Collab.sln -c Release --nologo -v quiet -clp:ErrorsOnly

log "Running the tests"
results="$(mktemp -d)"
status=0
dotnet test Dre.Collab.sln -c Release --no-build --nologo --logger "trx" --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=true || status=$?

# One closing line for every test assembly together.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [[ -f "$trx" ]] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  t="$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")"
  e="$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
rm -rf "$results"
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if (( passed == 0 )); then echo "No test ran." >&2; exit 1; fi
exit "$status"
