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
from kinerja_desktop.domain import scoring, scoring_matrix, scoring_perka, scoring_pp30
from kinerja_desktop.domain.evidence import format_size
from kinerja_desktop.domain.periods import kind_label, position
from kinerja_desktop.domain.programs import SCHEMES, format_number, label
from kinerja_desktop.domain.scheme_catalog import CATALOG, MATRIX_2022, PP30, PP46, WEIGHTED
from kinerja_desktop.domain.scoring import RATINGS
from kinerja_desktop.errors import Problem, ValidationError
from kinerja_desktop.gui.evaluation.evaluation_models import (COLUMN, AssessmentDelegate,
                                                              AssessmentModel, score_text)
from kinerja_desktop.gui.shared.domain_words import describe_position, domain_word
from kinerja_desktop.gui.shared.formatting import format_date, from_qdate, to_qdate
from kinerja_desktop.gui.shared.widgets import (HINT_COLOUR, ProblemLabel, date_problems,
                                                make_date_edit)

if TYPE_CHECKING:
    from kinerja_desktop.gui.evaluation.evaluation_wizard import EvaluationWizard

HINT = f"color: {HINT_COLOUR}"
PERMENPANRB = MATRIX_2022


def number(value: Decimal | None) -> str:
    return "—" if value is None else format_number(value)


def spin_text(value: float) -> str:
    """A spin value as stored: '85', '85.5', '80.83' (two decimals at most)."""
    d = Decimal(str(round(value, 2))).normalize()
    return f"{d:f}"


def hint_label(text: str, parent: QWidget) -> QLabel:
    label_ = QLabel(text, parent)
    label_.setWordWrap(True)
    label_.setStyleSheet(HINT)
    return label_


def percent(share: Decimal) -> str:
    return format_number(share * 100)


class SchemeBasisLabel(QLabel):
    """"Dasar: … Status: …" of a scheme (scheme_catalog), so that an evaluator sees whether
    its regulation is still in force; a revoked one is shown in amber."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("schemeBasisLabel")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)

    def set_scheme(self, code: str, version: int | None = None) -> None:
        scheme = CATALOG.get(code)
        if scheme is None:
            self.clear()
            return
        status = escape(domain_word(scheme.status))
        if not scheme.in_force:
            status = f"<span style='color:#8a5a00'>{status}</span>"
        text = self.tr("<b>Dasar:</b> {0} <b>Status:</b> {1}").format(
            escape(domain_word(scheme.basis)), status)
        if version is not None:
            text += " " + escape(self.tr("(aturan hitung versi {0})").format(version))
        self.setText(f"<span style='color:{HINT_COLOUR}'>{text}</span>")
        self.setToolTip(scheme.basis + " " + scheme.status)


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
        self.basis_label = SchemeBasisLabel(self)
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
        layout.addWidget(self.basis_label)
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
        self.basis_label.set_scheme(record.scheme)
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
        if owner.record.scheme == PP46:
            self.setSubTitle(self.tr(
                "Isi realisasi tiap kegiatan (kuantitas), lalu kualitas, waktu dan bila ada "
                "biaya menurut Perka BKN 1/2013 (angka boleh berkoma: 12,5); tandai bukti yang "
                "sudah dilihat dan beri umpan balik bila perlu."))
        else:
            self.setSubTitle(self.tr(
                "Isi realisasi tiap target (angka terakhir dari laporan progres sudah terisi), "
                "tandai bukti yang sudah dilihat, dan beri catatan dan umpan balik bila "
                "perlu."))
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
        # The title keeps a readable width and the table scrolls sideways when the window is
        # narrow (1366 × 768 at 125 %): a stretched title shrank to a few letters there.
        self.table.setColumnWidth(COLUMN["judul"], 200)
        self.table.horizontalHeader().setStretchLastSection(True)
        widths = {"no": 32, "arah": 40, "bobot": 64, "target": 90, "realisasi": 105,
                  "capaian": 68, "nilai": 96, "kualitas_target": 72, "kualitas": 80,
                  "waktu_target": 72, "waktu": 80, "biaya_target": 110, "biaya": 110,
                  "berkas": 56, "bukti": 88, "catatan": 120, "umpan_balik": 140}
        for key, width in widths.items():
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
        self.model.set_content(self.content, self.owner.settings, counts)
        hidden = self.model.hidden_columns()
        for column in range(self.model.columnCount()):
            self.table.setColumnHidden(column, column in hidden)
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
        text = self.total_text()
        missing = sum(1 for t in self.content.targets if t.realised is None)
        if missing:
            text += "<br>" + escape(self.tr("{0} target belum diisi (dihitung 0).").format(
                missing))
        self.total_label.setText(text)

    def total_text(self) -> str:
        """What the targets give under the scheme, in its regulation's words."""
        targets = [t.as_result() for t in self.content.targets]
        settings = self.owner.settings
        scheme = self.content.scheme
        try:
            if scheme == WEIGHTED:
                score = scoring.weighted_score(targets, settings)
                return self.tr("Nilai capaian tertimbang: <b>{0}</b> ({1})").format(
                    score_text(score),
                    escape(domain_word(scoring.weighted_predicate(score, settings))))
            if scheme == PP46:
                skp = scoring_perka.skp_score(targets, self.content.additional_tasks,
                                              self.content.creativity)
                return self.tr("Nilai capaian SKP: <b>{0}</b> — {1}% dari nilai prestasi "
                               "kerja; perilaku kerja, tugas tambahan dan kreativitas diisi "
                               "di halaman berikut.").format(
                    score_text(skp), percent(settings.target_share))
            if scheme == PP30:
                skp = scoring_pp30.skp_value(targets)
                return self.tr("Nilai SKP: <b>{0}</b> — {1}% dari nilai kinerja; perilaku "
                               "kerja diisi di halaman berikut.").format(
                    score_text(skp), percent(settings.pp30_target_share))
        except ValidationError as exc:
            return escape(self.tr("Nilai belum dapat dihitung: {0}").format(
                " ".join(p.message for p in exc.problems)))
        return escape(self.tr("Capaian target menjadi bukti bagi rating hasil kerja, yang "
                              "dipilih penilai di halaman berikut (PermenPANRB 6/2022 tidak "
                              "menghitung nilai)."))

    def problems_found(self) -> list[Problem]:
        return self.draft_problems(("realisasi", "catatan", "umpan_balik", "aspek",
                                    "kualitas", "waktu", "biaya", "arah", "target_maks")) + \
            self.model.problems()


