"""Benchmarks against real baselines, measured in one run (a script, not a test).

Items (issue 6), each a subcommand; without one, all run in this order:

* ``e2e``: the whole pipeline (``snakemake --cores all``, each SQL backend, a fresh working
  directory each, ``semantics=mwe``) against ``tests/tools/original_job.py`` on the same data,
  repeats interleaved; the ``output.csv`` files are compared byte for byte (item 1).
* ``rss``: peak RSS and time of each rule, from the Snakemake benchmark TSVs of the last
  ``e2e`` run (item 5).
* ``scan``: the clickstream user scan against ``zcat file > /dev/null`` and against the original
  job's ``gzip`` + ``json.loads`` loop, with the scan's peak RSS (item 2).
* ``load``: the dump load of each SQL backend against ``mariadb db < dump.sql`` (item 3).
* ``schedule``: dry run, no-op rerun and the jobs planned after changing one session's
  clickstream, on a tree of 1,000 tiny sessions (item 4; ``--built-courses N`` builds only the
  first N courses for the rerun figures: the full build is ~3,600 jobs, about an hour on the
  shared 2-core machine).
* ``report``: run nothing, rewrite the report from the stored sections.

Data sets are generated once with the project's generator into ``WORK/data-<name>`` and reused
while ``WORK/data-<name>.spec.json`` matches. Each item writes its section to
``WORK/results/``; the report (``BENCHMARKS.md``) is every section measured so far, with the
machine, followed by ``perf/analysis.md`` (the profiles). ``--quick`` runs everything on
small data (a smoke run) and writes its own report, ``WORK/BENCHMARKS-quick.md``.

Usage::

    .venv/bin/python perf/run.py [--quick] [--repeats N] [--courses N] [--built-courses N]
                                       [--work DIR] [ITEM ...]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from morf_pipeline.layout import SessionInputs, discover
from morf_pipeline.sql.embedded import embedded_database, load_dump
from morf_pipeline.sql.mariadb import private_server
from morf_pipeline.sql.portability import table_names
from morf_pipeline.sql.queries import MWE_QUERIES
from morf_sample_data import SampleSpec, generate

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
ITEMS = ("e2e", "rss", "scan", "load", "schedule")
BACKENDS = ("embedded", "mariadb")
# The pipeline's runs in the end-to-end item: each backend with every target, and the embedded
# backend with only the original job's outputs.
VARIANTS = ("embedded", "mariadb", "embedded-outputs")
# The rules that a change of one session's clickstream must rerun, and no others.
SESSION_CHAIN = (
    "weekly_features",
    "course_dataset",
    "train_model",
    "evaluate_course",
    "plot_performance",
    "plot_sessions",
    "evaluate_all",
)


@dataclass(frozen=True)
class Sizes:
    e2e: SampleSpec
    schedule: SampleSpec
    built_courses: int  # courses of the schedule tree built in full for the no-op rerun


FULL = Sizes(
    e2e=SampleSpec(courses=10, sessions_per_course=3, users_per_session=20_000, clicks_per_user=50),
    schedule=SampleSpec(
        courses=100, sessions_per_course=10, users_per_session=10, clicks_per_user=2
    ),
    built_courses=100,
)
QUICK = Sizes(
    e2e=SampleSpec(courses=2, sessions_per_course=2, users_per_session=300, clicks_per_user=10),
    schedule=SampleSpec(courses=4, sessions_per_course=3, users_per_session=10, clicks_per_user=2),
    built_courses=2,
)


@dataclass(frozen=True)
class Context:
    work: Path
    sizes: Sizes
    repeats: int
    quick: bool

    @property
    def results(self) -> Path:
        return self.work / ("quick-results" if self.quick else "results")

    def path(self, name: str) -> Path:
        return self.work / (f"quick-{name}" if self.quick else name)


# ---------------------------------------------------------------------------------------------
# Helpers


@dataclass(frozen=True)
class Measured:
    seconds: float
    cpu_seconds: float  # user + system time of the process tree
    max_rss_mb: float  # largest resident set of any one process of the tree
    stdout: str


def measure(
    command: Sequence[str], log: Path | None = None, env: dict[str, str] | None = None
) -> Measured:
    """Run a command to completion; its wall time, CPU time and peak RSS (``wait4``)."""
    out = log.open("w") if log else subprocess.PIPE
    started = time.perf_counter()
    with subprocess.Popen(
        command, stdout=out, stderr=subprocess.STDOUT, text=True, env=env
    ) as process:
        stdout = process.stdout.read() if process.stdout else ""
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    if log:
        out.close()  # type: ignore[union-attr]
        stdout = log.read_text()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{stdout[-3000:]}")
    return Measured(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, stdout)


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def run_shell(command: str) -> None:
    subprocess.run(["bash", "-o", "pipefail", "-c", command], check=True)


def interleaved(repeats: int, variants: dict[str, Callable[[], float]]) -> dict[str, list[float]]:
    """Each variant ``repeats`` times, alternating the order (ABC, CBA, ...)."""
    names = list(variants)
    times: dict[str, list[float]] = {name: [] for name in names}
    for repeat in range(repeats):
        for name in names if repeat % 2 == 0 else reversed(names):
            times[name].append(variants[name]())
    return times


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def spread(values: Sequence[float]) -> str:
    return ", ".join(f"{value:.2f}" for value in values)


def dataset(ctx: Context, name: str, spec: SampleSpec) -> Path:
    """A generated data tree, reused while its spec file matches."""
    data = ctx.path(f"data-{name}")
    spec_file = data.with_name(data.name + ".spec.json")
    wanted = json.dumps(asdict(spec), sort_keys=True) + "\n"
    if data.is_dir() and spec_file.is_file() and spec_file.read_text() == wanted:
        return data
    if data.exists():
        shutil.rmtree(data)
    spec_file.unlink(missing_ok=True)
    print(f"generating {data} ({spec})", flush=True)
    seconds = timed(lambda: generate(data, spec))
    print(f"generated in {seconds:.0f} s", flush=True)
    spec_file.write_text(wanted)
    return data


def describe(spec: SampleSpec) -> str:
    return (
        f"{spec.courses} courses x {spec.sessions_per_course} sessions x "
        f"{spec.users_per_session} learners x ~{spec.clicks_per_user} clickstream lines each"
    )


def sessions_of(data: Path) -> list[SessionInputs]:
    return [session for sessions in discover(data, "all").values() for session in sessions]


def snakemake_env(ctx: Context) -> dict[str, str]:
    return {**os.environ, "TZ": "UTC", "XDG_CACHE_HOME": str(ctx.work / "cache")}


def snakemake(workdir: Path, data: Path, *args: str) -> list[str]:
    return [
        str(BIN / "snakemake"),
        "--snakefile",
        str(REPO / "Snakefile"),
        "--directory",
        str(workdir),
        "--cores",
        "all",
        *args,
        "--config",
        f"data_dir={data}",
    ]


def fresh(directory: Path) -> Path:
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    return directory


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines


def met(ok: bool) -> str:
    return "**met**" if ok else "**missed**"


# ---------------------------------------------------------------------------------------------
# Items


def item_e2e(ctx: Context) -> list[str]:
    spec = ctx.sizes.e2e
    data = dataset(ctx, "e2e", spec)
    courses = sorted(discover(data, "all"))
    root = ctx.path("e2e")
    root.mkdir(parents=True, exist_ok=True)
    env = snakemake_env(ctx)
    cpu: dict[str, list[float]] = {name: [] for name in ("original", *VARIANTS)}

    def original() -> float:
        workdir = fresh(root / "original")
        command = [sys.executable, str(REPO / "tests" / "tools" / "original_job.py")]
        command += ["--data-dir", str(data)]
        for course in courses:
            command += ["--course", course]
        command += [
            "--work-dir",
            str(workdir / "temp-data"),
            "--output-dir",
            str(workdir / "output"),
        ]
        result = measure(command, log=root / "original.log", env=env)
        cpu["original"].append(result.cpu_seconds)
        print(f"original job: {result.seconds:.1f} s", flush=True)
        return result.seconds

    def pipeline(variant: str) -> Callable[[], float]:
        backend = variant.split("-")[0]
        # "-outputs": only the original job's outputs (output.csv of each course), no
        # evaluation and figures: the same work as the original job.
        targets = (
            [f"output/{c}/output.csv" for c in courses] if variant.endswith("-outputs") else []
        )

        def run() -> float:
            workdir = fresh(root / variant)
            command = snakemake(workdir, data, *targets, "--quiet", "rules")
            command += ["semantics=mwe", f"sql_backend={backend}"]
            result = measure(command, log=root / f"{variant}.log", env=env)
            cpu[variant].append(result.cpu_seconds)
            print(f"pipeline, {variant}: {result.seconds:.1f} s", flush=True)
            return result.seconds

        return run

    times = interleaved(ctx.repeats, {"original": original, **{v: pipeline(v) for v in VARIANTS}})
    identical = {
        variant: all(
            (root / variant / "output" / c / "output.csv").read_bytes()
            == (root / "original" / "output" / c / "output.csv").read_bytes()
            for c in courses
        )
        for variant in VARIANTS
    }
    baseline = median(times["original"])
    rows: list[list[object]] = [
        [
            "original job (one MariaDB server, sequential)",
            f"{baseline:.1f}",
            spread(times["original"]),
            f"{median(cpu['original']):.0f}",
            "1.00x",
            "",
        ]
    ]
    for variant in VARIANTS:
        ours = median(times[variant])
        backend = variant.split("-")[0]
        what = ", `output.csv` targets only" if variant.endswith("-outputs") else ", all targets"
        rows.append(
            [
                f"pipeline, `sql_backend={backend}`{what}",
                f"{ours:.1f}",
                spread(times[variant]),
                f"{median(cpu[variant]):.0f}",
                f"{baseline / ours:.2f}x",
                "yes" if identical[variant] else "**NO**",
            ]
        )
    speedup = baseline / median(times["embedded"])
    speedup_outputs = baseline / median(times["embedded-outputs"])
    clickstream_mb = sum(s.clickstream.stat().st_size for s in sessions_of(data)) / 1e6
    return [
        "## 1. End to end",
        "",
        f"Measured {now()}, {ctx.repeats} repeat(s) interleaved (median shown). Data: "
        f"{describe(spec)} ({clickstream_mb:.0f} MB of gzipped clickstreams). Pipeline: "
        "`snakemake --cores all --config semantics=mwe sql_backend=...` in a fresh working "
        "directory (all targets: also evaluation and figures, which the original job does not "
        "make; or only each course's `output.csv`, the original job's outputs); original: "
        "`tests/tools/original_job.py` over all courses. CPU s is the user + system time of "
        "the whole process tree.",
        "",
        *table(
            [
                "run",
                "wall s (median)",
                "wall s (each)",
                "CPU s",
                "speed-up vs original",
                "output.csv identical to original",
            ],
            rows,
        ),
        "",
        f"Target >= 5x faster with the embedded backend on 2 cores: {met(speedup >= 5)} "
        f"({speedup:.2f}x with all targets, {speedup_outputs:.2f}x for the same outputs as the "
        "original job).",
        "",
    ]


def _number(value: str | None) -> float:
    return float(value) if value not in (None, "", "NA", "-") else 0.0


def item_rss(ctx: Context) -> list[str]:
    root = ctx.path("e2e")
    # rule -> (jobs, longest job s, largest max_rss MB, CPU s of all its jobs), per backend
    stats: dict[str, dict[str, tuple[int, float, float, float]]] = {}
    for backend in BACKENDS:
        runs = root / backend / "benchmarks"
        if not runs.is_dir():
            raise SystemExit(f"rss: no benchmark TSVs under {runs}; run the e2e item first")
        per_rule: dict[str, list[tuple[float, float, float]]] = {}
        for tsv in sorted(runs.rglob("*.tsv")):
            with tsv.open(newline="") as handle:
                for record in csv.DictReader(handle, delimiter="\t"):
                    per_rule.setdefault(tsv.stem, []).append(
                        (
                            _number(record["s"]),
                            _number(record["max_rss"]),
                            _number(record.get("cpu_time")),
                        )
                    )
        stats[backend] = {
            rule: (
                len(values),
                max(v[0] for v in values),
                max(v[1] for v in values),
                sum(v[2] for v in values),
            )
            for rule, values in per_rule.items()
        }
    rules = sorted({rule for per_rule in stats.values() for rule in per_rule})
    rows: list[list[object]] = []
    for rule in rules:
        row: list[object] = [rule, stats["embedded"].get(rule, (0, 0.0, 0.0, 0.0))[0]]
        for backend in BACKENDS:
            _, seconds, rss, cpu = stats[backend].get(rule, (0, 0.0, 0.0, 0.0))
            row += [f"{rss:.0f}", f"{seconds:.1f}", f"{cpu:.0f}"]
        rows.append(row)
    return [
        "## 5. Peak RSS of each rule",
        "",
        "From the Snakemake benchmark TSVs (`benchmarks/**.tsv`) of the end-to-end runs "
        "above (all targets): the largest `max_rss` (MB; Snakemake sums the RSS of the job's "
        "process tree, so the mariadb backend's figure includes its private server), the "
        "longest job (wall s) and the CPU time of all the rule's jobs (`cpu_time`, s).",
        "",
        *table(
            [
                "rule",
                "jobs",
                "max RSS MB, embedded",
                "max s, embedded",
                "CPU s, embedded",
                "max RSS MB, mariadb",
                "max s, mariadb",
                "CPU s, mariadb",
            ],
            rows,
        ),
        "",
    ]


def first_session(ctx: Context) -> tuple[SessionInputs, str]:
    data = dataset(ctx, "e2e", ctx.sizes.e2e)
    session = sessions_of(data)[0]
    size = session.clickstream.stat().st_size / 1e6
    return session, (
        f"session {session.course}/{session.session} of the end-to-end data "
        f"({ctx.sizes.e2e.users_per_session} learners x ~{ctx.sizes.e2e.clicks_per_user} "
        f"lines; clickstream {size:.0f} MB gzipped)"
    )


def scan_verdict(stdout: str) -> str:
    """``<users digest> <null user?> <invalid lines>`` from a scan child's output."""
    lines = stdout.splitlines()
    fields = next(line for line in reversed(lines) if line.startswith("users ")).split()[1:]
    if len(fields) == 2:  # the original job counts nothing: it warns once per invalid line
        fields.append(str(sum(line.startswith("Warning: invalid log line") for line in lines)))
    return " ".join(fields)


