"""The mysqldump reader: every escape, NULLs, comments, statement layouts and exact errors."""

from __future__ import annotations

import gzip
import random
import subprocess
import sys
from dataclasses import astuple
from pathlib import Path

import pytest

from morf_pipeline.errors import InputDataError
from morf_pipeline.sql.mysqldump import (
    TableRows,
    _NeedsBytes,
    _parse_insert_exactly,
    _rows_via_json,
    _rows_via_json_text,
    _Statement,
    read_dump,
    string_value,
)
from morf_pipeline.sql.schema import Column, Row, TableSchema
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
        Column("note", "varchar(255)", "a, b (c)", charset="utf8mb4"),  # the table's
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
        rows_of(write(tmp_path / "cut.sql", "-- MySQL dump 10.13  Distrib 5.5.24\n" + whole))
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
                    assert isinstance(event, TableSchema)
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
            exact: list[Row] | None = _parse_insert_exactly(statement, table)
        except (InputDataError, _NeedsBytes):  # _NeedsBytes: 0x4A, read as bytes instead
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


@pytest.mark.parametrize("escape", ["\\'", "\\\\", "\\n"])
def test_escape_dense_huge_values_are_read_in_memory_proportional_to_them(
    tmp_path: Path, escape: str
) -> None:
    """10 MB of one escape in a text no query reads: the reader's peak stays near 10x that
    (it was 870-930 MB: a regex kept a backtracking point per escape)."""
    dump = tmp_path / "huge.sql"
    value = escape * (5 << 20)  # 10 MiB of escapes
    write(dump, CREATE_T + f"INSERT INTO `t` VALUES (1,'{value}',NULL),(2,'b',NULL);\n" + TRAILER)
    # VmHWM, not ru_maxrss: Linux carries a parent's maxrss into a forked child across exec,
    # so a child of a big pytest process would report the parent's peak.
    code = (
        "import re, sys\n"
        "from morf_pipeline.sql.embedded import embedded_database, load_dump\n"
        "with embedded_database() as database:\n"
        "    assert load_dump(database, sys.argv[1], {'t'}) == {'t': 2}\n"
        "status = open('/proc/self/status').read()\n"
        "print(re.search(r'VmHWM:\\s*(\\d+) kB', status).group(1))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(dump)], capture_output=True, text=True, check=True
    )
    peak_mib = int(result.stdout) / 1024
    assert peak_mib < 250, f"peak RSS {peak_mib:.0f} MiB for a 10 MiB value"


def read_table(path: Path, table: str) -> tuple[TableSchema, list[Row], dict[str, str]]:
    """The table's schema, rows and refused columns."""
    schema, rows, refused = None, [], {}
    for event in read_dump(path, {table}):
        if isinstance(event, TableSchema):
            schema, refused = event, dict(event.refusals)
        elif isinstance(event, TableRows):
            rows += event.rows
            refused.update(event.refusals)
    assert schema is not None
    return schema, rows, refused


def test_generated_columns_are_computed_as_mariadb_does_or_refused(tmp_path: Path) -> None:
    """MySQL 8's mysqldump leaves generated columns out of the INSERT; MariaDB computes them."""
    dump = write(
        tmp_path / "g.sql",
        "CREATE TABLE `g` (`id` int NOT NULL, `n` int unsigned,"
        " `age` int GENERATED ALWAYS AS ((`id` * 100)) VIRTUAL,"
        " `s` bigint GENERATED ALWAYS AS ((-(`id`) + 2 * (`id` * `id`))) STORED,"
        " `f` varchar(8) GENERATED ALWAYS AS (concat(`id`,'x')) VIRTUAL,"
        " `u` int GENERATED ALWAYS AS ((`n` - 1)) VIRTUAL, PRIMARY KEY (`id`));\n"
        "INSERT INTO `g` (`id`, `n`) VALUES (1,2),(3,NULL);\n" + TRAILER,
    )
    _, rows, refused = read_table(dump, "g")
    assert [row[:4] for row in rows] == [(1, 2, 100, 1), (3, None, 300, 15)]
    assert refused == {
        "f": "the generated column `g`.`f` (AS concat ( `id` , 'x' )), which the embedded "
        "backend computes only from integer columns with + - * and integers",
        "u": "the generated column `g`.`u` (AS ( `n` - 1 )), which the embedded backend "
        "computes only from integer columns with + - * and integers",  # unsigned subtraction
    }


def test_binary_values_and_column_character_sets_are_stored_as_mariadb_does(
    tmp_path: Path,
) -> None:
    dump = write(
        tmp_path / "b.sql",
        b"CREATE TABLE `b` (`id` int, `flag` bit(3), `bn` binary(4),"
        b" `note` varchar(9) CHARACTER SET latin1, `big` bigint unsigned, `tiny` tinyint)"
        b" DEFAULT CHARSET=utf8mb4;\n"
        + b"INSERT INTO `b` VALUES (1,_binary '\x05','x','caf\xc3\xa9 \xf0\x9f\x98\x80',"
        b"18446744073709551615,1),(2,'\\0',0x4142,NULL,NULL,300);\n" + TRAILER.encode(),
    )
    _, rows, refused = read_table(dump, "b")
    assert rows == [
        (1, 5, b"x\0\0\0", "café ?", 18446744073709551615, 1),  # latin1 has no 😀: '?'
        (2, 0, b"AB\0\0", None, None, 300),
    ]
    assert refused == {
        "big": "the column `b`.`big` (bigint unsigned), which holds values beyond 2^63 - 1: "
        "SQLite's integers cannot hold them",
        "tiny": "the column `b`.`tiny` (tinyint), which holds values beyond its type's range, "
        "which MariaDB clips to -128..127",
    }


@pytest.mark.parametrize(
    ("column", "values", "problem"),
    [
        ("`e` enum('a','b''c')", "VALUES ('a'),('b''c'),(NULL),('')", None),
        ("`e` enum('a','b''c')", "VALUES ('a'),('A')", "other than its members as written"),
        ("`s` set('x','y')", "VALUES ('x,y'),('y'),('')", None),
        ("`s` set('x','y')", "VALUES ('x,z')", "other than its members as written"),
        ("`v` varchar(3)", "VALUES ('abc'),('ééé')", None),
        ("`v` varchar(3)", "VALUES ('abcd')", "longer than its type, which MariaDB cuts"),
        ("`n` int", "VALUES ('12'),('-7'),('007')", None),  # both read quoted integers alike
        ("`n` int", "VALUES ('12abc')", "that are not integers, which MariaDB converts"),
        ("`n` int", "VALUES (1.5)", "that are not integers, which MariaDB converts"),
        (
            "`n` int",
            "VALUES (2147483648)",
            "beyond its type's range, which MariaDB clips to -2147483648..2147483647",
        ),
        ("`n` int NOT NULL DEFAULT '0', `m` int", "(`m`) VALUES (1)", None),  # n gets '0'
    ],
)
def test_values_mariadb_would_change_refuse_their_column(
    tmp_path: Path, column: str, values: str, problem: str | None
) -> None:
    dump = write(tmp_path / "c.sql", f"CREATE TABLE `c` ({column});\nINSERT INTO `c` {values};\n")
    schema, _, refused = read_table(dump, "c")
    name, type_ = schema.columns[0].name, schema.columns[0].type
    expected = {name: f"the column `c`.`{name}` ({type_}), which holds values {problem}"}
    assert refused == (expected if problem else {})
