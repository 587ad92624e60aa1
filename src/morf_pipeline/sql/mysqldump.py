"""A streaming reader of mysqldump files: the columns and rows of chosen tables, no server needed.

It reads what ``mysqldump`` and ``mariadb-dump`` write: ``CREATE TABLE`` with column types,
extended ``INSERT`` statements (all tuples on one line, or one tuple per line), every string
escape of MySQL, ``NULL``, conditional comments (``/*!40101 SET NAMES utf8mb4 */;``), the
sandbox-mode line, ``LOCK TABLES``, ``DELIMITER`` blocks (triggers, routines), ``SET NAMES``
character sets (``binary`` too), binary values (``_binary '...'``, raw bytes, ``0x...``),
``REPLACE`` and ``INSERT IGNORE`` (``--replace``, ``--insert-ignore``) and ANSI_QUOTES names
(``--compatible=ansi``). Other statements are skipped. Anything it cannot read in a table it was
asked for is an :class:`~morf_pipeline.errors.InputDataError` naming the file, the line and what
was expected: a table is never silently short. Values become what MariaDB stores (see
:mod:`~morf_pipeline.sql.schema`); views and sequences are reported, not read.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import NoReturn

import orjson

from morf_pipeline.errors import InputDataError
from morf_pipeline.sql.dumps import DumpSource, open_dump_text_bytes
from morf_pipeline.sql.schema import CHARSET_CODECS, Column, Row, SqlValue, TableSchema

# One lexical token of a statement. The unrolled string patterns keep ``re`` from recursing, and
# their possessive repeats (``*+``, MySQL's lexing: '' inside a string is a quote) from keeping
# a backtracking point per escape (~170 bytes each: 870 MB for a 10 MB value of \'); a lone
# quote (``\S``) marks a string that does not end in this statement text.
_TOKEN = re.compile(
    r"'[^'\\]*+(?:(?:\\.|'')[^'\\]*+)*+'"  # a string literal, with \-escapes and ''
    r'|"[^"\\]*+(?:(?:\\.|"")[^"\\]*+)*+"'  # a "string" (MySQL's default sql_mode)
    r"|`[^`]*+(?:``[^`]*+)*+`"  # a quoted identifier
    r"|[^\s,()'\"`;]+"  # a number, NULL, a keyword, a name, a comment marker
    r"|\S",  # punctuation, or the lone quote of an unterminated string
    re.DOTALL,
)
# Strings and quoted identifiers, removed to see whether a statement's ';' is outside them.
# (Each pattern starts with one character class, which lets ``re`` skip other text fast.)
_QUOTED_BYTES = re.compile(
    rb"['\"`]"
    rb"(?:(?<=')[^'\\]*+(?:(?:\\.|'')[^'\\]*+)*+'"
    rb'|(?<=")[^"\\]*+(?:(?:\\.|"")[^"\\]*+)*+"'
    rb"|(?<=`)[^`]*+(?:``[^`]*+)*+`)",  # (a lone quote is left: the string goes on)
    re.DOTALL,
)
# The fast path of VALUES: the tokens that differ between SQL and JSON (JSON reads the rest).
_SQL_NOT_JSON = re.compile(
    r"[()'\"A-Za-z_$\[\]{}:`/#.]"
    r"(?:(?<=')[^'\\]*+(?:(?:\\.|'')[^'\\]*+)*+'"  # the rest of a 'string'
    r'|(?<=")[^"\\]*+(?:(?:\\.|"")[^"\\]*+)*+"'  # the rest of a "string"
    r"|(?<=[A-Za-z_$])[\w$]*"  # the rest of a word: NULL, or anything for the slow path
    r"|)",  # ( or ), else JSON-only syntax, a comment or a decimal: for the slow path
    re.DOTALL,
)
# The whole-text fast path of VALUES: single-quoted strings (split out), and what may stand
# outside them: integers, NULL, commas, parentheses, whitespace.
_INTEGER_ROW_SYNTAX = str.maketrans("", "", "0123456789-,() \t\r\n\x00")
_ALL_BUT_PARENTHESES = str.maketrans("", "", "0123456789-, \t\r\n\x00")
# Escapes set aside while the whole-text fast path splits at quotes, the characters that
# stand in for them (a dump holds none raw; "\x00" separates pieces), and their JSON.
_SET_ASIDE = (("\\\\", "\x01", "\\\\"), ("\\'", "\x02", "'"), ('\\"', "\x03", '\\"'))
_MARKS = ("\x00", "\x01", "\x02", "\x03")
# What JSON rejects in strings that MySQL allows, in JSON.
_MYSQL_TO_JSON = (('"', '\\"'), ("\t", "\\t"), ("\\Z", "\\u001a"), ("\\0", "\\u0000"))
_HEAD_BYTES = 512
_SINGLE_QUOTED_ESCAPE = re.compile(r"\\(.)|''", re.DOTALL)
_DOUBLE_QUOTED_ESCAPE = re.compile(r'\\(.)|""', re.DOTALL)
# MySQL's escapes; \% and \_ keep their backslash, any other \x is x.
_ESCAPES = {"0": "\0", "b": "\b", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a", "%": "\\%"}
_ESCAPES["_"] = "\\_"
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_UNTERMINATED = (b"'", b'"', b"`")
# The client's character set before the dump says otherwise (the mariadb client's default).
DEFAULT_CHARSET = "utf8mb4"
# Words that start an index or constraint, not a column, in CREATE TABLE.
_NOT_COLUMNS = frozenset(
    {"PRIMARY", "KEY", "INDEX", "UNIQUE", "CONSTRAINT", "FULLTEXT", "SPATIAL", "FOREIGN", "CHECK"}
    | {"PERIOD"}  # PERIOD FOR SYSTEM_TIME (start, end)
)
_TYPE_MODIFIERS = frozenset({"UNSIGNED", "SIGNED", "ZEROFILL"})
_CHUNK = 1 << 20
_TABLE_CHARSET = re.compile(r"(?:CHARACTER SET|CHARSET)\s*=?\s*(\w+)", re.IGNORECASE)
# SQL modes that make "x" a name, not a string (the ANSI ones include ANSI_QUOTES).
_ANSI_QUOTES_MODES = frozenset(
    {"ANSI_QUOTES", "ANSI", "DB2", "MAXDB", "MSSQL", "ORACLE", "POSTGRESQL"}
)
# MariaDB skips the conditional comments of MySQL 5.7 to 9 (/*!50700 ... */ to /*!99999 */).
_MYSQL_ONLY_VERSIONS = range(50700, 100000)
# The statements that add rows; a REPLACE row replaces, an IGNORE row yields to, the rows
# holding one of its unique keys.
INSERT_MODES = ("INSERT", "REPLACE", "INSERT IGNORE")


@dataclass(frozen=True)
class TableRows:
    """The rows of one INSERT statement, in the order of the table's columns."""

    table: TableSchema
    rows: list[Row]
    line: int
    mode: str = "INSERT"  # one of INSERT_MODES
    # Columns whose values MariaDB would store otherwise, found in these rows (see schema).
    refusals: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class OtherObject:
    """A view or sequence the dump creates: MariaDB loads it, the embedded reader does not."""

    name: str
    construct: str  # VIEW, SEQUENCE
    line: int


