"""SQLite storage through peewee: the only package that imports peewee."""
