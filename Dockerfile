# The MORF MWE pipeline in a container: mount a MORF data tree at /morf-data and collect
# results/ and output/ through mounts (see README.md, "Container").
FROM debian:bookworm-slim

SHELL ["/bin/bash", "-o", "pipefail", "-c"]
WORKDIR /opt/morf-pipeline

# Same set-up as on a workstation: setup.sh installs MariaDB and the pinned Python packages.
COPY setup.sh requirements.lock pyproject.toml ./
COPY src ./src
RUN ./setup.sh && rm -rf /var/lib/apt/lists/* /root/.cache

COPY Snakefile config.yaml config.schema.yaml ./
COPY rules ./rules
COPY scripts ./scripts
COPY envs ./envs
COPY profiles ./profiles
COPY report ./report

# The container's default data_dir is /morf-data (profiles/container); --config overrides it.
ENV PATH="/opt/morf-pipeline/.venv/bin:${PATH}" \
    SNAKEMAKE_PROFILE=/opt/morf-pipeline/profiles/container \
    XDG_CACHE_HOME=/tmp/.cache \
    TZ=UTC
VOLUME ["/morf-data"]
ENTRYPOINT ["snakemake", "--cores", "all"]
