"""The roster listed a page at a time for the window: its first ids, and how many match."""

from __future__ import annotations

from kinerja_desktop.domain.roster import RosterFilter
from kinerja_desktop.storage import roster_pages
from kinerja_desktop.storage.database import Database


class RosterPages:
    """The search of RosterService.search, read in part: the first screen of a 100,000-row
    list needs about forty ids, not all of them."""

    def __init__(self, db: Database):
        self.db = db

    def first(self, f: RosterFilter, limit: int) -> list[int]:
        """The first `limit` ids of the search, in display order."""
        return roster_pages.first_ids(self.db, f, limit)

    def count(self, f: RosterFilter) -> int:
        """How many officials the search gives."""
        return roster_pages.count_matching(self.db, f)
