"""Questions asked in Spanish, French or German, or with their words mixed into English, are read in English."""
import pytest

from lssc_bot.understanding.glossary import in_english

from .asking import CT, FLS, TECH, leaves, says


@pytest.mark.parametrize(("question", "required", "electives"), [
    ("ya completé Foundations y Access Services. estoy tomando Technology. ¿qué me falta?", [CT, TECH], 2),
    ("mi compañero terminó Technology y Youth Services. ¿qué le falta?", [FLS, CT], 2),
])
def test_whats_left_asked_in_spanish(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected", "topic"), [
    ("¿cuánto cuesta si soy miembro de ALA?", "$325", "fee"),
    ("trabajo 20 horas por semana desde hace 2 años. ¿soy elegible?", "2,080", "eligibility"),
    ("me inscribí en marzo de 2025. ¿cuándo es la fecha límite?", "March 2029", "deadline"),
    ("je travaille 40 heures par semaine depuis 52 semaines, suis-je eligible ?", "2,080", "eligibility"),
])
def test_calculations_asked_in_another_language(knowledge, context, question, expected, topic) -> None:
    says(knowledge, context, question, expected, topic=topic)


@pytest.mark.parametrize("question", [
    "y do I need 6 sets?",  # one word that is also Spanish is no Spanish
    "give me the fee et cetera",
    "no, I mean the renewal",
])
def test_english_is_left_as_it_is(question) -> None:
    assert in_english(question) == question
