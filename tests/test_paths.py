"""The data folder: KINERJA_DATA_DIR, portable mode beside the program, or the per-user one."""

import os
import sys
from pathlib import Path

import pytest

from kinerja_desktop import paths
from kinerja_desktop.errors import DataFolderError


@pytest.fixture
def frozen_exe(tmp_path, monkeypatch):
    """A fake frozen build: the executable sits in tmp_path/app; no KINERJA_DATA_DIR."""
    folder = tmp_path / "app"
    folder.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "Kinerja.exe"))
    monkeypatch.delenv("KINERJA_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "user"))
    return folder


def test_not_portable_without_marker(frozen_exe):
    assert paths.app_dir() == frozen_exe.resolve()
    assert not paths.is_portable()
    assert paths.data_dir() == paths.user_data_dir()
    assert not (frozen_exe / "data").exists()


def test_data_folder_beside_the_executable_makes_it_portable(frozen_exe):
    (frozen_exe / "data").mkdir()
    assert paths.is_portable()
    assert paths.data_dir() == frozen_exe.resolve() / "data"
    assert paths.default_database() == frozen_exe.resolve() / "data" / "kinerja.db"


def test_portable_ini_creates_the_data_folder(frozen_exe):
    (frozen_exe / "portable.ini").write_text("", encoding="utf-8")
    assert paths.is_portable()
    assert paths.data_dir() == frozen_exe.resolve() / "data"
    assert (frozen_exe / "data").is_dir()


def test_environment_override_wins(frozen_exe, tmp_path, monkeypatch):
    (frozen_exe / "portable.ini").write_text("", encoding="utf-8")
    monkeypatch.setenv("KINERJA_DATA_DIR", str(tmp_path / "elsewhere"))
    assert paths.data_dir() == tmp_path / "elsewhere"
    assert not paths.is_portable()


def test_from_source_the_project_folder_is_used(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", False, raising=False)
    monkeypatch.delenv("KINERJA_DATA_DIR", raising=False)
    assert (paths.app_dir() / "main.py").is_file()
    monkeypatch.setattr(paths, "app_dir", lambda: tmp_path)
    assert not paths.is_portable()
    (tmp_path / "portable.ini").write_text("", encoding="utf-8")
    assert paths.is_portable()
    assert paths.data_dir() == tmp_path / "data"


def test_settings_and_backups_follow_the_portable_folder(frozen_exe):
    from kinerja_desktop.services import auto_backup
    (frozen_exe / "data").mkdir()
    assert auto_backup.backup_root().parent == frozen_exe.resolve() / "data"


def test_a_file_named_data_gets_a_message_not_a_crash(frozen_exe):
    (frozen_exe / "portable.ini").write_text("", encoding="utf-8")
    (frozen_exe / "data").write_text("bukan folder", encoding="utf-8")
    with pytest.raises(DataFolderError, match="tidak dapat dibuat.*portable.ini"):
        paths.data_dir()
    with pytest.raises(DataFolderError, match="tidak dapat dibuat.*portable.ini"):
        paths.check_data_dir()  # what the window runs first
    # Naming the default (CLI help) creates nothing and so cannot fail.
    assert paths.default_database(create=False) == frozen_exe.resolve() / "data" / "kinerja.db"


def test_a_read_only_data_folder_is_reported(frozen_exe, monkeypatch):
    import errno
    (frozen_exe / "data").mkdir()

    real_open = os.open

    def read_only(path, *args, **kwargs):
        if Path(path).parent == frozen_exe.resolve() / "data":
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(paths.os, "open", read_only)
    with pytest.raises(DataFolderError, match="tidak dapat ditulisi: media hanya-baca"):
        paths.check_data_dir()


def test_a_writable_data_folder_passes_the_check(frozen_exe):
    (frozen_exe / "portable.ini").write_text("", encoding="utf-8")
    assert paths.check_data_dir() == frozen_exe.resolve() / "data"
    assert list((frozen_exe / "data").iterdir()) == []  # the probe file is gone


def test_the_cli_explains_an_unusable_portable_folder(frozen_exe):
    import io
    from kinerja_desktop import cli
    (frozen_exe / "portable.ini").write_text("", encoding="utf-8")
    (frozen_exe / "data").write_text("bukan folder", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["roster", "list"], out, err) == cli.EXIT_INVALID
    assert "tidak dapat dibuat" in err.getvalue() and "Traceback" not in err.getvalue()


@pytest.mark.parametrize("platform, base", [
    ("win32", ["AppData", "Local"]), ("linux", [".local", "share"]),
    ("darwin", ["Library", "Application Support"])])
def test_the_per_user_folder_of_each_system(platform, base, tmp_path, monkeypatch):
    monkeypatch.setattr(paths.sys, "platform", platform)
    monkeypatch.setattr(paths.Path, "home", staticmethod(lambda: tmp_path / "Siti Aminah"))
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert paths.user_data_dir() == tmp_path.joinpath("Siti Aminah", *base, "Kinerja",
                                                      "Kinerja Desktop")


@pytest.mark.skipif(sys.platform != "win32", reason="%LOCALAPPDATA% is Windows'")
def test_on_windows_the_data_lives_under_localappdata(tmp_path, monkeypatch):
    local = tmp_path / "Users" / "Siti Ma'rifah" / "AppData" / "Local"
    monkeypatch.setenv("LOCALAPPDATA", str(local))
    monkeypatch.delenv("KINERJA_DATA_DIR")
    assert paths.default_database() == local / "Kinerja" / "Kinerja Desktop" / "kinerja.db"
    assert paths.check_data_dir() == local / "Kinerja" / "Kinerja Desktop"
    assert list(paths.check_data_dir().iterdir()) == []  # the probe file is gone


def test_a_portable_copy_in_a_folder_with_spaces(tmp_path, monkeypatch):
    """As unzipped onto a stick or into Program Files: the data beside the executable."""
    folder = tmp_path / "Kinerja Desktop (portabel) – Bagian Umum"
    folder.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "KinerjaDesktop.exe"))
    monkeypatch.delenv("KINERJA_DATA_DIR")
    (folder / "portable.ini").write_text("", encoding="utf-8")
    assert paths.is_portable()
    assert paths.check_data_dir() == folder.resolve() / "data"
    from kinerja_desktop import cli
    import io
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["demo"], out, err) == cli.EXIT_OK, err.getvalue()
    assert (folder / "data" / "kinerja.db").is_file()
