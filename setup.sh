#!/usr/bin/env bash
# Set up everything the pipeline and its tests need on Debian (or Ubuntu):
# Debian's MariaDB server and Python venv support, then the pinned Python packages
# (requirements.lock) and this project in a virtual environment at .venv/, the SLURM plugins
# (requirements-slurm.lock) in .venv/slurm.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")"

# chromium: the test suite opens the HTML report in it (headless) and screenshots a figure.
apt_packages=(mariadb-server mariadb-client ca-certificates chromium)
python3 -c "import ensurepip, venv" 2>/dev/null || apt_packages+=(python3 python3-venv)

missing=()
for package in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
if ((${#missing[@]})); then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
pip=(.venv/bin/python -m pip --quiet --disable-pip-version-check)
"${pip[@]}" install -r requirements.lock
"${pip[@]}" install --no-deps -e .
# profiles/slurm's executor plugins go to .venv/slurm, which only the SLURM command puts on
# PYTHONPATH (docs/slurm.md): Snakemake imports every executor plugin it can find on every
# command, and this one costs ~0.35 s. A .venv set up before holds them in site-packages.
for plugin in snakemake-executor-plugin-slurm snakemake-executor-plugin-slurm-jobstep; do
    if "${pip[@]}" show "$plugin" >/dev/null 2>&1; then "${pip[@]}" uninstall --yes "$plugin"; fi
done
if ! cmp -s requirements-slurm.lock .venv/slurm/requirements-slurm.lock; then
    "${pip[@]}" install --no-deps --upgrade --target .venv/slurm -r requirements-slurm.lock
    cp requirements-slurm.lock .venv/slurm/
fi
echo "setup.sh: ready (.venv/bin/snakemake, MariaDB $(/usr/sbin/mariadbd --version | awk '{print $3}'))"
