#!/usr/bin/env bash
# Throw-away Neo4j 5.26 Community for tests and CI, built from Maven Central.
#
#   scripts/neo4j.sh fetch             build the launcher + copy its jars into the cache
#   scripts/neo4j.sh start [DATA_DIR]  (re)start on 127.0.0.1 with a fresh DB, write var/neo4j/env
#   scripts/neo4j.sh stop              stop it (idempotent)
#   scripts/neo4j.sh status            running or not, and the URI
#
# See scripts/README-neo4j.md. Inside the repo only var/ is written.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SRC="$ROOT/scripts/neo4j"
CACHE="${ANZHI_CACHE:-$HOME/.cache/anzhi}/neo4j-5.26"
VAR="$ROOT/var/neo4j"
LOG="$VAR/neo4j.log"
PIDF="$VAR/pid"
ENVF="$VAR/env"
MARKER=".anzhi-neo4j"   # marks a DATA_DIR as ours, so start may wipe it
MAIN=anzhi.Neo4jServer
# Modest memory for a 2-core CI box (the page cache, 256m, is set in the Java).
# C1-only JIT + serial GC: a short-lived test server starts in about half the
# time (less JIT work competing for 2 cores) and uses ~30% less RSS.
# The --add-opens and netty flags are the ones Neo4j's own launcher passes.
JAVA_OPTS_DEFAULT="-Xms256m -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1
 -XX:-OmitStackTraceInFastThrow -Djdk.nio.maxCachedBufferSize=1024
 -Dio.netty.tryReflectionSetAccessible=true -Dlog4j2.disable.jmx=true
 --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
 --add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
JAVA_OPTS="${ANZHI_NEO4J_JAVA_OPTS:-$JAVA_OPTS_DEFAULT}"
TIMEOUT="${ANZHI_NEO4J_START_TIMEOUT:-120}"

die() { echo "neo4j.sh: $*" >&2; exit 1; }
log() { echo "neo4j.sh: $*" >&2; }

need_java() {
    command -v java >/dev/null || die "java not found: install a JDK/JRE 17 or 21 (e.g. apt-get install openjdk-17-jre-headless)"
    local v
    v=$(java -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n1)
    [[ "${v:-0}" -ge 17 ]] || die "java ${v:-?} found, Neo4j 5.26 needs Java 17 or 21"
}
need_mvn() {
    command -v mvn >/dev/null || die "mvn not found: install Maven (e.g. apt-get install maven) to fetch Neo4j"
}

# The cache is valid while the pom and the Java source are unchanged.
stamp() { cat "$SRC/pom.xml" "$SRC/src/main/java/anzhi/Neo4jServer.java" | sha256sum | cut -d' ' -f1; }
cached() { [[ -f "$CACHE/stamp" && "$(cat "$CACHE/stamp")" == "$(stamp)" && -d "$CACHE/lib" ]]; }

cmd_fetch() {
    cached && return 0
    need_java; need_mvn
    mkdir -p "$CACHE"
    # Serialise concurrent fetches (parallel CI jobs share the cache). The lock
    # fd lives only in this subshell, so the server started later won't hold it.
    (
        command -v flock >/dev/null && flock 9
        cached && exit 0
        log "fetching Neo4j into $CACHE (cold: ~20-60 s) ..."
        tmp="$CACHE/lib.new.$$"
        rm -rf "$tmp" "$CACHE/build"
        # Build output goes to the cache, not the source tree; jars come via ~/.m2.
        # (sed drops the stray colour resets Debian's Maven prints even with -q.)
        mvn -q -B -f "$SRC/pom.xml" -Danzhi.build.dir="$CACHE/build" \
            package dependency:copy-dependencies \
            -DincludeScope=runtime -DoutputDirectory="$tmp" </dev/null 2>&1 \
            | sed -u 's/\x1b\[0m//g' >&2 \
            || { rm -rf "$tmp"; die "maven build failed (see output above)"; }
        cp "$CACHE/build/anzhi-neo4j-server-1.jar" "$tmp/"
        rm -rf "${CACHE:?}/lib" && mv "$tmp" "$CACHE/lib"
        stamp >"$CACHE/stamp"
        log "fetched $(cd "$CACHE/lib" && ls neo4j-kernel-[0-9]*.jar)"
    ) 9>"$CACHE/.lock"
}

