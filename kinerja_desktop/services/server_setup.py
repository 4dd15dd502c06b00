"""Connecting a PC to the office server: trying an address, and keeping its password in the
Windows credential store (storage/credentials) or, elsewhere, where libpq looks for it (the
password file); never in the app's settings or an address."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kinerja_desktop.domain.server_address import ServerAddress
from kinerja_desktop.errors import KinerjaError, StorageError
from kinerja_desktop.storage import credentials


def check_connection(address: ServerAddress) -> str:
    """Connect once and say, in one line, what the server holds; StorageError (plain, without
    the password) when it cannot be used. Nothing is created or changed."""
    from kinerja_desktop.storage.server import inspect_server
    state = inspect_server(address)
    if state.version is None:
        return (f"Tersambung ke {address.display()}. Basis datanya masih kosong: tabel Kinerja "
                f"dibuat saat pertama kali dibuka.")
    return (f"Tersambung ke {address.display()}: data Kinerja Desktop versi {state.version}, "
            f"{state.officials} pejabat.")


def passwords_in_windows_store() -> bool:
    """Whether store_password keeps passwords in the Windows credential store."""
    return credentials.available()


def password_file() -> Path:
    """Where libpq reads passwords: PGPASSFILE if set, else %APPDATA%\\postgresql\\pgpass.conf
    on Windows and ~/.pgpass elsewhere (PostgreSQL's documentation, "The Password File")."""
    chosen = os.environ.get("PGPASSFILE", "").strip()
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", str(Path.home()))) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _field(value: str) -> str:
    # The file's own escaping: a backslash or a colon inside a field is preceded by "\".
    return value.replace("\\", "\\\\").replace(":", "\\:")


def store_password(address: ServerAddress, password: str) -> str:
    """Keep the password of this server, database and user on this PC: in the Windows
    credential store on Windows, else in libpq's password file; where it was kept, as the
    user may look for it."""
    _check(address, password)
    if credentials.available():
        try:
            entry = credentials.save(address, password)
        except OSError as exc:
            raise StorageError(f"Kata sandi tidak dapat disimpan di Pengelola Kredensial "
                               f"Windows: {exc.strerror or exc}.") from exc
        return f"Pengelola Kredensial Windows ({entry})"
    return str(store_in_password_file(address, password))


def _check(address: ServerAddress, password: str) -> None:
    if not address.user:
        raise KinerjaError("Isi nama pengguna dulu: kata sandi disimpan untuk satu pengguna.")
    if not password or "\n" in password:
        raise KinerjaError("Kata sandi kosong atau memuat baris baru; tidak disimpan.")


def store_in_password_file(address: ServerAddress, password: str) -> Path:
    """Write (or replace) the password line of this server, database and user in libpq's
    password file, readable by this user only; the file's path. Other lines stay as they
    were."""
    _check(address, password)
    path = password_file()
    key = ":".join(_field(v) for v in (address.host, str(address.port), address.database,
                                       address.user))
    try:
        lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        kept = [line for line in lines if not line.startswith(key + ":")]
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".baru")
        temporary.write_text("\n".join([*kept, f"{key}:{_field(password)}"]) + "\n",
                             encoding="utf-8")
        if sys.platform != "win32":
            temporary.chmod(0o600)  # libpq ignores a file others can read
        os.replace(temporary, path)
    except OSError as exc:
        raise StorageError(f"Berkas kata sandi '{path}' tidak dapat ditulis: "
                           f"{exc.strerror or exc}.") from exc
    return path
