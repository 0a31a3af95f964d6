# Sourced by bench/run: logging, the time budget, results and the final table.

log() {
    printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2
}

# record FIGURE VALUE TARGET PEER VERDICT: one row of the final table.
record() {
    printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" >>"$RESULTS"
    log "result: $1 = $2 [$5]"
}

# verdict VALUE CONDITION: PASS when the awk CONDITION on v holds for the number VALUE, FAIL when
# not, n/a when VALUE is not a number (the figure could not be measured).
verdict() {
    if [[ ! "$1" =~ ^-?[0-9]+(\.[0-9]+)?$ ]]; then
        echo "n/a"
    elif awk -v v="$1" "BEGIN { exit !($2) }"; then
        echo PASS
    else
        echo FAIL
    fi
}

# calc AWK_EXPRESSION [FORMAT]: arithmetic with decimals.
calc() {
    awk "BEGIN { printf \"${2:-%.2f}\", $1 }"
}

# median NUMBER...: the middle one of an odd count, rounded to a whole number.
median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "%.0f", v[int((NR + 1) / 2)] }'
}

# seconds_left: what remains of the time budget.
seconds_left() {
    echo $((BUDGET_SECS - SECONDS))
}

# within_budget FIGURE SECONDS_NEEDED: false (and a "skipped" row) when the budget is too short.
within_budget() {
    if (($(seconds_left) < $2)); then
        record "$1" "skipped" "-" "-" "SKIP (time budget: $(seconds_left) s left, needs $2 s)"
        return 1
    fi
}

# wants FIGURE_KEY: whether --only selected this part (all parts when --only is absent).
wants() {
    [[ -z "$ONLY" || ",$ONLY," == *",$1,"* ]]
}

print_table() {
    {
        printf 'figure\tvalue\ttarget\tpeer value\tverdict\n'
        cat "$RESULTS"
    } | awk -F'\t' '
        {
            rows = NR
            for (i = 1; i <= 5; i++) {
                cell[NR, i] = $i
                if (length($i) > width[i]) width[i] = length($i)
            }
        }
        function rule(   i, line, dashes) {
            line = ""
            for (i = 1; i <= 5; i++) {
                dashes = sprintf("%" width[i] "s", "")
                gsub(/ /, "-", dashes)
                line = line dashes (i < 5 ? "-|-" : "")
            }
            print line
        }
        END {
            for (r = 1; r <= rows; r++) {
                line = ""
                for (i = 1; i <= 5; i++) {
                    line = line sprintf("%-" width[i] "s", cell[r, i]) (i < 5 ? " | " : "")
                }
                print line
                if (r == 1) rule()
            }
        }'
}
