#!/usr/bin/env bash
# Builds the app package for one environment: fills the host name and app ids into manifest.json, fr-FR.json and
# outlook-addin.xml, and writes build/dre-collab-<env>.zip (manifest.json, fr-FR.json, color.png, outline.png)
# with the filled outlook-addin.xml beside it (build/dre-collab-<env>-outlook-addin.xml).
#
# Values come from, in order of precedence: the options, the environment, the deployment outputs (--outputs).
#   --env NAME             environment name used in the file names (env DRE_ENV; default: dev)
#   --host HOST            the service's host name, e.g. app-dre-collab-prod.azurewebsites.net (env DRE_HOST; output serviceHostName)
#   --bot-app-id GUID      the bot's app registration (env BOT_APP_ID; output botAppId)
#   --api-client-id GUID   the API's app registration, used by the add-in's sign-in (env API_CLIENT_ID; output apiClientId)
#   --app-id GUID          the app's own id in Teams and Outlook; keep it for the life of the app (env APP_ID)
#   --version X.Y.Z        the package version; raise it for each upload (env APP_VERSION)
#   --outputs FILE         the Bicep deployment outputs as JSON: `az deployment group show ... --query properties.outputs`
#                          ({"serviceHostName": {"value": "..."}}) or a flat {"serviceHostName": "..."}
#   --out DIR              where to write (default: manifest/build)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

usage() { sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; }
fail() { echo "package.sh: $*" >&2; exit 2; }

env_name="${DRE_ENV:-dev}" host="${DRE_HOST:-}" bot_app_id="${BOT_APP_ID:-}" api_client_id="${API_CLIENT_ID:-}"
app_id="${APP_ID:-}" version="${APP_VERSION:-}" outputs="" out="$here/build"
while [ $# -gt 0 ]; do
  case "$1" in
    --env) env_name="${2-}"; shift 2 ;;
    --host) host="${2-}"; shift 2 ;;
    --bot-app-id) bot_app_id="${2-}"; shift 2 ;;
    --api-client-id) api_client_id="${2-}"; shift 2 ;;
    --app-id) app_id="${2-}"; shift 2 ;;
    --version) version="${2-}"; shift 2 ;;
    --outputs) outputs="${2-}"; shift 2 ;;
    --out) out="${2-}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; fail "unknown option '$1'" ;;
  esac
done

output() { # name: a value from the deployment outputs file, empty when absent
  node -e '
    const outputs = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const value = outputs[process.argv[2]];
    process.stdout.write(String((value && typeof value === "object" ? value.value : value) ?? ""));
  ' "$outputs" "$1"
}
if [ -n "$outputs" ]; then
  [ -f "$outputs" ] || fail "--outputs: no file '$outputs'"
  node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$outputs" 2>/dev/null || fail "--outputs: '$outputs' is not JSON"
  [ -n "$host" ] || host="$(output serviceHostName)"
  [ -n "$bot_app_id" ] || bot_app_id="$(output botAppId)"
  [ -n "$api_client_id" ] || api_client_id="$(output apiClientId)"
fi

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
hostname='^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$'
problems=()
check() { # label, value, pattern, what
  if [ -z "$2" ]; then problems+=("$1 is missing")
  elif ! [[ "$2" =~ $3 ]]; then problems+=("$1 '$2' is not $4")
  fi
}
check "host (--host, DRE_HOST or output serviceHostName)" "$host" "$hostname" "a host name (lower case, no scheme, no path)"
check "bot app id (--bot-app-id, BOT_APP_ID or output botAppId)" "$bot_app_id" "$guid" "a GUID"
check "API client id (--api-client-id, API_CLIENT_ID or output apiClientId)" "$api_client_id" "$guid" "a GUID"
check "app id (--app-id or APP_ID)" "$app_id" "$guid" "a GUID"
check "version (--version or APP_VERSION)" "$version" '^[0-9]+\.[0-9]+\.[0-9]+$' "a version like 1.0.0"
check "environment (--env or DRE_ENV)" "$env_name" '^[a-z0-9-]+$' "lower-case letters, digits and dashes"
if [ ${#problems[@]} -gt 0 ]; then
  printf 'package.sh: %s\n' "${problems[@]}" >&2
  echo "Run 'manifest/package.sh --help' for the options." >&2
  exit 2
fi

fill() { # template, destination
  sed -e "s/{{HOST}}/$host/g" -e "s/{{BOT_APP_ID}}/$bot_app_id/g" -e "s/{{API_CLIENT_ID}}/$api_client_id/g" \
      -e "s/{{APP_ID}}/$app_id/g" -e "s/{{VERSION}}/$version/g" "$1" > "$2"
  if grep -o '{{[A-Z_]*}}' "$2" | head -1 | grep -q .; then fail "$1 has a placeholder package.sh does not know: $(grep -o '{{[A-Z_]*}}' "$2" | head -1)"; fi
}

mkdir -p "$out"
out="$(cd "$out" && pwd)"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
fill "$here/manifest.json" "$staging/manifest.json"
fill "$here/fr-FR.json" "$staging/fr-FR.json"
cp "$here/color.png" "$here/outline.png" "$staging/"
zip_file="$out/dre-collab-$env_name.zip"
rm -f "$zip_file"
if command -v zip >/dev/null; then
  (cd "$staging" && zip -q -X "$zip_file" manifest.json fr-FR.json color.png outline.png)
else
  (cd "$staging" && python3 -m zipfile -c "$zip_file" manifest.json fr-FR.json color.png outline.png)
fi
fill "$here/outlook-addin.xml" "$out/dre-collab-$env_name-outlook-addin.xml"
echo "Wrote $zip_file and $out/dre-collab-$env_name-outlook-addin.xml (host $host, version $version)."
