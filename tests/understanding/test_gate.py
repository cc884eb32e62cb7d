"""Answer, did-you-mean or fallback: the gate as a person meets it."""
import dataclasses

import pytest

from lssc_bot.answer import answer
from lssc_bot.understanding.gate import DEFAULT, Decision, GateModel, decide, features
from lssc_bot.understanding.index import index_for
from lssc_bot.understanding.retrieval import Candidate, Retrieval, lexical

from .conftest import knowledge_with

CLOSE = [
    {"id": "course-fee", "question": "How much does a course cost?",
     "alternates": ["course price"], "answer": "Course providers set their own prices."},
    {"id": "portfolio-fee", "question": "How much does a portfolio cost?",
     "alternates": ["portfolio price"], "answer": "Portfolios are no longer offered."},
    {"id": "contact", "question": "How do I contact the office?",
     "alternates": ["email address"], "answer": "Write to {email}."},
]


def test_clear_winner_is_answered():
    reply = answer(knowledge_with(CLOSE), "what's the email address")
    assert reply.kind == "faq" and reply.topic == "contact"


#: a gate that trusts the blended score and, more, the lead over the runner-up, for fixed score vectors
PLAIN = GateModel(lexical_share=0.5, mean=(0.5, 0, 0, 0.1, 0, 0, 0, 0), scale=(0.1, 1, 1, 0.05, 1, 1, 1, 1),
                  coefficients=(1.0, 0, 0, 2.0, 0, 0, 0, 0), intercept=0.0, answer=0.8, clarify=0.3, unasked=0.95,
                  lexical_answer=1.1)  # the lexical matcher is never sure alone


def retrieval(*scores: tuple[str, float, float] | tuple[str, float, float, float]) -> Retrieval:
    """Candidates as (entry, lexical, semantic[, answer]); each signal's best is worked out from them."""
    candidates = tuple(Candidate(*s) for s in scores)
    return Retrieval(candidates, max(candidates, key=lambda c: c.lexical).entry,
                     max(candidates, key=lambda c: c.semantic).entry)


def test_the_gate_answers_when_both_signals_agree_and_one_entry_is_clearly_ahead():
    decision = decide(retrieval(("a", 0.8, 0.8), ("b", 0.4, 0.5)), PLAIN)
    assert decision.kind == "faq" and decision.topics == ("a",) and decision.confidence >= PLAIN.answer


def test_the_gate_offers_both_entries_when_the_signals_disagree():
    decision = decide(retrieval(("a", 0.7, 0.45), ("b", 0.45, 0.7), ("c", 0.2, 0.2)), PLAIN)
    assert decision.kind == "clarify" and set(decision.topics) == {"a", "b"}


def test_the_gate_does_not_guess_when_the_signals_disagree_however_sure_the_model_is():
    # "a" is well ahead on the blend, but the semantic signal puts "b" first
    disagree = retrieval(("a", 0.7, 0.7), ("b", 0.3, 0.75), ("c", 0.2, 0.2))
    assert PLAIN.probability(features(disagree, PLAIN)) >= PLAIN.answer
    decision = decide(disagree, PLAIN)
    assert decision.kind == "clarify" and set(decision.topics) == {"a", "b"}


def test_two_close_entries_give_a_did_you_mean_with_both():
    """Both signals put the same entry first, but only just: the lexical matcher's lead is under its
    margin, so it is not sure alone, and the model, for which the lead counts, is not sure either."""
    model = dataclasses.replace(PLAIN, lexical_answer=DEFAULT.lexical_answer, lexical_margin=DEFAULT.lexical_margin)
    close = retrieval(("course-fee", 0.75, 0.60), ("portfolio-fee", 0.74, 0.59), ("contact", 0.0, 0.2))
    decision = decide(close, model)
    assert decision.kind == "clarify" and set(decision.topics) == {"course-fee", "portfolio-fee"}
    # the same two entries further apart: answered
    apart = decide(retrieval(("course-fee", 0.75, 0.70), ("portfolio-fee", 0.60, 0.50), ("contact", 0.0, 0.2)), model)
    assert apart.kind == "faq" and apart.topics == ("course-fee",)


