"""Programs and their targets: vocabularies, plain data and the rules an agreement needs."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from kinerja_desktop.domain.achievement import HIGHER, validate_polarity
from kinerja_desktop.domain.achievement import achievement as polarity_achievement
from kinerja_desktop.domain.dates import format_date
from kinerja_desktop.domain.periods import HUNDRED_DAYS, PROGRAM_KINDS, default_end
from kinerja_desktop.domain.scheme_catalog import SCHEME_LABELS, WEIGHTED
from kinerja_desktop.errors import Problem, ValidationError

# code -> label; codes are stored, labels shown and printed (basis and status: scheme_catalog).
SCHEMES: dict[str, str] = SCHEME_LABELS
DEFAULT_SCHEME = WEIGHTED

STATUSES: dict[str, str] = {
    "draft": "Draft",
    "disepakati": "Disepakati",
    "dievaluasi": "Dievaluasi",
    "ditutup": "Ditutup",
}
STATUS_ORDER = tuple(STATUSES)

TARGET_KINDS: dict[str, str] = {"inovasi": "Inovasi", "target_kinerja": "Target Kinerja"}
PRIORITIES: dict[str, str] = {"tinggi": "Tinggi", "sedang": "Sedang", "rendah": "Rendah"}
# How a target is measured: a number with a unit, or simply done / not done.
MEASURES: dict[str, str] = {"angka": "Angka", "selesai": "Selesai/Belum"}
# Units offered in the editor; any other short unit may be typed.
COMMON_UNITS = ("%", "dokumen", "desa", "kegiatan", "aplikasi", "layanan", "laporan",
                "orang", "unit", "kali", "kerja sama", "perangkat daerah")

MAX_TITLE = 200
MAX_TEXT = 4000
MAX_UNIT = 30
HUNDRED = Decimal(100)
WEIGHT_STEP = Decimal("0.01")


def label(vocabulary: dict[str, str], code: str | None) -> str:
    return vocabulary.get(code or "", code or "")


def parse_weight(value: object, field_name: str = "bobot") -> Decimal:
    """A weight in percent with at most two decimals ('12,5' as Indonesian spreadsheets write)."""
    text = str(value).strip().replace(",", ".").rstrip("%").strip() if value is not None else ""
    try:
        weight = Decimal(text or "0")
    except InvalidOperation:
        raise ValidationError.single(field_name, f"Bobot '{value}' bukan angka.") from None
    if not weight.is_finite():
        raise ValidationError.single(field_name, f"Bobot '{value}' bukan angka.")
    try:
        return weight.quantize(WEIGHT_STEP, ROUND_HALF_UP)
    except InvalidOperation:  # '1e30': too many digits to keep two decimals, far above 100
        raise ValidationError.single(field_name, f"Bobot '{value}' harus antara 0 dan 100 "
                                                 f"persen.") from None


def format_score(value: Decimal | float | None) -> str:
    """A score with its two decimals, as Perka BKN 1/2013 prints them: 85.5 -> '85,50'."""
    if value is None:
        return ""
    return f"{Decimal(str(value)).quantize(WEIGHT_STEP, ROUND_HALF_UP):f}".replace(".", ",")


def format_number(value: float | Decimal | None) -> str:
    """12.5 -> '12,5'; 80.0 -> '80' (Indonesian decimal comma, no needless zeros)."""
    if value is None:
        return ""
    text = f"{Decimal(str(value)).normalize():f}"
    return text.replace(".", ",")


@dataclass(frozen=True)
class ProgramInput:
    """What the user gives for a program; end None means the kind's usual end."""

    kind: str = HUNDRED_DAYS
    start_date: date | None = None
    end_date: date | None = None
    scheme: str = DEFAULT_SCHEME
    title: str = ""
    note: str = ""

    def resolved(self) -> ProgramInput:
        if self.end_date is None and self.start_date and self.kind in PROGRAM_KINDS:
            return replace(self, end_date=default_end(self.kind, self.start_date))
        return self


