"""``morf-sample-data OUT_DIR [options]``: write a tree, reporting its size and time."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from morf_sample_data.plan import DumpStyle, SampleSpec
from morf_sample_data.tree import generate

# --dump-style's default: MySQL 5.5 and MariaDB dumps, alternating by course.
_ALTERNATE: Final = "alternate"


def _clear_directory(path: Path) -> None:
    resolved = path.resolve()
    here = Path.cwd().resolve()
    if resolved == Path(resolved.anchor) or resolved == Path.home().resolve():
        raise SystemExit(f"refusing to clear {path}")
    if here == resolved or resolved in here.parents:
        raise SystemExit(f"refusing to clear {path}: it contains the working directory")
    if path.is_dir() and not path.is_symlink():
        for child in path.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
    elif path.exists() or path.is_symlink():
        path.unlink()


def _parser() -> argparse.ArgumentParser:
    defaults = SampleSpec()
    parser = argparse.ArgumentParser(
        prog="morf-sample-data",
        description="Write a deterministic, realistic MORF-style Coursera data tree.",
    )
    parser.add_argument("out_dir", type=Path, help="directory to create (must be empty)")
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument("--courses", type=int, default=defaults.courses)
    parser.add_argument(
        "--sessions", type=int, default=defaults.sessions_per_course, help="sessions per course"
    )
    parser.add_argument(
        "--users", type=int, default=defaults.users_per_session, help="learners per session"
    )
    parser.add_argument(
        "--clicks-per-user",
        type=int,
        default=defaults.clicks_per_user,
        help="average clickstream lines per learner",
    )
    parser.add_argument(
        "--dump-style",
        choices=[_ALTERNATE, *(style.value for style in DumpStyle)],
        default=_ALTERNATE,
        help=(
            "the SQL dumps' tool: MySQL 5.5 and MariaDB by course (default), one of them, or "
            "morf-mysql8, what MORF serves (mysqldump 8.0.19 of a MySQL 5.7.38 server)"
        ),
    )
    parser.add_argument("--force", action="store_true", help="delete the contents of OUT_DIR first")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    spec = SampleSpec(
        seed=args.seed,
        courses=args.courses,
        sessions_per_course=args.sessions,
        users_per_session=args.users,
        clicks_per_user=args.clicks_per_user,
        dump_style=None if args.dump_style == _ALTERNATE else DumpStyle(args.dump_style),
    )
    try:
        spec.validate()
    except ValueError as error:
        print(f"morf-sample-data: {error}", file=sys.stderr)
        return 2
    out_dir: Path = args.out_dir
    if args.force and out_dir.exists():
        _clear_directory(out_dir)
    started = time.monotonic()
    try:
        generate(out_dir, spec)
    except FileExistsError as error:
        print(f"morf-sample-data: {error} (use --force to replace it)", file=sys.stderr)
        return 1
    size = sum(os.path.getsize(p) for p in out_dir.rglob("*") if p.is_file())
    print(
        f"wrote {out_dir}: {spec.courses} course(s) x {spec.sessions_per_course} session(s), "
        f"{size / 1e6:.1f} MB in {time.monotonic() - started:.1f} s",
        file=sys.stderr,
    )
    return 0
