"""A faithful, sequential port of the original MORF minimum working example (MWE) job.

This module re-implements, step by step and in the original's order, what the published MWE
docker job computes for a course: load each session's forum and hash_mapping dumps into one
MySQL-compatible server, export two forum queries with the command-line client, count each
user's forum posts and comments per course week, pool the sessions, join the labels, and fit a
logistic regression on a random stratified split. It serves two purposes:

* an oracle: the pipeline's ``mwe`` mode must reproduce its files byte for byte;
* a baseline: benchmarks time it against the pipeline.

Every quirk of the original is kept on purpose (week 0 is never counted, a poster missing from
hash_mapping becomes a user named ``NULL``, a line without ``username`` adds a ``None`` user, a
course shorter than the feature window yields an empty feature file, features and labels are
joined on userID alone). The only intended change concerns ORDER, which the original left to
chance:

* sessions are visited in sorted order of (last three characters, full name) instead of
  ``os.listdir`` order, and dumps and the clickstream are chosen from the sorted listing;
* the users are put in sorted order (None first, then by their text) instead of Python set order,
  and the finished wide feature table is sorted by userID (missing first) before it is written.

Two additions make it safe to run rather than change what it computes: the private server is
started and stopped here (the original's container ran ``service mysql start``), and a failing
dump load or query raises instead of being ignored.

Usage::

    python tests/tools/original_job.py --data-dir D --course C [--course C2 ...] \\
        --work-dir W --output-dir O [--label-type dropout] [--n-feature-weeks 4]
"""

from __future__ import annotations

import argparse
import bisect
import csv
import ctypes
import gzip
import json
import math
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Hashable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

DATABASE = "course"
FORUM_COMMENTS_FILE = "forum_comments.csv"
FORUM_POSTS_FILE = "forum_posts.csv"
FEATURES_FILE = "morf_mwe_feats.csv"
COURSE_DATASET_FILE = "course_dataset.csv"
OUTPUT_FILE = "output.csv"
DATES_FILE = "coursera_course_dates.csv"

# The two queries of the original, verbatim.
FORUM_COMMENTS_QUERY = (
    "SELECT thread_id , post_time , b.session_user_id FROM forum_comments as a "
    "LEFT JOIN hash_mapping as b ON a.user_id = b.user_id WHERE a.is_spam != 1 "
    "ORDER BY post_time;"
)
FORUM_POSTS_QUERY = (
    "SELECT id , thread_id , post_time , a.user_id , public_user_id , session_user_id , "
    "eventing_user_id FROM forum_posts as a LEFT JOIN hash_mapping as b "
    "ON a.user_id = b.user_id WHERE is_spam != 1 ORDER BY post_time;"
)

GZIP_MAGIC = b"\x1f\x8b"
# sun_path holds 108 bytes including the terminating NUL.
MAX_SOCKET_PATH = 107
_PR_SET_PDEATHSIG = 1

# A user id as the original keeps it: normally the 40-hex ``username`` string (or the literal
# "NULL" from the SQL export), None for a clickstream line without ``username``, and in
# principle any hashable JSON value a malformed log line puts there.
UserId = Hashable
# user -> {week -> number of forum posts and comments}
WeeklyCounts = dict[UserId, dict[int, int]]


class OriginalJobError(RuntimeError):
    """The server, a dump load or a query failed."""


# --------------------------------------------------------------------------------------------
# The shared MariaDB server
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Server:
    """A running private ``mariadbd``, reached through its unix socket only."""

    socket: Path
    process: subprocess.Popen[bytes]
    log_file: Path

    def client(self, *args: str) -> list[str]:
        """The ``mariadb`` command line for this server (``--no-defaults`` must come first)."""
        return [_mariadb_client(), "--no-defaults", f"--socket={self.socket}", *args]

    def log_tail(self, lines: int = 20) -> str:
        if not self.log_file.exists():
            return ""
        return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])


def _mariadb_client() -> str:
    return shutil.which("mariadb") or "/usr/bin/mariadb"


def _mariadb_server() -> str:
    return shutil.which("mariadbd") or "/usr/sbin/mariadbd"


