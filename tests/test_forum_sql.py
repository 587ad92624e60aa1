"""The SQL step on a real private MariaDB server (and the embedded backend on the same dumps)."""

import gzip
import os
import stat
from pathlib import Path

import pytest

from morf_pipeline.errors import InputDataError
from morf_pipeline.exports import batch_csv_lines
from morf_pipeline.sql.mariadb import DumpLoadError, private_server
from morf_pipeline.sql.queries import Query, SqlBackend, export_session_queries, extract_forum_csvs

HEADER = (
    "/*M!999999\\- enable the sandbox mode */\n-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB\n"
    "/*!40101 SET NAMES utf8mb4 */;\n"
)
TRAILER = "-- Dump completed on 2015-03-01 12:00:00\n"
FORUM = (
    HEADER
    + """DROP TABLE IF EXISTS `forum_posts`;
CREATE TABLE `forum_posts` (`id` int(11) NOT NULL AUTO_INCREMENT, `thread_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL, `post_time` int(11) NOT NULL,
  `is_spam` int(11) NOT NULL DEFAULT 0, `post_text` text, PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
LOCK TABLES `forum_posts` WRITE;
INSERT INTO `forum_posts` VALUES (3,1,10,200,0,'it\\'s \\"quoted\\" \\\\ \\n 😀'),
(1,1,11,200,0,'tie with id 3'),(2,1,12,100,1,'spam'),(4,2,NULL,50,0,'no user'),
(5,2,99,300,0,'not in hash_mapping');
UNLOCK TABLES;
DROP TABLE IF EXISTS `forum_comments`;
CREATE TABLE `forum_comments` (`id` int(11) NOT NULL, `thread_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL, `post_time` int(11) NOT NULL,
  `is_spam` int(11) NOT NULL DEFAULT 0, PRIMARY KEY (`id`)) ENGINE=InnoDB;
INSERT INTO `forum_comments` VALUES (1,1,10,400,0),(2,1,11,150,1);
"""
)
HASH_MAPPING = (
    HEADER
    + """DROP TABLE IF EXISTS `hash_mapping`;
CREATE TABLE `hash_mapping` (`user_id` int(11) NOT NULL, `eventing_user_id` varchar(40),
  `session_user_id` varchar(40), `public_user_id` varchar(40), PRIMARY KEY (`user_id`));
INSERT INTO `hash_mapping` VALUES (10,'e10','s10','p10'),(11,'e11','s11','p11'),
(12,'e12','s12','p12');
"""
)


def write_dump(path: Path, text: str, compress: bool) -> Path:
    data = text.encode("utf-8")
    path.write_bytes(gzip.compress(data) if compress else data)
    return path


@pytest.fixture
def dumps(tmp_path: Path) -> tuple[Path, Path]:
    forum = write_dump(tmp_path / "c (c-001)_SQL_anonymized_forum.sql.gz", FORUM + TRAILER, True)
    hashes = write_dump(tmp_path / "c (c-001)_SQL_hash_mapping.sql", HASH_MAPPING + TRAILER, False)
    return forum, hashes


@pytest.mark.parametrize("backend", ["mariadb", "embedded"])
def test_queries_export_like_the_mysql_client(
    tmp_path: Path, dumps: tuple[Path, Path], backend: SqlBackend
) -> None:
    posts, comments = tmp_path / "out" / "forum_posts.csv", tmp_path / "out" / "forum_comments.csv"
    extract_forum_csvs(*dumps, posts, comments, backend=backend)
    assert posts.read_text() == (
        "id,thread_id,post_time,user_id,public_user_id,session_user_id,eventing_user_id\n"
        "4,2,50,NULL,NULL,NULL,NULL\n"  # NULL user_id: no hash_mapping row
        "1,1,200,11,p11,s11,e11\n"  # same post_time as id 3: id breaks the tie
        "3,1,200,10,p10,s10,e10\n"
        "5,2,300,99,NULL,NULL,NULL\n"  # poster missing from hash_mapping; spam id 2 excluded
    )
    assert comments.read_text() == "thread_id,post_time,session_user_id\n1,400,s10\n"


def test_private_server_is_private_and_cleaned_up(tmp_path: Path) -> None:
    with private_server(tmp_path) as server:
        mode = stat.S_IMODE(os.stat(server.server_dir).st_mode)
        assert mode == 0o700
        assert server.socket.is_socket()
        with server.connect() as connection, connection.cursor() as cursor:
            cursor.execute("SELECT @@skip_networking, @@port")
            assert cursor.fetchone() == (1, 0)
        pid = server.process.pid
    assert not server.server_dir.exists()
    assert server.process.returncode is not None
    assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text()


