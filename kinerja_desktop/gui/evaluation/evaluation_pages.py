"""The evaluation wizard's base page and its program, targets, summary and finish pages (the
behaviour and evaluators pages have modules of their own). Each page edits the wizard's
working copy of the evaluation (wizard.content) as the user types, shows its problems inline
and is complete only when it has no errors; the wizard saves the draft on every Next."""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QMenu, QPushButton, QRadioButton, QTableView, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget, QWizard, QWizardPage)

from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.domain import evaluations as rules
from kinerja_desktop.domain import scoring
from kinerja_desktop.domain.evidence import format_size
from kinerja_desktop.domain.periods import kind_label, position
from kinerja_desktop.domain.programs import SCHEMES, format_number, label
from kinerja_desktop.domain.scoring import BERAKHLAK, RATINGS
from kinerja_desktop.errors import Problem
from kinerja_desktop.gui.evaluation.evaluation_models import (COLUMN, AssessmentDelegate,
                                                              AssessmentModel)
from kinerja_desktop.gui.shared.domain_words import describe_position, domain_word
from kinerja_desktop.gui.shared.formatting import format_date, from_qdate, to_qdate
from kinerja_desktop.gui.shared.widgets import (HINT_COLOUR, ProblemLabel, date_problems,
                                                make_date_edit)

if TYPE_CHECKING:
    from kinerja_desktop.gui.evaluation.evaluation_wizard import EvaluationWizard

HINT = f"color: {HINT_COLOUR}"
WEIGHTED, PP46, PERMENPANRB = "capaian_berbobot", "pp46_2011", "permenpanrb_6_2022"


def number(value: Decimal | None) -> str:
    return "—" if value is None else format_number(value)


def score_text(value: float) -> str:
    """A 0–100 spin value as stored: '85', '85.5' (None below 0: not filled in)."""
    d = Decimal(str(round(value, 1)))
    return str(int(d)) if d == d.to_integral() else str(d)


def hint_label(text: str, parent: QWidget) -> QLabel:
    label_ = QLabel(text, parent)
    label_.setWordWrap(True)
    label_.setStyleSheet(HINT)
    return label_


class EvaluationPage(QWizardPage):
    """A page with inline problems; Next is disabled while it has errors."""

    step = ""

    def __init__(self, owner: EvaluationWizard):
        super().__init__(owner)
        self.owner = owner
        self.problems = ProblemLabel(self)
        self.problems.hide()
        self._loading = False

    @property
    def content(self):
        return self.owner.content

    def problems_found(self) -> list[Problem]:
        return []

    def refresh(self) -> None:
        """Show the problems and the live figures; tell the wizard whether Next may go on."""
        self.problems.show_problems(self.problems_found())
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return not any(p.is_error for p in self.problems_found())

    def cleanupPage(self) -> None:  # noqa: N802
        """Going back keeps everything entered here (the working copy holds it)."""

    def draft_problems(self, fields: tuple[str, ...]) -> list[Problem]:
        found = rules.validate(self.content, self.owner.record.program_start, final=False)
        return [p for p in found if p.field in fields]


# 1. The program ------------------------------------------------------------------------------
class ProgramPage(EvaluationPage):
    step = "program"

    def __init__(self, owner: EvaluationWizard):
        super().__init__(owner)
        self.setObjectName("programPage")
        self.setTitle(self.tr("Program yang dievaluasi"))
        self.setSubTitle(self.tr("Periksa program dan tentukan tanggal evaluasi."))
        record = owner.record
        self.program_label = QLabel(self)
        self.program_label.setObjectName("programLabel")
        self.program_label.setWordWrap(True)
        self.program_label.setTextFormat(Qt.TextFormat.RichText)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("stateLabel")
        self.state_label.setWordWrap(True)
        self.state_label.setTextFormat(Qt.TextFormat.RichText)
        self.state_label.setStyleSheet("background: #eef4ff; padding: 6px;")
        self.date_edit = make_date_edit(self)
        self.date_edit.setObjectName("evaluationDateEdit")
        self.date_edit.setMinimumDate(to_qdate(record.program_start))
        self.day_label = QLabel(self)
        self.day_label.setObjectName("dayLabel")
        form = QFormLayout()
        form.addRow(self.tr("&Tanggal evaluasi:"), self.date_edit)
        form.addRow("", self.day_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.program_label)
        layout.addWidget(self.state_label)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.date_edit.validity_changed.connect(self.refresh)  # typed text that is no date

    def initializePage(self) -> None:  # noqa: N802
        record = self.owner.record
        self.program_label.setText("<br>".join([
            f"<b>{escape(record.official_name)}</b>"
            + (f" · NIP {escape(format_nip(record.nip))}" if record.nip else ""),
            escape(record.post_title) + " — " + escape(record.unit_name),
            escape(self.tr("Program {0}: {1} – {2}").format(
                domain_word(kind_label(record.program_kind)),
                format_date(record.program_start),
                format_date(record.program_end))),
            escape(self.tr("Skema penilaian: {0}").format(
                domain_word(label(SCHEMES, record.scheme))))]))
        self.state_label.setText(self.owner.state_text())
        self._loading = True
        self.date_edit.setDate(to_qdate(max(self.content.date, record.program_start)))
        self._loading = False
        self._date_changed()

    def _date_changed(self, *_args) -> None:
        if self._loading:
            return
        self.content.date = from_qdate(self.date_edit.date())
        record = self.owner.record
        self.day_label.setText(describe_position(position(record.program_start, record.program_end,
                                                          self.content.date)))
        self.refresh()

    def problems_found(self) -> list[Problem]:
        # Typed text that is not a date keeps Next grey instead of using the old date.
        return self.draft_problems(("tanggal",)) + date_problems(self)


