"""Load the CSV tables under structured/data/ as typed records."""

from __future__ import annotations

import csv
import typing
from dataclasses import dataclass, fields
from pathlib import Path

from corpus.once import once
from structured import records as R
from structured.errors import MalformedRow, MissingDataFile, UnknownColumn

DATA_DIR = Path(__file__).with_name("data")


def read_table(path: Path, record: type) -> list:
    """Read one CSV file as a list of ``record`` instances.

    Raises MissingDataFile, UnknownColumn (unknown or missing column) or MalformedRow (with file and line).
    """
    if not path.exists():
        raise MissingDataFile(f"{path}: data file is missing; run `python -m structured.build`.")
    hints = typing.get_type_hints(record)
    names = [f.name for f in fields(record)]
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames or []
        unknown = [c for c in header if c not in names]
        missing = [c for c in names if c not in header]
        if unknown or missing:
            parts = ([f"unknown column(s) {', '.join(unknown)}"] if unknown else []) + \
                    ([f"missing column(s) {', '.join(missing)}"] if missing else [])
            raise UnknownColumn(f"{path}:1: {'; '.join(parts)} for {record.__name__}")
        out = []
        for row in reader:
            line = reader.line_num
            if None in row or any(v is None for v in row.values()):
                raise MalformedRow(f"{path}:{line}: wrong number of cells for {record.__name__}")
            try:
                out.append(record(**{k: _convert(row[k], hints[k]) for k in names}))
            except ValueError as e:
                raise MalformedRow(f"{path}:{line}: {e}") from e
    return out


def _convert(value: str, typ):
    if typ is bool:
        if value not in ("0", "1"):
            raise ValueError(f"expected 0 or 1, got {value!r}")
        return value == "1"
    if typ is int:
        try:
            return int(value)
        except ValueError:
            raise ValueError(f"expected a whole number, got {value!r}") from None
    return value


@dataclass(frozen=True)
class Tables:
    """Every structured table of the report."""

    industries: list[R.Industry]
    downstream: list[R.MarkCell]
    upstream: list[R.MarkCell]
    aosi: list[R.MarkCell]
    subtrends: list[R.SubtrendRow]
    subtrend_names: list[R.SubtrendName]
    crossover: list[R.CrossoverCell]
    regions: list[R.RegionCountry]
    cooperation: list[R.CooperationCell]
    legend: list[R.LegendEntry]
    megatrends: list[R.MegaTrend]
    parameters: list[R.Parameter]
    key_areas: list[R.KeyArea]
    characteristics: list[R.Characteristic]
    service_spectrum: list[R.Service]
    portfolio: list[R.PortfolioStatement]
    vocabulary: list[R.VocabularyEntry]
    notes: list[R.DataNote]


_RECORDS = {
    "industries": R.Industry, "downstream": R.MarkCell, "upstream": R.MarkCell, "aosi": R.MarkCell,
    "subtrends": R.SubtrendRow, "subtrend_names": R.SubtrendName, "crossover": R.CrossoverCell,
    "regions": R.RegionCountry, "cooperation": R.CooperationCell, "legend": R.LegendEntry,
    "megatrends": R.MegaTrend, "parameters": R.Parameter, "key_areas": R.KeyArea,
    "characteristics": R.Characteristic, "service_spectrum": R.Service, "portfolio": R.PortfolioStatement,
    "vocabulary": R.VocabularyEntry, "notes": R.DataNote,
}


def load_tables(data_dir: Path | None = None) -> Tables:
    """All tables from ``data_dir`` (default structured/data/); the default is read once and cached."""
    if data_dir is None:
        return _default()
    return Tables(**{name: read_table(Path(data_dir) / f"{name}.csv", rec) for name, rec in _RECORDS.items()})


@once
def _default() -> Tables:
    return Tables(**{name: read_table(DATA_DIR / f"{name}.csv", rec) for name, rec in _RECORDS.items()})
