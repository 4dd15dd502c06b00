"""PDF/A-2b, requirement by requirement, read back from rendered documents with pypdf.

No independent PDF/A validator can be installed from the registries this project uses
(veraPDF is a Java application outside PyPI and Debian), so each requirement of ISO 19005-2
level B that ReportLab output could miss is checked here on its own: the header, the XMP packet
and its equality with the Info dictionary, the sRGB output intent, embedded fonts, the file
ID, real dates, and the absence of encryption, JavaScript and device-dependent CMYK."""

from __future__ import annotations

import hashlib
import io
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from kinerja_desktop.reports import pdfa, render, render_many, samples
from kinerja_desktop.reports.layout import Part, _archival_image, image_flowable, para
from kinerja_desktop.reports.pdf_writer import write_pdf
from kinerja_desktop.resources import resource_path

WIB = timezone(timedelta(hours=7))
PRINTED = datetime(2019, 9, 21, 10, 30, 5, tzinfo=WIB)
ICC_SHA256 = "1769bcd21bb9d7ad044f05b035bc0bc4ea8727efca1e85b260cf60d95cba37c0"
NS = {"x": "adobe:ns:meta/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
      "dc": "http://purl.org/dc/elements/1.1/", "xmp": "http://ns.adobe.com/xap/1.0/",
      "pdf": "http://ns.adobe.com/pdf/1.3/", "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
      "xmpMM": "http://ns.adobe.com/xap/1.0/mm/"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def rendered(document, printed_at=PRINTED) -> bytes:
    out = io.BytesIO()
    render(document, out, printed_at=printed_at)
    return out.getvalue()


@pytest.fixture(scope="module")
def minutes_pdf() -> bytes:
    return rendered(samples.stamped(samples.handover_minutes()))


def resolve(value):
    return value.get_object() if isinstance(value, IndirectObject) else value


# --- file structure -----------------------------------------------------------------------------

def test_header_and_its_binary_comment(minutes_pdf):
    # 6.1.2: "%PDF-1.n", one EOL, then "%" and at least four bytes above 127.
    header = re.match(rb"%PDF-1\.[0-7]\n%(.{4})", minutes_pdf, re.DOTALL)
    assert header and all(b > 127 for b in header.group(1))
    assert minutes_pdf.rstrip().endswith(b"%%EOF")


def test_no_encryption_no_javascript_no_lzw(minutes_pdf):
    reader = PdfReader(io.BytesIO(minutes_pdf))
    assert "/Encrypt" not in reader.trailer
    root = reader.trailer["/Root"]
    for key in ("/OpenAction", "/AA", "/Names", "/AcroForm", "/OCProperties"):
        assert key not in root, key
    for marker in (b"/JavaScript", b"/JS", b"/LZWDecode", b"/EmbeddedFile", b"/Launch"):
        assert marker not in minutes_pdf, marker
    for page in reader.pages:
        assert "/AA" not in page and "/Annots" not in page


# --- metadata -------------------------------------------------------------------------------

def _xmp(reader: PdfReader) -> tuple[bytes, ET.Element]:
    stream = reader.trailer["/Root"]["/Metadata"].get_object()
    # 6.6.2.1: the metadata stream is not filtered, so any reader can find the packet.
    assert "/Filter" not in stream
    assert stream["/Type"] == "/Metadata" and stream["/Subtype"] == "/XML"
    data = stream.get_data()
    return data, ET.fromstring(data)


def _info_date(value: str) -> datetime:
    m = re.fullmatch(r"D:(\d{14})([+-])(\d\d)'(\d\d)'", value)
    assert m, value
    offset = timedelta(hours=int(m.group(3)), minutes=int(m.group(4)))
    sign = 1 if m.group(2) == "+" else -1
    return datetime.strptime(m.group(1), "%Y%m%d%H%M%S").replace(
        tzinfo=timezone(sign * offset))


def test_xmp_identifies_pdfa_2b_and_repeats_the_info_dictionary(minutes_pdf):
    reader = PdfReader(io.BytesIO(minutes_pdf))
    data, root = _xmp(reader)
    assert data.startswith('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
                           .encode("utf-8"))
    assert data.endswith(b'<?xpacket end="w"?>')
    description = root.find("rdf:RDF/rdf:Description", NS)
    assert description is not None

    def one(path: str) -> str:
        found = description.findall(path, NS)
        assert len(found) == 1, path
        return found[0].text or ""

    assert one("pdfaid:part") == "2"
    assert one("pdfaid:conformance") == "B"
    info = reader.trailer["/Info"].get_object()
    # 6.6.3: every Info entry has its XMP equivalent, with the same value.
    assert set(info) == {"/Title", "/Author", "/Subject", "/Creator", "/Producer",
                         "/CreationDate", "/ModDate"}
    title = description.findall("dc:title/rdf:Alt/rdf:li", NS)
    assert [(t.get(XML_LANG), t.text) for t in title] == [("x-default", info["/Title"])]
    assert [c.text for c in description.findall("dc:creator/rdf:Seq/rdf:li", NS)] == [
        info["/Author"]]
    assert one("dc:description/rdf:Alt/rdf:li") == info["/Subject"]
    assert one("xmp:CreatorTool") == info["/Creator"] == "Kinerja Desktop"
    assert one("pdf:Producer") == info["/Producer"]
    assert datetime.fromisoformat(one("xmp:CreateDate")) == _info_date(info["/CreationDate"])
    assert datetime.fromisoformat(one("xmp:ModifyDate")) == _info_date(info["/ModDate"])
    assert datetime.fromisoformat(one("xmp:MetadataDate")) == PRINTED.replace(microsecond=0)
    # The same title and author the document set (what the registry and the reader show).
    assert info["/Title"] == "Berita Acara Serah Terima Jabatan " + \
        samples.handover_minutes().number
    assert info["/Author"].startswith("Pemerintah Kabupaten Serang")
    stamp = samples.stamped(samples.handover_minutes()).stamp
    assert one("xmpMM:DocumentID") == f"uuid:{stamp.document_uuid}"


def test_xmp_escapes_markup_in_titles():
    sheet = replace(samples.agreement_sheet(), title="Target A & B <uji>")
    _, root = _xmp(PdfReader(io.BytesIO(rendered(sheet))))
    titles = root.findall("rdf:RDF/rdf:Description/dc:title/rdf:Alt/rdf:li", NS)
    assert titles and "A & B <" in (titles[0].text or "")  # the renderer may recase it


def test_dates_are_the_time_of_printing_with_its_offset(minutes_pdf):
    info = PdfReader(io.BytesIO(minutes_pdf)).metadata
    assert info["/CreationDate"] == "D:20190921103005+07'00'"
    assert info["/ModDate"] == info["/CreationDate"]


def test_without_a_time_the_pdf_records_now_in_local_time():
    before = datetime.now().astimezone().replace(microsecond=0)
    info = PdfReader(io.BytesIO(rendered(samples.agreement_sheet(), None))).metadata
    after = datetime.now().astimezone()
    created = _info_date(info["/CreationDate"])
    assert before <= created <= after
    assert created.utcoffset() == before.utcoffset()
    assert not info["/CreationDate"].startswith("D:2000")


def test_a_naive_time_is_the_registry_s_utc():
    naive = datetime(2019, 9, 21, 3, 30, 5)  # storage keeps UTC without a zone
    info = PdfReader(io.BytesIO(rendered(samples.agreement_sheet(), naive))).metadata
    assert _info_date(info["/CreationDate"]) == naive.replace(tzinfo=UTC)


# --- output intent ----------------------------------------------------------------------------

def test_output_intent_is_the_bundled_srgb_profile(minutes_pdf):
    reader = PdfReader(io.BytesIO(minutes_pdf))
    intents = reader.trailer["/Root"]["/OutputIntents"]
    assert len(intents) == 1
    intent = resolve(intents[0])
    assert intent["/Type"] == "/OutputIntent"
    assert intent["/S"] == "/GTS_PDFA1"
    assert intent["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
    profile_stream = intent["/DestOutputProfile"].get_object()
    assert profile_stream["/N"] == 3
    profile = profile_stream.get_data()
    assert profile == resource_path("icc", "sRGB-IEC61966-2.1.icc").read_bytes()
    assert hashlib.sha256(profile).hexdigest() == ICC_SHA256  # resources/icc/README.md
    # An ICC display profile in RGB with a PCS, version 4.2 (what PDF/A-2 can carry).
    assert profile[36:40] == b"acsp" and profile[12:16] == b"mntr"
    assert profile[16:20] == b"RGB " and profile[20:24] == b"XYZ "
    assert profile[8:10] == bytes([4, 0x20])
    assert int.from_bytes(profile[0:4], "big") == len(profile)


def _image_colour_spaces(data: bytes) -> list[str]:
    spaces = []
    for page in PdfReader(io.BytesIO(data)).pages:
        xobjects = page["/Resources"].get("/XObject")
        for x in (xobjects.get_object().values() if xobjects else ()):
            x = x.get_object()
            if x["/Subtype"] == "/Image":
                spaces.append(str(resolve(x["/ColorSpace"])))
    return spaces


def _cmyk_jpeg() -> bytes:
    from PIL import Image
    out = io.BytesIO()
    Image.new("CMYK", (60, 70), (0, 120, 200, 10)).save(out, format="JPEG")
    return out.getvalue()


def test_a_cmyk_emblem_is_printed_in_rgb():
    # DeviceCMYK is not allowed beside an RGB output intent (6.2.4.3).
    sheet = samples.agreement_sheet()
    sheet = replace(sheet, institution=replace(sheet.institution, kind="perangkat_daerah",
                                               emblem_png=_cmyk_jpeg()))
    spaces = _image_colour_spaces(rendered(sheet))
    assert spaces == ["/DeviceRGB"]


def test_rgb_and_grey_images_are_kept_as_they_are():
    png = samples.sample_png(40, 30, "emblem")
    assert _archival_image(png) is png
    signature = samples.sample_png()  # RGBA
    assert _archival_image(signature) is signature
    converted = _archival_image(_cmyk_jpeg())
    assert converted.startswith(b"\x89PNG")
    assert image_flowable(converted, 50, 50).drawWidth <= 50


# --- fonts ------------------------------------------------------------------------------------

def _fonts_in(resources, seen: list) -> None:
    resources = resolve(resources)
    if not resources:
        return
    for font in resolve(resources.get("/Font", {})).values():
        seen.append(font.get_object())
    for xobject in resolve(resources.get("/XObject", {})).values():
        xobject = xobject.get_object()
        if xobject["/Subtype"] == "/Form":
            _fonts_in(xobject.get("/Resources"), seen)


def test_every_font_is_an_embedded_liberation_subset(minutes_pdf):
    reader = PdfReader(io.BytesIO(minutes_pdf))
    fonts: list = []
    for page in reader.pages:
        _fonts_in(page["/Resources"], fonts)
        # Every font a content stream selects is one of the page's (none is implied).
        used = set(re.findall(rb"/(F\d+\+\d+|F\d+) [\d.]+ Tf", page.get_contents().get_data()))
        names = {n.encode()[1:] for n in resolve(page["/Resources"]["/Font"])}
        assert used <= names
    assert fonts
    for font in fonts:
        assert font["/Subtype"] == "/TrueType"
        assert re.fullmatch(r"/[A-Z]{6}\+LiberationSans(-Bold|-Italic|-BoldItalic)?",
                            font["/BaseFont"]), font["/BaseFont"]
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # 6.2.11.4.1: the font program is embedded
        # 6.2.11.6: a symbolic TrueType font has no /Encoding and one cmap encoding.
        assert descriptor["/Flags"] & 4 and "/Encoding" not in font
    assert b"Helvetica" not in minutes_pdf
    assert b"DejaVu" not in minutes_pdf


# --- file identifier --------------------------------------------------------------------------

def _file_id(data: bytes) -> list[bytes]:
    ids = PdfReader(io.BytesIO(data)).trailer["/ID"]
    return [bytes(x.original_bytes) for x in ids]


def test_file_id_is_unique_per_print_and_stable_for_the_same_print():
    document = samples.stamped(samples.handover_minutes())
    first = rendered(document)
    again = rendered(document)
    later = rendered(document, PRINTED + timedelta(seconds=1))
    reprint = rendered(samples.stamped(samples.handover_minutes(),
                                       uuid="0b7e2c1a-1111-4c6e-9a7f-2d4b6c8e0a13"))
    one, two = _file_id(first)
    assert one == two and len(one) == 16
    assert first == again  # same registry record, same time: the same bytes
    assert _file_id(later)[0] != one
    assert _file_id(reprint)[0] != one
    assert b"invariant" not in first


def test_a_batch_names_every_document_in_its_id():
    a = samples.stamped(samples.handover_minutes())
    b = samples.stamped(samples.handover_minutes(), code="ABCD-EFGH",
                        uuid="0b7e2c1a-2222-4c6e-9a7f-2d4b6c8e0a13")
    ids = []
    for batch in ([a, b], [a, replace(b, stamp=replace(b.stamp, document_uuid="other"))]):
        out = io.BytesIO()
        render_many(batch, out, printed_at=PRINTED)
        ids.append(_file_id(out.getvalue())[0])
    assert ids[0] != ids[1]


# --- the helpers themselves -------------------------------------------------------------------

def test_date_strings_carry_the_offset():
    assert pdfa.pdf_date(PRINTED) == "D:20190921103005+07'00'"
    assert pdfa.xmp_date(PRINTED) == "2019-09-21T10:30:05+07:00"
    west = datetime(2020, 1, 2, 3, 4, 5, tzinfo=timezone(-timedelta(hours=3, minutes=30)))
    assert pdfa.pdf_date(west) == "D:20200102030405-03'30'"
    assert pdfa.xmp_date(west) == "2020-01-02T03:04:05-03:30"


def test_a_part_written_by_hand_is_pdfa_too():
    # What another renderer gets from write_pdf without doing anything for PDF/A.
    part = Part([para("Uji stunting dan monitoring.")], "A4", title="Uji", subject="Uji",
                author="Pemerintah Kabupaten Serang")
    out = io.BytesIO()
    write_pdf([part], out, printed_at=PRINTED)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    _, root = _xmp(reader)
    assert root.find("rdf:RDF/rdf:Description/pdfaid:part", NS).text == "2"
    assert "/OutputIntents" in reader.trailer["/Root"]


# --- PAdES on top of PDF/A ---------------------------------------------------------------------

def test_a_pades_signature_accepts_the_pdfa_file(tmp_path, minutes_pdf):
    from kinerja_desktop.services.pdf_signing import (make_self_signed_pkcs12, sign_pdf,
                                                      validate_signature)
    p12 = tmp_path / "sekda.p12"
    make_self_signed_pkcs12(p12, "Rahasia-2019!", "Sekretaris Daerah Kabupaten Serang",
                            organisation="Pemerintah Kabupaten Serang", days=30)
    signed = tmp_path / "ditandatangani.pdf"
    sign_pdf(minutes_pdf, signed, p12, "Rahasia-2019!")
    data = signed.read_bytes()
    assert data.startswith(minutes_pdf)  # an incremental update: the PDF/A file is kept whole
    from kinerja_desktop.services.pdf_signing import certificate_of
    check = validate_signature(data, trust_roots=[certificate_of(p12, "Rahasia-2019!")])
    assert check.intact and check.valid, check.message
    # The signed file still carries the PDF/A identification (pyHanko rewrites the packet,
    # with the properties as attributes) and the output intent.
    reader = PdfReader(io.BytesIO(data))
    assert "/OutputIntents" in reader.trailer["/Root"]
    _, root = _xmp(reader)
    description = root.find("rdf:RDF/rdf:Description", NS)
    assert _property(description, "pdfaid:part") == "2"
    assert _property(description, "pdfaid:conformance") == "B"
    # ISO 19005-2 6.6.2.3.1: the Info entries equal their XMP properties after signing too.
    info = reader.trailer["/Info"]
    assert _property(description, "pdf:Producer") == info["/Producer"]
    assert info["/Creator"] == _xmp_creator_tool(description)


def _xmp_creator_tool(description) -> str | None:
    return _property(description, "xmp:CreatorTool")


def _property(description, name: str) -> str | None:
    """An XMP simple property, written as an element or as an attribute (both are RDF)."""
    prefix, local = name.split(":")
    found = description.find(name, NS)
    if found is not None:
        return found.text
    return description.get(f"{{{NS[prefix]}}}{local}")
