"""A printable handout of a program: each exercise with pictures, steps and cautions, then a log."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from rehab_app.core.content.loader import Library
from rehab_app.core.i18n import exercise_in, pick, program_in
from rehab_app.core.models import Exercise, Program, ProgramItem
from rehab_app.core.session.plan import build_plan, effective_dosage
from rehab_app.ui.common.texts import dosage_text, translate

PAGE_SIZES = {
    "A4": QPageSize.PageSizeId.A4,
    "A5": QPageSize.PageSizeId.A5,
    "Letter": QPageSize.PageSizeId.Letter,
    "Legal": QPageSize.PageSizeId.Legal,
}
LOG_ROWS = 14
_LOG_WIDTHS = (0.14, 0.09, 0.12, 0.12, 0.13, 0.40)
_RESOLUTION = 300
MARGIN_MM = 15.0
_BODY_PT = 11.0
_GREY = QColor(90, 90, 90)


def log_columns() -> tuple[str, ...]:
    """The headings of the log table, translated."""
    return (
        translate("Handout", "Date"),
        translate("Handout", "Done?"),
        translate("Handout", "Pain before"),
        translate("Handout", "Pain after"),
        translate("Handout", "Next morning"),
        translate("Handout", "Notes"),
    )


@dataclass(frozen=True, slots=True)
class _Piece:
    """Something drawn at the origin, `height` device units tall.

    It may be cut between paragraphs or steps (`breaks`) or, failing that, between lines
    (`line_breaks`). `paint` gets the visible part, in the piece's coordinates.
    """

    height: float
    paint: Callable[[QPainter, QRectF], None]
    breaks: tuple[float, ...] = ()
    line_breaks: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class _Placed:
    piece: _Piece
    y: float
    top: float
    bottom: float


class _Pages:
    """Flows groups of pieces onto pages of a fixed content height."""

    def __init__(self, height: float, gap: float) -> None:
        self.height, self.gap = height, gap
        self.pages: list[list[_Placed]] = [[]]
        self.y = 0.0

    @property
    def room(self) -> float:
        return self.height - self.y

    def new_page(self) -> None:
        if self.pages[-1]:
            self.pages.append([])
        self.y = 0.0

    def _place(self, piece: _Piece, top: float, bottom: float) -> None:
        self.pages[-1].append(_Placed(piece, self.y, top, bottom))
        self.y += bottom - top

    def add_group(self, pieces: Sequence[_Piece], inner_gap: float = 0.0) -> None:
        """Keep `pieces` on one page if they fit on any page; otherwise let them flow and split."""
        total = sum(p.height for p in pieces) + inner_gap * (len(pieces) - 1)
        if total > self.room and total <= self.height:
            self.new_page()
        for n, piece in enumerate(pieces):
            if n:
                self.y += inner_gap
            self._flow(piece)
        self.y += self.gap

    def _flow(self, piece: _Piece) -> None:
        if piece.height > self.room and piece.height <= self.height:
            self.new_page()
        top = 0.0
        while piece.height - top > self.room:
            end = top + self.room
            blocks = [b for b in piece.breaks if top < b <= end]
            if not blocks and self.y > 0:
                self.new_page()
                continue
            lines = [b for b in piece.line_breaks if top < b <= end]
            # A single line taller than a page cannot be kept whole, so it is cut where the page ends.
            cut = max(blocks or lines or [end])
            self._place(piece, top, cut)
            self.new_page()
            top = cut
        self._place(piece, top, piece.height)


class _Writer:
    """Builds the pieces of one handout for one paged device."""

    def __init__(
        self,
        device: QPagedPaintDevice,
        program: Program,
        library: Library,
        language: str | None = None,
    ) -> None:
        self.device, self.library, self.language = device, library, language
        self.program = program_in(program, language)
        # Owns the text documents and SVG renderers, so they all go when the handout is done.
        self.owner = QObject()
        self._svg: dict[Path, QSvgRenderer] = {}
        self.dpi = device.logicalDpiY()
        rect = device.pageLayout().paintRectPixels(self.dpi)
        self.width = float(rect.width())
        self.footer = self.mm(11)
        self.body_height = rect.height() - self.footer

    @property
    def css(self) -> str:
        # Rich-text margins take only pixels, which Qt reads as 1/96 inch on any device.
        def pt(value: float) -> str:
            return f"{round(value * 96 / 72)}px"

        return (
            f"h1 {{ font-size: 20pt; margin-bottom: {pt(6)}; }}"
            f" h2 {{ font-size: 14pt; margin-top: 0; margin-bottom: {pt(2)}; }}"
            f" p {{ margin-top: 0; margin-bottom: {pt(3)}; }}"
            f" .small {{ font-size: 8pt; color: #444; }} .dose {{ font-weight: bold; }}"
            f" .label {{ margin-top: {pt(5)}; margin-bottom: {pt(2)}; }}"
            f" table {{ margin-top: {pt(6)}; margin-bottom: {pt(6)}; }}"
            f" ol, ul {{ margin-top: 0; margin-bottom: 0; }} td.key {{ padding-right: {pt(8)}; }}"
        )

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def text(self, body: str, points: float = _BODY_PT) -> _Piece:
        doc = QTextDocument(self.owner)
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.font(points))
        doc.setDefaultStyleSheet(self.css)
        doc.setHtml(body)
        doc.setTextWidth(self.width)
        # Asking for the size finishes the layout, which Qt otherwise does lazily in chunks.
        height = doc.size().height()
        breaks: list[float] = []
        lines: list[float] = []
        block = doc.begin()
        while block.isValid():
            layout = block.layout()
            origin = layout.position().y()
            lines.extend(
                origin + layout.lineAt(i).y() + layout.lineAt(i).height()
                for i in range(layout.lineCount())
            )
            if layout.lineCount():
                breaks.append(lines[-1])
            block = block.next()

        def paint(painter: QPainter, visible: QRectF) -> None:
            # Blocks touching the cut only at an edge belong to the other page. (Within a block
            # cut between lines, Qt also draws the line above the clip, hidden but in the text.)
            doc.drawContents(painter, visible.adjusted(0, 0.5, 0, -0.5))

        return _Piece(height, paint, tuple(sorted(breaks)), tuple(sorted(lines)))

    def pictures(self, paths: tuple[Path, ...]) -> _Piece | None:
        if not paths:
            return None
        height, gap = self.mm(34), self.mm(5)
        cell = (self.width - gap * (len(paths) - 1)) / len(paths)
        shown: list[tuple[Path, float]] = []
        for path in paths:
            aspect = self.aspect(path)
            if aspect is not None:
                shown.append((path, aspect))
        if not shown:
            return None

        def paint(painter: QPainter, _visible: QRectF) -> None:
            x = 0.0
            for path, aspect in shown:
                w = min(cell, height * aspect)
                h = w / aspect
                self.draw_picture(painter, path, QRectF(x, (height - h) / 2, w, h))
                x += w + gap

        return _Piece(height, paint)

    def header(self) -> _Piece:
        p = self.program
        plan = build_plan(p, self.library.exercise)
        minutes = round(plan.total_s / 60)
        esc = html.escape
        rows = [
            (
                translate("Handout", "How often"),
                translate("Handout", "{n} sessions a week").format(n=p.sessions_per_week),
            ),
            (
                translate("Handout", "Pain limit"),
                translate("Handout", "Stop and rest if your pain goes above {n} out of 10.").format(
                    n=p.pain_ceiling
                ),
            ),
            (
                translate("Handout", "Session time"),
                translate("Handout", "About {n} minutes, rests included").format(n=minutes)
                if minutes > 1
                else translate("Handout", "About a minute, rests included"),
            ),
            (translate("Handout", "Exercises"), str(len(p.items))),
        ]
        facts = "".join(
            f'<tr><td class="key"><b>{esc(k)}:</b></td><td>{esc(v)}</td></tr>' for k, v in rows
        )
        disclaimer = ""
        safety = self.library.safety
        if safety is not None:
            text = pick(safety.disclaimer, safety.disclaimer_i18n, self.language)
            paras = [t.strip() for t in text.split("\n\n") if t.strip()]
            disclaimer = "<hr/>" + "".join(f'<p class="small">{esc(t)}</p>' for t in paras)
        about = "".join(f"<p>{esc(t.strip())}</p>" for t in p.description.splitlines() if t.strip())
        return self.text(
            f"<h1>{esc(p.name)}</h1>{about}"
            f'<table cellspacing="0" cellpadding="1">{facts}</table>{disclaimer}<hr/>'
        )

    def exercise(self, number: int, item: ProgramItem, ex: Exercise) -> list[_Piece]:
        esc = html.escape
        dosage = dosage_text(effective_dosage(ex.dosage, item.dosage))
        head = self.text(
            f"<h2>{number}. {esc(ex.name)}</h2><p class='dose'>{esc(dosage)}</p>", _BODY_PT
        )
        pieces = [head]
        if (pics := self.pictures(self.library.images.get(ex.id, ()))) is not None:
            pieces.append(pics)
        # Words looked up outside the f-strings: lupdate does not see a call inside one.
        note_word = esc(translate("Handout", "Note"))
        start_word = esc(translate("Handout", "Start position"))
        steps_word = esc(translate("Handout", "Steps"))
        cautions_word = esc(translate("Handout", "Cautions"))
        parts = []
        if item.note:
            parts.append(f"<p><i>{note_word}: {esc(item.note)}</i></p>")
        parts.append(f"<p><b>{start_word}:</b> {esc(ex.start_position)}</p>")
        steps = "".join(f"<li>{esc(s.text)}</li>" for s in ex.steps)
        parts.append(f"<p class='label'><b>{steps_word}</b></p><ol>{steps}</ol>")
        if ex.cautions:
            cautions = "".join(f"<li>{esc(c)}</li>" for c in ex.cautions)
            parts.append(f"<p class='label'><b>{cautions_word}</b></p><ul>{cautions}</ul>")
        pieces.append(self.text("".join(parts)))
        return pieces

    def log_title(self) -> _Piece:
        esc = html.escape
        title = esc(translate("Handout", "Session log"))
        scale = esc(
            translate("Handout", "Pain is scored 0 to 10: 0 is no pain, 10 the worst imaginable.")
        )
        morning = esc(
            translate("Handout", "Next morning: your pain when you get up the day after.")
        )
        return self.text(
            f"<h2>{title}: {esc(self.program.name)}</h2><p>{scale} {morning} "
            + esc(
                translate("Handout", "Your pain limit for this program is {n} out of 10.").format(
                    n=self.program.pain_ceiling
                )
            )
            + "</p>"
        )

    def log_table(self, room: float) -> _Piece:
        head_h = self.mm(13)
        row_h = max(self.mm(8), min(self.mm(13), (room - head_h) / LOG_ROWS))
        height = head_h + row_h * LOG_ROWS
        widths = [self.width * f for f in _LOG_WIDTHS]
        pad = self.mm(1.5)

        def paint(painter: QPainter, _visible: QRectF) -> None:
            painter.fillRect(QRectF(0, 0, self.width, head_h), QColor(230, 230, 230))
            painter.setPen(QPen(QColor(0, 0, 0), self.mm(0.25)))
            painter.setFont(self.font(10, bold=True))
            x = 0.0
            for name, w in zip(log_columns(), widths, strict=True):
                cell = QRectF(x + pad, 0, w - 2 * pad, head_h)
                flags = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
                painter.drawText(cell, int(flags), name)
                x += w
            for n in range(LOG_ROWS + 2):
                y = 0.0 if n == 0 else head_h + row_h * (n - 1)
                painter.drawLine(QPointF(0, y), QPointF(self.width, y))
            x = 0.0
            for w in (0.0, *widths):
                x += w
                painter.drawLine(QPointF(x, 0), QPointF(x, height))

        return _Piece(height, paint)

    def layout(self) -> list[list[_Placed]]:
        pages = _Pages(self.body_height, self.mm(7))
        pages.add_group([self.header()])
        for n, item in enumerate(self.program.items, start=1):
            ex = self.library.exercises.get(item.exercise)
            if ex is not None:
                pages.add_group(self.exercise(n, item, exercise_in(ex, self.language)), self.mm(2))
        pages.new_page()
        title = self.log_title()
        pages.add_group([title])
        pages.add_group([self.log_table(pages.room)])
        return pages.pages

    def svg(self, path: Path) -> QSvgRenderer:
        if path not in self._svg:
            self._svg[path] = QSvgRenderer(str(path), self.owner)
        return self._svg[path]

    def aspect(self, path: Path) -> float | None:
        """Width over height of a picture, or None when it cannot be read."""
        if path.suffix.lower() == ".svg":
            size = self.svg(path).defaultSize()
            return (
                size.width() / size.height() if self.svg(path).isValid() and size.height() else None
            )
        image = QImage(str(path))
        return None if image.isNull() else image.width() / image.height()

    def draw_picture(self, painter: QPainter, path: Path, target: QRectF) -> None:
        # SVG is drawn as vectors so the printout stays sharp at any printer resolution.
        if path.suffix.lower() == ".svg":
            self.svg(path).render(painter, target)
        else:
            painter.drawImage(target, QImage(str(path)))
        painter.setPen(QPen(QColor(200, 200, 200), self.mm(0.2)))
        painter.drawRect(target)

    def paint_footer(self, painter: QPainter, page: int, total: int) -> None:
        y = self.body_height + self.footer * 0.35
        painter.setPen(QPen(_GREY, self.mm(0.2)))
        painter.drawLine(QPointF(0, y), QPointF(self.width, y))
        painter.setFont(self.font(9))
        rect = QRectF(0, y, self.width, self.footer * 0.65)
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(rect, left, self.program.name)
        painter.drawText(
            rect, right, translate("Handout", "Page {n} of {total}").format(n=page, total=total)
        )


def render_handout(
    device: QPagedPaintDevice, program: Program, library: Library, language: str | None = None
) -> int:
    """Paint the handout onto a PDF writer or printer; returns the page count (OSError if it fails).

    Exercise and program texts are in `language` where they are translated.
    """
    writer = _Writer(device, program, library, language)
    pages = writer.layout()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("Handout", "Could not start writing the handout"))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for number, placed in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            for item in placed:
                painter.save()
                painter.setClipRect(QRectF(0, item.y, writer.width, item.bottom - item.top))
                painter.translate(0, item.y - item.top)
                item.piece.paint(painter, QRectF(0, item.top, writer.width, item.bottom - item.top))
                painter.restore()
            writer.paint_footer(painter, number, len(pages))
    finally:
        painter.end()
    return len(pages)


def write_handout(
    path: Path,
    program: Program,
    library: Library,
    *,
    page_size: str = "A4",
    language: str | None = None,
) -> int:
    """Write the handout of `program` as a PDF at `path` (in `language`); returns the page count."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size {page_size!r}; use one of {', '.join(PAGE_SIZES)}")
    writer = QPdfWriter(str(path))
    writer.setResolution(_RESOLUTION)
    writer.setTitle(program_in(program, language).name)
    writer.setCreator("Back on Track")
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page_size]),
            QPageLayout.Orientation.Portrait,
            margins,
            QPageLayout.Unit.Millimeter,
        )
    )
    return render_handout(writer, program, library, language)