Event = TableSchema | TableRows | OtherObject


class _NeedsBytes(Exception):
    """A statement read as text holds a binary value: it must be read as bytes."""


def _lines(source: DumpSource) -> Iterator[bytes]:
    """Lines with their newline, from big reads (the source is not line-buffered)."""
    rest = b""
    while chunk := source.read(_CHUNK):
        lines = (rest + chunk).split(b"\n")
        rest = lines.pop()
        for line in lines:
            yield line + b"\n"
    if rest:
        yield rest


def _unquote_identifier(token: str) -> str:
    if token.startswith("`"):
        return token[1:-1].replace("``", "`")
    if token.startswith('"'):
        return token[1:-1].replace('""', '"')
    return token


def _unescape(match: re.Match[str]) -> str:
    escaped = match.group(1)
    if escaped is None:  # a doubled quote
        return match.group(0)[0]
    return _ESCAPES.get(escaped, escaped)


def string_value(token: str) -> str:
    """The text of a quoted string token (``'it\\'s'`` -> ``it's``), as MySQL reads it."""
    body = token[1:-1]
    if "\\" not in body and token[0] not in body:
        return body
    pattern = _SINGLE_QUOTED_ESCAPE if token[0] == "'" else _DOUBLE_QUOTED_ESCAPE
    return pattern.sub(_unescape, body)