# 4. Summary ----------------------------------------------------------------------------------
class SummaryPage(EvaluationPage):
    step = "ringkasan"

    def __init__(self, owner: EvaluationWizard):
        super().__init__(owner)
        self.setObjectName("summaryPage")
        self.setTitle(self.tr("Ringkasan nilai"))
        self.setSubTitle(self.tr("Nilai dan predikat menurut skema program, dengan nama "
                                 "bagian-bagiannya menurut peraturannya."))
        self.result_label = QLabel(self)
        self.result_label.setObjectName("summaryResultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.basis_label = SchemeBasisLabel(self)
        scheme = owner.record.scheme
        self.value_heading = domain_word(scoring.VALUE_HEADINGS.get(scheme, ""))
        headers = [self.tr("Target"), self.tr("Bobot (%)"), self.tr("Capaian")]
        if self.value_heading:
            headers.append(self.value_heading)
        self.contributions = QTableWidget(0, len(headers), self)
        self.contributions.setObjectName("contributionTable")
        self.contributions.setHorizontalHeaderLabels(headers)
        self.contributions.setAccessibleName(self.tr("Bagian tiap target"))
        self.contributions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contributions.verticalHeader().setVisible(False)
        header = self.contributions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.behaviour_label = QLabel(self)
        self.behaviour_label.setObjectName("summaryBehaviourLabel")
        self.behaviour_label.setWordWrap(True)
        self.behaviour_label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result_label)
        layout.addWidget(self.basis_label)
        layout.addWidget(QLabel(self.tr("<b>Target</b>") if scheme == MATRIX_2022
                                else self.tr("<b>Yang membentuk nilai</b>"), self))
        layout.addWidget(self.contributions, 1)
        layout.addWidget(self.behaviour_label)
        layout.addWidget(self.problems)

    def initializePage(self) -> None:  # noqa: N802
        self.basis_label.set_scheme(self.content.scheme)
        self.refresh()

    def refresh(self) -> None:
        self._fill_targets()
        self.behaviour_label.setText(self._behaviour_text())
        result, problem = self.owner.preview()
        scheme = self.content.scheme
        lines = [escape(self.tr("Skema: {0}").format(domain_word(label(SCHEMES, scheme))))]
        if result is None:
            lines.append(escape(self.tr("Nilai belum dapat dihitung: {0}").format(problem)))
        else:
            lines += self.parts(result.computed)
        self.result_label.setText("<br>".join(lines))
        super().refresh()

    def parts(self, computed: scoring.SchemeResult) -> list[str]:
        """The scheme's parts with the regulation's names, scores with two decimals."""
        s = self.owner.settings
        scheme = self.content.scheme
        predicate = escape(domain_word(computed.predicate))
        if scheme == PP46:
            return [
                self.tr("Nilai capaian SKP: <b>{0}</b>").format(score_text(computed.target_score)),
                self.tr("Nilai perilaku kerja: <b>{0}</b>").format(
                    score_text(computed.behaviour_score)),
                self.tr("Nilai prestasi kerja = {0}% × SKP + {1}% × perilaku kerja = <b>{2}</b>"
                        " · Predikat: <b>{3}</b>").format(
                    percent(s.target_share), percent(s.behaviour_share),
                    score_text(computed.score), predicate)]
        if scheme == PP30:
            lines = [
                self.tr("Nilai SKP: <b>{0}</b>").format(score_text(computed.target_score)),
                self.tr("Nilai perilaku kerja: <b>{0}</b>").format(
                    score_text(computed.behaviour_score)),
                self.tr("Nilai kinerja = {0}% × SKP + {1}% × perilaku kerja = <b>{2}</b> · "
                        "Predikat: <b>{3}</b>").format(
                    percent(s.pp30_target_share), percent(1 - s.pp30_target_share),
                    score_text(computed.score), predicate)]
            if computed.score is not None and computed.score >= scoring_pp30.SANGAT_BAIK \
                    and not self.content.new_idea:
                lines.append(escape(self.tr("Sangat Baik memerlukan ide baru yang bermanfaat "
                                            "(PP 30/2019 Pasal 41); tanpa itu predikatnya "
                                            "Baik.")))
            return lines
        if scheme == MATRIX_2022:
            results, behaviour = (escape(domain_word(RATINGS.get(rating or "", "—")))
                                  for rating in (computed.results_rating,
                                                 computed.behaviour_rating))
            lines = [self.tr("Rating hasil kerja: <b>{0}</b>").format(results)]
            if computed.basis:
                organisation = scoring_matrix.ORGANISATION_RESULTS.get(
                    self.content.organisation_result or "", "")
                lines.append(escape(self.tr("Dari capaian kinerja organisasi {0}: {1}").format(
                    domain_word(organisation), domain_word(computed.basis))))
            lines.append(self.tr("Rating perilaku kerja: <b>{0}</b>").format(behaviour))
            lines.append(self.tr("Predikat (matriks hasil kerja × perilaku kerja): "
                                 "<b>{0}</b>").format(predicate))
            return lines
        return [self.tr("Nilai capaian tertimbang: <b>{0}</b> · Predikat: <b>{1}</b>").format(
            score_text(computed.score), predicate)]

    def _fill_targets(self) -> None:
        """Each target's achievement and value (largest value first)."""
        rows = []
        for t in self.content.targets:
            percent_, value = (None, None) if t.realised is None else rules.target_figures(
                self.content, t, self.owner.settings)
            rows.append((t, percent_, value))
        rows.sort(key=lambda r: -(r[2] if r[2] is not None else Decimal(-1)))
        self.contributions.setRowCount(len(rows))
        for row, (t, percent_, value) in enumerate(rows):
            cells = [t.title, number(t.weight),
                     "—" if percent_ is None else f"{format_number(percent_)}%"]
            if self.value_heading:
                cells.append(score_text(value))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.contributions.setItem(row, column, item)

    def _behaviour_text(self) -> str:
        items = rules.behaviour_items(self.content)
        if not items:
            return escape(self.tr("Skema ini tidak menilai perilaku kerja."))
        behaviour = self.content.behaviour
        if not any(behaviour.get(k) not in (None, "") for k in items):
            return escape(self.tr("Perilaku kerja belum diisi."))
        parts = []
        for key, name in items.items():
            value = behaviour.get(key)
            if value in (None, ""):
                shown = "—"
            elif self.content.scheme == MATRIX_2022:
                shown = domain_word(RATINGS.get(value, value))
            else:
                shown = format_number(Decimal(value))
            parts.append(f"{escape(domain_word(name))}: {escape(shown)}")
        text = "<b>" + escape(self.tr("Perilaku kerja")) + "</b>: " + " · ".join(parts)
        if self.content.scheme == PP46:
            text += "<br>" + escape(self.tr("Tugas tambahan: {0} kegiatan · Kreativitas: "
                                            "{1}").format(
                self.content.additional_tasks, domain_word(scoring_perka.CREATIVITY.get(
                    self.content.creativity, ("—", 0))[0])))
        if self.content.scheme == PP30 and self.content.new_idea:
            text += "<br>" + escape(self.tr("Menciptakan ide baru yang bermanfaat (PP 30/2019 "
                                            "Pasal 41)."))
        return text


# 6. Finish ----------------------------------------------------------------------------------
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
                score_text(result.score), escape(domain_word(result.predicate))))
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