#: PLAIN with the shipped lexical bars and a veto: a sure lexical answer is questioned below 0.5
DOUBTING = dataclasses.replace(PLAIN, lexical_answer=DEFAULT.lexical_answer, lexical_margin=DEFAULT.lexical_margin,
                               veto=0.5)


def test_a_sure_lexical_answer_the_semantic_signal_disagrees_with_and_the_model_doubts_is_a_did_you_mean():
    # "a" shares the question's words ("is the $350 all i pay" -> financial help, which quotes $350);
    # the sentence model reads it as "b" (the total cost)
    doubted = retrieval(("a", 0.6, 0.35), ("b", 0.3, 0.5), ("c", 0.2, 0.2))
    assert DOUBTING.probability(features(doubted, DOUBTING)) < DOUBTING.veto
    decision = decide(doubted, DOUBTING)
    assert decision.kind == "clarify" and decision.topics[:2] == ("a", "b")
    # without the veto the lexical matcher answers alone
    assert decide(doubted, dataclasses.replace(DOUBTING, veto=0.0)).topics == ("a",)


def test_a_sure_lexical_answer_stands_when_the_semantic_signal_agrees_or_the_model_is_sure():
    agreed = retrieval(("a", 0.5, 0.30), ("b", 0.3, 0.29))  # the model doubts it, but both signals put "a" first
    assert DOUBTING.probability(features(agreed, DOUBTING)) < DOUBTING.veto
    assert decide(agreed, DOUBTING).kind == "faq" and decide(agreed, DOUBTING).topics == ("a",)
    sure = retrieval(("a", 0.9, 0.6), ("b", 0.3, 0.65))  # the signals disagree, but the model is sure of "a"
    assert DOUBTING.probability(features(sure, DOUBTING)) >= DOUBTING.veto
    assert decide(sure, DOUBTING).kind == "faq" and decide(sure, DOUBTING).topics == ("a",)


def test_a_sure_answer_read_without_the_askers_story_is_questioned_only_if_that_text_is_read_otherwise_too():
    # the lexical matcher scored the message without "I've been in tech services for a while now and";
    # the story pulled the whole message's vector to "b"
    doubted = retrieval(("a", 0.6, 0.35), ("b", 0.3, 0.5), ("c", 0.2, 0.2))
    assert decide(doubted, DOUBTING, reread=lambda: "a").topics == ("a",)
    assert decide(doubted, DOUBTING, reread=lambda: "a").kind == "faq"
    assert decide(doubted, DOUBTING, reread=lambda: "b").kind == "clarify"
    # the re-reading is worked out only when the answer is in doubt
    asked: list[str] = []
    agreed = retrieval(("a", 0.5, 0.30), ("b", 0.3, 0.29))
    decide(agreed, DOUBTING, reread=lambda: asked.append("reread") or "a")
    assert asked == []


def test_the_lexical_matchers_story_free_reading_is_the_one_it_scored(knowledge):
    ranked = lexical(index_for(knowledge), "I've been in tech services for a while now and how long is the cert good for")
    assert ranked[0].unstoried is not None and "tech services" not in ranked[0].unstoried
    assert lexical(index_for(knowledge), "how long is the cert good for")[0].unstoried is None


def test_the_shipped_gate_questions_only_what_it_doubts():
    assert 0.0 <= DEFAULT.veto < DEFAULT.answer


def test_a_did_you_mean_lists_each_choice_by_its_question(monkeypatch):
    import lssc_bot.answer

    monkeypatch.setattr(lssc_bot.answer, "decide", lambda knowledge, question: Decision(
        "clarify", ("course-fee", "portfolio-fee"), 0.5))
    reply = answer(knowledge_with(CLOSE), "how much does it cost?")
    assert reply.kind == "clarify" and [s.topic for s in reply.suggestions] == ["course-fee", "portfolio-fee"]
    assert "How much does a course cost?" in reply.text and "How much does a portfolio cost?" in reply.text


def test_the_gate_falls_back_on_weak_scores_and_on_nothing():
    assert decide(retrieval(("a", 0.2, 0.3), ("b", 0.15, 0.25)), PLAIN).kind == "fallback"
    assert decide(Retrieval((), None, None), PLAIN).kind == "fallback"


