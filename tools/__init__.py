"""Plain typed functions that answer questions over the report's figures and tables.

Every tool returns a ``ToolResult`` with citations (figure, section, page, cells) and the data notes touching
its cells, or raises a ``ToolError`` whose message is a sentence for the user. LangChain wrappers live in
``tools.langchain`` (imported on demand).
"""

from tools._data import rank as grade_rank
from tools.compose import intersect, restrict, subtract, union
from tools.counts import count_crossover_marks, count_crossover_rows, count_subtrends
from tools.crossover import (
    crossover_block,
    crossover_cells,
    crossover_gaps,
    crossover_grade,
    subtrend_profile,
    subtrends_at_grade,
)
from tools.crossover_rank import parameter_ranking, rank_subtrends, subtrends_with_many
from tools.errors import AmbiguousName, InvalidArgument, NotInMatrix, ToolError, UnknownName
from tools.figure_find import figure_about, figure_lookup
from tools.figures import figure_info
from tools.lists import abbreviation, list_items, parameter_info, portfolio, trend_info
from tools.matrix import (
    Direction,
    compare_matrices,
    industries_for_trend,
    matrix_cell,
    rank_matrix,
    trends_for_industry,
)
from tools.names import canonical_names, resolve, resolve_all, resolve_region, vocabulary
from tools.notes import all_notes, notes_for_cells
from tools.regions import (
    Kind,
    cooperation_grade,
    countries_in,
    grade_differences,
    pairs_at_grade,
    partners,
    partners_of_all,
    rank_regions,
    region_of,
    regions_of,
    strongest_pairs,
)
from tools.result import Citation, ToolResult
from tools.sections import section_info
from tools.shown import industries_shown
from tools.subtrends import aosis_with_subtrend, hotspots, rank_hotspots, subtrend_industries, subtrends_for

#: The public tools (plain typed functions returning ToolResult); their docstrings are their descriptions.
TOOLS = [
    trends_for_industry, industries_for_trend, matrix_cell, rank_matrix, compare_matrices,
    subtrends_for, aosis_with_subtrend, subtrend_industries, rank_hotspots, hotspots,
    crossover_grade, subtrend_profile, subtrends_at_grade, parameter_ranking, subtrends_with_many, crossover_gaps,
    crossover_cells, rank_subtrends, crossover_block, count_subtrends, count_crossover_marks, count_crossover_rows,
    industries_shown,
    region_of, regions_of, countries_in, cooperation_grade, partners, grade_differences, strongest_pairs, pairs_at_grade, partners_of_all, rank_regions,
    list_items, abbreviation, trend_info, parameter_info, portfolio,
    figure_info, figure_lookup, figure_about, section_info,
    all_notes,
]

__all__ = [
    "TOOLS", "count_crossover_marks", "count_crossover_rows", "industries_shown", "figure_about", "count_subtrends", "grade_rank", "partners_of_all", "crossover_block", "hotspots", "rank_regions", "abbreviation", "crossover_cells", "pairs_at_grade", "rank_hotspots", "rank_subtrends", "section_info", "AmbiguousName", "Citation", "Direction", "InvalidArgument", "Kind", "NotInMatrix", "ToolError",
    "ToolResult", "UnknownName", "all_notes", "aosis_with_subtrend", "canonical_names", "compare_matrices",
    "cooperation_grade", "countries_in", "crossover_gaps", "crossover_grade", "figure_info", "figure_lookup",
    "grade_differences", "industries_for_trend", "intersect", "list_items", "matrix_cell", "notes_for_cells",
    "parameter_info", "parameter_ranking", "partners", "portfolio", "rank_matrix", "region_of", "regions_of", "resolve",
    "resolve_all", "resolve_region", "restrict", "strongest_pairs", "subtract", "subtrend_industries",
    "subtrend_profile", "subtrends_at_grade", "subtrends_for", "subtrends_with_many", "trend_info",
    "trends_for_industry", "union", "vocabulary",
]