def test_server_stops_when_the_step_fails(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="boom"), private_server(tmp_path) as server:
        raise RuntimeError("boom")
    assert server.process.returncode is not None and not server.server_dir.exists()


def test_truncated_dump_is_rejected(tmp_path: Path, dumps: tuple[Path, Path]) -> None:
    truncated = write_dump(tmp_path / "t (c-001)_SQL_anonymized_forum.sql", FORUM, False)
    out = tmp_path / "out"
    with pytest.raises(
        DumpLoadError, match=r"t \(c-001\)_SQL_anonymized_forum.sql: truncated dump"
    ):
        extract_forum_csvs(truncated, dumps[1], out / "p.csv", out / "c.csv", backend="mariadb")
    assert not out.exists() or not any(out.iterdir())


def test_corrupt_gzip_and_sql_errors_name_the_dump(
    tmp_path: Path, dumps: tuple[Path, Path]
) -> None:
    corrupt = tmp_path / "x.sql.gz"
    corrupt.write_bytes(gzip.compress((FORUM + TRAILER).encode())[:60])
    out = tmp_path / "out"
    with pytest.raises(DumpLoadError, match=r"x\.sql\.gz: cannot decompress"):
        extract_forum_csvs(corrupt, dumps[1], out / "p.csv", out / "c.csv", backend="mariadb")
    broken = write_dump(
        tmp_path / "y.sql",
        FORUM.replace("INSERT INTO `forum_comments`", "INSERT INTO") + TRAILER,
        False,
    )
    with pytest.raises(
        DumpLoadError, match=r"y\.sql, line \d+: the dump did not load: MariaDB error 1064"
    ):
        extract_forum_csvs(broken, dumps[1], out / "p.csv", out / "c.csv", backend="mariadb")


def test_missing_table_or_column_names_the_dumps(tmp_path: Path, dumps: tuple[Path, Path]) -> None:
    no_comments = write_dump(
        tmp_path / "f.sql", FORUM.split("DROP TABLE IF EXISTS `forum_comments`")[0] + TRAILER, False
    )
    out = tmp_path / "out"
    with pytest.raises(
        InputDataError,
        match=r"f\.sql .*query 'forum_comments' failed: .*forum_comments' doesn't exist",
    ):
        extract_forum_csvs(no_comments, dumps[1], out / "p.csv", out / "c.csv", backend="mariadb")
    no_spam = write_dump(
        tmp_path / "g.sql", FORUM.replace("`is_spam`", "`spam_flag`") + TRAILER, False
    )
    with pytest.raises(
        InputDataError, match=r"query 'forum_posts' failed: Unknown column 'is_spam'"
    ):
        extract_forum_csvs(no_spam, dumps[1], out / "p.csv", out / "c.csv", backend="mariadb")


@pytest.mark.parametrize(
    ("row", "line"),
    [
        ((None, 12, "text"), "NULL,12,text"),
        (("a\nb\\c\0", 1.5), "a\\nb\\\\c\\0,1.5"),
        (("a\tb", "c\nd", None), "a\\tb,c\\nd,NULL"),  # a tab inside a field
        ((b"x\\y", "\t"), "x\\\\y,\\t"),
        (("",), ""),
    ],
)
def test_batch_csv_line_escapes_like_the_client(row: tuple[object, ...], line: str) -> None:
    """``mariadb --batch`` escapes backslash, tab, newline and NUL; then ``tr '\\t' ','``."""
    assert batch_csv_lines([row]) == [line]


def test_batch_csv_lines_format_rows_column_by_column_as_one_by_one() -> None:
    """Columns mixing types, and holding a character to escape in one row only."""
    rows = [
        (1, "a", None, b"x", 1.5, True),
        (-2, "b\tc", "NULL", b"y\\", 2.0, False),
        (None, "d\\e", "", b"\xff", None, None),
    ]
    assert batch_csv_lines(rows) == [
        "1,a,NULL,x,1.5,True",
        "-2,b\\tc,NULL,y\\\\,2.0,False",
        "NULL,d\\\\e,,\ufffd,NULL,NULL",
    ]
    assert batch_csv_lines(rows[:1]) == batch_csv_lines(rows)[:1]


