"""Decide whether SQLite runs a query with MySQL's meaning, before the embedded backend runs it.

SQLite and MySQL agree on integers, NULL, LEFT/INNER JOIN, ``AND``/``OR``/``NOT`` and the
order of integers (NULLs first ascending), but not on text comparison and ordering (MySQL's
collations ignore case and trailing spaces), the printing of decimals and floats, or most
functions. This module accepts the subset on which they agree, using the loaded tables' column
types, and names the first construct outside it, so a query never silently means something
else on the embedded backend.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

# How the query check sees a column's values (see embedded.value_type): the types whose values
# print as MySQL prints them, and the integers (compared and ordered as in MySQL).
INTEGER = "INTEGER"
TEXT = "TEXT"
PRINTABLE_TYPES = frozenset({INTEGER, TEXT})
INTEGER_TYPES = frozenset({INTEGER, "ZEROFILL", "BIT"})

_TOKEN = re.compile(
    r"""\s+
    | (?P<quoted>`(?:[^`]|``)+`)
    | (?P<word>[A-Za-z_][A-Za-z0-9_$]*)
    | (?P<decimal>\d*\.\d+(?:[eE][+-]?\d+)?|\d+(?:\.\d*)?[eE][+-]?\d+|\d+\.)
    | (?P<number>\d+(?![\w]))
    | (?P<op><=>|<>|!=|<=|>=|=|<|>)
    | (?P<punct>[(),.;*])
    | (?P<other>'[^']*'?|"[^"]*"?|\S)
    """,
    re.VERBOSE,
)
_COMPARISONS = frozenset({"=", "!=", "<>", "<", ">", "<=", ">="})
# Words that end a select item or table reference, so they are no alias.
_CLAUSE_WORDS = frozenset(
    {"FROM", "WHERE", "ORDER", "LIMIT", "LEFT", "INNER", "JOIN", "ON", "GROUP", "HAVING", "UNION"}
)


class UnsupportedQuery(ValueError):
    """The query uses something SQLite would evaluate differently from MySQL."""


class UnknownName(ValueError):
    """The query names a table or column the dumps do not have (MySQL would refuse it too)."""


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str

    @property
    def keyword(self) -> str:
        return self.text.upper() if self.kind == "word" else self.text


def _tokens(sql: str) -> list[_Token]:
    tokens = []
    for match in _TOKEN.finditer(sql):
        kind = match.lastgroup
        if kind is None:
            continue  # whitespace
        text = match.group()
        if kind == "quoted":
            kind, text = "word", text[1:-1].replace("``", "`")
        tokens.append(_Token(kind, text))
    return tokens


def table_names(sql: str) -> set[str]:
    """Every identifier of the query: a superset of the tables it reads."""
    return {token.text for token in _tokens(sql) if token.kind == "word"}


@dataclass
class _Column:
    qualifier: str | None
    name: str


