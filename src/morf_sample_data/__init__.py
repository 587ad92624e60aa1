"""Deterministic generator of realistic MORF-style Coursera data trees.

:func:`generate` writes what MORF mounts at ``/morf-data`` for ``spec.courses`` courses of
``spec.sessions_per_course`` sessions each::

    coursera_course_dates.csv               ISO-8859-1; dates like 2/2/15; quoted commas
    labels-train.csv, labels-test.csv       test = each course's last session (last 3 chars)
    <course>/<session>/<Full Name> (<course>-<session>)_SQL_anonymized_forum.sql.gz
    <course>/<session>/<Full Name> (<course>-<session>)_SQL_hash_mapping.sql.gz
    <course>/<session>/<Full Name> (<course>-<session>)_SQL_anonymized_general.sql.gz  (unused)
    <course>/<session>/<Full Name> (<course>-<session>)_demographics.csv                 (unused)
    <course>/<session>/<course>-<session>_clickstream_export.gz

The first course uses session ids ``001``, ``002``...; the second ``2012-001``-style ids (the
start year) and plain ``.sql`` forum and hash_mapping dumps; further courses alternate (gzipped).
By default courses 1, 3, ... get MySQL-5.5-style dumps (every tuple of an INSERT on one line);
courses 2, 4, ... mariadb-dump-style dumps (one tuple per line), where the 2nd, 4th, ...
session's dumps start with the new sandbox-mode line. Dumps with text say ``SET NAMES utf8mb4``
(a 4-byte emoji cannot pass a ``utf8`` connection); the ASCII-only MySQL-5.5 hash_mapping dumps
say ``SET NAMES utf8``. ``SampleSpec.dump_style`` gives every session one style instead, such
as MORF's own MySQL 8 flavour (see :mod:`morf_sample_data.dumps`).

Every session carries the quirks of real exports (:mod:`morf_sample_data.quirks`). The same
:class:`SampleSpec` always gives byte-identical files: all randomness comes from
``random.Random`` instances seeded from the spec (only ``random()`` and integer draws, no
libm-dependent distributions), and gzip headers carry no name and mtime 0.

Modules, by what they make: ``plan`` (spec, courses, sessions), ``session`` (one session's rows:
people and hash_mapping, via ``forum``, ``labels`` and ``clickstream``), ``dumps`` (the SQL
text), ``clickstream`` (the JSON lines), ``tree`` (the files), ``cli`` (the command).
:func:`~morf_sample_data.session.build_session` returns the rows a session's files hold, so
tests can compare what a database loaded with what was meant to be written.
"""

from morf_sample_data.plan import DumpStyle, SampleSpec
from morf_sample_data.tree import generate

__all__ = ["DumpStyle", "SampleSpec", "generate"]
