"""The work inside the per-session and per-course jobs, in-process, against a baseline checkout.

Each job's package function (no interpreter start, no imports) runs ``--inner-repeats`` times
in each of ``--repeats`` child processes per variant, the variants' children interleaved; the
figures are medians of CPU time (``time.process_time``). Every output file of the two variants
is compared byte for byte.
A variant is a ``src`` directory put first on ``PYTHONPATH`` (e.g. ``/work/main/src``, or a
``git worktree add /tmp/old COMMIT``'s ``src``).

With ``--ab`` both variants run in this one process instead, alternating (the baseline's
package copied under the name ``morf_baseline``): the figure to trust for a small lever on a
shared machine, where CPU seconds move by +-15 % between processes of the same code.

Usage::

    .venv/bin/python perf/job_work.py --data DATA --work DIR --baseline-src OLD/src \\
        [--ab] [--repeats N] [--inner-repeats N] [--labels-courses N] [JOB ...]

Jobs: sql (``sql_forum``), features (``weekly_features``, corrected semantics with the session
stats), labels (``course_labels``; the label files repeat DATA's course ``--labels-courses``
times under other names, as many courses' files would hold them), dataset (``course_dataset``,
mwe and corrected), report (``data_report``). Each session of DATA is a job of its own.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

JOBS = ("sql", "features", "labels", "dataset", "report")
N_FEATURE_WEEKS = 4


def _busy_seconds() -> float:
    """CPU time the whole machine used so far (all processes), from /proc/stat."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    user, nice, system = (int(value) for value in fields[:3])
    return (user + nice + system) / os.sysconf("SC_CLK_TCK")


def _label_files(data: Path, work: Path, courses: int) -> list[Path]:
    """DATA's label files with its rows repeated for ``courses`` courses (the first is DATA's)."""
    copies = []
    for name in ("labels-train.csv", "labels-test.csv"):
        lines = (data / name).read_text(encoding="utf-8").splitlines(keepends=True)
        header, rows = lines[0], lines[1:]
        out = [header]
        for number in range(courses):
            for row in rows:
                user, row_course, rest = row.split(",", 2)
                out.append(f"{user},{row_course}{number or ''},{rest}")
        copy = work / name
        copy.write_text("".join(out), encoding="utf-8")
        copies.append(copy)
    return copies


def job_actions(
    package: str, data: Path, out: Path, job: str, label_files: list[Path]
) -> dict[str, Callable[[], object]]:
    """The runs of ``job`` (one per session for session jobs) with ``package``'s functions."""

    def module(name: str) -> Any:
        return importlib.import_module(f"{package}.{name}")

    SessionFiles, build_data_report = (
        module("data_report").SessionFiles,
        module("data_report").build_data_report,
    )
    write_course_dataset = module("dataset").write_course_dataset
    dates_for_session = module("dates").dates_for_session
    read_session_dates = module("dates").read_session_dates
    write_session_features = module("features").write_session_features
    write_course_labels = module("labels").write_course_labels
    discover = module("layout").discover
    Semantics = module("semantics").Semantics
    MWE_QUERIES = module("sql.queries").MWE_QUERIES
    export_session_queries = module("sql.queries").export_session_queries

    course: str
    course, sessions = next(iter(discover(data, "all").items()))
    dates_file = data / "coursera_course_dates.csv"
    dates = read_session_dates(dates_file)

    def results(session: str) -> Path:
        return out / course / session

    def sql_job(s: Any) -> Callable[[], object]:
        def run() -> object:
            return export_session_queries(
                [(q, results(s.session) / f"{q.name}.csv") for q in MWE_QUERIES],
                [s.dumps["anonymized_forum"], s.dumps["hash_mapping"]],
                where="bench",
            )

        return run

    def features_job(s: Any) -> Callable[[], object]:
        directory = results(s.session)

        def run() -> object:
            return write_session_features(
                clickstream_path=s.clickstream,
                forum_posts_csv=directory / "forum_posts.csv",
                forum_comments_csv=directory / "forum_comments.csv",
                dates=dates_for_session(dates, dates_file, course, s.session),
                n_feature_weeks=N_FEATURE_WEEKS,
                semantics=Semantics.CORRECTED,
                destination=directory / "morf_mwe_feats.csv",
                stats_destination=directory / "session_stats.json",
            )

        return run

    def labels_job() -> object:
        destination = out / course / "labels.csv"
        return write_course_labels(label_files, course, "dropout", destination, True)

    features = [(s.session, results(s.session) / "morf_mwe_feats.csv") for s in sessions]

    def dataset_job(semantics: Any) -> Callable[[], object]:
        def run() -> object:
            return write_course_dataset(
                course,
                features,
                out / course / "labels.csv",
                semantics,
                out / course / f"course_dataset_{semantics.value}.csv",
            )

        return run

    def report_job() -> object:
        return build_data_report(
            course,
            [
                SessionFiles(s, results(s) / "session_stats.json", path, {"forum_posts": path})
                for s, path in features
            ],
            out / course / "labels.csv",
            Semantics.CORRECTED,
            {},
            out / course / "data_report.csv",
            out / course / "data_report.html",
        )

    actions: dict[str, Callable[[], object]] = {}
    if job == "sql":
        actions = {f"sql_forum {s.session}": sql_job(s) for s in sessions}
    elif job == "features":
        actions = {f"weekly_features {s.session}": features_job(s) for s in sessions}
    elif job == "labels":
        actions = {"course_labels": labels_job}
    elif job == "dataset":
        actions = {
            f"course_dataset {semantics.value}": dataset_job(semantics) for semantics in Semantics
        }
    elif job == "report":
        actions = {"data_report": report_job}
    return actions


