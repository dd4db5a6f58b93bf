"""Settings: sound, voice, volume and how the app looks; saved at once in the data folder."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QSlider, QWidget

from rehab_app.core.settings import Settings, Theme

Apply = Callable[..., None]


class SettingsPage(QWidget):
    """A form whose every change is applied and saved immediately."""

    def __init__(self, settings: Settings, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._apply = apply
        self.sound = self._check(
            "soundCheck", "Sounds (beeps for 3-2-1 and changes)", settings.sound
        )
        self.voice = self._check(
            "voiceCheck", "Voice (spoken steps and announcements)", settings.voice
        )
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setObjectName("volumeSlider")
        self.volume.setAccessibleName("Volume")
        self.volume.setToolTip("Volume of sounds and voice")
        self.volume.setRange(0, 100)
        self.volume.setValue(settings.volume)
        self.theme = QComboBox(self)
        self.theme.setObjectName("themeCombo")
        self.theme.setAccessibleName("Colour scheme")
        self.theme.setToolTip("Follow the system, or always light or dark")
        for theme, label in (
            (Theme.SYSTEM, "Follow the system"),
            (Theme.LIGHT, "Light"),
            (Theme.DARK, "Dark"),
        ):
            self.theme.addItem(label, theme.value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme.value)))
        self.contrast = self._check("contrastCheck", "High contrast", settings.high_contrast)
        self.large = self._check("largeTypeCheck", "Large type", settings.large_type)
        note = QLabel(
            "Without speakers or a speech engine the app stays silent; everything is also shown on screen.",
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.sound)
        form.addRow(self.voice)
        form.addRow("Volume", self.volume)
        form.addRow("Colours", self.theme)
        form.addRow(self.contrast)
        form.addRow(self.large)
        form.addRow(note)
        self.sound.toggled.connect(lambda on: self._apply(sound=on))
        self.voice.toggled.connect(lambda on: self._apply(voice=on))
        self.volume.valueChanged.connect(lambda v: self._apply(volume=v))
        self.theme.currentIndexChanged.connect(
            lambda _i: self._apply(theme=Theme(self.theme.currentData()))
        )
        self.contrast.toggled.connect(lambda on: self._apply(high_contrast=on))
        self.large.toggled.connect(lambda on: self._apply(large_type=on))

    def _check(self, name: str, text: str, checked: bool) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setObjectName(name)
        box.setAccessibleName(text)
        box.setChecked(checked)
        return box