def test_the_gate_features_measure_the_best_blended_candidate():
    blend, lexical, semantic, lead, agree, lexical_lead, semantic_lead, answer_cosine = features(
        retrieval(("a", 0.8, 0.6, 0.5), ("b", 0.4, 0.7, 0.9)), PLAIN)
    assert (blend, lexical, semantic) == (0.7, 0.8, 0.6) and lead == pytest.approx(0.15)
    assert agree == 0.0 and lexical_lead == pytest.approx(0.4) and semantic_lead == pytest.approx(0.1)
    assert answer_cosine == 0.5  # the best blended entry's answer, not the closest answer


def test_an_answer_that_meets_the_question_makes_the_shipped_gate_surer():
    def p(answer_cosine: float) -> float:
        return DEFAULT.probability(features(retrieval(("a", 0.4, 0.7, answer_cosine), ("b", 0.3, 0.6, 0.3))))
    assert p(0.2) < p(0.5) < p(0.8)


def test_no_feature_of_the_shipped_gate_lowers_its_confidence_as_it_grows():
    # higher scores, longer leads, agreement and a closer answer never make the gate less sure
    assert all(c >= 0.0 for c in DEFAULT.coefficients)


def test_a_course_question_about_another_subject_falls_back(knowledge):
    reply = answer(knowledge, "good free courses online for learning python? want to automate our reports")
    assert reply.kind == "fallback"


def test_a_question_the_answer_meets_in_other_words_is_answered(knowledge):
    reply = answer(knowledge, "what percent of competencies had to be fully met on a portfolio back then?")
    assert reply.kind == "faq" and reply.topic == "portfolio-grading"


def test_the_shipped_gate_model_is_a_probability_with_ordered_bars():
    assert 0.0 < DEFAULT.clarify <= DEFAULT.answer <= DEFAULT.unasked < 1.0
    assert 0.0 < DEFAULT.lexical_share < 1.0


@pytest.mark.parametrize("question", [
    "how do I renew a patron's library card?", "the printer on the second floor is jammed again",
    "storytime ideas for toddlers?", "our ILS keeps crashing", "tips for a library job interview?",
    "how do I become a certified public accountant?", "can someone cover my shift saturday",
    "how do I catalog a DVD box set in MARC",
])
def test_library_work_talk_falls_back(knowledge, question):
    reply = answer(knowledge, question)
    assert reply.kind == "fallback"
    assert knowledge.program.url in reply.text and knowledge.program.email in reply.text


@pytest.mark.parametrize("question", ["hi", "thanks!", "good morning everyone", "lol", "happy friday y'all"])
def test_greetings_get_a_friendly_fallback_with_help(knowledge, question):
    reply = answer(knowledge, question)
    assert reply.kind == "fallback" and reply.text.startswith("Hi!")
    assert "what's left" in reply.text  # says what the bot can do


def test_two_topics_in_one_question_are_never_one_wrong_answer(knowledge):
    reply = answer(knowledge, "how much is it and how long do I have to finish?")
    if reply.kind == "faq":
        assert "350" in reply.text and "4 years" in reply.text
    else:
        assert reply.kind == "clarify"


def test_a_one_word_question_joined_to_another_is_answered_with_both(knowledge):
    reply = answer(knowledge, "fees? and how long do i have")
    assert reply.kind == "faq" and "350" in reply.text and "4 years" in reply.text
    assert answer(knowledge, "hi and how much is it").title == "How much does LSSC cost?"  # "hi" is no question


def test_a_part_in_doubt_is_settled_by_the_whole_message():
    from lssc_bot.understanding.compound import decide_parts
    sure = {"how much is it": Decision("faq", ("fees",), 0.9),
            "how long do i have": Decision("clarify", ("completion-deadline", "extension"), 0.4)}
    whole = Decision("faq", ("completion-deadline",), 0.9)
    decided = decide_parts(sure.__getitem__, "how much is it and how long do i have", lambda: whole)
    assert [d.topics[0] for d in decided] == ["fees", "completion-deadline"]
    # not when the whole message's answer is none of that part's choices, or another part's answer
    assert decide_parts(sure.__getitem__, "how much is it and how long do i have",
                        lambda: Decision("faq", ("fees",), 0.9)) == ()
    assert decide_parts(sure.__getitem__, "how much is it and how long do i have",
                        lambda: Decision("faq", ("refund",), 0.9)) == ()


