"""Decide whether SQLite runs a query with MySQL's meaning, before the embedded backend runs it.

SQLite and MySQL agree on integers, NULL, LEFT/INNER JOIN, ``AND``/``OR``/``NOT``, ``IN`` and
``BETWEEN`` over integers, the order of integers (NULLs first ascending), grouping by integers
and ``COUNT``, ``SUM``, ``MIN`` and ``MAX`` of integers (MySQL's DECIMAL sum of integers prints
as SQLite's integer), but not on text comparison and ordering (MySQL's collations ignore case
and trailing spaces), the printing of decimals, floats and BIT values, most functions, or how
they read ``"x"``, ``#`` and ``/*! ... */`` (MySQL: a string, a comment, code to run). This
module reads the query as both would (comments skipped where both skip them) and accepts the
subset on which they agree, using the loaded tables' column types, and names the first
construct outside it, so a query never silently means something else on the embedded backend.

This is a small hand-written reader on purpose: a full MySQL parser (sqlglot, judged for this)
costs ~0.2 s of import in every SQL job, as much as the job's own work, and the check must in any
case refuse what it does not know.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

# How the query check sees a column's values (see embedded.value_type): the types whose values
# print as MySQL prints them, and the integers (compared, ordered and grouped as in MySQL).
INTEGER = "INTEGER"
TEXT = "TEXT"
PRINTABLE_TYPES = frozenset({INTEGER, TEXT})
INTEGER_TYPES = frozenset({INTEGER, "ZEROFILL", "BIT"})

_TOKEN = re.compile(
    r"""\s+
    | (?P<quoted>`(?:[^`]|``)+`)
    | (?P<string>'[^']*'?|"[^"]*"?)
    | (?P<comment>--(?:[\s].*|$)|/\*(?:.|\n)*?(?:\*/|$))
    | (?P<word>[A-Za-z_][A-Za-z0-9_$]*)
    | (?P<decimal>\d*\.\d+(?:[eE][+-]?\d+)?|\d+(?:\.\d*)?[eE][+-]?\d+|\d+\.)
    | (?P<number>\d+(?![\w]))
    | (?P<op><=>|<>|!=|<=|>=|=|<|>)
    | (?P<punct>[(),.;*-])
    | (?P<other>\S)
    """,
    re.VERBOSE,
)
_COMPARISONS = frozenset({"=", "!=", "<>", "<", ">", "<=", ">="})
# Words that end a select item or table reference, so they are no alias.
_CLAUSE_WORDS = frozenset(
    {"FROM", "WHERE", "ORDER", "LIMIT", "LEFT", "INNER", "JOIN", "ON", "GROUP", "HAVING"}
    | {"UNION", "OFFSET"}
)
# Aggregates whose result both print alike over integers (COUNT over anything).
_AGGREGATES = frozenset({"COUNT", "SUM", "MIN", "MAX"})


class UnsupportedQuery(ValueError):
    """The query uses something SQLite would evaluate differently from MySQL."""


class UnknownName(ValueError):
    """The query names a table or column the dumps do not have (MySQL would refuse it too)."""


class NotOneStatement(ValueError):
    """The query text holds more than one statement (on any backend)."""


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str

    @property
    def keyword(self) -> str:
        return self.text.upper() if self.kind == "word" else self.text


def _tokens(sql: str) -> list[_Token]:
    """The query's tokens as both MySQL and SQLite read them (comments dropped); raises
    :class:`UnsupportedQuery` on what the two read differently."""
    tokens = []
    for match in _TOKEN.finditer(sql):
        kind = match.lastgroup
        text = match.group()
        if kind is None:
            continue  # whitespace
        if kind == "comment":
            if text.startswith(("/*!", "/*M!")):
                raise UnsupportedQuery(
                    f"the conditional comment {text[:12]!r}..., which MySQL runs and SQLite skips"
                )
            if text.startswith("/*") and not text.endswith("*/"):
                raise UnsupportedQuery("a comment '/*' that does not end")
            continue
        if kind == "string" and (text[0] == '"' or "\\" in text or len(text) < 2):
            raise UnsupportedQuery(
                f"the string {text[:20]!r} (MySQL reads double quotes and backslashes in "
                "strings otherwise than SQLite)"
            )
        if kind == "other" and text == "#":
            raise UnsupportedQuery("a '#' comment (SQLite reads only -- and /* */ comments)")
        if text == "-" and sql[match.end() : match.end() + 1] == "-":
            raise UnsupportedQuery("'--' without a space after it (a comment only in SQLite)")
        if kind == "quoted":
            kind, text = "word", text[1:-1].replace("``", "`")
        tokens.append(_Token(kind, text))
    return tokens


