"""The report's lists, parsed from its text: mega trends (§2.2), key areas and common characteristics (§3.1),
value-chain parameters (§3.2) and the service spectrum (§4.4.2)."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

import corpus
from structured.errors import ParseError
from structured.figures import clean, mark_matrix


def _paras(sec: corpus.Section) -> list[tuple[int, str]]:
    """(absolute offset, text) of each paragraph of a section, heading excluded."""
    out = []
    for m in re.finditer(r"[^\n]+", sec.text):
        out.append((sec.start + m.start(), m.group()))
    return out[1:]


def _is_heading(line: str) -> bool:
    return (len(line) < 80 and not line.rstrip().endswith((".", ":", ")")) or line.endswith("etc.)")) \
        and not line.startswith(("-", "•", "⇒")) and not re.match(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]", line) \
        and "\t" not in line and line[:1].isupper()


def megatrends() -> list[dict]:
    """The twelve mega trends: Figure 3's row label, the §2.2 heading that presents it, and its description."""
    names = list(dict.fromkeys(r["trend"] for r in mark_matrix("3")))
    sec = corpus.section("2.2")
    paras = _paras(sec)
    heads = [(i, off, t) for i, (off, t) in enumerate(paras) if _is_heading(t)]
    if len(heads) != len(names):
        raise ParseError(f"§2.2 has {len(heads)} trend headings, Figure 3 has {len(names)} trends")
    out = []
    for k, (name, (i, off, head)) in enumerate(zip(names, heads, strict=True)):
        score = fuzz.token_set_ratio(name.lower().replace("&", "and"), head.lower())
        if score < 70:
            raise ParseError(f"Figure 3 trend {name!r} does not match §2.2 heading {head!r} ({score:.0f})")
        nxt = heads[k + 1][0] if k + 1 < len(heads) else len(paras)
        body = [t for _, t in paras[i + 1 : nxt] if not re.match(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]", t)]
        start = paras[i + 1][0]
        out.append({"order": k + 1, "name": name, "heading": head, "section": "2.2",
                    "page": corpus.page_of(off).page, "figure": 3, "description_start": start,
                    "description": "\n\n".join(body)})
    return out


def key_areas() -> list[dict]:
    """§3.1's numbered key areas ("1. Strategy & Performance") with the focus line under each."""
    sec = corpus.section("3.1")
    out = []
    for m in re.finditer(r"^(\d)\. (.+)\n\n⇒ (.+)$", sec.text, re.M):
        out.append({"number": int(m[1]), "name": m[2].strip(), "focus": m[3].strip(), "section": "3.1",
                    "page": corpus.page_of(sec.start + m.start()).page})
    if not out:
        raise ParseError("§3.1 has no numbered key areas")
    return out


def characteristics() -> list[dict]:
    """§3.1's common characteristics of value chains: the bold sentences, then the one named "most important"."""
    sec = corpus.section("3.1")
    out = []
    for m in re.finditer(r"\*\*The common characteristic of this development in the value chains is its \*(.+?)\*\.\*\*",
                         sec.text):
        out.append((m.start(), m[1], m.group()))
    m = re.search(r"(\w+) is the most important common characteristic[^.]*\.", sec.text)
    if m:
        out.append((m.start(), m[1].lower(), m.group()))
    bullets = [m.start() for m in re.finditer(r"^- ", sec.text, re.M)]

    def context(o: int, sentence: str) -> str:
        start = max((b for b in bullets if b < o), default=o)
        body = sec.text[start + 2 : o + len(sentence)]
        body = re.sub(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹].*$", "", body, flags=re.M)  # footnote lines inside a page break
        return re.sub(r"\s+", " ", body.replace("**", "").replace("*", "")).strip()

    return [{"order": i + 1, "name": n, "sentence": s.replace("**", "").replace("*", ""), "quote": s,
             "context": context(o, s), "section": "3.1", "page": corpus.page_of(sec.start + o).page}
            for i, (o, n, s) in enumerate(sorted(out))]


def parameters(figure7_names: list[str]) -> list[dict]:
    """§3.2's eight value-chain transition parameters with their definitions, in Figure 7's order."""
    sec = corpus.section("3.2")
    bullets = [(off, t) for off, t in _paras(sec) if t.startswith("- ")]
    out = []
    for k, name in enumerate(figure7_names):
        hit = None
        for off, t in bullets:
            if re.search(r"\*\*" + re.escape(name.split(" concepts")[0]) + r"(\s+concepts?)?\*\*", t, re.I):
                hit = (off, t)
                break
        if hit is None:
            raise ParseError(f"§3.2 has no definition of parameter {name!r}")
        out.append({"order": k + 1, "name": name, "definition": hit[1][2:], "section": "3.2",
                    "page": corpus.page_of(hit[0]).page, "figure": 7})
    return out


# a sentence that introduces a bullet list of parameters as a ranking: "the following parameters were identified as
# the most relevant and challenging …:" (not "these parameters are explained in detail:")
_RANKS = re.compile(r"\b(most|key|main|highest|strongest|particularly|especially)\b", re.I)


def singled_out(params: list[dict]) -> list[dict]:
    """``params`` with ``singled_out`` (the section), ``singled_out_page`` and ``singled_out_quote`` (the sentence
    introducing the list) filled for each parameter that a bullet list names in bold after a sentence ranking
    parameters (the conclusion's "most relevant" list); "", 0 and "" for the others."""
    found: dict[str, tuple[str, int, str]] = {}
    for sec in corpus.sections():
        paras = _paras(sec)
        for i, (_, intro) in enumerate(paras):
            if intro.startswith("- ") or not intro.rstrip().endswith(":") or \
                    not re.search(r"\bparameters\b", intro, re.I) or not _RANKS.search(intro):
                continue
            bullets = []
            for off, t in paras[i + 1:]:
                if not t.startswith("- "):
                    break
                bullets.append((off, t))
            for p in params:
                stem = re.escape(p["name"].split(" concepts")[0])
                hit = next((off for off, t in bullets if re.search(r"\*\*" + stem + r"\*\*", t, re.I)), None)
                if hit is not None:  # the intro's last sentence, verbatim, is the list's quote
                    said = re.split(r"(?<=[.!?])\s+", intro.strip())[-1]
                    found.setdefault(p["name"], (sec.number, corpus.page_of(hit).page, said))
    none = ("", 0, "")
    return [{**p, "singled_out": found.get(p["name"], none)[0], "singled_out_page": found.get(p["name"], none)[1],
             "singled_out_quote": found.get(p["name"], none)[2]} for p in params]


def service_spectrum() -> list[dict]:
    """The service spectrum of §4.4.2 (the second Figure 17), in the order the text walks through it."""
    sec = corpus.section("4.4.2")
    out = []
    for m in re.finditer(r"\(= “([^”]+)”\)", sec.text):
        out.append({"order": len(out) + 1, "service": clean(m[1]), "section": "4.4.2", "figure": "17b",
                    "page": corpus.page_of(sec.start + m.start()).page})
    if not out:
        raise ParseError("§4.4.2 names no services of the spectrum")
    return out
