"""Pure-Python domain: validation, vocabularies, dates and plain data objects (no Qt, no peewee)."""
