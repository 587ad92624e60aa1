"""Server directories of killed jobs are found by their recorded owner and swept."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import time
from pathlib import Path

from morf_pipeline.sql.mariadb import (
    OWNERLESS_GRACE_SECONDS,
    SERVER_DIR_PREFIX,
    ServerOwner,
    private_server,
    process_start_ticks,
    sweep_stale_server_dirs,
)


def server_dir(parent: Path, name: str, owner: ServerOwner | None) -> Path:
    directory = parent / f"{SERVER_DIR_PREFIX}{name}"
    (directory / "data").mkdir(parents=True)
    if owner is not None:
        owner.write(directory)
    return directory


def dead_process_owner() -> ServerOwner:
    """The identity of a process that has exited (and been reaped)."""
    process = subprocess.Popen(["sleep", "60"])
    start_ticks = process_start_ticks(process.pid)
    assert start_ticks is not None
    owner = dataclasses.replace(ServerOwner.current(), pid=process.pid, start_ticks=start_ticks)
    process.kill()
    process.wait()
    return owner


def test_sweep_removes_exactly_the_directories_of_dead_owners(tmp_path: Path) -> None:
    me = ServerOwner.current()
    old = time.time() - OWNERLESS_GRACE_SECONDS - 60
    ownerless_old = server_dir(tmp_path, "ownerless-old", None)
    os.utime(ownerless_old, (old, old))
    stale = {
        server_dir(tmp_path, "dead-pid", dead_process_owner()),
        server_dir(tmp_path, "reused-pid", dataclasses.replace(me, start_ticks=me.start_ticks - 1)),
        server_dir(tmp_path, "before-reboot", dataclasses.replace(me, boot_id="0" * 32)),
        ownerless_old,
    }
    kept = {
        server_dir(tmp_path, "alive", me),
        # Another host's job on a shared tmpdir: its liveness cannot be checked from here.
        server_dir(tmp_path, "other-host", dataclasses.replace(me, host="elsewhere", pid=1)),
        server_dir(tmp_path, "being-created", None),
        tmp_path / "unrelated-dir",
    }
    (tmp_path / "unrelated-dir").mkdir()

    assert set(sweep_stale_server_dirs(tmp_path)) == stale
    assert {p for p in tmp_path.iterdir()} == kept


def test_a_new_server_records_its_owner_and_sweeps_dead_jobs_directories(tmp_path: Path) -> None:
    stale = server_dir(tmp_path, "killed", dead_process_owner())
    with private_server(tmp_path) as server:
        assert not stale.exists()
        assert ServerOwner.read(server.server_dir) == ServerOwner.current()
        assert not ServerOwner.current().is_dead()
    assert list(tmp_path.iterdir()) == []
