"""Words of another language in a message, said in English before it is read.

Library staff who speak Spanish, Italian, French, Tagalog, German, Portuguese, Polish, Vietnamese or Hindi at home often ask in their first language,
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
        "me certifique": "i was certified", "me certificaron": "i was certified", "fui certificada": "i was certified",
        "fui certificado": "i was certified", "obtuve la certificacion": "i was certified", "se certifico": "she was certified",
        "estoy certificada": "i am certified", "estoy certificado": "i am certified", "certificada": "certified",
        "certificado": "certificate", "el certificado": "the certificate", "la certificacion": "the certification", "en que ano tengo que renovar": "what year do i have to renew",
        "cuando tengo que renovar": "when do i have to renew", "tengo que renovar": "do i have to renew",
        "tengo que terminar": "do i have to finish", "tengo que": "i have to", "en que ano": "in what year",
        "que ano": "what year", "hasta cuando": "until when", "cuando vence": "when does it expire", "vence": "expires",
        "plazo": "deadline", "para la renovacion": "for the renewal", "la renovacion": "the renewal",
        "horas de contacto": "contact hours", "cursos": "courses", "curso": "course", "cada uno": "each",
        "cada una": "each", "cada curso": "each course", "cada": "each", "cual es el total": "what is the total",
        "cual es": "what is", "el total": "the total", "con": "with", "hora": "hour", "una hora": "an hour", "fui a": "i went to", "taller": "workshop", "talleres": "workshops",
        "seminarios web": "webinars", "seminario web": "webinar", "webinarios": "webinars", "minutos": "minutes",
        "sobre tecnologia": "on technology", "de tecnologia": "on technology", "tecnologia": "technology",
        "socia": "member", "socio": "member", "no soy socia": "i am not a member", "no soy socio": "i am not a member",
        "soy socia": "i am a member", "soy socio": "i am a member", "de ala": "of ala", "el ano pasado": "last year",
        "siete": "seven", "ocho": "eight", "nueve": "nine", "diez": "ten", "terminamos": "we finished",
        "completo": "she completed", "ya complete": "i already completed", "hice": "i did", "fue": "went",
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
        "un cours universitaire": "a university course", "cours universitaire": "university course",
        "un cours": "a course", "le cours": "the course", "les cours": "the courses", "cours": "course",
        "j'ai travaille": "i worked", "pendant": "for", "dans une": "in a", "credits semestriels": "semester credits",
        "credit semestriel": "semester credit", "un atelier": "a workshop", "atelier": "workshop", "ateliers": "workshops",
        "un webinaire": "a webinar", "webinaire": "webinar", "webinaires": "webinars", "sur la technologie": "on technology",
        "sur la techno": "on technology", "pas sur la technologie": "not on technology", "pas tech": "not tech", "pas": "not",
        "combien d'heures j'ai": "how many hours do i have", "combien d'heures ai-je": "how many hours do i have",
        "j'ai": "i have", "j'ai obtenu ma certification": "i was certified", "j'ai ete certifiee": "i was certified",
        "j'ai ete certifie": "i was certified", "je suis certifiee depuis": "i was certified in",
        "je suis certifie depuis": "i was certified in", "certifiee": "certified", "certifie": "certified",
        "quand dois-je renouveler": "when do i have to renew",
        "en quelle annee": "in what year", "quelle annee": "what year", "je dois renouveler": "i have to renew",
        "dois-je": "do i have to", "quel est le total": "what is the total", "le total": "the total", "au total": "in total",
        "en tout": "in total", "chacun": "each", "chacune": "each", "heures de contact": "contact hours",
        "heures de formation": "contact hours", "combien ca coute": "how much does it cost", "combien je paie": "how much do i pay",
        "combien vais-je payer": "how much will i pay", "payer": "pay", "je suis membre de l'ala": "i am an ala member",
        "membre de l'ala": "ala member", "l'ala": "ala", "jours": "days", "jour": "day", "congres": "conference",
        "un": "a", "une": "a", "cinq": "five", "huit": "eight", "neuf": "nine", "dix": "ten",
        "janvier": "january", "fevrier": "february", "mars": "march", "avril": "april", "mai": "may", "juin": "june",
        "juillet": "july", "aout": "august", "septembre": "september", "octobre": "october", "novembre": "november",
        "decembre": "december", "en": "in",
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
        "member po ako ng ala": "i am an ala member", "member ako ng ala": "i am an ala member",
        "ala member ako": "i am an ala member", "member ako": "i am a member", "hindi ako member ng ala": "i am not an ala member",
        "hindi ako member": "i am not a member", "hindi pa ako member": "i am not a member yet",
        "magkano lahat kung kasama": "how much in all including", "magkano lahat": "how much in all", "kasama": "including",
        "magkano ang babayaran ko": "how much will i pay", "ilang weeks pa": "how many more weeks",
        "ilang linggo pa": "how many more weeks", "ilang oras pa": "how many more hours", "ilang": "how many",
        "kung hindi pa": "if not yet", "hindi pa": "not yet", "pa rin": "still", "na-certify ako": "i was certified",
        "nacertify ako": "i was certified", "na-certify": "certified", "noong": "in", "nung": "in",
        "kailan ako magre-renew": "when do i renew", "kailan ako mag-renew": "when do i renew", "mag-renew": "renew",
        "magrenew": "renew", "para sa renewal": "for the renewal", "para sa": "for", "tungkol sa": "on", "sa": "in",
        "isa": "one", "isang": "one", "dalawa": "two", "dalawang": "two", "tatlo": "three", "tatlong": "three",
        "apat": "four", "lima": "five", "limang": "five", "anim": "six", "pito": "seven", "walo": "eight",
        "siyam": "nine", "sampu": "ten", "araw": "days", "araw ng": "days of", "nag-attend ako": "i attended", "nag-attend": "attended",
        "pa ang kailangan ko": "more do i need", "ang kailangan ko": "do i need", "minuto": "minutes",
    },
    "it": {
        "ho completato": "i completed", "ho gia completato": "i already completed", "ho finito": "i finished",
        "ho gia finito": "i already finished", "ho fatto": "i did", "ho gia fatto": "i already did", "ho superato": "i passed",
        "ho terminato": "i finished", "ho concluso": "i completed", "ho seguito": "i took", "ho frequentato": "i took",
        "ha completato": "she completed", "ha finito": "she finished", "ha fatto": "she did", "ha superato": "she passed",
        "ha seguito": "she took", "abbiamo completato": "we completed", "abbiamo finito": "we finished",
        "completato": "completed", "completati": "completed", "completate": "completed", "finito": "finished",
        "finiti": "finished", "terminato": "finished", "superato": "passed", "fatti": "done", "fatte": "done",
        "sto facendo": "i am taking", "sto seguendo": "i am taking", "sta facendo": "she is taking",
        "sta seguendo": "she is taking", "in corso": "in progress",
        "cosa mi manca": "what is left", "che cosa mi manca": "what is left", "cosa mi resta": "what is left",
        "cosa mi rimane": "what is left", "cosa mi mancano": "what is left", "cosa manca": "what is left",
        "cosa le manca": "what does she still need", "cosa gli manca": "what does he still need",
        "cosa devo ancora fare": "what else do i need", "mi mancano": "i still need", "mi manca": "i still need",
        "quanti me ne mancano": "how many more do i need", "quante me ne mancano": "how many more do i need",
        "quanti ne mancano": "how many more do i need", "quante ne mancano": "how many more do i need",
        "quanti mi mancano": "how many more do i need", "quante mi mancano": "how many more do i need",
        "mi restano": "i have left", "mancano": "are left", "manca": "is left", "ancora": "still",
        "mi sono iscritta": "i enrolled", "mi sono iscritto": "i enrolled", "si e' iscritta": "she enrolled",
        "si e' iscritto": "he enrolled", "ci siamo iscritte": "we enrolled", "ci siamo iscritti": "we enrolled",
        "iscritta": "enrolled", "iscritto": "enrolled", "iscrizione": "enrollment",
        "entro quale anno devo finire": "by what year do i have to finish", "entro quando devo finire": "by when do i have to finish",
        "quando devo finire": "when do i have to finish", "devo finire": "do i have to finish", "entro quando": "by when",
        "entro quale anno": "by what year", "entro che anno": "by what year", "in che anno": "in what year",
        "in quale anno": "in what year", "quale anno": "what year", "che anno": "what year", "entro": "by",
        "finire": "finish", "qual e' la scadenza": "what is the deadline", "la scadenza": "the deadline",
        "scadenza": "deadline", "quando scade": "when does it expire", "scade": "expires",
        "rinnovo": "renewal", "per il rinnovo": "for the renewal", "il rinnovo": "the renewal", "rinnovare": "renew",
        "per rinnovare": "to renew", "devo rinnovare": "do i have to renew", "quando devo rinnovare": "when do i have to renew",
        "mi sono certificata": "i was certified", "mi sono certificato": "i was certified",
        "sono stata certificata": "i was certified", "sono stato certificato": "i was certified",
        "ho ottenuto la certificazione": "i was certified", "ho preso la certificazione": "i was certified",
        "certificata": "certified", "certificato": "certified", "la certificazione": "the certification",
        "certificazione": "certification", "ore di formazione": "contact hours", "ore di aggiornamento": "contact hours",
        "ore a settimana": "hours a week", "ore alla settimana": "hours a week", "ore settimanali": "hours a week",
        "ore per settimana": "hours a week", "a settimana": "a week", "alla settimana": "a week",
        "ore": "hours", "ora": "hour", "un'ora": "an hour", "mezz'ora": "half an hour", "minuti": "minutes",
        "giorni": "days", "giorno": "day", "settimane": "weeks", "settimana": "week", "mesi": "months",
        "mese": "month", "anni": "years", "anno": "year", "un anno e mezzo": "a year and a half",
        "l'anno scorso": "last year", "quest'anno": "this year", "l'anno prossimo": "next year",
        "lavoro": "i work", "lavora": "she works", "ho lavorato": "i worked", "ha lavorato": "she worked",
        "biblioteca": "library", "in biblioteca": "in a library", "come volontaria": "as a volunteer",
        "come volontario": "as a volunteer", "volontaria": "volunteer", "volontario": "volunteer",
        "a tempo pieno": "full time", "tempo pieno": "full time",
        "conferenza statale": "state conference", "giorni di conferenza statale": "days of state conference",
        "giorno di conferenza statale": "day of state conference", "giorni alla conferenza statale": "days at the state conference",
        "statale": "state", "giorni di conferenza": "conference days",
        "giorno di conferenza": "conference day", "conferenza": "conference", "giorni di convegno": "conference days",
        "convegno": "conference", "webinar": "webinars", "un webinar": "a webinar", "seminario": "workshop",
        "laboratorio": "workshop", "corso universitario": "university course", "un corso": "a course",
        "corso": "course", "corsi": "courses", "crediti semestrali": "semester credits",
        "credito semestrale": "semester credit", "crediti": "credits", "sulla tecnologia": "on technology",
        "di tecnologia": "on technology", "tecnologia": "technology", "di cui": "of which",
        "ciascuno": "each", "ciascuna": "each", "ognuno": "each", "ognuna": "each", "l'uno": "each",
        "sono socio ala": "i am an ala member", "sono socia ala": "i am an ala member",
        "sono socio dell'ala": "i am an ala member", "sono socia dell'ala": "i am an ala member",
        "sono membro dell'ala": "i am an ala member", "non sono socio": "i am not a member",
        "non sono socia": "i am not a member", "non sono membro": "i am not a member", "sono socio": "i am a member",
        "sono socia": "i am a member", "sono membro": "i am a member", "socio": "member", "socia": "member",
        "soci": "members", "membro": "member", "membri": "members", "dell'ala": "of ala", "all'ala": "to ala",
        "l'ala": "ala", "non-member": "non-member", "non member": "non-member",
        "quanto costa": "how much does it cost", "quanto costano": "how much do they cost", "quanto pago": "how much do i pay",
        "quanto devo pagare": "how much do i pay", "quanto spendo": "how much do i pay", "quanto pagherei": "how much would i pay",
        "in totale": "in total", "qual e' il totale": "what is the total", "il totale": "the total", "totale": "total",
        "costa": "costs", "costano": "cost", "pagare": "pay", "pago": "i pay", "tassa": "fee", "quota": "fee",
        "sono idoneo": "am i eligible", "sono idonea": "am i eligible", "ho diritto": "am i eligible",
        "ho i requisiti": "am i eligible", "posso candidarmi": "can i apply", "idoneo": "eligible", "idonea": "eligible",
        "quante ore ho": "how many hours do i have", "quante ore": "how many hours", "quante": "how many",
        "quanti": "how many", "quanto": "how much", "quando": "when", "che cosa": "what", "cosa": "what",
        "qual e'": "what is", "quale": "what", "quali": "which", "e'": "is", "sono": "i am", "non sono": "i am not",
        "ho": "i have", "ha": "has", "abbiamo": "we have", "devo": "do i have to", "posso": "can i",
        "mi servono": "i need", "ho bisogno di": "i need", "anche": "also", "gia": "already", "solo": "only",
        "poi": "then", "adesso": "now", "mia collega": "my coworker", "la mia collega": "my coworker", "il mio collega": "my coworker", "mio collega": "my coworker", "mia": "my",
        "mio": "my", "lei": "she", "lui": "he", "io": "i", "tutti": "all", "tutti i": "all the", "tutte le": "all the", "tutti e": "all", "tutte e": "all",
        "mi sono iscritta a": "i enrolled in", "mi sono iscritto a": "i enrolled in", "iscritta a": "enrolled in",
        "iscritto a": "enrolled in", "tutte": "all",
        "obbligatori": "required", "obbligatorio": "required", "facoltativi": "electives",
        "facoltativo": "elective", "ciao a tutti": "hi everyone", "ciao": "hi", "salve": "hi", "buongiorno": "hi", "grazie": "thanks",
        "grazie mille": "thanks a lot", "un": "a", "una": "a", "uno": "one", "due": "two", "tre": "three",
        "quattro": "four", "cinque": "five", "sei": "six", "sette": "seven", "otto": "eight", "nove": "nine",
        "dieci": "ten", "gennaio": "january", "febbraio": "february", "marzo": "march", "aprile": "april",
        "maggio": "may", "giugno": "june", "luglio": "july", "agosto": "august", "settembre": "september",
        "ottobre": "october", "novembre": "november", "dicembre": "december", "a gennaio": "in january",
        "a febbraio": "in february", "a marzo": "in march", "a aprile": "in april", "ad aprile": "in april",
        "a maggio": "in may", "a giugno": "in june", "a luglio": "in july", "a agosto": "in august",
        "ad agosto": "in august", "a settembre": "in september", "a ottobre": "in october", "ad ottobre": "in october",
        "a novembre": "in november", "a dicembre": "in december", "nel": "in", "nella": "in the", "sulla": "on the",
        "sul": "on the", "alla": "at the", "della": "of the", "dei": "of the", "di": "of", "il": "the",
        "e": "and", "o": "or", "per": "for", "con": "with", "la": "the", "le": "the", "al": "at the", "del": "of",
        "da": "for", "mi": "me", "ne": "", "se": "if", "non": "not",
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
        "falta quanto": "how many more do i need", "tenho": "i have", "de": "of",
        "um": "one", "uma": "one", "dois": "two", "duas": "two", "tres": "three", "quatro": "four", "cinco": "five",
        "seis": "six", "sete": "seven", "oito": "eight", "nove": "nine", "dez": "ten",
        "faltam": "i still need", "falta": "i still need", "ainda tenho tempo": "do i still have time",
        "tenho tempo": "do i have time", "tempo": "time", "pra terminar": "to finish", "para terminar": "to finish",
        "terminar": "finish", "ja passou": "has passed", "passou": "passed", "enrolei": "i enrolled",
        "me matriculei": "i enrolled", "qual e o beneficio": "what is the benefit", "beneficio": "benefit",
        "beneficios": "benefits", "meu diretor": "my director", "minha diretora": "my director",
        "pergunta": "asks", "como eu renovo": "how do i renew", "meu": "my", "minha": "my", "qual e": "what is",
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
        "ile to razem": "what is the total", "razem": "in total", "jeden": "one", "jedna": "one", "dwa": "two",
        "dwie": "two", "trzy": "three", "cztery": "four", "piec": "five", "szesc": "six", "kursy": "courses",
        "kurs": "course", "kursow": "courses", "po": "at", "planuje": "i am planning", "jestem": "i am",
        "potrzebuje": "i need", "czy moge": "can i", "czy musze": "do i have to", "czy": "", "ile czasu": "how long",
        "oplata": "fee", "opłata": "fee", "kiedy": "when", "jak": "how",
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
        "thi": "", "phan tram": "percent", "bao nhieu phan tram": "what percent", "hoi truoc": "back then",
        "truoc đay": "before", "voi": "with", "phai": "must", "đe": "to", "lam sao đe": "how do i", "lam sao": "how",
        "cho": "for", "con toi": "my child", "toi": "i", "the thu vien": "library card",
        "khong": "not", "bao lau": "how long", "gia han khi nao": "when do i renew",
    },
    "hi": {  # Hindi as typed in Latin letters ("Hinglish"), often mixed into English
        "kya main": "can i", "kya mai": "can i", "kya": "", "main": "i", "mai": "i", "mera": "my", "meri": "my",
        "mujhe": "i", "ke liye": "for", "ki liye": "for", "kar sakta hoon": "can", "kar sakti hoon": "can",
        "kar sakta hu": "can", "kar sakti hu": "can", "sakta hoon": "can", "sakti hoon": "can", "hoon": "am", "hai": "is",
        "hain": "are", "tha": "was", "thi": "was", "mila tha": "i got", "mili thi": "i got", "mila": "got",
        "mein": "in", "se": "from", "kab tak": "by when", "kab": "when", "karna hoga": "do i have to", "karna hai": "do i have to",
        "karna": "do", "hoga": "will be", "kitna": "how much", "kitne": "how many", "kitni": "how much",
        "kaise": "how", "kaun": "who", "kyun": "why", "lagta hai": "does it cost", "lagega": "will it cost",
        "paisa": "money", "saal": "years", "ghante": "hours", "hafte": "weeks", "mahine": "months", "aur": "and",
        "ya": "or", "nahi": "not", "nahin": "not", "bina": "without", "degree ke bina": "without a degree",
        "chahiye": "needed", "zaroori": "required", "zaruri": "required", "namaste": "hi", "dhanyavad": "thanks",
        "shukriya": "thanks", "bhi": "also", "abhi": "now", "pehle": "before",
    },
}
#: Words that only mark politeness, left out before a language's phrases are looked for, so that "hindi po ako" is
#: read as "hindi ako" ("I am not")
_PARTICLES = {"tl": re.compile(r"(?<![\w'])po(?![\w'])")}
#: Entries spelled like an English word ("per", "due", "ore", "taller"), like a short word of another language
#: here ("una", "con", "en"), or like what dictation writes for letters ("el" for L, "a la" for ALA): said in English with the rest of their language, but never counted towards `_ENOUGH`,
#: so "renewal due, 2 webinars per month" stays English. An entry that says itself in English counts as one too.
_ENGLISH_TOO: dict[str, frozenset[str]] = {
    "it": frozenset({"e", "o", "a", "per", "con", "la", "le", "al", "del", "da", "di", "mi", "ne", "se", "non", "due", "ore",
                     "otto", "solo", "costa", "quota", "webinar", "ho", "ha", "io", "lei", "poi", "un", "una", "uno", "dei",
                     "non-member", "non member", "marzo", "agosto", "quando", "quanto", "membro"}),
    # dictation writes ALA as "a la" and a letter as its name ("el ess ess see" is LSSC, "en" is N)
    "es": frozenset({"con", "taller", "no", "mi", "el", "la", "en"}),
    "fr": frozenset({"un", "une", "en", "mars", "pas"}),
    "tl": frozenset({"sa", "isa", "lima"}),
    "pt": frozenset({"de", "um", "falta", "tempo"}),
    "pl": frozenset({"po", "jak", "i"}),
    "hi": frozenset({"main", "mai", "se", "ya", "mein", "hai", "tha", "thi", "bhi", "aur", "kab", "mila", "karna"}),
}
#: Amounts written the way these languages write them, said first as the English reading knows them: "195 $" and
#: "195 dollari" as "$195", "corsi da $195", "cursos de $195", "cours à 195 $" as "at $195", and Tagalog's
#: "tig-$260" ("$260 each") as "at $260 each" ("tig-30 minutes" as "of 30 minutes each")
_AMOUNT = r"(?:\$ ?\d[\d,.]*|\d[\d,.]*)"
_DOLLARS = (re.compile(r"(?<![\w$])(\d[\d,.]*)\s?(?:\$|dollari|dolares|dollars|dollar|usd)(?!\w)"), r"$\1")
_REWRITES: dict[str, list[tuple[re.Pattern[str], str]]] = {
    "it": [_DOLLARS, (re.compile(r"(?<![\w'])(?:da|a) (?=\$ ?\d)"), "at ")],
    "es": [_DOLLARS, (re.compile(r"(?<![\w'])(?:de|a) (?=\$ ?\d)"), "at ")],
    "fr": [_DOLLARS, (re.compile(r"(?<![\w'])(?:de|a) (?=\$ ?\d)"), "at ")],
    "tl": [(re.compile(r"(?<![\w'])tig-? ?(" + _AMOUNT + r") ?(minutes?|mins?|minuto|hours?|hrs?|oras)(?!\w)"),
            r"of \1 \2 each"),
           (re.compile(r"(?<![\w'])tig-? ?(" + _AMOUNT + r")(?![\w.,]*\w)"), r"at \1 each")],
}
#: Languages whose amounts (Tagalog's "tig-") are themselves one of its entries, counted towards `_ENOUGH`
_TELLING = frozenset({"tl"})
#: How many of a language's entries a message must hold before its words are said in English
_ENOUGH = 2


def _plain(text: str) -> str:
    """`text` casefolded, its accents gone ("terminé" is "termine"), "¿" and "¡" gone, its apostrophes all "'"; an
    Italian "è" ("is") on its own written "e'", as keyboards without accents write it, so that it is not "e" ("and")."""
    text = re.sub(r"(?<!\w)è(?!\w)", "e'", text.casefold().replace("’", "'").replace("¿", " ").replace("¡", " "))
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=None)
def _pattern(language: str) -> re.Pattern[str]:
    phrases = sorted(GLOSSARY[language], key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(map(re.escape, phrases)) + r")(?![\w'])")


def _said(words: dict[str, str], found: re.Match[str]) -> str:
    return words[found[0]]


def _counted(language: str, plain: str) -> int:
    """How many of `language`'s entries `plain` holds, leaving out those spelled like English (`_ENGLISH_TOO`)."""
    words, shared = GLOSSARY[language], _ENGLISH_TOO.get(language, frozenset())
    entries = {m[0] for m in _pattern(language).finditer(plain)}
    telling = language in _TELLING and any(rewrite.search(plain) for rewrite, _ in _REWRITES[language])
    return len({e for e in entries if e not in shared and words[e] != e}) + telling


def in_english(question: str) -> str:
    """`question` with the words of each language it mixes in said in English; as it was when it has none."""
    if question.isascii() and not any(_pattern(language).search(question.casefold()) for language in GLOSSARY):
        return question  # the common case: no word of any of them
    plain = _plain(question)
    found = {language: _counted(language, plain) for language in GLOSSARY}
    # the language most of the message is in first, so another's short words ("de", "en") do not break its phrases
    for language in sorted(found, key=found.__getitem__, reverse=True):
        if found[language] >= _ENOUGH:
            if language in _PARTICLES:
                plain = re.sub(r"  +", " ", _PARTICLES[language].sub("", plain))
            for rewrite, said in _REWRITES.get(language, []):
                plain = rewrite.sub(said, plain)
            plain = _pattern(language).sub(partial(_said, GLOSSARY[language]), plain)
            question = re.sub(r"  +", " ", plain)  # a particle said as nothing leaves no gap
    return question
