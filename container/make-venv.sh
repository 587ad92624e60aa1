#!/bin/sh
# The Dockerfile's build stage: the pipeline's Python packages in .venv/ of the working directory,
# pyproject.toml's dependencies at requirements.lock's versions, without what no run uses.
set -eu

python3 -m venv .venv
.venv/bin/python -c 'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"], sep="\n")' \
    >runtime-requirements.txt
.venv/bin/pip install --no-cache-dir --disable-pip-version-check \
    --constraint requirements.lock --requirement runtime-requirements.txt

# Every installed package must be pinned by the lock (names compared as pip normalizes them).
.venv/bin/pip freeze --disable-pip-version-check >freeze.txt
tr 'A-Z_.' 'a-z--' <freeze.txt >installed.txt
tr 'A-Z_.' 'a-z--' <requirements.lock >locked.txt
if grep -vxF --file locked.txt installed.txt; then
    echo "make-venv.sh: the packages above are not pinned by requirements.lock" >&2
    exit 1
fi

# Not used by any run: the packages' own test suites (about 120 MB), pip and setuptools, and the
# CBC solver binaries PuLP ships for other platforms (Snakemake's scheduler runs this one's).
site_packages=$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_path("purelib"))')
find "$site_packages" -depth -type d -name tests -exec rm -rf {} +
cbc=$(.venv/bin/python -c 'import os; from pulp.apis.coin_api import pulp_cbc_path as p; print(os.path.realpath(p))')
[ -x "$cbc" ] || { echo "make-venv.sh: no CBC solver at $cbc" >&2; exit 1; }
find "$site_packages/pulp/solverdir/cbc" -mindepth 2 -maxdepth 2 -type d \
    -not -path "$(dirname "$cbc")" -exec rm -rf {} +
find "$site_packages/pulp/solverdir/cbc" -mindepth 1 -maxdepth 1 -type d -empty -delete
.venv/bin/python -m pip uninstall --quiet --yes pip setuptools

# The project's own code is put on the path (as an editable install would), not installed, so
# editing it reinstalls nothing.
echo "$PWD/src" >"$site_packages/morf-pipeline-src.pth"
