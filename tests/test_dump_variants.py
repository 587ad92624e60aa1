"""Dumps as mariadb-dump writes them with its options, MySQL 8's and MORF's own dump flavour, and
hand-made INSERT variants: both backends load the same values (cell by cell), or the embedded
backend refuses naming why; the mariadb backend's errors quote no row."""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from morf_pipeline.errors import InputDataError
from morf_pipeline.sql.mariadb import DumpLoadError, PrivateMariaDB, private_server
from morf_pipeline.sql.queries import Query, SqlBackend, export_session_queries, extract_forum_csvs
from tools.sql_compare import compare_backends

SOURCE_TABLE = r"""
CREATE TABLE t (
  id int NOT NULL PRIMARY KEY, flag bit(3), big bigint unsigned, b blob, vb varbinary(8),
  bn binary(4), note varchar(20) CHARACTER SET latin1, txt text, g int AS (id * 100) VIRTUAL,
  s int AS (id + 1) PERSISTENT, d decimal(10,2), f double, ts timestamp NULL,
  dt datetime(6), e enum('markdown','html'), z int(5) zerofill, c char(4)
) DEFAULT CHARSET=utf8mb4
"""
SOURCE_ROWS = r"""
INSERT INTO t (id, flag, big, b, vb, bn, note, txt, d, f, ts, dt, e, z, c) VALUES
(1, b'101', 18446744073709551615, x'00FF5C27220D0A1A09', 'a\'b', 'x', 'café €', 'it''s 😀 \\ "q"
line', 1.50, 1.25, '2020-01-01 00:00:00', '2020-01-01 00:00:00.000001', 'html', 42, 'ab  '),
(2, b'0', 5, '', '', '', '', '', -0.5, -1e300, NULL, NULL, 'markdown', 0, ''),
(3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
"""
# For --compact, which leaves out the dump's SQL_MODE: MariaDB's strict default refuses the
# values written for generated columns (error 1906).
PLAIN_TABLE = "CREATE TABLE plain AS SELECT id, flag, b, vb, txt, e, c FROM t"
# mariadb-dump's options that change what a dump looks like (and the tables dumped).
VARIANTS = {
    "default": [],
    "compact": ["--compact", "src", "plain"],
    "skip-comments": ["--skip-comments"],
    "replace": ["--replace"],
    "insert-ignore": ["--insert-ignore"],
    "ansi": ["--compatible=ansi"],
    "hex-blob": ["--hex-blob"],
    "databases": ["--databases"],
    "complete-insert": ["--complete-insert"],
    "skip-extended-insert": ["--skip-extended-insert"],
    "names-binary": ["--default-character-set=binary"],
    "names-latin1": ["--default-character-set=latin1"],
}


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateMariaDB]:
    """A server holding the table every variant dumps, in its database ``src``."""
    with private_server(tmp_path_factory.mktemp("source")) as server:
        with server.connect(None) as connection, connection.cursor() as cursor:
            cursor.execute("CREATE DATABASE src")
            cursor.execute("USE src")
            cursor.execute(SOURCE_TABLE)
            cursor.execute(SOURCE_ROWS)
            cursor.execute(PLAIN_TABLE)
        yield server


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateMariaDB]:
    with private_server(tmp_path_factory.mktemp("target")) as server:
        yield server


