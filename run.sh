#!/usr/bin/env bash
# Runs DRE Collab locally with demo data: the table store (Azurite) and the service, all on 127.0.0.1.
# Data is kept in .data/ between runs. Ctrl-C stops everything this script started.
source "$(dirname "$0")/scripts/common.sh"
cd "$ROOT"

require dotnet "install the .NET SDK named in global.json"
install_node_tools
log "Building"
dotnet build Dre.Service -c Debug --nologo -v quiet -clp:ErrorsOnly

pids=()
cleanup() {
  trap - INT TERM EXIT
  log "Stopping"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup INT TERM EXIT

mkdir -p .data/azurite
if (exec 3<>/dev/tcp/127.0.0.1/10002) 2>/dev/null; then
  echo "Port 10002 is taken: stop the other Azurite (or whatever listens there) first." >&2
  exit 1
fi
node_modules/.bin/azurite-table --tableHost 127.0.0.1 --tablePort 10002 --location .data/azurite \
  --disableTelemetry --skipApiVersionCheck --silent > .data/azurite.log 2>&1 &
pids+=($!)
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

  Ctrl-C stops everything.

INFO
wait -n "${pids[@]}"
