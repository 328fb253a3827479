"""The report's figures and lists as typed tables, parsed from the corpus (see structured/build.py)."""

from structured.errors import DataError, MalformedRow, MissingDataFile, ParseError, UnknownColumn
from structured.load import DATA_DIR, Tables, load_tables, read_table

__all__ = ["DATA_DIR", "DataError", "MalformedRow", "MissingDataFile", "ParseError", "Tables", "UnknownColumn",
           "load_tables", "read_table"]
