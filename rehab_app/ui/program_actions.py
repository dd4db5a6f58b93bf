"""Customising from the home screen: edit, share, print, progress suggestions and flare-up days."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

from rehab_app.core import progression
from rehab_app.core.history import HistoryStore
from rehab_app.core.loader import Origin
from rehab_app.core.models import Program
from rehab_app.core.plan import build_plan, format_duration
from rehab_app.core.user_files import SaveError, save_program
from rehab_app.ui.controls import named_button
from rehab_app.ui.main_window import MainWindow
from rehab_app.ui.program_action_bar import ProgramActionBar
from rehab_app.ui.suggestion_words import record_words
from rehab_app.ui.suggestions import SuggestionBanner


class ProgramActions(QObject):
    """Adds the customising controls to the main window and carries out their actions."""

    def __init__(
        self, window: MainWindow, store: HistoryStore | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent or window)
        self.window = window
        self.store = store
        self._editor: QWidget | None = None
        page = window.programs
        bar = ProgramActionBar.of(page)
        self.edit_button = bar.edit_button
        self.new_button = bar.new_button
        self.import_button = bar.import_button
        self.export_button = bar.export_button
        self.pdf_button = bar.pdf_button
        self.flare_button = bar.flare_button
        self.banner = SuggestionBanner(page)
        page.add_header(self.banner)
        self.new_exercise_button = named_button(
            self.tr("New e&xercise…"),
            "newExerciseButton",
            self.tr("Write your own exercise"),
            window.browser,
        )
        browser_layout = window.browser.layout()
        assert isinstance(browser_layout, QVBoxLayout)
        browser_layout.insertWidget(0, self.new_exercise_button)
        self.edit_button.clicked.connect(lambda: self.edit(window.programs.current_id()))
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.import_button.clicked.connect(self.import_program)
        self.export_button.clicked.connect(self.export_program)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.flare_button.clicked.connect(self.flare_up)
        self.new_exercise_button.clicked.connect(self.new_exercise)
        self.banner.accepted.connect(self._accept)
        window.programs.list.currentItemChanged.connect(lambda *_: self.refresh_suggestion())
        self.refresh_suggestion()

    def _current(self) -> Program | None:
        key = self.window.programs.current_id()
        return self.window.library.programs.get(key) if key else None

    def editor(self) -> QWidget:
        """The program editor page, built on first use."""
        if self._editor is None:
            from rehab_app.ui.program_editor import ProgramEditor

            window = self.window
            editor = ProgramEditor(window.paths, window.library, window.stack, window.language)
            editor.saved.connect(self._on_saved)
            editor.library_changed.connect(self.window.programs.refresh)
            editor.closed.connect(self.window.show_home)
            self._editor = editor
        return self._editor

    def _on_saved(self, program_id: str) -> None:
        self.window.programs.refresh()
        self.window.programs.select(program_id)

    def edit(self, program_id: str | None) -> bool:
        """Open the editor on a program (None: a new one)."""
        editor = self.editor()
        opened = editor.open_program(program_id) if program_id else editor.new_program()  # type: ignore[attr-defined]
        if opened:
            self.window.show_page(editor)
        return bool(opened)

    def new_exercise(self) -> None:
        """Write a new exercise of one's own."""
        from rehab_app.ui.exercise_editor import ExerciseEditor

        window = self.window
        dialog = ExerciseEditor(window.paths, window.library, None, window, window.language)
        if dialog.exec() and dialog.saved_exercise is not None:
            self.window.statusBar().showMessage(
                self.tr("Saved {0}.").format(dialog.saved_exercise.name), 5000
            )

    def import_program(self) -> None:
        """Import a shared .rehab file."""
        from rehab_app.core.loader import load_library
        from rehab_app.ui.sharing import import_program_dialog

        program = import_program_dialog(self.window, self.window.library, self.window.paths)
        if program is None:
            return
        fresh = load_library(self.window.paths)
        library = self.window.library
        for name in ("exercises", "programs", "exercise_origins", "program_origins", "images"):
            getattr(library, name).clear()
            getattr(library, name).update(getattr(fresh, name))
        self.window.programs.refresh()
        self.window.programs.select(program.id)

    def export_program(self) -> None:
        """Export the selected program to a .rehab file."""
        from rehab_app.ui.sharing import export_program_dialog

        if (program := self._current()) is not None:
            export_program_dialog(self.window, program, self.window.library)

    def save_pdf(self) -> None:
        """Save the selected program as a printable PDF handout."""
        from rehab_app.ui.sharing import save_handout_dialog

        if (program := self._current()) is not None:
            save_handout_dialog(
                self.window, program, self.window.library, language=self.window.language
            )

    def flare_up(self) -> None:
        """Start today's session of the selected program with the easier variants."""
        program = self._current()
        launcher = self.window.session_launcher
        if program is not None and launcher is not None:
            launcher.start(program.id, progression.flare_up(program, self.window.library))

    def _show_flare_total(self, program: Program | None) -> None:
        """The flare-up day's length on its button, so it is known before starting."""
        button = self.flare_button
        if program is None:
            button.setText(self.tr("&Flare-up day"))
            return
        library = self.window.library
        try:
            normal = build_plan(program, library.exercise).total_s
            easier = build_plan(progression.flare_up(program, library), library.exercise).total_s
        except KeyError:  # an exercise went missing: Start reports that
            button.setText(self.tr("&Flare-up day"))
            return
        button.setText(self.tr("&Flare-up day ({0})").format(format_duration(easier)))
        button.setToolTip(
            self.tr(
                "Start today's session with the easier version of each exercise: {0} instead of"
                " {1}, never more reps than usual"
            ).format(format_duration(easier), format_duration(normal))
        )

    def refresh_suggestion(self) -> None:
        """Show the one change the pain-monitoring model suggests for the selected program."""
        program = self._current()
        self._show_flare_total(program)
        library = self.window.library
        if program is None or self.store is None or library.safety is None:
            self.banner.hide()
            return
        pain_model = library.safety.pain_model
        today = date.today()
        # Every program's sessions: "no improvement" is not reset by switching program.
        sessions = self.store.records_since(progression.history_start(pain_model, today))
        suggestion = progression.suggest(
            program, library, sessions, self.store.checkins(), pain_model, today
        )
        if suggestion is not None and not progression.allowed_by_safety(
            suggestion, self.window.settings.safety, library
        ):
            suggestion = None  # the safety notice on the home screen says why
        self.banner.show_suggestion(suggestion, program, library)

    def _accept(self, suggestion: object) -> None:
        program = self._current()
        if program is None or not isinstance(suggestion, progression.Suggestion):
            return
        library = self.window.library
        text = record_words(suggestion, library)
        changed = progression.apply(program, suggestion, date.today(), text)
        was = library.program_origins.get(program.id)
        try:
            path = save_program(self.window.paths, changed)
        except SaveError as exc:
            self.window.statusBar().showMessage(str(exc), 10000)
            return
        library.programs[changed.id] = changed
        overrides = was is not None and (was.overrides_shipped or not was.user)
        library.program_origins[changed.id] = Origin(path, True, overrides)
        self.window.programs.refresh()
        following = suggestion.next_program
        if (
            suggestion.kind is progression.SuggestionKind.NEXT_STAGE
            and following in library.programs
        ):
            self.window.programs.select(following)
            self.window.statusBar().showMessage(
                self.tr("Noted. Here is your next stage: {0}.").format(
                    library.programs[following].name
                ),
                8000,
            )
            return
        self.window.statusBar().showMessage(self.tr("Change saved to your program."), 5000)
