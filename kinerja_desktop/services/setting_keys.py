"""The names of the dataset settings (rows of the `setting` table) that several services read.

A module of its own, with no imports, so that the start-up check `setup.is_first_run` does not
load the document builder and everything it needs.
"""

GOVERNMENT_KEY = "instansi"  # "Pemerintah Kabupaten Serang": letterhead and first-run check
AGENCY_KEY = "kop_unit"  # the letterhead's second line, "Sekretariat Daerah"
ADDRESS_KEY = "alamat"
PLACE_KEY = "tempat"  # "Serang", for the date lines
PAPER_KEY = "ukuran_kertas"  # A4 or F4
EMBLEM_KEY = "lambang_png"  # the emblem's bytes, base64 (PNG or JPEG despite the name)
