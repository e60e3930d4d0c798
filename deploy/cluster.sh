#!/usr/bin/env bash
# A local cluster without Docker: one PostgreSQL server (the service's embedded PostgreSQL run on its own,
# durable, on the loopback), optionally a Kafka broker (deploy/kafka.sh), and several replicas of the
# service against them, each on its own port, under its own node id, with its own data folder.
#
#   deploy/cluster.sh start      start PostgreSQL, then the replicas one after another, each until it is ready
#   deploy/cluster.sh stop       stop the replicas, then PostgreSQL (and the broker, if it was started here)
#   deploy/cluster.sh status     what runs, and each replica's readiness
#   deploy/cluster.sh kill N     kill -9 replica N (1-based), to watch the others take over its work
#
# Settings: NENGSHANG_CLUSTER_DIR (./data/cluster under the folder it is run from), NENGSHANG_REPLICAS (2),
# NENGSHANG_CLUSTER_PORT (8081: the first replica's port, the next ones follow), NENGSHANG_PG_PORT (5433),
# NENGSHANG_CLUSTER_KAFKA=true to start a broker as well. Any other NENGSHANG_* setting is passed on to the
# replicas (the local profile by default: development tokens, demo data, loaded once by the first replica).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
home="${NENGSHANG_CLUSTER_DIR:-$PWD/data/cluster}"
replicas="${NENGSHANG_REPLICAS:-2}"
first_port="${NENGSHANG_CLUSTER_PORT:-8081}"
pg_port="${NENGSHANG_PG_PORT:-5433}"
kafka="${NENGSHANG_CLUSTER_KAFKA:-false}"
mkdir -p "$home"
home="$(cd "$home" && pwd)"
pg="$home/postgres"
db_url="jdbc:postgresql://localhost:$pg_port/postgres"

listening() {
    (exec 3<>"/dev/tcp/localhost/$1") 2>/dev/null
}

running() {
    [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}

start_postgres() {
    mkdir -p "$pg"
    if ! running "$pg/pid"; then
        nohup java -Xmx256m -Dloader.main=cn.nengshang.ledger.config.DatabaseServer -cp "$jar" \
            org.springframework.boot.loader.launch.PropertiesLauncher "$pg/data" "$pg_port" > "$pg/server.log" 2>&1 &
        echo $! > "$pg/pid"
    fi
    for _ in $(seq 1 120); do
        if grep -q "PostgreSQL ready" "$pg/server.log" 2>/dev/null && listening "$pg_port"; then
            echo "PostgreSQL on localhost:$pg_port ($db_url, data in $pg/data)"
            return
        fi
        if ! running "$pg/pid"; then
            echo "PostgreSQL did not start; see $pg/server.log" >&2
            exit 1
        fi
        sleep 1
    done
    echo "PostgreSQL did not start within 120 s; see $pg/server.log" >&2
    exit 1
}

ready() {
    curl -fsS "http://localhost:$1/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'
}

start_replica() {
    local n="$1" port=$((first_port + $1 - 1)) dir="$home/replica-$1"
    mkdir -p "$dir"
    if running "$dir/pid"; then
        echo "replica $n runs already (pid $(cat "$dir/pid")) on http://localhost:$port"
        return
    fi
    local demo="${NENGSHANG_DEMO:-true}"
    [ "$n" -gt 1 ] && demo=false
    (cd "$dir" || exit 1; PORT="$port" NENGSHANG_NODE_ID="replica-$n" NENGSHANG_DATA_DIR="$dir/data" NENGSHANG_DEMO="$demo" \
        NENGSHANG_DB_URL="$db_url" NENGSHANG_DB_USER=postgres NENGSHANG_DB_PASSWORD= \
        nohup java ${NENGSHANG_JAVA_OPTS:--Xmx512m} -jar "$jar" > "$dir/replica.log" 2>&1 & echo $! > "$dir/pid")
    for _ in $(seq 1 180); do
        if ready "$port"; then
            echo "replica $n on http://localhost:$port (pid $(cat "$dir/pid"), node id replica-$n, log $dir/replica.log)"
            return
        fi
        if ! running "$dir/pid"; then
            echo "replica $n stopped while starting; see $dir/replica.log" >&2
            exit 1
        fi
        sleep 1
    done
    echo "replica $n was not ready after 180 s; see $dir/replica.log" >&2
    exit 1
}

stop_pid() {
    local file="$1"
    [ -f "$file" ] || return 0
    local pid
    pid="$(cat "$file")"
    if kill "$pid" 2>/dev/null; then
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$file"
}

jar="$here/../services/ledger/target/ledger.jar"

case "${1:-}" in
    start)
        [ -f "$jar" ] || mvn -B -q -f "$here/../pom.xml" -DskipTests package
        start_postgres
        if [ "$kafka" = true ]; then
            NENGSHANG_KAFKA_DIR="$home/kafka" "$here/kafka.sh" start
            export NENGSHANG_KAFKA_BOOTSTRAP="localhost:${NENGSHANG_KAFKA_PORT:-9092}"
            touch "$home/kafka.started"
        fi
        for n in $(seq 1 "$replicas"); do start_replica "$n"; done
        ;;
    stop)
        for dir in "$home"/replica-*; do [ -d "$dir" ] && stop_pid "$dir/pid"; done
        echo "replicas stopped"
        if [ -f "$home/kafka.started" ]; then
            NENGSHANG_KAFKA_DIR="$home/kafka" "$here/kafka.sh" stop
            rm -f "$home/kafka.started"
        fi
        if running "$pg/pid"; then
            stop_pid "$pg/pid"
            echo "PostgreSQL stopped (its data stays in $pg/data)"
        fi
        ;;
    status)
        if running "$pg/pid"; then
            echo "PostgreSQL on localhost:$pg_port (pid $(cat "$pg/pid"))"
        else
            echo "PostgreSQL not running"
        fi
        for dir in "$home"/replica-*; do
            [ -d "$dir" ] || continue
            n="${dir##*-}"
            port=$((first_port + n - 1))
            if running "$dir/pid"; then
                if ready "$port"; then state=ready; else state="not ready"; fi
                echo "replica $n on http://localhost:$port (pid $(cat "$dir/pid")): $state"
            else
                echo "replica $n not running"
            fi
        done
        ;;
    kill)
        dir="$home/replica-${2:?a replica number}"
        kill -9 "$(cat "$dir/pid")" && rm -f "$dir/pid" && echo "replica $2 killed"
        ;;
    *)
        sed -n '2,15p' "$0"
        exit 2
        ;;
esac
