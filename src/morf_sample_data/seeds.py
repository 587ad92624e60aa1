"""Platform-stable randomness and identifiers, each derived from the spec's seed and a purpose."""

from __future__ import annotations

import hashlib
import random


def rng(seed: int, *parts: str) -> random.Random:
    """An independent, platform-stable random stream for one purpose of one spec."""
    digest = hashlib.sha256("\x1f".join([str(seed), *parts]).encode()).digest()
    return random.Random(int.from_bytes(digest[:16], "big"))


def hex_id(seed: int, *parts: str) -> str:
    """A 40-hex identifier (like Coursera's session_user_id) derived from the spec."""
    return hashlib.sha1("/".join(["morf-sample", str(seed), *parts]).encode()).hexdigest()
