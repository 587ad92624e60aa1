#!/usr/bin/env bash
# Make this machine able to build and run the project's image with podman, no registry needed:
#  1. installs Debian's podman, runc and debootstrap if missing;
#  2. writes .podman/containers.conf (select it with CONTAINERS_CONF): the runc runtime (crun
#     refuses some cgroup layouts) and ulimits within this machine's hard limits (podman's
#     defaults exceed them, and root without CAP_SYS_RESOURCE cannot raise them);
#  3. builds debian:bookworm-slim with `debootstrap --variant=minbase bookworm` from the Debian
#     mirror apt already uses, slimmed as the official image is, and `podman import`s it.
# Safe to run again: it only does what is missing (--rebuild-base makes the base image anew).
# Exit status: 0 ready; 77 podman cannot run here (the reason is printed); anything else: error.
set -euo pipefail
cd "$(dirname "$0")/.."

readonly BASE_IMAGE=debian:bookworm-slim
readonly SUITE=bookworm
readonly CONF=.podman/containers.conf
# podman lowers its own RLIMIT_NPROC to this at start-up, so no container can get more.
readonly PODMAN_MAX_NPROC=32768

cannot_run() {
    echo "container/setup-podman.sh: podman cannot run here: $*" >&2
    exit 77
}

rebuild_base=false
case "${1:-}" in
    "") ;;
    --rebuild-base) rebuild_base=true ;;
    *)
        echo "usage: $0 [--rebuild-base]" >&2
        exit 2
        ;;
esac

[ "$(uname -s)" = Linux ] || cannot_run "containers need Linux (this is $(uname -s))"
# Rootful podman: this script installs packages and imports the base image into root's storage.
[ "$(id -u)" -eq 0 ] || cannot_run "not root (run it as root: it sets up rootful podman)"

missing=()
for command_package in podman:podman runc:runc debootstrap:debootstrap; do
    command -v "${command_package%%:*}" >/dev/null || missing+=("${command_package##*:}")
done
if ((${#missing[@]})); then
    command -v apt-get >/dev/null || cannot_run "no apt-get to install ${missing[*]}"
    apt-get update -qq
    # No recommends: rootful podman needs neither buildah's CLI, fuse-overlayfs nor slirp4netns.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
        || cannot_run "apt-get could not install ${missing[*]}"
fi

limit() { # the smaller of this shell's hard limit (ulimit option $1) and $2
    local hard
    hard=$(ulimit -H "$1")
    if [ "$hard" = unlimited ] || [ "$hard" -gt "$2" ]; then echo "$2"; else echo "$hard"; fi
}
nofile=$(limit -n 1048576)
nproc=$(limit -u "$PODMAN_MAX_NPROC")
mkdir -p "$(dirname "$CONF")"
cat >"$CONF.new" <<EOF
# Written by container/setup-podman.sh for this machine; use it with
#   export CONTAINERS_CONF=$PWD/$CONF
[containers]
default_ulimits = ["nofile=$nofile:$nofile", "nproc=$nproc:$nproc"]

[engine]
runtime = "runc"
EOF
mv "$CONF.new" "$CONF"
export CONTAINERS_CONF="$PWD/$CONF"

# The Debian mirror apt uses (deb822 .sources or one-line .list entries): the first URI that
# serves a Debian suite, and the one serving its -security suite.
debian_mirrors() {
    python3 - /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources <<'EOF'
import re
import sys
from pathlib import Path

CODENAMES = ("bookworm", "trixie", "forky", "sid", "bullseye", "stable", "oldstable", "testing")
entries = []  # (uris, suites)
for name in sys.argv[1:]:
    path = Path(name)
    if not path.is_file():
        continue
    text = path.read_text()
    if path.suffix == ".sources":
        for stanza in text.split("\n\n"):
            fields = {}
            for line in stanza.splitlines():
                if ":" in line and not line.startswith(("#", " ")):
                    key, value = line.split(":", 1)
                    fields[key.strip().lower()] = value.split()
            if "deb" in fields.get("types", []) and fields.get("enabled", ["yes"]) != ["no"]:
                entries.append((fields.get("uris", []), fields.get("suites", [])))
    else:
        for line in text.splitlines():
            words = re.sub(r"\[[^]]*\]", " ", line.split("#", 1)[0]).split()
            if len(words) >= 3 and words[0] == "deb":
                entries.append(([words[1]], [words[2]]))
main = next((u[0] for u, s in entries if u and any(x in CODENAMES for x in s)), None)
security = next(
    (u[0] for u, s in entries if u and any(x.endswith("-security") for x in s)), None
)
print(main or "http://deb.debian.org/debian")
print(security or "http://deb.debian.org/debian-security")
EOF
}

if $rebuild_base || ! podman image exists "$BASE_IMAGE"; then
    command -v python3 >/dev/null || cannot_run "python3 is needed to read apt's sources"
    { read -r mirror && read -r security_mirror; } < <(debian_mirrors)
    rootfs=$(mktemp -d /var/tmp/morf-rootfs.XXXXXX)
    trap 'rm -rf "$rootfs"' EXIT
    echo "setup-podman.sh: debootstrap $SUITE from $mirror (1-2 min)"
    debootstrap --variant=minbase "$SUITE" "$rootfs" "$mirror" >"$rootfs.log" 2>&1 || {
        tail -20 "$rootfs.log" >&2
        rm -f "$rootfs.log"
        cannot_run "debootstrap of $SUITE from $mirror failed"
    }
    rm -f "$rootfs.log"
    # Slim as the official image (debuerreotype-slimify): no docs, manuals or translations,
    # now or in packages installed later; no apt caches or package lists.
    cat >"$rootfs/etc/dpkg/dpkg.cfg.d/docker-slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
EOF
    cat >"$rootfs/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
Acquire::Languages "none";
APT::AutoRemove::SuggestsImportant "false";
EOF
    rm -f "$rootfs/etc/apt/sources.list"
    cat >"$rootfs/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $mirror
Suites: $SUITE $SUITE-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $security_mirror
Suites: $SUITE-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    find "$rootfs/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
    find "$rootfs/usr/share/doc" -mindepth 1 -type d -empty -delete
    rm -rf "$rootfs"/usr/share/{man,groff,info,lintian,linda}/* "$rootfs"/var/cache/apt/* \
        "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/log/*.log "$rootfs"/var/log/apt/*
    find "$rootfs/usr/share/locale" -mindepth 1 -maxdepth 1 -not -name locale.alias \
        -exec rm -rf {} +
    tar -C "$rootfs" --numeric-owner -c . \
        | podman import --change 'CMD ["bash"]' - "$BASE_IMAGE" >/dev/null
    rm -rf "$rootfs"
    trap - EXIT
fi

if ! failure=$(podman run --rm "$BASE_IMAGE" true 2>&1); then
    cannot_run "a container does not start: $(tail -1 <<<"$failure")"
fi
echo "setup-podman.sh: ready: podman $(podman --version | awk '{print $3}') with runc," \
    "$BASE_IMAGE built locally; use: export CONTAINERS_CONF=$PWD/$CONF"
