"""Where a shared database lives: a PostgreSQL server's address, parsed and shown without its
password."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote, urlsplit

SCHEMES = ("postgresql", "postgres")
# The server to use when --db names none (--db wins over it, it over the default file).
DATABASE_URL_VARIABLE = "KINERJA_DATABASE_URL"
DEFAULT_PORT = 5432
# libpq's own TLS choices; "prefer" (its default) uses TLS when the server offers it.
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
# "postgresql://…", "file:///…": an address. A drive letter ("C://data") is a path: a
# scheme has at least two letters.
_ADDRESS = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]+)://")


class AddressError(ValueError):
    """An address that cannot be used; the message never repeats a password."""


@dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL database on the office LAN. The password, when an address carried one, is
    kept for connecting only: it is in no display, repr or message (libpq's password file or
    the Windows credential store is where it belongs)."""

    host: str
    database: str
    user: str = ""
    port: int = DEFAULT_PORT
    sslmode: str = "prefer"
    # A PostgreSQL schema inside the database ("" = public): one database may hold several
    # datasets, and each test gets its own.
    schema: str = ""
    password: str | None = field(default=None, repr=False, compare=False)

    def display(self) -> str:
        """The address as a user may see it: title bar, log, error."""
        who = f"{self.user}@" if self.user else ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        extra = f"?schema={self.schema}" if self.schema else ""
        return f"postgresql://{who}{host}:{self.port}/{self.database}{extra}"

    def schema_path(self) -> str:
        """The search_path to connect with ("" = the server's default); pg_trgm's operators
        live in public."""
        return f"{self.schema},public" if self.schema else ""

    def connect_options(self) -> dict[str, object]:
        """Keyword arguments for psycopg.connect (libpq reads PGPASSFILE itself)."""
        options: dict[str, object] = {"host": self.host, "port": self.port,
                                      "dbname": self.database, "sslmode": self.sslmode,
                                      "application_name": "Kinerja Desktop"}
        if self.user:
            options["user"] = self.user
        if self.password is not None:
            options["password"] = self.password
        return options

    def __str__(self) -> str:
        return self.display()


def from_environment() -> ServerAddress | None:
    """The server KINERJA_DATABASE_URL names (None when unset or empty); AddressError when
    it is not a server's address."""
    text = os.environ.get(DATABASE_URL_VARIABLE, "").strip()
    if not text:
        return None
    try:
        return parse_address(text)
    except AddressError as exc:
        raise AddressError(f"{DATABASE_URL_VARIABLE}: {exc}") from None


def scheme_of(text: str) -> str | None:
    """The scheme when `text` is an address ("postgresql"), None when it is a file's path."""
    match = _ADDRESS.match(text.strip())
    return match.group(1).lower() if match else None


def parse_address(text: str) -> ServerAddress:
    """`postgresql://user@host:port/name?sslmode=require` (or `postgres://`) as an address;
    AddressError naming what is wrong, never the password."""
    text = text.strip()
    scheme = scheme_of(text)
    if scheme not in SCHEMES:
        raise AddressError(f"alamat {scheme or '(tanpa skema)'}://… tidak dikenal; alamat "
                           f"server ditulis postgresql://pengguna@host:port/nama_basis_data")
    try:
        parts = urlsplit(text)
        port = parts.port or DEFAULT_PORT
    except ValueError:
        raise AddressError("nomor port pada alamat server tidak sah") from None
    host = parts.hostname or ""
    if not host:
        raise AddressError("alamat server tidak menyebut host (mis. 192.168.1.10)")
    database = unquote(parts.path.lstrip("/"))
    if not database or "/" in database:
        raise AddressError("alamat server tidak menyebut nama basis data "
                           "(…/kinerja di ujung alamat)")
    options = dict(parse_qsl(parts.query))
    sslmode = options.pop("sslmode", "prefer")
    if sslmode not in SSL_MODES:
        raise AddressError(f"sslmode '{sslmode}' tidak dikenal; pilih salah satu: "
                           + ", ".join(SSL_MODES))
    schema = options.pop("schema", "")
    if schema and not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", schema):
        raise AddressError("nama skema hanya boleh huruf kecil, angka dan garis bawah")
    if options:
        raise AddressError("pilihan alamat tidak dikenal: " + ", ".join(sorted(options)))
    password = unquote(parts.password) if parts.password is not None else None
    return ServerAddress(host=host, database=database, user=unquote(parts.username or ""),
                         port=port, sslmode=sslmode, schema=schema,
                         password=password)
