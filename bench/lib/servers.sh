# Sourced by bench/run: packages, the build, and the servers under test (all on 127.0.0.1).
# Every process started here is remembered by pid and stopped by pid in cleanup.

STARTED_PIDS=()
SCRATCH_DATABASES=()
declare -A TORC_URL TORC_PORT TORC_LAUNCHER TORC_JVM TORC_READY_SECS TORC_STARTS

install_packages() {
    local missing=()
    command -v wrk >/dev/null || missing+=(wrk)
    [[ -x /usr/sbin/apache2 ]] || missing+=(apache2)
    command -v htpasswd >/dev/null || missing+=(apache2-utils)
    command -v psql >/dev/null || missing+=(postgresql-client)
    ((${#missing[@]} == 0)) && return 0
    log "installing ${missing[*]} from Debian packages"
    local sudo=""
    ((EUID == 0)) || sudo="sudo"
    # A policy-rc.d that answers 101 stops the packages from starting Apache on port 80.
    local policy=/usr/sbin/policy-rc.d placed=""
    if [[ ! -e $policy ]]; then
        printf '#!/bin/sh\nexit 101\n' | $sudo tee $policy >/dev/null && $sudo chmod 755 $policy
        placed=yes
    fi
    $sudo apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    local status=$?
    [[ -n $placed ]] && $sudo rm -f $policy
    return $status
}

# Builds the project when the programs are missing, or older than a source or pom file, so that
# the figures never describe stale code.
build_if_needed() {
    local war=$ROOT/torc-cli/target/runtime/torc.war newer=""
    if [[ -f $ROOT/torc-cli/target/torc-cli.jar && -f $war ]]; then
        newer=$(find "$ROOT"/pom.xml "$ROOT"/torc-*/pom.xml "$ROOT"/torc-*/src/main -type f \
            -newer "$war" -print -quit 2>/dev/null)
        [[ -z $newer ]] && return 0
        log "sources changed since the last build (${newer#"$ROOT"/})"
    fi
    log "building the project (mvn -B -q install -DskipTests)"
    (cd "$ROOT" && mvn -B -q install -DskipTests) >&2
}

compile_driver() {
    mkdir -p "$WORK/classes"
    javac --release 17 -d "$WORK/classes" $(find "$BENCH/java" -name '*.java')
}

# driver SECONDS COMMAND ARGS...: the Java benchmark driver, stopped after SECONDS; it prints
# name=value lines on stdout.
driver() {
    local limit=$1
    shift
    timeout "$limit" java -XX:+UseSerialGC -Xmx512m -cp "$WORK/classes" org.torc.bench.Bench "$@"
}

# value_of NAME FILE: the value of a name=value line.
value_of() {
    sed -n "s/^$1=//p" "$2" | tail -1
}

# free_port: a port nobody listens on, below Linux's ephemeral range (32768 and up), so that no
# outgoing connection holds it either.
free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 12000))
        ss -Hltn "sport = :$port" | grep -q . || break
    done
    echo "$port"
}

# --- Apache httpd: a static file, and the same file behind Basic auth (mod_authn_file) --------

start_apache() {
    local attempt
    for attempt in 1 2 3; do
        start_apache_once && return 0
    done
    return 1
}

start_apache_once() {
    local dir=$WORK/apache
    APACHE_PORT=$(free_port)
    mkdir -p "$dir/htdocs/private"
    echo '{"items":[],"offset":0,"count":0,"total_count":0,"has_more":false}' \
        | tee "$dir/htdocs/index.json" >"$dir/htdocs/private/index.json"
    cp "$HTPASSWD" "$dir/htpasswd"
    chmod 755 "$WORK" "$dir" "$dir/htdocs" "$dir/htdocs/private"
    chmod 644 "$dir/htpasswd" "$dir"/htdocs/index.json "$dir"/htdocs/private/index.json
    local modules=/usr/lib/apache2/modules
    cat >"$dir/httpd.conf" <<CONF
ServerName 127.0.0.1
Listen 127.0.0.1:$APACHE_PORT
PidFile $dir/httpd.pid
ErrorLog $dir/error.log
LogLevel warn
LoadModule mpm_event_module $modules/mod_mpm_event.so
LoadModule authn_core_module $modules/mod_authn_core.so
LoadModule authn_file_module $modules/mod_authn_file.so
LoadModule auth_basic_module $modules/mod_auth_basic.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule authz_user_module $modules/mod_authz_user.so
User www-data
Group www-data
KeepAlive On
MaxKeepAliveRequests 0
DocumentRoot $dir/htdocs
<Directory $dir/htdocs>
    Require all granted
</Directory>
<Location /private>
    AuthType Basic
    AuthName "bench"
    AuthBasicProvider file
    AuthUserFile $dir/htpasswd
    Require valid-user
</Location>
CONF
    /usr/sbin/apache2 -f "$dir/httpd.conf" -DFOREGROUND >"$dir/stdout.log" 2>&1 &
    STARTED_PIDS+=($!)
    APACHE_PID=$!
    local i
    for i in $(seq 100); do
        curl -fs "http://127.0.0.1:$APACHE_PORT/index.json" >/dev/null && return 0
        kill -0 "$APACHE_PID" 2>/dev/null || break
        sleep 0.1
    done
    log "Apache did not start: $(cat "$dir/error.log" "$dir/stdout.log" 2>/dev/null)"
    stop_pid "$APACHE_PID"
    return 1
}