# What a study's feature query typically needs, where SQLite and MySQL agree: each is run on
# both backends and must give byte-identical CSVs (header included).
FEATURE_QUERIES = {
    "count per user, unnamed": "SELECT user_id, COUNT(*) FROM forum_posts GROUP BY user_id",
    "lower-case count, named, having, ordered": (
        "SELECT user_id, count(*) AS n FROM forum_posts WHERE is_spam != 1 GROUP BY user_id "
        "HAVING n >= 1 ORDER BY n DESC, user_id"
    ),
    "sum min max by thread": (
        "SELECT thread_id, SUM(post_time) AS total, MIN(post_time), MAX(post_time) "
        "FROM forum_posts GROUP BY thread_id ORDER BY 1"
    ),
    "count distinct and non-null": (
        "SELECT COUNT(DISTINCT user_id) AS posters, COUNT(user_id) FROM forum_posts"
    ),
    "sum of nothing": "SELECT SUM(is_spam) AS spam FROM forum_comments WHERE user_id = -1",
    "in and between": (
        "SELECT id FROM forum_posts WHERE user_id IN (10, 12) OR post_time BETWEEN 40 AND 60 "
        "ORDER BY id"
    ),
    "comments": (
        "-- posts per thread\nSELECT thread_id, COUNT(*) AS posts /* all */ FROM forum_posts "
        "GROUP BY thread_id; -- grouped: ordered by thread_id on both"
    ),
    "having count": (
        "SELECT thread_id FROM forum_posts GROUP BY thread_id HAVING COUNT(*) > 2 ORDER BY 1"
    ),
    "left join count": (
        "SELECT h.user_id, COUNT(p.id) AS posts FROM hash_mapping h "
        "LEFT JOIN forum_posts p ON p.user_id = h.user_id GROUP BY h.user_id ORDER BY h.user_id"
    ),
}


@pytest.mark.parametrize("name", FEATURE_QUERIES)
def test_feature_query_constructs_give_mariadbs_csv(
    tmp_path: Path, dumps: tuple[Path, Path], name: str
) -> None:
    query = Query("q", FEATURE_QUERIES[name])
    files = {}
    for backend in ("embedded", "mariadb"):
        csv = tmp_path / backend / "q.csv"
        export_session_queries([(query, csv)], list(dumps), "here", backend)
        files[backend] = csv.read_bytes()
    assert files["embedded"] == files["mariadb"]
    assert files["embedded"].count(b"\n") > 1  # a header and rows


def test_a_second_statement_is_refused_without_suggesting_mariadb(
    tmp_path: Path, dumps: tuple[Path, Path]
) -> None:
    query = Query("q", "SELECT id FROM forum_posts; DROP TABLE hash_mapping")
    with pytest.raises(InputDataError) as error:
        export_session_queries([(query, tmp_path / "q.csv")], list(dumps), "here")
    assert "more than one statement (a query is one SELECT; found 'DROP' after ';')" in str(
        error.value
    )
    assert "mariadb" not in str(error.value).lower()


def test_dates_and_times_print_as_the_mysql_client_prints_them(tmp_path: Path) -> None:
    """The mariadb backend writes the server's text (not Python's datetime and timedelta)."""
    events = write_dump(
        tmp_path / "events.sql",
        HEADER
        + "CREATE TABLE `events` (`id` int NOT NULL, `at` datetime(6), `took` time, `on` date,"
        " `y` year, PRIMARY KEY (`id`));\n"
        "INSERT INTO `events` VALUES (1,'2020-01-01 00:00:00.000000','25:00:00','2020-02-29',"
        "2020),(2,'2020-01-01 12:30:00.000001','-01:00:00','0000-00-00',NULL);\n" + TRAILER,
        False,
    )
    query = Query("events", "SELECT id, `at`, took, `on`, y FROM events ORDER BY id")
    files = {}
    for backend in ("embedded", "mariadb"):
        csv = tmp_path / backend / "events.csv"
        export_session_queries([(query, csv)], [events], "here", backend)
        files[backend] = csv.read_text()
    assert (
        files["mariadb"]
        == files["embedded"]
        == (
            "id,at,took,on,y\n"
            "1,2020-01-01 00:00:00.000000,25:00:00,2020-02-29,2020\n"
            "2,2020-01-01 12:30:00.000001,-01:00:00,0000-00-00,NULL\n"
        )
    )
