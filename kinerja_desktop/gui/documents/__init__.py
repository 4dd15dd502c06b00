"""Printed documents: printing, verifying a code, scanned signatures, and handovers."""
