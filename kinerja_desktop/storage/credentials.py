"""Passwords of office servers in the Windows credential store (Credential Manager: "Pengelola
Kredensial" → "Kredensial Windows"), which Windows protects per user account (DPAPI). No Qt.

On Windows the app keeps a server's password there, not in a file: libpq's password file
(pgpass.conf) is plain text in the user's profile. Elsewhere there is no such store and
`available()` is False; libpq's password file is used instead (services/server_setup).
One entry per server, database and user: "Kinerja Desktop/budi@192.168.1.10:5432/kinerja".
"""

from __future__ import annotations

import sys
from typing import Any

from kinerja_desktop.domain.server_address import ServerAddress

PREFIX = "Kinerja Desktop/"
_CRED_TYPE_GENERIC = 1
_CRED_PERSIST_LOCAL_MACHINE = 2  # kept across log-ons, on this PC, for this Windows user
_ERROR_NOT_FOUND = 1168


def available() -> bool:
    return sys.platform == "win32"


def target(address: ServerAddress) -> str:
    """The entry's name: the server, database and user, never the password."""
    host = f"[{address.host}]" if ":" in address.host else address.host
    return f"{PREFIX}{address.user}@{host}:{address.port}/{address.database}"


def _api() -> Any:
    """advapi32's Cred* functions with their C signatures (ctypes, on Windows only)."""
    import ctypes
    from ctypes import wintypes

    class FILETIME(ctypes.Structure):
        _fields_ = [("dwLowDateTime", wintypes.DWORD), ("dwHighDateTime", wintypes.DWORD)]

    class CREDENTIAL(ctypes.Structure):
        _fields_ = [("Flags", wintypes.DWORD), ("Type", wintypes.DWORD),
                    ("TargetName", wintypes.LPWSTR), ("Comment", wintypes.LPWSTR),
                    ("LastWritten", FILETIME), ("CredentialBlobSize", wintypes.DWORD),
                    ("CredentialBlob", ctypes.POINTER(ctypes.c_ubyte)),
                    ("Persist", wintypes.DWORD), ("AttributeCount", wintypes.DWORD),
                    ("Attributes", ctypes.c_void_p), ("TargetAlias", wintypes.LPWSTR),
                    ("UserName", wintypes.LPWSTR)]

    # WinDLL exists on Windows only, and its type stubs say so: typed as Any here, mypy has
    # nothing to say of it on either system.
    loader: Any = ctypes
    advapi32 = loader.WinDLL("advapi32", use_last_error=True)
    pointer = ctypes.POINTER(CREDENTIAL)
    advapi32.CredWriteW.argtypes = [pointer, wintypes.DWORD]
    advapi32.CredWriteW.restype = wintypes.BOOL
    advapi32.CredReadW.argtypes = [wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD,
                                   ctypes.POINTER(pointer)]
    advapi32.CredReadW.restype = wintypes.BOOL
    advapi32.CredDeleteW.argtypes = [wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD]
    advapi32.CredDeleteW.restype = wintypes.BOOL
    advapi32.CredFree.argtypes = [ctypes.c_void_p]
    advapi32.CredFree.restype = None
    return ctypes, advapi32, CREDENTIAL, pointer


def save(address: ServerAddress, password: str) -> str:
    """Store (or replace) the password of this server, database and user; the entry's name.
    OSError when Windows refuses."""
    ctypes, advapi32, credential_type, _pointer = _api()
    blob = password.encode("utf-16-le")  # as Windows' own dialogs store a typed password
    buffer = (ctypes.c_ubyte * len(blob)).from_buffer_copy(blob) if blob else None
    credential = credential_type()
    credential.Type = _CRED_TYPE_GENERIC
    credential.TargetName = target(address)
    credential.Comment = "Kinerja Desktop: kata sandi server basis data"
    credential.CredentialBlobSize = len(blob)
    credential.CredentialBlob = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ubyte))
    credential.Persist = _CRED_PERSIST_LOCAL_MACHINE
    credential.UserName = address.user
    if not advapi32.CredWriteW(ctypes.byref(credential), 0):
        error = ctypes.get_last_error()
        raise OSError(error, ctypes.FormatError(error))
    return target(address)


def read(address: ServerAddress) -> str | None:
    """The stored password of this server, database and user; None when there is none (or
    no credential store on this system)."""
    if not available():
        return None
    ctypes, advapi32, _credential_type, pointer = _api()
    found = pointer()
    if not advapi32.CredReadW(target(address), _CRED_TYPE_GENERIC, 0, ctypes.byref(found)):
        return None  # ERROR_NOT_FOUND, or a store that cannot be read: libpq's file then
    try:
        entry = found.contents
        data: bytes = ctypes.string_at(entry.CredentialBlob, entry.CredentialBlobSize)
        return data.decode("utf-16-le")
    finally:
        advapi32.CredFree(found)


def delete(address: ServerAddress) -> bool:
    """Remove the entry; False when there was none."""
    if not available():
        return False
    ctypes, advapi32, _credential_type, _pointer = _api()
    if advapi32.CredDeleteW(target(address), _CRED_TYPE_GENERIC, 0):
        return True
    error = ctypes.get_last_error()
    if error == _ERROR_NOT_FOUND:
        return False
    raise OSError(error, ctypes.FormatError(error))
