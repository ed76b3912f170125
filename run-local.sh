#!/usr/bin/env bash
# Runs plekwijzer locally without Docker: a real Kafka broker (KRaft), a real PostgreSQL, a real
# Keycloak, the four services and the web pages. Builds what is missing, waits until everything is
# ready, prints the URLs and demo credentials, and stays in the foreground: Ctrl-C or SIGTERM stops
# everything it started. Data and downloads are kept in .local/ so that a second run reuses them.
#
#   ./run-local.sh            build when needed, then run
#   ./run-local.sh --rebuild  always rebuild the services first
#   ./run-local.sh --no-build never build: fail when something is not built (the end-to-end test)
#   ./run-local.sh --no-demo  start empty: without the demo region (loaded on a first run, then kept
#                             moving by a trickle of status reports, proposals and answers)
#   ./run-local.sh --supervise start a process again when it exits, as Kubernetes restarts a
#                             container (the fault run kills them on purpose); without it, one
#                             process that exits stops everything
#
# PLEKWIJZER_STATE_DIR (default .local) and PLEKWIJZER_PORT_OFFSET (default 0, added to every port)
# let a second stack run beside the first: the end-to-end test starts one that way.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")" && pwd)"
cd "$ROOT"
STATE="${PLEKWIJZER_STATE_DIR:-$ROOT/.local}"
LOGS="$STATE/logs"
mkdir -p "$LOGS"
STATE="$(cd "$STATE" && pwd)"
LOGS="$STATE/logs"

OFFSET=${PLEKWIJZER_PORT_OFFSET:-0}
KAFKA_PORT=$((9092 + OFFSET))
KAFKA_CONTROLLER_PORT=$((9093 + OFFSET))
POSTGRES_PORT=$((5433 + OFFSET))
KEYCLOAK_PORT=$((8180 + OFFSET))
SMTP_PORT=$((3025 + OFFSET))
MAIL_VIEWER_PORT=$((8025 + OFFSET))
SERVICES=(availability-service intake-service matching-service notification-service web)
declare -A SERVICE_PORT=([availability-service]=$((8081 + OFFSET)) [intake-service]=$((8082 + OFFSET))
  [matching-service]=$((8083 + OFFSET)) [notification-service]=$((8084 + OFFSET)) [web]=$((8080 + OFFSET)))
declare -A SERVICE_DATABASE=([availability-service]=availability [intake-service]=intake
  [matching-service]=matching [notification-service]=notification)
# matching-service holds the region in memory (about 400 MB at 20,000 units and 50,000 requests),
# and ranks all of it after a restart: with the parallel collector it was ready 1.5 s sooner than
# with G1 (26-28 s against 29 s at that size; docs/benchmarks.md, issue 18).
declare -A SERVICE_JVM=([availability-service]="-Xmx512m" [intake-service]="-Xmx256m"
  [matching-service]="-Xmx1g -XX:+UseParallelGC" [notification-service]="-Xmx256m" [web]="-Xmx128m")
KEYCLOAK_VERSION="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml)"
KEYCLOAK_HOME="$STATE/keycloak-$KEYCLOAK_VERSION"

REBUILD=false; NO_BUILD=false; DEMO=true; SUPERVISE=false
for arg in "$@"; do
  case "$arg" in
    --rebuild) REBUILD=true ;;
    --no-build) NO_BUILD=true ;;
    --no-demo) DEMO=false ;;
    --supervise) SUPERVISE=true ;;
    *) echo "unknown option $arg (known: --rebuild, --no-build, --no-demo, --supervise)" >&2; exit 2 ;;
  esac
done

START=$(date +%s)
PIDS=()

log() { printf '[run-local %3ss] %s\n' "$(( $(date +%s) - START ))" "$*"; }

