"""Route a step's logging, and the error that ends it, to the rule's log file."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from morf_pipeline.errors import ConfigError, InputDataError

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


@contextmanager
def logged_step(log_file: str | Path | None) -> Iterator[logging.Logger]:
    """Log to ``log_file`` (and stderr); an exception is logged there before it propagates.

    An error in the data or config is expected: its message names the input at fault and is
    all the user needs, so it ends the step with exit status 1 and no traceback (which would
    be printed twice: logged here, then by the interpreter)."""
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    if log_file:
        Path(log_file).parent.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.FileHandler(log_file, mode="w", encoding="utf-8"))
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT, handlers=handlers, force=True)
    logger = logging.getLogger("morf_pipeline")
    try:
        yield logger
    except (InputDataError, ConfigError) as error:
        logger.error("%s", error)
        raise SystemExit(1) from None
    except Exception:
        logger.exception("step failed")
        raise
    finally:
        logging.shutdown()
