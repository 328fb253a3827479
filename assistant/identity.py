"""Who someone is, or which organisations: a question asking for a person by office ("who is the director of …",
"the name of the cluster manager …"), for organisations of a kind by name ("which universities …", "list the
investors …") or for how to reach someone ("contact details", "e-mail") is answered only by quotes that name one (or
write an address). A passage about the office or the kind in general answers another question. The patterns are generic English; what counts as a name is read from the report's own writing
(``assistant.scope._proper_names``: capitalised words it never writes in lower case).
"""

from __future__ import annotations

import re

from assistant.times import asked

# an office one person holds
_OFFICE = (r"director|manager|head|chair(?:man|woman|person)?|president|ceo|founder|coordinator|contact person|officer|"
           r"spokes(?:person|man|woman)|minister|commissioner|interviewers?|secretary[- ]general")
_PERSON = re.compile(rf"\bwho (?:is|was|are|were) (?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?P<o>{_OFFICE})\b|"
                     rf"\bnames? of (?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?P<o2>{_OFFICE})\b|"
                     rf"\b(?:which|name the|list the)\s+(?:[\w-]+\s+)?(?P<o3>interviewers|directors|ceos|founders|(?:cluster )?managers?)"
                     r"\b(?!\s+(?:should|could|can|must|need|have to)\b)",
                     re.IGNORECASE)
# organisations of a kind asked for by name
_KINDS = (r"universit(?:y|ies)|research (?:centres?|centers?|institutes?|institutions?)|institutes?|hospitals?|banks?|"
          r"investors?|start-?ups?|manufacturers?|suppliers?|brands?|cities|towns?|ports?|airports?")
_ORGANISATIONS = re.compile(rf"\b(?:which|name the|list the|name some|name any|list some|list any)\s+(?:[\w-]+\s+)?"
                            rf"(?P<k>{_KINDS})\b", re.IGNORECASE)
# a person's name: two capitalised words in a row, neither a word the report writes in lower case; a quote names the
# holder of an office when it writes both the office and such a name
_NAME = re.compile(r"\b([A-Z][a-z]+)\s+([A-Z][a-z]+)\b")


# how to reach someone: the report is no directory; a quote answers only if it writes an address of some kind
# (not "phone" modifying the noun after it: "makes phone accessories", "phone makers")
_CONTACT = re.compile(r"\bcontact (?:details|info\w*|data|person|address)\b|\be-?mail(?: address(?:es)?)?\b|"
                      r"\b(?:tele)?phone numbers?\b|\b(?:tele)?phone\b(?!\s+(?!(?:of|for|and|or|to|at|in|please|pls|"
                      r"details|too|so|if|is|are)\b)[a-z])|\bpostal address\b", re.IGNORECASE)
_ADDRESS = re.compile(r"@|\bwww\.|https?://|\+?\d[\d ()/-]{6,}\d")
# … of the kind asked: a phone number is digits, an e-mail address has an "@"
_OF_KIND = {"phone": re.compile(r"\+?\d[\d ()/-]{6,}\d"), "mail": re.compile(r"@")}


def identity_missing(res, sentences) -> str:
    """A person asked for by office, or organisations of a kind asked for by name, that the quotes of ``res`` (a
    retrieval result) do not name: what the report does not give (a sentence), or ""."""
    from assistant.scope import _lower_words, _proper_names

    contact = _CONTACT.search(res.question)
    address = next((p for k, p in _OF_KIND.items() if contact and k in contact[0].lower()), _ADDRESS)
    if contact and not any(address.search(q.text) for q in res.quotes):
        return f"The report gives no {contact[0].lower()} (\u201c{asked(res.question)}\u201d)."
    person = _PERSON.search(res.question)
    if person:
        office = next(g for g in (person["o"], person["o2"], person["o3"]) if g)
        lower, word = _lower_words(), re.compile(rf"\b{re.escape(office.rstrip('s'))}s?\b", re.IGNORECASE)
        if any(word.search(q.text) and any(a.lower() not in lower and b.lower() not in lower for a, b in _NAME.findall(q.text))
               for q in res.quotes):  # the office and a name in one quote: "… its director, Jane Doe"
            return ""
        return f"The report names no {office.lower()} (\u201c{asked(res.question)}\u201d)."
    kind = _ORGANISATIONS.search(res.question)
    if kind and not any(_proper_names(q.text) for q in res.quotes):
        return f"The report names no individual {kind['k'].lower()} (\u201c{asked(res.question)}\u201d)."
    return ""