class _Statement:
    """One complete statement: its bytes, text and tokens (decoded when needed) and first line."""

    def __init__(
        self, path: Path, data: bytes, line: int, charset: str, ansi_quotes: bool = False
    ) -> None:
        self.path = path
        self.data = data
        self.line = line
        self.charset = charset  # binary: its strings are read byte for byte
        self.ansi_quotes = ansi_quotes

    def as_bytes(self) -> _Statement:
        """The same statement, its strings read byte for byte (as latin-1 text)."""
        return _Statement(self.path, self.data, self.line, "binary", self.ansi_quotes)

    @cached_property
    def text(self) -> str:
        try:
            return self.data.decode(CHARSET_CODECS[self.charset])
        except UnicodeDecodeError as error:
            bad_line = self.line + self.data.count(b"\n", 0, error.start)
            raise InputDataError(
                f"{self.path}, line {bad_line}: expected {self.charset} text (SET NAMES), "
                f"found the byte(s) {self.data[error.start : error.end]!r}"
            ) from error

    @cached_property
    def tokens(self) -> list[str]:
        return _TOKEN.findall(self.text)

    @cached_property
    def head(self) -> list[str]:
        """The first tokens, read without decoding the whole statement (to skip it cheaply)."""
        return _TOKEN.findall(self.data[:_HEAD_BYTES].decode("latin-1"))[:-1] or self.tokens

    def fail(self, index: int, expected: str) -> NoReturn:
        """Raise naming the file, the line of token ``index`` and what was expected there."""
        line, found = self.line, "the end of the statement"
        for position, match in enumerate(_TOKEN.finditer(self.text)):
            if position == index:
                line += self.text.count("\n", 0, match.start())
                found = repr(match.group(0)[:40])
                break
        raise InputDataError(f"{self.path}, line {line}: expected {expected}, found {found}")

    def word(self, index: int, tokens: list[str] | None = None) -> str:
        tokens = self.tokens if tokens is None else tokens
        return tokens[index].upper() if index < len(tokens) else ""

    def name_at(self, index: int, tokens: list[str] | None = None) -> tuple[str, int]:
        """A table name (``db``.``table`` gives ``table``) and the index after it."""
        tokens = self.tokens if tokens is None else tokens
        not_names = "(),;'" if self.ansi_quotes else "(),;'\""
        if index >= len(tokens) or tokens[index][0] in not_names:
            self.fail(index, "a table name")
        if index + 1 < len(tokens) and tokens[index + 1] == ".":
            return self.name_at(index + 2, tokens)
        token = tokens[index]
        name = _unquote_identifier(token) if token[0] in '`"' else token.rsplit(".", 1)[-1]
        return name, index + 1

    def insert_target(self, tokens: list[str]) -> tuple[str, int]:
        """The table of an INSERT (or REPLACE) statement and the index after its name."""
        index = 1
        while self.word(index, tokens) in ("LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE"):
            index += 1
        if self.word(index, tokens) == "INTO":
            index += 1
        return self.name_at(index, tokens)


_NUMERIC_BASE_TYPES = frozenset(
    {"tinyint", "smallint", "mediumint", "int", "integer", "bigint", "decimal", "float", "double"}
    | {"bit"}
)


