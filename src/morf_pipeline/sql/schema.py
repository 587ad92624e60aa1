"""The tables of a dump, and the value MariaDB stores for each value an INSERT writes.

MariaDB converts every value to its column's type: a binary column keeps the bytes (BINARY(n)
padded with NUL bytes to n), a BIT column a number, a text column the text converted to the
column's character set (a character the set cannot hold becomes ``?``), and a generated column
is computed from the other columns whatever the dump writes for it. :meth:`TableSchema.stored`
does the same, or names in ``refusals`` the column whose values it cannot give as MariaDB does.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

SqlValue = int | str | bytes | None
Row = tuple[SqlValue, ...]

# MySQL's latin1 is cp1252 whose five unassigned bytes stand for the C1 controls of their number.
_MYSQL_LATIN1 = "morf_mysql_latin1"
_LATIN1_TABLE = "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(256))
_LATIN1_ENCODING = codecs.charmap_build(_LATIN1_TABLE)


def _latin1_encode(text: str, errors: str = "strict") -> tuple[bytes, int]:
    return codecs.charmap_encode(text, errors, _LATIN1_ENCODING)


def _latin1_decode(data: ReadableBuffer, errors: str = "strict") -> tuple[str, int]:
    return codecs.charmap_decode(data, errors, _LATIN1_TABLE)


codecs.register(
    lambda name: (
        codecs.CodecInfo(_latin1_encode, _latin1_decode, name=_MYSQL_LATIN1)
        if name == _MYSQL_LATIN1
        else None
    )
)
# Python codecs of MySQL's character sets. ``binary`` text is read byte for byte (latin-1 is the
# identity on bytes) and each column decides what its bytes mean.
CHARSET_CODECS = {
    "utf8": "utf-8",
    "utf8mb3": "utf-8",
    "utf8mb4": "utf-8",
    "latin1": _MYSQL_LATIN1,
    "ascii": "ascii",
    "binary": "latin-1",
}
# Each set holds every character of the sets before it.
_REPERTOIRE_ORDER = {"ascii": 0, "latin1": 1, "utf8": 2, "utf8mb3": 2, "utf8mb4": 3}
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# The character set of a column that names none, in a table that names none: the private
# server's (``--character-set-server=utf8mb4``).
SERVER_CHARSET = "utf8mb4"

_INTEGER_BASE_TYPES = frozenset({"tinyint", "smallint", "mediumint", "int", "integer", "bigint"})
_INTEGER_BITS = {"tinyint": 8, "smallint": 16, "mediumint": 24, "int": 32, "integer": 32}
_BINARY_TYPES = frozenset(
    {"binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob", "geometry", "point"}
    | {"linestring", "polygon", "multipoint", "multilinestring", "multipolygon"}
    | {"geometrycollection"}
)
_TEXT_TYPES = frozenset(
    {"char", "varchar", "tinytext", "text", "mediumtext", "longtext", "enum", "set", "json"}
)
# SQLite's integers are 64-bit signed.
SQLITE_MAX_INTEGER = (1 << 63) - 1


@dataclass(frozen=True)
class Column:
    """A column of a CREATE TABLE: its name and its type as written (``int(11) unsigned``)."""

    name: str
    type: str
    # What an INSERT that omits the column stores: its DEFAULT, else NULL if nullable, else the
    # type's zero as mysqldump's non-strict SQL_MODE gives; None if it has no such value.
    default: SqlValue = None
    omittable: bool = True
    # The character set of a text column (``binary``: a binary column); None for other types.
    charset: str | None = None
    # A generated column's expression as written (``AS (...)``), or ``ROW START``/``ROW END``.
    generated: str | None = None
    invisible: bool = False

    @property
    def base_type(self) -> str:
        """The type's name in lower case, without arguments: ``int``, ``varchar``, ``text``."""
        return self.type.split("(", 1)[0].split(" ", 1)[0].lower()

    @property
    def kind(self) -> str:
        """``integer``, ``bit``, ``binary``, ``text`` or ``other`` (decimals, floats, dates)."""
        base = self.base_type
        if base in _INTEGER_BASE_TYPES:
            return "integer"
        if base == "bit":
            return "bit"
        if base in _BINARY_TYPES or (base in _TEXT_TYPES and self.charset == "binary"):
            return "binary"
        return "text" if base in _TEXT_TYPES else "other"

    @property
    def length(self) -> int | None:
        """The ``n`` of ``binary(n)``, ``char(n)``, ``varchar(n)`` or ``bit(n)``."""
        argument = self.type.partition("(")[2].partition(")")[0]
        return int(argument) if argument.isdigit() else None

    @property
    def members(self) -> frozenset[str] | None:
        """The members of an ENUM or SET column, as written (``enum('a','b')``)."""
        if self.base_type not in ("enum", "set"):
            return None
        return frozenset(m.replace("''", "'") for m in _MEMBER.findall(self.type))

    @property
    def unsigned(self) -> bool:
        return " unsigned" in self.type or " zerofill" in self.type

    @property
    def value_range(self) -> tuple[int, int] | None:
        """The integers the column holds (a BIT(n) column: 0 to 2^n - 1), else None."""
        base = self.base_type
        if base == "bit":
            return 0, (1 << (self.length or 1)) - 1
        if base not in _INTEGER_BASE_TYPES:
            return None
        bits = _INTEGER_BITS.get(base, 64)
        if self.unsigned:
            return 0, (1 << bits) - 1
        return -(1 << (bits - 1)), (1 << (bits - 1)) - 1


