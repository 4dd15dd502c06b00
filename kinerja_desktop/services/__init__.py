"""Use cases on top of storage: each runs in one transaction and takes/returns plain data."""