def _column(
    name: str, column_type: str, words: list[str], rest: list[str], table_charset: str | None
) -> Column:
    """A column with what an INSERT omitting it stores (see :class:`Column`)."""
    charset = table_charset
    if "COLLATE" in words[:-1]:  # a collation's name starts with its character set's
        charset = rest[words.index("COLLATE") + 1].strip("'").split("_")[0].lower()
    for marker in ("CHARSET", "SET"):  # CHARSET x, CHARACTER SET x
        if marker in words[:-1] and (marker == "CHARSET" or "CHARACTER" in words):
            charset = rest[words.index(marker) + 1].strip("'").lower()
    generated = None
    for i, word in enumerate(words[:-1]):
        if word == "AS" and rest[i + 1] == "(":  # [GENERATED ALWAYS] AS (expression)
            depth, end = 0, i + 1
            for end in range(i + 1, len(rest)):
                depth += {"(": 1, ")": -1}.get(rest[end], 0)
                if depth == 0:
                    break
            generated = " ".join(rest[i + 2 : end])
        elif word == "AS" and words[i + 1] == "ROW":  # system versioning: AS ROW START
            generated = " ".join(words[i + 1 : i + 3])
    column = Column(
        _unquote_identifier(name),
        column_type,
        charset=charset,
        generated=generated,
        invisible="INVISIBLE" in words,
    )
    kind = column.kind
    column = replace(column, charset={"text": charset, "binary": "binary"}.get(kind))
    if generated is not None:
        return column
    if "AUTO_INCREMENT" in words:
        return replace(column, omittable=False)
    if "DEFAULT" in words:
        literal = rest[words.index("DEFAULT") + 1]
        if literal[0] in "'\"":
            return replace(column, default=string_value(literal))
        if literal.upper() == "NULL":
            return column
        if _NUMBER.fullmatch(literal):
            return replace(column, default=int(literal) if literal.isdigit() else literal)
        return replace(column, omittable=False)  # e.g. a function
    if "NOT" in words and words[words.index("NOT") + 1 :][:1] == ["NULL"]:
        zero: SqlValue = 0 if column.base_type in _NUMERIC_BASE_TYPES else ""
        return replace(column, default=zero)
    return column


def _items(tokens: list[str], opening: int) -> tuple[list[list[str]], int | None]:
    """The comma-separated items of the parenthesized list opened at ``opening``, and the
    index of its ')' (None if it does not close)."""
    items: list[list[str]] = [[]]
    depth = 0
    for index in range(opening + 1, len(tokens)):
        token = tokens[index]
        if token == "(":
            depth += 1
        elif token == ")":
            if depth == 0:
                return items, index
            depth -= 1
        elif token == "," and depth == 0:
            items.append([])
            continue
        items[-1].append(token)
    return items, None


def _key_columns(definition: list[str]) -> tuple[str, ...]:
    """The column names of a PRIMARY KEY or UNIQUE key definition (``(`a`(10), `b` DESC)``)."""
    parts, _ = _items(definition, definition.index("("))
    return tuple(_unquote_identifier(part[0]) for part in parts if part)


def _parse_create_table(statement: _Statement, name: str, index: int) -> TableSchema:
    """The schema of ``CREATE TABLE name (...)``; ``index`` is that of the '('."""
    tokens = statement.tokens
    start = index
    if tokens[index] != "(":
        statement.fail(index, f"'(' and the column definitions of `{name}`")
    definitions, end = _items(tokens, index)
    if end is None:
        statement.fail(len(tokens) - 1, f"')' closing the column definitions of `{name}`")
    options = " ".join(token for token in tokens[end + 1 :] if token[0] not in "'\"")
    table_charset = _TABLE_CHARSET.search(options)
    charset = table_charset.group(1).lower() if table_charset else None
    columns = []
    unique_keys = []
    for definition in definitions:
        first = definition[0].upper() if definition else ""
        if first == "CONSTRAINT" and len(definition) > 2:  # CONSTRAINT [name] PRIMARY KEY ...
            definition = definition[1 + (definition[1].upper() not in _NOT_COLUMNS) :]
            first = definition[0].upper()
        if first in ("PRIMARY", "UNIQUE") and "(" in definition:
            unique_keys.append(_key_columns(definition))
        if not definition or first in _NOT_COLUMNS:
            continue
        if len(definition) < 2:
            raise InputDataError(
                f"{statement.path}, line {statement.line}: expected a column type after "
                f"{definition[0]} in CREATE TABLE `{name}`"
            )
        type_tokens = [definition[1]]
        rest = definition[2:]
        if rest and rest[0] == "(":
            closing = rest.index(")")
            type_tokens.append("(" + "".join(rest[1:closing]) + ")")
            rest = rest[closing + 1 :]
        column_type = "".join(type_tokens)
        while rest and rest[0].upper() in _TYPE_MODIFIERS:
            column_type += " " + rest.pop(0).lower()
        words = [word.upper() for word in rest]
        columns.append(_column(definition[0], column_type, words, rest, charset))
        if "PRIMARY" in words or "UNIQUE" in words:  # a key on the column alone
            unique_keys.append((columns[-1].name,))
    if not columns:
        statement.fail(start, f"at least one column in CREATE TABLE `{name}`")
    return TableSchema(
        name, tuple(columns), statement.line, tuple(unique_keys), statement.ansi_quotes
    )