class _Unconvertible(Exception):
    """A value whose stored form the embedded backend does not know; the message says why."""


# An integer written as text, which MariaDB and SQLite's INTEGER affinity read alike.
_INTEGER_TEXT = re.compile(r"\A[-+]?[0-9]+\Z")
_MEMBER = re.compile(r"'((?:[^']|'')*)'")
Converter = Callable[[SqlValue], SqlValue]
Evaluator = Callable[[list[SqlValue]], SqlValue]


@dataclass(frozen=True)
class TableSchema:
    """A table created by the dump (a later CREATE of the same name replaces it)."""

    name: str
    columns: tuple[Column, ...]
    line: int
    # The column names of the PRIMARY KEY and of each UNIQUE key.
    unique_keys: tuple[tuple[str, ...], ...] = ()
    # Text columns are written in ANSI_QUOTES mode ("name" is a name, not a string).
    ansi_quotes: bool = False
    # The columns queries may read (None: all): only their values are checked (see stored).
    read_columns: frozenset[str] | None = None
    _converters: dict[tuple[str, bool, bool], list[tuple[int, Converter]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    @cached_property
    def char_columns(self) -> list[int]:
        """The indexes of the CHAR(n) text columns (MySQL returns them without end spaces)."""
        return [
            i
            for i, column in enumerate(self.columns)
            if column.base_type == "char" and column.kind == "text"
        ]

    @cached_property
    def reads_bytes(self) -> bool:
        """Whether its INSERTs hold binary values, to be read as bytes, not as text."""
        return any(column.kind in ("binary", "bit") for column in self.columns)

    @cached_property
    def _generated(self) -> tuple[list[tuple[int, Evaluator]], dict[str, str]]:
        computed, refused = [], {}
        for index, column in enumerate(self.columns):
            if column.generated is None:
                continue
            evaluator = _compile_generated(self.name, column, self.columns, self.ansi_quotes)
            if isinstance(evaluator, str):
                refused[column.name] = evaluator
            else:
                computed.append((index, evaluator))
        return computed, refused

    @cached_property
    def refusals(self) -> dict[str, str]:
        """Columns whose values the embedded backend cannot give as MariaDB does, and why."""
        refused = dict(self._generated[1])
        for column in self.columns:
            if column.invisible:
                refused[column.name] = (
                    f"the INVISIBLE column `{self.name}`.`{column.name}` "
                    "(MariaDB leaves it out of SELECT *)"
                )
        return refused

    def stored(
        self, rows: list[Row], charset: str, from_bytes: bool, ascii_only: bool
    ) -> tuple[list[Row], dict[str, str]]:
        """The rows as MariaDB stores them, and the columns refused on the way (with why).

        ``charset`` is the dump's (SET NAMES); ``from_bytes``: the strings were read byte for
        byte; ``ascii_only``: the statement holds no other byte (no text needs converting).
        """
        key = (charset, from_bytes, ascii_only)
        converters = self._converters.get(key)
        if converters is None:
            converters = self._converters[key] = self._make_converters(*key)
        generated = self._generated[0]
        refused: dict[str, str] = {}
        if converters or generated:
            rows = self._converted(rows, converters, generated, refused)
        self._check_values(rows, refused)
        return rows, refused

    def _converted(
        self,
        rows: list[Row],
        converters: list[tuple[int, Converter]],
        generated: list[tuple[int, Evaluator]],
        refused: dict[str, str],
    ) -> list[Row]:
        stored = []
        for row in rows:
            values = list(row)
            for index, convert in converters:
                value = values[index]
                if value is not None:
                    try:
                        values[index] = convert(value)
                    except _Unconvertible as reason:
                        name = self.columns[index].name
                        refused[name] = f"the column `{self.name}`.`{name}`, which {reason}"
            for index, evaluate in generated:
                values[index] = evaluate(values)
            stored.append(tuple(values))
        return stored

    def _make_converters(
        self, charset: str, from_bytes: bool, ascii_only: bool
    ) -> list[tuple[int, Converter]]:
        converters = []
        for index, column in enumerate(self.columns):
            if column.generated is not None:
                continue
            convert = _converter(column, charset, from_bytes, ascii_only)
            if convert is not None:
                converters.append((index, convert))
        return converters

    @cached_property
    def _checked_columns(self) -> list[tuple[_Check, list[tuple[int, Column]]]]:
        """The columns whose values :meth:`_check_values` checks, in groups checked at once:
        integer columns of one range, CHAR/VARCHAR/BINARY/VARBINARY of one length, and each
        ENUM or SET column alone."""
        groups: dict[_Check, list[tuple[int, Column]]] = {}
        for index, column in enumerate(self.columns):
            if self.read_columns is not None and column.name not in self.read_columns:
                continue
            check: _Check
            if (bounds := column.value_range) is not None:
                check = ("range", bounds)
            elif (members := column.members) is not None:
                check = (column.base_type, members)
            elif column.length is not None and column.kind in ("text", "binary"):
                check = ("length", column.length)
            else:
                continue
            groups.setdefault(check, []).append((index, column))
        return list(groups.items())

    def _check_values(self, rows: list[Row], refused: dict[str, str]) -> None:
        """Refuse the columns given values MariaDB stores otherwise: for integers, text or
        decimals it converts, integers beyond the type it clips, and beyond 2^63 - 1 SQLite
        cannot hold; for CHAR(n), VARCHAR(n), BINARY(n), VARBINARY(n), longer values it cuts;
        for ENUM and SET, values other than their members as written, which it converts.

        At C speed: each group of columns at once, then, if it has a problem, each column.
        """
        if not self._checked_columns or not rows:
            return
        columns = list(zip(*rows, strict=True))
        for check, group in self._checked_columns:
            if _value_problem(check, chain.from_iterable(columns[i] for i, _ in group)) is None:
                continue
            for index, column in group:
                problem = _value_problem(check, columns[index])
                if problem is not None:
                    refused[column.name] = (
                        f"the column `{self.name}`.`{column.name}` ({column.type}), which holds "
                        f"values {problem}"
                    )


# A check of values: ("range", (lowest, highest)), ("length", n), ("enum" or "set", members).
_Check = tuple[str, tuple[int, int] | int | frozenset[str]]


def _value_problem(check: _Check, values: Iterable[SqlValue]) -> str | None:
    """What is wrong with values under ``check``, or None."""
    kind, limit = check
    # Without NULLs (and zeros, '' and b'', which every type holds as written).
    present: list[Any] = list(filter(None, values))
    if not present:
        return None
    if isinstance(limit, tuple):
        low, high = limit
        try:  # text or bytes among integers fail to compare (the reader makes no floats)
            smallest, largest = min(present), max(present)
            integers = type(smallest) is int and type(largest) is int
        except TypeError:
            integers = False
        if not integers:  # '12' (DEFAULT '0', quoted values): both make it the integer 12
            present = [
                int(value) if type(value) is str and _INTEGER_TEXT.match(value) else value
                for value in present
            ]
            if not all(type(value) is int for value in present):
                return "that are not integers, which MariaDB converts"
            smallest, largest = min(present), max(present)
        if smallest < low or largest > high:
            return f"beyond its type's range, which MariaDB clips to {low}..{high}"
        if largest > SQLITE_MAX_INTEGER:
            return "beyond 2^63 - 1: SQLite's integers cannot hold them"
        return None
    if isinstance(limit, int):
        return (
            "longer than its type, which MariaDB cuts" if max(map(len, present)) > limit else None
        )
    written = set(present)
    if kind == "set":
        written = {part for value in written for part in str(value).split(",")}
    return None if written <= limit else "other than its members as written"


def _converter(
    column: Column, charset: str, from_bytes: bool, ascii_only: bool
) -> Converter | None:
    """What MariaDB does to a value written for ``column`` (None: nothing)."""
    kind = column.kind
    if kind == "binary":
        width = column.length if column.base_type in ("binary", "char") else None
        return _binary_converter(width) if from_bytes else None
    if kind == "bit":
        return _bit_value
    if kind != "text":
        return None
    target = column.charset or SERVER_CHARSET
    if target not in CHARSET_CODECS:
        if ascii_only:
            return None
        return _refuse_non_ascii(
            f"is in character set {target}, which the embedded backend does not convert to"
        )
    source = target if charset == "binary" else charset
    narrowing = not ascii_only and _REPERTOIRE_ORDER[target] < _REPERTOIRE_ORDER.get(source, 3)
    if not from_bytes and not narrowing:
        return None
    return _text_converter(source, target, from_bytes)


def _binary_converter(width: int | None) -> Converter:
    def convert(value: SqlValue) -> SqlValue:
        data = value if isinstance(value, bytes) else str(value).encode("latin-1")
        return data.ljust(width, b"\0") if width is not None else data

    return convert


def _bit_value(value: SqlValue) -> SqlValue:
    if isinstance(value, str):
        value = value.encode("latin-1")
    if isinstance(value, bytes):
        return int.from_bytes(value, "big")
    return value


def _refuse_non_ascii(reason: str) -> Converter:
    def convert(value: SqlValue) -> SqlValue:
        if isinstance(value, str) and value.isascii():
            return value
        raise _Unconvertible(reason)

    return convert


def _text_converter(source: str, target: str, from_bytes: bool) -> Converter:
    """Text in character set ``source`` (its bytes, if ``from_bytes``) as stored in ``target``."""
    source_codec, target_codec = CHARSET_CODECS.get(source, "utf-8"), CHARSET_CODECS[target]

    def convert(value: SqlValue) -> SqlValue:
        if isinstance(value, bytes):  # 0x... or _binary '...': the column's character set
            text = _decode(value, target_codec, target)
        elif isinstance(value, str):
            text = _decode(value.encode("latin-1"), source_codec, source) if from_bytes else value
        else:
            return value
        if text.isascii():
            return text
        if target_codec == "utf-8":  # utf8mb3 holds no character beyond U+FFFF
            return _ASTRAL.sub("?", text) if target != "utf8mb4" else text
        return text.encode(target_codec, "replace").decode(target_codec)

    return convert


def _decode(data: bytes, codec: str, charset: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise _Unconvertible(f"holds bytes that are not {charset} text") from error


_EXPRESSION_TOKEN = re.compile(
    r"\s*(?:(?P<number>\d+)|`(?P<backquoted>(?:[^`]|``)*)`|\"(?P<quoted>(?:[^\"]|\"\")*)\""
    r"|(?P<word>[A-Za-z_][\w$]*)|(?P<operator>[-+*()]))"
)


def _compile_generated(
    table: str, column: Column, columns: tuple[Column, ...], ansi_quotes: bool
) -> Evaluator | str:
    """A function computing a generated column from a row, or why the embedded backend won't.

    It computes integer arithmetic (``+``, ``-``, ``*``, parentheses, integer literals) over
    the integer columns, exactly (Python integers); NULL gives NULL. A result outside the
    column's type is refused with the loaded values (see ``embedded``).
    """
    expression = column.generated or ""
    if expression.startswith("ROW "):
        return (
            f"the system-versioning column `{table}`.`{column.name}` (AS {expression}), which "
            "MariaDB sets when it loads the row"
        )
    reason = (
        f"the generated column `{table}`.`{column.name}` (AS {expression}), which the embedded "
        "backend computes only from integer columns with + - * and integers"
    )
    tokens: list[tuple[str, str]] = []
    position = 0
    while position < len(expression.rstrip()):
        match = _EXPRESSION_TOKEN.match(expression, position)
        if match is None or match.lastgroup is None:
            return reason
        kind = match.lastgroup
        tokens.append((kind, match.group(kind)))
        position = match.end()
    index = {c.name: i for i, c in enumerate(columns)}
    operators: set[str] = set()

    def column_of(name: str) -> Evaluator | None:
        if name not in index:
            return None
        referenced = columns[index[name]]
        if referenced.kind != "integer" or referenced.generated is not None:
            return None
        if referenced.unsigned:
            operators.add("unsigned")
        i = index[name]
        return lambda values: values[i]

    def atom(at: int) -> tuple[Evaluator, int] | None:
        if at >= len(tokens):
            return None
        kind, text = tokens[at]
        if kind == "number":
            number = int(text)
            return (lambda values: number), at + 1
        if kind == "backquoted" or (kind == "quoted" and ansi_quotes) or kind == "word":
            name = text.replace("``", "`") if kind == "backquoted" else text.replace('""', '"')
            found = column_of(name)
            return (found, at + 1) if found is not None else None
        if text == "(":
            inner = sum_of(at + 1)
            if inner is None or inner[1] >= len(tokens) or tokens[inner[1]][1] != ")":
                return None
            return inner[0], inner[1] + 1
        if text == "-":
            operand = atom(at + 1)
            if operand is None:
                return None
            operators.add("-")
            negate = operand[0]
            return (lambda values: -v if isinstance(v := negate(values), int) else None), operand[1]
        return None

    def binary(
        parse: Callable[[int], tuple[Evaluator, int] | None], symbols: str
    ) -> Callable[[int], tuple[Evaluator, int] | None]:
        def parse_chain(at: int) -> tuple[Evaluator, int] | None:
            left = parse(at)
            if left is None:
                return None
            evaluate, at = left
            while at < len(tokens) and tokens[at][0] == "operator" and tokens[at][1] in symbols:
                symbol = tokens[at][1]
                right = parse(at + 1)
                if right is None:
                    return None
                operators.add(symbol)
                evaluate = _arithmetic(symbol, evaluate, right[0])
                at = right[1]
            return evaluate, at

        return parse_chain

    product_of = binary(atom, "*")
    sum_of = binary(product_of, "+-")
    parsed = sum_of(0)
    if column.kind != "integer" or parsed is None or parsed[1] != len(tokens):
        return reason
    if "unsigned" in operators and "-" in operators:  # MySQL's unsigned subtraction errs
        return reason
    return parsed[0]


def _arithmetic(symbol: str, left: Evaluator, right: Evaluator) -> Evaluator:
    def evaluate(values: list[SqlValue]) -> SqlValue:
        a, b = left(values), right(values)
        if not isinstance(a, int) or not isinstance(b, int):
            return None
        if symbol == "+":
            return a + b
        if symbol == "-":
            return a - b
        return a * b

    return evaluate
