"""The mysqldump reader: every escape, NULLs, comments, statement layouts and exact errors."""

from __future__ import annotations

import gzip
import random
from dataclasses import astuple
from pathlib import Path

import pytest

from morf_pipeline.errors import InputDataError
from morf_pipeline.sql.mysqldump import (
    Column,
    Row,
    TableRows,
    TableSchema,
    _parse_insert_exactly,
    _rows_via_json,
    _rows_via_json_text,
    _Statement,
    read_dump,
    string_value,
)
from morf_sample_data.dumps import FORUM_TABLES, HASH_MAPPING, render_dump
from morf_sample_data.plan import SampleSpec, plan_courses
from morf_sample_data.session import build_session

TRAILER = "-- Dump completed on 2015-03-01 12:00:00\n"
CREATE_T = (
    "DROP TABLE IF EXISTS `t`;\n"
    "/*!40101 SET @saved_cs_client     = @@character_set_client */;\n"
    "CREATE TABLE `t` (\n"
    "  `id` int(11) NOT NULL AUTO_INCREMENT,\n"
    "  `note` varchar(255) DEFAULT 'a, b (c)',\n"
    "  `price` decimal(10,2) unsigned DEFAULT NULL,\n"
    "  PRIMARY KEY (`id`),\n"
    "  KEY `note` (`note`)\n"
    ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='semi;colon';\n"
)


def write(path: Path, text: str | bytes, compress: bool = False) -> Path:
    data = text.encode() if isinstance(text, str) else text
    path.write_bytes(gzip.compress(data) if compress else data)
    return path


def rows_of(path: Path, table: str = "t") -> list[Row]:
    return [
        row
        for event in read_dump(path, {table})
        if isinstance(event, TableRows)
        for row in event.rows
    ]


@pytest.mark.parametrize(
    ("literal", "value"),
    [
        (r"'it\'s'", "it's"),
        ("'it''s'", "it's"),
        (r"'say \"hi\"'", 'say "hi"'),
        (r"'back\\slash'", "back\\slash"),
        (r"'a\nb\rc\td'", "a\nb\rc\td"),
        (r"'nul\0 sub\Z bs\b'", "nul\0 sub\x1a bs\b"),
        (r"'like \% and \_'", "like \\% and \\_"),  # kept, as MySQL does outside LIKE
        (r"'other \q'", "other q"),
        ('"double \\" and "" quotes"', 'double " and " quotes'),
        ("''", ""),
    ],
)
def test_every_mysql_string_escape(literal: str, value: str) -> None:
    assert string_value(literal) == value


def test_schema_rows_nulls_and_tricky_strings(tmp_path: Path) -> None:
    dump = (
        "/*M!999999\\- enable the sandbox mode */ \n"
        "-- MariaDB dump 10.19\n/*!40101 SET NAMES utf8mb4 */;\n"
        + CREATE_T
        + "LOCK TABLES `t` WRITE;\n/*!40000 ALTER TABLE `t` DISABLE KEYS */;\n"
        "INSERT INTO `t` VALUES (1,'a),(b',NULL),(2,'semi;colon\\';',1.50),\n"
        "(3,'emoji 😀 中文',-7),\n"
        "(4,'(x)',0x4142);\n"
        "/*!40000 ALTER TABLE `t` ENABLE KEYS */;\nUNLOCK TABLES;\n" + TRAILER
    )
    path = write(tmp_path / "d.sql.gz", dump, compress=True)
    events = list(read_dump(path, {"t"}))
    schema = events[0]
    assert isinstance(schema, TableSchema)
    assert schema.columns == (
        Column("id", "int(11)", omittable=False),  # AUTO_INCREMENT
        Column("note", "varchar(255)", "a, b (c)"),
        Column("price", "decimal(10,2) unsigned"),
    )
    assert schema.columns[2].base_type == "decimal"
    assert rows_of(path) == [
        (1, "a),(b", None),
        (2, "semi;colon';", "1.50"),  # decimals keep their exact text
        (3, "emoji 😀 中文", -7),
        (4, "(x)", b"AB"),
    ]