def _die_with_parent() -> None:
    """Have the kernel kill the server if this process dies without stopping it."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _server_ready(server: Server) -> bool:
    probe = subprocess.run(
        server.client("-e", "select 1"),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return probe.returncode == 0


def _stop_server(server: Server, timeout: float) -> None:
    if server.process.poll() is None:
        server.process.terminate()  # SIGTERM is mariadbd's orderly shutdown
        try:
            server.process.wait(timeout)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()


@contextmanager
def mariadb_server(
    startup_timeout: float = 60.0, shutdown_timeout: float = 60.0
) -> Iterator[Server]:
    """Start one throw-away server holding an empty ``course`` database; stop and delete it after.

    The original started MySQL once per container and issued ``CREATE DATABASE course`` before
    every session; all but the first failed harmlessly, so every session shared one database.
    """
    server_dir = Path(tempfile.mkdtemp(prefix="morf-orig-"))
    try:
        socket = server_dir / "sock"
        if len(os.fsencode(socket)) > MAX_SOCKET_PATH:
            raise OriginalJobError(
                f"socket path {socket} is longer than {MAX_SOCKET_PATH} bytes; "
                "point TMPDIR at a shorter directory"
            )
        data_dir = server_dir / "data"
        data_dir.mkdir()
        log_file = server_dir / "error.log"
        command = [
            _mariadb_server(),
            "--no-defaults",  # must be the first option
            f"--datadir={data_dir}",
            f"--socket={socket}",
            "--skip-networking",
            "--skip-grant-tables",
            f"--pid-file={server_dir / 'mariadbd.pid'}",
            f"--log-error={log_file}",
        ]
        if os.geteuid() == 0:
            command.append("--user=root")
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=_die_with_parent,
        )
        server = Server(socket=socket, process=process, log_file=log_file)
        try:
            deadline = time.monotonic() + startup_timeout
            while not _server_ready(server):
                if process.poll() is not None:
                    raise OriginalJobError(
                        f"mariadbd exited with code {process.returncode} during start-up:\n"
                        + server.log_tail()
                    )
                if time.monotonic() > deadline:
                    raise OriginalJobError(
                        f"mariadbd was not ready after {startup_timeout:.0f} s:\n"
                        + server.log_tail()
                    )
                time.sleep(0.02)
            _run_checked(server.client("-e", f"CREATE DATABASE {DATABASE}"), "CREATE DATABASE")
            yield server
        finally:
            _stop_server(server, shutdown_timeout)
    finally:
        shutil.rmtree(server_dir, ignore_errors=True)


def _run_checked(command: list[str], what: str) -> None:
    result = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, check=False)
    if result.returncode != 0:
        raise OriginalJobError(
            f"{what} failed ({result.returncode}): {result.stderr.decode(errors='replace')}"
        )


# --------------------------------------------------------------------------------------------
# Step 1: the SQL export (extract_coursera_sql_data)
# --------------------------------------------------------------------------------------------


def list_sessions(data_dir: Path, course: str) -> list[str]:
    """The course's session directories, by (last three characters, full name).

    The original took ``os.listdir`` order, which is arbitrary; this fixes it.
    """
    course_dir = data_dir / course
    names = [name for name in os.listdir(course_dir) if (course_dir / name).is_dir()]
    return sorted(names, key=lambda name: (name[-3:], name))


def _first_file(session_dir: Path, *parts: str) -> Path:
    """The first file name, in sorted order, that contains every one of ``parts``."""
    for name in sorted(os.listdir(session_dir)):
        if all(part in name for part in parts):
            return session_dir / name
    raise FileNotFoundError(f"{session_dir}: no file whose name contains {' and '.join(parts)}")


def _is_gzip(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(2) == GZIP_MAGIC


def load_dump(server: Server, dump: Path) -> None:
    """``mysql course < dump``; a gzipped dump is streamed through ``gzip -dc`` first."""
    client_command = server.client(DATABASE)
    if _is_gzip(dump):
        gunzip = subprocess.Popen(
            ["gzip", "-dc", "--", str(dump)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        assert gunzip.stdout is not None
        client = subprocess.run(
            client_command, stdin=gunzip.stdout, capture_output=True, check=False
        )
        gunzip.stdout.close()
        gunzip_stderr = gunzip.stderr.read() if gunzip.stderr is not None else b""
        gunzip_status = gunzip.wait()
    else:
        with dump.open("rb") as source:
            client = subprocess.run(client_command, stdin=source, capture_output=True, check=False)
        gunzip_stderr, gunzip_status = b"", 0
    if client.returncode != 0:
        raise OriginalJobError(
            f"{dump}: the dump did not load: {client.stderr.decode(errors='replace').strip()}"
        )
    if gunzip_status != 0:
        raise OriginalJobError(
            f"{dump}: gzip -dc failed: {gunzip_stderr.decode(errors='replace').strip()}"
        )


def query_into_csv(server: Server, query: str, out_file: Path) -> None:
    """Run ``mysql course -e"<query>" | tr '\\t' ',' > out_file`` through a shell, as the original.

    Batch mode writes a tab-separated header and rows, NULL as the literal ``NULL``, and no quoting;
    an empty result set writes nothing at all (not even the header). ``pipefail`` only makes a
    failing client visible; it does not change the output.
    """
    shell_command = (
        f"{shlex.join(server.client(DATABASE))} -e{shlex.quote(query)}"
        f" | tr '\\t' ',' > {shlex.quote(str(out_file))}"
    )
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", shell_command],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        raise OriginalJobError(
            f"query into {out_file} failed: {result.stderr.decode(errors='replace').strip()}"
        )


def extract_sql(
    server: Server, data_dir: Path, course: str, session: str, work_dir: Path
) -> tuple[Path, Path]:
    """Load the session's forum and hash_mapping dumps and export the two forum queries.

    Returns the paths of (forum_comments.csv, forum_posts.csv) under ``work_dir/course/session``.
    Dumps of later sessions load into the same database; their ``DROP TABLE IF EXISTS``
    replaces the earlier session's tables.
    """
    session_dir = data_dir / course / session
    hash_mapping_dump = _first_file(session_dir, "hash_mapping", session)
    forum_dump = _first_file(session_dir, "anonymized_forum", session)
    load_dump(server, forum_dump)
    load_dump(server, hash_mapping_dump)
    out_dir = work_dir / course / session
    out_dir.mkdir(parents=True, exist_ok=True)
    comments_file = out_dir / FORUM_COMMENTS_FILE
    posts_file = out_dir / FORUM_POSTS_FILE
    query_into_csv(server, FORUM_COMMENTS_QUERY, comments_file)
    query_into_csv(server, FORUM_POSTS_QUERY, posts_file)
    return comments_file, posts_file


# --------------------------------------------------------------------------------------------
# Step 2: the weekly forum features (extract_features)
# --------------------------------------------------------------------------------------------


def fetch_start_end_date(dates_file: Path, course: str, session: str) -> tuple[datetime, datetime]:
    """The session's first and last day, as naive datetimes, from coursera_course_dates.csv."""
    dates = pd.read_csv(dates_file, usecols=[0, 2, 3], encoding="ISO-8859-1").set_index("course")
    key = f"{course}-{session}"
    start = datetime.strptime(str(dates.loc[key, "start_date"]), "%m/%d/%y")
    end = datetime.strptime(str(dates.loc[key, "end_date"]), "%m/%d/%y")
    return start, end