def test_explain_lists_the_best_entries_with_their_score_parts(knowledge):
    from lssc_bot.understanding.index import index_for
    from lssc_bot.understanding.match import explain, rank

    lines = explain(index_for(knowledge), "how much does it cost", limit=3)
    assert lines[0].startswith("tokens: ") and len(lines) == 4
    best = rank(index_for(knowledge), "how much does it cost", limit=1)[0]
    assert lines[1].startswith(f"{best.score:.3f} {best.entry}") and "pooled" in lines[1] and "fuzzy" in lines[1]


def test_short_real_words_are_not_spelling_corrected_into_other_known_words(knowledge):
    from lssc_bot.understanding.index import index_for

    index = index_for(knowledge)
    assert index.tokens("is it hard") == ["is", "it", "hard"]
    assert "non" not in index.tokens("none of them") and "set" not in index.tokens("since sept")
    assert "requirements" in index.tokens("requirments")  # longer misspellings still are


def test_only_plausible_typos_are_spelling_corrected(knowledge):
    from lssc_bot.understanding.index import index_for

    index = index_for(knowledge)
    # two edits apart: another word, not a typo
    assert index.tokens("my coworker said") == ["my", "coworker", "said"]
    assert index.tokens("how many accounts") == ["how", "many", "accounts"]
    # one edit, but between two short stems: talk-ing is not tak-ing, pick-ing is not pric-ing
    assert "talking" in index.tokens("we were talking about it")
    assert "picking" in index.tokens("picking a course")
    # real typos still are corrected, and so are other forms of a known word
    assert index.tokens("renwal") == index.tokens("renewal")
    assert index.tokens("certifcation") == index.tokens("certification")
    assert index.tokens("technolgy") == index.tokens("technology")


def test_only_sure_answers_are_posted_where_nobody_asked() -> None:
    from lssc_bot.answer import Answer, speaks_unasked

    bar = DEFAULT.unasked
    assert speaks_unasked(Answer("q", "rules", "t", confidence=1.0))
    assert speaks_unasked(Answer("q", "faq", "t", confidence=bar))
    assert not speaks_unasked(Answer("q", "faq", "t", confidence=bar - 0.01))
    assert not speaks_unasked(Answer("q", "clarify", "t", confidence=0.99))
    assert not speaks_unasked(Answer("q", "fallback", "t", confidence=0.99))


TOPICS = [
    {"id": "mentor-program", "question": "What is the mentor program?",
     "alternates": ["mentor program", "who can be a mentor", "how do mentors help", "is a mentor required"],
     "answer": "Mentors are volunteers who help candidates."},
    {"id": "fees", "question": "How much does certification cost?",
     "alternates": ["what is the fee", "how much is it", "price of certification"], "answer": "It costs $350."},
    {"id": "renewal-fee", "question": "How much does renewing my certification cost?",
     "alternates": ["renewal fee", "renewal price"], "answer": "Renewal costs $150."},
    {"id": "deadline", "question": "How long do I have to finish?",
     "alternates": ["time limit", "when is my deadline"], "answer": "Four years."},
]


def test_an_unknown_word_does_not_sink_a_question_about_an_entrys_own_topic_term():
    from lssc_bot.understanding.index import index_for
    from lssc_bot.understanding.match import WEIGHTS, rank

    index = index_for(knowledge_with(TOPICS))
    assert set(index.topic_terms[0]) >= {"mentor"} and not index.topic_terms[1]
    uncapped = dataclasses.replace(WEIGHTS, topic_cap=float("inf"))
    question = "do mentors get paid anything extra for volunteering"  # paid, extra, volunteering: unknown
    capped, full = rank(index, question, limit=1)[0], rank(index, question, limit=1, weights=uncapped)[0]
    assert capped.entry == full.entry == "mentor-program" and capped.score > full.score
    # only words several entries use, and nothing the FAQ has as a topic: the full penalty stays
    generic = "how much does a scuba diving certification cost"
    assert rank(index, generic, limit=1) == rank(index, generic, limit=1, weights=uncapped)


