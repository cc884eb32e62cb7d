"""Words of another language in a message, said in English before it is read.

Library staff who speak Spanish, French, Tagalog, German, Portuguese, Polish or Vietnamese at home often ask in their first language,
or mix a few of its words into English ("ya terminé Foundations y Technology, ¿qué me falta?").
The Reading's cues, the lexical index and the sentence encoder only know English, so such a
message would get an "I don't know". A short glossary of the words these questions are made of
(asking, finishing, paying, members, hours and weeks, deadlines, renewing) says them in English
first. A language's words are only replaced when at least `_ENOUGH` of its entries are found in
the message, so an English word that happens to be spelled like one ("me", "no") is never touched.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache, partial

#: Each language's phrases (written without accents; a message's accents are ignored when matching) and what they
#: say in English. Longer phrases are tried first, so "que me falta" wins over "falta".
GLOSSARY: dict[str, dict[str, str]] = {
    "es": {
        "que me falta": "what is left", "que me faltan": "what is left", "que le falta a ella": "what does she still need",
        "que le falta": "what does she still need", "cuantas me faltan": "how many more do i need",
        "cuantos me faltan": "how many more do i need", "me falta": "i still need", "me faltan": "i still need",
        "ya termine": "i already finished", "termine": "i finished", "acabe": "i finished",
        "termino": "finished", "estoy haciendo": "i am taking", "estoy tomando": "i am taking",
        "estoy cursando": "i am taking", "esta tomando": "is taking", "esta haciendo": "is taking",
        "mi companera": "my coworker", "mi companero": "my coworker", "cuanto cuesta": "how much does it cost",
        "cuanto pago": "how much do i pay", "cuanto": "how much", "cuantas horas tengo": "how many hours do i have",
        "cuantas": "how many", "cuantos": "how many", "cuando": "when", "si no soy miembro": "if i am not a member",
        "no soy miembro": "i am not a member", "soy miembro": "i am a member", "me hago miembro": "i become a member",
        "miembros": "members", "miembro": "member", "me inscribi": "i enrolled", "inscrita": "enrolled",
        "inscrito": "enrolled", "fecha limite": "deadline", "para terminar": "to finish", "los 6": "all 6",
        "trabajo": "i work", "horas por semana": "hours a week", "horas a la semana": "hours a week",
        "horas": "hours", "semanas": "weeks", "semana": "week", "meses": "months", "mes": "month",
        "un ano y medio": "a year and a half", "anos": "years", "ano": "year", "desde hace": "for",
        "soy elegible": "am i eligible", "califico": "do i qualify", "tengo": "i have", "para renovar": "to renew",
        "renovar": "renew", "renovacion": "renewal", "tome un curso de": "i took a course of",
        "creditos semestrales": "semester credits", "credito semestral": "semester credit", "fui": "i went",
        "dias": "days", "dia": "day", "conferencia estatal": "state conference", "conferencia": "conference",
        "tambien": "also", "gracias": "thanks", "hola": "hi", "biblioteca": "library", "voluntaria": "volunteer",
        "voluntario": "volunteer", "cuesta": "costs", "certificacion": "certification", "y": "and",
        "yo soy": "i am", "ella no": "she is not", "el no": "he is not", "ella": "she", "juntas": "together",
        "juntos": "together", "hermana": "sister", "hermano": "brother", "para mi": "for me",
        "creditos de semestre": "semester credits", "credito de semestre": "semester credit", "tome": "i took",
        "ahora": "now", "mi": "my", "es": "is", "si": "if", "el": "the", "la": "the", "una": "a", "un": "a", "en": "in",
        "que mas necesito": "what else do i need", "cuantas me quedan": "how many are left", "cuantos me quedan": "how many are left",
        "me quedan": "i have left", "ya tengo": "i already have", "complete": "i completed", "en progreso": "in progress",
        "fui voluntaria": "i volunteered", "fui voluntario": "i volunteered", "antes": "before that", "durante": "for",
        "desde hace un ano y medio": "for a year and a half", "desde hace un ano": "for a year", "hace un ano": "a year ago", "un ano": "for a year",
        "todavia": "still", "necesito": "i need", "pagar": "pay", "pagamos": "do we pay", "somos": "are", "no": "not",
        "uno": "one", "dos": "two", "tres": "three", "cuatro": "four", "cinco": "five", "seis": "six", "en total": "in total",
        "enero": "january", "febrero": "february", "marzo": "march", "abril": "april", "mayo": "may", "junio": "june",
        "julio": "july", "agosto": "august", "septiembre": "september", "setiembre": "september", "octubre": "october",
        "noviembre": "november", "diciembre": "december", "de": "of",
    },
    "fr": {
        "j'ai fini": "i finished", "j'ai termine": "i finished", "il me reste": "what is left",
        "qu'est-ce qu'il me reste": "what is left", "combien": "how much", "heures par semaine": "hours a week",
        "heures": "hours", "semaines": "weeks", "mois": "months", "annees": "years", "ans": "years",
        "membre": "member", "bibliotheque": "library", "suis-je eligible": "am i eligible", "quand": "when",
        "renouveler": "renew", "merci": "thanks", "bonjour": "hi", "et": "and",
        "pour le renouvellement": "for renewal", "renouvellement": "renewal", "combien d'heures": "how many hours",
        "credits de semestre": "semester credits", "credit de semestre": "semester credit", "jours de conference": "conference days",
        "jour de conference": "conference day", "conference": "conference", "j'ai fait": "i did", "j'ai suivi": "i took",
        "technologie": "technology", "qu'est-ce qui me manque": "what is left", "il me manque": "i still need",
        "je travaille": "i work", "depuis": "for", "je ne suis pas membre": "i am not a member", "je suis membre": "i am a member",
        "frais": "fee", "ca coute": "it costs", "coute": "costs", "admissible": "eligible", "eligible": "eligible",
        "date limite": "deadline", "je me suis inscrite": "i enrolled", "je me suis inscrit": "i enrolled",
        "en cours": "in progress", "fini": "finished", "termine": "finished", "aussi": "also", "ma collegue": "my coworker",
        "mon collegue": "my coworker", "semaine": "week", "par semaine": "a week", "nous sommes": "we are",
        "trois": "three", "deux": "two", "quatre": "four", "moi": "me", "ma directrice": "my director",
        "mon directeur": "my director", "l'association de l'etat": "the state association", "seulement": "only", "de": "of",
    },
    "tl": {  # Tagalog, often mixed into English ("Taglish"); its particles ("na", "pa", "yung") say nothing here
        "ano pa po ang kulang": "what is left", "ano pa ang kulang": "what is left", "ano pa ang kailangan": "what else do i need",
        "ano pa po ang kailangan": "what else do i need", "kulang pa": "still need", "kulang": "missing",
        "ilan pa": "how many more", "ilan": "how many", "magkano": "how much", "kailan": "when",
        "tapos na ba ako": "am i done", "tapos na ako": "i am done", "tapos na rin": "also done", "tapos na": "done", "natapos ko na": "i finished", "natapos ko": "i finished",
        "tinapos ko": "i finished", "ginagawa ko pa": "i am still taking", "kailangan ko": "i need", "kailangan": "need",
        "hindi ako": "i am not", "hindi": "not", "miyembro": "member", "oras kada linggo": "hours a week",
        "oras bawat linggo": "hours a week", "oras": "hours", "linggo": "weeks", "buwan": "months", "taon": "years",
        "nagtatrabaho ako": "i work", "nagtrabaho ako": "i worked", "katrabaho ko": "my coworker", "katrabaho": "coworker",
        "nag-enroll ako": "i enrolled", "bayad": "fee", "lahat": "in all", "kung": "if", "ako": "i", "ay": "is",
        "rin": "also", "din": "also", "lang": "only", "salamat": "thanks", "yung": "the", "ang": "the",
        "nag-volunteer ako": "i volunteered", "nag-volunteer": "volunteered", "kada linggo": "a week",
        "bawat linggo": "a week", "bawat isa": "each", "tapos": "then", "ngayon": "now", "babayaran ko": "will i pay",
        "eligible na ba ako": "am i eligible", "eligible na ako": "am i eligible", "ba": "", "mga": "", "na": "", "pa": "", "ko": "", "ng": "",
    },
    "de": {
        "was fehlt mir noch": "what is left", "was fehlt noch": "what is left", "was fehlt mir": "what is left",
        "stunden pro woche": "hours a week", "stunden die woche": "hours a week", "stunden": "hours", "wochen": "weeks",
        "monate": "months", "jahre": "years", "ich bin kein mitglied": "i am not a member",
        "ich bin mitglied": "i am a member", "kein mitglied": "not a member", "mitglied": "member", "fertig": "done",
        "bibliothek": "library", "wie viel kostet": "how much does it cost", "wie viel": "how much", "wann": "when",
        "bis wann": "by when", "danke": "thanks", "und": "and", "ich habe schon": "i have already",
        "habe ich schon": "i have already", "abgeschlossen": "completed", "bestanden": "passed",
        "durchgefallen": "failed", "mache ich gerade": "i am taking now", "ich mache gerade": "i am taking now",
        "in bearbeitung": "in progress", "kostet": "costs", "gebuhr": "fee", "gebuhren": "fees",
        "ich habe mich eingeschrieben": "i enrolled", "eingeschrieben": "enrolled", "frist": "deadline",
        "verlangern": "renew", "verlangerung": "renewal", "konferenztage": "conference days",
        "konferenztag": "conference day", "ich arbeite": "i work", "ehrenamtlich": "volunteer",
        "bin ich berechtigt": "am i eligible", "seit": "for", "hallo zusammen": "hi everyone", "im": "in",
        "januar": "january", "februar": "february", "marz": "march", "juni": "june", "juli": "july",
        "oktober": "october", "dezember": "december", "ich": "i", "mein kollege": "my coworker",
        "meine kollegin": "my coworker", "ich wurde": "i was", "zertifiziert": "certified", "erneuern": "renew",
        "wann muss ich erneuern": "when do i need to renew",
    },
    "pt": {
        "o que falta pra mim": "what is left for me", "o que falta para mim": "what is left for me",
        "o que falta": "what is left", "o que ainda falta": "what is left", "quantos faltam": "how many more do i need",
        "eu ja terminei": "i already finished", "eu terminei": "i finished", "ja terminei": "i already finished", "terminei": "i finished", "conclui": "i completed",
        "ainda estou fazendo": "i am still taking", "estou fazendo": "i am taking", "em andamento": "in progress",
        "quanto custa": "how much does it cost", "quanto vou pagar": "how much will i pay", "quanto": "how much",
        "quantas horas": "how many hours", "horas por semana": "hours a week", "horas semanais": "hours a week",
        "horas": "hours", "semanas": "weeks", "meses": "months", "anos": "years", "nao sou membro": "i am not a member",
        "nao sou socio": "i am not a member", "nao sou socia": "i am not a member", "sou membro": "i am a member",
        "membro": "member", "me inscrevi": "i enrolled", "prazo": "deadline", "quando": "when", "renovar": "renew",
        "renovacao": "renewal", "creditos": "credits", "dias de conferencia": "conference days", "trabalho": "i work",
        "biblioteca": "library", "voluntaria": "volunteer", "voluntario": "volunteer", "sou elegivel": "am i eligible",
        "eu": "i", "tambem": "also", "oi pessoal": "hi everyone", "ainda": "still", "cada curso": "each course",
        "cursos": "courses", "taxa": "fee", "e": "and", "em": "in", "minha colega": "my coworker",
        "meu colega": "my coworker", "janeiro": "january", "fevereiro": "february", "marco": "march", "maio": "may",
        "junho": "june", "julho": "july", "agosto": "august", "setembro": "september", "outubro": "october",
        "novembro": "november", "dezembro": "december", "minutos": "minutes", "fiz": "i did",
        "credito semestral": "semester credit", "creditos semestrais": "semester credits", "de tecnologia": "on technology",
        "pra renovar": "to renew", "para renovar": "to renew", "quantas horas eu tenho": "how many hours do i have",
        "falta quanto": "how many more do i need", "tenho": "i have",
    },
    "pl": {  # accents are dropped before matching; "ł" stays a letter of its own
        "zapisałam sie": "i enrolled", "zapisałem sie": "i enrolled", "do kiedy musze skonczyc": "when do i need to finish",
        "do kiedy": "by when", "wszystkie kursy": "all the sets", "ukonczyłam": "i finished", "ukonczyłem": "i finished",
        "skonczyłam": "i finished", "skonczyłem": "i finished", "w trakcie": "in progress", "co mi zostało": "what is left",
        "czego mi brakuje": "what is left", "ile mi brakuje do": "how many more do i need to reach", "ile mi brakuje": "how many more do i need", "ile kosztuje": "how much does it cost",
        "godzin tygodniowo": "hours a week", "godzin w tygodniu": "hours a week", "godzin": "hours", "godziny": "hours",
        "tygodni": "weeks", "miesiecy": "months", "lat": "years", "minut": "minutes", "minuty": "minutes", "nie jestem członkiem": "i am not a member",
        "jestem członkiem": "i am a member", "członkiem": "member", "do odnowienia": "for renewal", "odnowienie": "renewal",
        "mam": "i have", "dni konferencji": "conference days", "dni": "days", "o technologii": "on technology",
        "pracuje": "i work", "w bibliotece": "in a library", "wolontariat": "volunteer",
        "czy jestem uprawniona": "am i eligible", "czy jestem uprawniony": "am i eligible", "czesc": "hi",
        "w styczniu": "in january", "w lutym": "in february", "w marcu": "in march", "w kwietniu": "in april",
        "w maju": "in may", "w czerwcu": "in june", "w lipcu": "in july", "w sierpniu": "in august",
        "we wrzesniu": "in september", "w pazdzierniku": "in october", "w listopadzie": "in november",
        "w grudniu": "in december", "ile": "how many", "brakuje": "missing", "i": "and",
        "moje": "my", "członkostwo": "membership", "wygasło": "lapsed", "w zeszłym roku": "last year",
        "ile zapłace": "how much will i pay",
    },
    "vi": {  # accents are dropped before matching; "đ" stays a letter of its own
        "em con thieu gi nua": "what is left", "con thieu gi": "what is left", "con lai": "left",
        "em đa xong": "i finished", "đa xong": "finished", "xong roi": "done", "đa hoan thanh": "completed",
        "em đang hoc": "i am taking", "đang hoc": "is in progress", "bao nhieu tien": "how much does it cost",
        "bao nhieu": "how much", "tong cong": "in total", "phi": "fee", "moi khoa": "each course",
        "khoa hoc": "courses", "khoa": "courses", "em khong phai la thanh vien": "i am not a member",
        "khong phai la thanh vien": "not a member", "em la thanh vien": "i am a member", "thanh vien": "member",
        "gio moi tuan": "hours a week", "gio": "hours", "tuan": "weeks", "thang": "months", "nam": "years",
        "khi nao": "when", "han chot": "deadline", "em đang ky": "i enrolled", "đang ky": "enrolled", "gia han": "renew",
        "tin chi": "credits", "hoi nghi": "conference", "ngay": "days", "em co đu đieu kien khong": "am i eligible",
        "đu đieu kien": "eligible", "lam viec": "work", "thu vien": "library", "tinh nguyen": "volunteer",
        "chao moi nguoi": "hi everyone", "va": "and", "em cung": "i also", "em": "i", "a": "", "roi": "", "nua": "",
        "thi": "",
    },
}
#: Words that only mark politeness, left out before a language's phrases are looked for, so that "hindi po ako" is
#: read as "hindi ako" ("I am not")
_PARTICLES = {"tl": re.compile(r"(?<![\w'])po(?![\w'])")}
#: How many of a language's entries a message must hold before its words are said in English
_ENOUGH = 2


def _plain(text: str) -> str:
    """`text` casefolded, its accents gone ("terminé" is "termine"), "¿" and "¡" gone."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("¿", " ").replace("¡", " "))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=None)
def _pattern(language: str) -> re.Pattern[str]:
    phrases = sorted(GLOSSARY[language], key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(map(re.escape, phrases)) + r")(?![\w'])")


def _said(words: dict[str, str], found: re.Match[str]) -> str:
    return words[found[0]]


def in_english(question: str) -> str:
    """`question` with the words of each language it mixes in said in English; as it was when it has none."""
    if question.isascii() and not any(_pattern(language).search(question.casefold()) for language in GLOSSARY):
        return question  # the common case: no word of any of them
    plain = _plain(question)
    found = {language: len({m[0] for m in _pattern(language).finditer(plain)}) for language in GLOSSARY}
    # the language most of the message is in first, so another's short words ("de", "en") do not break its phrases
    for language in sorted(found, key=found.__getitem__, reverse=True):
        if found[language] >= _ENOUGH:
            if language in _PARTICLES:
                plain = re.sub(r"  +", " ", _PARTICLES[language].sub("", plain))
            plain = _pattern(language).sub(partial(_said, GLOSSARY[language]), plain)
            question = re.sub(r"  +", " ", plain)  # a particle said as nothing leaves no gap
    return question
