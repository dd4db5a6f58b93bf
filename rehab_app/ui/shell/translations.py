"""The user's language: Qt translators for the interface, and the code for exercise texts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parents[2] / "i18n"
CATALOG = "rehab_app"


def content_language(setting: str | None) -> str:
    """The language code to show texts in: the setting, else the system's (e.g. `de_DE`)."""
    return setting or QLocale.system().name()


def install_translators(app: QCoreApplication, setting: str | None) -> list[QTranslator]:
    """Load the app's and Qt's own translations for the language; returns those installed."""
    locale = QLocale(setting) if setting else QLocale.system()
    installed: list[QTranslator] = []
    if locale.name().split("_")[0] in ("en", "C"):
        return installed  # the interface is written in English
    from PySide6.QtCore import QLibraryInfo

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((CATALOG, str(I18N_DIR)), ("qtbase", qt_dir)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed
