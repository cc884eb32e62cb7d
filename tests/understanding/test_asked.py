"""A chatty message's asked part: the sentences that ask, with the program they point at named."""
from lssc_bot.answer import answer
from lssc_bot.understanding.asked import asked_part, question_first, questions
from lssc_bot.understanding.gate import lexically_sure


def test_it_is_not_read_as_the_program_the_story_named():
    # "it" may be anything the story named: here the course, not the program; the question is still what is asked
    # (a story that names the program sets it up), as typed
    assert asked_part("took a reference course before i had heard of lssc. does it still count?", "LSSC") == \
        "does it still count?"


def test_it_is_the_program_in_a_question_with_no_word_of_its_own():
    assert asked_part("my manager keeps mentioning lssc and i just smile and nod. what is it?", "LSSC") == "what is LSSC?"
    # without its question mark, by how it opens
    assert asked_part("my manager keeps mentioning lssc and i just smile and nod. what even is it lol", "LSSC") == \
        "what even is LSSC lol"
    # a word of its own: "it" may be what the story named beside the program, so it stays "it" (the question is still
    # what is asked: the story that names the program sets it up)
    assert asked_part("my manager keeps mentioning lssc and i just smile and nod. is it hard?", "LSSC") == "is it hard?"
    # no program in the story: nothing for it to be
    assert asked_part("my manager keeps mentioning a new thing and i just smile and nod. what is it?", "LSSC") is None


def test_a_story_naming_the_program_then_what_is_it_is_answered(knowledge):
    reply = answer(knowledge, "my manager keeps mentioning lssc at our huddles and i just smile and nod. what even is it?")
    assert reply.kind == "faq" and reply.topic == "what-is-lssc"


def test_this_cert_is_the_program():
    assert asked_part("is this cert legit?? a course i paid for once turned out to be a scam", "LSSC") == \
        "is LSSC legit??"


def test_a_question_about_something_else_keeps_the_whole_message(knowledge):
    assert asked_part("our wifi keeps dropping in the kids area. who do I call?", "LSSC") is None
    # after a story that names the program the question is its asked part, but alone it is never a sure answer
    # (`gate.lexically_sure`) and the sentence model finds no entry for it
    assert answer(knowledge, "lssc came up at our staff meeting. anyway how do i unjam the copier?").kind == "fallback"


def test_a_message_that_only_asks_has_no_asked_part():
    assert asked_part("what is lssc? how much is it?", "LSSC") is None
    assert asked_part("lssc sounds neat", "LSSC") is None


def test_a_question_about_this_thing_after_a_story_is_answered(knowledge):
    reply = answer(knowledge, "my supervisor brought up lssc at our team huddle and i nodded along lol. what is this "
                              "thing exactly?")
    assert reply.kind == "faq" and reply.topic == "what-is-lssc"


def test_credit_for_a_course_is_not_the_programs_credit_toward_an_mls(knowledge):
    reply = answer(knowledge, "took an approved youth services course in 2022 before i knew about lssc. can i still "
                              "get credit for it?")
    assert reply.topic != "counts-toward-mls"


def test_a_story_then_an_off_topic_question_still_falls_back(knowledge):
    reply = answer(knowledge, "lssc came up at our staff meeting lol. anyway how do i unjam the copier?")
    assert reply.kind == "fallback"


def test_a_best_entry_read_from_the_asked_part_alone_is_not_sure_alone():
    ranked = [("renewal-window", 0.7), ("fees", 0.3)]
    assert lexically_sure(ranked) is not None
    assert lexically_sure(ranked, asked=True) is None


def test_two_questions_beside_a_story_are_both_answered(knowledge):
    reply = answer(knowledge, "how much is it and how long do i get to finish? budget meeting is friday")
    assert reply.kind == "faq" and reply.title is not None and " / " in reply.title


def test_a_story_beside_one_question_is_not_split_into_parts(knowledge):
    reply = answer(knowledge, "our copier jams every day and the printer is out of toner. who fixes that and who pays?")
    assert reply.kind == "fallback"


def test_a_question_then_a_remark_is_read_as_the_question_and_an_aside():
    assert question_first("can I do the courses from home? the nearest campus is two hours away") == \
        ("can I do the courses from home?", "the nearest campus is two hours away")


def test_a_story_before_the_question_is_not_an_aside():
    # the story sets the question up ("who do I call" about the wifi), so it is not left out
    assert question_first("the wifi in the kids area keeps dropping. who do I call?") is None
    assert question_first("how much is it? when is it due?") is None  # nothing but questions
    assert question_first("is it online? i hope so. can i start in may?") is None  # a question after the remark


def test_a_question_is_answered_whatever_remark_follows_it(knowledge):
    alone = answer(knowledge, "what do the renewal hours have to include?")
    remarked = answer(knowledge, "what do the renewal hours have to include? our trainings are mostly about "
                                 "customer service")
    assert alone.kind == remarked.kind == "faq" and remarked.topic == alone.topic == "renewal-requirements"


def test_an_off_topic_question_with_a_remark_still_falls_back(knowledge):
    assert answer(knowledge, "what's a fair wage for a circulation clerk in texas? thinking of asking for more").kind \
        == "fallback"


def test_the_questions_of_a_story_are_its_sentences_that_ask_marked_or_not():
    story = ("I've worked the front desk for years and my manager keeps bringing this up. I read the site "
             "twice and I'm still confused. How long do I have to finish? and is there a fee to renew")
    assert questions(story) == "How long do I have to finish? and is there a fee to renew"
    # a remark without its mark does not ask; one question alone keeps the story that sets it up
    assert questions("i work at a law library. am i allowed to apply? everything online says public") is None
    assert questions("applied and was turned down. do i get anything back and how much") is None


def test_two_questions_after_a_story_are_both_answered(knowledge):
    reply = answer(knowledge, "I've worked the front desk for years and my manager keeps bringing this up. I read "
                              "the site twice and I'm still confused. How long do I have to finish? and is there a "
                              "fee to renew")
    assert reply.kind == "faq"
    assert "finish" in (reply.title or "").lower() and "renew" in (reply.title or "").lower()
