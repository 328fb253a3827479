"""Typed records for the structured tables; one dataclass per CSV file under structured/data/."""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Industry:
    figure: int
    page: int
    order: int
    name: str
    abbreviation: str


@dataclass(frozen=True)
class MarkCell:
    """A (trend, industry) cell of Figure 3 (downstream), 4 (upstream) or 5 (AOSI)."""

    figure: int
    page: int
    trend: str
    industry: str
    column: str  # the industry's label as printed in this figure
    raw: str
    marked: bool


@dataclass(frozen=True)
class SubtrendRow:
    """A sub-trend listed by Figure 6 for a hot-spot (trend, industry), at its printed position."""

    figure: int
    page: int
    trend: str
    industry: str
    industry_label: str
    position: int
    subtrend: str


@dataclass(frozen=True)
class SubtrendName:
    """A sub-trend's Figure 6 spelling linked to its Figure 7 spelling ("" where Figure 7 lacks it)."""

    industry: str
    figure6: str
    figure7: str


@dataclass(frozen=True)
class CrossoverCell:
    """A Figure 7 cell: (industry, sub-trend, parameter) with the raw text and grade ("✓✓", "✓", "" or "?")."""

    figure: int
    page: int
    industry: str
    industry_label: str
    subtrend: str  # Figure 7 spelling
    subtrend_figure6: str
    order: int
    parameter: str
    raw: str
    grade: str


@dataclass(frozen=True)
class RegionCountry:
    """A Figure 10 entry: a country (or a subsumption such as "Nordic Countries") in a region."""

    figure: int
    page: int
    region: str
    position: int
    country: str
    raw: str
    footnote: str


@dataclass(frozen=True)
class CooperationCell:
    """A Figure 13 (kind "rd") or Figure 16 (kind "business") cell between two regions."""

    figure: int
    page: int
    kind: str
    region_a: str
    region_b: str
    grade: str


@dataclass(frozen=True)
class LegendEntry:
    scale: str  # "cooperation" (Figures 13/16) or "crossover" (Figure 7)
    symbol: str
    words: str
    rank: int  # higher is stronger
    figure: int
    page: int


@dataclass(frozen=True)
class MegaTrend:
    order: int
    name: str  # Figure 3's row label
    heading: str  # §2.2 heading
    section: str
    page: int
    figure: int
    description: str


@dataclass(frozen=True)
class Parameter:
    order: int
    name: str
    definition: str
    section: str
    page: int
    figure: int
    singled_out: str  # the section whose list ranks it among the most relevant ("4.5"), or ""
    singled_out_page: int  # that list's page, or 0
    singled_out_quote: str  # the sentence introducing that list, verbatim, or ""


@dataclass(frozen=True)
class KeyArea:
    number: int
    name: str
    focus: str
    section: str
    page: int


@dataclass(frozen=True)
class Characteristic:
    order: int
    name: str
    sentence: str
    quote: str  # verbatim, with the report's Markdown emphasis
    context: str  # the §3.1 bullet that leads to the sentence (emphasis and footnotes removed)
    section: str
    page: int


@dataclass(frozen=True)
class Service:
    order: int
    service: str
    section: str
    figure: str
    page: int


@dataclass(frozen=True)
class PortfolioStatement:
    """A §4.3 statement placing an industry in Figure 9 (an image); derived from the text."""

    figure: int
    figure_page: int
    industry: str
    aspect: str
    value: str
    section: str
    page: int
    source: str
    quote: str


@dataclass(frozen=True)
class VocabularyEntry:
    kind: str  # industry, trend, subtrend, parameter, region, country
    canonical: str
    alias: str
    source: str


@dataclass(frozen=True)
class DataNote:
    id: str
    kind: str
    message: str
    figures: str  # ";"-separated figure keys
    sections: str
    pages: str
    cells: str  # JSON list of [figure, row, column]

    @property
    def figure_keys(self) -> list[str]:
        return [f for f in self.figures.split(";") if f]

    @property
    def section_numbers(self) -> list[str]:
        return [s for s in self.sections.split(";") if s]

    @property
    def page_numbers(self) -> list[int]:
        return [int(p) for p in self.pages.split(";") if p]

    @property
    def cell_list(self) -> list[tuple]:
        return [tuple(c) for c in json.loads(self.cells)]
