#!/usr/bin/env bash
# The whole test suite in three lanes, cheapest first; it stops at the first lane that fails.
#
#   static    ruff, ruff format, mypy --strict, snakefmt, snakemake --lint, hadolint
#   unit      pytest -m "not workflow": the package in-process, real MariaDB servers included
#   workflow  pytest -m workflow: real Snakemake runs, and the SLURM profile on the single-node
#             cluster of tests/slurm/cluster.sh (started before the lane, stopped after it)
#
# Usage: ./test.sh [LANE...] (default: all three, in that order). Run ./setup.sh first.
# Each lane prints its name and duration; pytest options can go in PYTEST_ADDOPTS.
set -uo pipefail
cd "$(dirname "$0")"

readonly BIN=.venv/bin
readonly SLURM_UNAVAILABLE=3
summary=()

gate() { # gate TOOL ARGS...: one static check, named on the terminal
    echo "--- $*"
    "$BIN/$1" "${@:2}"
}

static_lane() { # every gate runs, so one run shows every finding
    local failed=0
    gate ruff check . || failed=1
    gate ruff format --check . || failed=1
    gate mypy || failed=1
    gate snakefmt --check Snakefile rules || failed=1
    gate snakemake --lint --cores 1 || failed=1
    gate hadolint Dockerfile || failed=1
    return "$failed"
}

unit_lane() {
    "$BIN/python" -m pytest -m "not workflow"
}

workflow_lane() {
    local slurm_started=0 status
    if ! tests/slurm/cluster.sh status; then
        tests/slurm/cluster.sh start
        status=$?
        if ((status == 0)); then
            slurm_started=1
        elif ((status != SLURM_UNAVAILABLE)); then
            return "$status"
        fi # unavailable: the SLURM test skips, saying why
    fi
    "$BIN/python" -m pytest -m workflow
    status=$?
    if ((slurm_started)); then
        tests/slurm/cluster.sh stop || status=1
    fi
    return "$status"
}

run_lane() { # run_lane NAME: run it, print its duration, stop at a failure
    local name=$1 started=$EPOCHREALTIME status seconds
    echo "=== lane $name"
    "${name}_lane"
    status=$?
    seconds=$(awk "BEGIN { printf \"%.1f\", $EPOCHREALTIME - $started }")
    summary+=("$name $seconds s")
    if ((status != 0)); then
        echo "=== lane $name FAILED after $seconds s (later lanes not run)"
        exit 1
    fi
    echo "=== lane $name passed in $seconds s"
}

lanes=("$@")
((${#lanes[@]})) || lanes=(static unit workflow)
for lane in "${lanes[@]}"; do
    case "$lane" in
    static | unit | workflow) ;;
    *)
        echo "test.sh: unknown lane '$lane' (static, unit, workflow)" >&2
        exit 2
        ;;
    esac
done
for lane in "${lanes[@]}"; do
    run_lane "$lane"
done
echo "=== all lanes passed: $(IFS=,; echo "${summary[*]}" | sed 's/,/, /g')"
