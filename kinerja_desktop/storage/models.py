"""peewee models of the dataset; migrations.py, not these classes, defines the schema on disk.

The models are never bound to a database: every query is made on an open storage.database
Database (db.select(Model), db.insert(Model, …)), so that two databases can be used at once.
A foreign key's `<name>_id` is annotated below for type checking; peewee provides it.
"""

from __future__ import annotations

import uuid
from datetime import datetime, UTC

from peewee import (AutoField, BlobField, BooleanField, CharField, DateField, DateTimeField,
                    FloatField, ForeignKeyField, IntegerField, Model, TextField)


def new_uuid() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class BaseModel(Model):
    """Every user-created record: a stable UUID and timestamps, so that PCs' copies can merge."""

    id = AutoField()  # what peewee adds anyway; declared for type checking
    uuid = CharField(unique=True, default=new_uuid)
    created_at = DateTimeField(default=utc_now)
    # Set by every update (db.update(…, modified_at=utc_now())): merging relies on it.
    modified_at = DateTimeField(default=utc_now)


class Setting(Model):
    """Dataset-wide settings (institution, place name, …) that travel with the database."""

    key = CharField(primary_key=True)
    value = TextField()

    class Meta:
        table_name = "setting"


class Unit(BaseModel):
    """A unit/agency (OPD) such as Dinas Kependudukan dan Catatan Sipil."""

    name = CharField()
    short_name = CharField(default="")
    kind = CharField(default="dinas")

    class Meta:
        table_name = "unit"


class Official(BaseModel):
    """A civil servant on the roster; birth date and sex are derived from the NIP."""

    nip = CharField(unique=True)
    name = CharField()
    front_title = CharField(default="")
    back_title = CharField(default="")
    rank = CharField(null=True)
    sex = CharField()
    birth_date = DateField()
    active = BooleanField(default=True)

    class Meta:
        table_name = "official"


class Signatory(BaseModel):
    """Someone who signs or inaugurates: Bupati, Wakil Bupati, Sekda (elected ones have no NIP)."""

    name = CharField()
    title = CharField()
    role = CharField(default="lainnya")
    nip = CharField(null=True)
    rank = CharField(null=True)
    active = BooleanField(default=True)
    signature_png = BlobField(null=True)  # a scanned signature (migration 4)

    class Meta:
        table_name = "signatory"


class Inauguration(BaseModel):
    """A pelantikan: date, place and inaugurating official; appointments point to it."""

    date = DateField()
    place = CharField()
    inaugurating_signatory = ForeignKeyField(Signatory, null=True, on_delete="SET NULL",
                                             column_name="inaugurating_signatory_id")
    inaugurating_signatory_id: int | None
    inaugurated_by = CharField(default="")  # name as it stood that day
    note = TextField(default="")

    class Meta:
        table_name = "inauguration"


class Appointment(BaseModel):
    """A post held by an official; several may run at once (Sekretaris sekaligus Plt Kepala)."""

    official = ForeignKeyField(Official, backref="appointments", on_delete="CASCADE",
                               column_name="official_id")
    post_title = CharField()
    unit = ForeignKeyField(Unit, backref="appointments", on_delete="RESTRICT",
                           column_name="unit_id")
    eselon = CharField(null=True)
    filling = CharField(null=True)
    decree_number = CharField(default="")
    decree_date = DateField(null=True)
    start_date = DateField(null=True)
    end_date = DateField(null=True)  # NULL: still held
    previous_post = CharField(default="")
    inauguration = ForeignKeyField(Inauguration, backref="appointments", null=True,
                                   on_delete="SET NULL", column_name="inauguration_id")
    official_id: int
    unit_id: int
    inauguration_id: int | None

    class Meta:
        table_name = "appointment"


class RosterEntry(Model):
    """Derived, rebuildable: one row per official with their main current post, for fast lists."""

    official = ForeignKeyField(Official, primary_key=True, on_delete="CASCADE",
                               column_name="official_id")
    name_sort = CharField()
    nip = CharField()
    full_name = CharField()
    rank = CharField(default="")
    post = CharField(default="")
    unit_id = IntegerField(null=True)
    unit_name = CharField(default="")
    unit_short = CharField(default="")
    eselon = CharField(default="")
    filling = CharField(default="")
    start_date = DateField(null=True)
    active = BooleanField()
    appointment_id = IntegerField(null=True)  # the main current appointment shown
    official_id: int

    class Meta:
        table_name = "roster_entry"


