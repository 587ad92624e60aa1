"""The SQL stage: read a session's mysqldump files into a database and export query CSVs.

``dumps`` opens and checks the dump files, ``mysqldump`` parses them, ``schema`` gives each
value what MariaDB stores for it, ``embedded`` fills an in-process SQLite database from them,
``mariadb`` runs a private MariaDB server instead, ``portability`` refuses queries SQLite would
answer differently from MySQL, and ``queries`` declares the queries and writes their CSVs with
either backend.
"""
