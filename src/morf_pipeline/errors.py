"""Errors that name the input at fault, so a user knows which file to fix."""


class InputDataError(ValueError):
    """A data file is missing, ambiguous or malformed; the message names it."""


class ConfigError(ValueError):
    """A config value names something that cannot be used; the message says which key."""