class DevelopmentPriority(BaseModel):
    """A regional development priority (an RPJMD mission, say) that targets link to."""

    code = CharField(default="")
    title = CharField()
    position = IntegerField(default=0)
    active = BooleanField(default=True)

    class Meta:
        table_name = "development_priority"


class Program(BaseModel):
    """A program of targets for one appointment: 100 days after an inauguration, or routine."""

    appointment = ForeignKeyField(Appointment, backref="programs", on_delete="RESTRICT",
                                  column_name="appointment_id")
    appointment_id: int
    kind = CharField()
    start_date = DateField()
    end_date = DateField()
    scheme = CharField()
    status = CharField(default="draft")
    title = CharField(default="")
    note = TextField(default="")

    class Meta:
        table_name = "program"


class ProgramStatusChange(BaseModel):
    """One status step of a program, with the reason when it stepped back."""

    program = ForeignKeyField(Program, backref="status_changes", on_delete="CASCADE",
                              column_name="program_id")
    program_id: int
    from_status = CharField()
    to_status = CharField()
    reason = TextField(default="")

    class Meta:
        table_name = "program_status_change"


class Target(BaseModel):
    """An innovation or performance target; weight in hundredths of a percent."""

    program = ForeignKeyField(Program, backref="targets", on_delete="CASCADE",
                              column_name="program_id")
    position = IntegerField()
    kind = CharField()
    title = CharField()
    description = TextField(default="")
    indicator = TextField(default="")
    measure = CharField(default="angka")
    target_value = FloatField(null=True)
    unit = CharField(default="")
    weight_bp = IntegerField(default=0)
    priority = CharField(default="sedang")
    due_date = DateField(null=True)
    priority_link = ForeignKeyField(DevelopmentPriority, null=True, on_delete="SET NULL",
                                    column_name="priority_link_id")
    evidence_expected = TextField(default="")
    polarity = CharField(default="naik")  # schema 7
    target_max = FloatField(null=True)  # schema 7: the upper end of a range target
    budget = IntegerField(null=True)  # schema 8: whole rupiah (the agreement's annex)
    budget_program = TextField(default="")  # schema 8: the APBD programme that funds it
    program_id: int
    priority_link_id: int | None

    class Meta:
        table_name = "target"


class ProgressUpdate(BaseModel):
    """A progress report on a target."""

    target = ForeignKeyField(Target, backref="progress", on_delete="CASCADE",
                             column_name="target_id")
    date = DateField()
    realised = FloatField()
    note = TextField(default="")
    target_id: int

    class Meta:
        table_name = "progress_update"


class Attachment(BaseModel):
    """An evidence file, its bytes stored in the database so that backups carry it."""

    progress = ForeignKeyField(ProgressUpdate, backref="attachments", on_delete="CASCADE",
                               column_name="progress_id")
    filename = CharField()
    mime_type = CharField()
    size = IntegerField()
    sha256 = CharField()
    content = BlobField()
    progress_id: int

    class Meta:
        table_name = "attachment"


class TargetTemplate(BaseModel):
    """A named set of targets (as JSON) to start new programs from."""

    name = CharField()
    targets_json = TextField()

    class Meta:
        table_name = "target_template"


class Evaluation(BaseModel):
    """An evaluation of a program: the wizard's content as JSON, its result, and once final
    the hash that seals it. A correction is a new revision pointing to the old one."""

    program = ForeignKeyField(Program, backref="evaluations", on_delete="RESTRICT",
                              column_name="program_id")
    date = DateField()
    scheme = CharField()
    status = CharField(default="draft")
    revision_of = ForeignKeyField("self", null=True, on_delete="RESTRICT",
                                  column_name="revision_of_id", backref="revisions")
    revision_reason = TextField(default="")
    content_json = TextField()
    score = CharField(null=True)  # a decimal as text: exactly what was computed
    predicate = CharField(default="")
    content_hash = CharField(default="")
    finalised_at = DateTimeField(null=True)
    program_id: int
    revision_of_id: int | None

    class Meta:
        table_name = "evaluation"


