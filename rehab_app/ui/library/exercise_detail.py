"""Everything about one exercise: pictures, steps, dosage, cues, mistakes, cautions and variants."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from rehab_app.core.i18n import exercise_in
from rehab_app.core.models import Exercise
from rehab_app.ui.common.pictures import picture
from rehab_app.ui.common.texts import category_label, dosage_text

PICTURE_SIZE = QSize(320, 200)


def _bullets(items: tuple[str, ...]) -> str:
    return "<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>" if items else ""


class ExerciseDetail(QScrollArea):
    """A read-only page about one exercise.

    Signals:
        variant_activated(str): the user followed a link to an easier or harder variant.
    """

    variant_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseDetail")
        self.setAccessibleName(self.tr("Exercise details"))
        self._language = language
        self.setWidgetResizable(True)
        body = QWidget(self)
        self._title = QLabel(body)
        self._title.setObjectName("detailTitle")
        self._title.setWordWrap(True)
        title_font = QFont(self._title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._pictures = QHBoxLayout()
        self._picture_labels = [QLabel(body), QLabel(body)]
        for n, label in enumerate(self._picture_labels):
            label.setObjectName(f"picture{n + 1}")
            label.setAccessibleName(
                self.tr("Start position") if n == 0 else self.tr("End position")
            )
            self._pictures.addWidget(label)
        self._pictures.addStretch(1)
        self._text = QLabel(body)
        self._text.setObjectName("detailText")
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.RichText)
        self._text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self._text.linkActivated.connect(self._on_link)
        layout = QVBoxLayout(body)
        layout.addWidget(self._title)
        layout.addLayout(self._pictures)
        layout.addWidget(self._text, 1)
        self.setWidget(body)
        self.show_exercise(None, (), {})

    def show_exercise(
        self, exercise: Exercise | None, images: tuple[Path, ...], names: dict[str, str]
    ) -> None:
        """Show `exercise` (None: a hint to pick one); `names` maps variant ids to names."""
        for label in self._picture_labels:
            label.clear()
            label.setVisible(False)
        if exercise is None:
            self._title.setText(self.tr("Pick an exercise"))
            self._text.setText(self.tr("Choose an exercise on the left to see how to do it."))
            return
        exercise = exercise_in(exercise, self._language)
        name = exercise.name
        self._title.setText(name)
        self._title.setAccessibleName(name)
        ratio = self.devicePixelRatioF()
        for label, path in zip(self._picture_labels, images, strict=False):
            label.setPixmap(picture(path, PICTURE_SIZE, ratio=ratio))
            label.setVisible(True)
        self._text.setText(self._html(exercise, names))
        self._text.setAccessibleName(self.tr("About {0}").format(name))

    def _html(self, ex: Exercise, names: dict[str, str]) -> str:
        """`ex` (already in the user's language) as headed sections."""
        esc = html.escape
        steps = "".join(f"<li>{esc(s.text)}</li>" for s in ex.steps)
        dosage_title = self.tr("Dosage")
        start_title = self.tr("Start position")
        steps_title = self.tr("Steps")
        parts = [
            f"<p><b>{esc(category_label(ex.category))}</b>"
            f"{' · ' + esc(', '.join(ex.targets)) if ex.targets else ''}</p>",
            f"<p>{esc(ex.summary)}</p>",
            f"<h3>{esc(dosage_title)}</h3><p>{esc(dosage_text(ex.dosage))}</p>",
        ]
        if ex.sides is not None:
            sides_title = self.tr("Left and right")
            lines = (
                (self.tr("Left:"), ex.sides.left),
                (self.tr("Right:"), ex.sides.right),
            )
            rows = "".join(f"<li><b>{esc(word)}</b> {esc(text)}</li>" for word, text in lines)
            parts.append(f"<h3>{esc(sides_title)}</h3><ul>{rows}</ul>")
        parts += [
            f"<h3>{esc(start_title)}</h3><p>{esc(ex.start_position)}</p>",
            f"<h3>{esc(steps_title)}</h3><ol>{steps}</ol>",
        ]
        for title, items in (
            (self.tr("Cues"), ex.cues),
            (self.tr("Common mistakes"), ex.mistakes),
            (self.tr("Cautions"), ex.cautions),
        ):
            if items:
                parts.append(f"<h3>{esc(title)}</h3>{_bullets(items)}")
        for title, ids in ((self.tr("Easier:"), ex.easier), (self.tr("Harder:"), ex.harder)):
            if ids:
                links = ", ".join(f'<a href="{esc(i)}">{esc(names.get(i, i))}</a>' for i in ids)
                parts.append(f"<p><b>{esc(title)}</b> {links}</p>")
        return "".join(parts)

    def _on_link(self, target: str) -> None:
        self.variant_activated.emit(target)
