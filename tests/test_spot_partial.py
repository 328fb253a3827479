"""Golden tables for names typed in part: an industry by its opening words, a long name with words left out."""

import pytest


@pytest.mark.parametrize("question,expected", [
    # an industry named by its opening words where the question sets it apart ("besides X") or joins it to another
    # industry's full name sharing its last word ("X and Y industries")
    ("which industries besides digital feel big data", ["Digital Industries"]),
    ("apart from the creative ones, who is hit by personalisation", ["Creative Industries"]),
    ("excluding environmental, which industries push carbon foot-print reduction", ["Environmental Industries"]),
    ("is big data an AOSI for anything besides digital or creative", ["Digital Industries", "Creative Industries"]),
    ("trends that drive the digital, creative and experience industries",
     ["Digital Industries", "Creative Industries", "Experience Industries"]),
    ("digital or environmental industries: which trends", ["Digital Industries", "Environmental Industries"]),
    # the opening word before a word for a sector ("the experience economy", "the medical industry")
    ("what shapes the creative economy", ["Creative Industries"]),
    ("is the medical industry hit by big data", ["Medical Devices"]),
    ("the digital players: which trends", ["Digital Industries"]),
    # no setting apart and no shared last word: the opening word alone is no name
    ("digital transformation of the economy", []),
    ("medical and digital industries", ["Digital Industries"]),
    ("the creative side of experience", []),
])
def test_industries_named_by_their_opening_words(question, expected):
    from assistant.spot import spot

    assert [m.canonical for m in spot(question) if m.kind == "industry"] == expected


@pytest.mark.parametrize("question,expected", [
    # a long name typed with words left out: its first word, three in five of its words in order, nothing else
    ("how is decoupling growth from pollution rated for information sharing", "Decoupling economic growth from environmental pollution"),
    ("fast advice, price comparisons, blogs: which parameters", "Fast advice - price & performance comparisons, blogs and online reviews"),
    ("which industries does consumerisation and ubiquity of IT shape", "Consumerisation, proliferation and ubiquity of IT"),
    # too few of the name's words, or other words between them: no name
    ("decoupling of clusters from growth", None),
    ("fast advice for clusters", None),
])
def test_long_names_typed_with_words_left_out(question, expected):
    from assistant.spot import spot

    long = [m.canonical for m in spot(question) if len(m.canonical.split()) >= 4]
    assert long == ([expected] if expected else [])


@pytest.mark.parametrize("question,expected", [
    # one word only that sub-trend's names hold (and the report prints only in its tables), beside its industry
    ("coastal protection projects in blue growth: which parameters get ticks", ["Protection of coastal areas"]),
    ("our medtech client sells point-of-care kits - where are its crossover points", [
        "Point-of-Care Healthcare Technologies (POCHT)"]),
    ("seaborne freight in the blue economy: which parameters matter", ["Increase of seaborne trade volume"]),
    # no industry whose hot-spots list it, or a word the report's prose uses: no sub-trend read
    ("coastal regions and their R&D partners", []),
    ("which regions have the best coverage in mobility technologies", []),
    ("which value-chain parameters matter for medtech", []),
])
def test_a_subtrend_named_by_a_word_of_its_own(question, expected):
    from assistant.spot import spot

    assert [m.canonical for m in spot(question) if m.kind == "subtrend"] == expected
