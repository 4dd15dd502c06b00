"""The data folder: KINERJA_DATA_DIR, portable mode beside the program, or the per-user one."""

import sys

import pytest

from kinerja_desktop import paths


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
