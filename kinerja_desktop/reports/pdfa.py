"""PDF/A-2b for every printed document: XMP metadata matching the Info dictionary, the sRGB
output intent, the real time of printing, and a file ID of its own for each print.

ReportLab writes the rest of what PDF/A-2b (ISO 19005-2, level B) asks: the header's binary
comment, embedded TrueType subsets (symbolic, one cmap encoding, no /Encoding), no encryption,
no JavaScript, no LZW. What it lacks is added here on its own PDFDocument objects, just before
the file is written: the catalog's /Metadata stream (unfiltered, as the standard asks) and
/OutputIntents, an Info dictionary without the keys the XMP does not carry, and the trailer ID.
"""

from __future__ import annotations

import functools
import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from xml.sax.saxutils import escape

import reportlab
from reportlab.pdfbase import pdfdoc

from kinerja_desktop.resources import resource_path

ICC_FILE = ("icc", "sRGB-IEC61966-2.1.icc")
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
PRODUCER = f"Kinerja Desktop (ReportLab {reportlab.Version})"


@dataclass(frozen=True)
class ArchiveInfo:
    """What the Info dictionary and the XMP packet both say of one PDF."""

    title: str
    author: str
    subject: str
    creator: str  # the application: "Kinerja Desktop"
    printed_at: datetime  # aware: the real time of the print, with its UTC offset
    document_ids: tuple[str, ...] = ()  # registry UUIDs of the stamped documents in the PDF
    lang: str = "id-ID"
    producer: str = PRODUCER


def printed_time(printed_at: datetime | None) -> datetime:
    """The moment a PDF records: now in local time when None; a naive value is the registry's
    UTC time; either way given with this PC's UTC offset (an aware value is kept as it is)."""
    if printed_at is None:
        return datetime.now().astimezone().replace(microsecond=0)
    if printed_at.tzinfo is None:
        printed_at = printed_at.replace(tzinfo=UTC).astimezone()
    return printed_at.replace(microsecond=0)


def _offset(moment: datetime) -> tuple[str, int, int]:
    delta = moment.utcoffset()
    minutes = int(delta.total_seconds() // 60) if delta is not None else 0
    sign = "-" if minutes < 0 else "+"
    return sign, abs(minutes) // 60, abs(minutes) % 60


def pdf_date(moment: datetime) -> str:
    """'D:20190921103000+07'00'' (the PDF date string of the Info dictionary)."""
    sign, hours, minutes = _offset(moment)
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{hours:02d}'{minutes:02d}'"


def xmp_date(moment: datetime) -> str:
    """'2019-09-21T10:30:00+07:00' (the same moment as XMP writes it)."""
    sign, hours, minutes = _offset(moment)
    return f"{moment:%Y-%m-%dT%H:%M:%S}{sign}{hours:02d}:{minutes:02d}"


def file_id(info: ArchiveInfo) -> bytes:
    """16 bytes naming this print: the registry UUIDs of its documents (each print registers a
    new one) and the moment, so two prints differ and the same print made again does not."""
    seed = "\n".join(info.document_ids + (info.printed_at.isoformat(), info.title,
                                          info.subject))
    return hashlib.sha256(seed.encode("utf-8")).digest()[:16]


@functools.cache
def srgb_profile() -> bytes:
    """The bundled sRGB ICC profile (resources/icc/README.md says how it was made)."""
    return resource_path(*ICC_FILE).read_bytes()


def _alt(value: str) -> str:
    return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt>'


def xmp_packet(info: ArchiveInfo) -> bytes:
    """The XMP metadata: Dublin Core, XMP basic, Adobe PDF, media management and the PDF/A
    identification (part 2, conformance B), equal to the Info dictionary entry for entry."""
    when = xmp_date(info.printed_at)
    instance = uuid.UUID(bytes=file_id(info))
    document = info.document_ids[0] if len(info.document_ids) == 1 else str(instance)
    creator = f"<rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq>"
    text = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about=""\n'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"\n'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"\n'
        ' xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"\n'
        ' xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">\n'
        '<dc:format>application/pdf</dc:format>\n'
        f'<dc:title>{_alt(info.title)}</dc:title>\n'
        f'<dc:creator>{creator}</dc:creator>\n'
        f'<dc:description>{_alt(info.subject)}</dc:description>\n'
        f'<dc:language><rdf:Bag><rdf:li>{escape(info.lang)}</rdf:li></rdf:Bag></dc:language>\n'
        f'<xmp:CreatorTool>{escape(info.creator)}</xmp:CreatorTool>\n'
        f'<xmp:CreateDate>{when}</xmp:CreateDate>\n'
        f'<xmp:ModifyDate>{when}</xmp:ModifyDate>\n'
        f'<xmp:MetadataDate>{when}</xmp:MetadataDate>\n'
        f'<pdf:Producer>{escape(info.producer)}</pdf:Producer>\n'
        f'<xmpMM:DocumentID>uuid:{escape(document)}</xmpMM:DocumentID>\n'
        f'<xmpMM:InstanceID>uuid:{instance}</xmpMM:InstanceID>\n'
        '<pdfaid:part>2</pdfaid:part>\n'
        '<pdfaid:conformance>B</pdfaid:conformance>\n'
        '</rdf:Description>\n'
        '</rdf:RDF>\n'
        '</x:xmpmeta>\n'
        '<?xpacket end="w"?>')
    return text.encode("utf-8")