def test_a_question_about_another_certification_is_not_answered_though_it_shares_the_fee_words():
    knowledge = knowledge_with(TOPICS)
    assert answer(knowledge, "how much does certification cost?").topic == "fees"
    # never answered; with five entries, all about certification, a did-you-mean may offer the fee entry
    for question in ("how much does a notary certification cost?", "what's the price of forklift certification"):
        assert answer(knowledge, question).kind in ("fallback", "clarify"), question


def test_an_unknown_word_among_function_words_does_not_sink_a_question():
    reply = answer(knowledge_with(TOPICS), "honestly, how much does certification cost?")  # "honestly": unknown
    assert reply.kind == "faq" and reply.topic == "fees"


@pytest.mark.parametrize(("question", "entry"), [("can i usually take the courses online", "online-courses"),
                                                 ("is it generally worth it", "worth-it")])
def test_an_unknown_adverb_before_a_known_word_does_not_sink_a_question(knowledge, question, entry):
    reply = answer(knowledge, question)
    assert reply.kind == "faq" and reply.topic == entry


@pytest.mark.parametrize(("question", "entry"), [
    ("does ala run lssc", "who-runs-lssc"),  # not "does ALA teach the courses"
    ("i have an LTA degree, do i still have to do all the sets?", "lta-recognition"),  # not a what's-left sum
    ("how many sets to graduate", "how-many-sets"),  # not "how many graduates" or the LTA graduates
])
def test_neighbouring_entries_are_told_apart(knowledge, question, entry):
    reply = answer(knowledge, question)
    assert reply.kind == "faq" and reply.topic == entry


def test_generic_function_words_do_not_sink_a_question(knowledge):
    assert answer(knowledge, "does it often take long to get accepted").title == "How long until I'm accepted?"
    assert answer(knowledge, "is there a certain number of hours i need to work").kind == "faq"
    assert answer(knowledge, "is there something like an application fee").title == "How much does LSSC cost?"



def test_a_word_the_answers_use_is_not_read_as_the_name_of_another_thing():
    """An unknown word before a known one damps the score ("a notary certification"), unless the
    FAQ's answers use it: then it is the FAQ's own subject ("a portable certification")."""
    from lssc_bot.understanding.index import index_for
    from lssc_bot.understanding.match import rank

    index = index_for(knowledge_with([
        {"id": "portability", "question": "Does the certification count in every state?",
         "alternates": ["does my certification count in other states", "if i move is my certification still valid"],
         "answer": "Yes. It is a national, portable credential: it goes with you from state to state."},
        *TOPICS,
    ]))
    assert "portabl" in index.answer_only and "notary" not in index.answer_only
    ours, foreign = rank(index, "portable certification?", limit=1)[0], rank(index, "notary certification?", limit=1)[0]
    assert ours.score > foreign.score + 0.1  # the same best entry and words, but for the one word


@pytest.mark.parametrize(("ordinal", "plain", "entry"), [
    ("finished my 6th course, what do i do now", "finished my course, what do i do now", "after-finishing"),
    ("finished my 3rd set, how many more", "finished my set, how many more", "how-many-sets"),
])
def test_an_ordinal_is_a_number_not_the_name_of_another_thing(knowledge, ordinal, plain, entry):
    """ "6th" before "course" read as an unknown word naming another thing ("a *notary* certification")
    and sank the question under the floor (0.30 against 0.92 without it)."""
    from lssc_bot.understanding.index import index_for
    from lssc_bot.understanding.match import rank

    index = index_for(knowledge)
    with_ordinal, without = rank(index, ordinal, limit=1)[0], rank(index, plain, limit=1)[0]
    assert with_ordinal.entry == without.entry == entry and with_ordinal.score > without.score - 0.1


def test_one_word_found_in_a_single_phrasing_is_thin_evidence(knowledge):
    """ "I quit" shares only "quit" with the refund entry, from "if I quit halfway": not an answer to post
    where nobody asked. A word the entry is about ("refund") still is."""
    from lssc_bot.answer import speaks_unasked
    assert not speaks_unasked(answer(knowledge, "I quit"))
    refund = answer(knowledge, "refund?")
    assert refund.topic == "refund" and speaks_unasked(refund)


