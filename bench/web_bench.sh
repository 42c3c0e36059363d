#!/usr/bin/env bash
# web_bench.sh BUILD_DIR [SECONDS] — requests per second and latency percentiles of the web app
# (`lens demo`'s server over the synthetic borough), with wrk and 50 concurrent connections,
# for the dashboard and for a child's page with its chronology (which also appends an audit
# entry per request). Loopback only; stops by itself.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-build}" && pwd)
seconds=${2:-15}
if ! command -v wrk >/dev/null; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends wrk
fi

work=$(mktemp -d /tmp/lens-bench.XXXXXX)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

LENS_WEB_ROOT="$here/web" "$build/lens" demo --db "$work/demo.db" --port 0 >"$work/out" 2>"$work/err" &
pid=$!
for _ in $(seq 1 600); do grep -q "Password:" "$work/out" 2>/dev/null && break; sleep 0.2; done
url=$(sed -n 's/^ *URL: *//p' "$work/out")
url=${url%/}
admin_password=$(sed -n 's/^ *Password: *\([^ ]*\).*/\1/p' "$work/out")
[ -n "$url" ] || { cat "$work/err" >&2; echo "web_bench: lens demo did not start" >&2; exit 1; }

jar="$work/cookies"
csrf() { grep -o 'name="csrf" value="[0-9a-f]*"' | head -n 1 | sed 's/.*value="\(.*\)"/\1/'; }
sign_in() {  # USER PASSWORD: the session cookie lands in the jar
  rm -f "$jar"
  local form
  form=$(curl -s -c "$jar" "$url/login" | csrf)
  curl -s -b "$jar" -c "$jar" -o /dev/null -d "csrf=$form" --data-urlencode "username=$1" \
    --data-urlencode "password=$2" "$url/login"
}
set_password() {  # CURRENT NEW
  local token
  token=$(curl -s -b "$jar" "$url/account/password" | csrf)
  curl -s -b "$jar" -c "$jar" -o /dev/null -d "csrf=$token" --data-urlencode "current=$1" \
    --data-urlencode "password=$2" "$url/account/password"
}

# The admin sees no child data: make a manager of the demo council to measure with.
sign_in admin "$admin_password"
set_password "$admin_password" "bench admin password"
users_page=$(curl -s -b "$jar" "$url/admin/users")
token=$(echo "$users_page" | csrf)
org=$(echo "$users_page" | grep -o '<option value="[0-9]*">Barking[^<]*' | sed 's/<option value="\([0-9]*\)".*/\1/')
one_off=$(curl -s -b "$jar" -d "csrf=$token" -d "username=bench" -d "display_name=Bench" \
  -d "organisation=$org" -d "roles=manager" -d "roles=analyst" "$url/admin/users" |
  grep -o 'id="one-off-password">[^<]*' | sed 's/.*>//')
sign_in bench "$one_off"
set_password "$one_off" "bench manager password"
cookie=$(awk '$6 == "lens_session" {print $7}' "$jar")
[ -n "$cookie" ] || { echo "web_bench: could not sign in" >&2; exit 1; }
child=$(curl -s -b "$jar" "$url/children?q=DEMO1000" | grep -o 'href="/children/301/[^"]*"' |
  head -n 1 | sed 's/href="\(.*\)"/\1/')

for target in "/" "$child"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: lens_session=$cookie" "$url$target")
  [ "$code" = 200 ] || { echo "web_bench: GET $target answered $code" >&2; exit 1; }
  echo "== GET $target (50 connections, 2 threads, ${seconds} s)"
  wrk -t2 -c50 -d"${seconds}s" --latency -H "Cookie: lens_session=$cookie" "$url$target" |
    grep -E "Requests/sec|Latency|50%|75%|90%|99%|requests in|Non-2xx"
done
