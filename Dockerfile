# The MORF MWE pipeline in a container (docs/container.md): a MORF data tree is mounted read-only
# at /morf-data and a working directory at /work, which receives everything a run writes.

# What the pipeline runs on: Python, MariaDB's server and client binaries (not the mariadb-server
# package, whose system datadir, Perl tools and Galera the private per-job servers never use)
# and Graphviz. Debian's security updates replace exact versions, so these are not pinned.
FROM debian:bookworm-slim AS runtime
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        python3 mariadb-server-core mariadb-client-core graphviz \
    && rm -rf /var/lib/apt/lists/*

# The pinned Python packages in a virtual environment, built apart so that build-time and
# test-only tools (pip's caches, linters, type checker, pytest, chromium) stay out of the image.
FROM debian:bookworm-slim AS build
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3-venv \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/morf-pipeline
COPY pyproject.toml requirements.lock container/make-venv.sh ./
# A machine whose pip needs its own configuration (a proxy's CA, a private index) gives it for the
# build only: container/build-image.sh.
RUN ./make-venv.sh

# The project's code, compiled once (hash-checked, so the copy's timestamps do not matter).
FROM build AS code
COPY src ./src
RUN .venv/bin/python -m compileall -q --invalidation-mode checked-hash src

# The image: no RUN step here, so nothing mounted for a build step can leave a trace in it.
# Any uid may run it (docker run --user): HOME and caches are in /tmp, and USER names the user
# for Snakemake, which would otherwise look up the uid in /etc/passwd.
FROM runtime
ENV PATH="/opt/morf-pipeline/.venv/bin:${PATH}" \
    MORF_SITE_CONFIG=/opt/morf-pipeline/container/site-config.yaml \
    HOME=/tmp \
    USER=morf \
    XDG_CACHE_HOME=/tmp/.cache \
    TZ=UTC
COPY --from=build /opt/morf-pipeline/.venv /opt/morf-pipeline/.venv
WORKDIR /opt/morf-pipeline
COPY Snakefile config.yaml config.schema.yaml ./
COPY container/site-config.yaml ./container/
COPY profiles ./profiles
COPY envs ./envs
COPY report ./report
COPY rules ./rules
COPY scripts ./scripts
COPY examples ./examples
COPY --from=code /opt/morf-pipeline/src ./src
# Every run's files (results, output, logs, benchmarks, .snakemake, the report) go to /work.
WORKDIR /work
ENTRYPOINT ["snakemake", "--snakefile", "/opt/morf-pipeline/Snakefile", "--cores", "all"]