@pytest.mark.parametrize("variant", VARIANTS)
def test_mariadb_dump_variants_load_alike(
    source: PrivateMariaDB,
    target: PrivateMariaDB,
    tmp_path: Path,
    variant: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    dump_tool = shutil.which("mariadb-dump") or "/usr/bin/mariadb-dump"
    command = [dump_tool, "--no-defaults", f"--socket={source.socket}", "--user=root"]
    dump = tmp_path / f"{variant}.sql"
    options = VARIANTS[variant]
    arguments = options if "src" in options else [*options, "src"]
    dump.write_bytes(subprocess.run([*command, *arguments], capture_output=True, check=True).stdout)
    comparison = compare_backends(target, dump, f"v_{variant.replace('-', '_')}")
    assert not comparison.problems, "\n".join(comparison.problems)
    # Every column read alike but the BIGINT UNSIGNED holding 2^64 - 1.
    big = (
        "the column `t`.`big` (bigint(20) unsigned), which holds values beyond 2^63 - 1: "
        "SQLite's integers cannot hold them"
    )
    # --compatible=ansi writes no SET NAMES, and latin1 bytes, not the client's utf8mb4.
    misencoded = "the column `t`.`note`, which holds bytes that are not utf8mb4 text"
    refused = {"compact": [], "ansi": [misencoded, big]}.get(variant, [big])
    assert comparison.refused_columns == refused
    assert comparison.cells == (3 * 7 if variant == "compact" else 3 * (17 - len(refused) + 7))
    headerless = variant in ("compact", "skip-comments")
    assert ("has no mysqldump header" in caplog.text) == headerless


def morf_dump(tables: str) -> str:
    """A dump as MORF serves them today: mysqldump 8.0.19 of a MySQL 5.7.38 server."""
    return (
        "-- MySQL dump 10.13  Distrib 8.0.19, for Linux (x86_64)\n--\n"
        "-- Host: morf-course-data.example.rds.amazonaws.com    Database: accounting_001\n"
        "-- ------------------------------------------------------\n"
        "-- Server version\t5.7.38-log\n\n"
        "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n"
        "/*!50503 SET NAMES utf8mb4 */;\n"
        "/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;\n"
        "/*!40103 SET TIME_ZONE='+00:00' */;\n"
        "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;\n"
        "SET @MYSQLDUMP_TEMP_LOG_BIN = @@SESSION.SQL_LOG_BIN;\n"
        "SET @@SESSION.SQL_LOG_BIN= 0;\n\n"
        "--\n-- GTID state at the beginning of the backup \n--\n\n"
        "SET @@GLOBAL.GTID_PURGED=/*!80000 '+'*/ '';\n"
        + tables
        + "SET @@SESSION.SQL_LOG_BIN = @MYSQLDUMP_TEMP_LOG_BIN;\n"
        "/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;\n\n"
        "-- Dump completed on 2022-07-08 14:11:38\n"
    )


MORF_FORUM = morf_dump(
    """
DROP TABLE IF EXISTS `forum_posts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `forum_posts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `thread_id` int(11) NOT NULL,
  `original` tinyint(1) NOT NULL DEFAULT '0',
  `post_time` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `is_spam` tinyint(1) NOT NULL DEFAULT '0',
  `post_text` text COLLATE utf8mb4_0900_ai_ci,
  `text_type` enum('markdown','html') NOT NULL DEFAULT 'html',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
LOCK TABLES `forum_posts` WRITE;
/*!40000 ALTER TABLE `forum_posts` DISABLE KEYS */;
INSERT INTO `forum_posts` VALUES (1,1,1,100,10,0,'<p>caf\\u00e9 😀</p>','html'),"""
    """(2,1,0,200,11,0,'**it\\'s**','markdown'),(3,2,1,150,12,1,'spam','html');
/*!40000 ALTER TABLE `forum_posts` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `forum_comments`;
CREATE TABLE `forum_comments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `thread_id` int(11) NOT NULL,
  `post_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `post_time` int(11) NOT NULL,
  `is_spam` tinyint(1) NOT NULL DEFAULT '0',
  `comment_text` text,
  `text_type` enum('markdown','html') NOT NULL DEFAULT 'html',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO `forum_comments` VALUES (1,1,1,11,300,0,'ok','markdown');
"""
)
MORF_HASH_MAPPING = morf_dump(
    """
DROP TABLE IF EXISTS `hash_mapping`;
CREATE TABLE `hash_mapping` (
  `user_id` int(11) NOT NULL,
  `eventing_user_id` varchar(40) NOT NULL,
  `session_user_id` varchar(40) NOT NULL,
  `public_user_id` varchar(40) NOT NULL,
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;
INSERT INTO `hash_mapping` VALUES (10,'e10','sé10','p10'),(11,'e11','s😀11','p11');
"""
)


@pytest.mark.parametrize("backend", ["embedded", "mariadb"])
def test_morf_mysql8_dumps_load_on_both_backends(tmp_path: Path, backend: SqlBackend) -> None:
    forum = tmp_path / "accounting (accounting-001)_SQL_anonymized_forum.sql"
    hashes = tmp_path / "accounting (accounting-001)_SQL_hash_mapping.sql"
    forum.write_text(MORF_FORUM)
    hashes.write_text(MORF_HASH_MAPPING)
    posts, comments = tmp_path / "posts.csv", tmp_path / "comments.csv"
    extract_forum_csvs(forum, hashes, posts, comments, backend=backend)
    assert posts.read_text() == (
        "id,thread_id,post_time,user_id,public_user_id,session_user_id,eventing_user_id\n"
        "1,1,100,10,p10,sé10,e10\n"  # latin1 holds é ...
        "2,1,200,11,p11,s?11,e11\n"  # ... not 😀: MariaDB stores '?'
    )
    assert comments.read_text() == "thread_id,post_time,session_user_id\n1,300,s?11\n"


TABLE_U = "CREATE TABLE `u` (`id` int NOT NULL, `name` varchar(8), PRIMARY KEY (`id`));\n"
HEADER = "-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB\n"
TRAILER = "-- Dump completed on 2024-01-01 00:00:00\n"


@pytest.mark.parametrize(
    "inserts",
    [
        "INSERT IGNORE INTO `u` VALUES (1,'a'),(2,'b'),(1,'c');\n",
        "REPLACE INTO `u` VALUES (1,'a'),(2,'b'),(1,'c');\n",
        "INSERT INTO `u` VALUES (1,'a');\nREPLACE INTO `u` VALUES (1,'c'),(2,NULL);\n",
    ],
)
def test_replace_and_insert_ignore_keep_the_rows_mariadb_keeps(
    target: PrivateMariaDB, tmp_path: Path, inserts: str
) -> None:
    dump = tmp_path / "u.sql"
    dump.write_text(HEADER + TABLE_U + inserts + TRAILER)
    comparison = compare_backends(target, dump, f"u{abs(hash(inserts))}")
    assert not comparison.problems and comparison.cells == 4, comparison


def test_replace_on_a_text_key_is_refused_naming_it(tmp_path: Path) -> None:
    dump = tmp_path / "k.sql"
    table = TABLE_U.replace("PRIMARY KEY (`id`)", "UNIQUE KEY `n` (`name`)")
    dump.write_text(HEADER + table + "REPLACE INTO `u` VALUES (1,'a'),(2,'A');\n" + TRAILER)
    with pytest.raises(
        InputDataError,
        match=r"k\.sql, line 3: REPLACE into `u`, whose unique key \(`name`\) is not made of "
        r"integer columns.*the mariadb backend reads this table",
    ):
        export_session_queries([(Query("u", "SELECT id FROM u"), tmp_path / "u.csv")], [dump], "")


# A row the client refuses, with a learner's id and post text in it: neither may reach a
# message or a log.
LEARNER_ID = "9f8e7d6c5b4a39281706f5e4d3c2b1a0learner"
POST_TEXT = "my private post about my grades"


@pytest.mark.parametrize(
    ("row", "error"),
    [
        (f"(12,'{LEARNER_ID}' '{POST_TEXT}',)", "MariaDB error 1064 (42000)"),
        (f"(10,'{LEARNER_ID}','{POST_TEXT}','x')", "MariaDB error 1062 (23000)"),
    ],
)
def test_mariadb_dump_errors_quote_no_row(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, row: str, error: str
) -> None:
    caplog.set_level(logging.DEBUG)
    hashes = tmp_path / "h.sql"
    hashes.write_text(MORF_HASH_MAPPING.replace("(11,'e11','s😀11','p11')", row))
    forum = tmp_path / "f.sql"
    forum.write_text(MORF_FORUM)
    with pytest.raises(DumpLoadError) as raised:
        extract_forum_csvs(forum, hashes, tmp_path / "p.csv", tmp_path / "c.csv", backend="mariadb")
    message = str(raised.value)
    lines = hashes.read_text().splitlines()
    line = 1 + next(i for i, text in enumerate(lines) if text.startswith("INSERT"))
    assert message.startswith(f"{hashes}, line {line}: the dump did not load: {error}")
    for secret in (LEARNER_ID, POST_TEXT, "e10", "sé10"):
        assert secret not in message and secret not in caplog.text