def item_scan(ctx: Context) -> list[str]:
    session, what = first_session(ctx)
    clickstream = str(session.clickstream)
    # Each side prints a digest of its users (as text, the null user apart) and, for ours, the
    # invalid lines it counted; the original job prints one warning per invalid line.
    digest = "__import__('hashlib').sha256('\\n'.join(sorted(users)).encode()).hexdigest()[:12]"
    ours_code = (
        "import sys; from pathlib import Path; from morf_pipeline.clickstream import scan_users; "
        "r = scan_users(Path(sys.argv[1])); users = r.users; "
        f"print('users', {digest}, r.has_null_user, r.invalid_lines)"
    )
    original_code = (
        "import sys, importlib.util as u; from pathlib import Path; "
        "s = u.spec_from_file_location('o', sys.argv[2]); m = u.module_from_spec(s); "
        "sys.modules['o'] = m; s.loader.exec_module(m); "
        "r = m.extract_users(Path(sys.argv[1])); users = {str(x) for x in r if x is not None}; "
        f"print('users', {digest}, None in r)"
    )
    original_path = str(REPO / "tests" / "tools" / "original_job.py")
    rss: dict[str, list[float]] = {"ours": [], "original": []}
    verdicts: dict[str, set[str]] = {"ours": set(), "original": set()}

    def child(name: str, command: list[str]) -> Callable[[], float]:
        def run() -> float:
            result = measure(command)
            rss[name].append(result.max_rss_mb)
            verdicts[name].add(scan_verdict(result.stdout))
            return result.seconds

        return run

    times = interleaved(
        ctx.repeats,
        {
            "zcat": lambda: timed(lambda: run_shell(f"zcat '{clickstream}' > /dev/null")),
            "ours": child("ours", [sys.executable, "-c", ours_code, clickstream]),
            "original": child(
                "original", [sys.executable, "-c", original_code, clickstream, original_path]
            ),
        },
    )
    zcat = median(times["zcat"])
    ours = median(times["ours"])
    peak = max(rss["ours"])
    # Memory must not grow with the file: the same clickstream four times over (gzip members).
    quadruple = ctx.path("clickstream-x4.gz")
    if not quadruple.is_file():  # streamed: a child forked from a big parent inherits its RSS
        with quadruple.open("wb") as copy:
            for _ in range(4):
                with session.clickstream.open("rb") as original:
                    shutil.copyfileobj(original, copy)
    big = measure([sys.executable, "-c", ours_code, str(quadruple)])
    rows = [
        ["`zcat file > /dev/null`", f"{zcat:.2f}", spread(times["zcat"]), "1.00x", ""],
        [
            "our scan (`scan_users`, whole process)",
            f"{ours:.2f}",
            spread(times["ours"]),
            f"{zcat / ours:.2f}x",
            f"{peak:.0f}",
        ],
        [
            "original job's `gzip` + `json.loads` loop (whole process)",
            f"{median(times['original']):.2f}",
            spread(times["original"]),
            f"{zcat / median(times['original']):.2f}x",
            f"{max(rss['original']):.0f}",
        ],
    ]
    return [
        "## 2. Clickstream user scan",
        "",
        f"Measured {now()}, {ctx.repeats} repeat(s) interleaved (median shown), on {what}. "
        "Each scan runs in a fresh Python process (start-up and imports included); peak RSS "
        "is that process's `ru_maxrss` from `wait4`.",
        "",
        *table(
            ["run", "s (median)", "s (each)", "throughput vs zcat", "peak RSS MB"],
            rows,
        ),
        "",
        "Same users, null user and number of invalid lines as the original loop: "
        f"{'yes' if len(verdicts['ours'] | verdicts['original']) == 1 else 'NO'} "
        f"({' / '.join(sorted(verdicts['ours'] | verdicts['original']))}).",
        "",
        f"The same file four times over (one run): {big.seconds:.2f} s, peak RSS "
        f"{big.max_rss_mb:.0f} MB.",
        "",
        f"Target at least zcat's throughput: {met(ours <= zcat)} ({zcat / ours:.2f}x); "
        f"peak memory under 300 MB: {met(max(peak, big.max_rss_mb) < 300)} "
        f"({peak:.0f} MB; {big.max_rss_mb:.0f} MB at four times the size).",
        "",
    ]


