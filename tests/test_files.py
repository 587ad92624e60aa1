"""Atomic outputs: what a killed writer leaves is cleaned by the next write of the same file."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from morf_pipeline.files import atomic_text_output


def partials(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if ".partial-" in p.name)


def killed_while_writing(target: Path) -> None:
    """A real writer process, SIGKILLed in the middle of its atomic write of ``target``."""
    code = (
        "import time\n"
        "from morf_pipeline.files import atomic_text_output\n"
        f"with atomic_text_output({str(target)!r}) as handle:\n"
        "    handle.write('half of it')\n"
        "    handle.flush()\n"
        "    print('writing', flush=True)\n"
        "    time.sleep(60)\n"
    )
    writer = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None
    assert writer.stdout.readline() == "writing\n"
    writer.send_signal(signal.SIGKILL)
    assert writer.wait() == -signal.SIGKILL


def test_the_next_write_removes_the_partial_of_a_killed_writer(tmp_path: Path) -> None:
    target = tmp_path / "out [1].csv"  # glob characters in the name
    other = tmp_path / "other.csv"
    killed_while_writing(target)
    killed_while_writing(other)
    stale = partials(tmp_path)
    assert len(stale) == 2 and not target.exists()
    with atomic_text_output(target) as handle:
        handle.write("all of it")
    assert target.read_text() == "all of it"
    # A partial of another file is left to that file's next write.
    assert partials(tmp_path) == [name for name in stale if name.startswith(".other.csv")]
