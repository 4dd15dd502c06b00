"""What a Windows executable carries, read back with pefile on any system: its version
strings and fixed version, and the sizes of its icon."""

from __future__ import annotations

import struct
from pathlib import Path

import pefile

RT_ICON = pefile.RESOURCE_TYPE["RT_ICON"]
RT_GROUP_ICON = pefile.RESOURCE_TYPE["RT_GROUP_ICON"]


def _resources(path: Path) -> pefile.PE:
    pe = pefile.PE(str(path), fast_load=True)
    pe.parse_data_directories(directories=[
        pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_RESOURCE"]])
    return pe


def version_strings(path: Path) -> dict[str, str]:
    """The StringFileInfo table (ProductVersion, OriginalFilename, …) plus 'fixed': the
    four numbers of VS_FIXEDFILEINFO's file version, e.g. '0.1.0.0'."""
    pe = _resources(path)
    strings: dict[str, str] = {}
    for info in getattr(pe, "FileInfo", None) or []:
        for entry in info:
            if getattr(entry, "Key", b"") == b"StringFileInfo":
                for table in entry.StringTable:
                    strings.update({k.decode(): v.decode() for k, v in table.entries.items()})
    for fixed in getattr(pe, "VS_FIXEDFILEINFO", None) or []:
        ms, ls = fixed.FileVersionMS, fixed.FileVersionLS
        strings["fixed"] = f"{ms >> 16}.{ms & 0xFFFF}.{ls >> 16}.{ls & 0xFFFF}"
    pe.close()
    return strings


def icon_sizes(path: Path) -> list[int]:
    """The pixel sizes of the executable's first icon group (256 for a 256 px image)."""
    pe = _resources(path)
    sizes: list[int] = []
    directory = getattr(pe, "DIRECTORY_ENTRY_RESOURCE", None)
    for kind in directory.entries if directory is not None else []:
        if kind.id != RT_GROUP_ICON:
            continue
        group = kind.directory.entries[0].directory.entries[0].data.struct
        raw = pe.get_data(group.OffsetToData, group.Size)
        count = struct.unpack_from("<H", raw, 4)[0]
        for index in range(count):  # GRPICONDIRENTRY: 14 bytes after the 6-byte header
            width = raw[6 + 14 * index]
            sizes.append(width or 256)
        break
    pe.close()
    return sorted(sizes)


def ico_sizes(path: Path) -> list[int]:
    """The pixel sizes of the images in an .ico file."""
    raw = Path(path).read_bytes()
    count = struct.unpack_from("<H", raw, 4)[0]
    return sorted((raw[6 + 16 * index] or 256) for index in range(count))
