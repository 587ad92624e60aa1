"""Errors that name the input at fault, so a user knows which file to fix."""

from enum import StrEnum


class InputDataError(ValueError):
    """A data file is missing, ambiguous or malformed; the message names it."""


class ConfigError(ValueError):
    """A config value names something that cannot be used; the message says which key."""


class CheckPolicy(StrEnum):
    """What a data check (config ``data_checks``) does with a finding that changes what the
    model sees but that a real MORF tree may legitimately have."""

    WARN = "warn"  # a counted warning (terminal, job log, data report); the run goes on
    ERROR = "error"  # an InputDataError before any model is fitted
