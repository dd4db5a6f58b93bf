"""The player's exercise picture: the drawing that fits the step and side, redrawn to fit its size."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from rehab_app.core.session.plan import Segment, SegmentKind, Side
from rehab_app.ui.common.pictures import picture
from rehab_app.ui.common.texts import translate

# Worded in the "PlayerPage" context, which holds their German translations.


class ExercisePicture(QLabel):
    """The exercise picture; says when its size changed so it can be redrawn to fit.

    Signals:
        resized(): the label got a new size.
    """

    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key: tuple[str, int, bool] | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Forget the drawn size and report the new one."""
        super().resizeEvent(event)
        self._key = None
        self.resized.emit()

    def show_step(
        self,
        seg: Segment,
        images: Sequence[Path],
        step: int,
        steps: int,
        name: str,
        ratio: float,
    ) -> None:
        """Show the start or end position of `seg` at `step` of `steps`, mirrored for the right side."""
        if not images:
            self.clear()
            return
        # The end position shows while the movement is under way; first and last steps show the start.
        index = (
            1 if seg.kind is SegmentKind.WORK and 0 < step < steps - 1 and len(images) > 1 else 0
        )
        mirrored = seg.side is Side.RIGHT
        key = (seg.exercise_id, index, mirrored)
        if key == self._key and not self.pixmap().isNull():
            return
        self._key = key
        size = self.size().boundedTo(QSize(1200, 800))
        self.setPixmap(picture(images[index], size, mirrored, ratio))
        self.setAccessibleName(
            translate("PlayerPage", "{0}, end position").format(name)
            if index
            else translate("PlayerPage", "{0}, start position").format(name)
        )
