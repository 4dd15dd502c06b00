"""This PC's settings (window layout, language, operator) in settings.ini in the data folder,
read and written by their declarations in domain/options.py, upgraded once when opened."""

from __future__ import annotations

import base64
import logging
from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtCore import QByteArray, QSettings

from kinerja_desktop.domain.option_upgrades import PC_UPGRADES, Upgrades
from kinerja_desktop.domain.options import (LANGUAGE, OPERATOR, OPTIONS, BytesOption, Option,
                                            Store)
from kinerja_desktop.paths import data_dir

T = TypeVar("T")


class IniStore:
    """settings.ini as text by key. Bytes options keep the form Qt writes them in (an
    @ByteArray(…) value, as the window layout has always been saved); as text they read as
    base64, as domain/options.BytesOption expects."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def text(self, key: str) -> str | None:
        value = self.settings.value(key)
        if value is None:
            return None
        if isinstance(value, QByteArray):
            return base64.b64encode(value.data()).decode("ascii")
        if isinstance(value, list):  # an unquoted comma in a hand-edited line: Qt splits it
            return ", ".join(str(v) for v in value)
        return str(value)

    def put(self, key: str, text: str) -> None:
        if isinstance(OPTIONS.get(key), BytesOption):
            self.settings.setValue(key, QByteArray(base64.b64decode(text)))
        else:
            self.settings.setValue(key, text)

    def write(self, changes: Mapping[str, str | None]) -> None:
        for key, text in changes.items():
            if text is None:
                self.settings.remove(key)
            else:
                self.put(key, text)
        self.settings.sync()


class GuiSettings:
    """This PC's options, by their declarations (Store.PC); never a key typed at a call site."""

    def __init__(self, settings: QSettings | None = None, upgrades: Upgrades = PC_UPGRADES):
        if settings is None:
            folder = data_dir()
            folder.mkdir(parents=True, exist_ok=True)
            settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        self._settings = settings
        self._store = IniStore(settings)
        try:
            upgrades.run(self._store)
        except Exception:
            # A window layout or a language is not worth refusing to start: nothing was
            # written (steps stage their changes), every value is still read through its
            # declaration, and the steps run again next time. The log keeps the details.
            logging.getLogger(__name__).exception("settings.ini tidak dapat ditingkatkan")

    def get(self, option: Option[T]) -> T:
        """The option's value on this PC (its default when not stored)."""
        return option.read(self._store.text(self._own(option).key))

    def set(self, option: Option[T], value: T) -> None:
        """Store the option's value (checked and normalised by its declaration)."""
        self._store.put(self._own(option).key, option.to_text(value))

    def language(self) -> str:
        return self.get(LANGUAGE)

    def set_language(self, language: str) -> None:
        self.set(LANGUAGE, language)

    def operator(self) -> str:
        return self.get(OPERATOR)

    def set_operator(self, name: str) -> None:
        self.set(OPERATOR, name)

    def sync(self) -> None:
        self._settings.sync()

    @staticmethod
    def _own(option: Option[T]) -> Option[T]:
        if option.store is not Store.PC:
            raise ValueError(f"{option.key!r} is kept in the database, not in settings.ini")
        return option
