#!/usr/bin/env bash
# Build the image with podman, giving pip this machine's own configuration for the build only:
# pip's effective settings (its configuration files and PIP_* variables, as `pip config list`
# reports them) are written to one file mounted read-only at /etc/pip.conf while the image
# builds, and every local file or directory they name (a proxy's CA bundle, constraints,
# find-links, file:// indexes) is mounted read-only under /host-pip (at its own path there, not
# over the image's own files, which apt manages). Nothing of it is copied into the image.
# Where pip needs no configuration, plain `podman build` does the same.
# Usage: container/build-image.sh [TAG] [more podman build options]   (default tag morf-pipeline)
set -euo pipefail
cd "$(dirname "$0")/.."

readonly MOUNT_ROOT=/host-pip
tag=${1:-morf-pipeline}
shift || true

python=python3
[ -x .venv/bin/python ] && python=.venv/bin/python
settings=()
"$python" -m pip --version >/dev/null 2>&1 \
    && mapfile -t settings < <(PIP_DISABLE_PIP_VERSION_CHECK=1 "$python" -m pip config list)

# section.name='value' lines; PIP_* variables (section :env:) override the files, as in pip.
declare -A values=()
for pass in files env; do
    for line in "${settings[@]}"; do
        key=${line%%=*}
        value=${line#*=}
        value=${value#\'}
        value=${value%\'}
        section=${key%%.*}
        if [ "$section" = ":env:" ]; then
            [ "$pass" = env ] || continue
            section=global
        else
            [ "$pass" = files ] || continue
        fi
        values["$section.${key#*.}"]=$value
    done
done

workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT
mounts=()
declare -A mounted=()
if ((${#values[@]})); then
    for section in $(printf '%s\n' "${!values[@]}" | cut -d. -f1 | sort -u); do
        echo "[$section]"
        for key in $(printf '%s\n' "${!values[@]}" | grep "^$section\." | sort); do
            words=()
            for word in ${values[$key]}; do
                path=${word#file://}
                if [[ $path == /* ]] && [ -e "$path" ]; then
                    word=${word%"$path"}$MOUNT_ROOT$path
                    # A local index's pages link to files beside its simple/ directory.
                    [[ $word == file://* && ${path%/} == */simple ]] && path=$(dirname "$path")
                    [ -n "${mounted[$path]:-}" ] \
                        || mounts+=(--volume "$(realpath "$path"):$MOUNT_ROOT$path:ro")
                    mounted[$path]=1
                fi
                words+=("$word")
            done
            echo "${key#*.} = ${words[*]}"
        done
    done >"$workdir/pip.conf"
    mounts+=(--volume "$workdir/pip.conf:/etc/pip.conf:ro")
fi

# --format docker keeps Docker's image format (podman's default OCI format drops SHELL and the
# like); the build runs on the host's network. podman mounts --volume in every RUN step and
# leaves the mount points behind, so the runtime stage's RUN step is built (or found in the
# cache) first without them; the final stage has no RUN step of its own.
build=(podman build --format docker --network host)
"${build[@]}" --target runtime "$@" .
"${build[@]}" "${mounts[@]}" --tag "$tag" "$@" .
