"""Storage through peewee (SQLite files, PostgreSQL servers): the one package importing peewee."""

import sys

# peewee imports the PostgreSQL driver when it is installed, and psycopg takes about 150 ms to
# import: every start of the app and of each command would pay it, server or not. peewee is
# loaded with the driver hidden; storage/server.py hands it the driver when a server is
# opened (server.peewee_with_driver).
if "peewee" not in sys.modules and "psycopg" not in sys.modules:
    sys.modules["psycopg"] = None  # type: ignore[assignment]  # "import psycopg" fails at once
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules["psycopg"]
