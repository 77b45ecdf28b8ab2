#!/usr/bin/env bash
# Runs DRE Collab locally with demo data: the table store (Azurite) and the service, all on 127.0.0.1.
# Data is kept in .data/ between runs. Ctrl-C (or SIGTERM to this script) stops everything it started.
source "$(dirname "$0")/scripts/common.sh"
cd "$ROOT"

require dotnet "install the .NET SDK named in global.json"
install_node_tools
log "Building"
dotnet build Dre.Service -c Debug --nologo -v quiet -clp:ErrorsOnly

pids=()     # the service and the playground: SIGTERM stops them
azurite=""

# Waits up to the given seconds for a child to exit, then kills it.
await_exit() { # pid seconds
  local deadline=$((SECONDS + $2))
  while kill -0 "$1" 2>/dev/null; do
    if (( SECONDS >= deadline )); then
      echo "Process $1 did not stop within $2 s: killing it." >&2
      kill -s KILL "$1" 2>/dev/null || true
      break
    fi
    sleep 0.2
  done
  wait "$1" 2>/dev/null || true
}

cleanup() {
  trap - INT TERM EXIT
  log "Stopping"
  # The service before the store, so that its last writes land before the store saves.
  for pid in "${pids[@]}"; do kill -s TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do await_exit "$pid" 40; done
  # azurite-table writes its tables to disk every 5 s and on SIGINT, not on SIGTERM: SIGINT, then wait for the save.
  if [[ -n "$azurite" ]]; then
    kill -s INT "$azurite" 2>/dev/null || true
    await_exit "$azurite" 20
  fi
}
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM
trap cleanup EXIT

mkdir -p .data/azurite
if (exec 3<>/dev/tcp/127.0.0.1/10002) 2>/dev/null; then
  echo "Port 10002 is taken: stop the other Azurite (or whatever listens there) first." >&2
  exit 1
fi
# In a process group of its own (set -m), so that a Ctrl-C in the terminal reaches this script and not Azurite: its one
# SIGINT comes from the cleanup, since it saves on the first and a second would end it before the save is done.
set -m
node_modules/.bin/azurite-table --tableHost 127.0.0.1 --tablePort 10002 --location .data/azurite \
  --disableTelemetry --skipApiVersionCheck --silent < /dev/null > .data/azurite.log 2>&1 &
azurite=$!
set +m
wait_for_port 127.0.0.1 10002 30

# The built assembly is run directly (not through dotnet run) so that the pid is the service's own and Ctrl-C stops it.
(cd Dre.Service && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS=http://127.0.0.1:3978 Demo__SeedContacts=true \
  exec dotnet bin/Debug/net10.0/Dre.Service.dll) &
pids+=($!)
wait_for_port 127.0.0.1 3978 120

# Microsoft's local Teams emulator, talking to the bot without tokens (Development runs it without an app id).
# Its telemetry stays off, and the preload keeps it on loopback (it would listen on every interface).
if (exec 3<>/dev/tcp/127.0.0.1/56150) 2>/dev/null; then
  echo "Port 56150 is taken: stop the other Agents Playground first." >&2
  exit 1
fi
TEAMSAPPTESTER_BROWSER=none \
APPLICATION_INSIGHTS_NO_STATSBEAT=true \
M365_AGENTS_PLAYGROUND_LOGFILE=.data/playground.log \
NODE_OPTIONS="--require $ROOT/scripts/loopback-only.cjs" \
  node_modules/.bin/agentsplayground \
    -e http://127.0.0.1:3978/api/messages -c msteams -p 56150 --disable-telemetry > .data/playground.out 2>&1 &
pids+=($!)
wait_for_port 127.0.0.1 56150 60

cat <<INFO

  DRE Collab is running (Development, demo data):
    Service and API      http://127.0.0.1:3978       (health: /healthz, OpenAPI: /openapi/v1.json)
    Development token    http://127.0.0.1:3978/dev/token?user=anne.dupont@coe.int&role=officer
    Outlook add-in       http://127.0.0.1:3978/addin/dev.html (the task pane over simulated Outlook items)
    Table store          Azurite on 127.0.0.1:10002, data in .data/azurite
    Chat with the bot    http://127.0.0.1:56150      (Microsoft 365 Agents Playground, as Teams; bot endpoint /api/messages)

  Ctrl-C stops everything (the store last, once it has saved).

INFO
wait -n "$azurite" "${pids[@]}"
