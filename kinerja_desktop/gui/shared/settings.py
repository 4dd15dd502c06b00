"""Per-PC settings (window layout, language) in an INI file inside the data folder."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from kinerja_desktop.paths import data_dir


class GuiSettings:
    """Each option declared once with its key; stored beside the database, not in the registry."""

    LANGUAGE = "ui/language"
    OPERATOR = "audit/operator"  # the staff member at this PC, written in the audit history

    def __init__(self, settings: QSettings | None = None):
        if settings is None:
            folder = data_dir()
            folder.mkdir(parents=True, exist_ok=True)
            settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        self._settings = settings

    def language(self) -> str:
        value = str(self._settings.value(self.LANGUAGE, "id"))
        return value if value in ("id", "en") else "id"

    def set_language(self, language: str) -> None:
        self._settings.setValue(self.LANGUAGE, language)

    def operator(self) -> str:
        return " ".join(str(self._settings.value(self.OPERATOR, "")).split())

    def set_operator(self, name: str) -> None:
        self._settings.setValue(self.OPERATOR, " ".join(name.split()))

    def bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(key, value)

    def text(self, key: str, default: str = "") -> str:
        return str(self._settings.value(key, default))

    def set_text(self, key: str, value: str) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        self._settings.sync()
