"""A session's clickstream: who clicks how much and when, then the gzipped JSON lines.

Normal lines come in bursts (one browsing session of one learner) sorted by server time; the
quirk lines of :class:`~morf_sample_data.quirks.ClickstreamQuirks` sit in between.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from morf_sample_data import seeds
from morf_sample_data.compression import ThreadedGzipWriter
from morf_sample_data.labels import ForumActivity
from morf_sample_data.plan import DAY, WEEK, SampleSpec, SessionPlan
from morf_sample_data.quirks import CLICKSTREAM_QUIRKS
from morf_sample_data.rows import ClickPlan, SessionData
from morf_sample_data.texts import LANGUAGES, SEARCH_QUERIES, USER_AGENTS

# A stable level; the clickstream deflates on a thread, overlapping formatting.
CLICKSTREAM_GZIP_LEVEL: Final = 6
_CLICK_CHUNK_LINES: Final = 8_192
# Clickstream events are packed into ints that sort by server time: (ms, burst, position).
_POSITION_BITS: Final = 5
_MAX_BURST: Final = 1 << _POSITION_BITS
_VIDEO_TYPES: Final = ("heartbeat", "heartbeat", "heartbeat", "pause", "play", "seeked")
_KIND_LECTURE, _KIND_FORUM, _KIND_QUIZ, _KIND_HOME = range(4)


def plan_clicks(
    rng: random.Random,
    spec: SampleSpec,
    plan: SessionPlan,
    user_ids: dict[str, int],
    dropout: dict[str, int],
    activity: ForumActivity,
) -> tuple[ClickPlan, ...]:
    """Completers click more and longer than dropouts; nobody posts outside their window."""
    start, end = plan.start_ts, plan.end_ts
    weights: list[float] = []
    windows: list[tuple[int, int]] = []
    for user in plan.learners:
        join = start - 3 * DAY + int(rng.random() * 5 * DAY)
        if dropout[user]:
            leave = join + 3600 + int(rng.random() * 3 * WEEK)
            weights.append(0.4 + rng.random())
        else:
            leave = end + int(rng.random() * 3 * DAY)
            weights.append(1.2 + 2 * rng.random())
        user_id = user_ids[user]
        if user_id in activity.first_post:
            join = min(join, activity.first_post[user_id] - 60)
            leave = max(leave, activity.last_post[user_id] + 60)
        windows.append((join, leave))
    total_weight = sum(weights)
    total_clicks = len(plan.learners) * spec.clicks_per_user
    return tuple(
        ClickPlan(user, max(1, int(total_clicks * weight / total_weight + 0.5)), a * 1000, b * 1000)
        for user, weight, (a, b) in zip(plan.learners, weights, windows, strict=True)
    )


def _json_string_body(text: str) -> str:
    """``text`` as the inside of a JSON string literal (no surrounding quotes)."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


@dataclass(frozen=True, slots=True)
class _Burst:
    """One browsing session of one learner: the parts of its lines that do not change."""

    kind: int
    item: int  # lecture, thread or quiz number
    username: str
    first_url: str
    next_url: str
    first_rest: str  # from '"client"' to the user agent, for the burst's first line
    next_rest: str  # the same for its other lines (another "from")


def _kind(draw: float) -> int:
    if draw < 0.55:
        return _KIND_LECTURE
    if draw < 0.8:
        return _KIND_FORUM
    return _KIND_QUIZ if draw < 0.93 else _KIND_HOME


def _urls(base: str, kind: int, item: int) -> tuple[str, str, str, str]:
    """The page of a burst's first line and of its others, and the page each came from."""
    if kind == _KIND_LECTURE:
        first_url = f"{base}/lecture/view?lecture_id={item}"
        return first_url, f"{base}/lecture/{item}", f"{base}/lecture/index", first_url
    if kind == _KIND_FORUM:
        url, index = f"{base}/forum/thread?thread_id={item}", f"{base}/forum/index"
        return url, url, index, index
    if kind == _KIND_QUIZ:
        first_url = f"{base}/quiz/index"
        return first_url, f"{base}/quiz/attempt?quiz_id={item % 12 + 1}", f"{base}/", first_url
    first_url = f"{base}/class/index"
    return first_url, f"{base}/wiki/view?page=syllabus", f"{base}/", first_url


def _plan_bursts(
    rng: random.Random, plan: SessionPlan, clicks: Sequence[ClickPlan]
) -> tuple[list[_Burst], list[int]]:
    """Every learner's bursts of clicks, and all events as packed, time-sorted ints."""
    bursts: list[_Burst] = []
    events: list[int] = []
    total = sum(item.clicks for item in clicks)
    burst_bits = max(1, total.bit_length())  # there are at most as many bursts as clicks
    for learner in clicks:
        _add_learner_bursts(rng, plan, learner, _POSITION_BITS + burst_bits, bursts, events)
    events.sort()
    return bursts, events