@dataclass(frozen=True)
class TargetInput:
    """One innovation or performance target of a program."""

    kind: str = "target_kinerja"
    title: str = ""
    description: str = ""
    indicator: str = ""
    measure: str = "angka"
    target_value: float | None = None
    unit: str = ""
    weight: Decimal = Decimal(0)
    priority: str = "sedang"
    due_date: date | None = None
    priority_link_id: int | None = None  # a regional development priority (RPJMD mission …)
    evidence_expected: str = ""
    polarity: str = HIGHER  # domain/achievement.py: naik, turun or rentang
    target_max: float | None = None  # the upper end when the target is a range
    budget: int | None = None  # whole rupiah, printed in the Perjanjian Kinerja's annex
    budget_program: str = ""  # the APBD programme / activity that funds it


# A regency's yearly budget is some trillions of rupiah; more than this for one target is a
# typing error (a zero too many), not a budget.
MAX_BUDGET = 10 ** 15


def validate_program(data: ProgramInput) -> list[Problem]:
    """Problems with a program's own fields."""
    problems = []
    if data.kind not in PROGRAM_KINDS:
        problems.append(Problem("jenis_program", f"Jenis program '{data.kind}' tidak dikenal."))
    if data.scheme not in SCHEMES:
        problems.append(Problem("skema_penilaian", f"Skema penilaian '{data.scheme}' tidak "
                                                   f"dikenal."))
    if data.start_date is None:
        problems.append(Problem("tanggal_mulai", "Tanggal mulai program wajib diisi."))
    elif data.end_date is not None and data.end_date < data.start_date:
        problems.append(Problem("tanggal_selesai", "Tanggal selesai program tidak boleh "
                                                   "sebelum tanggal mulai."))
    elif data.kind == HUNDRED_DAYS and data.end_date is not None and \
            data.end_date != default_end(HUNDRED_DAYS, data.start_date):
        expected = default_end(HUNDRED_DAYS, data.start_date)
        problems.append(Problem("tanggal_selesai", f"Program 100 hari yang mulai "
                                                   f"{format_date(data.start_date)} berakhir "
                                                   f"pada hari ke-100, {format_date(expected)}."))
    if len(data.title) > MAX_TITLE:
        problems.append(Problem("judul", f"Judul terlalu panjang (maksimal {MAX_TITLE} huruf)."))
    if len(data.note) > MAX_TEXT:
        problems.append(Problem("catatan", f"Catatan terlalu panjang (maksimal {MAX_TEXT} huruf)."))
    return problems


def validate_target(data: TargetInput, start: date, end: date) -> list[Problem]:
    """Problems with one target of a program running from `start` to `end`."""
    problems = []
    if data.kind not in TARGET_KINDS:
        problems.append(Problem("jenis", f"Jenis target '{data.kind}' tidak dikenal; pilih "
                                         f"Inovasi atau Target Kinerja."))
    if not data.title.strip():
        problems.append(Problem("judul", "Judul target wajib diisi."))
    elif len(data.title) > MAX_TITLE:
        problems.append(Problem("judul", f"Judul target terlalu panjang (maksimal {MAX_TITLE} "
                                         f"huruf)."))
    for text, key, name in ((data.description, "uraian", "Uraian"),
                            (data.indicator, "indikator", "Indikator kinerja"),
                            (data.evidence_expected, "bukti_dukung", "Bukti dukung")):
        if len(text) > MAX_TEXT:
            problems.append(Problem(key, f"{name} terlalu panjang (maksimal {MAX_TEXT} huruf)."))
    if data.measure not in MEASURES:
        problems.append(Problem("target", f"Cara ukur '{data.measure}' tidak dikenal."))
    elif data.measure == "angka":
        if data.target_value is None:
            problems.append(Problem("target", "Nilai target wajib diisi."))
        elif not data.target_value > 0 or data.target_value != data.target_value \
                or data.target_value == float("inf"):
            problems.append(Problem("target", "Nilai target harus angka positif."))
        if not data.unit.strip():
            problems.append(Problem("satuan", "Satuan target wajib diisi (mis. %, desa, "
                                              "dokumen)."))
        elif len(data.unit) > MAX_UNIT:
            problems.append(Problem("satuan", f"Satuan terlalu panjang (maksimal {MAX_UNIT} "
                                              f"huruf)."))
    if data.measure in MEASURES:
        problems += validate_polarity(data.polarity, data.measure, data.target_value,
                                      data.target_max)
    if data.budget is not None and not 0 <= data.budget <= MAX_BUDGET:
        problems.append(Problem("anggaran", "Anggaran harus antara Rp0 dan "
                                            "Rp1.000.000.000.000.000."))
    if len(data.budget_program) > 500:
        problems.append(Problem("program_anggaran", "Program/kegiatan anggaran terlalu "
                                                    "panjang (maksimal 500 huruf)."))
    if data.weight < 0 or data.weight > HUNDRED:
        problems.append(Problem("bobot", "Bobot harus antara 0 dan 100 persen."))
    elif data.weight != data.weight.quantize(WEIGHT_STEP):
        problems.append(Problem("bobot", "Bobot paling banyak dua angka di belakang koma."))
    if data.priority not in PRIORITIES:
        problems.append(Problem("prioritas", f"Tingkat kepentingan '{data.priority}' tidak "
                                             f"dikenal; pilih Tinggi, Sedang atau Rendah."))
    if data.due_date is not None and not start <= data.due_date <= end:
        problems.append(Problem("tenggat", f"Tenggat {format_date(data.due_date)} di luar masa "
                                           f"program ({format_date(start)} – "
                                           f"{format_date(end)})."))
    return problems