# Prints the pid if our server is running (the pid file's process is ours).
running_pid() {
    [[ -f "$PIDF" ]] || return 1
    local pid; pid=$(cat "$PIDF")
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
    # Guard against a recycled pid: the process must be our Java main class.
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$MAIN" || return 1
    echo "$pid"
}

cmd_stop() {
    local pid
    if pid=$(running_pid); then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 600); do           # up to 60 s for a clean shutdown
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            log "pid $pid did not stop in 60 s, killing it"
            kill -KILL "$pid" 2>/dev/null || true
        fi
        log "stopped (pid $pid)"
    fi
    rm -f "$PIDF" "$ENVF"
}

# Prints a free TCP port on 127.0.0.1: $1 if free, else one the OS picks.
free_port() {
    local want=$1
    if command -v python3 >/dev/null; then
        python3 - "$want" <<'EOF'
import socket, sys
for port in (int(sys.argv[1]), 0):
    s = socket.socket()
    # Like Neo4j (netty): ignore TIME_WAIT left by the previous run's clients.
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        s.bind(("127.0.0.1", port))
        print(s.getsockname()[1]); break
    except OSError:
        pass
    finally:
        s.close()
EOF
    else    # no python: something accepting connections means "taken"
        local p=$want
        while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((20000 + RANDOM % 40000)); done
        echo "$p"
    fi
}

cmd_start() {
    need_java
    cmd_fetch
    cmd_stop                                  # a second start gives a fresh server
    local data="${1:-$VAR/data}"
    mkdir -p "$VAR"
    data=$(mkdir -p "$data" && cd "$data" && pwd)
    # Wipe the test database, but never a directory that is not ours.
    case "$data" in /|"$ROOT"|"$HOME") die "refusing to use $data as DATA_DIR" ;; esac
    if [[ -n "$(ls -A "$data")" && ! -e "$data/$MARKER" ]]; then
        die "$data is not empty and was not made by neo4j.sh; refusing to wipe it"
    fi
    find "$data" -mindepth 1 -delete
    touch "$data/$MARKER"

    local pw port pid attempt
    pw=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
    for attempt in 1 2 3; do
        port=$(free_port "${ANZHI_NEO4J_PORT:-7687}")
        [[ -n "$port" ]] || die "no free port found on 127.0.0.1"
        # shellcheck disable=SC2086  # JAVA_OPTS is a list of words
        ANZHI_NEO4J_PASSWORD="$pw" nohup java $JAVA_OPTS -cp "$CACHE/lib/*" "$MAIN" \
            "$data" "$port" >"$LOG" 2>&1 </dev/null &
        pid=$!
        echo "$pid" >"$PIDF"
        local t0=$SECONDS
        while ! grep -qs '^READY' "$LOG"; do
            if ! kill -0 "$pid" 2>/dev/null; then
                # Lost a race for the port: try another one.
                if grep -q 'Address already in use' "$LOG" && [[ $attempt -lt 3 ]]; then
                    log "port $port taken meanwhile, retrying"; continue 2
                fi
                rm -f "$PIDF"; tail -n 40 "$LOG" >&2
                die "Neo4j exited before it was ready (log: $LOG)"
            fi
            if (( SECONDS - t0 >= TIMEOUT )); then
                tail -n 40 "$LOG" >&2; cmd_stop
                die "Neo4j not ready after ${TIMEOUT} s (log: $LOG)"
            fi
            sleep 0.2
        done
        break
    done
    (umask 077 && cat >"$ENVF.tmp" <<EOF && mv "$ENVF.tmp" "$ENVF")
export ANZHI_NEO4J_URI=bolt://127.0.0.1:$port
export ANZHI_NEO4J_USER=neo4j
export ANZHI_NEO4J_PASSWORD=$pw
EOF
    log "ready at bolt://127.0.0.1:$port (pid $pid, data $data); source $ENVF"
}

cmd_status() {
    local pid
    if pid=$(running_pid); then
        echo "running (pid $pid) at $(sed -n 's/^export ANZHI_NEO4J_URI=//p' "$ENVF" 2>/dev/null)"
    else
        echo "not running"; return 3
    fi
}

case "${1:-}" in
    fetch)  cmd_fetch; log "cache: $CACHE" ;;
    start)  shift; cmd_start "$@" ;;
    stop)   cmd_stop ;;
    status) cmd_status ;;
    *)      echo "usage: $0 fetch | start [DATA_DIR] | stop | status" >&2; exit 2 ;;
esac
