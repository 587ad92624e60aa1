"""Benchmarks against real baselines, measured in one run (a script, not a test).

Implemented so far: the clickstream user scan against ``zcat file > /dev/null`` (issue item 2)
and the dump load of each SQL backend against ``mariadb db < dump.sql`` (item 3), on one
generated session. Prints a markdown table and writes it, with the machine, to BENCHMARKS.md.

Usage::

    .venv/bin/python benchmarks/run.py [--users 20000] [--clicks-per-user 50] [--work DIR]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from morf_pipeline.embedded_sql import embedded_database, load_dump
from morf_pipeline.forum_sql import MWE_QUERIES
from morf_pipeline.layout import discover
from morf_pipeline.mariadb import private_server
from morf_pipeline.sample_data import SampleSpec, generate
from morf_pipeline.sql_portability import table_names

REPO = Path(__file__).resolve().parent.parent


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def run_shell(command: str) -> None:
    subprocess.run(["bash", "-o", "pipefail", "-c", command], check=True)


def scan_in_child(clickstream: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of scan_users in a fresh process."""
    code = (
        "import sys; from pathlib import Path; from morf_pipeline.clickstream import scan_users; "
        "scan_users(Path(sys.argv[1]))"
    )
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    seconds = timed(
        lambda: subprocess.run([sys.executable, "-c", code, str(clickstream)], check=True)
    )
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory_kb = int(Path("/proc/meminfo").read_text().split()[1])
    return (
        f"{os.cpu_count()} cores ({cpu}), {memory_kb / 1024**2:.1f} GiB RAM, "
        f"{platform.platform()}; shared with other jobs while measuring"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--users", type=int, default=20_000, help="learners in the session")
    parser.add_argument("--clicks-per-user", type=int, default=50, help="clickstream lines each")
    parser.add_argument("--work", type=Path, default=Path("/tmp/morf-benchmarks"))
    parser.add_argument("--output", type=Path, default=REPO / "BENCHMARKS.md")
    args = parser.parse_args(argv)
    data = args.work / f"data-{args.users}-{args.clicks_per_user}"
    if not data.exists():
        spec = SampleSpec(
            courses=1,
            sessions_per_course=1,
            users_per_session=args.users,
            clicks_per_user=args.clicks_per_user,
        )
        generate(data, spec)
    session = next(iter(discover(data, "all").values()))[0]
    rows: list[tuple[str, str, float, float, str]] = []

    zcat = timed(lambda: run_shell(f"zcat '{session.clickstream}' > /dev/null"))
    scan, peak_mb = scan_in_child(session.clickstream)
    rows.append(
        ("2. clickstream user scan", "zcat > /dev/null", scan, zcat, f"peak RSS {peak_mb:.0f} MB")
    )

    dumps = (session.forum_dump, session.hash_mapping_dump)
    with private_server(args.work) as server:
        cli = " ".join(server.client_command())

        def cli_loads() -> None:
            for dump in dumps:
                run_shell(f"zcat -f '{dump}' | {cli}")

        def backend_loads() -> None:
            for dump in dumps:
                server.load_dump(dump)

        cli_load = timed(cli_loads)
        backend_load = timed(backend_loads)
    rows.append(("3. dump load, mariadb backend", "mariadb db < dump", backend_load, cli_load, ""))

    def embedded_load() -> None:
        with embedded_database() as connection:
            tables = set().union(*(table_names(query.sql) for query in MWE_QUERIES))
            load_dump(connection, session.forum_dump, tables)
            load_dump(connection, session.hash_mapping_dump, tables)

    rows.append(
        ("3. dump load, embedded backend", "mariadb db < dump", timed(embedded_load), cli_load, "")
    )

    table = [
        "| item | baseline | ours (s) | baseline (s) | ours / baseline | note |",
        "|---|---|---|---|---|---|",
    ]
    table += [
        f"| {item} | {base} | {ours:.2f} | {ref:.2f} | {ours / ref:.2f}x | {note} |"
        for item, base, ours, ref, note in rows
    ]
    report = "\n".join(
        [
            "# Benchmarks",
            "",
            f"Machine: {machine()}.",
            "",
            f"Data: one generated session, {args.users} learners x {args.clicks_per_user} "
            "clickstream lines "
            f"(clickstream {session.clickstream.stat().st_size / 1e6:.0f} MB gzipped).",
            "",
            *table,
            "",
        ]
    )
    print(report)
    args.output.write_text(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
