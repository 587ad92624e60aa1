"""The work inside the per-session and per-course jobs, in-process, against a baseline checkout.

Each job's package function (no interpreter start, no imports) runs ``--inner-repeats`` times
in each of ``--repeats`` child processes per variant, the variants' children interleaved; the
figures are medians of CPU time (``time.process_time``). Every output file of the two variants
is compared byte for byte.
A variant is a ``src`` directory put first on ``PYTHONPATH`` (e.g. ``/work/main/src``, or a
``git worktree add /tmp/old COMMIT``'s ``src``).

Usage::

    .venv/bin/python perf/job_work.py --data DATA --work DIR --baseline-src OLD/src \\
        [--repeats N] [--labels-courses N] [JOB ...]

Jobs: sql (``sql_forum``), features (``weekly_features``, corrected semantics with the session
stats), labels (``course_labels``; the label files repeat DATA's course ``--labels-courses``
times under other names, as many courses' files would hold them), dataset (``course_dataset``,
mwe and corrected), report (``data_report``). Each session of DATA is a job of its own.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

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


def child(data: Path, out: Path, repeats: int, job: str, label_files: list[Path]) -> None:
    from morf_pipeline.data_report import SessionFiles, build_data_report
    from morf_pipeline.dataset import write_course_dataset
    from morf_pipeline.dates import dates_for_session, read_session_dates
    from morf_pipeline.features import write_session_features
    from morf_pipeline.labels import write_course_labels
    from morf_pipeline.layout import SessionInputs, discover
    from morf_pipeline.semantics import Semantics
    from morf_pipeline.sql.queries import MWE_QUERIES, export_session_queries

    course, sessions = next(iter(discover(data, "all").items()))
    dates_file = data / "coursera_course_dates.csv"
    dates = read_session_dates(dates_file)
    times: dict[str, list[float]] = {}

    def results(session: str) -> Path:
        return out / course / session

    def sql_job(s: SessionInputs) -> Callable[[], object]:
        def run() -> object:
            return export_session_queries(
                [(q, results(s.session) / f"{q.name}.csv") for q in MWE_QUERIES],
                [s.dumps["anonymized_forum"], s.dumps["hash_mapping"]],
                where="bench",
            )

        return run

    def features_job(s: SessionInputs) -> Callable[[], object]:
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

    def dataset_job(semantics: Semantics) -> Callable[[], object]:
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
    for name, action in actions.items():
        times[name] = []
        for _ in range(repeats):
            started = time.process_time()
            action()
            times[name].append(time.process_time() - started)
    print(json.dumps(times))


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
    parser.add_argument("jobs", nargs="*", default=list(JOBS))
    args = parser.parse_args()
    if args.child:
        labels = [args.work.parent / "labels-train.csv", args.work.parent / "labels-test.csv"]
        child(args.data, args.work, args.inner_repeats, args.child, labels)
        return
    args.work.mkdir(parents=True, exist_ok=True)
    _label_files(args.data, args.work, args.labels_courses)
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
        old, new = args.work / "baseline", args.work / "new"
        files = sorted(p.relative_to(old) for p in old.rglob("*") if p.is_file())
        differ = [str(f) for f in files if (old / f).read_bytes() != (new / f).read_bytes()]
        print(f"{len(files)} output files compared byte for byte: {len(differ)} differ {differ}")


if __name__ == "__main__":
    main()