def child(data: Path, out: Path, repeats: int, job: str, label_files: list[Path]) -> None:
    times: dict[str, list[float]] = {}
    actions = job_actions("morf_pipeline", data, out, job, label_files)
    for name, action in actions.items():
        times[name] = []
        for _ in range(repeats):
            started = time.process_time()
            action()
            times[name].append(time.process_time() - started)
    print(json.dumps(times))


def in_process_ab(args: argparse.Namespace, label_files: list[Path]) -> None:
    """Both variants in this process, runs alternating: the baseline's package is copied under
    another name (``morf_baseline``), so one interpreter holds both. Noise between processes
    (+-15 % here under load) does not enter."""
    copy = args.work / "ab-packages" / "morf_baseline"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(args.baseline_src / "morf_pipeline", copy)
    for source in copy.rglob("*.py"):
        source.write_text(source.read_text().replace("morf_pipeline", "morf_baseline"))
    sys.path[:0] = [str(args.src), str(copy.parent)]
    logging.disable(logging.WARNING)  # the jobs' findings, repeated for every run
    print(
        f"| job (median CPU s of {args.repeats}, one process) | baseline | new | new / baseline |"
    )
    print("|---|---|---|---|")
    for job in args.jobs:
        variants = {
            name: job_actions(package, args.data, args.work / f"ab-{name}", job, label_files)
            for name, package in (("baseline", "morf_baseline"), ("new", "morf_pipeline"))
        }
        for key in variants["new"]:
            times: dict[str, list[float]] = {"baseline": [], "new": []}
            for repeat in range(args.repeats + 1):  # the first pair warms up
                order = ["baseline", "new"] if repeat % 2 else ["new", "baseline"]
                for name in order:
                    started = time.process_time()
                    variants[name][key]()
                    if repeat:
                        times[name].append(time.process_time() - started)
            old, new = (statistics.median(times[name]) for name in ("baseline", "new"))
            print(f"| {key} | {old:.3f} | {new:.3f} | {new / old:.2f} |")
    _compare(args.work / "ab-baseline", args.work / "ab-new")


def _compare(old: Path, new: Path) -> None:
    files = sorted(p.relative_to(old) for p in old.rglob("*") if p.is_file())
    differ = [str(f) for f in files if (old / f).read_bytes() != (new / f).read_bytes()]
    print(f"{len(files)} output files compared byte for byte: {len(differ)} differ {differ}")


def run_variant(src: Path, args: argparse.Namespace, out: Path, job: str) -> dict[str, list[float]]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    command = [sys.executable, __file__, "--child", job, "--data", str(args.data)]
    command += ["--work", str(out), "--repeats", str(args.inner_repeats)]
    command += ["--labels-courses", str(args.labels_courses)]
    result = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    return json.loads(result.stdout.splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--baseline-src", type=Path)
    parser.add_argument("--src", type=Path, default=Path(__file__).resolve().parent.parent / "src")
    parser.add_argument("--repeats", type=int, default=5, help="child processes per variant")
    parser.add_argument("--inner-repeats", type=int, default=1, help="runs per child process")
    parser.add_argument("--labels-courses", type=int, default=10)
    parser.add_argument("--child")
    parser.add_argument("--ab", action="store_true", help="both variants in one process")
    parser.add_argument("jobs", nargs="*", default=list(JOBS))
    args = parser.parse_args()
    if args.child:
        labels = [args.work.parent / "labels-train.csv", args.work.parent / "labels-test.csv"]
        child(args.data, args.work, args.inner_repeats, args.child, labels)
        return
    args.work.mkdir(parents=True, exist_ok=True)
    label_files = _label_files(args.data, args.work, args.labels_courses)
    if args.ab:
        if not args.baseline_src:
            parser.error("--ab needs --baseline-src")
        in_process_ab(args, label_files)
        return
    variants = {"new": args.src}
    if args.baseline_src:
        variants = {"baseline": args.baseline_src, **variants}
    busy, started = _busy_seconds(), time.monotonic()
    own = time.process_time()
    children_before = os.times().children_user + os.times().children_system
    times: dict[str, dict[str, list[float]]] = {name: {} for name in variants}
    for job in args.jobs:
        for repeat in range(args.repeats):  # interleaved, each variant first in turn
            order = list(variants.items())
            for name, src in order[repeat % 2 :] + order[: repeat % 2]:
                for key, values in run_variant(src, args, args.work / name, job).items():
                    times[name].setdefault(key, []).extend(values)
    medians = {
        name: {key: statistics.median(values) for key, values in by_job.items()}
        for name, by_job in times.items()
    }
    wall = time.monotonic() - started
    ours = os.times().children_user + os.times().children_system - children_before
    other_load = (_busy_seconds() - busy - ours - (time.process_time() - own)) / wall
    names = list(medians["new"])
    header = " | ".join(variants)
    runs = args.repeats * args.inner_repeats
    print(f"| job (median CPU s of {runs}) | {header} | new / baseline |")
    print("|---|" + "---|" * (len(variants) + 1))
    for key in names:
        cells = [f"{medians[v][key]:.3f}" for v in variants]
        ratio = ""
        if "baseline" in variants:
            ratio = f"{medians['new'][key] / medians['baseline'][key]:.2f}"
        print(f"| {key} | " + " | ".join(cells) + f" | {ratio} |")
    print(f"other load meanwhile: {other_load:.2f} cores over {wall:.0f} s")
    if "baseline" in variants:
        _compare(args.work / "baseline", args.work / "new")


if __name__ == "__main__":
    main()