def course_weeks(course_start: datetime, course_end: datetime) -> tuple[int, list[datetime]]:
    """(n_weeks, the start of each week): n_weeks = ceil(days / 7), weeks start every 7 days."""
    n_weeks = math.ceil((course_end - course_start).days / 7)
    week_starts = [course_start + timedelta(days=x) for x in range(0, n_weeks * 7, 7)]
    return n_weeks, week_starts


def extract_users(clickstream_file: Path) -> set[UserId]:
    """Every ``username`` in the gzipped clickstream, with no date filter.

    A JSON object without ``username`` adds None. A line that is not UTF-8 or not JSON (a blank
    line, say) raises ValueError and is skipped with a warning, as is any other failure (a JSON
    line that is not an object has no ``.get``).
    """
    users: set[UserId] = set()
    line_number = 0
    with gzip.open(clickstream_file, "rb") as lines:
        for line in lines:
            try:
                log_entry = json.loads(line.decode("utf-8"))
                users.add(log_entry.get("username"))
            except ValueError as error:
                print(f"Warning: invalid log line {line_number}: {error}")
            except Exception as error:
                print(f"Warning: invalid log line {line_number}: {error}\n{line!r}")
            line_number += 1
    return users


def user_sort_key(user: object) -> tuple[int, str]:
    """Missing users (None, or NaN once pandas holds them) first, then by their text."""
    if user is None or (isinstance(user, float) and math.isnan(user)):
        return (0, "")
    return (1, str(user))


