"""What makes the repositories' SQL and values mean on PostgreSQL what they mean on SQLite:
placeholders, how values are sent and read, and the server's errors as plain messages."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from kinerja_desktop.errors import (DatabaseLockedError, DiskFullError, NotOurDatabaseError,
                                    StorageError)


@functools.lru_cache(maxsize=1024)
def translate(sql: str) -> str:
    """SQLite's `?` placeholders as psycopg's `%s` (and a literal `%` doubled), outside quoted
    strings and names: the repositories write one SQL for both stores."""
    out: list[str] = []
    quote = ""
    for char in sql:
        if quote:
            if char == quote:
                quote = ""
            out.append("%%" if char == "%" else char)
        elif char in "'\"":
            quote = char
            out.append(char)
        elif char == "?":
            out.append("%s")
        elif char == "%":
            out.append("%%")
        else:
            out.append(char)
    return "".join(out)


# INSERT INTO table (columns) VALUES (?, …): what COPY can do instead, row for row.
_PLAIN_INSERT = re.compile(r'\s*INSERT\s+INTO\s+("?\w+"?)\s*\(([^)]*)\)\s*VALUES\s*'
                           r'\((\s*\?\s*(?:,\s*\?\s*)*)\)\s*', re.IGNORECASE)


def write_many(connection: Any, sql: str, rows: Iterable[Sequence[Any]]) -> None:
    """executemany on a server without a round trip per row: a plain INSERT … VALUES (?, …)
    as COPY (triggers and constraints apply as to an INSERT); any other statement prepared
    once (server-side binding) and sent for every row in one pipeline."""
    import psycopg
    insert = _PLAIN_INSERT.fullmatch(sql)
    if insert:
        with connection.cursor() as cursor, cursor.copy(
                f"COPY {insert.group(1)} ({insert.group(2)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    with psycopg.Cursor(connection) as cursor:
        cursor.executemany(translate(sql), list(rows))


def configure(connection: Any) -> None:
    """Send and read values as the SQLite file holds them (server_schema's docstring):
    booleans as 0/1, dates and times as peewee's ISO text, NUMERIC sums as int or float."""
    from psycopg.adapt import Dumper, Loader
    from psycopg.pq import Format

    class IntegerBool(Dumper):
        oid = 20  # int8

        def dump(self, obj: Any) -> bytes:
            return b"1" if obj else b"0"

        def quote(self, obj: Any) -> bytes:
            return self.dump(obj)

    class IsoText(Dumper):
        oid = 25  # text
        format = Format.TEXT

        def dump(self, obj: Any) -> bytes:
            # As sqlite3's adapter writes them (str()): "2019-06-14 09:30:05.123000".
            return str(obj).encode()

        def quote(self, obj: Any) -> bytes:
            return b"'" + self.dump(obj) + b"'"

    class PlainNumber(Loader):
        def load(self, data: Any) -> int | float:
            value = Decimal(bytes(data).decode())
            return int(value) if value == value.to_integral_value() else float(value)

    adapters = connection.adapters
    adapters.register_dumper(bool, IntegerBool)
    adapters.register_dumper(date, IsoText)
    adapters.register_dumper(datetime, IsoText)
    adapters.register_loader("numeric", PlainNumber)


# SQLSTATE classes and codes (PostgreSQL's appendix A) that a user can act on.
_LOCKED = {"55P03", "40P01", "40001", "57014"}  # lock not available, deadlock, serialization,
#                                                 statement cancelled (lock_timeout)
_NO_SPACE = {"53100"}
_READ_ONLY = {"25006"}  # read-only transaction
_NO_PRIVILEGE = {"42501"}  # insufficient privilege
# The app's own SQLSTATE (class "KD", unused by PostgreSQL) for server_roles' guard of the
# office's settings.
OFFICE_SETTING_REFUSED = "KD001"
# What the server refuses this account, whatever the statement.
REFUSED = frozenset(_NO_PRIVILEGE | {OFFICE_SETTING_REFUSED})
_GONE = {"57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004"}
_AUTH = {"28P01", "28000"}


def server_error(exc: BaseException | None) -> BaseException | None:
    """The psycopg error (the one with a SQLSTATE) somewhere in exc's chain, if any."""
    seen = 0
    while exc is not None and seen < 6:
        if getattr(exc, "sqlstate", None):
            return exc
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


def sqlstate(exc: BaseException | None) -> str:
    """The SQLSTATE of a psycopg error somewhere in exc's chain ("" if none)."""
    found = server_error(exc)
    return str(found.sqlstate) if found is not None else ""  # type: ignore[attr-defined]


def is_lock_wait(exc: BaseException | None) -> bool:
    """Whether a statement gave up waiting for a lock (the server's lock timeout, NOWAIT)."""
    return sqlstate(exc) in {"55P03", "57014"}


# libpq says why a connection failed in English text, with no SQLSTATE: the causes a user
# can act on, recognised by their words.
_CONNECT_FAILURES = (
    (("does not support ssl", "ssl error", "certificate", "ssl syscall"), "tls"),
    (("password authentication failed", "authentication failed"), "28P01"),
    (("no password supplied", "password is required"), "no-password"),
    (("does not exist",), "3D000"),
    (("connection refused", "timeout expired", "could not translate host name",
      "no route to host", "network is unreachable", "name or service not known",
      "could not connect", "server closed the connection"), "unreachable"),
)


def _connect_failure(exc: BaseException) -> str:
    text = str(exc).lower()
    if "connection failed" not in text and "connection to server" not in text:
        return ""
    for words, cause in _CONNECT_FAILURES:
        if any(word in text for word in words):
            if cause == "3D000" and "database" not in text:
                continue  # a missing role also "does not exist": that is a refused login
            return cause
    return "28000" if "role" in text else "unreachable"


def translate_server_error(exc: BaseException, where: str) -> StorageError:
    """A server's error as a typed, plain one; `where` is the address as shown (no password).
    The server's own text is never passed on whole: it may quote what was sent."""
    state = sqlstate(exc) or _connect_failure(exc)
    place = f" ({where})"
    if state == "unreachable":
        return StorageError("Server basis data tidak dapat dihubungi" + place + "; periksa "
                            "jaringan kantor, alamat dan port server, dan bahwa server menyala.")
    if state == "no-password":
        return StorageError("Server meminta kata sandi untuk pengguna ini" + place + "; simpan "
                            "kata sandinya di berkas kata sandi PostgreSQL (pgpass) atau lewat "
                            "Berkas → Sambungkan ke server kantor.")
    if state == "tls":
        return StorageError("Sambungan aman (TLS) ke server gagal" + place + "; periksa "
                            "pengaturan sslmode dan sertifikat server.")
    if state in _LOCKED:
        return DatabaseLockedError("Data ini sedang dipakai pengguna lain di server" + place +
                                   "; tunggu sebentar lalu coba lagi.")
    if state in _NO_SPACE:
        return DiskFullError("Disk server penuh" + place + "; hubungi pengelola server.")
    if state in _READ_ONLY:
        return StorageError("Akun Anda hanya dapat membaca data di server" + place + "; tidak "
                            "ada yang disimpan.")
    if state == OFFICE_SETTING_REFUSED:
        return StorageError("Pengaturan kantor (kop, penilaian, kunci kantor) hanya dapat "
                            "diubah oleh administrator server" + place + "; tidak ada yang "
                            "disimpan.")
    if state in _NO_PRIVILEGE:
        return StorageError("Akun Anda tidak berhak atas data ini di server" + place + "; minta "
                            "administrator server memberi akun Anda peran kinerja_operator "
                            "atau kinerja_penilai (server-roles).")
    if state in _AUTH:
        return StorageError("Server menolak nama pengguna atau kata sandinya" + place +
                            "; periksa berkas kata sandi (pgpass) atau isian sambungan.")
    if state == "3D000":
        return StorageError("Basis data tidak ada di server" + place + "; minta pengelola "
                            "server membuatnya (lihat docs/server.md).")
    if state in _GONE or state.startswith("08"):
        return StorageError("Sambungan ke server terputus" + place + "; periksa jaringan "
                            "kantor lalu coba lagi. Perubahan yang belum tersimpan tidak "
                            "ditulis.")
    if state == "42P01" or state == "42703":
        return NotOurDatabaseError("Basis data di server bukan milik Kinerja Desktop atau "
                                   "skemanya rusak" + place + ".")
    if isinstance(exc, _connection_errors()) and not state:
        return StorageError("Sambungan ke server basis data gagal" + place + ".")
    return StorageError(f"Kesalahan server basis data{place}: {first_line(exc)}")


def _connection_errors() -> tuple[type[BaseException], ...]:
    import psycopg
    return (psycopg.OperationalError,)


def first_line(exc: BaseException) -> str:
    """The first line of an error's text (a server's message, never the address)."""
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
