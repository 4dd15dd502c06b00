"""The parts of the Windows check (scripts/windows_check.py), run by the Linux Python."""
