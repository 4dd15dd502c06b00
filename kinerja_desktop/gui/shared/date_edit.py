"""A date field that reads a date however staff type it and says so when it cannot."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QWidget

from kinerja_desktop.domain.date_text import DateTextError, parse_date_text
from kinerja_desktop.gui.shared.domain_words import date_problem
from kinerja_desktop.gui.shared.formatting import format_date, from_qdate, locale

DISPLAY_FORMAT = "dddd, d MMMM yyyy"  # Jumat, 14 Juni 2019: the weekday is checked by eye
_INVALID_STYLE = "QDateEdit { border: 2px solid #b00020; }"


class TypedDateEdit(QDateEdit):
    """A QDateEdit whose typed text is read whole by domain.date_text instead of Qt's
    section-by-section reading (which made "14 juni 2019" into 4 Juni). Text that is not a
    date keeps its red frame and stays as typed: the field never falls back to the old date
    unseen, and problem() tells the form why it must not be saved."""

    validity_changed = Signal(bool)
    # Every change of the text or the date, typed or set: for hints that must follow what the
    # field shows now (dateChanged waits for typing to end, and never comes for bad text).
    text_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._shown_valid = True
        self.setCalendarPopup(True)
        self.setLocale(locale())
        self.setDisplayFormat(DISPLAY_FORMAT)
        # The date is taken when typing ends (Tab, Enter, leaving the field), not per key:
        # "14/06/20" on the way to "14/06/2019" must not become 2020 for a moment.
        self.setKeyboardTracking(False)
        self.setDate(QDate.currentDate())
        # QDateEdit re-reads its day/month/year sections whenever the cursor moves and puts
        # the old text back when a section does not fit; typed text is read whole instead.
        # (Up and Down then step one day at a time, wherever the cursor is.)
        self.lineEdit().cursorPositionChanged.disconnect()
        self.lineEdit().textChanged.connect(lambda _value: self._show_validity())
        self.lineEdit().installEventFilter(self)
        # Qt rewrites the text with signals blocked when the date is set or picked.
        self.dateChanged.connect(lambda _value: self._show_validity())

    # --- reading the text -------------------------------------------------------------
    def _means_no_date(self, text: str) -> bool:
        special = self.specialValueText()
        return bool(special) and text.strip() in ("", special)

    def problem(self) -> str:
        """Why the text in the field is not a date it can keep; empty when it is."""
        text = self.lineEdit().text()
        if self._means_no_date(text):
            return ""
        try:
            day = parse_date_text(text)
        except DateTextError as error:
            return date_problem(error)
        low, high = self.minimumDate(), self.maximumDate()
        if self.specialValueText():
            low = low.addDays(1)  # the minimum stands for "no date"
        qday = QDate(day.year, day.month, day.day)
        if not low <= qday <= high:
            return self.tr("{0} di luar batas: pilih antara {1} dan {2}.").format(
                format_date(day), format_date(from_qdate(low)), format_date(from_qdate(high)))
        return ""

    def is_valid(self) -> bool:
        return not self.problem()

    def typed_date(self) -> QDate | None:
        """The date the text in the field reads as now (typing or not); None when it cannot
        be read, is out of range, or means "no date"."""
        text = self.lineEdit().text()
        if self._means_no_date(text) or self.problem():
            return None
        day = parse_date_text(text)
        return QDate(day.year, day.month, day.day)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        # Never Invalid: every key typed stays in the field, so the user sees what they
        # typed; only whole dates are Acceptable (and become the value).
        if self._means_no_date(text):
            return QValidator.State.Acceptable, text, pos
        try:
            day = parse_date_text(text)
        except DateTextError:
            return QValidator.State.Intermediate, text, pos
        qday = QDate(day.year, day.month, day.day)
        if self.minimumDate() <= qday <= self.maximumDate():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def fixup(self, text: str) -> str:
        return text  # guessing a date from broken text is what this field must not do

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 - Qt's name
        if self._means_no_date(text):
            return self.minimumDateTime()
        try:
            day = parse_date_text(text)
        except DateTextError:
            return self.dateTime()
        return QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0))

    def date(self) -> QDate:
        # A form may read the field while the cursor is still in it (Ctrl+Enter saves):
        # take a whole typed date first; unreadable text is left for problem() to report.
        if self.lineEdit().text() != self.text_of_value() and not self.problem():
            self.interpretText()
        return super().date()

    def text_of_value(self) -> str:
        """What the field shows for its current date."""
        if self.specialValueText() and super().date() == self.minimumDate():
            return self.specialValueText()
        return self.textFromDateTime(self.dateTime())

    def setDate(self, value: QDate) -> None:  # noqa: N802 - Qt's name
        # QDateEdit keeps the time of the old value, and a maximum date carries 23:59:59:
        # after being clamped to the maximum, setDate(minimum) no longer equals the minimum
        # and the "no date" text (tanpa tenggat) showed the day before the program instead.
        self.setDateTime(QDateTime(value, QTime(0, 0)))
        self._show_validity()  # the same date again still replaces unreadable text

    # --- keys and focus ---------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.text() and event.text().isprintable():
            # Plain typing goes straight to the line edit: QDateEdit's own handling jumps
            # between day, month and year sections as digits arrive.
            QAbstractSpinBox.keyPressEvent(self, event)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.problem():
            # QDateEdit would put the old date back on Enter; keep the text, show why, and
            # let Enter go on to the dialog or table, whose check refuses it.
            self._show_validity(force=True)
            event.ignore()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The line edit itself answers Enter by putting the old date back (Qt's fixup);
        # with unreadable text Enter goes to this field instead (see keyPressEvent), where a
        # table's delegate or the dialog sees it and refuses the text aloud.
        if (watched is self.lineEdit() and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.problem()):
            QCoreApplication.sendEvent(self, event)
            return True
        return super().eventFilter(watched, event)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        # Up and Down move one day, across months and years; QDateEdit would step whatever
        # section the cursor is in (the weekday wraps inside its week).
        day = super().date().addDays(steps)
        self.setDate(max(self.minimumDate(), min(self.maximumDate(), day)))
        self.selectAll()

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802 - Qt's name
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if super().date() > self.minimumDate():
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if super().date() < self.maximumDate():
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # With the calendar popup Qt mistakes a click beside the text (the frame) for the
        # spin box's down arrow and steps the date back a day; only the arrow is a button.
        if event.position().x() <= self.lineEdit().geometry().right():
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt's names
        # Tab leaves the field; QDateEdit would walk its day, month and year first.
        return QWidget.focusNextPrevChild(self, next)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Hiding and showing again put the old date back over pending text (a wizard hides
        # and shows its page while it greys Next); unreadable text stays, as on leaving.
        if self.problem():
            QWidget.hideEvent(self, event)
            return
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        typed = self.lineEdit().text() if self.problem() else None
        super().showEvent(event)
        if typed is not None and self.lineEdit().text() != typed:
            self.lineEdit().setText(typed)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.problem():
            # QDateEdit would put the previous date back here; keep the typed text instead.
            self._show_validity()
            self.lineEdit().event(event)  # the line edit stops its cursor
            QWidget.focusOutEvent(self, event)
            return
        super().focusOutEvent(event)
        self._show_validity()

    def _show_validity(self, force: bool = False) -> None:
        self.text_changed.emit()
        problem = self.problem()
        valid = not problem
        settled = force or not self.hasFocus()
        if settled or valid:
            # Red only once the user has left the field (or fixed it): not while typing.
            self.setStyleSheet("" if valid else _INVALID_STYLE)
            self.setToolTip(problem)
        if settled and valid != self._shown_valid:
            # Told only when typing ends: a form that re-reads the date on this signal must
            # not take "14/06/20" on the way to "14/06/2019".
            self._shown_valid = valid
            self.validity_changed.emit(valid)