class _NotForTheFastPath(Exception):
    pass


def _rows_via_json(values: str, width: int) -> list[list[SqlValue]] | None:
    """The rows of a VALUES list read as JSON, or None where the exact reader must decide."""
    rows = _rows_via_json_text(values)
    if rows is None:
        rows = _rows_via_json_tokens(values)
    if rows and all(type(row) is list and len(row) == width for row in rows):
        return rows
    return None


def _rows_via_json_text(values: str) -> list[list[SqlValue]] | None:
    """The VALUES list turned into JSON by a few whole-text replacements, or None.

    The escapes ``\\\\``, ``\\'`` and ``\\"`` are set aside first (as characters a dump does not
    hold raw), so that every quote left delimits a string (a doubled quote gives two adjacent
    strings: invalid JSON). Outside the strings only integers, NULL, commas and unnested
    parentheses may stand. Inside, ``\\n``, ``\\r``, ``\\b``, ``\\/`` mean the same in JSON,
    double quotes, ``\\Z``, ``\\0`` and raw tabs are rewritten, and ``\\f`` and ``\\u`` (which
    JSON reads otherwise) leave the list to the next path; any other escape or raw control
    character is invalid JSON, so it does too.
    """
    if any(mark in values for mark in _MARKS):
        return None
    for escape, mark, _ in _SET_ASIDE:
        values = values.replace(escape, mark)
    parts = values.split("'")  # outside, string, outside, ..., outside
    if len(parts) % 2 == 0:  # a quote without its pair
        return None
    outside = "\x00".join(parts[0::2])
    without_nulls = outside.replace("NULL", "")
    parentheses = without_nulls.translate(_ALL_BUT_PARENTHESES)
    if without_nulls.translate(_INTEGER_ROW_SYNTAX) or parentheses != "()" * (
        len(parentheses) // 2
    ):
        return None
    parts[0::2] = outside.replace("(", "[").replace(")", "]").replace("NULL", "null").split("\x00")
    if len(parts) > 1:
        strings = "\x00".join(parts[1::2])
        if "\\f" in strings or "\\u" in strings:
            return None
        for mysql_text, json_text in _MYSQL_TO_JSON:
            strings = strings.replace(mysql_text, json_text)
        for _, mark, json_text in _SET_ASIDE:
            strings = strings.replace(mark, json_text)
        parts[1::2] = strings.split("\x00")
    try:
        return orjson.loads("[" + '"'.join(parts) + "]")  # type: ignore[no-any-return]
    except orjson.JSONDecodeError:
        return None


def _rows_via_json_tokens(values: str) -> list[list[SqlValue]] | None:
    """The VALUES list turned into JSON token by token, or None.

    Strings become JSON strings, parentheses brackets and NULL null; integers pass unchanged
    (orjson checks the commas and digits in C). Anything else (decimals, hexadecimal, nested
    parentheses, a malformed list) returns None, never a guess.
    """
    depth = 0

    def convert(match: re.Match[str]) -> str:
        nonlocal depth
        token = match.group()
        first = token[0]
        if (first == "'" or first == '"') and len(token) > 1:
            body = token[1:-1]
            if "\\" in body or '"' in body or "'" in body or not body.isprintable():
                return orjson.dumps(string_value(token)).decode()
            return f'"{body}"'
        if first == "(":
            depth += 1
            if depth != 1:
                raise _NotForTheFastPath
            return "["
        if first == ")":
            depth -= 1
            if depth != 0:
                raise _NotForTheFastPath
            return "]"
        if token.upper() == "NULL":
            return "null"
        raise _NotForTheFastPath

    try:
        return orjson.loads("[" + _SQL_NOT_JSON.sub(convert, values) + "]")  # type: ignore[no-any-return]
    except (_NotForTheFastPath, orjson.JSONDecodeError):
        return None


def _parse_insert(statement: _Statement, table: TableSchema) -> list[Row]:
    """The rows of ``INSERT INTO table [(columns)] VALUES (...),(...);``, as written."""
    head: list[str] = []
    for match in _TOKEN.finditer(statement.text):
        head.append(match.group())
        if head[-1].upper() in ("VALUES", "VALUE"):
            _, index = statement.insert_target(head)
            layout, width = _column_layout(statement, head, index, table)
            values = statement.text[match.end() : statement.text.rindex(";")]
            rows = _rows_via_json(values, width)
            if rows is not None:
                return _laid_out([tuple(r) for r in rows], layout)
            break
    return _parse_insert_exactly(statement, table)


