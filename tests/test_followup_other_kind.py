"""A follow-up asking for "other" names of the kind it lists ("which other industries share it") after a turn that
named one of that kind: the name is one of the answers, not a constraint, so it is left out of the names carried
over. Wordings are our own."""

from assistant.followups import _on_last_names
from assistant.understand import read


def test_other_of_the_listed_kind_drops_that_kind_from_the_names_carried_over():
    last = read("is impact of social media an aosi for creative industries")
    done = _on_last_names(read("and which other sectors share that strong interdependency"), last)
    assert [n.kind for n in done.names] == ["trend"] and done.combination is None and done.relation == "aosi"


def test_without_other_every_name_is_carried_over():
    last = read("is impact of social media an aosi for creative industries")
    done = _on_last_names(read("and in the upstream matrix?"), last)
    assert {n.kind for n in done.names} == {"trend", "industry"}