def test_only_the_wanted_tables_are_read(tmp_path: Path) -> None:
    other = CREATE_T.replace("`t`", "`other`")
    dump = other + "INSERT INTO `other` VALUES (1,'x',garbage);\n" + CREATE_T
    dump += "INSERT INTO `t` VALUES (1,'y',NULL);\n" + TRAILER
    path = write(tmp_path / "d.sql", dump)
    assert rows_of(path) == [(1, "y", None)]


def test_column_lists_multiline_strings_and_later_create_replaces(tmp_path: Path) -> None:
    dump = (
        CREATE_T + "INSERT INTO `t` VALUES (9,'old',NULL);\n" + CREATE_T + "INSERT IGNORE INTO "
        "`db`.`t` (`price`, `id`, `note`) VALUES\n(NULL,1,'raw\nnewline;\nhere'),\n(2,2,'b');\n"
        "DELIMITER ;;\n/*!50003 CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW BEGIN\n"
        "SET @a = 1;\nEND */;;\nDELIMITER ;\n" + TRAILER
    )
    events = list(read_dump(write(tmp_path / "d.sql", dump), {"t"}))
    assert [type(event).__name__ for event in events] == [
        "TableSchema",
        "TableRows",
        "TableSchema",
        "TableRows",
    ]
    last = events[-1]
    assert isinstance(last, TableRows)
    assert last.rows == [(1, "raw\nnewline;\nhere", None), (2, "b", 2)]
    partial = CREATE_T + "INSERT INTO t (id) VALUES (5);\n" + TRAILER
    assert rows_of(write(tmp_path / "p.sql", partial)) == [(5, "a, b (c)", None)]  # defaults
    assert last.line == 20


def test_latin1_dump_is_decoded_as_mysql_does(tmp_path: Path) -> None:
    dump = b"/*!40101 SET NAMES latin1 */;\n" + CREATE_T.encode()
    dump += b"INSERT INTO `t` VALUES (1,'caf\xe9 \x80',NULL);\n" + TRAILER.encode()
    assert rows_of(write(tmp_path / "d.sql", dump)) == [(1, "café €", None)]


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        ("INSERT INTO `t` VALUES (1,'a',NULL),(2,'b');", r"line 13: expected 3 values per row"),
        ("INSERT INTO `t` VALUES (1,'a' NULL);", r"line 13: expected ',' or '\)' after a value"),
        ("INSERT INTO `t` VALUES (1,'a',oops);", r"line 13: expected a value .*found 'oops'"),
        ("INSERT INTO `t` VALUES (1,'a',NULL),;", r"line 13: expected ',' and another row"),
        ("INSERT INTO `t` VALUES\n(1,'a',NULL)\n(2,'b',NULL);", r"line 15: expected ',' and"),
        ("INSERT INTO `t` VALUES (1,'a',NULL); SET @x = 1;", r"line 13: expected the end of"),
        ("INSERT INTO `u` VALUES (1);", r"line 13: expected INSERT into `u` after its CREATE"),
        ("INSERT INTO `t` (`note`) VALUES ('x');", r"line 13: expected a value for `t`.`id`"),
        ("INSERT INTO `t` (`id`, `x`) VALUES (1, 2);", r"line 13: expected distinct columns"),
        ("/*!40101 SET NAMES koi8r */;", r"line 13: expected a character set among"),
    ],
)
def test_garbled_statements_name_file_line_and_expectation(
    tmp_path: Path, statement: str, message: str
) -> None:
    path = write(tmp_path / "bad.sql", CREATE_T + "\n\n\n" + statement + "\n" + TRAILER)
    with pytest.raises(InputDataError, match=r"bad\.sql, " + message):
        rows_of(path, "u" if "`u`" in statement else "t")