def validate_agreement(kind: str, targets: list[TargetInput]) -> list[Problem]:
    """What keeps a draft program from being agreed (Disepakati)."""
    problems = []
    if not targets:
        problems.append(Problem("target", "Program belum memiliki target."))
    total = sum((t.weight for t in targets), Decimal(0))
    if targets and total != HUNDRED:
        problems.append(Problem("bobot", f"Jumlah bobot harus tepat 100%, sekarang "
                                         f"{format_number(total)}%."))
    for number, target in enumerate(targets, start=1):
        if target.weight <= 0:
            problems.append(Problem("bobot", f"Target '{target.title}' belum diberi bobot.",
                                    row=number))
    if kind == HUNDRED_DAYS and targets and not any(t.kind == "inovasi" for t in targets):
        problems.append(Problem("jenis", "Program 100 hari harus memuat minimal satu inovasi."))
    return problems


def check_status_change(current: str, new: str, reason: str) -> list[Problem]:
    """One step forward freely; one step back only with a written reason."""
    if new not in STATUSES:
        return [Problem("status", f"Status '{new}' tidak dikenal.")]
    step = STATUS_ORDER.index(new) - STATUS_ORDER.index(current)
    if step == 1:
        return []
    if step == -1:
        if not reason.strip():
            return [Problem("alasan", f"Mengembalikan status ke {STATUSES[new]} memerlukan "
                                      f"alasan tertulis.")]
        if len(reason) > MAX_TEXT:
            return [Problem("alasan", f"Alasan terlalu panjang (maksimal {MAX_TEXT} huruf).")]
        return []
    if step == 0:
        return [Problem("status", f"Program sudah berstatus {STATUSES[new]}.")]
    return [Problem("status", f"Status hanya dapat maju atau mundur satu langkah "
                              f"({STATUSES[current]} → {STATUSES[new]} tidak dapat).")]


def targets_locked_message(status: str) -> str:
    return (f"Program berstatus {STATUSES.get(status, status)}: target dan bobot terkunci. "
            f"Kembalikan ke Draft dengan alasan tertulis untuk mengubahnya.")


def progress_allowed(status: str) -> bool:
    """Progress is recorded while the program is drafted or agreed, not once evaluated."""
    return status in ("draft", "disepakati")


def shift_due_date(due: date | None, old_start: date, new_start: date,
                   new_end: date) -> date | None:
    """A copied target's due date, kept at the same day of its new program (within it)."""
    if due is None:
        return None
    shifted = new_start + (due - old_start)
    return min(max(shifted, new_start), new_end)