def _add_learner_bursts(
    rng: random.Random,
    plan: SessionPlan,
    learner: ClickPlan,
    time_shift: int,
    bursts: list[_Burst],
    events: list[int],
) -> None:
    base = f"https://class.coursera.org/{plan.key}"
    n_items = min(6 * plan.n_weeks, 120)
    append = events.append
    random_ = rng.random
    ip = f"10.{int(random_() * 256)}.{int(random_() * 256)}.{int(random_() * 254) + 1}"
    language = LANGUAGES[int(random_() * len(LANGUAGES))]
    agent = json.dumps(USER_AGENTS[int(random_() * len(USER_AGENTS))])
    session_base = 1_000_000_000 + int(random_() * 8_999_999_999)
    remaining, first, span = learner.clicks, learner.first_ms, learner.last_ms - learner.first_ms
    local = 0
    while remaining > 0:
        size = min(remaining, 3 + int(random_() * 20))
        kind = _kind(random_())
        item = 1 + int(random_() * n_items)
        first_url, next_url, first_from, next_from = _urls(base, kind, item)
        rest = f'"client": "spark", "session": "{session_base}-{local}", "language": "{language}"'
        tail = f'", "user_ip": "{ip}", "user_agent": {agent}'
        index = len(bursts)
        bursts.append(
            _Burst(
                kind,
                item,
                learner.username,
                first_url,
                next_url,
                f'{rest}, "from": "{first_from}{tail}',
                f'{rest}, "from": "{next_from}{tail}',
            )
        )
        head = index << _POSITION_BITS
        t = first + int(random_() * span)
        for position in range(size):
            append(t << time_shift | head | position)
            t += 3000 + int(random_() * 87_000)
        remaining -= size
        local += 1


def _video_value(position: int, lag: int, lecture: int, client_ms: int) -> str:
    """A video player event, as the escaped JSON text of a line's "value"."""
    seconds = position * 30 + lag % 30
    return (
        f'{{\\"currentTime\\": {seconds}.{lag % 10}, \\"playbackRate\\": 1, '
        '\\"paused\\": false, \\"error\\": null, \\"networkState\\": 1, '
        f'\\"readyState\\": 4, \\"lectureID\\": {lecture}, '
        f'\\"eventTimestamp\\": {client_ms}, '
        f'\\"initTimestamp\\": {client_ms - position * 30_000}, '
        f'\\"type\\": \\"{_VIDEO_TYPES[position % len(_VIDEO_TYPES)]}\\", '
        f'\\"prevTime\\": {seconds - 5}.{lag % 10}}}'
    )


def _clickstream_lines(
    rng: random.Random, plan: SessionPlan, clicks: Sequence[ClickPlan]
) -> Iterator[str]:
    """Normal clickstream lines (with their newline), sorted by server time."""
    bursts, events = _plan_bursts(rng, plan, clicks)
    time_shift = _POSITION_BITS + max(1, sum(item.clicks for item in clicks).bit_length())
    burst_mask = (1 << (time_shift - _POSITION_BITS)) - 1
    searches = [
        _json_string_body(json.dumps({"query": query}, ensure_ascii=False))
        for query in SEARCH_QUERIES
    ]
    search_url = f"https://class.coursera.org/{plan.key}/forum/search?q=week"
    random_ = rng.random
    for event in events:
        position = event & (_MAX_BURST - 1)
        burst = bursts[event >> _POSITION_BITS & burst_mask]
        server_ms = event >> time_shift
        lag = server_ms % 4093  # client clocks run a little behind the server's
        client_ms = server_ms - lag
        key, value = "pageview", ""
        if position == 0:
            url, rest = burst.first_url, burst.first_rest
        else:
            url, rest = burst.next_url, burst.next_rest
            if burst.kind == _KIND_LECTURE:
                key = "user.video.lecture.action"
                value = _video_value(position, lag, burst.item, client_ms)
            elif burst.kind == _KIND_FORUM and position == 1 and random_() < 0.5:
                key, url = "user.forum.search", search_url
                value = searches[burst.item % len(searches)]
        yield (
            f'{{"key": "{key}", "value": "{value}", "username": "{burst.username}", '
            f'"timestamp": {client_ms}, "page_url": "{url}", {rest}, '
            f'"12": [], "13": 0, "14": {server_ms}, "30": {position}}}\n'
        )


# ---------------------------------------------------------------------------------------------
# Quirk lines