class AuditEntry(BaseModel):
    """Who did what, when, to which record (by UUID, so it survives merges)."""

    actor = CharField()
    action = CharField()
    entity = CharField()
    entity_uuid = CharField()
    summary = TextField(default="")
    details_json = TextField(default="{}")

    class Meta:
        table_name = "audit_entry"


class Handover(BaseModel):
    """A handover of a post (serah terima jabatan), e.g. from the acting holder (Plt) to the
    newly inaugurated one; the memo's free-text parts live here, its lists in HandoverItem."""

    date = DateField()
    number = CharField(default="")
    place = CharField(default="")
    decree_number = CharField(default="")
    decree_date = DateField(null=True)
    decree_issuer = TextField(default="")  # schema 8: "Bupati Serang"
    decree_subject = TextField(default="")  # schema 8: what the decree is about ("tentang …")
    post_title = CharField()
    unit = ForeignKeyField(Unit, on_delete="RESTRICT", column_name="unit_id")
    outgoing_official = ForeignKeyField(Official, on_delete="RESTRICT",
                                        column_name="outgoing_official_id",
                                        backref="handovers_out")
    outgoing_appointment = ForeignKeyField(Appointment, null=True, on_delete="SET NULL",
                                           column_name="outgoing_appointment_id",
                                           backref="handovers_out")
    incoming_official = ForeignKeyField(Official, on_delete="RESTRICT",
                                        column_name="incoming_official_id",
                                        backref="handovers_in")
    incoming_appointment = ForeignKeyField(Appointment, null=True, on_delete="SET NULL",
                                           column_name="incoming_appointment_id",
                                           backref="handovers_in")
    witnesses_json = TextField(default="[]")
    programs = TextField(default="")
    problems = TextField(default="")
    recommendations = TextField(default="")
    notes = TextField(default="")
    unit_id: int
    outgoing_official_id: int
    outgoing_appointment_id: int | None
    incoming_official_id: int
    incoming_appointment_id: int | None

    class Meta:
        table_name = "handover"


class HandoverItem(BaseModel):
    """One line of a handover memo's lists: activities, staff, assets or documents."""

    handover = ForeignKeyField(Handover, backref="items", on_delete="CASCADE",
                               column_name="handover_id")
    section = CharField()  # kegiatan, pegawai, aset, dokumen
    position = IntegerField()
    name = TextField()
    quantity = CharField(default="")
    condition = CharField(default="")
    note = TextField(default="")
    handover_id: int

    class Meta:
        table_name = "handover_item"


class PrintedDocument(BaseModel):
    """A document printed by the app: its verification code and the hash of its content."""

    kind = CharField()  # evaluasi, kesepakatan, serah_terima
    subject_uuid = CharField()
    code = CharField(unique=True)
    content_hash = CharField()
    title = CharField()
    paper = CharField(default="A4")
    layout = IntegerField(default=1)  # schema 8: the document layout it was printed with

    class Meta:
        table_name = "printed_document"


class Tombstone(Model):
    """A deleted record (migration 6's triggers): merging carries the deletion to other PCs."""

    uuid = CharField(primary_key=True)
    entity = CharField()
    deleted_at = DateTimeField()

    class Meta:
        table_name = "tombstone"


class MergePeer(Model):
    """Another PC's dataset merged before: the newest modified_at of its data seen then."""

    peer_id = CharField(primary_key=True)
    last_merged_at = DateTimeField()

    class Meta:
        table_name = "merge_peer"


class Dataset(Model):
    """This database's own id (migration 6, one row): how other PCs know it when merging."""

    id = CharField(primary_key=True)
    created_at = DateTimeField()

    class Meta:
        table_name = "dataset"


ModelTypes = tuple[type[Model], ...]

PROGRAM_MODELS: ModelTypes = (DevelopmentPriority, Program, ProgramStatusChange, Target,
                              ProgressUpdate, Attachment, TargetTemplate, Evaluation, AuditEntry,
                              Handover, HandoverItem, PrintedDocument)

DATA_MODELS: ModelTypes = ((Setting, Unit, Official, Signatory, Inauguration, Appointment)
                           + PROGRAM_MODELS)
ALL_MODELS: ModelTypes = DATA_MODELS + (RosterEntry, Tombstone, MergePeer, Dataset)