def achievement(realised: float | None, target: float | None, measure: str,
                cap: float = 1.2, polarity: str = HIGHER,
                target_max: float | None = None) -> float | None:
    """Achievement by the target's polarity (domain/achievement.py), capped; a done/not-done
    target is 0 or 1; None with no report."""
    if realised is None:
        return None
    if measure == "selesai":
        return 1.0 if realised >= 1 else 0.0
    if not target:
        return None
    return min(polarity_achievement(polarity, float(target), float(realised),
                                    None if target_max is None else float(target_max)), cap)


@dataclass(frozen=True)
class ProgressInput:
    """A progress report on a target: the day, the value realised so far and a note."""

    date: date
    realised: float
    note: str = ""


def validate_progress(data: ProgressInput, measure: str, start: date,
                      today: date) -> list[Problem]:
    problems = []
    if data.date < start:
        problems.append(Problem("tanggal", f"Tanggal laporan sebelum program dimulai "
                                           f"({format_date(start)})."))
    if data.date > today:
        problems.append(Problem("tanggal", "Tanggal laporan tidak boleh di masa depan."))
    if data.realised != data.realised or data.realised < 0 or data.realised == float("inf"):
        problems.append(Problem("realisasi", "Realisasi harus angka nol atau lebih."))
    elif measure == "selesai" and data.realised not in (0, 1):
        problems.append(Problem("realisasi", "Target selesai/belum hanya bernilai 0 atau 1."))
    if len(data.note) > MAX_TEXT:
        problems.append(Problem("catatan", f"Catatan terlalu panjang (maksimal {MAX_TEXT} "
                                           f"huruf)."))
    return problems


@dataclass
class TargetRecord:
    """A stored target with its latest progress."""

    id: int
    uuid: str
    program_id: int
    position: int
    data: TargetInput
    priority_link_title: str = ""
    latest_realised: float | None = None
    latest_date: date | None = None
    progress_count: int = 0

    @property
    def achievement(self) -> float | None:
        return achievement(self.latest_realised, self.data.target_value, self.data.measure,
                           polarity=self.data.polarity, target_max=self.data.target_max)


@dataclass
class ProgramRecord:
    """A stored program with who it belongs to."""

    id: int
    uuid: str
    appointment_id: int
    official_id: int
    official_name: str
    nip: str
    post_title: str
    unit_name: str
    kind: str
    start_date: date
    end_date: date
    scheme: str
    status: str
    title: str
    note: str
    target_count: int = 0
    weight_total: Decimal = Decimal(0)
    weighted_progress: float | None = None  # Σ weight × achievement (capped at 100%) / 100

    @property
    def display_title(self) -> str:
        return self.title or f"Program {PROGRAM_KINDS[self.kind][0]} – {self.post_title}"

    @property
    def editable(self) -> bool:
        return self.status == "draft"

    def as_input(self) -> ProgramInput:
        return ProgramInput(self.kind, self.start_date, self.end_date, self.scheme, self.title,
                            self.note)

    def count(self, targets: list[TargetRecord]) -> ProgramRecord:
        """Fill in the figures that come from the targets (count, weight total, progress)."""
        self.target_count = len(targets)
        self.weight_total = sum((t.data.weight for t in targets), Decimal(0))
        self.weighted_progress = weighted_progress(targets)
        return self


def weighted_progress(targets: list[TargetRecord]) -> float | None:
    """Σ weight × achievement (each capped at 100%) in percent; None when nothing is reported."""
    reported = [(t.data.weight, t.achievement) for t in targets if t.achievement is not None]
    if not reported:
        return None
    return sum(float(weight) * min(achievement, 1.0) for weight, achievement in reported)


@dataclass(frozen=True)
class StatusChange:
    """One step in a program's status history."""

    changed_at: datetime  # UTC
    from_status: str
    to_status: str
    reason: str


@dataclass(frozen=True)
class DevelopmentPriority:
    """A regional development priority targets link to (an RPJMD mission, say)."""

    id: int
    code: str
    title: str
    active: bool = True

    @property
    def display(self) -> str:
        return f"{self.code}. {self.title}" if self.code else self.title


@dataclass
class TemplateRecord:
    """A saved set of targets to start programs from."""

    id: int
    name: str
    targets: list[TargetInput] = field(default_factory=list)