# Where each of a table's columns is in a row extended with the omitted columns' values.
_Layout = tuple[list[int], Row]


def _column_layout(
    statement: _Statement, tokens: list[str], index: int, table: TableSchema
) -> tuple[_Layout | None, int]:
    """The layout of an INSERT's column list (None: no list) and the row width it gives."""
    if tokens[index] != "(":
        return None, len(table.columns)
    names: list[str] = []
    for token in tokens[index + 1 :]:
        if token == ")":
            break
        if token != ",":
            names.append(_unquote_identifier(token))
    unknown = sorted(set(names) - set(table.column_names))
    if unknown or len(set(names)) != len(names):
        statement.fail(index, f"distinct columns of `{table.name}` (not {', '.join(unknown)})")
    missing = [column for column in table.columns if column.name not in names]
    for column in missing:
        if not column.omittable:
            statement.fail(index, f"a value for `{table.name}`.`{column.name}` (no default)")
    position = {name: i for i, name in enumerate(names)}
    position.update({column.name: len(names) + i for i, column in enumerate(missing)})
    order = [position[name] for name in table.column_names]
    return (order, tuple(column.default for column in missing)), len(names)


def _laid_out(rows: list[Row], layout: _Layout | None) -> list[Row]:
    if layout is None:
        return rows
    order, omitted = layout
    extended = [(*row, *omitted) for row in rows]
    return [tuple(row[i] for i in order) for row in extended]


def _parse_insert_exactly(statement: _Statement, table: TableSchema) -> list[Row]:
    """The slow path of :func:`_parse_insert`, token by token: it names any error's place."""
    tokens = statement.tokens
    _, index = statement.insert_target(tokens)
    layout, width = _column_layout(statement, tokens, index, table)
    if layout is not None:
        index = tokens.index(")", index) + 1
    if statement.word(index) not in ("VALUES", "VALUE"):
        statement.fail(index, f"VALUES of `{table.name}`")
    rows: list[Row] = []
    row: list[SqlValue] = []
    append = row.append
    index += 1
    end = len(tokens) - 1  # the final ';' (the only one: see _DumpReader.statement)
    # A state machine over the tokens (the hot loop of the reader, hence inlined).
    while True:
        if tokens[index] != "(":
            statement.fail(index, f"'(' starting a row of `{table.name}`")
        index += 1
        while True:
            token = tokens[index]
            first = token[0]
            if first == "'" or first == '"':
                append(string_value(token))
            elif token == "NULL" or token.upper() == "NULL":
                append(None)
            elif _NUMBER.fullmatch(token):
                try:
                    append(int(token))
                except ValueError:  # decimals and floats keep their exact text
                    append(token)
            elif first == "0" and token[:2].lower() == "0x":
                if statement.charset != "binary":
                    raise _NeedsBytes
                try:
                    append(bytes.fromhex(token[2:]))
                except ValueError:
                    statement.fail(index, "a hexadecimal literal")
            elif token.lower() == "_binary" and tokens[index + 1][0] == "'":
                if statement.charset != "binary":
                    raise _NeedsBytes
                index += 1
                append(string_value(tokens[index]))
            else:
                statement.fail(index, f"a value in a row of `{table.name}`")
            index += 1
            separator = tokens[index]
            index += 1
            if separator == ",":
                continue
            if separator == ")":
                break
            statement.fail(index - 1, "',' or ')' after a value")
        if len(row) != width:
            statement.fail(index - 1, f"{width} values per row of `{table.name}`, not {len(row)}")
        rows.append(tuple(row))
        row.clear()
        index += 1
        if tokens[index - 1] == ";":
            break
        if tokens[index - 1] != "," or index == end:
            statement.fail(index - 1, "',' and another row, or ';'")
    return _laid_out(rows, layout)