def _statement_tokens(sql: str) -> list[_Token]:
    """The tokens of the query's one statement, without its final ';'."""
    tokens = _tokens(sql)
    semicolons = [i for i, token in enumerate(tokens) if token.text == ";"]
    if semicolons and semicolons[0] != len(tokens) - 1:
        raise NotOneStatement(
            f"more than one statement (a query is one SELECT; found "
            f"{tokens[semicolons[0] + 1].text!r} after ';')"
        )
    return tokens[: semicolons[0]] if semicolons else tokens


def table_names(sql: str) -> set[str]:
    """Every identifier of the query: a superset of the tables it reads."""
    names = re.findall(r"`((?:[^`]|``)+)`|([A-Za-z_][A-Za-z0-9_$]*)", sql)
    return {quoted.replace("``", "`") or word for quoted, word in names}


@dataclass
class _Column:
    qualifier: str | None
    name: str


@dataclass(frozen=True)
class _Aggregate:
    """COUNT(*), COUNT([DISTINCT] column), SUM(column), MIN(column) or MAX(column)."""

    function: str
    column: _Column | None  # None: COUNT(*)
    distinct: bool = False


@dataclass
class _Checker:
    tokens: list[_Token]
    tables: Mapping[str, Mapping[str, str]]  # table -> column -> value type
    refused: Mapping[str, Mapping[str, str]]  # table -> column -> why
    other_objects: Mapping[str, str]  # view or sequence -> VIEW or SEQUENCE
    position: int = 0
    aliases: dict[str, str] = field(default_factory=dict)  # alias or table name -> table
    # The select list: a column, an aggregate's value, or None for every column (*).
    outputs: list[_Column | _Aggregate | None] = field(default_factory=list)
    output_names: dict[str, _Column | _Aggregate] = field(default_factory=dict)
    # (use, column): the columns the query compares, orders or groups by.
    used: list[tuple[str, _Column]] = field(default_factory=list)
    aggregates: list[_Aggregate] = field(default_factory=list)
    having: list[_Column] = field(default_factory=list)
    grouped: list[_Column] = field(default_factory=list)
    clause: str = "SELECT"

    def peek(self, ahead: int = 0) -> str:
        position = self.position + ahead
        return self.tokens[position].keyword if position < len(self.tokens) else ""

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
            literal = token.kind in ("number", "decimal", "string")
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

    def value(self) -> _Column | _Aggregate:
        """A column, or an aggregate of one (COUNT(*), COUNT([DISTINCT] c), SUM/MIN/MAX(c))."""
        if self.peek() not in _AGGREGATES or self.peek(1) != "(":
            return self.column()
        function = self.take().keyword
        if self.clause in ("WHERE", "ON", "GROUP BY"):
            raise UnsupportedQuery(f"the aggregate {function}() in {self.clause}")
        self.expect("(")
        if function == "COUNT" and self.accept("*"):
            self.expect(")")
            aggregate = _Aggregate(function, None)
        else:
            distinct = self.accept("DISTINCT")
            if distinct and function != "COUNT":
                raise UnsupportedQuery(f"{function}(DISTINCT ...)")
            aggregate = _Aggregate(function, self.column(), distinct)
            self.expect(")")
        self.aggregates.append(aggregate)
        return aggregate

    def aggregate_type(self, aggregate: _Aggregate) -> str:
        """COUNT: an integer; SUM of integers: an integer (MySQL's DECIMAL prints as one);
        MIN and MAX: the integer column's type. Text is refused (MySQL's collation)."""
        if aggregate.column is None:
            return INTEGER
        column_type = self.type_of(aggregate.column)
        if aggregate.function == "COUNT" and not aggregate.distinct:
            return INTEGER  # counts the non-NULL values, of any type
        if column_type not in INTEGER_TYPES:
            raise UnsupportedQuery(
                f"{aggregate.function}() of the column {aggregate.column.name!r} of type "
                f"{column_type} (MySQL compares and sums it otherwise)"
            )
        return INTEGER if aggregate.function in ("COUNT", "SUM") else column_type

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
            self.clause = "ON"
            self.condition()
        clauses = (
            ("WHERE", self.condition),
            ("GROUP BY", self.group_list),
            ("HAVING", self.condition),
            ("ORDER BY", self.order_list),
        )
        for clause, parse in clauses:
            first, *rest = clause.split()
            if self.accept(first):
                self.expect(*rest)
                self.clause = clause
                parse()
        if self.accept("LIMIT"):
            self.limit()
        if self.position < len(self.tokens):
            raise UnsupportedQuery(f"{self.tokens[self.position].text!r} (e.g. UNION)")
        self.check_types(distinct)

    def select_list(self) -> None:
        while True:
            if self.accept("*"):
                self.outputs.append(None)
            else:
                output = self.value()
                if isinstance(output, _Column) and output.name == "*":
                    raise UnsupportedQuery("table.* in the select list")
                self.outputs.append(output)
                if self.alias_follows():
                    self.output_names[self.identifier()] = output
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
        negated = self.accept("NOT")
        if self.accept("IN"):
            self.expect("(")
            self.number()
            while self.accept(","):
                self.number()
            self.expect(")")
            return
        if self.accept("BETWEEN"):
            self.number()
            self.expect("AND")
            self.number()
            return
        operator = self.take()
        if negated or operator.text not in _COMPARISONS:
            raise UnsupportedQuery(f"the operator {operator.text!r}")
        self.operand()

    def number(self) -> None:
        """An integer literal, possibly negative."""
        self.accept("-")
        if self.next_kind() != "number":
            token = self.take()
            raise UnsupportedQuery(f"the literal {token.text!r} (only integers compare alike)")
        self.take()

    def operand(self) -> None:
        if self.next_kind() == "number" or self.peek() == "-":
            self.number()
            return
        value = self.value()
        if isinstance(value, _Column) and self.clause == "HAVING":
            value = self.output_names.get(value.name, value)
        if isinstance(value, _Column):
            self.used.append(("compares", value))
            if self.clause == "HAVING":
                self.having.append(value)

    def group_list(self) -> None:
        while True:
            column = self.column()
            named = self.output_names.get(column.name)
            if column.qualifier is None and isinstance(named, _Column):
                column = named
            self.grouped.append(column)
            self.used.append(("groups by", column))
            if not self.accept(","):
                return

    def order_list(self) -> None:
        while True:
            if self.next_kind() == "number":  # ORDER BY 2: the second output
                position = int(self.take().text)
                if not 1 <= position <= len(self.outputs) or self.outputs[position - 1] is None:
                    raise UnsupportedQuery(f"ORDER BY {position}")
                output = self.outputs[position - 1]
            else:
                output = self.value()
                if isinstance(output, _Column):
                    output = self.output_names.get(output.name, output)
            if isinstance(output, _Column):
                self.used.append(("orders by", output))
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
        for aggregate in self.aggregates:
            self.aggregate_type(aggregate)
        aggregated = bool(self.aggregates) or bool(self.grouped)
        grouped = {(c.qualifier, c.name) for c in self.grouped}
        for column in self.having:
            if (column.qualifier, column.name) not in grouped:
                raise UnsupportedQuery(f"the column {column.name!r} in HAVING outside GROUP BY")
        for output in self.outputs:
            if output is None:
                if aggregated:
                    raise UnsupportedQuery("* with GROUP BY or an aggregate")
                tables = dict.fromkeys(self.aliases.values())
                for table in tables:
                    for name in self.tables[table]:
                        self.check_not_refused(table, name)
                outputs += [(c, t) for table in tables for c, t in self.tables[table].items()]
            elif isinstance(output, _Aggregate):
                outputs.append((output.function + "()", self.aggregate_type(output)))
            else:
                if aggregated and (output.qualifier, output.name) not in grouped:
                    raise UnsupportedQuery(
                        f"the column {output.name!r} outside GROUP BY and aggregates (MySQL and "
                        "SQLite pick its value from different rows)"
                    )
                outputs.append((output.name, self.type_of(output)))
        for name, sql_type in outputs:
            if sql_type not in PRINTABLE_TYPES:
                raise UnsupportedQuery(
                    f"the column {name!r} of type {sql_type}, whose values MySQL prints differently"
                )
            if distinct and sql_type != INTEGER:
                raise UnsupportedQuery(f"DISTINCT over the text column {name!r}")
        for use, column in self.used:
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
    (or :class:`UnknownName` for a table or column that does not exist, or
    :class:`NotOneStatement`).

    ``tables`` maps each loaded table to how the check sees its columns' values (INTEGER,
    ZEROFILL, BIT, TEXT, BLOB, REAL, NUMERIC); ``refused`` names, per table, the columns whose
    values the embedded backend does not hold as MariaDB does (with why); ``other_objects`` the
    views and sequences of the dumps.
    """
    _Checker(_statement_tokens(sql), tables, refused or {}, other_objects or {}).check()
