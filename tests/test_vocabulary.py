"""The field vocabulary that widens keyword search."""

from __future__ import annotations

import pytest

from prepcli import vocabulary
from prepcli.errors import PrepError
from prepcli.index import fts_query
from prepcli.vocabulary import Vocabulary, expansions


def test_shipped_vocabulary_covers_the_field_terms():
    shipped = vocabulary.load()
    assert "prior authorization" in expansions("PA denied again", shipped)
    assert "step edit" in expansions("prior auth for Cardelis", shipped)
    assert "deductible" in expansions("copay too high", shipped)
    assert "tolerability" in expansions("side effects", shipped)
    assert "P&T" in expansions("formulary review", shipped)
    assert "investigator-initiated" in expansions("IIS proposal", shipped)


def test_whole_words_and_phrases_only():
    vocab = Vocabulary((("PA", "prior authorization"), ("side effect", "AE")))
    assert expansions("Pam asked about pain", vocab) == []
    assert expansions("a side note on effect size", vocab) == []
    assert expansions("any Side Effect?", vocab) == ["AE"]
    # Terms the query already has are not added again.
    assert expansions("PA or prior authorization", vocab) == []


def test_expansions_join_the_keyword_query_as_phrases():
    assert fts_query("PA denied", ["prior authorization", "P&T"]) == (
        '"pa" OR "denied" OR "prior authorization" OR "p t"'
    )
    assert fts_query("the of", ["prior authorization"]) is None


def test_a_users_file_adds_groups(tmp_path):
    extra = tmp_path / "mine.toml"
    extra.write_text('[[group]]\nterms = ["Veltrana", "the lung pill"]\n')
    assert "Veltrana" in expansions("the lung pill price", vocabulary.load(extra))


@pytest.mark.parametrize(
    "text", ["[[group]]\nterms = 3\n", "[[group]\n", '[[group]]\nterms = ["ok", ""]\n']
)
def test_a_broken_users_file_is_a_clear_error(tmp_path, text):
    extra = tmp_path / "mine.toml"
    extra.write_text(text)
    with pytest.raises(PrepError, match="mine.toml"):
        vocabulary.load(extra)