def test_the_sentence_model_rereads_a_message_with_its_misspellings_corrected(knowledge):
    index = index_for(knowledge)
    assert index.respelled("Hi! Is LSSC mandatroy? what are the requirments") == "Hi! Is LSSC mandatory? what are the requirements"
    assert index.respelled("How long is it valid?") == "How long is it valid?"  # nothing to correct: as typed


@pytest.mark.parametrize(("question", "entry"), [
    ("cn i get a refnd if they say i dont qualify for lssc", "refund"),
    ("dose lssc count as credts twoard an MLIS? tryin to save $$ long term", "counts-toward-mls"),
])
def test_the_sentence_model_reads_a_misspelt_message_as_corrected_too(knowledge, question, entry):
    """The sentence model cuts a word it does not know ("refnd", "credts") into pieces that mean little;
    the message as the lexical matcher spells it is one more of its vectors, so both signals can agree."""
    reply = answer(knowledge, question)
    assert reply.kind == "faq" and reply.topic == entry


@pytest.mark.parametrize(("question", "entry"), [
    ("my coworker's CLSS expires in March, can she renew now in November or is that too early?", "renewal-window"),
    ("whcih lssc sets are mandatry", "required-sets"),
])
def test_below_the_lexical_floor_the_sentence_models_close_entries_are_offered(knowledge, question, entry):
    """Few words in common with any phrasing (lexical under its floor), but entries close in meaning:
    a did-you-mean of those rather than "I don't know"."""
    reply = answer(knowledge, question)
    assert reply.kind == "clarify" and entry in {s.topic for s in reply.suggestions}


def test_a_question_in_other_words_is_answered_when_the_sentence_model_is_sure(knowledge):
    """ "i already have an mlis so would lssc even make sense for me": lexical 0.33-0.42, the sentence
    model's best entries at cosine 0.82-0.87; the gate fitted on the chatty sets 3 and 4 answers it."""
    assert answer(knowledge, "i already have an mlis so would lssc even make sense for me").topic == "who-is-it-for"


@pytest.mark.parametrize("question", [
    "how do i renew a patron's library card?",
    "lssc came up at our staff meeting lol. anyway how do i unjam the copier?",
    "whats a good GRE score to get into UIUC's MLIS program? do they even look at it anymore",
])
def test_off_topic_questions_get_no_did_you_mean_from_the_sentence_model(knowledge, question):
    """A story that names the program is close to its entries, so the did-you-mean must meet the
    sentences that ask; a question on another subject in the FAQ's words is not close enough."""
    assert answer(knowledge, question).kind == "fallback"


def test_the_sentence_models_did_you_mean_needs_its_floor():
    strong = retrieval(("a", 0.30, 0.80), ("b", 0.20, 0.77), ("c", 0.10, 0.60))
    weak = retrieval(("a", 0.30, 0.60), ("b", 0.20, 0.58))
    model = dataclasses.replace(PLAIN, semantic_floor=0.7, semantic_band=0.05, lexical_floor=0.42)
    assert decide(strong, model) == Decision("clarify", ("a", "b"), decide(strong, model).confidence)
    assert decide(weak, model).kind == "fallback"
    # what the message asks decides, when its other sentences are a story
    assert decide(strong, model, asked=lambda: {"a": 0.5, "b": 0.4, "c": 0.3}).kind == "fallback"
    assert decide(strong, model, asked=lambda: {"a": 0.5, "b": 0.4, "c": 0.75}).topics == ("c",)


def test_a_quoted_claim_is_what_its_check_asks_about(knowledge):
    """ "is that true?" after a quote says nothing of its own: the quote is what the did-you-mean must meet."""
    reply = answer(knowledge, "> LSSC is basically a mini MLS. — is that true?")
    assert reply.kind == "clarify" and "who-is-it-for" in {s.topic for s in reply.suggestions}