def _week_of(post_time: datetime, week_starts: list[datetime], n_weeks: int) -> int | None:
    """Week k covers (start + 7k, start + 7(k+1)]; at or before the start there is no week."""
    week = bisect.bisect_left(week_starts, post_time) - 1
    if 0 <= week <= n_weeks:
        return week
    return None


def count_weekly_posts(
    forum_posts_file: Path,
    forum_comments_file: Path,
    users: set[UserId],
    course_start: datetime,
    course_end: datetime,
) -> WeeklyCounts:
    """Count each user's forum posts and comments per week (weeks 0..n_weeks, all users).

    Kept quirks: ``if week:`` skips week 0 along with posts that have no week; a
    ``session_user_id`` of ``NULL`` (poster missing from hash_mapping) is counted as a user named
    "NULL"; forum posters absent from the clickstream are added in the order they are met.
    """
    n_weeks, week_starts = course_weeks(course_start, course_end)
    output: WeeklyCounts = {
        user: {week: 0 for week in range(n_weeks + 1)} for user in sorted(users, key=user_sort_key)
    }
    for forum_file in (forum_posts_file, forum_comments_file):
        with forum_file.open(newline="") as handle:
            for row in csv.DictReader(handle):
                seconds = int(row["post_time"]) * 1000 / 1000
                # The original made a naive local time in a UTC container.
                post_time = datetime.fromtimestamp(seconds, UTC).replace(tzinfo=None)
                week = _week_of(post_time, week_starts, n_weeks)
                if week:
                    session_user_id = row["session_user_id"]
                    if session_user_id in output:
                        output[session_user_id][week] += 1
                    else:
                        output[session_user_id] = {w: 0 for w in range(n_weeks + 1)}
                        output[session_user_id][week] = 1
    return output


def long_features(counts: WeeklyCounts) -> pd.DataFrame:
    """One row per (user, week): columns userID, week, forum_posts."""
    rows = [(user, week, posts) for user, weeks in counts.items() for week, posts in weeks.items()]
    return pd.DataFrame(rows, columns=["userID", "week", "forum_posts"])


def wide_features(long_df: pd.DataFrame, n_feature_weeks: int = 4) -> pd.DataFrame:
    """userID and week_0_forum_posts .. week_<n>_forum_posts, sorted by userID (missing first).

    Each week after week 0 is an inner merge on userID, so when the course has fewer weeks than
    the window the result is empty.
    """
    wide: pd.DataFrame | None = None
    for week in range(n_feature_weeks + 1):
        week_df = (
            long_df[long_df["week"] == week]
            .drop(columns=["week"])
            .rename(columns={"forum_posts": f"week_{week}_forum_posts"})
        )
        wide = week_df if wide is None else pd.merge(wide, week_df, on="userID")
    assert wide is not None  # range(n + 1) is never empty for n >= 0
    user_ids = wide["userID"].tolist()
    order = sorted(range(len(user_ids)), key=lambda i: user_sort_key(user_ids[i]))
    return wide.iloc[order]


def write_features(wide_df: pd.DataFrame, out_file: Path) -> None:
    """Write with userID as the index; a missing user is an empty field."""
    wide_df.set_index("userID").to_csv(out_file)


def extract_features(
    data_dir: Path, course: str, session: str, work_dir: Path, n_feature_weeks: int = 4
) -> Path:
    """Build ``work_dir/course/session/morf_mwe_feats.csv`` from the clickstream and forum CSVs."""
    session_dir = data_dir / course / session
    temp_dir = work_dir / course / session
    clickstream = next(
        session_dir / name
        for name in sorted(os.listdir(session_dir))
        if name.endswith("clickstream_export.gz")
    )
    course_start, course_end = fetch_start_end_date(data_dir / DATES_FILE, course, session)
    print("Extracting users...")
    users = extract_users(clickstream)
    print("Complete. Extracting features...")
    counts = count_weekly_posts(
        temp_dir / FORUM_POSTS_FILE, temp_dir / FORUM_COMMENTS_FILE, users, course_start, course_end
    )
    out_file = temp_dir / FEATURES_FILE
    write_features(wide_features(long_features(counts), n_feature_weeks), out_file)
    print(f"Output written to {out_file}")
    return out_file


