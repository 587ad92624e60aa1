"""A job as the rules hand it to the runner, and the ``snakemake`` object its adapter reads.

A rule's params travel as JSON on the client's command line (``encode``): readable in a dry
run's printed commands, and exact for the values the rules pass, which are tagged with their
type (enum members, named tuples, dataclasses, dates, tuples) and rebuilt as such. Only types
of this package and the standard library's dates are rebuilt, so a command line cannot make
the runner import anything else.
"""

from __future__ import annotations

import dataclasses
import datetime
import importlib
import json
import runpy
import sys
import traceback
from collections.abc import Iterator, Mapping, Sequence
from enum import Enum
from typing import Any

PACKAGE = "morf_pipeline"
_TAG = "$"  # a dict whose only key starts with it is a tagged value


class CodecError(TypeError):
    pass


def _type_name(kind: type) -> str:
    return f"{kind.__module__}:{kind.__qualname__}"


def _package_type(name: str) -> Any:
    module, _, qualname = name.partition(":")
    if module != PACKAGE and not module.startswith(PACKAGE + "."):
        raise CodecError(f"{name}: only types of {PACKAGE} are rebuilt")
    found: Any = importlib.import_module(module)
    for part in qualname.split("."):
        found = getattr(found, part)
    return found


def to_json(value: Any) -> Any:
    """``value`` as JSON-able data, its types tagged where JSON would lose them."""
    if isinstance(value, Enum):
        return {"$enum": [_type_name(type(value)), to_json(value.value)]}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return {"$record": [_type_name(type(value)), to_json(value._asdict())]}  # type: ignore[attr-defined]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
        return {"$record": [_type_name(type(value)), to_json(fields)]}
    if isinstance(value, datetime.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, datetime.date):
        return {"$date": value.isoformat()}
    if isinstance(value, tuple):
        return {"$tuple": [to_json(item) for item in value]}
    if isinstance(value, list):
        return [to_json(item) for item in value]
    if isinstance(value, Mapping):
        if all(isinstance(key, str) and not key.startswith(_TAG) for key in value):
            return {key: to_json(item) for key, item in value.items()}
        return {"$pairs": [[to_json(key), to_json(item)] for key, item in value.items()]}
    raise CodecError(f"cannot pass a {type(value).__name__} to a job: {value!r}")


def from_json(data: Any) -> Any:
    """The value ``to_json`` made ``data`` from."""
    if isinstance(data, list):
        return [from_json(item) for item in data]
    if not isinstance(data, dict):
        return data
    if len(data) == 1:
        ((key, item),) = data.items()
        if key == "$enum":
            return _package_type(item[0])(from_json(item[1]))
        if key == "$record":
            return _package_type(item[0])(**from_json(item[1]))
        if key == "$datetime":
            return datetime.datetime.fromisoformat(item)
        if key == "$date":
            return datetime.date.fromisoformat(item)
        if key == "$tuple":
            return tuple(from_json(part) for part in item)
        if key == "$pairs":
            return {from_json(k): from_json(v) for k, v in item}
    return {key: from_json(item) for key, item in data.items()}


def encode(value: Any) -> str:
    return json.dumps(to_json(value), separators=(",", ":"), ensure_ascii=False)


def decode(text: str) -> Any:
    return from_json(json.loads(text))


class Named(Sequence[Any]):
    """Snakemake's named lists as a script reads them: positionally (every file, a named
    list's flattened), by name as an attribute or key, and ``keys``/``items``/``get``."""

    def __init__(self, items: Sequence[tuple[str | None, Any]]) -> None:
        self._items = [(name, value) for name, value in items]
        self._flat = [
            part
            for _, value in self._items
            for part in (value if isinstance(value, list) else [value])
        ]
        self._named = {name: value for name, value in self._items if name is not None}

    @classmethod
    def of(cls, mapping: Mapping[str, Any]) -> Named:
        return cls(list(mapping.items()))

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["_named"][name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, key: Any) -> Any:
        return self._named[key] if isinstance(key, str) else self._flat[key]

    def __len__(self) -> int:
        return len(self._flat)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._flat)

    def keys(self) -> list[str]:
        return list(self._named)

    def items(self) -> list[tuple[str, Any]]:
        return list(self._named.items())

    def get(self, name: str, default: Any = None) -> Any:
        return self._named.get(name, default)

    def __repr__(self) -> str:
        return f"Named({self._items!r})"


@dataclasses.dataclass(frozen=True)
class Job:
    """What a ``scripts/`` adapter reads as ``snakemake``, as in a ``script:`` job."""

    input: Named
    output: Named
    params: Named
    wildcards: Named
    log: Named
    resources: Named
    threads: int

    @classmethod
    def from_args(cls, args: Sequence[str]) -> Job:
        """From the runner's arguments: ``THREADS PARAMS FILES LOG [NAME=VALUE ...]`` (the
        resources the script reads; Snakemake's are text or integers)."""
        threads, params_json, files_json, log, *resources = args
        files = decode(files_json)
        return cls(
            input=Named([tuple(item) for item in files["input"]]),
            output=Named([tuple(item) for item in files["output"]]),
            params=Named.of(decode(params_json)),
            wildcards=Named.of(files["wildcards"]),
            log=Named([(None, log)]),
            resources=Named.of(dict(_resource(item) for item in resources)),
            threads=int(threads),
        )


def _resource(item: str) -> tuple[str, str | int]:
    name, _, value = item.partition("=")
    return name, int(value) if value.isdigit() else value


def named_items(files: Any) -> list[list[Any]]:
    """A Snakemake named list (a job's input or output) in order: each file, or list of
    files, with its name (None where it has none)."""
    plain = list(files)
    spans = sorted(
        (start, start + 1 if end is None else end, name, end is None)
        for name, (start, end) in files._names.items()
    )
    named_at = {index for start, stop, _, _ in spans for index in range(start, stop)}
    entries = [
        (start, name, plain[start] if single else plain[start:stop])
        for start, stop, name, single in spans
    ]
    entries += [(index, None, path) for index, path in enumerate(plain) if index not in named_at]
    return [[name, value] for _, name, value in sorted(entries, key=lambda entry: entry[0])]


class JobFiles:
    """A job's input, output and wildcards, encoded for its command line only when the command
    is written (``str``): Snakemake evaluates the params of every job it plans, also of the
    jobs that have nothing to do (a no-op rerun of 1,000 sessions: 2,500 of them)."""

    __slots__ = ("_input", "_output", "_wildcards")

    def __init__(self, input: Any, output: Any, wildcards: Any) -> None:
        self._input = input
        self._output = output
        self._wildcards = wildcards

    def __str__(self) -> str:
        return encode(
            {
                "input": named_items(self._input),
                "output": named_items(self._output),
                "wildcards": dict(self._wildcards.items()),
            }
        )


def run_script(script: str, job: Job) -> int:
    """Run an adapter with ``snakemake`` set to ``job``; its exit status, as Python's own
    (a traceback on stderr for an uncaught exception, ``SystemExit``'s code)."""
    sys.argv = [script]
    try:
        runpy.run_path(script, init_globals={"snakemake": job}, run_name="__main__")
    except SystemExit as exit_:
        if exit_.code is None or isinstance(exit_.code, int):
            return exit_.code or 0
        print(exit_.code, file=sys.stderr)
        return 1
    except BaseException:
        traceback.print_exc()
        return 1
    return 0
