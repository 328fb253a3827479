"""Names and checks shared by the golden tool tests (labels as printed in the report's figures)."""

from __future__ import annotations

import json

from tools import ToolResult

LS, MD, MT, DI = "Logistical Services", "Medical Devices", "Mobility Technologies", "Digital Industries"
CI, AP, BG, BP = "Creative Industries", "Advanced Packaging", "Blue Growth Industries", "Biopharmaceuticals"
ENVI, EXPI = "Environmental Industries", "Experience Industries"
XLINK, BIG, SOCIAL = "Cross-linkage of subjects & objects", "Big data", "Impact of social media"
PERS, IMMED, GEO = ("Personalisation of products & services", "Immediate availability of products & services",
                    "Changes of geo-economical dynamics")
INNO, ENTRE = "Innovation dynamics", "Changes in entrepreneurship culture"
CONV, CONS = "Convergence of products, devices and services", "Consumerisation, proliferation and ubiquity of IT"
SHORT, CARBON = "Shortening of lifetime cycles", "Carbon foot-print reduction"
NE, NWE, CWE, SWE, CEE, SEE = ("Northern Europe", "Northwest Europe", "Central Western Europe", "Southwest Europe",
                               "Central Eastern Europe", "Southeast Europe")
IS = "Information sharing"


def ids(result: ToolResult) -> list[str]:
    return [n.id for n in result.notes]


def check_common(r: ToolResult) -> None:
    assert r.title and "\n" not in r.title
    assert r.citations, "every result cites"
    json.dumps(r.to_dict(), ensure_ascii=False)
    if r.count is not None and r.items and r.tool not in ("crossover_gaps",):
        assert r.count == len(r.items)