def test_truncated_dumps_are_errors_not_short_tables(tmp_path: Path) -> None:
    whole = CREATE_T + "INSERT INTO `t` VALUES (1,'a',NULL),\n(2,'b;\n"
    with pytest.raises(InputDataError, match=r"cut\.sql: truncated dump"):
        rows_of(write(tmp_path / "cut.sql", whole))
    with pytest.raises(
        InputDataError,
        match=r"open\.sql, line 12: expected the ';' ending the statement that starts at line 10",
    ):
        rows_of(write(tmp_path / "open.sql", whole + TRAILER))
    with pytest.raises(InputDataError, match=r"bytes\.sql, line 10: expected utf8mb4 text"):
        rows_of(
            write(
                tmp_path / "bytes.sql",
                CREATE_T.encode() + b"INSERT INTO `t` VALUES (1,'\xff',NULL);\n" + TRAILER.encode(),
            )
        )
    corrupt = gzip.compress((CREATE_T + TRAILER).encode())[:-30]
    with pytest.raises(InputDataError, match=r"z\.sql\.gz: cannot decompress"):
        rows_of(write(tmp_path / "z.sql.gz", corrupt))


@pytest.mark.parametrize("seed", [0, 11])
def test_generated_dumps_give_back_the_generated_rows(tmp_path: Path, seed: int) -> None:
    """Both dump styles (one line per INSERT, one line per row), every quirk of the generator."""
    spec = SampleSpec(seed=seed, courses=2, sessions_per_course=2, users_per_session=40)
    for course in plan_courses(spec):
        for plan in course.sessions:
            rows = build_session(spec, plan).table_rows()
            tables = (*FORUM_TABLES, HASH_MAPPING)
            path = write(
                tmp_path / f"{plan.key}.sql", render_dump(plan, [(t, rows[t.name]) for t in tables])
            )
            read: dict[str, list[Row]] = {t.name: [] for t in tables}
            for event in read_dump(path, read):
                if isinstance(event, TableRows):
                    read[event.table.name] += event.rows
                else:
                    assert (
                        event.column_names
                        == next(t for t in tables if t.name == event.name).column_names
                    )
            for table in tables:
                assert read[table.name] == [astuple(row) for row in rows[table.name]], table.name


# Pieces of VALUES lists, valid and not, for the fast (JSON) path against the exact reader.
PIECES = (
    *("1", "-2", "NULL", "null", "'a'", "'it''s'", r"'q\''", r"'\\'", r"'\n\t\0\Z'"),
    *("'),('", "'{\"k\": [1]}'", "'😀'", "'\x01'", '"dq"', "'ﬀ\u2028'"),
    *("007", "+3", "1.5", "1e3", ".5", "0x4A", "TRUE", "(1)", "[1]", "{}", ":", "/*c*/", "#"),
    *("abc", "", " ", "\n", "'", "1 2"),
    *("'(x), NULL'", "'a[b]'", r"'\f'", r"'\u0041'", "'a\tb'", r"'\/\b'", "'--'", "--1", "-0"),
)
COMMON = 15  # PIECES[:COMMON] are valid values


def test_fast_path_agrees_with_the_exact_reader_on_random_values() -> None:
    table = TableSchema("t", (Column("a", "int"), Column("b", "text")), 1)
    rng = random.Random(6)
    fast_hits = text_hits = 0
    for _ in range(3000):
        rows = []
        for _ in range(rng.randrange(1, 4)):
            fields = [
                rng.choice(PIECES) if rng.random() < 0.15 else rng.choice(PIECES[:COMMON])
                for _ in range(rng.choice((2, 2, 2, 1, 3)))
            ]
            rows.append("(" + ",".join(fields) + ")")
        values = rng.choice((",", ",\n", " , ")).join(rows)
        if rng.random() < 0.05:
            values += rng.choice((",", ")", "("))
        text = f"INSERT INTO `t` VALUES {values};"
        statement = _Statement(Path("f.sql"), text.encode(), 1, "utf8mb4")
        try:
            exact: list[Row] | None = _parse_insert_exactly(statement, table).rows
        except InputDataError:
            exact = None
        fast = _rows_via_json(values, 2)
        if fast is not None:
            fast_hits += 1
            assert [tuple(row) for row in fast] == exact, text
        whole_text = _rows_via_json_text(values)
        if whole_text is not None and exact is not None:
            text_hits += 1
            assert [tuple(row) for row in whole_text] == exact, text
    # Both fast paths are exercised, not only the fallback.
    assert fast_hits > 300 and text_hits > 100
