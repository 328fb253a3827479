"""Scope: what the report does not cover is refused naming it; what it covers is never refused."""

from __future__ import annotations

import pytest

from assistant.router import guard


@pytest.mark.parametrize("question", ["vanguard initiative", "anything about gothenburg",
                                      "vertical disintegration - meaning?", "consumer IT expectations like online banking"])
def test_short_questions_in_the_reports_words_are_english(question):
    assert guard(question) is None


@pytest.mark.parametrize("question", ["Qué es esto?", "Quelles sont les tendances principales du rapport?",
                                      "asdf qwe", "zzz"])
def test_other_languages_and_gibberish_are_still_refused(question):
    ref = guard(question)
    assert ref is not None and ref.reason == "not_english"