@dataclass
class _Checker:
    tokens: list[_Token]
    tables: Mapping[str, Mapping[str, str]]  # table -> column -> value type
    refused: Mapping[str, Mapping[str, str]]  # table -> column -> why
    other_objects: Mapping[str, str]  # view or sequence -> VIEW or SEQUENCE
    position: int = 0
    aliases: dict[str, str] = field(default_factory=dict)  # alias or table name -> table
    outputs: list[_Column | None] = field(default_factory=list)  # None: every column (*)
    compared: list[_Column] = field(default_factory=list)
    ordered: list[_Column] = field(default_factory=list)
    output_names: dict[str, _Column] = field(default_factory=dict)

    def peek(self) -> str:
        return self.tokens[self.position].keyword if self.position < len(self.tokens) else ""

    def take(self) -> _Token:
        if self.position >= len(self.tokens):
            raise UnsupportedQuery("an incomplete statement")
        token = self.tokens[self.position]
        self.position += 1
        return token

    def expect(self, *keywords: str) -> None:
        for keyword in keywords:
            token = self.take()
            if token.keyword != keyword:
                raise UnsupportedQuery(f"{token.text!r} where {keyword} was expected")

    def accept(self, keyword: str) -> bool:
        if self.peek() == keyword:
            self.position += 1
            return True
        return False

    def next_kind(self) -> str:
        return self.tokens[self.position].kind if self.position < len(self.tokens) else ""

    def alias_follows(self) -> bool:
        return self.accept("AS") or (
            self.next_kind() == "word" and self.peek() not in _CLAUSE_WORDS
        )

    def identifier(self) -> str:
        token = self.take()
        if token.kind != "word":
            literal = token.kind in ("number", "decimal") or token.text[:1] in "'\""
            what = "the literal" if literal else ""
            raise UnsupportedQuery(f"{what} {token.text!r}".strip())
        return token.text

    def column(self) -> _Column:
        name = self.identifier()
        if self.peek() == "(":
            raise UnsupportedQuery(f"the function {name.upper()}()")
        if self.accept("."):
            return _Column(name, self.identifier())
        return _Column(None, name)

    def check(self) -> None:
        self.expect("SELECT")
        distinct = self.accept("DISTINCT")
        self.select_list()
        self.expect("FROM")
        self.table_reference()
        while self.peek() in ("LEFT", "INNER", "JOIN"):
            if self.accept("LEFT"):
                self.accept("OUTER")
            else:
                self.accept("INNER")
            self.expect("JOIN")
            self.table_reference()
            self.expect("ON")
            self.condition()
        if self.accept("WHERE"):
            self.condition()
        if self.accept("ORDER"):
            self.expect("BY")
            self.order_list()
        if self.accept("LIMIT"):
            self.limit()
        self.accept(";")
        if self.position < len(self.tokens):
            raise UnsupportedQuery(f"{self.tokens[self.position].text!r} (e.g. GROUP BY, UNION)")
        self.check_types(distinct)

    def select_list(self) -> None:
        while True:
            if self.accept("*"):
                self.outputs.append(None)
            else:
                column = self.column()
                if column.name == "*":
                    raise UnsupportedQuery("table.* in the select list")
                self.outputs.append(column)
                if self.alias_follows():
                    self.output_names[self.identifier()] = column
            if not self.accept(","):
                return

    def table_reference(self) -> None:
        table = self.identifier()
        if table not in self.tables and table in self.other_objects:
            raise UnsupportedQuery(
                f"`{table}`, a {self.other_objects[table]} in the dumps (the embedded backend "
                "reads tables only)"
            )
        if table not in self.tables:
            raise UnknownName(f"no table {table!r} in the query's dumps")
        alias = table
        if self.alias_follows():
            alias = self.identifier()
        self.aliases[alias] = table

    def condition(self) -> None:
        while True:
            self.predicate()
            if not (self.accept("AND") or self.accept("OR")):
                return

    def predicate(self) -> None:
        if self.accept("NOT"):
            self.predicate()
            return
        if self.accept("("):
            self.condition()
            self.expect(")")
            return
        self.operand()
        if self.accept("IS"):
            self.accept("NOT")
            self.expect("NULL")
            return
        operator = self.take()
        if operator.text not in _COMPARISONS:
            raise UnsupportedQuery(f"the operator {operator.text!r}")
        self.operand()

    def operand(self) -> None:
        if self.next_kind() == "number":
            self.take()
        else:
            self.compared.append(self.column())

    def order_list(self) -> None:
        while True:
            column = self.column()
            self.ordered.append(self.output_names.get(column.name, column))
            if not self.accept("ASC"):
                self.accept("DESC")
            if not self.accept(","):
                return

    def limit(self) -> None:
        for _ in range(2):
            if self.next_kind() != "number":
                raise UnsupportedQuery("a LIMIT that is not a plain number")
            self.take()
            if not (self.accept(",") or self.accept("OFFSET")):
                return

    def type_of(self, column: _Column) -> str:
        if column.qualifier is not None:
            if column.qualifier not in self.aliases:
                raise UnknownName(f"unknown table or alias {column.qualifier!r}")
            candidates = [self.aliases[column.qualifier]]
        else:
            candidates = list(dict.fromkeys(self.aliases.values()))
        found = [t for t in candidates if column.name in self.tables[t]]
        if len(found) != 1:
            problem = "unknown" if not found else "ambiguous"
            raise UnknownName(f"{problem} column {column.name!r}")
        self.check_not_refused(found[0], column.name)
        return self.tables[found[0]][column.name]

    def check_not_refused(self, table: str, column: str) -> None:
        reason = self.refused.get(table, {}).get(column)
        if reason is not None:
            raise UnsupportedQuery(reason)

    def check_types(self, distinct: bool) -> None:
        outputs: list[tuple[str, str]] = []
        for output in self.outputs:
            if output is None:
                tables = dict.fromkeys(self.aliases.values())
                for table in tables:
                    for name in self.tables[table]:
                        self.check_not_refused(table, name)
                outputs += [(c, t) for table in tables for c, t in self.tables[table].items()]
            else:
                outputs.append((output.name, self.type_of(output)))
        for name, sql_type in outputs:
            if sql_type not in PRINTABLE_TYPES:
                raise UnsupportedQuery(
                    f"the column {name!r} of type {sql_type}, whose values MySQL prints differently"
                )
            if distinct and sql_type != INTEGER:
                raise UnsupportedQuery(f"DISTINCT over the text column {name!r}")
        for use, columns in (("compares", self.compared), ("orders by", self.ordered)):
            for column in columns:
                if self.type_of(column) not in INTEGER_TYPES:
                    raise UnsupportedQuery(
                        f"the text column {column.name!r} (MySQL {use} text with its collation)"
                    )


def check_mysql_meaning(
    sql: str,
    tables: Mapping[str, Mapping[str, str]],
    refused: Mapping[str, Mapping[str, str]] | None = None,
    other_objects: Mapping[str, str] | None = None,
) -> None:
    """Raise :class:`UnsupportedQuery`, naming the construct, unless SQLite gives MySQL's result
    (or :class:`UnknownName` for a table or column that does not exist).

    ``tables`` maps each loaded table to how the check sees its columns' values (INTEGER,
    ZEROFILL, BIT, TEXT, BLOB, REAL, NUMERIC); ``refused`` names, per table, the columns whose
    values the embedded backend does not hold as MariaDB does (with why); ``other_objects`` the
    views and sequences of the dumps.
    """
    _Checker(_tokens(sql), tables, refused or {}, other_objects or {}).check()