# 2. Targets ----------------------------------------------------------------------------------
class TargetsPage(EvaluationPage):
    step = "target"

    def __init__(self, owner: EvaluationWizard):
        super().__init__(owner)
        self.setObjectName("targetsPage")
        self.setTitle(self.tr("Realisasi target"))
        self.setSubTitle(self.tr("Isi realisasi tiap target (angka terakhir dari laporan progres "
                                 "sudah terisi), tandai bukti yang sudah dilihat, dan beri "
                                 "catatan bila perlu."))
        self.model = AssessmentModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("assessmentTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(AssessmentDelegate(self.table))
        self.table.setAccessibleName(self.tr("Realisasi target"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(COLUMN["judul"],
                                                           QHeaderView.ResizeMode.Stretch)
        for key, width in {"no": 32, "bobot": 64, "target": 90, "realisasi": 105,
                           "capaian": 68, "berkas": 56, "bukti": 88, "catatan": 150}.items():
            self.table.setColumnWidth(COLUMN[key], width)
        self.evidence_button = QPushButton(self.tr("Buka b&ukti…"), self)
        self.evidence_button.setObjectName("evidenceButton")
        self.evidence_button.setToolTip(self.tr("Buka berkas bukti dukung target yang dipilih."))
        self.evidence_button.clicked.connect(self.show_evidence_menu)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("targetTotalLabel")
        self.total_label.setWordWrap(True)
        self.total_label.setTextFormat(Qt.TextFormat.RichText)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total_label, 1)
        bottom.addWidget(self.evidence_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.problems)
        self.model.changed.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._update_button)
        self._files: dict[int, list] = {}

    def initializePage(self) -> None:  # noqa: N802
        self._files = self.owner.evidence_by_target()
        counts = {target_id: len(files) for target_id, files in self._files.items()}
        self.model.set_targets(self.content.targets, self.owner.settings.cap, counts)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, COLUMN["realisasi"]))
        self.refresh()
        self._update_button()
        QTimer.singleShot(0, self._focus_table)

    def _focus_table(self) -> None:
        """The table takes the keyboard once the page shows (unless a cell is being edited)."""
        if self.owner.currentPage() is self and \
                self.table.state() != QAbstractItemView.State.EditingState:
            self.table.setFocus()

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def evidence_files(self, row: int | None = None) -> list:
        """[(report date, AttachmentRecord)] of the target in `row` (the current one)."""
        target = self.model.target(self.current_row() if row is None else row)
        if target is None or target.target_id is None:
            return []
        return self._files.get(target.target_id, [])

    def _update_button(self, *_args) -> None:
        files = self.evidence_files()
        self.evidence_button.setEnabled(bool(files))
        self.evidence_button.setText(self.tr("Buka b&ukti ({0})…").format(len(files))
                                     if files else self.tr("Buka b&ukti…"))

    def show_evidence_menu(self) -> None:
        menu = self.evidence_menu()
        if menu.actions():
            menu.exec(self.evidence_button.mapToGlobal(self.evidence_button.rect().bottomLeft()))

    def evidence_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("evidenceMenu")
        for day, attachment in self.evidence_files():
            action = menu.addAction(f"{format_date(day)} — {attachment.filename} "
                                    f"({format_size(attachment.size)})")
            action.triggered.connect(
                lambda _checked=False, a=attachment.id: self.owner.open_evidence(a))
        return menu

    def refresh(self) -> None:
        super().refresh()
        score = scoring.weighted_score([t.as_result() for t in self.content.targets],
                                       self.owner.settings)
        scheme = self.content.scheme
        if scheme == WEIGHTED:
            text = self.tr("Nilai capaian tertimbang: <b>{0}</b> ({1})").format(
                number(score), domain_word(scoring.predicate(score, self.owner.settings)))
        elif scheme == PP46:
            text = self.tr("Nilai SKP (capaian tertimbang): <b>{0}</b> — {1}% dari prestasi "
                           "kerja; perilaku kerja diisi di halaman berikut.").format(
                number(score), format_number(self.owner.settings.target_share * 100))
        else:
            suggested = scoring.suggested_results_rating(score, self.owner.settings)
            text = self.tr("Capaian tertimbang: <b>{0}</b> — saran rating hasil kerja: "
                           "{1}").format(number(score), domain_word(RATINGS[suggested]))
        missing = sum(1 for t in self.content.targets if t.realised is None)
        if missing:
            text += "<br>" + escape(self.tr("{0} target belum diisi (dihitung 0).").format(
                missing))
        self.total_label.setText(text)

    def problems_found(self) -> list[Problem]:
        return self.draft_problems(("realisasi", "catatan"))


