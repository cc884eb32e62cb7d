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


@pytest.mark.parametrize(("question", "required", "electives"), [
    ("ho finito Foundations e Technology, cosa mi manca?", [CT], 3),
    ("Ciao a tutti, ho completato Access Services e Technology. Quanti me ne mancano?", [FLS, CT], 2),
    ("la mia collega ha completato Technology e Youth Services. cosa le manca?", [FLS, CT], 2),
    ("ya terminé Foundations y Technology. ¿cuántos me faltan?", [CT], 3),
    ("j'ai fini Foundations et Technology, qu’est-ce qu’il me reste ?", [CT], 3),
    ("natapos ko na po ang Foundations at Technology. ano pa po ang kulang?", [CT], 3),
])
def test_whats_left_asked_in_italian_spanish_french_and_tagalog(knowledge, context, question, required,
                                                                electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # Italian
    ("Mi sono iscritta a LSSC a gennaio 2026, entro quale anno devo finire tutti i sei set?", "January 2030",
     "deadline"),
    ("mi sono certificata a marzo 2024, in che anno devo rinnovare?", "March 2028", "renewal"),
    ("lavoro 20 ore a settimana da due anni, sono idonea?", "2,080", "eligibility"),
    ("quanto costa se sono socia ALA?", "$325", "fee"),
    ("non sono socia ALA e faccio tre corsi da $195 ciascuno, quanto pago in totale?", "$585", "fee"),
    ("Ho fatto 2 giorni di conferenza statale e 4 webinar di 30 minuti ciascuno sulla tecnologia. "
     "Quante ore ho per il rinnovo e quante mi mancano?", "12 contact hours", "contact-hours"),
    ("ho 30 ore per il rinnovo, di cui 2 sulla tecnologia. quante ore mi mancano?", "2 more", "contact-hours"),
    # Spanish
    ("Me certifiqué en marzo de 2024. ¿En qué año tengo que renovar la certificación LSSC?", "March 2028",
     "renewal"),
    ("trabajo 20 horas por semana desde hace dos años, ¿soy elegible?", "2,080", "eligibility"),
    ("¿Cuánto cuesta el LSSC si no soy miembro de ALA? Y con tres cursos de $195 cada uno, ¿cuál es el total?",
     "$585", "fee"),
    ("tengo 30 horas de contacto para la renovación, 2 sobre tecnología. ¿cuántas me faltan?", "2 more",
     "contact-hours"),
    ("fui a 2 días de la conferencia estatal y 4 seminarios web de 1 hora cada uno sobre tecnología. "
     "¿cuántas horas tengo para la renovación?", "16", "contact-hours"),
    # French
    ("je suis certifiée depuis mars 2024, en quelle année je dois renouveler ?", "March 2028", "renewal"),
    ("je ne suis pas membre, combien ça coûte avec deux cours à 195 $ chacun, au total ?", "$390", "fee"),
    ("Pour le renouvellement: j'ai fait un cours universitaire de 2 semester credits (pas tech), un atelier de "
     "2 heures sur la technologie et un webinaire de 30 minutes. Combien d'heures j'ai ?", "32 contact hours",
     "contact-hours"),
    # Tagalog
    ("na-certify ako noong march 2024, kailan ako mag-renew?", "March 2028", "renewal"),
    ("nagtatrabaho ako 20 oras kada linggo for 2 years, eligible na ba ako?", "2,080", "eligibility"),
    ("Nagtrabaho ako sa library ng 16 hours a week for 78 weeks. Eligible na ba ako? Kung hindi pa, ilang weeks "
     "pa kung 16 hrs/wk pa rin?", "36 weeks", "eligibility"),
    ("Member po ako ng ALA. Magkano lahat kung kasama yung 2 courses na tig-$260?", "$845", "fee"),
    ("hindi ako member ng ALA. magkano lahat kung kasama ang 3 courses na tig-$195?", "$585", "fee"),
    ("nag-attend ako ng 3 webinars na tig-1 hour tungkol sa technology at 2 araw ng state conference. "
     "ilang contact hours pa ang kailangan ko para sa renewal?", "17 more", "contact-hours"),
])
def test_calculations_asked_in_italian_spanish_french_and_tagalog(knowledge, context, question, expected,
                                                                  topic) -> None:
    says(knowledge, context, question, expected, topic=topic)


@pytest.mark.parametrize("question", [
    # each holds words spelled like Italian, Spanish, French or Tagalog ones ("per", "due", "con", "come", "non",
    # "ore", "a", "in", "mi", "e", "me", "sono", "pane", "taller", "mars", "sa", "lima"), and stays English
    "When is my renewal due? I did 2 webinars per month, con ed credits from the state con, come on",
    "I'm a non member, 3 courses at $195 per course: is the fee the same for a non-member?",
    "my coworker Sono said I need 4 hours on technology; can you e-mail me the list? in a pane on the left",
    "is the iron ore of the mine in Lima a sa topic? no. Mars, Otto and Al did 30 mi in due time",
    "I am taller than my boss. does that matter for the 32 contact hours? solo webinars count?",
    "ciao! what is left if I finished Foundations?",
])
def test_english_with_look_alike_words_is_left_as_it_is(question) -> None:
    assert in_english(question) == question
