"""Made-up NIPs of the valid form (birth date, TMT CPNS, sex, serial) for tests."""

from __future__ import annotations


def make_nip(birth: str = "19700101", tmt: str = "199003", sex: int = 1, serial: int = 2) -> str:
    """'19700101', '199003', 1, 2 -> '197001011990031002'."""
    return f"{birth}{tmt}{sex}{serial:03d}"


def many_nips(count: int, start: int = 1) -> list[str]:
    """Distinct valid NIPs: same birth and TMT, serial numbers counting up from `start`."""
    return [make_nip("19750505", "200001", 1 + (n % 2), n) for n in range(start, start + count)]
