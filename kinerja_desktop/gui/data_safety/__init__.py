"""Keeping data safe: backups, restore, merging another PC's data, and the audit history."""