@dataclass(frozen=True)
class _QuirkRecords:
    """Draws the learners, times and fields of the session's odd lines."""

    rng: random.Random
    plan: SessionPlan

    def learner(self) -> str:
        learners = self.plan.learners
        return learners[int(self.rng.random() * len(learners))]

    def record(
        self, username: str | None, *, key: str = "pageview", value: str = ""
    ) -> dict[str, Any]:
        """A normal line's fields ('' for ``username``: no username key at all)."""
        plan, rng = self.plan, self.rng
        base = f"https://class.coursera.org/{plan.key}"
        stamp = (plan.start_ts + int(rng.random() * plan.n_weeks * WEEK)) * 1000 + 123
        entry: dict[str, Any] = {"key": key, "value": value}
        if username != "":
            entry["username"] = username
        entry.update(
            {
                "timestamp": stamp,
                "page_url": f"{base}/class/index",
                "client": "spark",
                "session": f"{1_000_000_000 + int(rng.random() * 8e9)}-0",
                "language": LANGUAGES[0],
                "from": f"{base}/",
                "user_ip": "10.0.0.1",
                "user_agent": USER_AGENTS[0],
                "12": [],
                "13": 0,
                "14": stamp,
                "30": 0,
            }
        )
        return entry


def _line(entry: object, **options: Any) -> bytes:
    return (json.dumps(entry, ensure_ascii=False, **options) + "\n").encode()


def _quirk_lines(data: SessionData, rng: random.Random) -> list[bytes]:
    """The odd lines every session's clickstream gets, in a fixed order of kinds."""
    quirks, records = CLICKSTREAM_QUIRKS, _QuirkRecords(rng, data.plan)
    learner, record = records.learner, records.record
    lines: list[bytes] = []
    lines += [b"\n"] * quirks.blank
    for _ in range(quirks.truncated):
        full = _line(record(learner()))
        lines.append(full[: len(full) * 2 // 3] + b"\n")
    garbage = (b"<html><body>502 Bad Gateway</body></html>\n", b'{"key": "pageview", "value": }\n')
    lines += garbage[: quirks.garbage]
    for index in range(quirks.invalid_utf8):
        entry = record(learner())
        entry["page_url"] = f"https://class.coursera.org/{data.plan.key}/wiki/view?page=caf@@"
        raw = _line(entry).replace(b"caf@@", b"caf\xe9" if index % 2 == 0 else b"\xff\xfe")
        lines.append(raw)
    lines += [_line(record("")) for _ in range(quirks.no_username)]
    lines += [_line(record(None)) for _ in range(quirks.null_username)]
    lines += [b"[1, 2]\n", b'"text"\n', b"17\n"][: quirks.non_object]
    for trap_id in data.trap_ids:
        value = json.dumps({"mentioned": {"username": trap_id, "display": "Ana"}, "thread_id": 12})
        lines.append(_line(record(learner(), key="user.forum.mention", value=value)))
    for _ in range(quirks.reordered):
        entry = record(learner())
        reordered = {"username": entry.pop("username"), **entry}
        lines.append(_line(reordered, separators=(",", ":")))
    for _ in range(quirks.spaced):
        lines.append(_line(record(learner()), separators=(" , ", " : ")).replace(b"{", b"{ ", 1))
    return lines


def write_clickstream(path: Path, spec: SampleSpec, data: SessionData) -> None:
    """Write the session's clickstream: sorted normal lines with the quirk lines in between."""
    rng = seeds.rng(spec.seed, data.plan.course, data.plan.session, "clickstream")
    quirks = _quirk_lines(data, rng)
    n_lines = sum(item.clicks for item in data.clicks)
    # Quirk lines go before the normal line with their position (several may share one).
    positions = sorted(int(rng.random() * (n_lines + 1)) for _ in quirks)
    rng.shuffle(quirks)
    pending = list(zip(positions, quirks, strict=True))
    pending.append((n_lines + 1, b""))  # sentinel
    cursor = 0
    next_position = pending[0][0]
    with ThreadedGzipWriter(path, CLICKSTREAM_GZIP_LEVEL) as out:
        batch: list[str] = []
        for written, text in enumerate(_clickstream_lines(rng, data.plan, data.clicks)):
            if written == next_position:
                out.write("".join(batch).encode())
                batch = []
                while pending[cursor][0] == written:
                    out.write(pending[cursor][1])
                    cursor += 1
                next_position = pending[cursor][0]
            batch.append(text)
            if len(batch) >= _CLICK_CHUNK_LINES:
                out.write("".join(batch).encode())
                batch = []
        out.write("".join(batch).encode())
        for _, extra in pending[cursor:]:
            out.write(extra)
