"""Errors of the structured-data layer, each named for the condition it reports."""


class DataError(Exception):
    """Base class: the structured data could not be built or loaded."""


class MissingDataFile(DataError):
    """A CSV file under structured/data/ is missing."""


class MalformedRow(DataError):
    """A CSV row cannot be read as its record type (message names the file and line)."""


class UnknownColumn(DataError):
    """A CSV file has a column its record type does not know, or lacks one it needs."""


class ParseError(DataError):
    """The corpus does not have the structure a figure parser expects."""