def _set_names(statement: _Statement, start: int) -> str | None:
    """The character set of ``SET NAMES x`` (also inside a conditional comment), else None."""
    if statement.word(start) != "SET" or statement.word(start + 1) != "NAMES":
        return None
    charset = _unquote_identifier(statement.tokens[start + 2]).strip("'").lower()
    if charset not in CHARSET_CODECS:
        statement.fail(start + 2, "a character set among " + ", ".join(sorted(CHARSET_CODECS)))
    return charset


def _ansi_quotes(statement: _Statement, start: int) -> bool | None:
    """Whether ``SET ... SQL_MODE='...'`` turns ANSI_QUOTES on (None: it sets no SQL_MODE)."""
    tokens = statement.tokens
    for index in range(start + 1, len(tokens)):
        name = tokens[index].upper()
        if name.startswith("@") and not name.startswith("@@"):  # a user variable
            continue
        if name.rstrip("=").split(".")[-1].lstrip("@") != "SQL_MODE":
            continue
        value = index + 1 if name.endswith("=") else index + 2
        if value >= len(tokens) or tokens[value][0] != "'":
            return False  # restored from a variable: the session's default mode
        return bool(_ANSI_QUOTES_MODES & set(string_value(tokens[value]).upper().split(",")))
    return None


def _runs_on_mariadb(marker: str) -> bool:
    """Whether MariaDB runs a conditional comment (``/*!40101``, ``/*M!100616``)."""
    digits = marker.lstrip("/*M!")
    return not digits.isdigit() or int(digits) not in _MYSQL_ONLY_VERSIONS


class _DumpReader:
    def __init__(
        self, path: Path, tables: Collection[str], columns: Collection[str] | None
    ) -> None:
        self.path = path
        self.wanted = set(tables)
        self.columns = None if columns is None else frozenset(columns)
        self.charset = DEFAULT_CHARSET
        self.ansi_quotes = False
        self.schemas: dict[str, TableSchema] = {}

    def statement(self, piece: DumpPiece) -> _Statement:
        statement = _Statement(self.path, piece.data, piece.line, self.charset, self.ansi_quotes)
        if piece.semicolons > 1:
            statement.fail(statement.tokens.index(";") + 1, "the end of the line after ';'")
        return statement

    def settings(self, statement: _Statement, start: int) -> None:
        """Follow SET NAMES and SQL_MODE (ANSI_QUOTES) from the SET at token ``start``."""
        if statement.word(start) != "SET":
            return
        self.charset = _set_names(statement, start) or self.charset
        ansi_quotes = _ansi_quotes(statement, start)
        if ansi_quotes is not None:
            self.ansi_quotes = ansi_quotes

    def interpret(self, statement: _Statement) -> Event | None:
        first = statement.word(0, statement.head)
        if first.startswith("/*!") or first.startswith("/*M!"):
            # A conditional comment: MariaDB runs its body (unless it is for MySQL 5.7+ only).
            if _runs_on_mariadb(first):
                self.settings(statement, 1)
                return self.other_object(statement, 1)
            return None
        if first == "SET":
            self.settings(statement, 0)
            return None
        if first == "CREATE":
            return self.create(statement)
        if first in ("INSERT", "REPLACE"):
            return self.insert(statement, first)
        return None  # DROP, LOCK TABLES, USE, ...

    def create(self, statement: _Statement) -> TableSchema | OtherObject | None:
        index = 2 if statement.word(1) == "TEMPORARY" else 1
        if statement.word(index) != "TABLE":
            return self.other_object(statement, 0)  # CREATE DATABASE, SEQUENCE, ...
        index += 1
        if statement.word(index) == "IF":  # IF NOT EXISTS
            index += 3
        name, index = statement.name_at(index)
        if name not in self.wanted:
            return None
        schema = replace(_parse_create_table(statement, name, index), read_columns=self.columns)
        self.schemas[schema.name] = schema
        return schema

    def other_object(self, statement: _Statement, start: int) -> OtherObject | None:
        """A view or sequence the queries name (``CREATE ... VIEW v``, ``CREATE SEQUENCE s``)."""
        words = [token.upper() for token in statement.head[start : start + 12]]
        for construct in ("VIEW", "SEQUENCE"):
            if construct in words and (words[0] in ("CREATE", construct)):
                index = start + words.index(construct) + 1
                if statement.word(index, statement.head) == "IF":  # IF NOT EXISTS
                    index += 3
                name, _ = statement.name_at(index, statement.head)
                if name in self.wanted:
                    return OtherObject(name, construct, statement.line)
        return None

    def insert(self, statement: _Statement, first: str) -> TableRows | None:
        name, after = statement.insert_target(statement.head)
        if name not in self.wanted:
            return None
        if name not in self.schemas:
            statement.fail(0, f"{first} into `{name}` after its CREATE TABLE")
        schema = self.schemas[name]
        mode = first
        if first == "INSERT" and "IGNORE" in map(str.upper, statement.head[1:after]):
            mode = "INSERT IGNORE"
        from_bytes = schema.reads_bytes or self.charset == "binary"
        try:
            rows = _parse_insert(statement.as_bytes() if from_bytes else statement, schema)
        except _NeedsBytes:
            from_bytes = True
            rows = _parse_insert(statement.as_bytes(), schema)
        stored, refusals = schema.stored(
            rows, self.charset, from_bytes, ascii_only=statement.data.isascii()
        )
        return TableRows(schema, stored, statement.line, mode, refusals)

    def read(self, source: DumpSource) -> Iterator[Event]:
        for piece in dump_pieces(source, self.path):
            if piece.kind == "unterminated":
                raise InputDataError(piece.unterminated_message())
            if piece.kind == "statement":
                event = self.interpret(self.statement(piece))
                if event is not None:
                    yield event