def item_load(ctx: Context) -> list[str]:
    session, what = first_session(ctx)
    dumps = (session.forum_dump, session.hash_mapping_dump)
    ctx.work.mkdir(parents=True, exist_ok=True)
    with private_server(ctx.work) as server:
        cli = " ".join(server.client_command())

        def cli_loads() -> None:
            for dump in dumps:
                run_shell(f"zcat -f '{dump}' | {cli}")

        def backend_loads() -> None:
            for dump in dumps:
                server.load_dump(dump)

        def embedded_load() -> None:
            with embedded_database() as connection:
                tables = set().union(*(table_names(query.sql) for query in MWE_QUERIES))
                load_dump(connection, session.forum_dump, tables)
                load_dump(connection, session.hash_mapping_dump, tables)

        times = interleaved(
            ctx.repeats,
            {
                "cli": lambda: timed(cli_loads),
                "mariadb": lambda: timed(backend_loads),
                "embedded": lambda: timed(embedded_load),
            },
        )
    cli_load = median(times["cli"])
    mariadb = median(times["mariadb"]) / cli_load
    embedded = median(times["embedded"]) / cli_load
    rows = [
        [
            "`zcat -f dump \\| mariadb db` (both dumps)",
            f"{cli_load:.2f}",
            spread(times["cli"]),
            "1.00x",
        ],
        [
            "mariadb backend (`load_dump`)",
            f"{median(times['mariadb']):.2f}",
            spread(times["mariadb"]),
            f"{mariadb:.2f}x",
        ],
        [
            "embedded backend (SQLite)",
            f"{median(times['embedded']):.2f}",
            spread(times["embedded"]),
            f"{embedded:.2f}x",
        ],
    ]
    return [
        "## 3. Dump load",
        "",
        f"Measured {now()}, {ctx.repeats} repeat(s) interleaved (median shown), on {what}: "
        "the forum and hash_mapping dumps, into one private MariaDB server (the CLI and the "
        "mariadb backend) or a fresh in-memory SQLite database.",
        "",
        *table(["load", "s (median)", "s (each)", "time vs CLI"], rows),
        "",
        f"Targets: mariadb backend <= 1.2x the CLI: {met(mariadb <= 1.2)} ({mariadb:.2f}x); "
        f"embedded faster than the CLI: {met(embedded < 1)} ({embedded:.2f}x).",
        "",
    ]


