# Sourced by bench/run: wrk runs (one thread, bounded duration) and reading their output.

# run_wrk OUT CONNECTIONS SECONDS URL [WRK_OPTIONS...]
run_wrk() {
    local out=$1 connections=$2 secs=$3 url=$4
    shift 4
    timeout $((secs + 30)) wrk -t1 -c"$connections" -d"${secs}s" --timeout 10s --latency \
        "$@" "$url" >"$out" 2>&1 || true
}

wrk_rps() {
    awk '/^Requests\/sec:/ { print $2 }' "$1"
}

# wrk_ms OUT PERCENTILE: a latency percentile (50, 75, 90, 99) in milliseconds.
wrk_ms() {
    awk -v p="$2%" '$1 == p {
        v = $2
        if (v ~ /us$/) { sub(/us$/, "", v); v = v / 1000 }
        else if (v ~ /ms$/) { sub(/ms$/, "", v) }
        else if (v ~ /m$/) { sub(/m$/, "", v); v = v * 60000 }
        else if (v ~ /s$/) { sub(/s$/, "", v); v = v * 1000 }
        printf "%.2f", v
    }' "$1"
}

# wrk_bad OUT: answers other than 2xx/3xx plus socket errors (timeouts included).
wrk_bad() {
    awk '/Non-2xx or 3xx responses:/ { n += $NF }
         /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 }
         END { print n + 0 }' "$1"
}

# http_status URL [CURL_OPTIONS...]
http_status() {
    local url=$1
    shift
    curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$@" "$url"
}
