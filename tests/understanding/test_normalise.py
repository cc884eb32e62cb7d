import pytest

from lssc_bot.understanding.normalise import PhraseTable, clean, stem, words


def test_case_and_unicode_width_fold_to_the_same_words():
    assert words("ＬＳＳＣ Ｆｅｅ") == words("lssc fee") == ["lssc", "fee"]


def test_zero_width_and_bidi_characters_are_removed():
    assert words("re\u200bnew\u200d my \u202ecerts\u202c\u2066") == ["renew", "my", "certification"]


def test_control_characters_and_newlines_become_nothing_or_spaces():
    assert clean("fee\x00\x07\nfor\tmembers") == "fee for members"


def test_contractions_expand_with_or_without_the_apostrophe():
    assert clean("I've done it, what's left? I havent started") == "i have done it , what is left ? i have not started"
    assert clean("don\u2019t") == "do not"


def test_british_and_canadian_spellings_read_as_american():
    assert words("can I enrol in cataloguing") == ["can", "i", "enroll", "in", "cataloging"]


def test_abbreviations_expand_and_leave_the_synonyms_to_the_knowledge_file():
    assert words("MLIS vs LSC certs, RA and ALA-APA") == [
        "mlis", "vs", "lsc", "certification", "readers", "advisory", "and", "alaapa"]


def test_numbers_keep_their_value_without_thousands_commas():
    assert "1820" in words("1,820 hours")


def test_synonyms_map_phrases_to_the_first_word_longest_first():
    synonyms = PhraseTable.synonyms([["fee", "cost", "price"], ["mls", "library school", "library"]])
    assert synonyms.apply(words("cost of library school")) == ["fee", "of", "mls"]


def test_stem_makes_word_forms_meet():
    assert stem("renewal") == stem("renewing") == stem("renew") == stem("renewals")
    assert stem("courses") == stem("course")
    assert stem("required") == stem("require")
    assert stem("applied") == stem("apply") == stem("applies") == stem("applying")
    assert stem("choosing") == stem("choose") and stem("studied") == stem("study")


def test_stem_strips_a_second_suffix_only_under_a_plural_or_ly():
    assert stem("meetings") == stem("meeting") == stem("meet")
    assert stem("additionally") == stem("addition")
    assert stem("apply") != "app" and stem("early") != "ear"


def test_app_is_read_as_application():
    assert words("app fee") == ["application", "fee"]


def _words_the_old_way(text):
    """Tokenising the cleaned text as a whole, as `words` did before it remembered pieces."""
    from lssc_bot.understanding.normalise import _TOKEN, ABBREVIATIONS
    return ABBREVIATIONS.apply([t.replace("'", "") for t in _TOKEN.findall(clean(text))])


def test_words_and_words_many_agree_with_tokenising_the_cleaned_text():
    from lssc_bot.understanding.normalise import MAX_QUESTION_CHARS, words_many
    texts = ["Hello, World 1,820 hrs", "Caf\u00e9\u2019s MLIS", "a\nb\tc", "x" * (MAX_QUESTION_CHARS + 5) + " y",
             "", "don't won't y'all", "RA, ALA-APA `cert`", "ends 5,", "123 it", "re\u200bnew", "$350?!", "'s ' ''",
             "ala apa fee", "xala apa", "ala apax", "the ala -- apa", "ala\u2014apa", "ALA APA ala apa", "ala", "apa ala"]
    assert words_many(texts) == [words(t) for t in texts] == [_words_the_old_way(t) for t in texts]


def test_a_longer_abbreviation_sharing_a_word_with_a_one_word_one_is_refused():
    """`words_many` applies one-word abbreviations before longer ones, which is only the same as
    applying the table in one pass when they share no word."""
    from lssc_bot.understanding.normalise import PhraseTable, _long_abbreviations
    assert _long_abbreviations(PhraseTable.of({("ala", "apa"): ("alaapa",), ("lsc",): ("lssc",)})) is not None
    for table in ({("ala", "apa"): ("alaapa",), ("apa",): ("x",)}, {("ala", "apa"): ("alaapa",), ("y",): ("ala",)}):
        with pytest.raises(ValueError):
            _long_abbreviations(PhraseTable.of(table))


def test_every_contraction_and_spelling_tokenises_as_the_cleaned_text_would():
    from lssc_bot.understanding.normalise import _CONTRACTIONS, _SPELLINGS
    for text in [*_CONTRACTIONS, *_SPELLINGS, *_CONTRACTIONS.values(), *_SPELLINGS.values()]:
        assert words(text) == _words_the_old_way(text), text
        assert words(text.upper() + " x") == _words_the_old_way(text.upper() + " x"), text
