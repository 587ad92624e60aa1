"""Benchmarks against real baselines, measured in one run (a script, not a test).

Items (issue 11's targets, then issue 6's), each a subcommand; without one, all run in order:

* ``sample``: the default target on the bundled sample against ``tests/tools/original_job.py``,
  repeats interleaved; then the rerun after one clickstream changed (target 1, and 4's rerun).
* ``medium``: one course of three generated sessions of 20,000 learners, pipeline (all
  targets, ``semantics=mwe``) against the original job (target 2).
* ``e2e``: many courses of large sessions (10 x 3 x 20,000 learners x 50 lines; ``--courses``
  scales it down), each SQL backend, against the original job (target 3, and 5's peak RSS).
  These three also give the jobs, CPU time and peak RSS of each rule (``perf/usage``), and
  compare each ``output.csv`` byte for byte where both compute it.
* ``schedule``: dry run, no-op rerun and the jobs planned after changing one session's
  clickstream, on a tree of 1,000 tiny sessions built with a touch build (target 4), against
  the same DAG of bare rules; a real build of ``--built-courses N`` courses (default 10)
  checks that a touch build's no-op costs what a real build's does.
* ``scan``: the clickstream user scan against ``zcat file > /dev/null`` and against the original
  job's ``gzip`` + ``json.loads`` loop, with the scan's peak RSS.
* ``load``: the dump load of each SQL backend against ``mariadb db < dump.sql``.
* ``report``: run nothing, rewrite the report from the stored sections.

Every timing also records the CPU time the rest of the (shared) machine used meanwhile. Data
sets are generated once with the project's generator into ``WORK/data-<name>`` and reused while
``WORK/data-<name>.spec.json`` matches. Each item writes its section to ``WORK/results/``; the
report (``BENCHMARKS.md``) is every section measured so far, with the machine, followed by
``perf/analysis.md`` (the profiles). ``--quick`` runs everything on small data (a smoke run)
and writes its own report, ``WORK/BENCHMARKS-quick.md``.

Usage::

    .venv/bin/python perf/run.py [--quick] [--repeats N] [--e2e-repeats N] [--courses N]
                                 [--built-courses N] [--work DIR] [ITEM ...]
"""

from __future__ import annotations

import argparse
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
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from morf_pipeline.layout import SessionInputs, discover
from morf_pipeline.sql.embedded import embedded_database, load_dump
from morf_pipeline.sql.mariadb import private_server
from morf_pipeline.sql.portability import table_names
from morf_pipeline.sql.queries import MWE_QUERIES
from morf_sample_data import SampleSpec

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
ITEMS = ("sample", "medium", "e2e", "scan", "load", "schedule")


@dataclass(frozen=True)
class Sizes:
    medium: SampleSpec
    e2e: SampleSpec
    schedule: SampleSpec
    # courses of the schedule tree built for real, to compare its no-op with a touch build's
    built_courses: int