@dataclass(frozen=True)
class DumpPiece:
    """A part of a dump, as it is: a statement, or the lines between statements."""

    line: int  # its first line
    data: bytes
    # statement: up to the ';' ending it outside strings; routine: a DELIMITER block's
    # statement (a trigger or routine); other: comment, blank and DELIMITER lines;
    # unterminated: a statement the dump's end cuts off.
    kind: str
    semicolons: int = 1  # statements only: the ';' outside strings
    last_line: int = 0

    path: Path | None = None

    @property
    def lines(self) -> int:
        return self.data.count(b"\n")

    def unterminated_message(self) -> str:
        return (
            f"{self.path}, line {self.last_line}: expected the ';' ending the statement that "
            f"starts at line {self.line}, found the end of the dump"
        )


def dump_pieces(source: DumpSource, path: Path) -> Iterator[DumpPiece]:
    """The dump in pieces whose bytes, joined, are the dump's bytes."""
    pieces: list[bytes] = []
    start = 0
    delimiter = b";"
    number = 0
    for number, line in enumerate(_lines(source), start=1):
        if not pieces:
            stripped = line.strip()
            if (
                not stripped
                or stripped == b"--"
                or stripped.startswith((b"-- ", b"--\t", b"#"))
                # a comment alone on its line, such as the sandbox-mode line
                or (stripped.startswith(b"/*") and stripped.endswith(b"*/"))
            ):
                yield DumpPiece(number, line, "other")
                continue
            if stripped.upper().startswith(b"DELIMITER "):
                delimiter = stripped.split()[1]
                yield DumpPiece(number, line, "other")
                continue
            start = number
        pieces.append(line)
        if not line.rstrip().endswith(delimiter):
            continue
        data = b"".join(pieces)
        if delimiter != b";":  # a trigger or routine body: not a table
            pieces = []
            yield DumpPiece(start, data, "routine")
            continue
        outside_quotes = _QUOTED_BYTES.sub(b"", data)
        if any(quote in outside_quotes for quote in _UNTERMINATED):
            continue  # the ';' was inside a string
        pieces = []
        yield DumpPiece(start, data, "statement", outside_quotes.count(b";"))
    if pieces:
        yield DumpPiece(start, b"".join(pieces), "unterminated", last_line=number, path=path)


def read_dump(
    path: str | os.PathLike[str], tables: Collection[str], columns: Collection[str] | None = None
) -> Iterator[Event]:
    """Stream the CREATE TABLE schemas and INSERT rows of ``tables`` from a (gzipped) dump,
    and the views and sequences among ``tables``. Only the values of ``columns`` (None: all),
    those queries may read, are checked for what MariaDB would store otherwise.

    A dump with mysqldump's header comment must end with its ``-- Dump completed`` line (else
    it is truncated; see :mod:`~morf_pipeline.sql.dumps`).
    """
    dump = Path(path)
    with open_dump_text_bytes(dump) as source:
        yield from _DumpReader(dump, tables, columns).read(source)
