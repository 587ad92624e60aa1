"""A step's log: an expected data error is one line, an unexpected one keeps its traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from morf_pipeline.errors import ConfigError, InputDataError
from morf_pipeline.logs import logged_step


@pytest.mark.parametrize("error", [InputDataError, ConfigError])
def test_an_expected_error_is_its_message_alone_and_exit_status_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], error: type[Exception]
) -> None:
    log = tmp_path / "step.log"
    with pytest.raises(SystemExit) as exited, logged_step(log):
        raise error("data.csv, line 3: not a date")
    assert exited.value.code == 1
    for text in (log.read_text(), capsys.readouterr().err):
        assert text.count("data.csv, line 3: not a date") == 1, text
        assert "Traceback" not in text and " ERROR " in text


def test_an_unexpected_error_keeps_its_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "step.log"
    with pytest.raises(KeyError), logged_step(log):
        raise KeyError("bug")
    assert "Traceback" in log.read_text() and "KeyError: 'bug'" in log.read_text()
    assert "Traceback" in capsys.readouterr().err
