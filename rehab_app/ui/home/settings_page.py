"""Settings: sound, voice, volume, language, how the app looks, and backing up your data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.settings import Settings, Theme

Apply = Callable[..., None]
# Languages with a translation of the interface, by their own name.
LANGUAGES = (("en", "English"), ("de", "Deutsch"))


class SettingsPage(QWidget):
    """A form whose every change is applied and saved immediately, and the backup buttons.

    Signals:
        backup_requested(): the user asked to back up their data.
        restore_requested(): the user asked to restore their data from a file.
    """

    backup_requested = Signal()
    restore_requested = Signal()

    def __init__(self, settings: Settings, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._apply = apply
        self.sound = self._check(
            "soundCheck", self.tr("So&unds (beeps for 3-2-1 and changes)"), settings.sound
        )
        self.voice = self._check(
            "voiceCheck", self.tr("&Voice (spoken steps and announcements)"), settings.voice
        )
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setObjectName("volumeSlider")
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setToolTip(self.tr("Volume of sounds and voice"))
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume.setValue(settings.volume)
        self.theme = QComboBox(self)
        self.theme.setObjectName("themeCombo")
        self.theme.setAccessibleName(self.tr("Colour scheme"))
        self.theme.setToolTip(self.tr("Follow the system, or always light or dark"))
        for theme, label in (
            (Theme.SYSTEM, self.tr("Follow the system")),
            (Theme.LIGHT, self.tr("Light")),
            (Theme.DARK, self.tr("Dark")),
        ):
            self.theme.addItem(label, theme.value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme.value)))
        self.contrast = self._check(
            "contrastCheck", self.tr("High co&ntrast (white on black)"), settings.high_contrast
        )
        self.large = self._check("largeTypeCheck", self.tr("&Large type"), settings.large_type)
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(self.tr("Takes effect the next time you open the app"))
        self.language.addItem(self.tr("Same as the system"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language or "")))
        note = QLabel(
            self.tr(
                "Without speakers or a speech engine the app stays silent; everything is also"
                " shown on screen."
            ),
            self,
        )
        note.setObjectName("settingsNote")
        note.setWordWrap(True)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(16)
        form.addRow(self.sound)
        form.addRow(self.voice)
        form.addRow(self._label(self.tr("V&olume"), self.volume), self.volume)
        form.addRow(self._label(self.tr("&Colours"), self.theme), self.theme)
        form.addRow(self.contrast)
        form.addRow(self.large)
        form.addRow(self._label(self.tr("Lan&guage"), self.language), self.language)
        form.addRow(note)
        form.addRow(self._data_section())
        # A readable column rather than controls stretched across a wide window.
        column = QWidget(self)
        column.setObjectName("settingsColumn")
        column.setMaximumWidth(720)
        column.setLayout(form)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.addWidget(column)
        outer.addStretch(1)
        self.sound.toggled.connect(lambda on: self._apply(sound=on))
        self.voice.toggled.connect(lambda on: self._apply(voice=on))
        self.volume.valueChanged.connect(lambda v: self._apply(volume=v))
        self.theme.currentIndexChanged.connect(
            lambda _i: self._apply(theme=Theme(self.theme.currentData()))
        )
        self.contrast.toggled.connect(lambda on: self._apply(high_contrast=on))
        self.large.toggled.connect(lambda on: self._apply(large_type=on))
        self.language.currentIndexChanged.connect(
            lambda _i: self._apply(language=self.language.currentData() or None)
        )

    def _data_section(self) -> QWidget:
        """ "Your data": what a backup holds, and the Back up... and Restore... buttons."""
        section = QWidget(self)
        section.setObjectName("dataSection")
        title = QLabel(self.tr("Your data"), section)
        title.setObjectName("dataTitle")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        about = QLabel(
            self.tr(
                "A backup is one file with your history, settings, and your own programs,"
                " exercises and pictures. Keep it somewhere other than this computer; restore it"
                " here or on a new one."
            ),
            section,
        )
        about.setObjectName("dataNote")
        about.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Back up…"), section)
        self.backup_button.setObjectName("backupButton")
        self.backup_button.setAccessibleName(self.tr("Back up your data"))
        self.backup_button.setToolTip(self.tr("Save all your data in one backup file"))
        self.restore_button = QPushButton(self.tr("Res&tore…"), section)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setAccessibleName(self.tr("Restore your data"))
        self.restore_button.setToolTip(
            self.tr("Replace your data with a backup; what it replaces is kept")
        )
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 16, 0, 0)
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addLayout(buttons)
        self.backup_button.clicked.connect(self.backup_requested)
        self.restore_button.clicked.connect(self.restore_requested)
        return section

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _check(self, name: str, text: str, checked: bool) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setObjectName(name)
        box.setAccessibleName(text.replace("&", ""))
        box.setChecked(checked)
        return box
