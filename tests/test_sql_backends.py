"""Both SQL backends write byte-identical forum CSVs; the embedded one names unreadable dumps."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from conftest import SAMPLE_DATA
from morf_pipeline.errors import InputDataError
from morf_pipeline.layout import discover
from morf_pipeline.sql.queries import extract_forum_csvs
from morf_sample_data import DumpStyle, SampleSpec, generate

# Another seed than the committed sample; course 2 has plain dumps of one row per line.
OTHER_SPEC = SampleSpec(seed=606, courses=2, sessions_per_course=2, users_per_session=120)


def export_all(data: Path, out: Path, backend: str) -> dict[str, bytes]:
    files = {}
    for course, sessions in discover(data, "all").items():
        for session in sessions:
            target = out / backend / course / session.session
            extract_forum_csvs(
                session.forum_dump,
                session.hash_mapping_dump,
                target / "forum_posts.csv",
                target / "forum_comments.csv",
                backend="mariadb" if backend == "mariadb" else "embedded",
            )
            for csv in sorted(target.iterdir()):
                files[f"{course}/{session.session}/{csv.name}"] = csv.read_bytes()
    return files


@pytest.mark.parametrize("dataset", ["sample", "generated"])
def test_embedded_and_mariadb_write_identical_csvs(tmp_path: Path, dataset: str) -> None:
    data = SAMPLE_DATA
    if dataset == "generated":
        data = tmp_path / "data"
        generate(data, OTHER_SPEC)
    embedded = export_all(data, tmp_path, "embedded")
    mariadb = export_all(data, tmp_path, "mariadb")
    assert len(embedded) == 2 * sum(len(s) for s in discover(data, "all").values())
    assert embedded == mariadb
    # The quirks reach the files: posters without a hash_mapping row give NULLs.
    assert any(b",NULL,NULL,NULL\n" in content for content in embedded.values())


def test_embedded_reads_morfs_mysql8_dumps_as_mariadb_reads_the_default_styles(
    tmp_path: Path,
) -> None:
    """MORF's dumps (mysqldump 8.0.19, GTID line, enum text_type, latin1 hash_mapping) give the
    CSVs that MariaDB, the reference, gives on the same rows dumped in the default styles (the
    mariadb backend itself refuses their GTID line until the mysqldump-8 work on it lands)."""
    spec = SampleSpec(seed=8, courses=2, sessions_per_course=2, users_per_session=40)
    generate(
        tmp_path / "morf", SampleSpec(**{**spec.__dict__, "dump_style": DumpStyle.MORF_MYSQL8})
    )
    generate(tmp_path / "default", spec)
    embedded = export_all(tmp_path / "morf", tmp_path / "out-morf", "embedded")
    assert len(embedded) == 8
    assert embedded == export_all(tmp_path / "default", tmp_path / "out-default", "mariadb")


def test_embedded_backend_names_the_dump_it_cannot_read(tmp_path: Path) -> None:
    session = discover(SAMPLE_DATA, "all")["accounting"][0]
    garbled = tmp_path / "garbled_SQL_hash_mapping.sql"
    text = session.hash_mapping_dump.read_bytes()
    text = gzip.decompress(text).replace(b"),(", b"),x(", 1)
    garbled.write_bytes(text)
    with pytest.raises(InputDataError, match=r"garbled_SQL_hash_mapping\.sql, line \d+: expected"):
        extract_forum_csvs(session.forum_dump, garbled, tmp_path / "p.csv", tmp_path / "c.csv")
    assert not (tmp_path / "p.csv").exists()


def test_missing_table_or_column_names_the_dumps(tmp_path: Path) -> None:
    session = discover(SAMPLE_DATA, "all")["accounting"][0]
    with pytest.raises(
        InputDataError,
        match=r"query 'forum_posts' failed: no table 'forum_posts' in the query's dumps",
    ):
        extract_forum_csvs(
            session.hash_mapping_dump,
            session.hash_mapping_dump,
            tmp_path / "p.csv",
            tmp_path / "c.csv",
        )