def test_the_sentence_models_one_choice_far_ahead_of_the_rest_is_the_answer():
    """Below the lexical floor, a did-you-mean with one choice still makes a person pick it; when that
    choice is far ahead of every other entry (`semantic_answer`) the sentence model has recognised it."""
    model = dataclasses.replace(PLAIN, semantic_floor=0.7, semantic_band=0.05, lexical_floor=0.42, semantic_answer=0.12)
    far = retrieval(("a", 0.30, 0.82), ("b", 0.35, 0.66), ("c", 0.10, 0.60))
    near = retrieval(("a", 0.30, 0.82), ("b", 0.35, 0.75), ("c", 0.10, 0.60))
    decision = decide(far, model)
    assert decision.kind == "faq" and decision.topics == ("a",) and decision.confidence < model.unasked
    assert decide(near, model) == Decision("clarify", ("a",), decide(near, model).confidence)
    # the sentences that ask must put it as far ahead: here they barely prefer it
    assert decide(far, model, asked=lambda: {"a": 0.80, "b": 0.78, "c": 0.5}).kind == "clarify"
    # ...and the whole message must put it first too, not only the sentences that ask
    assert decide(far, model, asked=lambda: {"a": 0.5, "b": 0.6, "c": 0.9}).kind == "clarify"
    assert decide(far, dataclasses.replace(model, semantic_answer=1.0)).kind == "clarify"  # never, by default


def test_under_its_floor_the_lexical_matcher_still_objects_to_another_credential():
    """The model answers alone where the lexical matcher has no opinion (under its floor), but not when the
    lexical matcher read another credential named ("my CPR certification"): then at most a did-you-mean."""
    alone = retrieval(("renewal", 0.30, 0.90), ("other", 0.10, 0.40))
    assert decide(alone, PLAIN).kind == "faq"
    named = dataclasses.replace(alone, other_credential=True)
    assert decide(named, PLAIN).kind != "faq"


def test_the_model_answers_the_lexical_matchers_first_the_sentence_model_reads_otherwise_only_when_very_sure():
    """The two signals disagree on the best entry ("I work in a prison library ... does lssc even apply to me":
    who it is for by the words, applicants from abroad by the sentence model): the model answers the
    lexical matcher's first from `answer_apart`, a higher bar than `answer`, and offers both under it."""
    disagree = retrieval(("a", 0.7, 0.7), ("b", 0.3, 0.75), ("c", 0.2, 0.2))
    p = PLAIN.probability(features(disagree, PLAIN))
    assert PLAIN.answer <= p
    assert decide(disagree, dataclasses.replace(PLAIN, answer_apart=p)).topics == ("a",)
    assert decide(disagree, dataclasses.replace(PLAIN, answer_apart=p)).kind == "faq"
    assert decide(disagree, dataclasses.replace(PLAIN, answer_apart=min(p + 0.01, 1.0))).kind == "clarify"


def test_the_sentence_models_first_over_the_lexical_matchers_own_is_never_answered_apart():
    """Where the blend's best is the sentence model's entry and not the lexical matcher's first, a did-you-mean
    offers both however sure the model is: the lexical matcher read the words otherwise."""
    theirs = retrieval(("a", 0.60, 0.95), ("b", 0.62, 0.40), ("c", 0.2, 0.2))
    model = dataclasses.replace(PLAIN, answer_apart=0.5)
    assert max(theirs.candidates, key=model.blend).entry == "a" and theirs.lexical_top == "b"
    assert model.probability(features(theirs, model)) >= model.answer_apart
    assert decide(theirs, model).kind == "clarify"


def test_another_credential_named_is_never_answered_apart():
    disagree = retrieval(("a", 0.7, 0.7), ("b", 0.3, 0.75), ("c", 0.2, 0.2))
    named = dataclasses.replace(disagree, other_credential=True)
    assert decide(named, dataclasses.replace(PLAIN, answer_apart=0.5)).kind == "clarify"


def test_the_shipped_gate_answers_apart_only_above_its_answer_bar():
    assert DEFAULT.answer <= DEFAULT.answer_apart < DEFAULT.unasked


def test_an_answer_the_signals_disagree_on_is_never_posted_where_nobody_asked():
    """However sure the model is, a reply the sentence model reads otherwise waits to be asked for."""
    disagree = retrieval(("a", 0.7, 0.7), ("b", 0.3, 0.75), ("c", 0.2, 0.2))
    model = dataclasses.replace(PLAIN, answer_apart=0.5, unasked=0.6)
    assert model.probability(features(disagree, model)) >= model.unasked
    decision = decide(disagree, model)
    assert decision.kind == "faq" and decision.confidence < model.unasked