# 3. Behaviour --------------------------------------------------------------------------------
class SummaryPage(EvaluationPage):
    step = "ringkasan"

    def __init__(self, owner: EvaluationWizard):
        super().__init__(owner)
        self.setObjectName("summaryPage")
        self.setTitle(self.tr("Ringkasan nilai"))
        self.setSubTitle(self.tr("Nilai dan predikat menurut skema program, dan apa yang "
                                 "membentuknya."))
        self.result_label = QLabel(self)
        self.result_label.setObjectName("summaryResultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.contributions = QTableWidget(0, 4, self)
        self.contributions.setObjectName("contributionTable")
        self.contributions.setHorizontalHeaderLabels([
            self.tr("Target"), self.tr("Bobot (%)"), self.tr("Capaian"),
            self.tr("Kontribusi (poin)")])
        self.contributions.setAccessibleName(self.tr("Kontribusi tiap target"))
        self.contributions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contributions.verticalHeader().setVisible(False)
        header = self.contributions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.behaviour_label = QLabel(self)
        self.behaviour_label.setObjectName("summaryBehaviourLabel")
        self.behaviour_label.setWordWrap(True)
        self.behaviour_label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result_label)
        layout.addWidget(QLabel(self.tr("<b>Yang membentuk nilai</b>"), self))
        layout.addWidget(self.contributions, 1)
        layout.addWidget(self.behaviour_label)
        layout.addWidget(self.problems)

    def initializePage(self) -> None:  # noqa: N802
        self.refresh()

    def refresh(self) -> None:
        result, problem = self.owner.preview()
        settings = self.owner.settings
        if result is None:
            self.result_label.setText(escape(self.tr("Nilai belum dapat dihitung: {0}")
                                             .format(problem)))
            self.contributions.setRowCount(0)
            self.behaviour_label.clear()
            super().refresh()
            return
        computed = result.computed
        scheme = self.content.scheme
        lines = [escape(self.tr("Skema: {0}").format(domain_word(label(SCHEMES, scheme))))]
        if computed.score is not None:
            lines.append(self.tr("Nilai: <b>{0}</b> · Predikat: <b>{1}</b>").format(
                number(computed.score), escape(domain_word(computed.predicate))))
        else:
            lines.append(self.tr("Predikat: <b>{0}</b>").format(
                escape(domain_word(computed.predicate))))
        lines.append(escape(self.tr("Capaian tertimbang: {0}").format(
            number(computed.target_score))))
        if scheme == PP46:
            lines.append(escape(self.tr("Nilai perilaku: {0}").format(
                number(computed.behaviour_score))))
        if scheme == PERMENPANRB:
            results, behaviour = (domain_word(RATINGS.get(rating or "", "—")) for rating in
                                  (computed.results_rating, computed.behaviour_rating))
            lines.append(escape(self.tr("Rating hasil kerja: {0} · Rating perilaku kerja: {1}")
                                .format(results, behaviour)))
        self.result_label.setText("<br>".join(lines))
        self._fill_contributions(computed.contributions, settings.cap)
        self.behaviour_label.setText(self._behaviour_text())
        super().refresh()

    def _fill_contributions(self, contributions, cap: Decimal) -> None:
        left = list(self.content.targets)
        self.contributions.setRowCount(len(contributions))
        for row, (title, points) in enumerate(contributions):
            target = next((t for t in left if t.title == title), None)
            if target is not None:
                left.remove(target)
            achievement = None if target is None or target.realised is None else \
                scoring.round1(target.as_result().achievement(cap) * 100)
            cells = [title, number(target.weight) if target else "—",
                     "—" if achievement is None else f"{format_number(achievement)}%",
                     number(points)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.contributions.setItem(row, column, item)

    def _behaviour_text(self) -> str:
        behaviour = self.content.behaviour
        if not behaviour:
            return escape(self.tr("Perilaku kerja belum diisi."))
        parts = []
        for key, (name, _guidance) in BERAKHLAK.items():
            value = behaviour.get(key)
            if value in (None, ""):
                shown = "—"
            elif self.content.scheme == PERMENPANRB:
                shown = domain_word(RATINGS.get(value, value))
            else:
                shown = format_number(Decimal(value))
            parts.append(f"{escape(domain_word(name))}: {escape(shown)}")
        return "<b>" + escape(self.tr("Perilaku kerja")) + "</b>: " + " · ".join(parts)


# 5. Evaluators -------------------------------------------------------------------------------
class FinishPage(EvaluationPage):
    step = "selesai"

    def __init__(self, owner: EvaluationWizard):
        super().__init__(owner)
        self.setObjectName("finishPage")
        self.setTitle(self.tr("Simpan atau finalkan"))
        self.setSubTitle(self.tr("Simpan sebagai draft untuk dilanjutkan nanti, atau finalkan "
                                 "bila penilaian sudah lengkap."))
        self.setFinalPage(True)
        self.draft_radio = QRadioButton(self.tr("Simpan sebagai &draft (dapat dilanjutkan dan "
                                                "diubah nanti)"), self)
        self.draft_radio.setObjectName("draftRadio")
        self.final_radio = QRadioButton(self.tr("Finalkan e&valuasi"), self)
        self.final_radio.setObjectName("finalRadio")
        self.draft_radio.setChecked(True)
        self.warning_label = QLabel(self.tr(
            "Evaluasi final disegel (nama dan jabatan para penilai dicatat seperti hari ini, "
            "isinya diberi kode pemeriksa) dan <b>tidak dapat diubah lagi</b>; koreksi hanya "
            "dengan revisi beralasan. Program 100 hari menjadi Dievaluasi."), self)
        self.warning_label.setObjectName("finalWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("background: #fff4d6; color: #6b4500; padding: 6px;")
        self.result_label = QLabel(self)
        self.result_label.setObjectName("finishResultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result_label)
        layout.addWidget(self.draft_radio)
        layout.addWidget(self.final_radio)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        self.draft_radio.toggled.connect(self.refresh)

    def finalising(self) -> bool:
        return self.final_radio.isChecked()

    def initializePage(self) -> None:  # noqa: N802
        self.refresh()

    def refresh(self, *_args) -> None:
        self.warning_label.setVisible(self.finalising())
        result, problem = self.owner.preview()
        if result is None:
            self.result_label.setText(escape(self.tr("Nilai belum dapat dihitung: {0}")
                                             .format(problem)))
        elif result.score is None:
            self.result_label.setText(self.tr("Hasil: <b>{0}</b>").format(
                escape(domain_word(result.predicate))))
        else:
            self.result_label.setText(self.tr("Hasil: <b>{0}</b> ({1})").format(
                number(result.score), escape(domain_word(result.predicate))))
        self.owner.setButtonText(QWizard.WizardButton.FinishButton,
                                 self.tr("&Finalkan") if self.finalising()
                                 else self.tr("&Simpan draft"))
        super().refresh()

    def problems_found(self) -> list[Problem]:
        if not self.finalising():
            return rules.validate(self.content, self.owner.record.program_start, final=False)
        found = rules.validate(self.content, self.owner.record.program_start, final=True)
        if not any(p.is_error for p in found):
            _result, problem = self.owner.preview()
            if problem:
                found.append(Problem("nilai", problem))
        return found
