"""Customising from the home screen: edit, share, print, progress suggestions and flare-up days."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from rehab_app.core.content.user_files import SaveError
from rehab_app.core.history.store import HistoryStore
from rehab_app.core.models import Program
from rehab_app.core.progression import suggestions as progression
from rehab_app.core.session.plan import build_plan, format_duration
from rehab_app.ui.home.action_bar import ProgramActionBar
from rehab_app.ui.home.programs_page import ProgramsPage
from rehab_app.ui.home.suggestion_words import record_words
from rehab_app.ui.home.suggestions import SuggestionBanner
from rehab_app.ui.session.launcher import SessionLauncher
from rehab_app.ui.shell.host import Host


class ProgramActions(QObject):
    """Adds the customising controls to the programs page and carries out their actions."""

    def __init__(
        self,
        host: Host,
        programs: ProgramsPage,
        store: HistoryStore | None,
        launcher: SessionLauncher | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or host.dialog_parent())
        self.host = host
        self.programs = programs
        self.store = store
        self.launcher = launcher
        self._editor: QWidget | None = None
        page = programs
        bar = ProgramActionBar.of(page)
        self.edit_button = bar.edit_button
        self.new_button = bar.new_button
        self.import_button = bar.import_button
        self.export_button = bar.export_button
        self.pdf_button = bar.pdf_button
        self.flare_button = bar.flare_button
        self.banner = SuggestionBanner(page)
        page.add_header(self.banner)
        self.edit_button.clicked.connect(lambda: self.edit(programs.current_id()))
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.import_button.clicked.connect(self.import_program)
        self.export_button.clicked.connect(self.export_program)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.flare_button.clicked.connect(self.flare_up)
        self.banner.accepted.connect(self._accept)
        programs.list.currentItemChanged.connect(lambda *_: self.refresh_suggestion())
        self.refresh_suggestion()

    def _current(self) -> Program | None:
        key = self.programs.current_id()
        return self.host.library.programs.get(key) if key else None

    def editor(self) -> QWidget:
        """The program editor page, built on first use."""
        if self._editor is None:
            from rehab_app.ui.editor.program.editor import ProgramEditor

            host = self.host
            editor = ProgramEditor(host.workspace, host.dialog_parent(), host.language)
            editor.saved.connect(self._on_saved)
            editor.closed.connect(host.show_home)
            self._editor = editor
        return self._editor

    def _on_saved(self, program_id: str) -> None:
        self.programs.select(program_id)

    def edit(self, program_id: str | None) -> bool:
        """Open the editor on a program (None: a new one)."""
        editor = self.editor()
        opened = editor.open_program(program_id) if program_id else editor.new_program()  # type: ignore[attr-defined]
        if opened:
            self.host.show_page(editor)
        return bool(opened)

    def new_exercise(self) -> None:
        """Write a new exercise of one's own."""
        from rehab_app.ui.editor.exercise.editor import ExerciseEditor

        host = self.host
        dialog = ExerciseEditor(host.workspace, None, host.dialog_parent(), host.language)
        try:
            if dialog.exec() and dialog.saved_exercise is not None:
                host.status(self.tr("Saved {0}.").format(dialog.saved_exercise.name), 5000)
        finally:
            dialog.deleteLater()

    def import_program(self) -> None:
        """Import a shared .rehab file."""
        from rehab_app.ui.sharing.dialogs import import_program_dialog

        program = import_program_dialog(self.host.dialog_parent(), self.host.workspace)
        if program is not None:
            self.programs.select(program.id)

    def export_program(self) -> None:
        """Export the selected program to a .rehab file."""
        from rehab_app.ui.sharing.dialogs import export_program_dialog

        if (program := self._current()) is not None:
            export_program_dialog(self.host.dialog_parent(), program, self.host.library)

    def save_pdf(self) -> None:
        """Save the selected program as a printable PDF handout."""
        from rehab_app.ui.sharing.dialogs import save_handout_dialog

        if (program := self._current()) is not None:
            save_handout_dialog(
                self.host.dialog_parent(), program, self.host.library, language=self.host.language
            )

    def flare_up(self) -> None:
        """Start today's session of the selected program with the easier variants."""
        program = self._current()
        if program is not None and self.launcher is not None:
            self.launcher.start(program.id, progression.flare_up(program, self.host.library))

    def _show_flare_total(self, program: Program | None) -> None:
        """The flare-up day's length on its button, so it is known before starting."""
        button = self.flare_button
        if program is None:
            button.setText(self.tr("&Flare-up day"))
            return
        library = self.host.library
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
        library = self.host.library
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
            suggestion, self.host.settings.safety, library
        ):
            suggestion = None  # the safety notice on the home screen says why
        self.banner.show_suggestion(suggestion, program, library)

    def _accept(self, suggestion: object) -> None:
        program = self._current()
        if program is None or not isinstance(suggestion, progression.Suggestion):
            return
        library = self.host.library
        text = record_words(suggestion, library)
        changed = progression.apply(program, suggestion, date.today(), text)
        try:
            self.host.workspace.save_program(changed)
        except SaveError as exc:
            self.host.status(str(exc), 10000)
            return
        following = suggestion.next_program
        if (
            suggestion.kind is progression.SuggestionKind.NEXT_STAGE
            and following in library.programs
        ):
            self.programs.select(following)
            self.host.status(
                self.tr("Noted. Here is your next stage: {0}.").format(
                    library.programs[following].name
                ),
                8000,
            )
            return
        self.host.status(self.tr("Change saved to your program."), 5000)
