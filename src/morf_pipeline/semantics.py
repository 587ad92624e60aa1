"""The switch between reproducing the original job exactly and fixing its bugs.

``mwe`` reproduces the original job, quirks included; ``corrected`` fixes the quirks that are
bugs. ``docs/semantics.md`` lists every difference.
"""

from __future__ import annotations

from enum import StrEnum


class Semantics(StrEnum):
    MWE = "mwe"
    CORRECTED = "corrected"