# --- torc-server --------------------------------------------------------------------------------

# start_torc NAME DATABASE [OPTIONS...]: starts bin/torc-server (again on the same port when NAME
# ran before) and waits for its ready line; sets TORC_URL, TORC_LAUNCHER, TORC_JVM, ...
start_torc() {
    local name=$1 database=$2
    shift 2
    local count=$((${TORC_STARTS[$name]:-0} + 1))
    TORC_STARTS[$name]=$count
    local out=$WORK/torc-$name-$count.out err=$WORK/torc-$name-$count.err
    local started
    : >"$out"
    : >"$err"
    started=$(date +%s%N)
    "$ROOT/bin/torc-server" run --port "${TORC_PORT[$name]:-0}" --database "$database" "$@" \
        >"$out" 2>"$err" &
    local pid=$!
    STARTED_PIDS+=($pid)
    TORC_LAUNCHER[$name]=$pid
    local deadline=$((SECONDS + 180))
    until grep -q 'Torc server is ready at' "$out"; do
        if ! kill -0 "$pid" 2>/dev/null || ((SECONDS > deadline)) ||
            grep -q 'Exception while loading the app' "$err"; then
            log "torc server '$name' did not start; its log: $err"
            tail -5 "$err" >&2
            TORC_FAILURE=$(grep -m1 -o 'Exception: [^:]*: [^(]*' "$err" | cut -c1-100)
            stop_torc "$name"
            return 1
        fi
        sleep 0.05
    done
    TORC_READY_SECS[$name]=$(calc "($(date +%s%N) - $started) / 1e9")
    TORC_URL[$name]=$(grep -o 'http://[^ ]*' "$out" | tail -1)
    TORC_PORT[$name]=$(sed -E 's#http://[^:]+:([0-9]+)/.*#\1#' <<<"${TORC_URL[$name]}")
    TORC_JVM[$name]=$(pgrep -P "$pid" java | head -1)
    STARTED_PIDS+=("${TORC_JVM[$name]}")
    log "torc server '$name' ready in ${TORC_READY_SECS[$name]} s at ${TORC_URL[$name]}"
}

# stop_pid PID: SIGTERM, then SIGKILL after 30 s.
stop_pid() {
    local pid=$1 i
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null
    for i in $(seq 300); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null
}

stop_torc() {
    stop_pid "${TORC_LAUNCHER[$1]:-}"
    stop_pid "${TORC_JVM[$1]:-}"
}

# crash_torc NAME: kill -9 of the server JVM, as a crash; the launcher then ends (killed if not).
crash_torc() {
    kill -KILL "${TORC_JVM[$1]:-}" 2>/dev/null
    local i
    for i in $(seq 100); do
        kill -0 "${TORC_LAUNCHER[$1]}" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -KILL "${TORC_LAUNCHER[$1]}" 2>/dev/null
}

# rss_mib PID FIELD: VmRSS (now) or VmHWM (peak) of a process, in MiB.
rss_mib() {
    awk -v f="$2:" '$1 == f { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null
}

# --- PostgreSQL (127.0.0.1:5432, user postgres) ------------------------------------------------

postgres_available() {
    psql -h 127.0.0.1 -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1
}

# scratch_database: creates an empty database, dropped in cleanup; its URL is in SCRATCH_URL.
scratch_database() {
    local name="torc_bench_$$_${RANDOM}"
    psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $name" >/dev/null || return 1
    SCRATCH_DATABASES+=("$name")
    SCRATCH_URL="postgresql://postgres@127.0.0.1:5432/$name"
}

cleanup() {
    local pid name
    for pid in "${STARTED_PIDS[@]}"; do
        kill -TERM "$pid" 2>/dev/null
    done
    for pid in "${STARTED_PIDS[@]}"; do
        stop_pid "$pid"
    done
    for name in "${SCRATCH_DATABASES[@]}"; do
        psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $name" \
            >/dev/null 2>&1 || log "could not drop scratch database $name"
    done
    [[ -n $KEEP_WORK ]] || rm -rf "$WORK"
}
