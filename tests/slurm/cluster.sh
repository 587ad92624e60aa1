#!/usr/bin/env bash
# A single-node SLURM cluster on this host for tests/test_slurm.py (Debian's slurm-wlm + munge).
#
#   tests/slurm/cluster.sh start    install slurm-wlm and munge with apt if missing, write
#                                   /etc/slurm/slurm.conf for this host (its real CPUs and memory,
#                                   from `slurmd -C`), start munged, slurmctld and slurmd with
#                                   private state on unused ports; nothing to do if it is running
#   tests/slurm/cluster.sh status   exit 0 if it is running
#   tests/slurm/cluster.sh stop     stop the daemons, remove the configuration and the state
#
# Exit status 3 means SLURM cannot run here, the last line saying why: not root, no apt-get, the
# packages cannot be installed, or this host belongs to a SLURM cluster (a slurm.conf not written
# by this script). The configuration must sit at SLURM's default path: the job steps' srun does
# not inherit SLURM_CONF. test.sh starts the cluster before the workflow lane and stops it after.
set -euo pipefail

readonly CONF=/etc/slurm/slurm.conf
readonly MARKER="# Written by tests/slurm/cluster.sh of morf-pipeline; 'cluster.sh stop' removes it."
readonly STATE=/run/morf-test-slurm
readonly PACKAGES=(slurm-wlm munge)
readonly DAEMONS=(slurmd slurmctld munged) # in stopping order
readonly START_TIMEOUT=60
readonly UNAVAILABLE=3

unavailable() {
    echo "SLURM cannot run here: $*" >&2
    exit "$UNAVAILABLE"
}

ours() { [ -f "$CONF" ] && [ "$(head -n 1 "$CONF")" = "$MARKER" ]; }

running() { ours && sinfo -h -o %t 2>/dev/null | grep -q idle; }

install_packages() {
    local missing=() package started=$SECONDS log
    for package in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$package")
    done
    ((${#missing[@]})) || return 0
    command -v apt-get >/dev/null || unavailable "no apt-get to install ${missing[*]}"
    log=$(mktemp)
    if ! { apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${missing[@]}"; } >"$log" 2>&1; then
        tail -n 5 "$log" >&2
        rm -f "$log"
        unavailable "apt-get cannot install ${missing[*]}"
    fi
    rm -f "$log"
    echo "installed ${missing[*]} in $((SECONDS - started)) s"
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

write_conf() {
    local node host
    node=$(slurmd -C | head -n 1) # NodeName=<host> CPUs=... RealMemory=...
    host=${node%% *}
    host=${host#NodeName=}
    mkdir -p "$(dirname "$CONF")"
    cat >"$CONF" <<CONF
$MARKER
ClusterName=morftest
SlurmctldHost=$host
SlurmctldPort=$(free_port)
SlurmdPort=$(free_port)
SlurmUser=root
AuthType=auth/munge
AuthInfo=socket=$STATE/munge.socket
CredType=cred/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
ReturnToService=2
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
# No accounting database: finished jobs stay visible to squeue for the status checks.
MinJobAge=3600
StateSaveLocation=$STATE/state
SlurmdSpoolDir=$STATE/spool
SlurmctldPidFile=$STATE/slurmctld.pid
SlurmdPidFile=$STATE/slurmd.pid
SlurmctldLogFile=$STATE/slurmctld.log
SlurmdLogFile=$STATE/slurmd.log
$node State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
}

wait_for() { # wait_for WHAT COMMAND...: until COMMAND succeeds, at most START_TIMEOUT seconds
    local what=$1 deadline=$((SECONDS + START_TIMEOUT))
    shift
    until "$@"; do
        if ((SECONDS > deadline)); then
            echo "$what not ready after $START_TIMEOUT s; daemon logs:" >&2
            tail -n 20 "$STATE"/*.log >&2 || true
            stop
            exit 1
        fi
        sleep 0.2
    done
}

launch() { # launch NAME ARGS...: start a daemon (it detaches), its own output to $STATE/NAME.out
    local name=$1
    shift
    if ! "$name" "$@" </dev/null >"$STATE/$name.out" 2>&1; then
        echo "$name did not start:" >&2
        cat "$STATE/$name.out" >&2
        stop
        exit 1
    fi
}

start() {
    if running; then
        echo "SLURM test cluster already running"
        return
    fi
    [ "$(id -u)" -eq 0 ] || unavailable "configuring SLURM at $CONF needs root"
    if [ -e "$CONF" ] && ! ours; then
        unavailable "$CONF exists: this host belongs to a SLURM cluster already"
    fi
    install_packages
    stop # what a crashed earlier start left
    local started=$SECONDS
    mkdir -p -m 700 "$STATE" "$STATE/state" "$STATE/spool"
    write_conf
    launch munged --force --socket="$STATE/munge.socket" --pid-file="$STATE/munged.pid" \
        --log-file="$STATE/munged.log" --seed-file="$STATE/munged.seed"
    wait_for munged test -S "$STATE/munge.socket"
    launch slurmctld -i
    launch slurmd
    wait_for "the SLURM node" running
    echo "started munged, slurmctld and slurmd in $((SECONDS - started)) s"
}

stop() {
    local name pid deadline
    for name in "${DAEMONS[@]}"; do
        [ -f "$STATE/$name.pid" ] || continue
        pid=$(<"$STATE/$name.pid")
        # Only the daemon this script started (a pid file can outlive its process).
        [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$name" ] || continue
        kill "$pid"
        deadline=$((SECONDS + 30))
        while [ -e "/proc/$pid" ] && ((SECONDS < deadline)); do sleep 0.1; done
        [ ! -e "/proc/$pid" ] || kill -KILL "$pid"
    done
    if ours; then rm -f "$CONF"; fi
    rm -rf "$STATE"
}

case "${1:-}" in
start) start ;;
status) running ;;
stop) stop ;;
*)
    echo "usage: $0 start|status|stop" >&2
    exit 2
    ;;
esac