FULL = Sizes(
    medium=SampleSpec(
        courses=1, sessions_per_course=3, users_per_session=20_000, clicks_per_user=10
    ),
    e2e=SampleSpec(courses=10, sessions_per_course=3, users_per_session=20_000, clicks_per_user=50),
    schedule=SampleSpec(
        courses=100, sessions_per_course=10, users_per_session=10, clicks_per_user=2
    ),
    built_courses=10,
)
QUICK = Sizes(
    medium=SampleSpec(courses=1, sessions_per_course=3, users_per_session=500, clicks_per_user=10),
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
    # An earlier checkout of the project, run beside the current one (its own src/ first)
    baseline: Path | None = None

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
    # CPU time the rest of the machine used meanwhile (other users' jobs): the load we ran under
    others_cpu_seconds: float = 0.0


def machine_busy_seconds() -> float:
    """CPU time all processes of the machine have used since boot (``/proc/stat``)."""
    fields = [int(f) for f in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def measure(
    command: Sequence[str], log: Path | None = None, env: dict[str, str] | None = None
) -> Measured:
    """Run a command to completion; its wall time, CPU time and peak RSS (``wait4``)."""
    out = log.open("w") if log else subprocess.PIPE
    busy_before = machine_busy_seconds()
    started = time.perf_counter()
    with subprocess.Popen(
        command, stdout=out, stderr=subprocess.STDOUT, text=True, env=env
    ) as process:
        stdout = process.stdout.read() if process.stdout else ""
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    busy = machine_busy_seconds() - busy_before
    if log:
        out.close()  # type: ignore[union-attr]
        stdout = log.read_text()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{stdout[-3000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return Measured(seconds, cpu, usage.ru_maxrss / 1024, stdout, max(0.0, busy - cpu))


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
    # In a child process: Linux carries a parent's RSS over into the children it forks (their
    # ru_maxrss), and generating grows this process by hundreds of MB.
    code = (
        "import json, sys; from pathlib import Path; "
        "from morf_sample_data import SampleSpec, generate; "
        "generate(Path(sys.argv[1]), SampleSpec(**json.loads(sys.argv[2])))"
    )
    command = [sys.executable, "-c", code, str(data), json.dumps(asdict(spec))]
    seconds = timed(lambda: subprocess.run(command, check=True))
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


def snakemake(workdir: Path, data: Path, *args: str, tree: Path = REPO) -> list[str]:
    return [
        str(BIN / "snakemake"),
        "--snakefile",
        str(tree / "Snakefile"),
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


# The Python processes of a pipeline run (perf/usage/sitecustomize.py) and the jobs of its warm
# worker (recorded by their clients), grouped by rule.
SNAKEMAKE_PROCESS = "(Snakemake's own process)"
WORKER_PROCESS = "(warm worker: its imports)"


def usage_env(ctx: Context, usage_log: Path, tree: Path = REPO) -> dict[str, str]:
    """The environment of a run whose Python processes each record what they cost (and, for
    an earlier checkout, import its package before the installed one)."""
    env = snakemake_env(ctx)
    code = [str(tree / "src")] if tree != REPO else []
    paths = [str(REPO / "perf" / "usage"), *code, *filter(None, [env.get("PYTHONPATH")])]
    return {**env, "PYTHONPATH": os.pathsep.join(paths), "MORF_USAGE_LOG": str(usage_log)}


@dataclass(frozen=True)
class ProcessRecord:
    """What one Python process of a run cost (a line of the usage log)."""

    argv: list[str]
    rule: str | None  # the job's rule; None for Snakemake's own process
    wildcards: dict[str, str]
    pid: int
    started_at: float  # epoch seconds
    wall_s: float
    cpu_s: float
    children_cpu_s: float
    max_rss_mb: float
    children_max_rss_mb: float
    # A job the warm worker ran in a child (its figures from the worker's wait4, which
    # include what the child waited for); its peak RSS includes the pages the child shares
    # with the worker.
    worker: bool = False

    @property
    def is_snakemake(self) -> bool:
        return self.rule is None and bool(self.argv) and Path(self.argv[0]).name == "snakemake"

    @property
    def is_worker(self) -> bool:
        """The warm worker's own process (its children are the jobs)."""
        return (
            self.rule is None
            and bool(self.argv)
            and self.argv[0].endswith(os.path.join("runner", "server.py"))
        )

    @property
    def job_cpu_s(self) -> float:
        """A job's CPU time with its children's (its MariaDB server); Snakemake's and the
        worker's own only (their children are the jobs)."""
        if self.is_snakemake or self.is_worker:
            return self.cpu_s
        return self.cpu_s + self.children_cpu_s


def read_usage(usage_log: Path) -> list[ProcessRecord]:
    if not usage_log.is_file():
        return []
    return [ProcessRecord(**json.loads(line)) for line in usage_log.read_text().splitlines()]


@dataclass
class RuleUsage:
    jobs: int = 0
    cpu_seconds: float = 0.0  # the jobs' own processes and their children (a MariaDB server)
    longest_seconds: float = 0.0
    max_rss_mb: float = 0.0  # of any one process (a job, or its server)


def usage_by_rule(records: Sequence[ProcessRecord]) -> dict[str, RuleUsage]:
    rules: dict[str, RuleUsage] = {}
    for record in records:
        if record.rule:
            name = record.rule
        elif record.is_snakemake:
            name = SNAKEMAKE_PROCESS
        elif record.is_worker:
            name = WORKER_PROCESS
        else:
            name = f"other ({Path(record.argv[0]).name if record.argv else '?'})"
        usage = rules.setdefault(name, RuleUsage())
        usage.jobs += 1
        usage.cpu_seconds += record.job_cpu_s
        usage.longest_seconds = max(usage.longest_seconds, record.wall_s)
        rss = (
            record.max_rss_mb
            if record.is_snakemake or record.is_worker
            else max(record.max_rss_mb, record.children_max_rss_mb)
        )
        usage.max_rss_mb = max(usage.max_rss_mb, rss)
    return rules


def rule_table(records: Sequence[ProcessRecord]) -> list[str]:
    """Jobs, CPU time, longest job and peak RSS of each rule of one pipeline run."""
    rules = usage_by_rule(records)
    ordered = sorted(rules.items(), key=lambda item: -item[1].cpu_seconds)
    rows: list[list[object]] = [
        [
            f"`{name}`" if not name.startswith(("(", "other")) else name,
            usage.jobs,
            f"{usage.cpu_seconds:.2f}",
            f"{usage.cpu_seconds / usage.jobs:.2f}",
            f"{usage.longest_seconds:.2f}",
            f"{usage.max_rss_mb:.0f}",
        ]
        for name, usage in ordered
    ]
    total = sum(usage.cpu_seconds for usage in rules.values())
    jobs = sum(usage.jobs for name, usage in rules.items() if name != SNAKEMAKE_PROCESS)
    rows.append(["**all**", jobs, f"{total:.2f}", "", "", ""])
    return table(["rule", "jobs", "CPU s", "CPU s per job", "longest job s", "peak RSS MB"], rows)


@dataclass
class Variant:
    """One way to produce the outputs: the original job, or the pipeline with some options."""

    label: str
    run: Callable[[Path], Measured]  # given a fresh working directory
    times: list[Measured] = field(default_factory=list)
    usage: list[ProcessRecord] = field(default_factory=list)  # of its last run


def original_variant(ctx: Context, data: Path) -> Variant:
    courses = sorted(discover(data, "all"))

    def run(workdir: Path) -> Measured:
        command = [sys.executable, str(REPO / "tests" / "tools" / "original_job.py")]
        command += ["--data-dir", str(data), *[arg for c in courses for arg in ("--course", c)]]
        command += [
            "--work-dir",
            str(workdir / "temp-data"),
            "--output-dir",
            str(workdir / "output"),
        ]
        return measure(command, log=workdir / "original.log", env=snakemake_env(ctx))

    return Variant("original job (one MariaDB server, sequential)", run)


def pipeline_variant(
    ctx: Context,
    data: Path,
    label: str,
    targets: Sequence[str] = (),
    config: Sequence[str] = (),
    tree: Path = REPO,
) -> Variant:
    variant = Variant(label, lambda workdir: Measured(0, 0, 0, ""))

    def run(workdir: Path) -> Measured:
        usage_log = workdir / "usage.jsonl"
        command = snakemake(workdir, data, *targets, "--quiet", "rules", tree=tree)
        command += list(config)
        env = usage_env(ctx, usage_log, tree)
        result = measure(command, log=workdir / "snakemake.log", env=env)
        variant.usage = read_usage(usage_log)
        return result

    variant.run = run
    return variant


def baseline_variant(
    ctx: Context, data: Path, what: str, config: Sequence[str] = ()
) -> dict[str, Variant]:
    """The same run of the earlier checkout given with ``--baseline``, if any."""
    if ctx.baseline is None:
        return {}
    label = f"pipeline at {ctx.baseline.name}, {what}"
    return {"baseline": pipeline_variant(ctx, data, label, config=config, tree=ctx.baseline)}


def compare(ctx: Context, name: str, variants: dict[str, Variant], repeats: int) -> Path:
    """Every variant ``repeats`` times, interleaved, each in a fresh working directory."""
    root = ctx.path(name)

    def timing(key: str) -> Callable[[], float]:
        def run() -> float:
            result = variants[key].run(fresh(root / key))
            variants[key].times.append(result)
            print(f"{name}, {key}: {result.seconds:.1f} s", flush=True)
            return result.seconds

        return run

    interleaved(repeats, {key: timing(key) for key in variants})
    return root


def comparison_table(variants: dict[str, Variant], identical: dict[str, bool] | None) -> list[str]:
    baseline = median([m.seconds for m in variants["original"].times])
    baseline_cpu = median([m.cpu_seconds for m in variants["original"].times])
    rows = []
    for key, variant in variants.items():
        seconds = [m.seconds for m in variant.times]
        ours = median(seconds)
        row: list[object] = [
            variant.label,
            f"{ours:.2f}",
            spread(seconds),
            f"{median([m.cpu_seconds for m in variant.times]):.1f}",
            f"{median([m.cpu_seconds for m in variant.times]) / baseline_cpu:.2f}x",
            f"{median([m.others_cpu_seconds / m.seconds for m in variant.times]):.1f}",
            f"{ours / baseline:.2f}x",
            f"{baseline / ours:.2f}x",
        ]
        if identical is not None:
            row.append("" if key == "original" else ("yes" if identical[key] else "**NO**"))
        rows.append(row)
    header = [
        "run",
        "wall s (median)",
        "wall s (each)",
        "CPU s (median)",
        "CPU vs original",
        "other load (cores)",
        "wall vs original",
        "speed-up",
    ]
    if identical is not None:
        header.append("output.csv identical to original")
    return table(header, rows)


def wall_ratio(variants: dict[str, Variant], key: str) -> float:
    """Median wall time of a variant over the original job's."""
    return median([m.seconds for m in variants[key].times]) / median(
        [m.seconds for m in variants["original"].times]
    )


def outputs_identical(root: Path, data: Path, keys: Sequence[str]) -> dict[str, bool]:
    courses = sorted(discover(data, "all"))
    original = root / "original" / "output"
    return {
        key: all(
            (root / key / "output" / c / "output.csv").read_bytes()
            == (original / c / "output.csv").read_bytes()
            for c in courses
        )
        for key in keys
    }


MEASURED_HOW = (
    "Wall and CPU s are the whole process tree's (`wait4`); other load is the CPU time the "
    "rest of the machine used during the run (from `/proc/stat`), in cores on average: what we "
    "ran alongside on the shared 2-core machine."
)


def timeline(records: Sequence[ProcessRecord]) -> str:
    """When the jobs ran within Snakemake's run: start-up before the first, the tail after the
    last, and how many ran at once on average."""
    main = [r for r in records if r.is_snakemake]
    jobs = [r for r in records if r.rule]
    if len(main) != 1 or not jobs:
        return ""
    start, end = main[0].started_at, main[0].started_at + main[0].wall_s
    first = min(r.started_at for r in jobs)
    last = max(r.started_at + r.wall_s for r in jobs)
    busy = sum(r.wall_s for r in jobs)
    return (
        f"Snakemake's process ran {end - start:.1f} s: {first - start:.1f} s before the first "
        f"job started (start-up, config, DAG), jobs from then until {last - start:.1f} s "
        f"({busy / (last - first):.1f} jobs at a time on average), {end - last:.1f} s after "
        "the last one ended."
    )


def rules_section(label: str, variant: Variant) -> list[str]:
    return [
        f"Where the time goes, {label} (its last run; each Python process's own CPU time and "
        "peak RSS, its MariaDB server included, recorded at exit by `perf/usage`; a job the "
        "warm worker ran, by its client from the worker's `wait4`, its peak RSS including the "
        "pages it shares with the worker):",
        "",
        *rule_table(variant.usage),
        "",
        timeline(variant.usage),
        "",
    ]


def item_sample(ctx: Context) -> list[str]:
    """Target 1: the default target on the bundled sample, as a new user runs it."""
    data = ctx.path("data-sample")
    if data.exists():
        shutil.rmtree(data)
    shutil.copytree(REPO / "data" / "sample", data)
    variants = {
        "original": original_variant(ctx, data),
        "pipeline": pipeline_variant(ctx, data, "pipeline, default target and config"),
        **baseline_variant(ctx, data, "default target and config"),
    }
    root = compare(ctx, "sample", variants, ctx.repeats)
    ratio = wall_ratio(variants, "pipeline")
    original_seconds = median([m.seconds for m in variants["original"].times])
    rerun = clickstream_rerun(ctx, root / "pipeline", data, original_seconds)
    return [
        "## 1. The bundled sample, default target",
        "",
        f"Measured {now()}, {ctx.repeats} repeat(s) interleaved (median shown). Data: "
        "`data/sample` (2 courses x 3 sessions). Pipeline: `snakemake --cores all` with the "
        "default config (semantics `corrected`, all targets) in a fresh working directory; "
        "original: `tests/tools/original_job.py` over both courses. " + MEASURED_HOW,
        "",
        *comparison_table(variants, None),
        "",
        f"Target wall <= 1.5x the original job's: {met(ratio <= 1.5)} ({ratio:.2f}x).",
        "",
        *rerun,
        *rules_section("default target on the sample", variants["pipeline"]),
    ]


# The rules that a change of one session's clickstream must rerun, and no others.
SESSION_CHAIN = (
    "weekly_features",
    "course_dataset",
    "plot_sessions",
    "data_report",
    "course_model",
    "evaluate_all",
)


def clickstream_rerun(
    ctx: Context, workdir: Path, data: Path, original_seconds: float
) -> list[str]:
    """The rerun after one clickstream changed in a complete build: its wall time and jobs."""
    session = sessions_of(data)[1]
    original = session.clickstream.read_bytes()
    stat = session.clickstream.stat()
    runs: list[Measured] = []
    records: list[ProcessRecord] = []
    for repeat in range(ctx.repeats):
        usage_log = workdir / "rerun-usage.jsonl"
        usage_log.unlink(missing_ok=True)
        try:
            # A new learner each time: Snakemake reruns on content, not on a newer mtime alone.
            line = b'{"username": "benchmark-touch-%d"}\n' % repeat
            session.clickstream.write_bytes(original + gzip.compress(line, mtime=0))
            runs.append(
                measure(
                    snakemake(workdir, data, "--quiet", "rules"),
                    log=workdir / "rerun.log",
                    env=usage_env(ctx, usage_log),
                )
            )
        finally:
            session.clickstream.write_bytes(original)
            os.utime(session.clickstream, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        records = read_usage(usage_log)
    jobs = sorted(
        (r.rule, ", ".join(f"{k}={v}" for k, v in r.wildcards.items())) for r in records if r.rule
    )
    chain_only = sorted(rule for rule, _ in jobs) == sorted(SESSION_CHAIN) and all(
        f"course={session.course}" in wildcards or rule == "evaluate_all"
        for rule, wildcards in jobs
    )
    seconds = [run.seconds for run in runs]
    return [
        f"After appending a learner to `{session.clickstream.relative_to(data)}` in the built "
        f"working directory, `snakemake --cores all` reruns {len(jobs)} jobs in "
        f"{median(seconds):.2f} s (median; each {spread(seconds)}; other load "
        f"{median([r.others_cpu_seconds / r.seconds for r in runs]):.1f} cores), "
        f"{median(seconds) / original_seconds:.2f}x the original job's run (which has no "
        f"incremental mode); that session's chain only: {met(chain_only)}.",
        "",
        *table(["rule", "wildcards"], [[f"`{rule}`", wildcards] for rule, wildcards in jobs]),
        "",
    ]


def item_medium(ctx: Context) -> list[str]:
    """Target 2: one course of three generated sessions of 20,000 learners."""
    spec = ctx.sizes.medium
    data = dataset(ctx, "medium", spec)
    variants = {
        "original": original_variant(ctx, data),
        "pipeline": pipeline_variant(
            ctx, data, "pipeline, all targets, `semantics=mwe`", config=["semantics=mwe"]
        ),
        **baseline_variant(ctx, data, "all targets, `semantics=mwe`", ["semantics=mwe"]),
    }
    root = compare(ctx, "medium", variants, ctx.repeats)
    ratio = wall_ratio(variants, "pipeline")
    return [
        "## 2. One course, three sessions of 20,000 learners",
        "",
        f"Measured {now()}, {ctx.repeats} repeat(s) interleaved (median shown). Data: "
        f"{describe(spec)} ({clickstream_mb(data):.0f} MB of gzipped clickstreams). Pipeline: "
        "`snakemake --cores all --config semantics=mwe` (all targets: also evaluation and "
        "figures, which the original job does not make) in a fresh working directory. "
        + MEASURED_HOW,
        "",
        *comparison_table(variants, outputs_identical(root, data, list(variants)[1:])),
        "",
        f"Target wall <= 0.5x the original job's: {met(ratio <= 0.5)} ({ratio:.2f}x).",
        "",
        *rules_section("all targets", variants["pipeline"]),
    ]


def peak_job_rss(variant: Variant) -> float:
    return max(
        usage.max_rss_mb
        for name, usage in usage_by_rule(variant.usage).items()
        if name != SNAKEMAKE_PROCESS
    )


def clickstream_mb(data: Path) -> float:
    return sum(s.clickstream.stat().st_size for s in sessions_of(data)) / 1e6


def item_e2e(ctx: Context) -> list[str]:
    """Target 3: many courses of large sessions, each SQL backend."""
    spec = ctx.sizes.e2e
    data = dataset(ctx, "e2e", spec)
    courses = sorted(discover(data, "all"))
    outputs_only = [f"output/{c}/output.csv" for c in courses]
    variants = {
        "original": original_variant(ctx, data),
        "embedded": pipeline_variant(
            ctx, data, "pipeline, `sql_backend=embedded`, all targets", config=["semantics=mwe"]
        ),
        "mariadb": pipeline_variant(
            ctx,
            data,
            "pipeline, `sql_backend=mariadb`, all targets",
            config=["semantics=mwe", "sql_backend=mariadb"],
        ),
        "embedded-outputs": pipeline_variant(
            ctx,
            data,
            "pipeline, `sql_backend=embedded`, `output.csv` targets only",
            targets=outputs_only,
            config=["semantics=mwe"],
        ),
    }
    root = compare(ctx, "e2e", variants, ctx.repeats)
    speedup = 1 / wall_ratio(variants, "embedded")
    peak_rss = max(peak_job_rss(variant) for key, variant in variants.items() if key != "original")
    return [
        "## 3. Many courses of large sessions",
        "",
        f"Measured {now()}, {ctx.repeats} repeat(s) interleaved (median shown). Data: "
        f"{describe(spec)} ({clickstream_mb(data):.0f} MB of gzipped clickstreams). Pipeline: "
        "`snakemake --cores all --config semantics=mwe sql_backend=...` in a fresh working "
        "directory (all targets, or only each course's `output.csv`, the original job's "
        "outputs). " + MEASURED_HOW,
        "",
        *comparison_table(variants, outputs_identical(root, data, list(variants)[1:])),
        "",
        f"Target >= 5x faster, all targets, embedded backend: {met(speedup >= 5)} "
        f"({speedup:.2f}x; {1 / wall_ratio(variants, 'mariadb'):.2f}x with the mariadb backend, "
        f"{1 / wall_ratio(variants, 'embedded-outputs'):.2f}x for the original job's outputs "
        "only).",
        "",
        *rules_section("all targets, embedded backend", variants["embedded"]),
        "",
        f"Target peak RSS of any job < 300 MB: {met(peak_rss < 300)} ({peak_rss:.0f} MB; "
        f"{peak_job_rss(variants['embedded']):.0f} MB with the embedded backend, "
        f"{peak_job_rss(variants['mariadb']):.0f} MB with the mariadb backend, whose figure "
        "is the larger of the job's process and its MariaDB server).",
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


def touch_build(ctx: Context, workdir: Path, command: Callable[..., list[str]]) -> Measured:
    """A built working directory without running the jobs: every output the plan lists is
    created empty, then ``--touch --forceall`` marks each job done as a run does (it records
    the same metadata: params, code, input). A no-op rerun then has exactly the work of a
    rerun after a real build (the outputs' content plays no part)."""
    summary = measure(command(workdir, "--summary"), env=snakemake_env(ctx)).stdout
    for line in summary.splitlines()[1:]:
        path = workdir / line.split("\t", 1)[0]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
    return measure(
        command(workdir, "--touch", "--forceall", "--quiet", "all"),
        log=workdir.with_suffix(".log"),
        env=snakemake_env(ctx),
    )


# The pipeline's DAG (session jobs sql and features, course jobs labels, dataset, sessions_plot
# and model, then evaluate_all): rule name, input (Python), output.
_SYNTHETIC_RULES = (
    ("sql", None, "s/{course}/{session}/sql"),
    ("features", '"s/{course}/{session}/sql"', "s/{course}/{session}/features"),
    ("labels", None, "c/{course}/labels"),
    ("dataset", 'session_files("features"), "c/{course}/labels"', "c/{course}/dataset"),
    ("sessions_plot", 'session_files("features"), "c/{course}/labels"', "c/{course}/sessions"),
    ("model", '"c/{course}/dataset", "c/{course}/sessions"', "c/{course}/model"),
    ("evaluate_all", 'expand("c/{course}/model", course=COURSES)', "e/all"),
)


def synthetic_snakefile(shaped: bool) -> str:
    """The pipeline's DAG in a Snakefile of its own: Snakemake's own cost per job, the floor
    of a no-op rerun of this many jobs. Bare rules (an output, static inputs), or ``shaped`` as
    the project's guide asks of every rule: an input function, a log, a benchmark, a param."""
    lines = [
        "import json",
        'SESSIONS = json.loads(open(config["sessions"]).read())',
        "COURSES = sorted({c for c, _ in SESSIONS})",
        "def session_files(name):",
        '    return lambda w: [f"s/{w.course}/{s}/{name}" for c, s in SESSIONS if c == w.course]',
        "def inputs_of(w, *items):",
        "    lists = (item(w) if callable(item) else item for item in items)",
        "    return [f for files in lists for f in ([files] if isinstance(files, str) else files)]",
        "rule all:",
        '    input: expand("c/{course}/model", course=COURSES), "e/all"',
    ]
    for name, inputs, output in _SYNTHETIC_RULES:
        lines.append(f"rule {name}:")
        if inputs and shaped:
            lines.append(f"    input: lambda w: inputs_of(w, {inputs})")
        elif inputs:
            lines.append(f"    input: {inputs}")
        lines.append(f'    output: "{output}"')
        if shaped:
            lines += [
                f'    log: "logs/{output}.log"',
                f'    benchmark: "benchmarks/{output}.tsv"',
                "    params: value=lambda w: repr(sorted(w.items()))",
            ]
        lines.append('    shell: "touch {output}"')
    return "\n".join(lines) + "\n"


def item_schedule(ctx: Context) -> list[str]:
    """Target 4: the no-op rerun of 1,000 sessions, and the rerun after one change."""
    spec = ctx.sizes.schedule
    env = snakemake_env(ctx)
    rows: list[list[object]] = []

    def add(label: str, runs: Sequence[Measured]) -> float:
        seconds = [run.seconds for run in runs]
        rows.append(
            [
                label,
                f"{median(seconds):.2f}",
                spread(seconds),
                f"{median([run.cpu_seconds for run in runs]):.2f}",
                f"{median([run.others_cpu_seconds / run.seconds for run in runs]):.1f}",
            ]
        )
        print(f"{label}: {median(seconds):.2f} s", flush=True)
        return median(seconds)

    data = dataset(ctx, "sched", spec)
    n_sessions = len(sessions_of(data))
    small = dataset(
        ctx, f"sched-{ctx.sizes.built_courses}", replace(spec, courses=ctx.sizes.built_courses)
    )
    n_small = len(sessions_of(small))

    def pipeline(data: Path, tree: Path = REPO) -> Callable[..., list[str]]:
        return lambda workdir, *args: snakemake(workdir, data, *args, tree=tree)

    add(
        "`snakemake --version` (start-up alone)",
        [measure([str(BIN / "snakemake"), "--version"]) for _ in range(ctx.repeats)],
    )
    add(
        f"`snakemake --list-rules`, {n_sessions} sessions (reading the workflow, no DAG)",
        [
            measure(snakemake(fresh(ctx.path("sched-dry")), data, "--list-rules"), env=env)
            for _ in range(ctx.repeats)
        ],
    )
    dry = [
        measure(snakemake(fresh(ctx.path("sched-dry")), data, "-n"), env=env)
        for _ in range(ctx.repeats)
    ]
    n_jobs = len(planned_jobs(dry[0].stdout))
    add(f"`snakemake -n`, empty working directory, {n_sessions} sessions ({n_jobs} jobs)", dry)

    # The touch build against a real build, on the small tree: same no-op work?
    real_dir = ctx.path(f"sched-real-{n_small}")
    real_dir.mkdir(parents=True, exist_ok=True)
    real = measure(
        snakemake(real_dir, small, "--quiet", "rules"), log=real_dir.with_suffix(".log"), env=env
    )
    touched_small = touch_build(ctx, fresh(ctx.path(f"sched-touch-{n_small}")), pipeline(small))
    noops: dict[str, list[Measured]] = {"real": [], "touched": []}
    workdirs = {"real": real_dir, "touched": ctx.path(f"sched-touch-{n_small}")}

    def noop(name: str) -> Callable[[], float]:
        def run() -> float:
            noops[name].append(measure(snakemake(workdirs[name], small), env=env))
            return noops[name][-1].seconds

        return run

    interleaved(ctx.repeats, {name: noop(name) for name in noops})
    add(f"no-op rerun, {n_small} sessions, after a real build", noops["real"])
    add(f"no-op rerun, {n_small} sessions, after a touch build", noops["touched"])

    # The no-op rerun of the 1,000 sessions, beside the same at --baseline and two floors:
    # the same DAG in a Snakefile of bare rules, and of rules shaped as ours must be.
    full_dir = fresh(ctx.path(f"sched-touch-{n_sessions}"))
    touched_full = touch_build(ctx, full_dir, pipeline(data))
    sessions_json = ctx.path(f"sched-sessions-{n_sessions}.json")
    sessions_json.write_text(json.dumps([[s.course, s.session] for s in sessions_of(data)]))

    def synthetic(snakefile: Path) -> Callable[..., list[str]]:
        return lambda workdir, *args: [
            str(BIN / "snakemake"),
            "--snakefile",
            str(snakefile),
            "--directory",
            str(workdir),
            "--cores",
            "all",
            *args,
            "--config",
            f"sessions={sessions_json}",
        ]

    ours = f"`snakemake --cores all`, no-op rerun, {n_sessions} sessions"
    no_op_commands = {ours: (full_dir, pipeline(data))}
    if ctx.baseline is not None:
        baseline_dir = fresh(ctx.path(f"sched-baseline-{n_sessions}"))
        touch_build(ctx, baseline_dir, pipeline(data, ctx.baseline))
        no_op_commands[f"the same at {ctx.baseline.name}"] = (
            baseline_dir,
            pipeline(data, ctx.baseline),
        )
    for shaped, label in (
        (False, "the same DAG with bare rules (Snakemake's floor)"),
        (True, "the same DAG, each rule with an input function, log, benchmark and param"),
    ):
        floor_dir = fresh(ctx.path(f"sched-{'shaped' if shaped else 'floor'}-{n_sessions}"))
        (floor_dir / "Snakefile").write_text(synthetic_snakefile(shaped))
        command = synthetic(floor_dir / "Snakefile")
        touch_build(ctx, floor_dir, command)
        no_op_commands[f"no-op rerun of {label}"] = (floor_dir, command)
    no_op_runs: dict[str, list[Measured]] = {label: [] for label in no_op_commands}

    def no_op(label: str) -> Callable[[], float]:
        def run() -> float:
            workdir, command = no_op_commands[label]
            no_op_runs[label].append(measure(command(workdir), env=env))
            if "Nothing to be done" not in no_op_runs[label][-1].stdout:
                raise RuntimeError(f"not a no-op:\n{no_op_runs[label][-1].stdout[-3000:]}")
            return no_op_runs[label][-1].seconds

        return run

    interleaved(ctx.repeats, {label: no_op(label) for label in no_op_commands})
    no_op_seconds = {label: add(label, runs) for label, runs in no_op_runs.items()}
    noop_s = no_op_seconds[ours]
    noop_cpu = median([run.cpu_seconds for run in no_op_runs[ours]])
    floors = ", ".join(
        f"{seconds / noop_s:.2f}x of it: {label}"
        for label, seconds in no_op_seconds.items()
        if label != ours
    )

    # A change of content: Snakemake ignores a newer mtime of a small input whose checksum
    # is unchanged. The appended gzip member adds one learner; the file is restored after.
    touched = sessions_of(data)[n_sessions // 2]
    original = touched.clickstream.read_bytes()
    stat = touched.clickstream.stat()
    try:
        line = b'{"username": "benchmark-touch"}\n'
        touched.clickstream.write_bytes(original + gzip.compress(line, mtime=0))
        after = measure(snakemake(full_dir, data, "-n"), env=env)
    finally:
        touched.clickstream.write_bytes(original)
        os.utime(touched.clickstream, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    add(f"`snakemake -n` after changing one clickstream, {n_sessions} sessions", [after])
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
    return [
        "## 4. Scheduling: no-op rerun of 1,000 sessions",
        "",
        f"Measured {now()}, {ctx.repeats} repeat(s) each (median shown). Data: "
        f"{describe(spec)} = {n_sessions} sessions. Every figure is the whole `snakemake` "
        "command (start-up, config, discovery of the tree, DAG). The 1,000-session tree is "
        "built with a touch build (every output created empty, then `snakemake --touch "
        "--forceall`, which records each job's metadata as a run does; "
        f"{touched_full.seconds:.0f} s here, against about an hour for a real build); the rows "
        f"for {n_small} sessions compare the no-op after a real build ({real.seconds:.0f} s, "
        "or less if it completed an earlier one) with the no-op after a touch build "
        f"({touched_small.seconds:.0f} s), interleaved. The no-op rows of {n_sessions} "
        "sessions are interleaved too; the last two are synthetic Snakefiles of the same DAG "
        "(`synthetic_snakefile` in perf/run.py): bare rules (an output, static inputs), and "
        "rules with what the project's guide asks of each of ours (an input function, a log, "
        "a benchmark, a param). "
        + MEASURED_HOW.replace("Wall and CPU s are the whole process tree's (`wait4`); ", ""),
        "",
        *table(
            ["command", "wall s (median)", "wall s (each)", "CPU s (median)", "other load (cores)"],
            rows,
        ),
        "",
        f"Target no-op rerun <= 5 s ({n_sessions} sessions): {met(noop_s <= 5)} "
        f"({noop_s:.2f} s wall, {noop_cpu:.2f} s CPU). In the same runs (wall, median): {floors}.",
        "",
        f"After appending a learner to `{touched.clickstream.relative_to(data)}`, a dry run "
        f"plans {len(jobs)} jobs; that session's chain only: {met(chain_only)}.",
        "",
        *table(["rule", "output"], [[rule, f"`{outputs}`"] for rule, outputs in jobs]),
        "",
    ]


SECTIONS: dict[str, Callable[[Context], list[str]]] = {
    "sample": item_sample,
    "medium": item_medium,
    "e2e": item_e2e,
    "scan": item_scan,
    "load": item_load,
    "schedule": item_schedule,
}
# Order of the sections in the report (issue 11's targets first).
REPORT_ORDER = ("sample", "medium", "e2e", "schedule", "scan", "load")


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
    parser.add_argument(
        "--baseline",
        type=Path,
        help="an earlier checkout of the project (e.g. git worktree add DIR COMMIT) to run "
        "beside the current code in the sample and medium items",
    )
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
        help="courses of the schedule tree built for real, to check the touch build (default 10)",
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
        baseline=args.baseline.resolve() if args.baseline else None,
    )
    ctx.results.mkdir(parents=True, exist_ok=True)
    for item in [item for item in args.items or ITEMS if item != "report"]:
        run_ctx = replace(ctx, repeats=args.e2e_repeats) if item == "e2e" else ctx
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