_JOB_LINE = re.compile(r"^(?:local)?rule (\w+):$")
_OUTPUT_LINE = re.compile(r"^\s+output: (.*)$")


def planned_jobs(dry_run_output: str) -> list[tuple[str, str]]:
    """(rule, outputs) of each job a dry run prints."""
    jobs: list[tuple[str, str]] = []
    rule: str | None = None
    for line in dry_run_output.splitlines():
        if match := _JOB_LINE.match(line):
            rule = match.group(1)
            jobs.append((rule, ""))
        elif rule and (match := _OUTPUT_LINE.match(line)):
            jobs[-1] = (rule, match.group(1))
            rule = None
    return jobs


def item_schedule(ctx: Context) -> list[str]:
    spec = ctx.sizes.schedule
    built_spec = replace(spec, courses=ctx.sizes.built_courses)
    env = snakemake_env(ctx)
    rows: list[list[object]] = []

    def add(label: str, runs: Sequence[Measured]) -> float:
        seconds = [run.seconds for run in runs]
        cpu = median([run.cpu_seconds for run in runs])
        rows.append([label, f"{median(seconds):.2f}", spread(seconds), f"{cpu:.2f}"])
        print(f"{label}: {median(seconds):.2f} s", flush=True)
        return median(seconds)

    startup = [measure([str(BIN / "snakemake"), "--version"]) for _ in range(ctx.repeats)]
    add("`snakemake --version` (start-up alone)", startup)

    def dry_runs(data: Path, name: str) -> tuple[float, int]:
        runs = [
            measure(snakemake(fresh(ctx.path("sched-dry")), data, "-n"), env=env)
            for _ in range(ctx.repeats)
        ]
        jobs = len(planned_jobs(runs[0].stdout))
        return add(f"`snakemake -n`, empty working directory, {name} ({jobs} jobs)", runs), jobs

    full_data = dataset(ctx, "sched", spec)
    n_sessions = len(sessions_of(full_data))
    # The fixed part of every run: start-up, config validation, discovery of the tree, the
    # label digests and session dates (common.smk), without any DAG.
    parse = [
        measure(snakemake(fresh(ctx.path("sched-dry")), full_data, "--list-rules"), env=env)
        for _ in range(ctx.repeats)
    ]
    add(f"`snakemake --list-rules`, {n_sessions} sessions (reading the workflow, no DAG)", parse)
    _, full_jobs = dry_runs(full_data, f"{n_sessions} sessions")
    if built_spec == spec:
        data = full_data
    else:
        data = dataset(ctx, f"sched-{built_spec.courses}", built_spec)
    sessions = sessions_of(data)
    built = f"{len(sessions)} sessions"
    if built_spec != spec:
        dry_runs(data, built)
    build_dir = ctx.path(f"sched-build-{built_spec.courses}")
    build_dir.mkdir(parents=True, exist_ok=True)
    build = measure(
        snakemake(build_dir, data, "--quiet", "rules"), log=build_dir.with_suffix(".log"), env=env
    )
    print(f"build (or completion of an earlier one): {build.seconds:.1f} s", flush=True)
    noop = [measure(snakemake(build_dir, data), env=env) for _ in range(ctx.repeats)]
    if not all("Nothing to be done" in run.stdout for run in noop):
        raise RuntimeError(f"the rerun after the build was not a no-op:\n{noop[0].stdout[-3000:]}")
    noop_s = add(f"`snakemake --cores all`, no-op rerun after a full build, {built}", noop)
    noop_dry = [measure(snakemake(build_dir, data, "-n"), env=env) for _ in range(ctx.repeats)]
    add(f"`snakemake -n` after a full build, {built}", noop_dry)
    # A change of content: Snakemake ignores a newer mtime of a small input whose checksum
    # is unchanged. The appended gzip member adds one learner; the file is restored after.
    touched = sessions[len(sessions) // 2]
    original = touched.clickstream.read_bytes()
    stat = touched.clickstream.stat()
    try:
        line = b'{"username": "benchmark-touch"}\n'
        touched.clickstream.write_bytes(original + gzip.compress(line, mtime=0))
        after = measure(snakemake(build_dir, data, "-n"), env=env)
    finally:
        touched.clickstream.write_bytes(original)
        os.utime(touched.clickstream, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    add(f"`snakemake -n` after changing one clickstream, {built}", [after])
    # The target rule ``all`` is always planned when anything is; it runs nothing.
    jobs = [(rule, outputs) for rule, outputs in planned_jobs(after.stdout) if rule != "all"]
    session_dir = f"/{touched.course}/{touched.session}/"
    course_dir = f"/{touched.course}/"
    chain_only = sorted(rule for rule, _ in jobs) == sorted(SESSION_CHAIN) and all(
        (session_dir in outputs)
        if rule == "weekly_features"
        else (course_dir in outputs or rule == "evaluate_all")
        for rule, outputs in jobs
    )
    scale = (
        ""
        if built_spec == spec
        else (
            f" The full build of all {n_sessions} sessions did not fit in the time of this run "
            f"({full_jobs} jobs of about 1-3 s of Python start-up and imports each), "
            f"so the rerun figures are for the first {built_spec.courses} courses ({built})."
        )
    )
    return [
        "## 4. Scheduling",
        "",
        f"Measured {now()}, {ctx.repeats} repeat(s) each (median shown). Data: "
        f"{describe(spec)} = {n_sessions} sessions.{scale} Every figure is the whole "
        "`snakemake` command (start-up, config validation, discovery of the tree, DAG).",
        "",
        *table(["command", "wall s (median)", "wall s (each)", "CPU s (median)"], rows),
        "",
        f"Target no-op rerun <= 5 s ({built}): {met(noop_s <= 5)} ({noop_s:.2f} s). The build "
        f"call of this run took {build.seconds:.0f} s (it completes an existing build directory "
        "if there is one, so this is not a build-time benchmark).",
        "",
        f"After appending a learner to `{touched.clickstream.relative_to(data)}`, a dry run "
        "plans "
        f"{len(jobs)} jobs; that session's chain only: {met(chain_only)}.",
        "",
        *table(["rule", "output"], [[rule, f"`{outputs}`"] for rule, outputs in jobs]),
        "",
    ]


SECTIONS: dict[str, Callable[[Context], list[str]]] = {
    "e2e": item_e2e,
    "rss": item_rss,
    "scan": item_scan,
    "load": item_load,
    "schedule": item_schedule,
}
# Order of the sections in the report (the numbering).
REPORT_ORDER = ("e2e", "scan", "load", "schedule", "rss")


# ---------------------------------------------------------------------------------------------
# Report


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
        f"{platform.platform()}, Python {platform.python_version()}"
    )


def report(ctx: Context, notes: str) -> str:
    sections = [
        (ctx.results / f"{item}.md").read_text()
        for item in REPORT_ORDER
        if (ctx.results / f"{item}.md").is_file()
    ]
    return "\n".join(
        [
            "# Benchmarks",
            "",
            "Generated by `perf/run.py`" + (" --quick (smoke run)" if ctx.quick else "") + ".",
            "",
            f"Machine: {machine()}. The machine is shared with other engineers' jobs (tests, "
            "builds) while measuring, so absolute times are noisy; each ratio compares ours and "
            "its baseline measured in the same run, interleaved.",
            "",
            *sections,
            *([notes] if notes else []),
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "items",
        nargs="*",
        metavar="ITEM",
        help=f"{', '.join(ITEMS)} (default: all), or report: only rewrite the report",
    )
    parser.add_argument("--quick", action="store_true", help="small data: a smoke run")
    parser.add_argument("--repeats", type=int, default=3, help="of each timing (e2e: 1)")
    parser.add_argument("--e2e-repeats", type=int, default=1)
    parser.add_argument(
        "--courses", type=int, help="courses of the end-to-end data (default: 10; quick: 2)"
    )
    parser.add_argument("--work", type=Path, default=Path("/tmp/morf-benchmarks"))
    parser.add_argument("--output", type=Path, help="default: BENCHMARKS.md (quick: in --work)")
    parser.add_argument(
        "--notes",
        type=Path,
        default=REPO / "perf" / "analysis.md",
        help="markdown appended to the full report (default: perf/analysis.md)",
    )
    parser.add_argument(
        "--built-courses",
        type=int,
        help="courses of the schedule tree to build for the rerun figures (default: all)",
    )
    args = parser.parse_args(argv)
    unknown = set(args.items) - {*ITEMS, "report"}
    if unknown:
        parser.error(
            f"unknown item(s) {', '.join(sorted(unknown))}; choose from {', '.join(ITEMS)}"
        )
    sizes = QUICK if args.quick else FULL
    ctx = Context(
        work=args.work.resolve(),
        sizes=replace(
            sizes,
            e2e=replace(sizes.e2e, courses=args.courses or sizes.e2e.courses),
            built_courses=args.built_courses or sizes.built_courses,
        ),
        repeats=args.repeats,
        quick=args.quick,
    )
    ctx.results.mkdir(parents=True, exist_ok=True)
    for item in [item for item in args.items or ITEMS if item != "report"]:
        run_ctx = (
            Context(ctx.work, ctx.sizes, args.e2e_repeats, ctx.quick) if item == "e2e" else ctx
        )
        section = SECTIONS[item](run_ctx)
        (ctx.results / f"{item}.md").write_text("\n".join(section))
        print("\n".join(section), flush=True)
    output: Path = args.output or (
        ctx.work / "BENCHMARKS-quick.md" if args.quick else REPO / "BENCHMARKS.md"
    )
    notes = args.notes.read_text() if args.notes.is_file() and not args.quick else ""
    output.write_text(report(ctx, notes))
    print(f"report written to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
