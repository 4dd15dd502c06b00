"""UI language through Qt's translation system.

Source strings are Indonesian, the default language, so the default can never lose its
catalogue; resources/translations/kinerja_en.ts translates them to English. Qt's own strings
(OK/Cancel buttons, wizard buttons, context menus) are English in Qt, and qt_id.ts translates
them to Indonesian.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kinerja_desktop.gui.shared.formatting import set_language
from kinerja_desktop.resources import resource_path


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 -- the name lupdate reads
    """Mark `text` for translation in `context` and return it unchanged: Qt's marker, typed
    (PySide6 declares it object -> object, so every marked text would lose its type)."""
    return text


def catalogues(language: str) -> list[str]:
    """The .qm files (without folder) that a language needs."""
    return ["qt_id.qm"] if language == "id" else ["kinerja_en.qm"]


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the language's catalogues into the app; return them (they must stay alive)."""
    installed = []
    for name in catalogues(language):
        translator = QTranslator(app)
        path = resource_path("translations", name)
        if translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
                       if language == "id" else QLocale(QLocale.Language.English))
    set_language(language)  # the screen's dates too, not only the texts
    return installed


def switch_language(app: QCoreApplication, language: str) -> None:
    """Replace the app's catalogues (kept in its "kinerja_translators" property) with the
    language's; windows created afterwards are in the new language."""
    for translator in app.property("kinerja_translators") or []:
        app.removeTranslator(translator)
    app.setProperty("kinerja_translators", install_translators(app, language))
