"""The exercise editor's pictures: up to two files, checked, previewed and copied in on save."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QWidget,
)

from rehab_app.core.content.user_files import MAX_PICTURE_BYTES, PICTURE_SUFFIXES, picture_problem
from rehab_app.ui.common.controls import named, named_button
from rehab_app.ui.common.pictures import picture
from rehab_app.ui.common.texts import translate

MAX_PICTURES = 2
PREVIEW = QSize(180, 120)

# The texts keep the ExerciseEditor translation context: the catalogue files them there.


@dataclass(frozen=True, slots=True)
class PictureSlot:
    """One picture: a name already in assets/ (`kept`), or a file to copy in on save (`source`)."""

    shown: Path
    kept: str = ""
    source: Path | None = None


def ask_for_picture(parent: QWidget) -> Path | None:
    """Ask for a picture file with a file dialog; None if none was chosen."""
    patterns = " ".join(f"*{suffix}" for suffix in PICTURE_SUFFIXES)
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("ExerciseEditor", "Choose a picture"),
        str(Path.home()),
        translate("ExerciseEditor", "Pictures ({0})").format(patterns),
    )
    return Path(name) if name else None


class PicturesBox(QGroupBox):
    """The start and end pictures: a preview of each, with buttons to choose and remove them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ExerciseEditor", "Pictures (start and end position)"), parent)
        self.setObjectName("picturesGroup")
        self._slots: list[PictureSlot] = []
        grid = QGridLayout(self)
        self.previews: list[QLabel] = []
        self.choose_buttons: list[QPushButton] = []
        self.remove_picture_buttons: list[QPushButton] = []
        for n in range(MAX_PICTURES):
            preview = named(
                QLabel(self), f"picturePreview{n + 1}",
                translate("ExerciseEditor", "Picture {0}").format(n + 1),
                translate("ExerciseEditor", "Preview of picture {0}").format(n + 1),
            )  # fmt: skip
            preview.setFixedSize(PREVIEW)
            preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
            preview.setFrameShape(QFrame.Shape.StyledPanel)
            choose = named_button(
                translate("ExerciseEditor", "Choose picture…"), f"choosePicture{n + 1}Button",
                translate(
                    "ExerciseEditor",
                    "Pick an SVG, PNG, JPEG or WebP file; it is copied into your data folder",
                ),
                self,
            )  # fmt: skip
            remove = named_button(
                translate("ExerciseEditor", "Remove"), f"removePicture{n + 1}Button",
                translate("ExerciseEditor", "Remove picture {0}").format(n + 1), self,
            )  # fmt: skip
            grid.addWidget(preview, 0, n)
            grid.addWidget(choose, 1, n)
            grid.addWidget(remove, 2, n)
            self.previews.append(preview)
            self.choose_buttons.append(choose)
            self.remove_picture_buttons.append(remove)
        self.picture_note = QLabel(self)
        self.picture_note.setObjectName("pictureNote")
        self.picture_note.setWordWrap(True)
        self.picture_note.setVisible(False)
        grid.addWidget(self.picture_note, 3, 0, 1, MAX_PICTURES)

    @property
    def slots(self) -> list[PictureSlot]:
        """The pictures in order: the start position first."""
        return list(self._slots)

    def kept(self) -> list[str]:
        """The names of the pictures already in assets/."""
        return [slot.kept for slot in self._slots if slot.source is None]

    def show_kept(self, shown: Sequence[Path], names: Sequence[str]) -> None:
        """Show an exercise's own pictures: the files found, and their names in the exercise."""
        self._slots = [
            PictureSlot(path, kept=name) for path, name in zip(shown, names, strict=False)
        ][:MAX_PICTURES]
        self._show_pictures()

    def put(self, n: int, chosen: Path) -> bool:
        """Put the file `chosen` in slot `n` (0 or 1); False, with a note, if it is no picture."""
        try:
            with chosen.open("rb") as handle:
                why = picture_problem(chosen.name, handle.read(MAX_PICTURE_BYTES + 1))
        except OSError as exc:
            why = exc.strerror or str(exc)
        self.picture_note.setVisible(why is not None)
        if why is not None:
            self.picture_note.setText(
                translate("ExerciseEditor", "{0} was not added: {1}.").format(chosen.name, why)
            )
            return False
        slot = PictureSlot(chosen, source=chosen)
        if n < len(self._slots):
            self._slots[n] = slot
        else:
            self._slots.append(slot)
        self._show_pictures()
        return True

    def remove(self, n: int) -> bool:
        """Drop picture `n`; False if there was none."""
        if n >= len(self._slots):
            return False
        del self._slots[n]
        self._show_pictures()
        return True

    def _show_pictures(self) -> None:
        ratio = self.devicePixelRatioF()
        for n, preview in enumerate(self.previews):
            slot = self._slots[n] if n < len(self._slots) else None
            if slot is None:
                preview.clear()
                preview.setText(translate("ExerciseEditor", "No picture"))
            else:
                pixmap = picture(slot.shown, PREVIEW, ratio=ratio)
                if pixmap.isNull():
                    preview.setText(
                        translate("ExerciseEditor", "Cannot show\n{0}").format(slot.shown.name)
                    )
                else:
                    preview.setPixmap(pixmap)
            # Pictures fill the slots in order: the second one needs the first.
            self.choose_buttons[n].setEnabled(n <= len(self._slots))
            self.remove_picture_buttons[n].setEnabled(slot is not None)
