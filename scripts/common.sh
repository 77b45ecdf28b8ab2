# Shared by run.sh and test.sh: install what is missing, idempotently, and nothing more.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\033[1m[dre]\033[0m %s\n' "$*"; }

require() {
  command -v "$1" >/dev/null 2>&1 || { echo "Missing $1: $2" >&2; exit 1; }
}

# npm ci only when package-lock.json changed since the last install.
install_node_tools() {
  require node "install Node.js 20 or later"
  require npm "install npm"
  local stamp="$ROOT/node_modules/.package-lock.sha"
  local want
  want="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
  if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    log "Installing the local tools (npm ci)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" > "$stamp"
  fi
}

# Debian's Chromium, for the browser tests (a browser download of a test tool's own does not work here).
install_chromium() {
  if command -v chromium >/dev/null 2>&1; then return; fi
  if [[ "$(id -u)" != 0 ]]; then
    echo "Chromium is missing: install Debian's chromium package (sudo apt-get install chromium)." >&2
    exit 1
  fi
  log "Installing Chromium (apt)"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
}

wait_for_port() { # host port seconds
  local deadline=$((SECONDS + $3))
  until (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; do
    if (( SECONDS >= deadline )); then echo "Nothing listens on $1:$2 after $3 s" >&2; return 1; fi
    sleep 0.2
  done
}
