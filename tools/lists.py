"""Lists and definitions: mega trends, industries, parameters, key areas, characteristics, service spectrum,
regions; §2.2 trend descriptions, §3.2 parameter definitions and the Figure 9 portfolio statements."""

from __future__ import annotations

import re
from typing import Literal

from rapidfuzz import fuzz, process, utils

import corpus
from corpus.once import once
from tools._data import cite, figure_notes, quote_cite, tables, verbatim
from tools.errors import InvalidArgument, UnknownName
from tools.names import canonical_names, resolve
from tools.result import Citation, ToolResult

ListName = Literal["mega_trends", "industries", "parameters", "singled_out_parameters", "key_areas", "characteristics",
                   "service_spectrum", "regions", "european_regions", "countries"]


def _list(name: str) -> tuple[str, list[str], list[dict], list[Citation]]:
    t = tables()
    if name == "mega_trends":
        ms = sorted(t.megatrends, key=lambda m: m.order)
        return ("Mega trends (Figure 3 rows, §2.2)", [m.name for m in ms],
                [{"name": m.name, "heading": m.heading, "section": m.section, "page": m.page} for m in ms],
                [cite(str(ms[0].figure)), cite(None, section=ms[0].section, page=ms[0].page)])
    if name == "industries":
        inds = sorted(t.industries, key=lambda i: i.order)
        return (f"Emerging industries with abbreviations (Figure {inds[0].figure})", [i.name for i in inds],
                [{"name": i.name, "abbreviation": i.abbreviation} for i in inds],
                [cite(str(inds[0].figure), page=inds[0].page, cells=[(i.name, "Abbreviation") for i in inds])])
    if name == "parameters":
        ps = sorted(t.parameters, key=lambda p: p.order)
        return (f"Value-chain parameters (Figure {ps[0].figure} columns, §{ps[0].section})", [p.name for p in ps],
                [{"name": p.name} for p in ps],
                [cite(str(ps[0].figure)), cite(None, section=ps[0].section, page=ps[0].page)])
    if name == "singled_out_parameters":  # the text's own list of the most relevant ones, not a count of marks
        ps = sorted((p for p in t.parameters if p.singled_out), key=lambda p: p.order)
        return (f"Parameters the text singles out as the most relevant for transitions (§{ps[0].singled_out})",
                [p.name for p in ps], [{"name": p.name} for p in ps],
                [quote_cite(ps[0].singled_out_quote, ps[0].singled_out, page=ps[0].singled_out_page)])
    if name == "key_areas":
        ks = sorted(t.key_areas, key=lambda k: k.number)
        return (f"Key areas (§{ks[0].section})", [k.name for k in ks],
                [{"number": k.number, "name": k.name, "focus": k.focus} for k in ks],
                [cite(None, section=ks[0].section, page=ks[0].page)])
    if name == "characteristics":
        cs = sorted(t.characteristics, key=lambda c: c.order)
        return (f"Common characteristics of the value-chain development (§{cs[0].section})", [c.name for c in cs],
                [{"name": c.name, "sentence": c.sentence, "context": c.context} for c in cs],
                [quote_cite(c.quote, c.section, page=c.page) for c in cs])
    if name == "service_spectrum":
        ss = sorted(t.service_spectrum, key=lambda s: s.order)
        return (f"Service spectrum, in order (Figure {ss[0].figure}, §{ss[0].section})", [s.service for s in ss],
                [{"order": s.order, "service": s.service} for s in ss],
                [cite(ss[0].figure, section=ss[0].section, page=ss[0].page)])
    if name == "regions":
        rs = canonical_names("region")
        fig = str(t.regions[0].figure)
        return (f"Regions (Figure {fig})", rs, [{"name": r} for r in rs], [cite(fig, page=t.regions[0].page)])
    if name == "countries":
        cs = sorted(t.regions, key=lambda r: (r.region, r.position))
        fig = str(cs[0].figure)
        return (f"Countries listed in the regions of Figure {fig}", list(dict.fromkeys(c.country for c in cs)),
                [{"name": c.country, "region": c.region} for c in cs], [cite(fig, page=cs[0].page)])
    if name == "european_regions":
        rs = list(dict.fromkeys(c.region_a for c in t.cooperation))
        figs = list(dict.fromkeys(str(c.figure) for c in t.cooperation))
        return (f"European regions of the cooperation matrices (Figures {' and '.join(figs)})", rs,
                [{"name": r} for r in rs], [cite(f) for f in figs])
    raise InvalidArgument(f"{name!r} is not a list; use one of "
                          f"{', '.join(ListName.__args__)}.")  # type: ignore[attr-defined]


def list_items(name: ListName) -> ToolResult:
    """One of the report's lists, in printed order (industries with their abbreviations in ``rows``).

    Args:
        name: Which list: "mega_trends", "industries", "parameters", "singled_out_parameters" (those the
            text names as the most relevant), "key_areas", "characteristics",
            "service_spectrum", "regions" (Figure 10), "european_regions" (the six of Figures 13/16) or
            "countries" (every country Figure 10 places in a region).
    """
    title, items, rows, cits = _list(name)
    mentions = ["Figure 17"] if name == "service_spectrum" else []
    return ToolResult(tool="list_items", args={"name": name}, title=title, items=items, count=len(items),
                      rows=rows, citations=cits, notes=figure_notes([c.figure for c in cits if c.figure], mentions))