class _ArchiveInfoDictionary(pdfdoc.PDFInfo):
    """The Info dictionary with exactly the entries the XMP packet repeats: no empty Keywords
    and no Trapped, which the packet does not carry; the dates are the print's."""

    def __init__(self, info: ArchiveInfo):
        super().__init__()
        self.archive = info
        self.title, self.author, self.subject = info.title, info.author, info.subject
        self.creator, self.producer = info.creator, info.producer

    def format(self, document):
        info = self.archive
        when = pdfdoc.PDFString(pdf_date(info.printed_at))
        entries = {"Title": pdfdoc.PDFString(info.title),
                   "Author": pdfdoc.PDFString(info.author),
                   "Subject": pdfdoc.PDFString(info.subject),
                   "Creator": pdfdoc.PDFString(info.creator),
                   "Producer": pdfdoc.PDFString(info.producer),
                   "CreationDate": when, "ModDate": when}
        return pdfdoc.PDFDictionary(entries).format(document)


def make_archival(document: pdfdoc.PDFDocument, info: ArchiveInfo) -> None:
    """Turn ReportLab's document into PDF/A-2b; call it just before the canvas saves."""
    document.info = _ArchiveInfoDictionary(info)
    identifier = file_id(info).hex().upper().encode("ascii")
    document._ID = b"[<" + identifier + b"><" + identifier + b">]"
    packet = xmp_packet(info)
    catalog = document.Catalog
    catalog.Metadata = pdfdoc.XMP(creator=lambda _document: packet)
    profile = pdfdoc.PDFStream(pdfdoc.PDFDictionary({"N": 3}), srgb_profile(),
                               filters=[pdfdoc.PDFZCompress])
    intent = pdfdoc.PDFDictionary({
        "Type": pdfdoc.PDFName("OutputIntent"),
        "S": pdfdoc.PDFName("GTS_PDFA1"),  # the subtype every PDF/A part uses
        "OutputConditionIdentifier": pdfdoc.PDFString(OUTPUT_CONDITION),
        "Info": pdfdoc.PDFString(OUTPUT_CONDITION),
        "RegistryName": pdfdoc.PDFString("http://www.color.org"),
        "DestOutputProfile": document.Reference(profile, "KinerjaSRGBProfile"),
    })
    catalog.OutputIntents = pdfdoc.PDFArray([intent])
    # PDFCatalog writes only the keys it lists; this catalog lists the output intents too.
    catalog.__NoDefault__ = list(pdfdoc.PDFCatalog.__NoDefault__) + ["OutputIntents"]
