"""Real-world dumps (../shared/realdumps, see its MANIFEST.md): the embedded backend reads each
table MariaDB loads with MariaDB's values, cell by cell as the query check sees them (integers,
text, NULLs, bytes), or refuses it (the table, or the column) naming the construct.

The dumps are read where they are; they are never copied into the project.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import REPO
from morf_pipeline.sql.mariadb import PrivateMariaDB, private_server
from tools.sql_compare import compare_backends

REALDUMPS = next(
    (
        folder
        for folder in (REPO.parent / "shared" / "realdumps", Path("/work/shared/realdumps"))
        if folder.is_dir()
    ),
    None,
)
DUMPS = sorted(REALDUMPS.glob("*.sql*")) if REALDUMPS else []
ABSENT = pytest.param(
    None, id="absent", marks=pytest.mark.skip(reason="no ../shared/realdumps beside the repository")
)
pytestmark = pytest.mark.workflow  # ~80 s: MariaDB creates 1,000 tables


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateMariaDB]:
    with private_server(tmp_path_factory.mktemp("realdumps")) as running:
        yield running


@pytest.mark.parametrize("dump", [pytest.param(d, id=d.name) for d in DUMPS] or [ABSENT])
def test_embedded_reads_each_table_as_mariadb_loads_it(server: PrivateMariaDB, dump: Path) -> None:
    comparison = compare_backends(server, dump, f"dump{DUMPS.index(dump)}")
    assert not comparison.problems, "\n".join(comparison.problems)
    assert comparison.cells or comparison.refused_columns or comparison.refused_tables