# --------------------------------------------------------------------------------------------
# Steps 3 and 4: the course dataset and the model
# --------------------------------------------------------------------------------------------


def build_course_dataset(
    data_dir: Path, course: str, work_dir: Path, label_type: str = "dropout"
) -> Path:
    """Pool the sessions' features, join the labels on userID alone, drop the id columns."""
    labels_train = pd.read_csv(data_dir / "labels-train.csv", low_memory=False)
    labels_train = labels_train[
        (labels_train["course"] == course) & (labels_train["label_type"] == label_type)
    ]
    labels_test = pd.read_csv(data_dir / "labels-test.csv", low_memory=False)
    labels_test = labels_test[
        (labels_test["course"] == course) & (labels_test["label_type"] == label_type)
    ]
    labels = pd.concat([labels_train, labels_test])
    course_dir = work_dir / course
    features = pd.concat(
        [
            pd.read_csv(course_dir / session / FEATURES_FILE)
            for session in list_sessions(data_dir, course)
        ]
    )
    dataset = pd.merge(features, labels, on="userID")
    dataset = dataset.drop(columns=["userID", "label_type", "course", "session"])
    out_file = course_dir / COURSE_DATASET_FILE
    dataset.to_csv(out_file, index=False)
    return out_file


def train_test_course(course: str, work_dir: Path, output_dir: Path) -> Path:
    """Stratified random split, logistic regression, output.csv of y_true, y_pred, y_score."""
    dataset = pd.read_csv(work_dir / course / COURSE_DATASET_FILE)
    x = dataset.drop(["label_value"], axis=1)
    y = dataset["label_value"]
    x_train, x_test, y_train, y_test = train_test_split(x, y, stratify=y, random_state=1)
    clf = LogisticRegression(random_state=1)
    clf.fit(x_train, y_train)
    y_pred = clf.predict(x_test)
    y_score = clf.predict_proba(x_test)
    output = pd.DataFrame(
        {"y_true": y_test, "y_pred": y_pred, "y_score": [proba[1] for proba in y_score]}
    )
    out_dir = output_dir / course
    out_dir.mkdir(parents=True, exist_ok=True)
    out_file = out_dir / OUTPUT_FILE
    output.to_csv(out_file, index=False)
    return out_file


# --------------------------------------------------------------------------------------------
# The whole job
# --------------------------------------------------------------------------------------------


def run_original_job(
    data_dir: Path,
    course: str,
    work_dir: Path,
    output_dir: Path,
    label_type: str = "dropout",
    n_feature_weeks: int = 4,
) -> None:
    """Run the MWE for one course: every session's extraction, then the dataset and the model."""
    data_dir, work_dir, output_dir = Path(data_dir), Path(work_dir), Path(output_dir)
    with mariadb_server() as server:
        for session in list_sessions(data_dir, course):
            extract_sql(server, data_dir, course, session, work_dir)
            extract_features(data_dir, course, session, work_dir, n_feature_weeks)
    build_course_dataset(data_dir, course, work_dir, label_type)
    train_test_course(course, work_dir, output_dir)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data-dir", type=Path, required=True, help="the MORF data root")
    parser.add_argument(
        "--course", action="append", required=True, help="a course slug; repeat for several"
    )
    parser.add_argument("--work-dir", type=Path, required=True, help="the original's /temp-data")
    parser.add_argument("--output-dir", type=Path, required=True, help="gets <course>/output.csv")
    parser.add_argument("--label-type", default="dropout")
    parser.add_argument("--n-feature-weeks", type=int, default=4)
    args = parser.parse_args(argv)
    for course in args.course:
        run_original_job(
            args.data_dir,
            course,
            args.work_dir,
            args.output_dir,
            label_type=args.label_type,
            n_feature_weeks=args.n_feature_weeks,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
