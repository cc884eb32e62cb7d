import pytest

from lssc_bot.understanding.sets import set_names

FLS, CT, TECH = "Foundations of Library Services", "Communication and Teamwork", "Technology"
ACCESS, RA, CAT = "Access Services", "Adult Readers' Advisory Services", "Cataloging and Classification"
COLL, REF, SUP, YOUTH = ("Collection Management", "Reference and Information Services",
                         "Supervision and Management", "Youth Services")


@pytest.mark.parametrize(("message", "done"), [
    ("Foundations of Library Services and Technology", (FLS, TECH)),
    ("comm & teamwork", (CT,)),
    ("the supervision one", (SUP,)),
    ("readers advisory and cataloguing", (RA, CAT)),
    ("circ and RA", (ACCESS, RA)),
    ("children's services, collections", (COLL, YOUTH)),
    ("all three required ones plus youth", (FLS, CT, TECH, YOUTH)),
])
def test_loose_names_give_canonical_sets_in_program_order(knowledge, message, done):
    assert set_names(knowledge).read(message).completed == done


def test_negated_clause_is_not_done(knowledge):
    mentions = set_names(knowledge).read("took reference and youth, haven't started technology")
    assert mentions.completed == (REF, YOUTH)
    assert mentions.not_done == (TECH,)


def test_everything_except(knowledge):
    mentions = set_names(knowledge).read("I've done everything except tech")
    assert TECH not in mentions.completed and len(mentions.completed) == 9


@pytest.mark.parametrize("message", ["none yet", "nothing yet", "just starting", "haven't taken any",
                                     "none of the required ones"])
def test_empty_forms_say_nothing_is_done(knowledge, message):
    mentions = set_names(knowledge).read(message)
    assert mentions.completed == () and mentions.nothing


def test_nothing_else_closes_a_list_rather_than_negating_it(knowledge):
    assert set_names(knowledge).read("I did the technology set and nothing else").completed == (TECH,)


def test_words_that_only_share_a_set_word_are_not_a_set(knowledge):
    assert set_names(knowledge).read("which class should I take first?").completed == ()


# --- misspelt set names -------------------------------------------------------

@pytest.mark.parametrize(("message", "done"), [
    ("foundatons and tecnology", (FLS, TECH)),
    ("comunications and teamwork", (CT,)),
    ("cirulation and refernce", (ACCESS, REF)),
    ("colection managment", (COLL,)),
    ("supervison", (SUP,)),
    ("catalogueing and clasification", (CAT,)),
])
def test_misspelt_set_names_are_read_as_the_set(knowledge, message, done):
    assert set_names(knowledge).read(message).completed == done


@pytest.mark.parametrize("message", ["my preference is evenings", "the team leaders", "collecting fees",
                                     "my advisors", "superior work", "a series of talks", "commas"])
def test_ordinary_words_near_a_set_word_are_not_a_set(knowledge, message):
    assert set_names(knowledge).read(message).completed == ()


# --- groups -------------------------------------------------------------------

REQUIRED = (FLS, CT, TECH)


@pytest.mark.parametrize("message", ["finished all three of the core ones", "I did the mandatory sets",
                                     "completed all of the required courses", "both... no, all 3 required"])
def test_the_required_group_is_every_required_set(knowledge, message):
    assert set_names(knowledge).read(message).completed == REQUIRED


def test_everything_but_the_electives_is_the_required_sets_only(knowledge):
    mentions = set_names(knowledge).read("I've got everything but the electives done")
    assert mentions.completed == REQUIRED and YOUTH in mentions.not_done


def test_all_but_one_set(knowledge):
    mentions = set_names(knowledge).read("did all but cataloging")
    assert CAT not in mentions.completed and len(mentions.completed) == 9


def test_none_of_a_group_but_a_named_set(knowledge):
    mentions = set_names(knowledge).read("not any of the core ones yet, but I did reference")
    assert mentions.completed == (REF,) and mentions.not_done == REQUIRED


def test_that_is_all_closes_a_list(knowledge):
    assert set_names(knowledge).read("I did youth and that is all").completed == (YOUTH,)