@once
def list_phrases() -> dict[str, str]:
    """The report's own words for each list it gives in its text, not in a table (list name -> words): the
    sentence that introduces the key areas (up to its first comma), the caption of the service spectrum's figure,
    the title of the section the common characteristics close. A question in those words asks for that list."""
    t = tables()
    out: dict[str, str] = {}
    ks = sorted(t.key_areas, key=lambda k: k.number)
    sec = corpus.section(ks[0].section)
    first = sec.text.find(f"{ks[0].number}. {ks[0].name}")
    intros = re.findall(r"([^.:\n]+):[ \t]*$", sec.text[:max(first, 0)], re.M)
    if intros:
        out["key_areas"] = intros[-1].split(",")[0].strip()
    ss = sorted(t.service_spectrum, key=lambda x: x.order)
    caption = next((f.caption for f in corpus.figures() if f.key == ss[0].figure), None)
    if caption:
        out["service_spectrum"] = caption
    out["characteristics"] = corpus.section(t.characteristics[0].section).title
    return out


def trend_info(trend: str) -> ToolResult:
    """A mega trend's §2.2 heading and description, with a verbatim quote.

    Args:
        trend: A mega trend (Figure 3 row label, §2.2 heading or synonym such as "IoT").
    """
    name = resolve("trend", trend)
    m = next(m for m in tables().megatrends if m.name == name)
    quote = verbatim(m.description)
    return ToolResult(
        tool="trend_info", args={"trend": name}, title=f"{name}: description in §{m.section} (\"{m.heading}\")",
        value=m.heading, items=[name], count=1,
        rows=[{"name": m.name, "heading": m.heading, "description": m.description}],
        citations=[quote_cite(quote, m.section, page=m.page)],
        notes=figure_notes([str(m.figure)], [f'"{name}"']),
    )


def parameter_info(parameter: str) -> ToolResult:
    """A value-chain parameter's §3.2 definition, with a verbatim quote.

    Args:
        parameter: A Figure 7 parameter, e.g. "Information sharing" or "agility".
    """
    name = resolve("parameter", parameter)
    p = next(p for p in tables().parameters if p.name == name)
    quote = verbatim(p.definition)
    return ToolResult(
        tool="parameter_info", args={"parameter": name}, title=f"{name}: definition in §{p.section}",
        value=p.definition, items=[name], count=1, rows=[{"name": p.name, "definition": p.definition}],
        citations=[quote_cite(quote, p.section, page=p.page)],
    )


def _aspect(text: str) -> str:
    aspects = list(dict.fromkeys(p.aspect for p in tables().portfolio))
    hit = process.extractOne(text, aspects, scorer=fuzz.WRatio, processor=utils.default_process)
    if hit is None or hit[1] < 80:
        raise UnknownName("aspect", text, aspects, [h[0] for h in process.extract(
            text, aspects, scorer=fuzz.WRatio, processor=utils.default_process, limit=2)],
            "portfolio aspects (Figure 9, from §4.3)")
    return hit[0]


def portfolio(industry: str | None = None, aspect: str | None = None) -> ToolResult:
    """What §4.3 says about the industries' places in the Figure 9 portfolio (the figure itself is an image not in
    the text; these statements are derived from the text, each with its quote).

    Args:
        industry: Only this emerging industry (optional).
        aspect: Only this aspect, e.g. "strategic importance", "services", "internationalisation status",
            "importance trend" (optional).
    """
    ind = resolve("industry", industry) if industry else None
    asp = _aspect(aspect) if aspect else None
    rows = [p for p in tables().portfolio if (ind is None or p.industry == ind) and (asp is None or p.aspect == asp)]
    if ind and asp:
        items = [p.value for p in rows]
    elif asp:
        items = [(p.industry, p.value) for p in rows]
    else:
        items = [(p.industry if not ind else p.aspect, p.value if ind else f"{p.aspect}: {p.value}") for p in rows]
    groups: dict[str, list[str]] = {}
    for p in rows:
        groups.setdefault(f"{p.aspect}: {p.value}", []).append(p.industry)
    cits = list(dict.fromkeys(quote_cite(p.quote, p.section, figure_key=str(p.figure), page=p.page) for p in rows))
    fig = str(tables().portfolio[0].figure)
    source = tables().portfolio[0].source
    scope = " × ".join(x for x in (ind, asp) if x) or "all industries"
    return ToolResult(
        tool="portfolio", args={"industry": ind, "aspect": asp},
        title=f"Figure {fig} portfolio statements for {scope} ({source})",
        items=items, count=len(items), groups=groups, value=items[0] if (ind and asp and len(items) == 1) else None,
        rows=[{"industry": p.industry, "aspect": p.aspect, "value": p.value, "quote": p.quote, "source": p.source}
              for p in rows],
        citations=cits or [cite(fig)],
    )


def abbreviation(name: str) -> ToolResult:
    """An emerging industry's abbreviation as Figure 1 prints it, or the industry an abbreviation stands for.

    Args:
        name: An industry name ("Blue Growth Industries") or an abbreviation ("EnvI").
    """
    rows = tables().industries
    by_abbr = {r.abbreviation.casefold(): r for r in rows}
    hit = by_abbr.get(name.strip().casefold())
    if hit is not None:
        value, title = hit.name, f"{hit.abbreviation} stands for {hit.name} (Figure {hit.figure})"
    else:
        canon = resolve("industry", name)
        hit = next(r for r in rows if r.name == canon)
        value, title = hit.abbreviation, f"The abbreviation of {hit.name} is {hit.abbreviation} (Figure {hit.figure})"
    return ToolResult(tool="abbreviation", args={"name": name}, title=title, value=value, count=1,
                      rows=[{"industry": hit.name, "abbreviation": hit.abbreviation}],
                      citations=[cite(str(hit.figure), page=hit.page, cells=[(hit.name, "Abbreviation")])])
