"""The sessions' SQL dumps, rendered as the dump tool of a :class:`DumpStyle` writes them.

MySQL 5.5 and MORF's MySQL 8 client (both of a 5.x server) quote numeric defaults and write
every tuple of an INSERT on one line; mariadb-dump writes one tuple per line. The MORF flavour
copies MORF's public ``accounting_001`` schema dump: ``/*!50503 SET NAMES utf8mb4 */``, the
binary-log and GTID lines, ``tinyint(4)`` flags, ``text_type enum('markdown','html')``,
``hash_mapping`` in latin1, no ``DROP TABLE``. Columns keep the generator's nullability, so a
row with a NULL ``user_id`` loads the same in every flavour.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from operator import attrgetter
from typing import Any, Final

from morf_sample_data.plan import DumpStyle, SessionPlan

SqlValue = int | str | None

# mysqldump starts a new INSERT statement once the current one would exceed this many bytes.
INSERT_LIMIT: Final = 8_192


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # e.g. "int(11)", "text", "varchar(40)"
    not_null: bool = False
    default: str | None = None  # a literal default (written quoted by MySQL 5.x servers)
    auto_increment: bool = False

    def render(self, style: DumpStyle) -> str:
        mysql5_server = style is not DumpStyle.MARIADB
        parts = [f"`{self.name}`", self.type]
        if self.not_null:
            parts.append("NOT NULL")
        if self.auto_increment:
            parts.append("AUTO_INCREMENT")
        elif self.default is not None:
            quoted = f"'{self.default}'" if mysql5_server else self.default
            parts.append(f"DEFAULT {quoted}")
        elif not self.not_null and not (mysql5_server and self.type == "text"):
            parts.append("DEFAULT NULL")  # MySQL 5.x omits it for TEXT columns
        return " ".join(parts)


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[Column, ...]
    keys: tuple[str, ...]  # index lines such as "PRIMARY KEY (`id`)"

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    @property
    def auto_increment(self) -> bool:
        return any(column.auto_increment for column in self.columns)


def _int(name: str, *, not_null: bool = False, default: str | None = None) -> Column:
    return Column(name, "int(11)", not_null=not_null, default=default)


def _id() -> Column:
    return Column("id", "int(11)", not_null=True, auto_increment=True)


FORUM_POSTS: Final = TableSpec(
    "forum_posts",
    (
        _id(),
        _int("thread_id", not_null=True),
        _int("user_id"),
        _int("post_time", not_null=True),
        _int("edit_time"),
        _int("deleted", not_null=True, default="0"),
        _int("is_spam", not_null=True, default="0"),
        _int("original"),
        _int("stickied"),
        _int("approved"),
        _int("anonymous"),
        _int("votes"),
        Column("post_text", "text"),
        Column("user_agent", "text"),
        Column("text_type", "varchar(20)"),
    ),
    ("PRIMARY KEY (`id`)", "KEY `thread_id` (`thread_id`)", "KEY `user_id` (`user_id`)"),
)
FORUM_COMMENTS: Final = TableSpec(
    "forum_comments",
    (
        _id(),
        _int("thread_id", not_null=True),
        _int("post_id", not_null=True),
        _int("user_id"),
        _int("post_time", not_null=True),
        _int("deleted", not_null=True, default="0"),
        _int("is_spam", not_null=True, default="0"),
        _int("votes"),
        _int("anonymous"),
        Column("comment_text", "text"),
        Column("user_agent", "text"),
        Column("text_type", "varchar(20)"),
    ),
    ("PRIMARY KEY (`id`)", "KEY `post_id` (`post_id`)", "KEY `user_id` (`user_id`)"),
)
FORUM_THREADS: Final = TableSpec(
    "forum_threads",
    (
        _id(),
        _int("forum_id", not_null=True),
        _int("user_id"),
        Column("title", "varchar(255)"),
        _int("posted_time", not_null=True),
        _int("last_updated_time"),
        _int("last_updated_user"),
        _int("num_posts", not_null=True, default="0"),
        _int("num_views", not_null=True, default="0"),
        _int("votes"),
        _int("is_spam", not_null=True, default="0"),
        _int("deleted", not_null=True, default="0"),
        _int("stickied"),
        _int("approved"),
        _int("unanswered"),
        _int("instructor_replied"),
        _int("anonymous"),
    ),
    ("PRIMARY KEY (`id`)", "KEY `forum_id` (`forum_id`)"),
)
FORUM_FORUMS: Final = TableSpec(
    "forum_forums",
    (
        _id(),
        _int("parent_id", not_null=True, default="0"),
        Column("name", "varchar(255)"),
        Column("description", "text"),
        _int("open", not_null=True, default="1"),
        _int("deleted", not_null=True, default="0"),
        _int("display_order"),
        _int("can_post"),
    ),
    ("PRIMARY KEY (`id`)",),
)
HASH_MAPPING: Final = TableSpec(
    "hash_mapping",
    (
        _int("user_id", not_null=True),
        Column("eventing_user_id", "varchar(40)"),
        Column("session_user_id", "varchar(40)"),
        Column("public_user_id", "varchar(40)"),
    ),
    ("PRIMARY KEY (`user_id`)",),
)
ANNOUNCEMENTS: Final = TableSpec(
    "announcements",
    (
        _id(),
        Column("title", "varchar(255)"),
        Column("message", "text"),
        _int("post_time", not_null=True),
        _int("open_time"),
        _int("email_sent", not_null=True, default="0"),
        _int("deleted", not_null=True, default="0"),
    ),
    ("PRIMARY KEY (`id`)",),
)
# mysqldump writes tables in alphabetical order.
FORUM_TABLES: Final = (FORUM_COMMENTS, FORUM_FORUMS, FORUM_POSTS, FORUM_THREADS)

# MORF's column types where they differ from the generator's (its accounting_001 schema).
_MORF_FLAGS: Final = frozenset(
    {
        "deleted",
        "is_spam",
        "original",
        "stickied",
        "approved",
        "anonymous",
        "instructor_replied",
        "can_post",
    }
)
_MORF_TEXT_TYPE: Final = Column(
    "text_type", "enum('markdown','html')", not_null=True, default="markdown"
)
_MORF_HASH_ID_TYPE: Final = "varchar(255)"


def _morf_column(column: Column) -> Column:
    if column.name in _MORF_FLAGS:
        return replace(column, type="tinyint(4)")
    if column.name == "text_type":
        return _MORF_TEXT_TYPE
    if column.type == "varchar(40)":  # hash_mapping's ids
        return replace(column, type=_MORF_HASH_ID_TYPE, not_null=True)
    return column


def _table_in_style(table: TableSpec, style: DumpStyle) -> TableSpec:
    if style is not DumpStyle.MORF_MYSQL8:
        return table
    return replace(table, columns=tuple(_morf_column(column) for column in table.columns))


_SQL_ESCAPES: Final = str.maketrans(
    {
        "\0": "\\0",
        "'": "\\'",
        '"': '\\"',
        "\\": "\\\\",
        "\n": "\\n",
        "\r": "\\r",
        "\x1a": "\\Z",
    }
)


def sql_literal(value: SqlValue) -> str:
    """A value as mysqldump writes it: NULL bare, numbers bare, strings quoted and escaped."""
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    return "'" + value.translate(_SQL_ESCAPES) + "'"


def _insert_statements(
    table: TableSpec, rows: Sequence[Any], style: DumpStyle, limit: int = INSERT_LIMIT
) -> Iterator[str]:
    """Extended INSERTs of at most about ``limit`` bytes each, as mysqldump splits them."""
    getter = attrgetter(*table.column_names)
    if style is DumpStyle.MARIADB:
        prefix, separator = f"INSERT INTO `{table.name}` VALUES\n", ",\n"
    else:
        prefix, separator = f"INSERT INTO `{table.name}` VALUES ", ","
    batch: list[str] = []
    size = len(prefix)
    for row in rows:
        values = getter(row)
        rendered = "(" + ",".join([sql_literal(value) for value in values]) + ")"
        length = len(rendered) if rendered.isascii() else len(rendered.encode())
        if batch and size + len(separator) + length + 2 > limit:
            yield prefix + separator.join(batch) + ";\n"
            batch, size = [], len(prefix)
        batch.append(rendered)
        size += length + len(separator)
    if batch:
        yield prefix + separator.join(batch) + ";\n"


@dataclass(frozen=True)
class _Tool:
    """The lines that tell one dump tool (and its server) from another."""

    banner: str
    server: str
    set_names: str  # the version-conditional comment of SET NAMES and character_set_client
    after_settings: tuple[str, ...] = ()  # lines after the session settings of the header
    before_footer: tuple[str, ...] = ()


_TOOLS: Final = {
    DumpStyle.MYSQL55: _Tool(
        "-- MySQL dump 10.13  Distrib 5.5.41, for debian-linux-gnu (x86_64)",
        "5.5.41-0ubuntu0.14.04.1-log",
        "/*!40101",
    ),
    DumpStyle.MARIADB: _Tool(
        "-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB, for debian-linux-gnu (x86_64)",
        "10.11.6-MariaDB-0+deb12u1-log",
        "/*!40101",
    ),
    DumpStyle.MORF_MYSQL8: _Tool(
        "-- MySQL dump 10.13  Distrib 8.0.19, for Win64 (x86_64)",
        "5.7.38-log",
        "/*!50503",
        after_settings=(
            "SET @MYSQLDUMP_TEMP_LOG_BIN = @@SESSION.SQL_LOG_BIN;",
            "SET @@SESSION.SQL_LOG_BIN= 0;",
            "",
            "--",
            "-- GTID state at the beginning of the backup ",
            "--",
            "",
            "SET @@GLOBAL.GTID_PURGED=/*!80000 '+'*/ '';",
        ),
        before_footer=(
            "",
            "--",
            "-- Dumping routines for database '{database}'",
            "--",
            "SET @@SESSION.SQL_LOG_BIN = @MYSQLDUMP_TEMP_LOG_BIN;",
        ),
    ),
}


def _database(plan: SessionPlan) -> str:
    return plan.key.replace("-", "_")


def _dump_header(plan: SessionPlan, names: str) -> str:
    tool = _TOOLS[plan.dump_style]
    lines = [
        *(["/*M!999999\\- enable the sandbox mode */ "] if plan.sandbox_line else []),
        tool.banner,
        "--",
        f"-- Host: localhost    Database: {_database(plan)}",
        "-- ------------------------------------------------------",
        f"-- Server version\t{tool.server}",
        "",
        "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;",
        "/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;",
        "/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;",
        f"{tool.set_names} SET NAMES {names} */;",
        "/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;",
        "/*!40103 SET TIME_ZONE='+00:00' */;",
        "/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;",
        "/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;",
        "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;",
        "/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;",
        *tool.after_settings,
        "",
    ]
    return "\n".join(lines) + "\n"


def _dump_footer(plan: SessionPlan, dumped_at: datetime) -> str:
    lines = [
        *(line.format(database=_database(plan)) for line in _TOOLS[plan.dump_style].before_footer),
        "/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;",
        "",
        "/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;",
        "/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;",
        "/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;",
        "/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;",
        "/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;",
        "/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;",
        "/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;",
        "",
        f"-- Dump completed on {dumped_at:%Y-%m-%d %H:%M:%S}",
    ]
    return "\n".join(lines) + "\n"


def _table_section(
    table: TableSpec, rows: Sequence[Any], style: DumpStyle, charset: str
) -> Iterator[str]:
    name = table.name
    client_charset = "utf8" if style is DumpStyle.MYSQL55 else "utf8mb4"
    definitions = [column.render(style) for column in table.columns] + list(table.keys)
    options = "ENGINE=InnoDB"
    if table.auto_increment and rows:
        options += f" AUTO_INCREMENT={max(row.id for row in rows) + 1}"
    options += f" DEFAULT CHARSET={charset}"
    if style is DumpStyle.MARIADB:
        options += f" COLLATE={charset}_general_ci"
    # MORF's dumps do not drop tables (mysqldump --skip-add-drop-table).
    drop = "" if style is DumpStyle.MORF_MYSQL8 else f"DROP TABLE IF EXISTS `{name}`;\n"
    yield (
        f"--\n-- Table structure for table `{name}`\n--\n\n{drop}"
        "/*!40101 SET @saved_cs_client     = @@character_set_client */;\n"
        f"{_TOOLS[style].set_names} SET character_set_client = {client_charset} */;\n"
        f"CREATE TABLE `{name}` (\n  " + ",\n  ".join(definitions) + f"\n) {options};\n"
        "/*!40101 SET character_set_client = @saved_cs_client */;\n\n"
        f"--\n-- Dumping data for table `{name}`\n--\n\n"
        f"LOCK TABLES `{name}` WRITE;\n"
        f"/*!40000 ALTER TABLE `{name}` DISABLE KEYS */;\n"
    )
    yield from _insert_statements(table, rows, style)
    yield f"/*!40000 ALTER TABLE `{name}` ENABLE KEYS */;\nUNLOCK TABLES;\n"


def _charsets(style: DumpStyle, ascii_only: bool) -> tuple[str, str]:
    """The connection's character set (SET NAMES) and the tables' (DEFAULT CHARSET)."""
    if not ascii_only or style is DumpStyle.MARIADB:
        return "utf8mb4", "utf8mb4"
    if style is DumpStyle.MORF_MYSQL8:
        return "utf8mb4", "latin1"
    return "utf8", "utf8"


def render_dump(
    plan: SessionPlan,
    tables: Sequence[tuple[TableSpec, Sequence[Any]]],
    *,
    ascii_only: bool = False,
) -> str:
    """A complete dump of ``tables`` in the session's dump style.

    ``ascii_only=True`` lets a MySQL 5.5 dump say ``SET NAMES utf8`` and ``DEFAULT
    CHARSET=utf8`` as MySQL 5.5 did, and MORF's tables be latin1 as its hash_mapping is; only
    use it for ASCII data (a 4-byte character cannot pass a utf8 connection).
    """
    style = plan.dump_style
    names, charset = _charsets(style, ascii_only)
    pieces = [_dump_header(plan, names)]
    for index, (table, rows) in enumerate(tables):
        if index:
            pieces.append("\n")
        pieces.extend(_table_section(_table_in_style(table, style), rows, style, charset))
    dumped_at = datetime(plan.end.year, plan.end.month, plan.end.day, 12) + timedelta(days=30)
    pieces.append(_dump_footer(plan, dumped_at))
    return "".join(pieces)