stop_all() {
  trap - INT TERM EXIT
  if ((${#PIDS[@]})); then
    log "stopping ${#PIDS[@]} processes"
    # Services first, infrastructure last (reverse start order).
    for ((i=${#PIDS[@]}-1; i>=0; i--)); do
      kill -TERM "${PIDS[i]}" 2>/dev/null || true
      for _ in $(seq 1 300); do kill -0 "${PIDS[i]}" 2>/dev/null || break; sleep 0.1; done
      kill -KILL "${PIDS[i]}" 2>/dev/null || true
    done
    wait 2>/dev/null || true
  fi
  log "stopped"
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() { # name, seconds, command...: fails at once when a process we started has exited
  local name=$1 seconds=$2; shift 2
  for _ in $(seq 1 $((seconds * 2))); do
    if "$@" >/dev/null 2>&1; then log "$name ready"; return 0; fi
    for pid in "${PIDS[@]}"; do
      if ! kill -0 "$pid" 2>/dev/null; then
        log "a process exited while waiting for $name; see the logs in $LOGS"; return 1
      fi
    done
    sleep 0.5
  done
  log "$name not ready within ${seconds}s; see $LOGS"; return 1
}

http_ok() { curl -fsS -o /dev/null --max-time 2 "$1"; }

# Runs a command in the background, its output to a log; its pid goes to PIDS. With --supervise the
# command is started again (after a second) whenever it exits, until run-local.sh stops it.
start() { # name, log file, command...
  local name=$1 logfile=$2; shift 2
  : > "$logfile"
  if $SUPERVISE; then
    (
      child=
      trap 'kill -TERM $child 2>/dev/null; wait $child 2>/dev/null; exit 0' TERM INT
      while true; do
        "$@" >> "$logfile" 2>&1 &
        child=$!
        wait $child || true
        log "$name exited; starting it again"
        sleep 1
      done
    ) &
  else
    "$@" > "$logfile" 2>&1 &
  fi
  PIDS+=($!)
}

for port in $KAFKA_PORT $KAFKA_CONTROLLER_PORT $POSTGRES_PORT $KEYCLOAK_PORT $SMTP_PORT $MAIL_VIEWER_PORT "${SERVICE_PORT[@]}"; do
  if port_in_use "$port"; then
    echo "Port $port is already in use: is another plekwijzer (or something else) running?" >&2
    exit 1
  fi
done

# ---------- build what is missing
needs_build=$REBUILD
for classpath in dev-stack demo-region; do
  [[ -f $classpath/target/runtime-classpath.txt ]] || needs_build=true
done
for service in "${SERVICES[@]}"; do
  [[ -f "$service/target/quarkus-app/quarkus-run.jar" ]] || needs_build=true
done
if $needs_build && $NO_BUILD; then
  echo "Not everything is built and --no-build was given: run ./mvnw install -DskipTests first." >&2
  exit 1
fi
if $needs_build; then
  log "building (./mvnw install -DskipTests)"
  ./mvnw -B -q install -DskipTests > "$LOGS/build.log" 2>&1 || { cat "$LOGS/build.log"; exit 1; }
fi

# ---------- Keycloak, from Maven Central on first use
if [[ ! -x "$KEYCLOAK_HOME/bin/kc.sh" ]]; then
  log "fetching Keycloak $KEYCLOAK_VERSION (first run only)"
  ./mvnw -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" \
    -DoutputDirectory="$STATE/downloads" -Dmdep.overWriteReleases=false > "$LOGS/keycloak-fetch.log" 2>&1 \
    || { cat "$LOGS/keycloak-fetch.log"; exit 1; }
  tar -xzf "$STATE/downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz" -C "$STATE"
fi
mkdir -p "$KEYCLOAK_HOME/data/import"
# Keycloak imports a realm only when it does not have it yet: when the realm file changed, its local
# database (demo realm and demo users only) is dropped so the new realm is imported.
if ! cmp -s dev-stack/src/main/keycloak/plekwijzer-realm.json "$KEYCLOAK_HOME/data/import/plekwijzer-realm.json"; then
  rm -rf "$KEYCLOAK_HOME/data/h2"
fi
cp dev-stack/src/main/keycloak/plekwijzer-realm.json "$KEYCLOAK_HOME/data/import/"

# ---------- infrastructure
log "starting Kafka :$KAFKA_PORT, PostgreSQL :$POSTGRES_PORT and SMTP :$SMTP_PORT"
rm -f "$STATE/stack.ready"
start "Kafka, PostgreSQL and SMTP" "$LOGS/stack.log" \
  java -Xmx512m -Dkafka.port=$KAFKA_PORT -Dkafka.controller.port=$KAFKA_CONTROLLER_PORT -Dpostgres.port=$POSTGRES_PORT \
  -Dsmtp.port=$SMTP_PORT -Dmail.viewer.port=$MAIL_VIEWER_PORT \
  -cp "$(cat dev-stack/target/runtime-classpath.txt):dev-stack/target/classes" \
  nl.plekwijzer.devstack.LocalStack "$STATE"

log "starting Keycloak :$KEYCLOAK_PORT"
start "Keycloak" "$LOGS/keycloak.log" \
  env KC_BOOTSTRAP_ADMIN_USERNAME=kcadmin KC_BOOTSTRAP_ADMIN_PASSWORD=kcadmin JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
  "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-port=$KEYCLOAK_PORT --http-host=127.0.0.1 --import-realm

wait_for "Kafka, PostgreSQL and SMTP" 120 test -f "$STATE/stack.ready"

# ---------- services
# intake-service's pseudonym and linkage keys: made once per machine and kept, because a new key
# would give every youth a new pseudonym. Set PSEUDONYM_KEY / LINKAGE_KEY to use your own.
# The web pages' session secret likewise (a new one logs everyone out).
for key in pseudonym linkage web-session; do
  [ -s "$STATE/$key.key" ] || (umask 077; head -c 48 /dev/urandom | base64 > "$STATE/$key.key")
done
export PSEUDONYM_KEY="${PSEUDONYM_KEY:-$(cat "$STATE/pseudonym.key")}"
export LINKAGE_KEY="${LINKAGE_KEY:-$(cat "$STATE/linkage.key")}"
export WEB_SESSION_SECRET="${WEB_SESSION_SECRET:-$(cat "$STATE/web-session.key")}"
# Webhook receivers of a local try-out run on this machine, over plain http.
export WEBHOOK_ALLOW_INSECURE_TARGETS=true
export KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT
export OIDC_AUTH_SERVER_URL=http://127.0.0.1:$KEYCLOAK_PORT/realms/plekwijzer
export SMTP_PORT
export WEB_BASE_URL=http://127.0.0.1:${SERVICE_PORT[web]}
export NOTIFICATION_SERVICE_URL=http://127.0.0.1:${SERVICE_PORT[notification-service]}
export AVAILABILITY_SERVICE_URL=http://127.0.0.1:${SERVICE_PORT[availability-service]}
export INTAKE_SERVICE_URL=http://127.0.0.1:${SERVICE_PORT[intake-service]}
export MATCHING_SERVICE_URL=http://127.0.0.1:${SERVICE_PORT[matching-service]}
for service in "${SERVICES[@]}"; do
  log "starting $service :${SERVICE_PORT[$service]}"
  database=${SERVICE_DATABASE[$service]:-}
  start "$service" "$LOGS/$service.log" env QUARKUS_HTTP_PORT=${SERVICE_PORT[$service]} \
    DB_JDBC_URL=${database:+jdbc:postgresql://127.0.0.1:$POSTGRES_PORT/$database} \
    DB_REACTIVE_URL=${database:+postgresql://127.0.0.1:$POSTGRES_PORT/$database} \
    java ${SERVICE_JVM[$service]} -jar "$service/target/quarkus-app/quarkus-run.jar"
done

wait_for "Keycloak" 240 http_ok "http://127.0.0.1:$KEYCLOAK_PORT/realms/plekwijzer/.well-known/openid-configuration"
for service in "${SERVICES[@]}"; do
  wait_for "$service" 180 http_ok "http://127.0.0.1:${SERVICE_PORT[$service]}/q/health/ready"
done

# ---------- the demo region: loaded through the public APIs on a first run, then kept moving
# Always called in a subshell (a pipeline or &): exec makes the JVM that subshell, so the signal that
# stop_all sends reaches the JVM itself and leaves no orphan behind.
demo_java() {
  exec java -Xmx256m -cp "$(cat demo-region/target/runtime-classpath.txt):demo-region/target/classes" \
    nl.plekwijzer.demo.DemoRegion "$1" "$STATE" "$OFFSET"
}
if $DEMO; then
  if [[ ! -f "$STATE/demo-region.loaded-on" ]]; then
    log "loading the demo region Twente through the public APIs (first run only; log: $LOGS/demo-load.log)"
    if ! demo_java load 2>&1 | tee "$LOGS/demo-load.log" | sed -u 's/^/             /'; then
      log "loading the demo region failed; see $LOGS/demo-load.log"; exit 1
    fi
  fi
  log "keeping the demo region moving (status reports, proposals, answers; log: $LOGS/demo-trickle.log)"
  demo_java trickle > "$LOGS/demo-trickle.log" 2>&1 &
  PIDS+=($!)
fi

cat <<EOF

plekwijzer is running (ready after $(( $(date +%s) - START )) s). Ctrl-C stops everything.

  web pages              http://127.0.0.1:${SERVICE_PORT[web]}
                         /coordinator the coordinator's desk (log in as coordinator)
                         /provider    a provider's intake desk (log in as aanbieder-98000001)
                         /dashboard   municipal dashboard (log in as analyst-gm0153, or coordinator)
                         /public      free places for everyone, no login
  availability-service   http://127.0.0.1:${SERVICE_PORT[availability-service]}   (OpenAPI: /q/openapi, health: /q/health/ready)
  intake-service         http://127.0.0.1:${SERVICE_PORT[intake-service]}
  matching-service       http://127.0.0.1:${SERVICE_PORT[matching-service]}
  notification-service   http://127.0.0.1:${SERVICE_PORT[notification-service]}
  Keycloak               http://127.0.0.1:$KEYCLOAK_PORT   realm plekwijzer (console admin: kcadmin / kcadmin)
  Kafka                  127.0.0.1:$KAFKA_PORT
  PostgreSQL             127.0.0.1:$POSTGRES_PORT   user postgres / postgres, one database per service
  SMTP (e-mail)          127.0.0.1:$SMTP_PORT   every message it received: http://127.0.0.1:$MAIL_VIEWER_PORT/

Demo principals (local realm only):
  provider systems (client credentials): provider-98000001 / provider-98000001-secret
                                         provider-98000002 / provider-98000002-secret
                                         provider-98000003 / provider-98000003-secret
  users (web pages, or client plekwijzer-web with the password grant):
                                                 referrer/referrer  coordinator/coordinator
                                                 analyst-gm0153/analyst-gm0153  aanbieder-98000001/aanbieder-98000001
                                                 admin/admin
  the demo region's provider systems: provider-97000001 .. provider-97000100, secret <client>-secret

A token for a provider system:
  curl -s -d grant_type=client_credentials -d client_id=provider-98000001 \\
       -d client_secret=provider-98000001-secret \\
       http://127.0.0.1:$KEYCLOAK_PORT/realms/plekwijzer/protocol/openid-connect/token

Logs: $LOGS
EOF

# Stay in the foreground; if any process dies, stop the rest.
wait -n "${PIDS[@]}" || true
log "a process exited; stopping the rest"
