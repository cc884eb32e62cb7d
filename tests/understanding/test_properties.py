"""Whatever people type, the core answers with an Answer, never raises, and never pings anyone."""
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lssc_bot.answer import MAX_REPLY_CHARS, Answer, answer

PINGS = re.compile(r"@everyone|@here|<@[!&]?\d+>")

nasty = st.sampled_from([
    "", " ", "@everyone", "@here", "<@123>", "<@!456>", "<@&789>", "\u200b", "\u200d", "\u202e", "\u2066",
    "\ufeff", "**", "`", "```", "> ", "||spoiler||", "\x00", "\x1b[31m", "\r\n", "🎉", "👩‍💻", "ＬＳＳＣ", "fee",
    "renew", "what's left", "I did foundations and tech", "enrolled June 2023", "900 hours", "member",
])
messages = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(nasty, st.text(max_size=20)), max_size=30).map(" ".join),
    st.integers(min_value=0, max_value=10_000).map(lambda n: "a" * n),
    st.text(alphabet=st.characters(categories=["Cf", "Cc", "So", "Mn"]), max_size=200),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(messages)
def test_any_input_gives_a_short_answer_that_pings_no_one(knowledge, message):
    reply = answer(knowledge, message)
    assert isinstance(reply, Answer)
    assert len(reply.text) <= MAX_REPLY_CHARS
    assert not PINGS.search(reply.text)
    assert all(not PINGS.search(s.label) for s in reply.suggestions)


def test_ten_thousand_characters_of_mentions(knowledge):
    reply = answer(knowledge, "@everyone <@123> what's the fee " * 400)
    assert isinstance(reply, Answer) and not PINGS.search(reply.text)


@given(st.lists(st.one_of(st.text(max_size=80), st.sampled_from(["hi all, what's the fee?", "thx!", "ALA-APA", ""])),
                max_size=4))
@settings(max_examples=300, deadline=None)
def test_batch_word_functions_are_the_single_ones_for_each(texts):
    from lssc_bot.understanding.normalise import phrasing_words, strip_filler, words, words_many
    from .test_normalise import _words_the_old_way
    assert words_many(texts) == [words(t) for t in texts] == [_words_the_old_way(t) for t in texts]
    assert phrasing_words(texts) == [strip_filler(words(t)) for t in texts]


def _apply_the_plain_way(table, tokens):
    """Longest key first, left to right, one position at a time: what `PhraseTable.apply` must do."""
    out, i = [], 0
    while i < len(tokens):
        for size in range(min(table.longest, len(tokens) - i), 0, -1):
            if tuple(tokens[i:i + size]) in table.table:
                out += table.table[tuple(tokens[i:i + size])]
                i += size
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


few_words = st.sampled_from(["a", "b", "c", "d", "e"])


@given(st.dictionaries(st.lists(few_words, min_size=1, max_size=3).map(tuple), st.lists(few_words, max_size=3).map(tuple)),
       st.lists(few_words, max_size=30))
@settings(max_examples=500, deadline=None)
def test_phrase_table_replaces_longest_first_left_to_right(table, tokens):
    from lssc_bot.understanding.normalise import PhraseTable
    phrases = PhraseTable.of(table)
    assert phrases.apply(tokens) == phrases.apply(tuple(tokens)) == _apply_the_plain_way(phrases, tokens)


@given(st.text(alphabet="0123456789, a\n", max_size=40))
@settings(max_examples=300, deadline=None)
def test_thousands_commas_are_found_as_by_the_plain_pattern(text):
    from lssc_bot.understanding.normalise import _NUMBER_COMMA
    assert _NUMBER_COMMA.sub("", text) == re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
