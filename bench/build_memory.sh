#!/usr/bin/env bash
# Peak memory and wall time of `alentour build` against the input's size, on every
# .osm.pbf under the data folder: the figures behind README's "Large regions" table.
# Usage: bench/build_memory.sh [ALENTOUR_BINARY] [DATA_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$here/build/tools/alentour/alentour}"
data="${2:-$here/../shared/data}"
[ -x "$bin" ] || { echo "no alentour binary at $bin (build it, or pass its path)" >&2; exit 1; }
command -v /usr/bin/time > /dev/null || { echo "needs GNU time (/usr/bin/time, Debian package 'time')" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

printf '%-36s %8s %10s %9s %9s %9s %8s %9s %8s\n' file input_MB nodes ways highways edges peak_MB MB_per_MB wall_s
find "$data" -name '*.osm.pbf' -printf '%s %p\n' | sort -n | while read -r size path; do
    [ -n "${ONLY:-}" ] && [[ "$path" != *$ONLY* ]] && continue
    /usr/bin/time -v "$bin" build "$path" -o "$work/out.alentour" --overwrite \
        > "$work/out.txt" 2> "$work/time.txt"
    peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt" |
        awk -F: '{ s = 0; for (i = 1; i <= NF; ++i) s = s * 60 + $i; print s }')
    # "read  N nodes, M ways (H highways)" and "mode: N nodes, E directed edges, ..."
    counts=$("$bin" info "$work/out.alentour" | awk '
        /^read / { gsub(/[(,]/, ""); n = $2; w = $4; h = $6 }
        /directed edges/ { gsub(/,/, ""); e += $4 }
        END { print n, w, h, e }')
    read -r nodes ways highways edges <<< "$counts"
    awk -v f="$(basename "$path")" -v s="$size" -v n="$nodes" -v w="$ways" -v h="$highways" -v e="$edges" \
        -v p="$peak_kb" -v t="$wall" 'BEGIN { mb = s / 1048576
        printf "%-36s %8.1f %10d %9d %9d %9d %8.0f %9.1f %8.2f\n", f, mb, n, w, h, e, p / 1024, p / 1024 / mb, t }'
done | tee "$work/table.txt"

# Least-squares lines through the rows: peak = fixed + slope x, with x the input's size,
# then the directed edges built (all profiles), then the nodes read; r² says how straight.
awk 'NR > 1 { mb[NR] = $2; nodes[NR] = $3; edges[NR] = $6; peak[NR] = $7; ++n }
function fit(x, label, unit, scale,    i, sx, sy, sxx, sxy, syy, b, a, r2) {
    for (i in x) { sx += x[i]; sy += peak[i]; sxx += x[i] * x[i]; sxy += x[i] * peak[i]; syy += peak[i] * peak[i] }
    b = (n * sxy - sx * sy) / (n * sxx - sx * sx); a = (sy - b * sx) / n
    r2 = (n * sxy - sx * sy) ^ 2 / ((n * sxx - sx * sx) * (n * syy - sy * sy))
    printf "fit on %-14s peak = %5.1f MB + %8.2f %s   (r² %.3f)\n", label, a, b * scale, unit, r2
}
END { print ""; fit(mb, "input size:", "MB per input MB", 1)
      fit(edges, "edges:", "bytes per directed edge", 1048576)
      fit(nodes, "nodes read:", "bytes per node read", 1048576) }' "$work/table.txt"
