"""Words of another language in a message, said in English before it is read.

Library staff who speak Spanish, Italian, French, Tagalog, German, Portuguese, Polish, Vietnamese or Hindi at home
often ask in their first language, or mix a few of its words into English ("ya terminé Foundations y Technology, ¿qué
me falta?", "maine Foundations kar liya hai, ab kya bacha hai?"). Hindi is read as it is typed, romanized, and in
Devanagari for its commonest words. Turkish ("ben Technology bitirdim, kalan ne?"), Japanese ("Foundations wa
owarimashita, nokori wa?", "Foundationsを修了しました。残りは？"), Korean, Russian and Arabic are read romanized as typed
and in their own scripts: kana and kanji are found inside the runs of them Japanese writes without spaces, a Korean
word with its endings ("남았어요"), an Arabic one with "و", "ال", "ب" before it ("والعضوية"). Mandarin Chinese is
read in pinyin, typed with or without its tone marks, a syllable or a word at a time ("wo yijing wancheng le",
"hái shèng shénme?"), and in Han characters, simplified and traditional, found inside the runs of them as kanji are
("我完成了Foundations，还剩什么？", "還剩什麼"): Han characters in a message with kana are Japanese, in one without
Chinese. Ukrainian is read in Cyrillic and transliterated, as Russian is ("що мені залишилось?", "shcho zalyshylos?"),
Haitian Creole ("m fini Foundations, kisa ki rete?") and Somali ("waxaan dhammeeyay Foundations, maxaa ii haray?")
as they are typed. Persian is read in Finglish ("man Foundations ro tamoom kardam, chi baghi mounde?") and in its
script, typed with or without the zero-width non-joiner ("کرده‌ام", "کردهام", "کرده ام") or on an Arabic keyboard
("ي", "ك"), a word with its endings ("ساعت‌ها"); the words Arabic writes alike ("من", "عضو") are not counted as
Persian, so an Arabic message is not read as Persian, and a Persian one, holding more Persian words than Arabic ones,
is read as Persian first. Bengali is read romanized ("ami Foundations shesh
korechi, ar ki baki ache?") and in its script, its digits as digits and a word with its endings ("সপ্তাহে"); Swahili
("nimemaliza Foundations na Technology, nimebakiza nini?"), whose numbers come after what they count ("miaka
minne"), and Hmong in the Romanized Popular Alphabet ("kuv kawm tiav Foundations lawm, tseem tshuav dab tsi?") as they
are typed. Urdu is read in its script ("میں نے Foundations مکمل کر لیا ہے، اب کیا باقی ہے؟"), whose own letters ("ہ", "ے",
"ں") tell it from Persian and Arabic, and as Roman Urdu, romanized Hindi with words of its own ("mukammal", "baqi");
Nepali in Devanagari ("मैले Foundations सकेँ, अब के बाँकी छ?") and romanized, told from Hindi by the words they do not
share; Amharic in Ge'ez script ("Foundationsን ጨርሻለሁ። ምን ቀረኝ?"), its letters written alike read as one and a word
with its prefixes and endings ("ለእድሳት"), and romanized; Dutch ("ik heb Foundations afgerond, wat moet ik nog doen?")
as it is typed, its words spelled like German ones not counted for it.
The Reading's cues, the lexical index and the sentence encoder only know English, so such a
message would get an "I don't know". A short glossary of the words these questions are made of
(asking, finishing, paying, members, hours and weeks, deadlines, renewing, coworkers, numbers, months, yes and no) says them in English
first. Spanish, French, Italian, German, Portuguese, Polish, Vietnamese and Korean also have the words of the FAQ's
questions ("preciso ser membro da ALA?", "z zagranicy", "email liên hệ", "환불"): must and required, members, enrolling,
living abroad, contact, how long, credit toward a master's, valid, refund, portfolio, approved courses, discounts, who
runs and funded it, worth it, a raise, a diploma, a title; Polish and Vietnamese are read with their letters and accents
or without them, and Korean's "LSSC는" (the program's name with a particle) is a Korean word. A language's words are
only replaced when at least `_ENOUGH` of its entries are found in the message, so an English word that happens to be
spelled like one ("me", "no") is never touched.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache, partial
from itertools import product

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
        # the FAQ's topics: must and required, members, enrolling, abroad, contact, how long, credit toward a master's,
        # valid, refund, portfolio, approved courses, discounts, who runs and funded it, worth it, a diploma, a title
        "tengo que ser": "do i have to be", "hay que ser": "do i have to be", "es obligatorio": "is it required",
        "obligatorio": "required", "obligatoria": "required", "es necesario": "is it required", "necesario": "required",
        "requisitos": "requirements", "ser": "be", "miembro de ala": "an ala member",
        "miembro de la ala": "an ala member", "para inscribirme": "to enroll", "inscribirme": "enroll",
        "inscribirse": "enroll", "inscripcion": "enrollment", "postularme": "apply", "solicitud": "application",
        "vivo en": "i live in", "desde otro pais": "from another country", "en otro pais": "in another country",
        "otro pais": "another country", "fuera de estados unidos": "outside the us",
        "fuera de los estados unidos": "outside the us", "fuera de eeuu": "outside the us",
        "fuera del pais": "outside the us", "en el extranjero": "abroad", "desde el extranjero": "from abroad",
        "extranjero": "foreign", "puedo": "can i", "hacer": "do", "correo": "email", "correo electronico": "email",
        "de contacto": "contact", "contacto": "contact", "telefono": "phone", "numero de telefono": "phone number",
        "quien": "who", "con quien hablo": "who do i talk to", "tienen": "do they have", "oficina": "office",
        "programa": "program", "del programa": "of the program", "cuanto tiempo tengo": "how long do i have",
        "cuanto tiempo": "how long", "por cuanto tiempo": "how long", "tiempo": "time", "todos los": "all the",
        "todas las": "all the", "conjuntos": "sets", "cuenta como": "counts as", "cuenta para": "counts toward",
        "para una maestria": "toward a master's degree", "maestria": "master's degree",
        "titulo universitario": "college degree", "universidad": "university", "secundaria": "high school",
        "experiencia": "experience", "es valida": "is valid", "es valido": "is valid", "valida": "valid",
        "valido": "valid", "caduca": "expires", "reembolso": "refund",
        "me devuelven el dinero": "do i get my money back", "dinero": "money", "hay": "is there",
        "vale la pena": "is it worth it", "aumento de sueldo": "raise", "aumento": "raise", "ascenso": "promotion",
        "beneficios": "benefits", "titulo": "title", "que titulo": "what title", "recibo": "do i get",
        "me daran": "will i get", "quien administra": "who runs", "administra": "runs", "quien financio": "who funded",
        "cuando empezo": "when did it start", "donde encuentro": "where do i find", "donde": "where",
        "cursos aprobados": "approved courses", "aprobados": "approved", "en linea": "online", "descuento": "discount",
        "portafolio": "portfolio", "en vez de": "instead of", "en lugar de": "instead of", "enviar": "submit",
        "tomar": "take",
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
        # the FAQ's topics: must and required, members, enrolling, abroad, contact, how long, credit toward a master's,
        # valid, refund, portfolio, approved courses, discounts, who runs and funded it, worth it, a diploma, a title
        "est-ce que je dois etre": "do i have to be", "je dois etre": "do i have to be",
        "dois-je etre": "do i have to be", "obligatoire": "required", "faut-il": "do i need to", "il faut": "do i need",
        "il faut etre": "do i need to be",
        "etre": "be", "pour m'inscrire": "to enroll", "m'inscrire": "enroll", "s'inscrire": "enroll",
        "postuler": "apply", "j'habite au": "i live in", "j'habite en": "i live in", "j'habite": "i live",
        "je vis": "i live", "depuis un autre pays": "from another country", "un autre pays": "another country",
        "a l'etranger": "abroad", "de l'etranger": "from abroad", "hors des etats-unis": "outside the us",
        "est-ce que je peux": "can i", "je peux": "i can", "puis-je": "can i", "faire": "do", "courriel": "email",
        "adresse courriel": "email address", "telephone": "phone", "numero de telephone": "phone number",
        "qui contacter": "who do i contact", "qui": "who", "du programme": "of the program",
        "quel est le": "what is the", "quel est": "what is", "combien de temps": "how long", "remboursee": "refunded",
        "rembourse": "refunded", "remboursement": "refund", "si je ne suis pas": "if i am not",
        "maitrise": "master's degree", "compte pour": "counts toward", "valide": "valid",
        "ca vaut la peine": "is it worth it", "vaut la peine": "worth it", "augmentation de salaire": "raise",
        "augmentation": "raise", "titre": "title", "quel titre": "what title", "cours approuves": "approved courses",
        "ou trouver": "where do i find", "qui gere": "who runs",
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
        # the FAQ's topics: must and required, members, enrolling, abroad, contact, how long, credit toward a master's,
        # valid, refund, portfolio, approved courses, discounts, who runs and funded it, worth it, a diploma, a title
        "devo essere": "do i have to be", "essere": "be", "per iscrivermi": "to enroll", "iscrivermi": "enroll",
        "iscriversi": "enroll", "e' obbligatorio": "is it required", "abito in": "i live in", "abito": "i live",
        "dall'estero": "from abroad", "all'estero": "abroad", "da un altro paese": "from another country",
        "un altro paese": "another country", "fuori dagli stati uniti": "outside the us",
        "fuori dagli usa": "outside the us", "fare": "do", "contatto": "contact", "contatti": "contact",
        "telefono": "phone", "numero di telefono": "phone number", "a chi": "who", "chi": "who", "rimborso": "refund",
        "rimborsata": "refunded", "rimborsato": "refunded", "quanto tempo": "how long",
        "laurea magistrale": "master's degree", "valido": "valid", "valida": "valid",
        "ne vale la pena": "is it worth it", "vale la pena": "is it worth it", "aumento": "raise",
        "promozione": "promotion", "titolo": "title", "corsi approvati": "approved courses",
        "dove trovo": "where do i find", "chi gestisce": "who runs",
    },
    "de": {  # "ß" is read "ss"; "ae", "oe", "ue" for "ä", "ö", "ü" are entries of their own
        "was fehlt mir noch": "what is left", "was fehlt noch": "what is left", "was fehlt mir": "what is left",
        "was fehlt": "what is left", "was bleibt noch": "what is left", "was bleibt mir noch": "what is left",
        "was ist noch offen": "what is left", "was brauche ich noch": "what else do i need",
        "was muss ich noch machen": "what else do i need", "was braucht sie noch": "what does she still need",
        "was fehlt ihr noch": "what does she still need", "was fehlt ihm noch": "what does he still need",
        "wie viele fehlen mir noch": "how many more do i need", "wie viele fehlen noch": "how many more do i need",
        "wie viele brauche ich noch": "how many more do i need", "fehlt noch": "is still missing",
        "fehlen noch": "are still missing", "noch offen": "still open", "fehlen": "missing", "fehlt": "missing",
        "stunden pro woche": "hours a week", "stunden die woche": "hours a week", "stunden in der woche": "hours a week",
        "stunden wochentlich": "hours a week", "wochenstunden": "hours a week", "std/woche": "hours a week",
        "pro woche": "a week", "die woche": "a week", "in der woche": "a week", "wochentlich": "a week",
        "stunden": "hours", "stunde": "hour", "std": "hours", "wochen": "weeks", "woche": "week",
        "monate": "months", "monaten": "months", "monat": "month", "jahre": "years", "jahren": "years", "jahr": "year",
        "tage": "days", "tagen": "days", "einen tag": "one day", "tag": "day", "minuten": "minutes",
        "anderthalb jahre": "a year and a half", "eineinhalb jahre": "a year and a half",
        "ich bin kein ala-mitglied": "i am not an ala member", "ich bin kein ala mitglied": "i am not an ala member",
        "ich bin ala-mitglied": "i am an ala member", "ich bin ala mitglied": "i am an ala member",
        "ich bin kein mitglied": "i am not a member", "ich bin mitglied": "i am a member",
        "ich bin mitglied der ala": "i am an ala member", "kein mitglied": "not a member",
        "nicht mitglied": "not a member", "ala-mitglied": "ala member", "mitglied": "member", "mitglieder": "members",
        "meine mitgliedschaft ist abgelaufen": "my membership expired", "mitgliedschaft": "membership",
        "abgelaufen": "expired", "ausgelaufen": "lapsed", "verfallen": "lapsed", "landesverband": "state association",
        "landesverbands": "state association", "landesverbandes": "state association",
        "bibliotheksverband": "library association", "fertig": "done", "bibliothek": "library",
        "in der bibliothek": "in a library", "wie viel kostet es": "how much does it cost",
        "wie viel kostet das": "how much does it cost", "wie viel kostet": "how much does it cost",
        "was kostet es": "how much does it cost", "was kostet das": "how much does it cost",
        "was kostet": "how much does it cost", "wieviel kostet": "how much does it cost",
        "wie viel muss ich zahlen": "how much do i pay", "wie viel muss ich bezahlen": "how much do i pay",
        "wie viel zahle ich": "how much do i pay", "was zahle ich": "how much do i pay",
        "wie viel": "how much", "wieviel": "how much", "wie viele": "how many", "wie lange": "how long",
        "wann muss ich erneuern": "when do i need to renew", "wann muss ich verlangern": "when do i need to renew",
        "wann muss ich verlaengern": "when do i need to renew", "wann": "when", "bis wann": "by when",
        "bis wann muss ich fertig sein": "by when do i have to finish", "danke": "thanks", "vielen dank": "thanks",
        "und": "and", "oder": "or", "ich habe schon": "i have already", "habe ich schon": "i have already",
        "ich habe": "i have", "habe ich": "i have", "habe": "have", "abgeschlossen": "completed",
        "ich habe abgeschlossen": "i completed", "erledigt": "done", "bestanden": "passed",
        "nicht bestanden": "failed", "durchgefallen": "failed", "mache ich gerade": "i am taking now",
        "ich mache gerade": "i am taking now", "ich belege gerade": "i am taking now", "belege ich gerade": "i am taking now",
        "mache gerade": "am taking now", "in bearbeitung": "in progress", "lauft noch": "in progress",
        "laeuft noch": "in progress", "gerade": "now", "angefangen": "started", "begonnen": "started",
        "abgebrochen": "withdrew", "zuruckgezogen": "withdrew", "zurueckgezogen": "withdrew", "aufgehort": "withdrew",
        "kostet": "costs", "kosten": "costs", "gebuhr": "fee", "gebuhren": "fees", "gebuehr": "fee",
        "gebuehren": "fees", "zahlen": "pay", "bezahlen": "pay", "insgesamt": "in total", "gesamt": "total",
        "zusammen": "in total", "jeweils": "each", "pro kurs": "per course", "je kurs": "per course",
        "stipendium": "grant", "zuschuss": "grant", "forderung": "grant", "foerderung": "grant",
        "die halfte": "half", "die haelfte": "half", "halfte": "half", "haelfte": "half",
        "ich habe mich eingeschrieben": "i enrolled", "ich habe mich angemeldet": "i enrolled",
        "ich habe mich registriert": "i enrolled", "eingeschrieben": "enrolled", "angemeldet": "enrolled",
        "frist": "deadline", "abgabefrist": "deadline", "habe ich noch zeit": "do i still have time",
        "noch zeit": "still time", "verlangern": "renew", "verlaengern": "renew", "verlangerung": "renewal",
        "verlaengerung": "renewal", "erneuerung": "renewal", "rezertifizierung": "renewal",
        "fur die verlangerung": "for the renewal", "fuer die verlaengerung": "for the renewal",
        "fur die erneuerung": "for the renewal", "fuer die erneuerung": "for the renewal",
        "konferenztage": "conference days", "konferenztag": "conference day", "konferenz": "conference",
        "tagung": "conference", "webinare": "webinars", "fortbildung": "workshop", "sitzung": "session",
        "sitzungen": "sessions", "leistungspunkte": "credits", "kurs": "course", "kurse": "courses",
        "zur technologie": "on technology", "uber technologie": "on technology", "ueber technologie": "on technology",
        "technologie": "technology", "ich arbeite": "i work", "arbeite": "work", "ich habe gearbeitet": "i worked",
        "gearbeitet": "worked", "ehrenamtlich": "volunteer", "als ehrenamtliche": "as a volunteer",
        "als ehrenamtlicher": "as a volunteer", "freiwillig": "volunteer", "bezahlte stelle": "paid job",
        "bezahlten stelle": "paid job", "bezahlt": "paid", "bis jetzt": "until now", "bis heute": "until now",
        "jetzt": "now", "heute": "today", "bin ich berechtigt": "am i eligible", "bin ich zugelassen": "am i eligible",
        "reicht das": "is that enough", "seit": "for", "hallo zusammen": "hi everyone", "hallo": "hi", "im": "in",
        "mein kollege": "my coworker", "meine kollegin": "my coworker", "kollegin": "coworker", "kollege": "coworker",
        "meine mitarbeiterin": "my employee", "mein mitarbeiter": "my employee", "sie hat": "she has",
        "er hat": "he has", "hat": "has", "kein ala-mitglied": "not an ala member", "kein ala mitglied": "not an ala member", "landesverband-mitglied": "state association member", "ich bin mitglied im landesverband": "i am a state association member", "ich bin im landesverband": "i am a state association member", "mitglied im landesverband": "state association member", "fur mich": "for me", "fuer mich": "for me", "mich": "", "bei": "in", "von": "of", "kursen": "courses", "ich wurde": "i was", "zertifiziert": "certified", "erneuern": "renew",
        "ich": "i", "noch": "still", "schon": "already", "auch": "also", "mit": "with", "fur": "for", "fuer": "for",
        "wenn": "if", "nicht": "not", "kein": "no", "ist": "is", "bin": "am", "aber": "but", "dann": "then",
        "eins": "one", "ein": "a", "eine": "a", "einem": "a", "zwei": "two", "drei": "three", "vier": "four",
        "funf": "five", "fuenf": "five", "sechs": "six", "sieben": "seven", "acht": "eight", "neun": "nine",
        "zehn": "ten", "januar": "january", "jaenner": "january", "februar": "february", "marz": "march",
        "maerz": "march", "mai": "may", "juni": "june", "juli": "july", "oktober": "october", "dezember": "december",
        # the FAQ's topics: must and required, members, enrolling, abroad, contact, how long, credit toward a master's,
        # valid, refund, portfolio, approved courses, discounts, who runs and funded it, worth it, a diploma, a title
        "muss ich": "do i have to", "sein": "be", "mitglied sein": "be a member", "um mich anzumelden": "to enroll",
        "anzumelden": "enroll", "anmelden": "enroll", "anmeldung": "enrollment", "bewerben": "apply",
        "pflicht": "required", "erforderlich": "required", "ich wohne in": "i live in", "wohne": "live",
        "aus dem ausland": "from abroad", "im ausland": "abroad", "ausland": "abroad",
        "einem anderen land": "another country", "ausserhalb der usa": "outside the us", "kann ich": "can i",
        "machen": "do", "kontakt": "contact", "e-mail-adresse": "email address", "telefonnummer": "phone number",
        "an wen": "who", "ruckerstattung": "refund", "geld zuruck": "money back", "masterstudium": "master's degree",
        "gultig": "valid", "lauft ab": "expires", "lohnt sich": "is it worth it", "gehaltserhohung": "raise",
        "beforderung": "promotion", "titel": "title", "anerkannte kurse": "approved courses",
        "wo finde ich": "where do i find", "wer leitet": "who runs", "bekomme ich": "do i get",
        "nicht berechtigt bin": "am not eligible",
    },
    "pt": {
        "o que falta pra mim": "what is left for me", "o que falta para mim": "what is left for me",
        "o que falta": "what is left", "o que ainda falta": "what is left", "o que me falta": "what is left",
        "o que ainda me falta": "what is left", "o que ainda preciso": "what else do i need",
        "o que mais eu preciso": "what else do i need", "o que mais preciso": "what else do i need",
        "o que falta pra ela": "what does she still need", "o que falta para ela": "what does she still need",
        "o que falta pra ele": "what does he still need", "o que falta para ele": "what does he still need",
        "quantos faltam": "how many more do i need", "quantas faltam": "how many more do i need",
        "quantos ainda faltam": "how many more do i need", "quais faltam": "what is left", "faltam": "are left",
        "falta": "is left", "eu ja terminei": "i already finished", "eu terminei": "i finished",
        "ja terminei": "i already finished", "terminei": "i finished", "conclui": "i completed",
        "completei": "i completed", "ja fiz": "i already did", "eu fiz": "i did", "terminou": "finished",
        "concluiu": "completed", "passei em": "i passed", "passei": "i passed", "fui aprovada em": "i passed",
        "fui aprovado em": "i passed", "aprovada": "passed", "aprovado": "passed", "reprovei em": "i failed",
        "reprovei": "i failed", "fui reprovada em": "i failed", "fui reprovado em": "i failed",
        "reprovada": "failed", "reprovado": "failed", "comecei": "i started", "iniciei": "i started",
        "desisti de": "i withdrew from", "desisti": "i withdrew", "tranquei": "i withdrew",
        "ainda estou fazendo": "i am still taking", "estou fazendo": "i am taking", "estou cursando": "i am taking",
        "esta fazendo": "is taking", "em andamento": "in progress", "em curso": "in progress",
        "quanto custa": "how much does it cost", "quanto vou pagar": "how much will i pay",
        "quanto eu pago": "how much do i pay", "quanto pago": "how much do i pay", "quanto fica": "how much is it",
        "quanto": "how much", "quantas horas": "how many hours", "quantos": "how many", "quantas": "how many",
        "pagar": "pay", "valor": "cost", "no total": "in total", "ao todo": "in total", "total": "total",
        "cada um": "each", "cada uma": "each", "cada": "each", "por curso": "per course", "bolsa": "grant",
        "auxilio": "grant", "metade": "half", "a metade": "half",
        "horas por semana": "hours a week", "horas semanais": "hours a week", "por semana": "a week",
        "horas": "hours", "hora": "hour", "semanas": "weeks", "semana": "week", "meses": "months", "mes": "month",
        "anos": "years", "ano": "year", "um ano e meio": "a year and a half", "dias": "days", "dia": "day",
        "nao sou membro": "i am not a member", "nao sou socio": "i am not a member", "nao sou socia": "i am not a member",
        "nao sou associada": "i am not a member", "nao sou associado": "i am not a member",
        "sou membro da ala": "i am an ala member", "sou socia da ala": "i am an ala member",
        "sou socio da ala": "i am an ala member", "sou membro": "i am a member", "sou associada": "i am a member",
        "sou associado": "i am a member", "membro": "member", "socia": "member", "socio": "member",
        "minha anuidade venceu": "my membership expired", "minha associacao expirou": "my membership expired",
        "anuidade": "membership", "associacao estadual": "state association", "venceu": "expired",
        "expirou": "expired", "vencida": "expired", "me inscrevi": "i enrolled", "me matriculei": "i enrolled",
        "matriculei": "i enrolled", "inscrita": "enrolled", "inscrito": "enrolled", "matriculada": "enrolled",
        "matriculado": "enrolled", "prazo final": "deadline", "prazo": "deadline", "ainda tenho tempo": "do i still have time",
        "ainda da tempo": "is there still time", "quando": "when", "ate quando": "until when", "renovar": "renew",
        "renovacao": "renewal", "para a renovacao": "for the renewal", "pra renovacao": "for the renewal",
        "quando preciso renovar": "when do i have to renew", "quando tenho que renovar": "when do i have to renew",
        "fui certificada em": "i was certified in", "fui certificado em": "i was certified in",
        "me certifiquei em": "i was certified in", "me certifiquei": "i was certified", "certificada": "certified",
        "certificado": "certified", "creditos": "credits", "credito": "credit", "dias de conferencia": "conference days",
        "conferencia": "conference", "congresso": "conference", "webinarios": "webinars", "webinario": "webinar",
        "oficina": "workshop", "oficinas": "workshops", "sessao": "session", "sessoes": "sessions",
        "trabalho": "i work", "trabalhei": "i worked", "trabalha": "works", "trabalhou": "worked",
        "emprego remunerado": "paid job", "trabalho remunerado": "paid job", "remunerado": "paid",
        "como voluntaria": "as a volunteer", "como voluntario": "as a volunteer", "desde": "since",
        "ate agora": "until now", "ate hoje": "until now", "atualmente": "currently", "agora": "now",
        "biblioteca": "library", "voluntaria": "volunteer", "voluntario": "volunteer", "sou elegivel": "am i eligible",
        "estou elegivel": "am i eligible", "eu": "i", "tambem": "also", "oi pessoal": "hi everyone", "bom dia": "hi", "boa tarde": "hi", "muito obrigada": "thanks a lot", "muito obrigado": "thanks a lot", "ola": "hi",
        "obrigada": "thanks", "obrigado": "thanks", "ainda": "still", "ja": "already", "cada curso": "each course",
        "cursos": "courses", "curso": "course", "taxa": "fee", "e": "and", "em": "in", "com": "with",
        "se nao sou": "if i am not", "qual e o": "what is the", "da taxa": "of the fee", "da associacao estadual": "of the state association", "mas": "but", "para": "for", "qual e a": "what is the", "qual e": "what is", "da ala": "of ala", "sou": "i am", "nao": "not", "preciso": "i need",
        "minha colega": "my coworker", "meu colega": "my coworker", "colega de trabalho": "coworker",
        "minha funcionaria": "my employee", "meu funcionario": "my employee", "ela": "she", "ele": "he",
        "um": "one", "uma": "one", "dois": "two", "duas": "two", "tres": "three", "quatro": "four", "cinco": "five",
        "seis": "six", "sete": "seven", "oito": "eight", "nove": "nine", "dez": "ten",
        "janeiro": "january", "fevereiro": "february", "marco": "march", "abril": "april", "maio": "may",
        "junho": "june", "julho": "july", "agosto": "august", "setembro": "september", "outubro": "october",
        "novembro": "november", "dezembro": "december", "minutos": "minutes", "fiz": "i did",
        "credito semestral": "semester credit", "creditos semestrais": "semester credits", "de tecnologia": "on technology",
        "sobre tecnologia": "on technology", "pra renovar": "to renew", "para renovar": "to renew",
        "quantas horas eu tenho": "how many hours do i have", "falta quanto": "how many more do i need", "tenho": "i have",
        "de": "of",
        "tenho tempo": "do i have time", "para terminar": "to finish", "tempo": "time", "pra terminar": "to finish", "terminar": "finish", "ja passou": "has passed", "passou": "passed", "enrolei": "i enrolled", "qual e o beneficio": "what is the benefit", "beneficio": "benefit", "beneficios": "benefits", "meu diretor": "my director", "minha diretora": "my director", "pergunta": "asks", "como eu renovo": "how do i renew", "meu": "my", "minha": "my",
        # the FAQ's topics: must and required, members, enrolling, abroad, contact, how long, credit toward a master's,
        # valid, refund, portfolio, approved courses, discounts, who runs and funded it, worth it, a diploma, a title
        "preciso ser": "do i need to be", "tenho que ser": "do i have to be", "tem que ser": "do i have to be",
        "e obrigatorio": "is it required", "e obrigatoria": "is it required", "obrigatorio": "required",
        "obrigatoria": "required", "e necessario": "is it required", "necessario": "required", "exigido": "required",
        "exige": "requires", "ser": "be", "membros": "members", "associados": "members", "filiado": "member",
        "filiada": "member", "membro da ala": "an ala member", "associado da ala": "an ala member",
        "associada da ala": "an ala member", "socio da ala": "an ala member", "socia da ala": "an ala member",
        "me associar": "join", "associar": "join", "me filiar": "join",
        "para me inscrever": "to enroll", "pra me inscrever": "to enroll", "me inscrever": "enroll",
        "se inscrever": "enroll", "inscrever": "enroll", "inscricao": "enrollment", "me candidatar": "apply",
        "candidatar": "apply", "se candidatar": "apply", "me cadastrar": "register", "cadastro": "registration",
        "matricula": "enrollment",
        "como faco para": "how do i", "como me inscrevo": "how do i apply",
        "eu moro": "i live", "moro em": "i live in", "moro no": "i live in", "moro na": "i live in", "moro": "i live",
        "morar": "live", "fora dos eua": "outside the us", "fora dos estados unidos": "outside the us",
        "fora do pais": "outside the us", "fora": "outside", "de outro pais": "from another country",
        "em outro pais": "in another country", "outro pais": "another country", "no exterior": "abroad",
        "do exterior": "from abroad", "exterior": "abroad", "estrangeiro": "foreign", "eua": "the us",
        "estados unidos": "the united states", "no brasil": "in brazil", "brasil": "brazil", "mesmo": "even",
        "posso": "can i", "pode": "can", "fazer": "do", "ao": "to the", "no lssc": "in the lssc", "numa": "in a",
        "num": "in a", "os": "the", "nao e": "is not",
        "contato": "contact", "contatar": "contact", "entrar em contato": "get in touch",
        "e-mail de contato": "contact email", "email de contato": "contact email", "telefone": "phone",
        "numero de telefone": "phone number", "endereco de e-mail": "email address",
        "endereco de email": "email address",
        "com quem eu falo": "who do i talk to", "com quem falo": "who do i talk to",
        "a quem eu pergunto": "who do i contact",
        "quem": "who", "alguem": "someone", "programa": "program", "do programa": "of the program",
        "escritorio": "office", "sobre": "about", "tem": "is there",
        "quanto tempo eu tenho": "how long do i have", "quanto tempo tenho": "how long do i have",
        "quanto tempo": "how long", "por quanto tempo": "how long", "limite de tempo": "time limit",
        "concluir": "finish", "para concluir": "to finish", "pra concluir": "to finish", "completar": "complete",
        "todos os": "all the", "todas as": "all the", "todos": "all", "todas": "all",
        "conjuntos de competencias": "competency sets",
        "conjuntos": "sets", "conjunto": "set", "desde a inscricao": "from enrollment",
        "conta como": "counts as", "conta para": "counts toward", "conta pro": "counts toward",
        "vale como": "counts as",
        "no mestrado": "toward a master's degree", "para o mestrado": "toward a master's degree",
        "pro mestrado": "toward a master's degree", "mestrado": "master's degree", "pos-graduacao": "graduate degree",
        "diploma de faculdade": "college degree", "diploma universitario": "college degree", "faculdade": "college",
        "universidade": "university", "valido": "valid", "valida": "valid", "e valido": "is valid",
        "e valida": "is valid",
        "expira": "expires", "quando expira": "when does it expire", "vence": "expires", "dura": "lasts",
        "reembolso": "refund", "reembolsado": "refunded", "reembolsada": "refunded", "dinheiro de volta": "money back",
        "meu dinheiro de volta": "my money back", "se eu nao for": "if i am not", "elegivel": "eligible",
        "recebo": "do i get", "eu recebo": "do i get", "preciso de": "do i need",
        "preciso completar": "do i need to complete", "receber": "get", "vou ganhar": "will i get", "ganho": "do i get",
        "portifolio": "portfolio", "em vez de": "instead of", "ao inves de": "instead of", "no lugar de": "instead of",
        "enviar": "submit", "cursos aprovados": "approved courses", "curso aprovado": "approved course",
        "aprovados": "approved", "aula": "class", "aulas": "classes", "onde encontro": "where do i find",
        "onde acho": "where do i find", "onde": "where", "a distancia": "online",
        "custa": "costs", "custo": "cost", "desconto": "discount", "descontos": "discounts", "preco": "price",
        "mais barato": "cheaper", "para membros": "for members", "pra membros": "for members",
        "quem administra": "who runs", "quem organiza": "who runs", "quem coordena": "who runs", "administra": "runs",
        "quem financiou": "who funded", "financiou": "funded", "financiamento": "funding", "criacao": "creation",
        "a criacao": "the creation", "do lssc": "of the lssc",
        "quando comecou": "when did it start", "comecou": "started", "quando foi criado": "when was it created",
        "foi criado": "was created", "criado": "created",
        "vale a pena": "is it worth it", "aumento de salario": "raise", "aumento salarial": "raise", "aumento": "raise",
        "promocao": "promotion", "vantagem": "benefit", "vantagens": "benefits", "salario": "salary", "ou": "or",
        "ensino medio": "high school", "experiencia": "experience", "requisitos": "requirements",
        "nao tenho": "i do not have",
        "titulo": "title", "que titulo": "what title", "qual titulo": "what title", "designacao": "designation",
        "o certificado": "the certificate", "esse certificado": "this certificate", "esse": "this",
        "essa": "this", "biblioteconomia": "library science", "um certificado": "a certificate",
        "certificacao": "certification",
        "quando termino": "when i finish", "o que": "what", "qual": "what", "qual o": "what is the", "quais": "what",
        "quais sao": "what are", "quais as": "what are the", "dos associados": "of the members", "na": "in the",
        "e exigido": "is it required",
        "filiacao": "membership", "mora": "lives", "e possivel": "is it possible", "possivel": "possible",
        "do escritorio": "of the office", "quanto tempo leva": "how long does it take", "o mesmo": "the same",
        "quero": "i want", "quer": "wants", "vou": "i will", "serei": "will i be", "terei": "will i get",
        "da pra": "can i",
        "conta": "counts", "do estado": "of the state", "o meu": "my", "mandar": "send",
    },
    "pl": {  # "ł" is read "l", as people write it without Polish keys
        "zapisalam sie": "i enrolled", "zapisalem sie": "i enrolled", "do kiedy musze skonczyc": "when do i need to finish",
        "do kiedy": "by when", "wszystkie kursy": "all the sets", "ukonczylam": "i finished", "ukonczylem": "i finished",
        "skonczylam": "i finished", "skonczylem": "i finished", "zaliczylam": "i passed", "zaliczylem": "i passed",
        "zdalam": "i passed", "zdalem": "i passed", "nie zdalam": "i failed", "nie zdalem": "i failed",
        "oblalam": "i failed", "oblalem": "i failed", "nie zaliczylam": "i failed", "nie zaliczylem": "i failed",
        "zaczelam": "i started", "zaczelem": "i started", "rozpoczelam": "i started", "rozpoczelem": "i started",
        "zrezygnowalam z": "i withdrew from", "zrezygnowalem z": "i withdrew from", "zrezygnowalam": "i withdrew",
        "zrezygnowalem": "i withdrew", "wycofalam sie z": "i withdrew from", "wycofalem sie z": "i withdrew from",
        "jestem w trakcie": "i am taking", "teraz robie": "i am taking now", "robie teraz": "i am taking now",
        "robie": "i am taking", "w trakcie": "in progress", "ukonczone": "completed", "zaliczone": "completed",
        "mam zaliczone": "i have completed", "mam ukonczone": "i have completed",
        "ona ukonczyla": "she finished", "on ukonczyl": "he finished", "ukonczyla": "finished", "ukonczyl": "finished",
        "co mi zostalo": "what is left", "co mi jeszcze zostalo": "what is left", "co jeszcze mi zostalo": "what is left",
        "co mi pozostalo": "what is left", "czego mi brakuje": "what is left", "czego mi jeszcze brakuje": "what is left",
        "co jeszcze musze zrobic": "what else do i need", "czego jej brakuje": "what does she still need",
        "co jej zostalo": "what does she still need", "czego mu brakuje": "what does he still need",
        "ile mi zostalo": "how many more do i need", "ile jeszcze": "how many more",
        "ile mi brakuje do": "how many more do i need to reach", "ile mi brakuje": "how many more do i need",
        "ile kosztuje": "how much does it cost", "ile zaplace": "how much will i pay",
        "ile musze zaplacic": "how much do i pay", "ile place": "how much do i pay", "ile to kosztuje": "how much does it cost",
        "oplata": "fee", "oplaty": "fee", "na polowe": "for half", "mam stypendium": "i have a grant", "oplate": "fee", "lacznie": "in total", "razem": "in total",
        "w sumie": "in total", "kazdy": "each", "kazda": "each", "za kurs": "per course", "na kurs": "per course",
        "kursy": "courses", "kursow": "courses", "kurs": "course", "stypendium": "grant", "dofinansowanie": "grant",
        "polowe": "half", "polowa": "half", "polowy": "half",
        "godzin tygodniowo": "hours a week", "godzin w tygodniu": "hours a week", "godziny tygodniowo": "hours a week",
        "godziny w tygodniu": "hours a week", "tygodniowo": "a week", "w tygodniu": "a week",
        "godzin": "hours", "godziny": "hours", "godzine": "hour", "godzina": "hour",
        "tygodni": "weeks", "tygodnie": "weeks", "tydzien": "week", "miesiecy": "months", "miesiace": "months",
        "miesiac": "month", "lat": "years", "lata": "years", "rok": "year", "roku": "year", "poltora roku": "a year and a half",
        "minut": "minutes", "minuty": "minutes", "nie jestem czlonkiem": "i am not a member",
        "nie jestem czlonkiem ala": "i am not an ala member", "jestem czlonkiem ala": "i am an ala member",
        "nie jestem czlonkinia": "i am not a member", "jestem czlonkinia": "i am a member",
        "jestem czlonkiem": "i am a member", "czlonkiem": "member", "czlonkinia": "member", "czlonek": "member",
        "do odnowienia": "for renewal", "odnowienie": "renewal", "odnowic": "renew",
        "kiedy musze odnowic": "when do i have to renew", "certyfikat": "certificate",
        "dostalam certyfikat": "i was certified", "dostalem certyfikat": "i was certified",
        "mam": "i have", "dni konferencji": "conference days", "dzien konferencji": "conference day",
        "dni": "days", "dzien": "day", "konferencji": "conference", "konferencja": "conference",
        "webinary": "webinars", "webinarow": "webinars", "warsztaty": "workshop", "warsztat": "workshop",
        "warsztatow": "workshops", "sesja": "session", "sesje": "sessions", "sesji": "sessions", "punkty": "credits",
        "o technologii": "on technology", "z technologii": "on technology",
        "pracuje": "i work", "pracowalam": "i worked", "pracowalem": "i worked", "w bibliotece": "in a library",
        "wolontariat": "volunteer", "jako wolontariuszka": "as a volunteer", "jako wolontariusz": "as a volunteer",
        "wolontariuszka": "volunteer", "wolontariusz": "volunteer", "platna praca": "paid job",
        "platnej pracy": "paid job", "platnie": "paid", "przez": "for", "od": "since", "do teraz": "until now",
        "do dzis": "until now", "do dzisiaj": "until now", "obecnie": "currently", "teraz": "now",
        "termin": "deadline", "ostateczny termin": "deadline", "czy mam jeszcze czas": "do i still have time",
        "czy zdaze": "do i still have time", "zapisana": "enrolled", "zapisany": "enrolled",
        "czy jestem uprawniona": "am i eligible", "czy jestem uprawniony": "am i eligible", "czesc": "hi",
        "dziekuje": "thanks", "w styczniu": "in january", "w lutym": "in february", "w marcu": "in march",
        "w kwietniu": "in april", "w maju": "in may", "w czerwcu": "in june", "w lipcu": "in july",
        "w sierpniu": "in august", "we wrzesniu": "in september", "w pazdzierniku": "in october",
        "w listopadzie": "in november", "w grudniu": "in december", "stycznia": "january", "lutego": "february",
        "marca": "march", "kwietnia": "april", "maja": "may", "czerwca": "june", "lipca": "july", "sierpnia": "august",
        "wrzesnia": "september", "pazdziernika": "october", "listopada": "november", "grudnia": "december",
        "styczen": "january", "luty": "february", "marzec": "march", "kwiecien": "april", "maj": "may",
        "czerwiec": "june", "lipiec": "july", "sierpien": "august", "wrzesien": "september", "pazdziernik": "october",
        "listopad": "november", "grudzien": "december",
        "jeden": "one", "jedna": "one", "dwa": "two", "dwie": "two", "trzy": "three", "cztery": "four", "piec": "five",
        "szesc": "six", "siedem": "seven", "osiem": "eight", "dziewiec": "nine", "dziesiec": "ten",
        "ile": "how many", "brakuje": "missing", "zostalo": "left", "pozostalo": "left", "i": "and",
        "moja kolezanka": "my coworker", "moj kolega": "my coworker", "kolezanka z pracy": "coworker",
        "kolega z pracy": "coworker", "kolezanka": "coworker", "moja pracownica": "my employee",
        "moj pracownik": "my employee", "ona": "she", "moje": "my", "moja": "my", "moj": "my",
        "czlonkostwo": "membership", "wygaslo": "lapsed", "wygasla": "lapsed", "stowarzyszenie stanowe": "state association",
        "stanowego stowarzyszenia": "state association", "stanowym stowarzyszeniu": "state association",
        "w zeszlym roku": "last year", "jestem": "i am", "nie": "not", "jeszcze": "still", "juz": "already",
        "tez": "also", "bylam": "i was", "bylem": "i was", "za": "for", "kiedy": "when", "musze": "do i have to", "czy": "", "co": "what", "ma": "has",
        "ile to razem": "what is the total", "po": "at", "planuje": "i am planning", "potrzebuje": "i need", "czy moge": "can i", "czy musze": "do i have to", "ile czasu": "how long", "jak": "how",
        # the FAQ's topics: must and required, members, enrolling, abroad, contact, how long, credit toward a master's,
        # valid, refund, portfolio, approved courses, discounts, who runs and funded it, worth it, a diploma, a title
        "czy trzeba": "do i need to", "trzeba": "need to", "czy musze byc": "do i have to be",
        "musze byc": "do i have to be",
        "trzeba byc": "do i need to be", "musi byc": "does it have to be", "byc": "be", "wymagane": "required",
        "wymagany": "required", "wymagana": "required", "jest wymagane": "is required", "jest wymagany": "is required",
        "obowiazkowe": "mandatory", "obowiazkowy": "mandatory", "konieczne": "required", "potrzebne": "needed",
        "wymagania": "requirements", "nie spelnie wymagan": "i do not meet the requirements",
        "spelniam wymagania": "i meet the requirements", "jest": "is",
        "czlonkow": "members", "dla czlonkow": "for members", "czlonkowie": "members", "czlonkiem ala": "an ala member",
        "czlonkostwo w ala": "ala membership", "byc czlonkiem": "be a member", "dolaczyc do ala": "join ala",
        "wstapic do ala": "join ala",
        "zapisac sie": "enroll", "sie zapisac": "enroll", "zeby sie zapisac": "to enroll",
        "zeby zapisac sie": "to enroll",
        "zapisac sie na": "enroll in", "na lssc": "for lssc", "zapisy": "enrollment", "od zapisania": "from enrollment",
        "od zapisu": "from enrollment",
        "zglosic sie": "apply", "sie zglosic": "apply", "zglosic sie do": "apply to",
        "sie zglosic do": "apply to", "aplikowac": "apply", "zlozyc wniosek": "apply",
        "wniosek": "application", "zarejestrowac sie": "register", "rejestracja": "registration", "zeby": "to",
        "aby": "to", "sie": "",
        "mieszkam w": "i live in", "mieszkam w polsce": "i live in poland", "polsce": "poland", "mieszkam": "i live",
        "w polsce": "in poland", "z polski": "from poland",
        "spoza usa": "from outside the us", "poza usa": "outside the us", "spoza stanow": "from outside the us",
        "poza stanami": "outside the us", "z zagranicy": "from abroad", "za granica": "abroad",
        "z innego kraju": "from another country", "w innym kraju": "in another country", "inny kraj": "another country",
        "kraju": "country", "zrobic": "do", "moge": "i can",
        "kontakt": "contact", "kontaktowy": "contact", "skontaktowac sie": "contact", "sie skontaktowac": "contact",
        "z kim": "who", "do kogo": "who", "kogo zapytac": "who do i contact", "adres e-mail": "email address",
        "adres email": "email address", "adres mailowy": "email address", "numer telefonu": "phone number",
        "telefon": "phone", "biuro": "office", "do biura": "of the office", "programu": "of the program",
        "w sprawie": "about", "jaki jest": "what is", "jaki": "what", "jakie sa": "what are", "jakie": "what",
        "jak dlugo": "how long", "ile mam czasu": "how long do i have", "na ukonczenie": "to finish",
        "ukonczenie": "finishing", "ukonczyc": "finish", "skonczyc": "finish", "limit czasu": "time limit",
        "czasu": "time", "czas": "time", "wszystkich": "all", "wszystkie": "all", "szesciu": "six",
        "po ukonczeniu": "after finishing", "musze ukonczyc": "do i need to complete",
        "liczy sie do": "counts toward", "liczy sie jako": "counts as", "liczy sie": "counts", "sie liczy": "counts",
        "liczy": "counts",
        "zalicza sie do": "counts toward", "jako": "as", "na studia magisterskie": "toward a master's degree",
        "studia magisterskie": "master's degree", "studiow magisterskich": "master's degree",
        "magisterium": "master's degree",
        "dyplom studiow": "college degree", "dyplomu studiow": "college degree", "studia": "college",
        "studiow": "college",
        "dyplom": "diploma", "dyplomu": "diploma", "matura": "high school diploma", "matury": "high school diploma",
        "szkoly sredniej": "high school", "szkola srednia": "high school", "wystarczy": "is enough",
        "wazny": "valid", "wazna": "valid", "wazne": "valid", "jest wazny": "is valid", "wygasa": "expires",
        "kiedy wygasa": "when does it expire",
        "zwrot pieniedzy": "refund", "zwrot oplaty": "refund", "zwrot": "refund", "dostane": "will i get",
        "czy dostane": "will i get", "otrzymam": "will i get", "jesli": "if", "jezeli": "if", "pieniedzy": "money",
        "zamiast": "instead of", "wyslac": "submit", "przeslac": "submit", "robic": "take",
        "zatwierdzone kursy": "approved courses", "zatwierdzony kurs": "approved course",
        "zatwierdzonych kursow": "approved courses", "zatwierdzone": "approved", "zatwierdzony": "approved",
        "zajecia": "classes", "gdzie znajde": "where do i find", "gdzie znalezc": "where do i find", "gdzie": "where",
        "znizka": "discount", "znizki": "discount", "znizke": "discount", "rabat": "discount", "koszt": "cost",
        "kosztuje": "costs", "taniej": "cheaper", "cena": "price",
        "kto prowadzi": "who runs", "kto zarzadza": "who runs", "kto organizuje": "who runs", "prowadzi": "runs",
        "kto": "who", "kto sfinansowal": "who funded", "kto finansowal": "who funded", "sfinansowal": "funded",
        "powstanie": "the creation", "kiedy powstal": "when did it start", "powstal": "started",
        "kiedy sie zaczal": "when did it start",
        "czy warto": "is it worth it", "warto": "worth it", "czy sie oplaca": "is it worth it",
        "oplaca sie": "is it worth it", "korzysci": "benefits", "korzysc": "benefit", "podwyzke": "raise",
        "podwyzka": "raise", "awans": "promotion", "albo": "or", "lub": "or",
        "doswiadczenie": "experience", "doswiadczenia": "experience", "uprawniony": "eligible",
        "uprawniona": "eligible",
        "kwalifikuje sie": "am i eligible",
        "tytul": "title", "jaki tytul": "what title", "oznaczenie": "designation", "certyfikacja": "certification",
        "ile zestawow": "how many sets", "ile zestawow kompetencji": "how many competency sets",
        "zestawow kompetencji": "competency sets", "zestawy kompetencji": "competency sets",
        "zestawow": "sets", "zestawy": "sets", "kompetencji": "competency", "sa": "are",
        "mature": "high school diploma", "jaka": "what", "tylko": "only", "ale": "but",
        "z biurem": "with the office", "mniej": "less", "chce": "i want", "mozna": "can i",
        "do programu": "to the program",
    },
    "vi": {  # "đ" is read "d", as people write it without Vietnamese keys; "nam" is "year", "năm" (five) only before a noun
        "em con thieu gi nua": "what is left", "con thieu gi nua": "what is left", "con thieu gi": "what is left",
        "thieu gi": "what is left", "con lai gi": "what is left", "con can gi nua": "what else do i need",
        "can gi nua": "what else do i need", "con bao nhieu": "how many more", "con thieu": "still need",
        "con lai": "left", "em da xong": "i finished", "da xong": "finished", "xong roi": "done", "xong": "finished",
        "da hoan thanh": "completed", "hoan thanh": "completed", "da dau": "passed", "da qua": "passed",
        "da dat": "passed", "khong dat": "failed", "bi rot": "failed", "da rot": "failed", "rot": "failed",
        "truot": "failed", "da bat dau": "started", "bat dau": "started", "da rut": "withdrew", "rut khoi": "withdrew from",
        "bo ngang": "withdrew", "em dang hoc": "i am taking", "dang hoc": "is in progress", "dang lam": "is in progress",
        "bao nhieu tien": "how much does it cost", "het bao nhieu": "how much in total",
        "phai tra bao nhieu": "how much do i pay", "tra bao nhieu": "how much do i pay",
        "dong bao nhieu": "how much do i pay", "bao nhieu": "how much", "tong cong": "in total", "tong": "total",
        "le phi": "fee", "hoc phi": "course fee", "phi": "fee", "moi khoa": "each course", "moi mon": "each course",
        "moi cai": "each", "moi buoi": "each session", "moi": "each", "hoc bong": "grant", "tai tro": "grant",
        "mot nua": "half", "nua phi": "half the fee",
        "khoa hoc": "courses", "khoa": "courses", "em khong phai la thanh vien": "i am not a member",
        "khong phai la thanh vien": "not a member", "khong phai thanh vien": "not a member",
        "khong phai hoi vien": "not a member", "em la thanh vien": "i am a member", "em la hoi vien": "i am a member",
        "thanh vien": "member", "hoi vien": "member", "het han": "expired", "hiep hoi tieu bang": "state association",
        "hoi thu vien tieu bang": "state association",
        "thanh vien ala": "ala member", "hoi vien ala": "ala member", "khong phai thanh vien ala": "not an ala member",
        "khong phai hoi vien ala": "not an ala member", "em la thanh vien ala": "i am an ala member",
        "em la hoi vien ala": "i am an ala member", "hoi vien ala cua em het han": "my ala membership expired",
        "hoi vien cua em het han": "my membership expired", "the hoi vien": "membership", "tu cach hoi vien": "membership",
        "co ay con thieu gi": "what does she still need", "chi ay con thieu gi": "what does she still need",
        "anh ay con thieu gi": "what does he still need", "neu": "if", "phai": "have to", "de gia han": "for the renewal",
        "gio moi tuan": "hours a week", "gio mot tuan": "hours a week", "tieng moi tuan": "hours a week",
        "tieng mot tuan": "hours a week", "moi tuan": "a week", "mot tuan": "a week", "gio": "hours", "tuan": "weeks",
        "thang": "months", "nam": "years", "ngay": "days", "phut": "minutes", "nam khoa": "five courses",
        "nam gio": "five hours", "nam tuan": "five weeks", "nam thang": "five months", "nam nam": "five years",
        "khi nao": "when", "bao gio": "when", "han chot": "deadline", "han cuoi": "deadline",
        "con kip khong": "is there still time", "con thoi gian khong": "is there still time",
        "con thoi gian": "still time", "em dang ky": "i enrolled", "dang ky": "enrolled", "gia han": "renew",
        "cap lai": "renew", "chung chi": "certificate", "duoc cap chung chi": "was certified",
        "tin chi": "credits", "hoi nghi": "conference", "hoi thao truc tuyen": "webinar", "hoi thao": "workshop",
        "buoi": "sessions", "ve cong nghe": "on technology", "cong nghe": "technology",
        "em co du dieu kien khong": "am i eligible", "co du dieu kien khong": "am i eligible", "du dieu kien": "eligible",
        "lam viec": "work", "thu vien": "library", "lam tinh nguyen": "volunteer", "tinh nguyen vien": "volunteer",
        "tinh nguyen": "volunteer", "cong viec co luong": "paid job", "viec co luong": "paid job", "co luong": "paid",
        "tu": "since", "den nay": "until now", "den bay gio": "until now", "hien tai": "currently", "hien nay": "currently",
        "dong nghiep cua em": "my coworker", "dong nghiep": "coworker", "nhan vien cua em": "my employee",
        "nhan vien": "employee", "co ay": "she", "chi ay": "she", "anh ay": "he", "cua em": "my",
        "mot": "one", "hai": "two", "ba": "three", "bon": "four", "sau": "six", "bay": "seven", "tam": "eight",
        "chin": "nine", "muoi": "ten", "chao moi nguoi": "hi everyone", "cam on": "thanks", "va": "and",
        "em cung": "i also", "cung": "also", "toi": "i", "minh": "i", "em": "i", "khong": "not", "chua": "not yet",
        "co": "have", "duoc": "", "da": "", "a": "", "roi": "", "nua": "", "thi": "", "la": "is",
        "phan tram": "percent", "bao nhieu phan tram": "what percent", "hoi truoc": "back then",
        "truoc day": "before", "voi": "with", "lam sao de": "how do i", "de": "to", "lam sao": "how", "cho": "for",
        "con toi": "my child", "the thu vien": "library card", "bao lau": "how long",
        "gia han khi nao": "when do i renew",
        # the FAQ's topics: must and required, members, enrolling, abroad, contact, how long, credit toward a master's,
        # valid, refund, portfolio, approved courses, discounts, who runs and funded it, worth it, a diploma, a title
        "bat buoc": "required", "co bat buoc": "is it required", "bat buoc phai": "have to", "phai la": "have to be",
        "co can phai": "do i need to", "co can phai la": "do i need to be", "can phai": "need to",
        "co can": "do i need", "em can": "i need",
        "minh can": "i need", "toi can": "i need", "can hoan thanh": "need to complete",
        "em can hoan thanh": "do i need to complete", "yeu cau": "required",
        "co yeu cau": "is it required", "lam hoi vien": "be a member", "tro thanh hoi vien": "become a member",
        "gia nhap": "join",
        "nop don": "apply", "nop ho so": "apply", "ung tuyen": "apply", "tham gia": "join", "co the": "can",
        "em co the": "can i", "minh co the": "can i", "toi co the": "can i", "co duoc khong": "is that allowed",
        "duoc khong": "is that allowed", "co duoc": "can i",
        "song o": "live in", "em song o": "i live in", "o viet nam": "in vietnam", "viet nam": "vietnam", "o": "in",
        "nuoc ngoai": "abroad", "tu nuoc ngoai": "from abroad", "o nuoc ngoai": "abroad",
        "ngoai nuoc my": "outside the us",
        "o ngoai nuoc my": "outside the us", "ngoai my": "outside the us", "ngoai hoa ky": "outside the us",
        "nuoc my": "the us", "hoa ky": "the us", "nuoc khac": "another country", "quoc gia khac": "another country",
        "nguoi": "people", "lam o": "work in",
        "lien he": "contact", "lien lac": "contact", "thong tin lien lac": "contact info", "muon": "want",
        "nam nao": "what year", "thong tin lien he": "contact info", "so dien thoai": "phone number",
        "dien thoai": "phone", "dia chi email": "email address", "email lien he": "contact email",
        "hoi ai": "who do i contact", "muon hoi ai": "who do i contact", "hoi ai ve": "who do i contact about",
        "ai": "who", "van phong": "office", "chuong trinh": "program", "cua": "of",
        "cua chuong trinh": "of the program",
        "la gi": "what is", "gi": "what", "cho em xin": "may i have", "cho minh xin": "may i have",
        "cho em hoi": "may i ask", "cho minh hoi": "may i ask", "cho toi hoi": "may i ask", "muon hoi": "want to ask",
        "ve": "about", "vay": "", "moi nguoi": "everyone",
        "co bao lau": "how long do i have", "em co bao lau": "how long do i have", "trong bao lau": "how long",
        "mat bao lau": "how long does it take", "thoi han": "time limit", "thoi gian": "time",
        "de hoan thanh": "to complete", "tat ca": "all", "cac": "the", "bo nang luc": "competency sets",
        "nang luc": "competency", "bao nhieu bo": "how many sets", "bao nhieu bo nang luc": "how many competency sets",
        "duoc tinh": "count", "tinh vao": "count toward", "tinh la": "count as", "vao": "toward", "tinh": "count",
        "thac si": "master's degree", "bang thac si": "master's degree", "cao hoc": "master's degree",
        "chuong trinh thac si": "master's degree", "hieu luc": "valid", "co hieu luc": "is valid",
        "khi nao het han": "when does it expire",
        "hoan tien": "refund", "hoan lai tien": "refund", "tra lai tien": "refund", "duoc hoan tien": "get a refund",
        "lay lai tien": "get my money back", "tien": "money",
        "ho so nang luc": "portfolio", "nop ho so nang luc": "submit a portfolio", "thay vi": "instead of",
        "nop": "submit", "hoc": "take",
        "duoc cong nhan": "approved", "cong nhan": "approved", "duoc phe duyet": "approved", "phe duyet": "approved",
        "duoc duyet": "approved", "lop hoc": "class", "truc tuyen": "online", "o dau": "where",
        "tim o dau": "where do i find", "tim": "find",
        "chi phi": "cost", "giam gia": "discount", "uu dai": "discount", "gia": "price", "re hon": "cheaper",
        "la bao nhieu": "how much is it",
        "ai quan ly": "who runs", "ai to chuc": "who runs", "ai dieu hanh": "who runs", "ai tai tro": "who funded",
        "tao ra": "create", "ra doi": "started", "bat dau tu khi nao": "when did it start", "tu khi nao": "since when",
        "thanh lap": "founded",
        "co dang khong": "is it worth it", "dang khong": "is it worth it", "co xung dang": "is it worth it",
        "xung dang": "worth it", "loi ich": "benefit", "co loi ich gi": "what is the benefit", "tang luong": "raise",
        "thang chuc": "promotion", "thang tien": "promotion", "hay": "or", "hoac": "or",
        "bang dai hoc": "college degree", "dai hoc": "college", "bang tot nghiep trung hoc": "high school diploma",
        "tot nghiep trung hoc": "high school diploma", "bang tot nghiep": "diploma", "trung hoc": "high school",
        "kinh nghiem": "experience", "kinh nghiem thu vien": "library experience", "chi co": "only have",
        "danh hieu": "title", "chuc danh": "title", "nhan duoc": "get", "em nhan duoc": "do i get",
    },
    "hi": {  # romanized Hindi (Hinglish) as typed, and the commonest words in Devanagari
        "ab kya bacha hai": "now what is left", "kya bacha hai": "what is left", "kya baaki hai": "what is left",
        "kya baki hai": "what is left", "kya kya baaki hai": "what is left", "kya kya bacha hai": "what is left",
        "kya reh gaya hai": "what is left", "kya reh gaya": "what is left", "kya rah gaya": "what is left",
        "aur kya chahiye": "what else do i need", "ab kya karna hai": "what else do i need",
        "kitne baaki hain": "how many more do i need", "kitne baki hain": "how many more do i need",
        "kitne bache hain": "how many more do i need", "aur kitne chahiye": "how many more do i need",
        "use kya chahiye": "what does she still need", "usko kya chahiye": "what does she still need",
        "baaki": "left", "baki": "left", "bacha": "left", "bache": "left",
        "pura kar liya hai": "completed", "pura kar liya": "completed", "poora kar liya": "completed",
        "pura ho gaya": "completed", "poora ho gaya": "completed", "khatam kar liya": "finished",
        "khatam ho gaya": "finished", "kar liya hai": "finished", "kar liya": "finished", "kar li hai": "finished",
        "kar li": "finished", "ho gaya": "done", "ho gayi": "done", "pass kar liya": "passed",
        "pass ho gaya": "passed", "pass ho gayi": "passed", "pass hua": "passed", "pass hui": "passed",
        "fail ho gaya": "failed", "fail ho gayi": "failed", "fail hua": "failed", "fail hui": "failed",
        "chal raha hai": "is in progress", "chal rahi hai": "is in progress", "kar rahi hoon": "i am taking",
        "kar raha hoon": "i am taking", "kar rahi hu": "i am taking", "kar raha hu": "i am taking",
        "kar rahi hai": "is taking", "kar raha hai": "is taking", "shuru kiya tha": "started", "shuru kiya": "started",
        "shuru ki": "started", "chhod diya": "withdrew", "chod diya": "withdrew", "beech mein chhod diya": "withdrew",
        "kitna lagega": "how much does it cost", "kitna hoga": "how much will it be", "kitne paise": "how much",
        "kitna dena hoga": "how much do i pay", "kitna dena padega": "how much do i pay",
        "kitna pay karna hoga": "how much do i pay", "kitni fees": "how much is the fee", "fees kitni hai": "how much is the fee",
        "kitna": "how much", "kitni": "how much", "kitne": "how many", "shulk": "fee", "kul milakar": "in total",
        "kul": "total", "har course": "each course", "har ek": "each", "prati course": "per course",
        "grant mila": "i got a grant", "aadha": "half", "aadhi": "half", "adha": "half", "adhi": "half",
        "ala member nahi hoon": "i am not an ala member", "ala ki member nahi hoon": "i am not an ala member",
        "ala member nahi hu": "i am not an ala member", "member nahi hoon": "i am not a member",
        "member nahi hu": "i am not a member", "ala member hoon": "i am an ala member", "ala member hu": "i am an ala member",
        "member hoon": "i am a member", "member hu": "i am a member", "sadasya": "member", "sadasyata": "membership",
        "expire ho gayi": "expired", "expire ho gaya": "expired", "lapse ho gayi": "lapsed", "lapse ho gaya": "lapsed",
        "khatam ho gayi": "expired", "rajya sangh": "state association",
        "ghante hafte mein": "hours a week", "ghante har hafte": "hours a week", "ghante prati saptah": "hours a week",
        "hafte mein": "a week", "har hafte": "a week", "prati saptah": "a week", "ghante": "hours", "ghanta": "hour",
        "hafte": "weeks", "hafton": "weeks", "hafta": "week", "mahine": "months", "mahino": "months",
        "mahina": "month", "saal": "years", "sal": "years", "varsh": "years", "din": "days", "minat": "minutes",
        "kaam karti hoon": "i work", "kaam karta hoon": "i work", "kaam karti hu": "i work", "kaam karta hu": "i work",
        "kaam kar rahi hoon": "i have been working", "kaam kar raha hoon": "i have been working",
        "kaam kiya hai": "worked", "kaam kiya": "worked", "naukri": "job", "tankhwah wali naukri": "paid job",
        "paid naukri": "paid job", "volunteer kiya": "volunteered", "swayamsevak": "volunteer",
        "abhi tak": "until now", "ab tak": "until now", "aaj tak": "until now", "tab se": "since then",
        "enroll kiya tha": "enrolled", "enroll kiya": "enrolled", "enroll hui": "enrolled", "enroll hua": "enrolled",
        "daakhila liya": "enrolled", "deadline kab hai": "when is the deadline", "antim tithi": "deadline",
        "abhi bhi time hai": "is there still time", "abhi bhi samay hai": "is there still time",
        "time hai kya": "is there still time", "samay hai": "is there time", "kab tak": "by when", "kab": "when",
        "renew kab karna hai": "when do i have to renew", "kab renew karna hai": "when do i have to renew",
        "renew karna hai": "have to renew", "renew karna": "renew", "navinikaran": "renewal",
        "certify hui thi": "was certified", "certify hui": "was certified", "certify hua": "was certified",
        "certified hui": "was certified", "certificate mila": "i was certified", "sammelan": "conference",
        "karyashala": "workshop", "ke liye": "for", "liye": "for", "hue": "", "ne": "", "par": "on",
        "mere kitne ghante hue": "how many hours do i have", "kitne ghante hue": "how many hours do i have",
        "kitne ghante": "how many hours", "member nahi": "not a member", "sadasya nahi hoon": "i am not a member",
        "सदस्य नहीं हूँ": "i am not a member", "सदस्य नहीं हूं": "i am not a member", "सदस्य हूँ": "i am a member",
        "सदस्य हूं": "i am a member", "हफ्ते में": "a week", "काम किया": "worked", "काम करती हूँ": "i work", "काम करता हूँ": "i work", "में": "in", "का": "", "की": "", "के": "", "satra": "session", "sahkarmi": "coworker", "meri colleague": "my coworker",
        "mera colleague": "my coworker", "meri employee": "my employee", "mera employee": "my employee",
        "usne": "she", "woh": "she", "vo": "she", "uska": "her", "uski": "her",
        "kya main eligible hoon": "am i eligible", "kya main eligible hu": "am i eligible",
        "main eligible hoon kya": "am i eligible", "eligible hoon kya": "am i eligible", "eligible hu kya": "am i eligible",
        "maine": "i", "main": "i", "mujhe": "i", "mera": "my", "meri": "my", "mere": "my", "hoon": "am",
        "hai": "is", "hain": "are", "tha": "was", "thi": "was", "aur": "and", "ya": "or", "bhi": "also", "kya": "what",
        "nahi": "not", "nahin": "not", "mein": "in", "abhi": "now", "ab": "now", "lekin": "but", "agar": "if",
        "kaunse": "which", "kaun se": "which", "ka": "", "ki": "", "ke": "", "ko": "", "ji": "",
        "ek": "one", "do saal": "two years", "do mahine": "two months", "do hafte": "two weeks", "do ghante": "two hours",
        "do din": "two days", "do course": "two courses", "do webinar": "two webinars", "teen": "three",
        "char": "four", "chaar": "four", "paanch": "five", "panch": "five", "chhe": "six", "chhah": "six",
        "saat": "seven", "aath": "eight", "nau": "nine", "das": "ten",
        "janvari": "january", "farvari": "february", "aprail": "april", "julai": "july", "agast": "august",
        "sitambar": "september", "aktubar": "october", "navambar": "november", "disambar": "december",
        "क्या बचा है": "what is left", "क्या बाकी है": "what is left", "बाकी": "left", "बचा": "left",
        "पूरा कर लिया": "completed", "पूरे कर लिए": "completed", "कर लिया": "finished", "पास": "passed",
        "फेल": "failed", "कितना": "how much", "कितनी": "how much", "कितने": "how many", "फीस": "fee", "शुल्क": "fee",
        "कुल": "total", "सदस्य": "member", "नहीं": "not", "घंटे": "hours", "हफ्ते": "weeks", "सप्ताह": "weeks",
        "महीने": "months", "साल": "years", "वर्ष": "years", "मैंने": "i", "मैं": "i", "मेरा": "my", "मेरी": "my",
        "और": "and", "है": "is", "हूँ": "am", "हूं": "am", "कब": "when", "नवीनीकरण": "renewal", "सम्मेलन": "conference",
        "वेबिनार": "webinars", "कार्यशाला": "workshop", "मिनट": "minutes", "सहकर्मी": "coworker",
        "एक": "one", "दो": "two", "तीन": "three", "चार": "four", "पांच": "five", "पाँच": "five", "छह": "six",
        "सात": "seven", "आठ": "eight", "नौ": "nine", "दस": "ten", "जनवरी": "january", "फरवरी": "february",
        "मार्च": "march", "अप्रैल": "april", "मई": "may", "जून": "june", "जुलाई": "july", "अगस्त": "august",
        "सितंबर": "september", "अक्टूबर": "october", "नवंबर": "november", "दिसंबर": "december",
        "kya main": "can i", "kya mai": "can i", "mai": "i", "se": "from", "ki liye": "for", "kar sakta hoon": "can", "kar sakti hoon": "can",
        "kar sakta hu": "can", "kar sakti hu": "can", "sakta hoon": "can", "sakti hoon": "can", "mila tha": "i got",
        "mili thi": "i got", "mila": "got", "karna hoga": "do i have to", "karna hai": "do i have to", "karna": "do",
        "hoga": "will be", "kaise": "how", "kaun": "who", "kyun": "why", "lagta hai": "does it cost",
        "lagega": "will it cost", "paisa": "money", "bina": "without", "degree ke bina": "without a degree",
        "chahiye": "needed", "zaroori": "required", "zaruri": "required", "namaste": "hi", "dhanyavad": "thanks",
        "shukriya": "thanks", "pehle": "before",
    },
    "tr": {  # Turkish without its letters (ı ş ç ğ ö ü read i s c g o u); "Foundations'ı" is read "foundations"
        "kalan ne": "what is left", "kalanlar ne": "what is left", "geriye ne kaldi": "what is left",
        "ne kaldi": "what is left", "neler kaldi": "what is left", "kalan neler": "what is left", "neyim kaldi": "what is left",
        "neyim eksik": "what is left", "ne eksik": "what is left", "eksik ne": "what is left", "eksigim ne": "what is left",
        "eksiklerim neler": "what is left", "baska ne lazim": "what else do i need", "daha ne lazim": "what else do i need",
        "baska ne gerekiyor": "what else do i need", "ne lazim": "what do i need", "ne gerekiyor": "what do i need",
        "kac tane kaldi": "how many more do i need", "kac ders kaldi": "how many more do i need",
        "kac tane daha": "how many more", "onun neyi eksik": "what does she still need",
        "onun ne eksigi var": "what does she still need", "ona ne kaldi": "what does she still need",
        "ne kaldi ona": "what does she still need", "kalan": "left", "kaldi": "is left", "eksik": "missing",
        "bitirdim": "i finished", "tamamladim": "i completed", "bitirdi": "she finished", "tamamladi": "she completed",
        "bitti": "finished", "tamamlandi": "completed", "gectim": "i passed", "gecti": "she passed",
        "basarili oldum": "i passed", "kaldim": "i failed", "basarisiz oldum": "i failed", "basarisiz": "failed",
        "devam ediyorum": "i am taking", "devam ediyor": "in progress", "aliyorum": "i am taking", "aliyor": "is taking",
        "su an aliyorum": "i am taking", "basladim": "i started", "baslamistim": "i started", "basladi": "she started",
        "biraktim": "i withdrew", "yarida biraktim": "i withdrew", "cekildim": "i withdrew", "birakti": "she withdrew",
        "aldim": "i took", "ne kadar": "how much", "kac para": "how much", "ucret ne kadar": "how much is the fee",
        "ne kadar odeyecegim": "how much do i pay", "ne kadar oderim": "how much do i pay",
        "ne kadar odemem gerekiyor": "how much do i pay", "toplam ne kadar": "how much in total", "ucret": "fee",
        "ucreti": "the fee", "odeme": "payment", "odemek": "pay", "toplam": "total", "toplamda": "in total",
        "her biri": "each", "her birine": "each", "her kurs": "each course", "kurs basina": "per course",
        "ders basina": "per course", "tanesi": "each", "burs": "grant", "hibe": "grant", "yarisi": "half", "yari": "half",
        "ala uyesiyim": "i am an ala member", "ala uyesi degilim": "i am not an ala member",
        "ala'ya uye degilim": "i am not an ala member", "uye degilim": "i am not a member",
        "uye degil": "not a member", "uyeyim": "i am a member", "uyesiyim": "i am a member", "uye": "member",
        "uyesi": "member", "uyelik": "membership", "uyeligim": "my membership",
        "uyeligimin suresi doldu": "my membership expired", "uyeligim bitti": "my membership expired",
        "suresi doldu": "expired", "suresi gecti": "expired", "eyalet dernegi": "state association",
        "eyalet kutuphane dernegi": "state library association", "eyalet kutuphane derneginin": "state library association",
        "eyalet derneginin": "state association", "saat": "hours", "haftada": "a week", "haftalik": "a week",
        "hafta": "weeks", "ay": "months", "yil": "years", "sene": "years", "gun": "days", "gunluk": "day",
        "gonullu olarak": "as a volunteer", "gonullu calistim": "i volunteered", "gonullu": "volunteer",
        "ucretli is": "paid job", "maasli is": "paid job", "ucretli": "paid", "calisiyorum": "i work",
        "calistim": "i worked", "calisiyor": "she works", "kutuphanede": "in a library", "kutuphane": "library",
        "beri": "since", "simdiye kadar": "until now", "su ana kadar": "until now", "bugune kadar": "until now",
        "halen": "currently", "su an": "now", "simdi": "now", "hala": "still",
        "kayit oldum": "i enrolled", "kaydoldum": "i enrolled", "kaydoldu": "she enrolled", "kayit": "enrollment",
        "son tarih ne zaman": "when is the deadline", "son tarih ne": "what is the deadline", "son tarih": "deadline",
        "ne zamana kadar": "by when", "ne zaman": "when", "bitirmem gerekiyor": "do i have to finish",
        "hala vaktim var mi": "is there still time", "vaktim var mi": "is there still time",
        "zamanim var mi": "is there still time", "hala zaman var mi": "is there still time",
        "yetisir miyim": "is there still time", "yenileme": "renewal", "yenilemek": "renew",
        "ne zaman yenilemeliyim": "when do i have to renew", "ne zaman yenilemem gerekiyor": "when do i have to renew",
        "yenilemem gerekiyor": "do i have to renew", "yenilemeliyim": "do i have to renew",
        "yenileme icin": "for the renewal", "sertifika aldim": "i was certified", "sertifikami aldim": "i was certified",
        "sertifikalandim": "i was certified", "sertifika": "certificate", "sertifikasyon": "certification",
        "eyalet konferansi": "state conference", "konferans": "conference", "konferansi": "conference",
        "konferansa": "conference", "web semineri": "webinar", "web seminerleri": "webinars", "seminer": "workshop",
        "atolye calismasi": "workshop", "atolye": "workshop", "kredi": "credit", "krediler": "credits",
        "donem kredisi": "semester credits", "oturum": "session", "kurs": "courses", "kurslar": "courses",
        "ders": "courses", "dersler": "courses", "olan": "", "odeyecegim": "will i pay", "ucretin": "of the fee", "hibe aldim": "i got a grant",
        "var mi": "is there", "burs aldim": "i got a grant", "oderim": "do i pay", "dakika": "minutes", "dakikalik": "minute", "katildim": "i attended",
        "iletisim saati": "contact hours", "kac saatim var": "how many hours do i have", "kac saat daha": "how many more hours",
        "kac saat": "how many hours", "teknoloji hakkinda": "on technology", "teknoloji uzerine": "on technology",
        "teknoloji": "technology", "icin": "for", "is arkadasim": "my coworker", "is arkadasi": "coworker",
        "meslektasim": "my coworker", "calisanim": "my employee", "personelim": "my employee", "o": "she",
        "onun": "her", "kendisi": "she", "uygun muyum": "am i eligible", "basvurabilir miyim": "can i apply",
        "hak kazaniyor muyum": "am i eligible", "yeterli mi": "is it enough", "merhaba": "hi", "tesekkurler": "thanks",
        "tesekkur ederim": "thanks", "ben": "i", "benim": "my", "ve": "and", "ama": "but", "fakat": "but",
        "mi": "", "mu": "", "miyim": "", "muyum": "", "da": "also", "de": "also", "ne": "what", "kac": "how many",
        "bir": "one", "iki": "two", "uc": "three", "dort": "four", "bes": "five", "alti": "six", "yedi": "seven",
        "sekiz": "eight", "dokuz": "nine", "ocak": "january", "subat": "february", "mart": "march", "nisan": "april",
        "mayis": "may", "haziran": "june", "temmuz": "july", "agustos": "august", "eylul": "september", "ekim": "october",
        "kasim": "november", "aralik": "december", "ocakta": "in january", "subatta": "in february", "martta": "in march",
        "nisanda": "in april", "mayista": "in may", "haziranda": "in june", "temmuzda": "in july",
        "agustosta": "in august", "eylulde": "in september", "ekimde": "in october", "kasimda": "in november",
        "aralikta": "in december",
    },
    "ja": {  # romaji as typed, then kana and kanji (matched inside a run of them, as Japanese has no spaces)
        "nokori wa nan desu ka": "what is left", "nokori wa nandesu ka": "what is left", "nokori wa nani": "what is left",
        "nokori wa": "what is left", "nani ga nokotte imasu ka": "what is left", "nani ga nokotteimasu ka": "what is left",
        "nani ga nokotte": "what is left", "nani ga nokotteru": "what is left", "ato nani ga hitsuyou desu ka": "what else do i need",
        "ato nani ga hitsuyou": "what else do i need", "ato nani ga hitsuyo": "what else do i need", "ato nani": "what else",
        "ato ikutsu": "how many more", "ato nanko": "how many more", "nani ga tarinai": "what is missing",
        "kanojo wa ato nani ga hitsuyou": "what does she still need", "nokori": "the rest", "tarinai": "missing",
        "owarimashita": "finished", "owatta": "finished", "oemashita": "finished", "shuuryou shimashita": "completed",
        "shuryo shimashita": "completed", "shuuryou": "completed", "shuryo": "completed", "kanryou shimashita": "completed",
        "kanryou": "completed", "kanryo": "completed", "goukaku shimashita": "passed", "gokaku shimashita": "passed",
        "goukaku": "passed", "gokaku": "passed", "ochimashita": "failed", "ochita": "failed", "fugoukaku": "failed",
        "fugokaku": "failed", "jukouchuu": "in progress", "jukou chuu": "in progress", "jukochu": "in progress",
        "benkyouchuu": "in progress", "torikunde imasu": "i am taking", "hajimemashita": "started", "hajimeta": "started",
        "yamemashita": "withdrew", "yameta": "withdrew", "chuudan shimashita": "withdrew", "chuudan": "withdrew",
        "ikura desu ka": "how much is it", "ikura haraimasu ka": "how much do i pay", "ikura harau": "how much do i pay",
        "ikura": "how much", "ryoukin": "fee", "ryokin": "fee", "hiyou": "cost", "hiyo": "cost", "goukei": "total",
        "gokei": "total", "zenbu de": "in total", "sorezore": "each", "kouza goto": "per course", "kouza ni tsuki": "per course",
        "joseikin": "grant", "josei": "grant", "hangaku": "half", "hanbun": "half",
        "ala no kaiin desu": "i am an ala member", "ala kaiin desu": "i am an ala member",
        "ala no kaiin ja nai": "i am not an ala member", "ala no kaiin dewa arimasen": "i am not an ala member",
        "ala kaiin ja nai": "i am not an ala member", "ala kaiin dewa arimasen": "i am not an ala member",
        "kaiin dewa arimasen": "i am not a member", "kaiin ja arimasen": "i am not a member", "kaiin ja nai": "not a member",
        "hikaiin": "non-member", "kaiin desu": "i am a member", "kaiin": "member", "kaiin ga kireta": "my membership lapsed",
        "kigen gire": "expired", "kireta": "expired", "kiremashita": "expired", "shuu no kyoukai": "state association",
        "shu no kyokai": "state association", "shuu toshokan kyoukai": "state library association",
        "jikan": "hours", "shuu ni": "a week", "shu ni": "a week", "maishuu": "every week", "shuukan": "weeks",
        "shukan": "weeks", "kagetsu": "months", "nenkan": "years", "nen": "years", "borantia de": "as a volunteer",
        "borantia": "volunteer", "yuukyuu no shigoto": "paid job", "shigoto": "job", "hataraite imasu": "i work",
        "hataraiteimasu": "i work", "hataraite iru": "i work", "hatarakimashita": "i worked", "hataraita": "i worked",
        "toshokan de": "in a library", "toshokan": "library", "ima made": "until now", "genzai made": "until now",
        "genzai": "present", "ima": "now", "kara": "from",
        "touroku shimashita": "i enrolled", "toroku shimashita": "i enrolled", "moushikomimashita": "i enrolled",
        "touroku": "enrolled", "shimekiri wa itsu desu ka": "when is the deadline", "shimekiri wa itsu": "when is the deadline",
        "shimekiri": "deadline", "kigen": "deadline", "itsu made": "by when", "itsu": "when",
        "mada ma ni aimasu ka": "is there still time", "mada maniaimasu ka": "is there still time",
        "mada jikan ga arimasu ka": "is there still time", "koushin wa itsu": "when do i renew",
        "itsu koushin": "when do i renew", "koushin": "renewal", "koshin": "renewal", "nintei saremashita": "i was certified",
        "ninteisaremashita": "i was certified", "nintei sareta": "i was certified", "nintei": "certification",
        "shikaku": "certification", "kaigi": "conference", "kanfarensu": "conference", "uebinaa": "webinar",
        "webinaa": "webinar", "waakushoppu": "workshop", "wakushoppu": "workshop", "kenshuu": "workshop",
        "tan'i": "credits", "sesshon": "session", "fun": "minutes", "pun": "minutes", "nichikan": "days", "nichi": "days",
        "tekunoroji": "technology", "ni tsuite": "on", "no tame ni": "for", "nan jikan arimasu ka": "how many hours do i have",
        "nanjikan": "how many hours", "nan jikan": "how many hours", "douryou": "coworker", "doryo": "coworker",
        "watashi no douryou": "my coworker", "watashi no buka": "my employee", "buka": "my employee", "kanojo": "she",
        "kare": "he", "kamoku": "courses", "kouza": "courses", "koza": "courses", "shikaku ga arimasu ka": "am i eligible",
        "oubo dekimasu ka": "can i apply", "arigatou gozaimasu": "thanks", "arigatou": "thanks", "konnichiwa": "hi",
        "watashi wa": "i", "watashi": "i", "watashi no": "my", "mada": "still", "mou": "already", "sude ni": "already",
        "ato": "more", "wa": "", "ga": "", "wo": "", "o": "", "ni": "", "de": "", "to": "and", "no": "", "mo": "also",
        "ka": "", "desu": "", "desu ka": "", "yo": "", "ne": "",
        "ichi": "one", "san": "three", "yon": "four", "go": "five", "roku": "six", "nana": "seven", "hachi": "eight",
        "kyuu": "nine", "juu": "ten", "hitotsu": "one", "futatsu": "two", "mittsu": "three", "yottsu": "four",
        "itsutsu": "five", "ichigatsu": "january", "nigatsu": "february", "sangatsu": "march", "shigatsu": "april",
        "gogatsu": "may", "rokugatsu": "june", "shichigatsu": "july", "hachigatsu": "august", "kugatsu": "september",
        "juugatsu": "october", "jugatsu": "october", "juuichigatsu": "november", "juunigatsu": "december",
        "残りは何ですか": "what is left", "残りは何": "what is left", "残りは": "what is left", "何が残っていますか": "what is left",
        "何が残っている": "what is left", "何が残って": "what is left", "あと何が必要ですか": "what else do i need",
        "あと何が必要": "what else do i need", "あと何": "what else", "あといくつ": "how many more", "あと何個": "how many more",
        "あと何科目": "how many more courses", "何が足りない": "what is missing", "足りないのは": "what is missing",
        "彼女はあと何が必要": "what does she still need", "残り": "the rest", "足りない": "missing",
        "終わりました": "finished", "終わった": "finished", "終えました": "finished", "修了しました": "completed",
        "修了した": "completed", "修了": "completed", "完了しました": "completed", "完了": "completed",
        "合格しました": "passed", "合格した": "passed", "合格": "passed", "落ちました": "failed", "落ちた": "failed",
        "不合格": "failed", "受講中": "in progress", "勉強中": "in progress", "受講しています": "i am taking",
        "受講している": "i am taking", "取り組んでいます": "i am taking", "始めました": "started", "始めた": "started",
        "やめました": "withdrew", "やめた": "withdrew", "辞めました": "withdrew", "中断しました": "withdrew", "中断": "withdrew",
        "辞退": "withdrew", "いくらですか": "how much is it", "いくら払いますか": "how much do i pay",
        "いくら払う": "how much do i pay", "いくら": "how much", "料金": "fee", "受講料": "fee", "申請料": "application fee",
        "費用": "cost", "合計で": "in total", "全部で": "in total", "合計": "total", "それぞれ": "each",
        "科目あたり": "per course", "講座ごと": "per course", "あたり": "per", "助成金": "grant", "補助金": "grant",
        "奨学金": "grant", "半額": "half", "半分": "half", "alaの会員です": "i am an ala member",
        "ala会員です": "i am an ala member", "alaの会員ではありません": "i am not an ala member",
        "ala会員ではありません": "i am not an ala member", "alaの会員じゃない": "i am not an ala member",
        "会員ではありません": "i am not a member", "会員ではない": "not a member", "会員じゃない": "not a member",
        "非会員": "non-member", "会員です": "i am a member", "会員資格が切れました": "my membership expired",
        "会員期限が切れました": "my membership expired", "会員資格": "membership", "会員": "member", "期限切れ": "expired",
        "切れました": "expired", "失効": "lapsed", "州の図書館協会": "state library association",
        "州の協会": "state association", "州協会": "state association", "時間": "hours", "週に": "a week", "毎週": "every week",
        "週間": "weeks", "週": "a week", "か月": "months", "ヶ月": "months", "カ月": "months", "ケ月": "months",
        "年間": "years", "年": "years", "ボランティアとして": "as a volunteer", "ボランティア": "volunteer",
        "有給の仕事": "paid job", "有給": "paid", "仕事": "job", "働いています": "i work", "働いている": "i work",
        "働きました": "i worked", "働いた": "i worked", "勤務しています": "i work", "図書館で": "in a library",
        "図書館": "library", "今まで": "until now", "現在まで": "until now", "現在": "present", "から": "from",
        "登録しました": "i enrolled", "登録した": "i enrolled", "申し込みました": "i enrolled", "登録": "enrolled",
        "締め切りはいつですか": "when is the deadline", "締め切りはいつ": "when is the deadline", "締め切り": "deadline",
        "締切": "deadline", "期限": "deadline", "いつまで": "by when", "いつ": "when", "まだ間に合いますか": "is there still time",
        "間に合いますか": "is there still time", "まだ時間はありますか": "is there still time", "更新はいつ": "when do i renew",
        "いつ更新": "when do i renew", "更新": "renewal", "認定されました": "i was certified", "認定を受けました": "i was certified",
        "認定": "certification", "資格": "certification", "州の会議": "state conference", "会議": "conference",
        "カンファレンス": "conference", "大会": "conference", "ウェビナー": "webinar", "ワークショップ": "workshop",
        "研修": "workshop", "はじめました": "started", "はじめた": "started", "があります": "i have",
        "あります": "there is", "更新しますか": "do i renew", "しますか": "", "もらいました": "i got", "単位": "credits", "テクノロジーについて": "on technology",
        "技術について": "on technology", "更新のために": "for the renewal", "更新のため": "for the renewal", "セッション": "session", "十分": "enough", "自分": "myself", "分": "minutes",
        "日間": "days", "テクノロジー": "technology", "技術": "technology", "について": "on", "のため": "for",
        "何時間ありますか": "how many hours do i have", "何時間": "how many hours", "私の同僚": "my coworker",
        "同僚": "coworker", "私の部下": "my employee", "部下": "my employee", "彼女": "she", "彼": "he",
        "科目": "courses", "講座": "courses", "コース": "courses", "資格がありますか": "am i eligible",
        "応募できますか": "can i apply", "できますか": "can i", "ありがとうございます": "thanks", "ありがとう": "thanks",
        "こんにちは": "hi", "どのくらい": "how much", "私は": "i", "私の": "my", "私": "i", "もう": "already",
        "すでに": "already", "まだ": "still", "では": "", "には": "", "ですか": "", "です": "", "ます": "", "は": "",
        "が": "", "を": "", "に": "", "で": "", "と": "and", "の": "", "も": "also", "か": "",
        "一つ": "one", "二つ": "two", "三つ": "three", "四つ": "four", "五つ": "five", "一": "one", "二": "two",
        "三": "three", "四": "four", "五": "five", "六": "six", "七": "seven", "八": "eight", "九": "nine", "十": "ten",
        "一月": "january", "二月": "february", "三月": "march", "四月": "april", "五月": "may", "六月": "june",
        "七月": "july", "八月": "august", "九月": "september", "十月": "october", "十一月": "november", "十二月": "december",
    },
    "ko": {  # romanized as typed, then Hangul: a Hangul entry of two syllables or more takes any ending ("남았어요")
        "mwoga namasseoyo": "what is left", "mwo namasseoyo": "what is left", "mwoga namatna": "what is left",
        "mwoga namanna": "what is left", "nameun geo": "what is left", "mwoga deo piryohaeyo": "what else do i need",
        "myeot gae namasseoyo": "how many more do i need", "namasseoyo": "is left", "kkeutnasseoyo": "i finished",
        "kkeunnasseoyo": "i finished", "kkeutnaesseoyo": "i finished", "kkeunnaesseoyo": "i finished",
        "wallyohaesseoyo": "i completed", "isuhaesseoyo": "i completed", "hapgyeokhaesseoyo": "i passed",
        "tonggwahaesseoyo": "i passed", "tteoreojyeosseoyo": "i failed", "suganghago isseoyo": "i am taking",
        "sugang jung": "in progress", "sugangjung": "in progress", "sijakhaesseoyo": "i started",
        "geumandwosseoyo": "i withdrew", "pogihaesseoyo": "i withdrew", "eolmayeyo": "how much is it",
        "eolma naeya dwaeyo": "how much do i pay", "eolma": "how much", "biyong": "cost", "susuryo": "fee",
        "hapgye": "total", "gakgak": "each", "gwamokdang": "per course", "janghakgeum": "grant", "jiwongeum": "grant",
        "jeolban": "half", "ala hoewonieyo": "i am an ala member", "ala hoewoni anieyo": "i am not an ala member",
        "hoewoni anieyo": "i am not a member", "hoewon anieyo": "i am not a member", "hoewonieyo": "i am a member",
        "hoewon": "member", "manryodwaesseoyo": "expired", "manryo": "expired", "ju hyeophoe": "state association",
        "sigan": "hours", "judang": "a week", "gaewol": "months", "nyeon": "years", "jawonbongsa": "volunteer",
        "bongsa": "volunteer", "yugeup": "paid", "ilhaeyo": "i work", "ilhago isseoyo": "i work",
        "ilhaesseoyo": "i worked", "buteo": "since", "jigeumkkaji": "until now", "hyeonjae": "present",
        "deungnokhaesseoyo": "i enrolled", "deungrokhaesseoyo": "i enrolled", "magamil": "deadline", "magam": "deadline",
        "eonjekkaji": "by when", "eonje": "when", "ajik sigan isseoyo": "is there still time", "gaengsin": "renewal",
        "injeungbadasseoyo": "i was certified", "injeung": "certification", "keonpeoreonseu": "conference",
        "hoeui": "conference", "webina": "webinar", "wokeusyop": "workshop", "hakjeom": "credits", "seseon": "session",
        "dongryo": "coworker", "dongnyo": "coworker", "geunyeo": "she", "gwamok": "courses", "hana": "one", "dul": "two",
        "daseot": "five", "yeoseot": "six", "ilgop": "seven", "yeodeol": "eight", "ahop": "nine", "irang": "and",
        "rang": "and", "hago": "and", "neun": "", "eun": "", "reul": "", "eul": "", "jeoneun": "i", "je": "my",
        "뭐가 남았": "what is left", "뭐 남았": "what is left", "무엇이 남았": "what is left", "남은 게 뭐": "what is left",
        "남은 것": "what is left", "뭐가 더 필요": "what else do i need", "뭐가 부족": "what is missing",
        "몇 개 남았": "how many more do i need", "몇 과목 남았": "how many more do i need", "몇 개 더": "how many more",
        "그녀는 뭐가 더 필요": "what does she still need", "남았": "left", "남은": "remaining", "부족": "missing",
        "더 필요": "still need", "필요": "need", "끝냈": "finished", "끝났": "finished", "마쳤": "finished",
        "완료했": "completed", "완료": "completed", "이수했": "completed", "이수": "completed", "수료했": "completed",
        "수료": "completed", "합격했": "passed", "합격": "passed", "통과했": "passed", "통과": "passed", "떨어졌": "failed",
        "불합격": "failed", "낙제": "failed", "수강 중": "in progress", "수강중": "in progress", "듣고 있": "i am taking",
        "진행 중": "in progress", "진행중": "in progress", "시작했": "started", "시작": "started", "그만뒀": "withdrew",
        "그만두었": "withdrew", "포기했": "withdrew", "중단했": "withdrew", "철회": "withdrew", "얼마 내야": "how much do i pay",
        "얼마예요": "how much is it", "얼마": "how much", "비용": "cost", "수수료": "fee", "요금": "fee",
        "신청비": "application fee", "합계": "total", "총": "total", "모두": "in total", "전부": "in total", "각각": "each",
        "각": "each", "과목당": "per course", "과목마다": "per course", "장학금": "grant", "받았": "got", "끝내야": "do i have to finish", "지원금": "grant",
        "보조금": "grant", "절반": "half", "반액": "half", "반값": "half", "ala 회원이 아니": "i am not an ala member",
        "ala 회원 아니": "i am not an ala member", "ala 회원이에요": "i am an ala member", "ala 회원입니다": "i am an ala member",
        "ala 회원": "ala member", "ala 회원 자격": "ala membership", "회원이 아니": "i am not a member", "회원 아니": "not a member", "비회원": "non-member",
        "회원이에요": "i am a member", "회원입니다": "i am a member", "회원 자격": "membership", "회원권": "membership",
        "회원": "member", "만료됐": "expired", "만료": "expired", "끊겼": "lapsed", "주 도서관 협회": "state library association",
        "주 협회": "state association", "주 학회": "state conference", "시간": "hours", "주당": "a week",
        "일주일에": "a week", "매주": "every week", "주": "a week", "주간": "weeks", "개월": "months", "달": "months",
        "년간": "years", "년": "years", "동안": "for", "자원봉사": "volunteer", "봉사": "volunteer",
        "유급 직원": "paid job", "유급": "paid", "일했": "i worked", "일하고 있": "i work", "일해요": "i work",
        "근무했": "i worked", "근무하고 있": "i work", "근무": "work", "도서관": "library", "부터": "since",
        "지금까지": "until now", "현재까지": "until now", "현재": "present", "지금": "now", "등록했": "i enrolled",
        "등록": "enrolled", "마감이 언제": "when is the deadline", "마감일": "deadline", "마감": "deadline",
        "기한": "deadline", "언제까지": "by when", "언제": "when", "아직 시간이 있": "is there still time",
        "아직 늦지 않았": "is there still time", "시간이 있": "is there time", "언제 갱신": "when do i renew",
        "갱신해야": "have to renew", "갱신": "renewal", "인증받았": "i was certified", "인증을 받았": "i was certified",
        "자격증을 받았": "i was certified", "인증": "certification", "자격증": "certificate", "컨퍼런스": "conference",
        "콘퍼런스": "conference", "학회": "conference", "회의": "conference", "웨비나": "webinar", "워크숍": "workshop",
        "워크샵": "workshop", "학점": "credits", "세션": "session", "분": "minutes", "일간": "days",
        "테크놀로지": "technology", "기술에 관한": "on technology", "기술": "technology", "관한": "on", "대한": "on",
        "위해": "for", "몇 시간": "how many hours", "제 동료": "my coworker", "내 동료": "my coworker", "동료": "coworker",
        "제 직원": "my employee", "우리 직원": "my employee", "직원": "employee", "그녀": "she", "그는": "he",
        "그가": "he", "과목": "courses", "하나": "one", "둘": "two", "셋": "three", "넷": "four", "다섯": "five",
        "여섯": "six", "일곱": "seven", "여덟": "eight", "아홉": "nine", "열": "ten", "한 과목": "one course",
        "두 과목": "two courses", "세 과목": "three courses", "네 과목": "four courses", "두": "two", "세": "three",
        "일월": "january", "이월": "february", "삼월": "march", "사월": "april", "오월": "may", "유월": "june",
        "칠월": "july", "팔월": "august", "구월": "september", "시월": "october", "십일월": "november", "십이월": "december",
        "그리고": "and", "하고": "and", "저는": "i", "제가": "i", "저": "i", "나는": "i", "제": "my", "저의": "my",
        "이미": "already", "벌써": "already", "아직": "still", "그런데": "but", "하지만": "but", "안녕하세요": "hi",
        "감사합니다": "thanks", "고맙습니다": "thanks", "자격이 있": "am i eligible", "자격이 되": "am i eligible",
        "신청할 수 있": "can i apply", "충분": "enough", "개": "",
        # the FAQ's topics: must and required, members, enrolling, abroad, contact, how long, credit toward a master's,
        # valid, refund, portfolio, approved courses, discounts, who runs and funded it, worth it, a diploma, a title;
        # "하나요", "되나요", "있나요" only ask ("하나" is "one"); "LSSC는", the program's name with a particle, is Korean
        "필수": "required", "꼭": "must", "반드시": "must", "해야": "have to", "돼야": "have to be", "되어야": "have to be",
        "회원이어야": "have to be a member", "회원이 돼야": "have to be a member", "회원이 되어야": "have to be a member",
        "가입해야": "have to join", "가입하려면": "to join", "가입": "join", "요구": "required", "하나요": "", "되나요": "",
        "있나요": "", "할 수 있": "can i", "lssc는": "lssc", "lssc가": "lssc", "lssc를": "lssc",
        "lssc에": "lssc", "lssc도": "lssc", "lssc의": "lssc", "lssc은": "lssc", "lssc이": "lssc", "lssc을": "lssc",
        "수 있": "can", "괜찮": "is that ok",
        "신청하려면": "to apply", "신청": "apply", "지원": "apply", "등록하려면": "to enroll",
        "미국 밖": "outside the us", "미국 외": "outside the us", "미국 이외": "outside the us", "해외": "abroad",
        "외국": "abroad", "다른 나라": "another country", "한국": "korea", "살고 있": "i live", "살아요": "i live",
        "사는": "living", "거주": "live", "미국": "the us", "사람": "people",
        "담당자": "staff person", "이메일 주소": "email address", "이메일": "email", "전화번호": "phone number",
        "전화": "phone", "연락처": "contact info", "연락": "contact", "문의": "contact", "누구에게": "who",
        "누구한테": "who", "누구": "who", "알려주세요": "please tell me", "알려 주세요": "please tell me",
        "관련해서": "about", "프로그램": "program", "사무실": "office",
        "모든": "all", "세트": "sets", "끝내는 데": "to finish", "끝내는": "finishing", "기간이 얼마나": "how long",
        "얼마나 걸려": "how long does it take", "얼마 동안": "how long", "몇 년": "how many years", "주어지": "given",
        "시간 제한": "time limit",
        "문헌정보학": "library science", "석사 학위": "master's degree", "석사": "master's degree",
        "학점으로 인정": "count as credit toward", "인정": "count", "대학 학위": "college degree", "학위": "degree",
        "유효기간이 얼마나": "how long is it valid", "유효기간": "validity period", "유효": "valid",
        "환불": "refund", "자격이 안 되면": "if i am not eligible", "안 되면": "if not", "받을 수 있": "can i get",
        "돌려받": "get back",
        "포트폴리오": "portfolio", "대신": "instead of", "제출": "submit", "승인": "approved", "과정": "courses",
        "강좌": "courses", "수업": "class", "어디서": "where", "어디에서": "where", "찾을 수 있": "can i find",
        "온라인": "online",
        "할인": "discount", "가격": "price", "저렴": "cheaper",
        "누가 운영": "who runs", "운영": "runs", "주관": "runs", "누가": "who", "만드는 데": "to create",
        "누가 자금을 지원": "who funded", "자금을 지원": "funded", "자금": "funding", "시작됐": "started",
        "언제 시작": "when did it start", "생겼": "started",
        "할 만한 가치가 있": "is it worth it", "가치가 있": "worth it", "가치": "worth", "할 만한": "worth",
        "장점": "benefit", "혜택": "benefit", "연봉 인상": "raise", "급여 인상": "raise", "월급 인상": "raise",
        "인상": "raise", "연봉": "salary", "월급": "salary", "승진": "promotion", "따면": "if i get",
        "고등학교 졸업장": "high school diploma", "고졸": "high school diploma", "졸업장": "diploma", "고등학교": "high school",
        "대학": "college", "경력": "experience", "경험": "experience", "도서관 경력": "library experience",
        "없고": "i do not have", "없는데": "i do not have", "있는데": "i have", "뭐예요": "what is it",
        "칭호": "title", "명칭": "title", "호칭": "title", "직함": "title", "어떤": "what", "받나요": "do i get",
        "받게 되": "do i get", "다 끝나면": "when i finish it all", "끝나면": "when i finish",
        "역량 세트": "competency sets", "역량": "competency", "몇 개": "how many", "이수해야": "have to complete",
    },
    "ru": {  # romanized (translit) as typed, then Cyrillic; "й" is read "и" and "ё" "е"
        "chto mne ostalos": "what is left", "chto ostalos": "what is left", "chto eshche ostalos": "what is left",
        "chto eshe ostalos": "what is left", "chto esche ostalos": "what is left", "chto mne eshche nuzhno": "what else do i need",
        "chto eshche nuzhno": "what else do i need", "chego ne hvataet": "what is missing",
        "chego ne khvataet": "what is missing", "skolko ostalos": "how many more do i need",
        "chto ey ostalos": "what does she still need", "chto ei ostalos": "what does she still need",
        "chto ej ostalos": "what does she still need", "ostalos": "left", "ya zakonchila": "i finished",
        "ya zakonchil": "i finished", "zakonchila": "finished", "zakonchil": "finished", "zavershila": "completed",
        "zavershil": "completed", "proshla": "passed", "proshel": "passed", "sdala": "passed", "sdal": "passed",
        "ne sdala": "failed", "ne sdal": "failed", "provalila": "failed", "provalil": "failed", "zavalila": "failed",
        "prokhozhu": "i am taking", "prohozhu": "i am taking", "v protsesse": "in progress", "v processe": "in progress",
        "nachala": "started", "nachal": "started", "brosila": "withdrew", "brosil": "withdrew",
        "skolko stoit": "how much does it cost", "skolko platit": "how much do i pay", "skolko mne platit": "how much do i pay",
        "skolko": "how much", "vznos": "fee", "stoimost": "cost", "itogo": "in total", "vsego": "in total",
        "kazhdyi": "each", "kazhdyy": "each", "kazhdiy": "each", "kazhdy": "each", "za kazhdyi kurs": "per course",
        "za kurs": "per course", "polovinu": "half", "polovina": "half", "ya chlen ala": "i am an ala member",
        "ya ne chlen ala": "i am not an ala member", "ne chlen ala": "not an ala member", "ya ne chlen": "i am not a member",
        "ne chlen": "not a member", "chlen": "member", "chlenstvo isteklo": "membership expired", "chlenstvo": "membership",
        "isteklo": "expired", "assotsiatsii shtata": "state association", "associacii shtata": "state association",
        "chasov": "hours", "chasa": "hours", "v nedelyu": "a week", "nedel": "weeks", "nedeli": "weeks",
        "mesyatsev": "months", "mesyacev": "months", "mesyatsa": "months", "let": "years", "goda": "years", "god": "year",
        "volonterom": "as a volunteer", "volontyorom": "as a volunteer", "volonter": "volunteer",
        "oplachivaemaya rabota": "paid job", "rabotayu": "i work", "rabotala": "worked", "rabotal": "worked",
        "v biblioteke": "in a library", "do sikh por": "until now", "do sih por": "until now",
        "po nastoyashchee vremya": "until now", "seichas": "now", "seychas": "now", "sejchas": "now",
        "zapisalas": "enrolled", "zapisalsya": "enrolled", "krainii srok": "deadline", "krayniy srok": "deadline",
        "srok": "deadline", "dedlain": "deadline", "dedlayn": "deadline", "kogda": "when", "uspevayu": "is there still time",
        "uspeyu": "is there still time", "prodlenie": "renewal", "prodleniya": "renewal", "dlya prodleniya": "for the renewal",
        "prodlit": "renew", "poluchila sertifikat": "was certified", "poluchil sertifikat": "was certified",
        "sertifikat": "certificate", "konferentsiya": "conference", "konferenciya": "conference",
        "konferentsii": "conference", "konferencii": "conference", "vebinar": "webinar", "vebinara": "webinars",
        "vebinarov": "webinars", "master-klass": "workshop", "kreditov": "credits", "zanyatie": "session",
        "sessiya": "session", "minut": "minutes", "dnya": "days", "dney": "days", "dnei": "days",
        "po tekhnologiyam": "on technology", "kollega": "coworker", "moya kollega": "my coworker",
        "moya sotrudnitsa": "my employee", "moi sotrudnik": "my employee", "ona": "she", "ya": "i", "mne": "i",
        "moya": "my", "ne": "not", "odin": "one", "odna": "one", "dva": "two", "dve": "two", "tri": "three",
        "chetyre": "four", "pyat": "five", "shest": "six", "sem": "seven", "vosem": "eight", "devyat": "nine",
        "desyat": "ten", "yanvarya": "january", "fevralya": "february", "marta": "march", "aprelya": "april",
        "maya": "may", "iyunya": "june", "iyulya": "july", "avgusta": "august", "sentyabrya": "september",
        "oktyabrya": "october", "noyabrya": "november", "dekabrya": "december", "yanvare": "january",
        "fevrale": "february", "marte": "march", "aprele": "april", "mae": "may", "iyune": "june", "iyule": "july",
        "avguste": "august", "sentyabre": "september", "oktyabre": "october", "noyabre": "november",
        "dekabre": "december", "podkhozhu li ya": "am i eligible", "podhozhu li ya": "am i eligible",
        "mogu li ya": "can i", "spasibo": "thanks", "privet": "hi",
        "что мне ещё осталось": "what is left", "что мне осталось": "what is left",
        "какой крайний срок": "what is the deadline", "какой": "what", "когда нужно продлить": "when do i have to renew",
        "когда продлевать": "when do i renew", "курсов": "courses", "курса": "courses", "курс": "course", "за": "for",
        "моё": "my", "в": "in", "я работаю": "i work", "мои": "my",
        "у меня": "i have", "на": "for", "взноса": "fee", "u menya": "i have", "vznosa": "fee", "что осталось": "what is left", "что ещё осталось": "what is left",
        "что мне ещё нужно": "what else do i need", "что ещё нужно": "what else do i need",
        "чего мне не хватает": "what is missing", "чего не хватает": "what is missing",
        "сколько осталось": "how many more do i need", "сколько ещё": "how many more",
        "что ей осталось": "what does she still need", "что ей ещё нужно": "what does she still need",
        "что ему осталось": "what does he still need", "осталось": "left", "остались": "left", "ещё": "still",
        "нужно": "need", "я закончила": "i finished", "я закончил": "i finished", "закончила": "finished",
        "закончил": "finished", "окончила": "finished", "завершила": "completed", "завершил": "completed",
        "прошла": "passed", "прошёл": "passed", "сдала": "passed", "сдал": "passed", "не сдала": "failed",
        "не сдал": "failed", "провалила": "failed", "провалил": "failed", "завалила": "failed",
        "сейчас прохожу": "i am taking", "прохожу": "i am taking", "изучаю": "i am taking", "в процессе": "in progress",
        "начала": "started", "начал": "started", "бросила": "withdrew", "бросил": "withdrew", "отказалась от": "withdrew from",
        "сколько стоит": "how much does it cost", "сколько мне платить": "how much do i pay",
        "сколько платить": "how much do i pay", "сколько я заплачу": "how much will i pay", "сколько": "how much",
        "стоимость": "cost", "взнос": "fee", "плата": "fee", "сбор": "fee", "итого": "in total", "всего": "in total",
        "в сумме": "in total", "за каждый курс": "per course", "за курс": "per course", "каждый": "each",
        "каждая": "each", "грант": "grant", "стипендию": "grant", "стипендия": "grant", "половину": "half",
        "половина": "half", "оплатить": "pay", "платить": "pay", "я член ala": "i am an ala member",
        "я не член ala": "i am not an ala member", "не член ala": "not an ala member",
        "не являюсь членом": "i am not a member", "являюсь членом": "i am a member", "я не член": "i am not a member",
        "членом": "member", "член": "member", "членство истекло": "membership expired",
        "членство закончилось": "membership expired", "членство": "membership", "истекло": "expired", "истёк": "expired",
        "библиотечной ассоциации штата": "state library association", "ассоциации штата": "state association",
        "ассоциация штата": "state association", "часов": "hours", "часа": "hours", "час": "hour", "в неделю": "a week",
        "недель": "weeks", "недели": "weeks", "неделя": "week", "месяцев": "months", "месяца": "months",
        "месяц": "month", "лет": "years", "года": "years", "год": "year", "волонтёром": "as a volunteer",
        "добровольцем": "as a volunteer", "волонтёр": "volunteer", "оплачиваемая работа": "paid job",
        "оплачиваемой работе": "paid job", "работаю": "i work", "работала": "worked", "работал": "worked",
        "в библиотеке": "in a library", "библиотека": "library", "до сих пор": "until now", "по сей день": "until now",
        "по настоящее время": "until now", "сейчас": "now", "в течение": "for", "записалась": "enrolled",
        "записался": "enrolled", "зарегистрировалась": "i enrolled", "крайний срок": "deadline", "срок": "deadline",
        "дедлайн": "deadline", "когда": "when", "ещё успеваю": "is there still time", "успеваю": "is there still time",
        "успею": "is there still time", "есть ещё время": "is there still time", "продление": "renewal",
        "продления": "renewal", "для продления": "for the renewal", "продлить": "renew",
        "получила сертификат": "was certified", "получил сертификат": "was certified",
        "сертифицирована": "certified", "сертификат": "certificate", "сертификация": "certification",
        "конференция": "conference", "конференции": "conference", "вебинар": "webinar", "вебинара": "webinars",
        "вебинаров": "webinars", "семинар": "workshop", "мастер-класс": "workshop", "кредита": "credits",
        "кредитов": "credits", "кредит": "credit", "сессия": "session", "занятие": "session", "минут": "minutes",
        "минуты": "minutes", "дня": "days", "дней": "days", "день": "day", "по технологиям": "on technology",
        "технологии": "technology", "сколько у меня часов": "how many hours do i have", "сколько часов": "how many hours",
        "моя коллега": "my coworker", "мой коллега": "my coworker", "коллега": "coworker",
        "моя сотрудница": "my employee", "мой сотрудник": "my employee", "она": "she", "он": "he", "её": "her",
        "ей": "her", "я": "i", "мне": "i", "мой": "my", "моя": "my", "и": "and", "но": "but", "не": "not", "ли": "",
        "могу ли я": "can i", "имею ли я право": "am i eligible", "подхожу ли я": "am i eligible", "спасибо": "thanks",
        "привет": "hi", "здравствуйте": "hi", "один": "one", "одна": "one", "два": "two", "две": "two", "три": "three",
        "четыре": "four", "пять": "five", "шесть": "six", "семь": "seven", "восемь": "eight", "девять": "nine",
        "десять": "ten", "январь": "january", "февраль": "february", "март": "march", "апрель": "april", "май": "may",
        "июнь": "june", "июль": "july", "август": "august", "сентябрь": "september", "октябрь": "october",
        "ноябрь": "november", "декабрь": "december", "января": "january", "февраля": "february", "марта": "march",
        "апреля": "april", "мая": "may", "июня": "june", "июля": "july", "августа": "august", "сентября": "september",
        "октября": "october", "ноября": "november", "декабря": "december", "январе": "january", "феврале": "february",
        "марте": "march", "апреле": "april", "мае": "may", "июне": "june", "июле": "july", "августе": "august",
        "сентябре": "september", "октябре": "october", "ноябре": "november", "декабре": "december",
    },
    "ar": {  # Arabizi (digits for letters: 2 ء, 3 ع, 5 خ, 7 ح) as typed, then Arabic script, its hamza and vowel marks
        # read as their bare letters ("أ" is "ا", "ى" is "ي"); "و", "ال", "ب", "ل" before a word of three letters or more
        "shu ba2i": "what is left", "shu baqi": "what is left", "sho ba2i": "what is left", "shu el ba2i": "what is left",
        "eh elli fadel": "what is left", "eh elly fadel": "what is left", "eih elli fadel": "what is left",
        "aish baqi": "what is left", "esh baqi": "what is left", "madha tabaqqa": "what is left", "matha tabaqa": "what is left",
        "shu na2esni": "what is missing", "eh na2esni": "what is missing", "kam ba2i": "how many more do i need",
        "kam baqi": "how many more do i need", "addesh ba2i": "how many more do i need", "2addesh ba2i": "how many more do i need",
        "ba2i": "left", "baqi": "left", "baaqi": "left", "fadel": "left", "5alast": "i finished", "khalast": "i finished",
        "5allast": "i finished", "khallast": "i finished", "5lst": "i finished", "5alset": "she finished",
        "khalset": "she finished", "anhayt": "i finished", "anhait": "i finished", "akmalt": "i completed",
        "naja7t": "i passed", "nja7t": "i passed", "nage7t": "i passed", "najaht": "i passed", "rasabt": "i failed",
        "sa2att": "i failed", "saqatt": "i failed", "3am bdrus": "i am taking", "3am bedros": "i am taking",
        "3am ba5od": "i am taking", "ba5od": "i am taking", "bakhod": "i am taking", "bada2t": "i started",
        "bade2t": "i started", "bdeet": "i started", "bdit": "i started", "insa7abt": "i withdrew",
        "ensa7abt": "i withdrew", "insahabt": "i withdrew", "nsa7abt": "i withdrew", "tarakt": "i withdrew",
        "2addesh lazem edfa3": "how much do i pay", "addesh lazem edfa3": "how much do i pay", "kam adfa3": "how much do i pay",
        "bikam": "how much", "bkam": "how much", "2addesh": "how much", "addesh": "how much", "adesh": "how much",
        "edfa3": "pay", "adfa3": "pay", "rusum": "fee", "rsoom": "fee", "rasm": "fee", "taklifa": "cost", "taklefa": "cost",
        "el majmou3": "the total", "majmou3": "total", "majmoo3": "total", "kol wa7ed": "each", "kol wahed": "each",
        "kul wahid": "each", "lkol course": "per course", "min7a": "grant", "menha": "grant", "nos": "half", "nus": "half",
        "nuss": "half", "ana 3odw fi ala": "i am an ala member", "ana mesh 3odw": "i am not a member",
        "ana mish 3odw": "i am not a member", "mesh 3odw": "not a member", "mish 3odw": "not a member",
        "msh 3odw": "not a member", "mesh 3odwa": "not a member", "mish 3odwa": "not a member",
        "lastu 3odwan": "i am not a member", "3odw": "member", "3odwa": "member", "3ozw": "member",
        "3odwiya": "membership", "3odweya": "membership", "3odweyti entahat": "my membership expired",
        "3odwiyti intahat": "my membership expired", "entahat": "expired", "intahat": "expired",
        "jam3iyat el wilaya": "state association", "gam3eyet el welaya": "state association",
        "jam3iyyat al wilaya": "state association", "sa3at": "hours", "sa3aat": "hours", "sa3a": "hours",
        "fil osbo3": "a week", "fel esbo3": "a week", "bil esbo3": "a week", "bel osbo3": "a week", "fi al usbu3": "a week",
        "kol esbo3": "a week", "asabee3": "weeks", "asabi3": "weeks", "osbo3": "weeks", "esbo3": "weeks",
        "usbu3": "weeks", "shohor": "months", "ashhur": "months", "shhor": "months", "shahr": "months",
        "sanawat": "years", "sneen": "years", "snin": "years", "seneen": "years", "sana": "years",
        "motatawe3": "volunteer", "mutatawi3": "volunteer", "tatawo3": "volunteer", "tatawu3": "volunteer",
        "shoghl madfou3": "paid job", "shughl madfu3": "paid job", "3amal madfu3": "paid job", "bashtaghal": "i work",
        "bshtghel": "i work", "bashteghel": "i work", "ashtaghil": "i work", "eshtaghalt": "i worked",
        "shtaghalt": "i worked", "ishtaghalt": "i worked", "fil maktaba": "in a library", "fel maktaba": "in a library",
        "maktaba": "library", "mundhu": "since", "munthu": "since", "monz": "since", "la7ad el2an": "until now",
        "lehad delwa2ty": "until now", "la7ad delwa2ti": "until now", "7atta al2an": "until now", "lal2an": "until now",
        "delwa2ty": "now", "halla2": "now", "al2an": "now", "sajjalt": "i enrolled", "sajalt": "i enrolled",
        "sagelt": "i enrolled", "tasjeel": "enrollment", "a5er maw3ed": "deadline", "akher maw3ed": "deadline",
        "akhir maw3id": "deadline", "emta": "when", "imta": "when", "emte": "when", "la emta": "by when",
        "le emta": "by when", "lessa fi wa2t": "is there still time", "lisa fi wa2t": "is there still time",
        "ba2i wa2t": "is there still time", "tajdeed": "renewal", "tagdeed": "renewal", "tajdid": "renewal",
        "lel tajdeed": "for the renewal", "lil tajdeed": "for the renewal", "la el tajdeed": "for the renewal",
        "emta ajadded": "when do i renew", "ajaddid": "renew", "ajadded": "renew", "agadded": "renew",
        "5adt el shahada": "i was certified", "akhadt el shahada": "i was certified", "7asalt 3ala el shahada": "i was certified",
        "shahada": "certificate", "mo2tamar": "conference", "mu2tamar": "conference", "mutamar": "conference",
        "warshat 3amal": "workshop", "warshet 3amal": "workshop", "warsha": "workshop", "jalsa": "session",
        "galsa": "session", "da2aye2": "minutes", "d2aye2": "minutes", "daqa2iq": "minutes", "daqayeq": "minutes",
        "da2ee2a": "minutes", "daqiqa": "minutes", "ayyam": "days", "ayam": "days", "yomein": "two days",
        "yomen": "two days", "teknolojia": "technology", "tiknolojya": "technology", "3an el teknolojia": "on technology",
        "kam sa3a 3andi": "how many hours do i have", "kam sa3a": "how many hours", "zamilti": "my coworker",
        "zmilti": "my coworker", "zameelti": "my coworker", "zamili": "my coworker", "zmili": "my coworker",
        "zameeli": "my coworker", "zamila": "coworker", "zamil": "coworker", "mowazzafti": "my employee",
        "mowazzafi": "my employee", "hiya": "she", "heya": "she", "hya": "she", "huwa": "he", "howa": "he",
        "wa7ed": "one", "wahed": "one", "wahid": "one", "etnen": "two", "itnein": "two", "tnen": "two", "talata": "three",
        "tlata": "three", "thalatha": "three", "arba3a": "four", "arba3": "four", "5amsa": "five", "khamsa": "five",
        "sitta": "six", "setta": "six", "sab3a": "seven", "tamanya": "eight", "tmanye": "eight", "tis3a": "nine",
        "tes3a": "nine", "3ashara": "ten", "3ashra": "ten", "yanayer": "january", "yanayir": "january",
        "febrayer": "february", "fibrayir": "february", "mares": "march", "maris": "march", "ebril": "april",
        "mayu": "may", "yonyo": "june", "yunyu": "june", "yolyo": "july", "yulyu": "july", "aghostos": "august",
        "aghustus": "august", "sebtamber": "september", "oktober": "october", "uktubar": "october",
        "novamber": "november", "nufambar": "november", "desamber": "december", "disambar": "december",
        "ana": "i", "w": "and", "wa": "and", "bas": "but", "mesh": "not", "mish": "not", "msh": "not", "fi": "in",
        "3andi": "i have", "lazem": "have to", "lazim": "have to", "momken": "can", "mumkin": "can",
        "hal ana mu2ahhal": "am i eligible", "mu2ahhal": "eligible", "mo2ahal": "eligible", "mu2ahhala": "eligible",
        "mo2ahala": "eligible", "shukran": "thanks", "shokran": "thanks", "marhaba": "hi", "mar7aba": "hi",
        "ماذا تبقى لي": "what is left", "ماذا تبقى": "what is left", "ما الذي تبقى": "what is left",
        "ما المتبقي": "what is left", "ايش الباقي": "what is left", "ايش باقي": "what is left", "شو الباقي": "what is left",
        "شو باقي": "what is left", "شو ضايل": "what is left", "ايه اللي فاضل": "what is left", "ايه الباقي": "what is left",
        "ماذا ينقصني": "what is missing", "ماذا ينقص": "what is missing", "كم تبقى": "how many more do i need",
        "كم باقي": "how many more do i need", "قديش باقي": "how many more do i need", "ماذا ينقصها": "what does she still need",
        "ماذا تحتاج بعد": "what does she still need", "المتبقي": "the rest", "باقي": "left", "متبقي": "left",
        "فاضل": "left", "ينقصني": "i still need", "ما زال": "still", "لا يزال": "still", "انهيت": "i finished", "أنهت": "she finished", "أكملت": "i completed",
        "دورات": "courses", "دورة": "course", "مقررات": "courses", "مقرر": "course", "كورسات": "courses",
        "كم المجموع": "what is the total", "مدة": "of", "لمدة": "for", "ما هو": "what is", "ما هي": "what is",
        "أنهيت": "i finished", "خلصت": "i finished", "أتممت": "i completed",
        "انتهيت من": "i finished", "انتهيت": "i finished", "نجحت في": "i passed", "نجحت": "i passed",
        "رسبت في": "i failed", "رسبت": "i failed", "سقطت في": "i failed", "سقطت": "i failed",
        "أدرس حاليا": "i am taking", "أدرس الآن": "i am taking", "أدرس": "i am taking", "حاليا": "currently",
        "قيد الدراسة": "in progress", "بدأت": "i started", "انسحبت من": "i withdrew from", "انسحبت": "i withdrew",
        "تركت": "i withdrew", "كم يكلف": "how much does it cost", "كم تكلف": "how much does it cost",
        "كم التكلفة": "how much does it cost", "كم السعر": "how much", "كم سأدفع": "how much do i pay",
        "كم أدفع": "how much do i pay", "كم يجب أن أدفع": "how much do i pay", "بكم": "how much", "قديش": "how much",
        "كام": "how much", "كم": "how many", "الرسوم": "the fee", "رسوم": "fee", "رسم": "fee", "التكلفة": "cost",
        "تكلفة": "cost", "المجموع الكلي": "the total", "المجموع": "the total", "مجموع": "total", "الإجمالي": "the total",
        "إجمالي": "total", "كل واحد": "each", "كل واحدة": "each", "لكل مقرر": "per course", "لكل دورة": "per course",
        "لكل كورس": "per course", "كل": "each", "منحة": "grant", "نصف": "half", "النصف": "half", "نص": "half",
        "أدفع": "pay", "دفع": "pay", "أنا عضو في ala": "i am an ala member", "عضو في ala": "ala member",
        "عضو ala": "ala member", "لست عضوا في ala": "i am not an ala member", "لست عضوة في ala": "i am not an ala member",
        "لست عضوا": "i am not a member", "لست عضوة": "i am not a member", "لست عضو": "i am not a member",
        "مش عضو": "not a member", "مو عضو": "not a member", "غير عضو": "not a member", "عضوة": "member", "عضوا": "member",
        "عضو": "member", "انتهت عضويتي": "my membership expired", "عضويتي انتهت": "my membership expired",
        "عضويتي": "my membership", "العضوية": "membership", "عضوية": "membership", "انتهت": "expired",
        "منتهية": "expired", "جمعية المكتبات في الولاية": "state library association", "جمعية الولاية": "state association",
        "رابطة الولاية": "state association", "ساعات": "hours", "ساعة": "hours", "في الأسبوع": "a week",
        "أسبوعيا": "a week", "بالأسبوع": "a week", "أسابيع": "weeks", "أسبوعا": "weeks", "أسبوع": "weeks",
        "أشهر": "months", "شهور": "months", "شهرا": "months", "شهر": "months", "سنوات": "years", "سنين": "years",
        "سنة": "years", "أعوام": "years", "عاما": "years", "عام": "years", "سنتين": "two years", "شهرين": "two months",
        "أسبوعين": "two weeks", "يومين": "two days", "ساعتين": "two hours", "كمتطوعة": "as a volunteer",
        "كمتطوع": "as a volunteer", "متطوعة": "volunteer", "متطوع": "volunteer", "تطوعت": "i volunteered",
        "عمل مدفوع الأجر": "paid job", "وظيفة مدفوعة الأجر": "paid job", "مدفوع الأجر": "paid", "أعمل": "i work", "يعمل": "works", "تعمل": "works", "el rusum": "the fee",
        "اشتغل": "i work", "عملت": "i worked", "اشتغلت": "i worked", "في مكتبة": "in a library", "في المكتبة": "in a library",
        "مكتبة": "library", "منذ": "since", "حتى الآن": "until now", "لحد الآن": "until now", "لحد دلوقتي": "until now",
        "إلى الآن": "until now", "الآن": "now", "هلق": "now", "دلوقتي": "now", "سجلت": "i enrolled", "التحقت": "i enrolled",
        "تسجيل": "enrollment", "الموعد النهائي": "the deadline", "آخر موعد": "deadline", "حتى متى": "by when",
        "لغاية متى": "by when", "إلى متى": "by when", "متى": "when", "امتى": "when", "ايمتى": "when",
        "هل ما زال لدي وقت": "is there still time", "هل لدي وقت": "is there still time", "لسه في وقت": "is there still time",
        "باقي وقت": "is there still time", "التجديد": "renewal", "تجديد": "renewal", "للتجديد": "for the renewal",
        "متى يجب أن أجدد": "when do i have to renew", "متى أجدد": "when do i renew", "أجدد": "renew",
        "حصلت على الشهادة": "i was certified", "حصلت على الاعتماد": "i was certified", "الشهادة": "certificate",
        "شهادة": "certificate", "الاعتماد": "certification", "اعتماد": "certification", "مؤتمر الولاية": "state conference",
        "مؤتمر": "conference", "ندوات عبر الإنترنت": "webinars", "ندوة عبر الإنترنت": "webinar", "ويبينار": "webinar",
        "ويبنار": "webinar", "ورش عمل": "workshops", "ورشة عمل": "workshop", "ورشة": "workshop",
        "ساعات معتمدة": "credits", "ساعة معتمدة": "credit", "جلسة": "session", "دقيقة": "minutes", "دقائق": "minutes",
        "يوم": "days", "أيام": "days", "عن التكنولوجيا": "on technology", "حول التكنولوجيا": "on technology",
        "التكنولوجيا": "technology", "تكنولوجيا": "technology", "التقنية": "technology", "كم ساعة لدي": "how many hours do i have",
        "كم ساعة عندي": "how many hours do i have", "كم ساعة": "how many hours", "زميلتي": "my coworker",
        "زميلي": "my coworker", "زميلة": "coworker", "زميل": "coworker", "موظفتي": "my employee", "موظفي": "my employee",
        "هي": "she", "هو": "he", "واحد": "one", "اثنان": "two", "اثنين": "two", "ثلاثة": "three", "ثلاث": "three",
        "أربعة": "four", "خمسة": "five", "ستة": "six", "سبعة": "seven", "ثمانية": "eight", "تسعة": "nine", "عشرة": "ten",
        "يناير": "january", "فبراير": "february", "مارس": "march", "أبريل": "april", "مايو": "may", "يونيو": "june",
        "يوليو": "july", "أغسطس": "august", "سبتمبر": "september", "أكتوبر": "october", "نوفمبر": "november",
        "ديسمبر": "december", "كانون الثاني": "january", "شباط": "february", "آذار": "march", "نيسان": "april",
        "أيار": "may", "حزيران": "june", "تموز": "july", "أيلول": "september", "تشرين الأول": "october",
        "تشرين الثاني": "november", "كانون الأول": "december", "أنا": "i", "و": "and", "في": "in", "على": "on",
        "لكن": "but", "بس": "but", "لا": "not", "هل": "", "لدي": "i have", "عندي": "i have", "هل أنا مؤهل": "am i eligible",
        "هل أنا مؤهلة": "am i eligible", "مؤهل": "eligible", "مؤهلة": "eligible", "هل يمكنني": "can i",
        "يجب": "have to", "لازم": "have to", "شكرا": "thanks", "مرحبا": "hi", "السلام عليكم": "hi",
    },
    "zh": {  # Mandarin: pinyin a syllable at a time (`_typed_pinyin` adds it typed a word at a time), then Han
        # characters, simplified (`_TRADITIONAL` adds each one's traditional spelling), found inside a run of them
        "hai sheng shen me": "what is left", "hai sheng xia shen me": "what is left", "wo hai sheng shen me": "what is left",
        "hai cha shen me": "what is left", "hai que shen me": "what is missing", "hai xu yao shen me": "what else do i need",
        "wo hai xu yao shen me": "what else do i need", "hai yao zuo shen me": "what else do i need",
        "ta hai xu yao shen me": "what does she still need", "ta hai cha shen me": "what does she still need",
        "hai sheng ji ge": "how many more do i need", "hai cha ji ge": "how many more do i need",
        "hai yao ji ge": "how many more do i need", "hai cha ji men": "how many more do i need",
        "hai sheng ji men": "how many more do i need", "hai cha duo shao": "how many more", "hai sheng duo shao": "how many more",
        "sheng xia de": "the rest", "sheng xia": "left", "shen me": "what", "ji ge": "how many", "ji men": "how many courses",
        "duo shao": "how much", "wo yi jing wan cheng le": "i already completed", "yi jing wan cheng le": "already completed",
        "wo wan cheng le": "i completed", "wan cheng le": "completed", "wan cheng": "completed", "xiu wan le": "finished",
        "xiu wan": "finished", "shang wan le": "finished", "xue wan le": "finished", "tong guo le": "passed",
        "tong guo": "passed", "mei tong guo": "failed", "mei you tong guo": "failed", "mei guo": "failed", "gua le": "failed",
        "bu ji ge": "failed", "zheng zai shang": "i am taking", "zheng zai xiu": "i am taking", "zheng zai xue": "i am taking",
        "jin xing zhong": "in progress", "kai shi le": "started", "fang qi le": "withdrew", "fang qi": "withdrew",
        "yi jing": "already", "yao jiao duo shao qian": "how much do i pay", "yao fu duo shao qian": "how much do i pay",
        "yao fu duo shao": "how much do i pay", "yao jiao duo shao": "how much do i pay", "duo shao qian": "how much does it cost",
        "fei yong": "cost", "bao ming fei": "application fee", "shen qing fei": "application fee", "yi gong": "in total",
        "zong gong": "in total", "mei men ke": "each course", "mei men": "each", "mei ge": "each", "hui yuan": "member",
        "wo shi": "i am", "wo bu shi": "i am not", "bu shi hui yuan": "not a member", "fei hui yuan": "non-member",
        "hui yuan guo qi le": "membership expired", "guo qi le": "expired", "guo qi": "expired", "xiao shi": "hours",
        "ge xiao shi": "hours", "zhong tou": "hours", "mei zhou": "a week", "mei ge xing qi": "a week", "mei xing qi": "a week",
        "xing qi": "weeks", "ge yue": "months", "nian": "years", "ban nian": "six months", "yi nian ban": "a year and a half",
        "wo gong zuo": "i work", "gong zuo le": "worked", "gong zuo": "work", "zhi yuan zhe": "volunteer",
        "zuo zhi yuan zhe": "volunteer", "dang zhi yuan zhe": "volunteer", "zuo yi gong": "volunteer", "zai tu shu guan": "in a library",
        "tu shu guan": "library", "dao xian zai": "until now", "zhi jin": "until now", "xian zai": "now",
        "jie zhi ri qi": "deadline", "zui hou qi xian": "deadline", "jie zhi": "deadline", "shen me shi hou": "when",
        "he shi": "when", "dao shen me shi hou": "by when", "wo bao ming le": "i enrolled", "bao ming le": "enrolled",
        "bao ming": "enrolled", "zhu ce le": "enrolled", "zhu ce": "enrolled", "bei lu qu": "accepted", "lu qu le": "accepted",
        "hai lai de ji ma": "is there still time", "lai de ji ma": "is there still time",
        "hai you shi jian ma": "is there still time", "shen me shi hou xu qi": "when do i renew", "xu qi": "renewal",
        "xu zheng": "renewal", "geng xin": "renewal", "huo de ren zheng": "i was certified", "na dao zheng shu": "i was certified",
        "huo de zheng shu": "i was certified", "ren zheng": "certification", "zheng shu": "certificate",
        "ji shu xue shi": "technology hours", "guan yu ji shu": "on technology", "ji shu": "technology", "ke ji": "technology",
        "xue shi": "contact hours", "zhou hui yi": "state conference", "hui yi": "conference", "nian hui": "conference",
        "wang luo yan tao hui": "webinar", "xian shang jiang zuo": "webinar", "yan tao hui": "workshop",
        "gong zuo fang": "workshop", "xue fen": "credits", "fen zhong": "minutes", "tian": "days", "ke cheng": "courses",
        "men ke": "courses", "wo de tong shi": "my coworker", "tong shi": "coworker", "wo de": "my", "wo men": "we",
        "wo you duo shao xiao shi": "how many hours do i have", "you duo shao xiao shi": "how many hours do i have",
        "duo shao xiao shi": "how many hours", "ji ge xiao shi": "how many hours", "wo fu he zi ge ma": "am i eligible",
        "fu he zi ge ma": "am i eligible", "wo you zi ge ma": "am i eligible", "you zi ge ma": "am i eligible",
        "zi ge": "eligibility", "wo you": "i have", "ru guo": "if", "dan shi": "but", "shi de": "yes", "dui": "yes",
        "mei you": "no", "bu": "not", "wo": "i", "ta": "she", "he": "and", "gen": "and", "ye": "also", "ma": "", "ne": "",
        "le": "", "de": "", "qing wen": "", "xie xie": "thanks", "ni hao": "hi", "da jia hao": "hi", "shi": "is",
        "yi": "one", "er": "two", "liang": "two", "san": "three", "si": "four", "wu": "five", "liu": "six", "qi": "seven",
        "jiu": "nine", "er shi": "twenty", "san shi": "thirty", "si shi": "forty", "yi yue": "january", "er yue": "february",
        "san yue": "march", "si yue": "april", "wu yue": "may", "liu yue": "june", "qi yue": "july", "ba yue": "august",
        "jiu yue": "september", "shi yue": "october", "shi yi yue": "november", "shi er yue": "december",
        "还剩什么": "what is left", "还剩下什么": "what is left", "我还剩什么": "what is left", "还差什么": "what is left",
        "还差哪些": "what is left", "还剩哪些": "what is left", "还缺什么": "what is missing", "缺什么": "what is missing",
        "还需要什么": "what else do i need", "我还需要什么": "what else do i need", "还需要做什么": "what else do i need",
        "还要做什么": "what else do i need", "她还需要什么": "what does she still need", "她还差什么": "what does she still need",
        "她还剩什么": "what does she still need", "他还需要什么": "what does he still need", "还剩几个": "how many more do i need",
        "还差几个": "how many more do i need", "还要几个": "how many more do i need", "还差几门": "how many more do i need",
        "还剩几门": "how many more do i need", "还要上几门": "how many more do i need", "还差多少": "how many more",
        "还剩多少": "how many more", "剩下的": "the rest", "剩下": "left", "剩余": "remaining", "还需要": "still need",
        "还": "still", "需要": "need", "什么": "what", "哪些": "which", "几个": "how many", "几门课": "how many courses",
        "几门": "how many courses", "多少": "how much", "几": "how many",
        "我已经完成了": "i already completed", "已经完成了": "already completed", "已完成": "completed",
        "我完成了": "i completed", "完成了": "completed", "完成": "completed", "修完了": "finished", "修完": "finished",
        "上完了": "finished", "上完": "finished", "学完了": "finished", "学完": "finished", "读完了": "finished",
        "读完": "finished", "做完了": "finished", "做完": "finished", "结束了": "finished", "通过了": "passed",
        "通过": "passed", "没通过": "failed", "没有通过": "failed", "没过": "failed", "挂了": "failed", "不及格": "failed",
        "正在上": "i am taking", "正在修": "i am taking", "正在学": "i am taking", "正在读": "i am taking",
        "还在上": "i am still taking", "进行中": "in progress", "在读": "in progress", "在修": "in progress",
        "开始了": "started", "开始": "started", "放弃了": "withdrew", "放弃": "withdrew", "退课了": "withdrew",
        "已经": "already", "要交多少钱": "how much do i pay", "要付多少钱": "how much do i pay", "要付多少": "how much do i pay",
        "要交多少": "how much do i pay", "需要付多少": "how much do i pay", "得付多少": "how much do i pay",
        "多少钱": "how much does it cost", "费用是多少": "how much is the fee", "报名费": "application fee",
        "申请费": "application fee", "费用": "cost", "学费": "fee", "收费": "fee", "费": "fee", "一共": "in total",
        "总共": "in total", "总计": "in total", "合计": "in total", "加起来": "in total", "总额": "the total",
        "每门课": "each course", "每门": "each", "每个": "each", "各": "each", "每": "each", "付钱": "pay", "缴费": "pay",
        "付": "pay", "补助": "grant", "资助": "grant", "奖学金": "grant", "一半": "half", "半价": "half",
        "我不是": "i am not", "我是": "i am", "不是会员": "not a member", "非会员": "non-member",
        "会员资格过期了": "membership expired", "会籍过期了": "membership expired", "会员过期了": "membership expired",
        "会员资格": "membership", "会籍": "membership", "会员": "member", "过期了": "expired", "过期": "expired",
        "到期了": "expired", "到期": "expired", "州图书馆协会": "state library association", "州协会": "state association",
        "个小时": "hours", "小时": "hours", "个钟头": "hours", "钟头": "hours", "每周": "a week", "每星期": "a week",
        "每个星期": "a week", "每礼拜": "a week", "一周": "a week", "周": "weeks", "个星期": "weeks", "星期": "weeks",
        "个月": "months", "半年": "six months", "一年半": "a year and a half", "去年": "last year", "今年": "this year", "明年": "next year", "年": "years", "天": "days",
        "工作了": "worked", "工作": "work", "上班": "work", "兼职": "part-time", "全职": "full time",
        "做志愿者": "volunteer", "当志愿者": "volunteer", "志愿者": "volunteer", "志工": "volunteer", "做义工": "volunteer",
        "义工": "volunteer", "志愿服务": "volunteer", "在图书馆": "in a library", "图书馆": "library", "到现在": "until now",
        "直到现在": "until now", "至今": "until now", "现在": "now", "截止日期": "deadline", "截止期限": "deadline",
        "最后期限": "deadline", "截止时间": "deadline", "截止": "deadline", "期限": "deadline", "什么时候": "when",
        "何时": "when", "几时": "when", "到什么时候": "by when", "最晚什么时候": "by when", "我报名了": "i enrolled",
        "报名了": "enrolled", "报名": "enrolled", "注册了": "enrolled", "注册": "enrolled", "登记了": "enrolled",
        "被录取了": "i was accepted", "被录取": "accepted", "录取": "accepted", "被接受了": "accepted",
        "还来得及吗": "is there still time", "来得及吗": "is there still time", "还有时间吗": "is there still time",
        "之前": "before", "以前": "before", "什么时候续期": "when do i renew", "什么时候要续期": "when do i renew",
        "续期": "renewal", "续证": "renewal", "续约": "renewal", "更新": "renewal", "再认证": "renewal",
        "获得了认证": "i was certified", "获得认证": "i was certified", "拿到了证书": "i was certified",
        "拿到证书": "i was certified", "获得证书": "i was certified", "通过认证": "i was certified", "被认证": "i was certified",
        "认证": "certification", "证书": "certificate", "证照": "certificate", "技术学时": "technology hours",
        "技术小时": "technology hours", "关于技术的": "on technology", "关于技术": "on technology",
        "技术方面的": "on technology", "技术": "technology", "科技": "technology", "关于": "on", "学时": "contact hours",
        "培训学时": "contact hours", "继续教育": "continuing education", "州会议": "state conference",
        "州年会": "state conference", "会议": "conference", "年会": "conference", "大会": "conference",
        "网络研讨会": "webinar", "網路研討會": "webinar", "线上研讨会": "webinar", "在线讲座": "webinar", "线上讲座": "webinar",
        "研讨会": "workshop", "工作坊": "workshop", "讲座": "session", "学分": "credits", "分钟": "minutes",
        "课程": "courses", "门课": "courses", "课": "course", "门": "courses", "个": "", "场": "", "参加了": "attended",
        "参加": "attended", "去了": "went to", "上了": "took", "我的同事": "my coworker", "同事": "coworker",
        "我的员工": "my employee", "我的下属": "my employee", "我的": "my", "我们": "we", "我": "i", "她": "she",
        "他": "he", "她的": "her", "我有多少小时": "how many hours do i have", "有多少小时": "how many hours do i have",
        "我有几个小时": "how many hours do i have", "多少小时": "how many hours", "几个小时": "how many hours",
        "我已经有": "i already have", "已经有": "already have", "我有": "i have", "有": "have", "其中": "of which",
        "做了": "did", "我符合资格吗": "am i eligible", "符合资格吗": "am i eligible", "我有资格吗": "am i eligible",
        "有资格吗": "am i eligible", "够资格吗": "am i eligible", "符合条件吗": "am i eligible", "能申请吗": "can i apply",
        "可以申请吗": "can i apply", "资格": "eligibility", "申请": "apply", "是的": "yes", "对": "yes", "没错": "yes",
        "不是": "not", "不": "not", "没有": "no", "没": "not", "好的": "ok", "和": "and", "跟": "and", "与": "and",
        "也": "also", "如果": "if", "但是": "but", "可是": "but", "为了": "for", "为": "for", "给": "for", "在": "in",
        "从": "since", "到": "until", "吗": "", "呢": "", "了": "", "的": "", "吧": "", "啊": "", "呀": "", "请问": "",
        "谢谢": "thanks", "你好": "hi", "大家好": "hi", "是": "is", "一": "one", "二": "two", "两": "two", "三": "three",
        "四": "four", "五": "five", "六": "six", "七": "seven", "八": "eight", "九": "nine", "十": "ten", "半": "half",
        "一月": "january", "二月": "february", "三月": "march", "四月": "april", "五月": "may", "六月": "june",
        "七月": "july", "八月": "august", "九月": "september", "十月": "october", "十一月": "november", "十二月": "december",
    },
    "uk": {  # Ukrainian: transliterated as typed, then Cyrillic, read as Russian is ("й" as "и", "ї" as "і")
        "maiu": "i have", "maiu vzhe": "i already have", "z nykh": "of them", "z yakykh": "of which", "treba": "needed",
        "pro": "about", "dlia": "for", "navchannia": "of education",
        "маю": "i have", "з них": "of them", "з яких": "of which",
        "shcho meni zalyshylos": "what is left", "shcho zalyshylos": "what is left", "shcho zalyshylosia": "what is left",
        "shcho shche zalyshylos": "what is left", "sho zalyshylos": "what is left", "scho zalyshylos": "what is left",
        "shcho meni shche potribno": "what else do i need", "shcho shche potribno": "what else do i need",
        "shcho shche treba": "what else do i need", "choho ne vystachaie": "what is missing",
        "choho ne vystachaye": "what is missing", "skilky zalyshylos": "how many more do i need",
        "skilky shche": "how many more", "shcho yii zalyshylos": "what does she still need",
        "shcho ii zalyshylos": "what does she still need", "zalyshylos": "left", "zalyshylosia": "left", "lyshylos": "left",
        "ya zakinchyla": "i finished", "ya zakinchyv": "i finished", "zakinchyla": "finished", "zakinchyv": "finished",
        "zavershyla": "completed", "zavershyv": "completed", "sklala": "passed", "sklav": "passed", "ne sklala": "failed",
        "ne sklav": "failed", "provalyla": "failed", "provalyv": "failed", "prokhodzhu": "i am taking",
        "prohodzhu": "i am taking", "v protsesi": "in progress", "u protsesi": "in progress", "pochala": "started",
        "pochav": "started", "kynula": "withdrew", "kynuv": "withdrew", "skilky koshtuie": "how much does it cost",
        "skilky koshtuye": "how much does it cost", "skilky meni platyty": "how much do i pay",
        "skilky platyty": "how much do i pay", "skilky ya zaplachu": "how much will i pay", "skilky": "how much",
        "skilki": "how much", "vnesok": "fee", "vartist": "cost", "razom": "in total", "vsoho": "in total",
        "kozhen": "each", "kozhnyi": "each", "za kurs": "per course", "polovynu": "half", "ya chlen ala": "i am an ala member",
        "ya ne chlen ala": "i am not an ala member", "ya ne chlen": "i am not a member", "ne chlen": "not a member",
        "chlen": "member", "chlena": "member", "dlia chlena": "for a member", "chlenstvo": "membership", "hodyn": "hours", "hodyny": "hours", "na tyzhden": "a week",
        "shchotyzhnia": "a week", "tyzhniv": "weeks", "misiatsiv": "months", "misyatsiv": "months", "rokiv": "years",
        "roky": "years", "rik": "year", "volonterom": "as a volunteer", "volonterkoiu": "as a volunteer",
        "volonterkoyu": "as a volunteer", "pratsiuiu": "i work", "pratsyuyu": "i work", "pratsiuvala": "worked",
        "pratsyuvala": "worked", "pratsiuvav": "worked", "pratsyuvav": "worked", "v bibliotetsi": "in a library",
        "u bibliotetsi": "in a library", "dosi": "until now", "do sohodni": "until now", "zaraz": "now",
        "zareiestruvalasia": "i enrolled", "zareyestruvalasya": "i enrolled", "zareiestruvavsia": "i enrolled",
        "zapysalasia": "i enrolled", "zapysalasya": "i enrolled", "mene pryiniialy": "i was accepted",
        "kintsevyi termin": "deadline", "krainii termin": "deadline", "termin": "deadline", "dedlain": "deadline",
        "koly": "when", "do koly": "by when", "vstyhnu": "is there still time", "vstyhaiu": "is there still time",
        "ponovlennia": "renewal", "ponovlennya": "renewal", "prodovzhennia": "renewal", "prodovzhennya": "renewal",
        "dlia ponovlennia": "for the renewal", "dlya ponovlennya": "for the renewal", "ponovyty": "renew",
        "prodovzhyty": "renew", "otrymala sertyfikat": "was certified", "otrymav sertyfikat": "was certified",
        "sertyfikat": "certificate", "konferentsiia": "conference", "konferentsiya": "conference",
        "konferentsii": "conference", "vebinar": "webinar", "vebinary": "webinars", "vebinariv": "webinars",
        "khvylyn": "minutes", "hvylyn": "minutes", "dni": "days", "dniv": "days", "z tekhnolohii": "on technology",
        "kolega": "coworker", "moia kolega": "my coworker", "moya kolega": "my coworker", "miy kolega": "my coworker",
        "vona": "she", "ya": "i", "meni": "i", "moia": "my", "moya": "my", "miy": "my", "u mene": "i have",
        "v mene": "i have", "ne": "not", "tak": "yes", "ni": "no", "ale": "but", "dyakuyu": "thanks", "diakuiu": "thanks",
        "chy pidkhodzhu ya": "am i eligible", "chy pidhodzhu ya": "am i eligible", "chy mozhu ya": "can i",
        "odyn": "one", "odna": "one", "dva": "two", "dvi": "two", "chotyry": "four", "piat": "five",
        "pyat": "five", "shist": "six", "sim": "seven", "visim": "eight", "deviat": "nine", "dev'iat": "nine",
        "desiat": "ten", "desyat": "ten", "dvadtsiat": "twenty", "sichnia": "january", "sichnya": "january",
        "liutoho": "february", "lyutoho": "february", "bereznia": "march", "bereznya": "march",
        "kvitnia": "april", "kvitnya": "april", "travnia": "may", "travnya": "may", "chervnia": "june", "chervnya": "june",
        "lypnia": "july", "lypnya": "july", "serpnia": "august", "serpnya": "august", "veresnia": "september",
        "veresnya": "september", "zhovtnia": "october", "zhovtnya": "october", "lystopada": "november",
        "grudnia": "december", "hrudnia": "december", "hrudnya": "december",
        "що мені залишилось": "what is left", "що мені залишилося": "what is left", "що залишилось": "what is left",
        "що залишилося": "what is left", "що ще залишилось": "what is left", "що ще залишилося": "what is left",
        "що лишилось": "what is left", "що мені ще потрібно": "what else do i need", "що ще потрібно": "what else do i need",
        "що ще треба": "what else do i need", "чого мені не вистачає": "what is missing", "чого не вистачає": "what is missing",
        "скільки залишилось": "how many more do i need", "скільки залишилося": "how many more do i need",
        "скільки ще": "how many more", "що їй залишилось": "what does she still need", "що їй ще потрібно": "what does she still need",
        "що їй ще треба": "what does she still need", "що йому залишилось": "what does he still need",
        "залишилось": "left", "залишилося": "left", "лишилось": "left", "лишилося": "left", "ще": "still",
        "потрібно": "need", "треба": "need", "я закінчила": "i finished", "я закінчив": "i finished",
        "закінчила": "finished", "закінчив": "finished", "завершила": "completed", "завершив": "completed",
        "склала": "passed", "склав": "passed", "пройшла": "passed", "пройшов": "passed", "не склала": "failed",
        "не склав": "failed", "провалила": "failed", "провалив": "failed", "зараз проходжу": "i am taking",
        "проходжу": "i am taking", "вивчаю": "i am taking", "в процесі": "in progress", "у процесі": "in progress",
        "почала": "started", "почав": "started", "кинула": "withdrew", "кинув": "withdrew", "відмовилася від": "withdrew from",
        "скільки коштує": "how much does it cost", "скільки мені платити": "how much do i pay",
        "скільки платити": "how much do i pay", "скільки я заплачу": "how much will i pay", "скільки": "how much",
        "вартість": "cost", "внесок": "fee", "внеску": "fee", "плата": "fee", "збір": "fee", "разом": "in total",
        "всього": "in total", "загалом": "in total", "за кожен курс": "per course", "за курс": "per course",
        "кожен": "each", "кожний": "each", "кожна": "each", "грант": "grant", "стипендію": "grant", "половину": "half",
        "половина": "half", "оплатити": "pay", "платити": "pay", "я член ala": "i am an ala member",
        "я не член ala": "i am not an ala member", "не член ala": "not an ala member", "я не є членом": "i am not a member",
        "не є членом": "i am not a member", "я не член": "i am not a member", "є членом": "i am a member",
        "членом": "member", "член": "member", "членство закінчилося": "membership expired",
        "членство закінчилось": "membership expired", "членство": "membership", "закінчилося": "expired",
        "бібліотечної асоціації штату": "state library association", "асоціації штату": "state association",
        "асоціація штату": "state association", "годин": "hours", "години": "hours", "годину": "hour",
        "на тиждень": "a week", "щотижня": "a week", "тижнів": "weeks", "тижні": "weeks", "тиждень": "week",
        "місяців": "months", "місяці": "months", "місяць": "month", "півтора року": "a year and a half", "років": "years",
        "роки": "years", "рік": "year", "волонтером": "as a volunteer", "волонтеркою": "as a volunteer",
        "волонтерила": "i volunteered", "волонтерив": "i volunteered", "волонтер": "volunteer",
        "оплачувана робота": "paid job", "я працюю": "i work", "працюю": "i work", "працювала": "worked",
        "працював": "worked", "в бібліотеці": "in a library", "у бібліотеці": "in a library", "бібліотека": "library",
        "досі": "until now", "до сьогодні": "until now", "дотепер": "until now", "по теперішній час": "until now",
        "зараз": "now", "тепер": "now", "протягом": "for", "зареєструвалася": "i enrolled", "зареєструвався": "i enrolled",
        "записалася": "i enrolled", "записався": "i enrolled", "мене прийняли": "i was accepted", "прийняли": "accepted",
        "кінцевий термін": "deadline", "крайній термін": "deadline", "який термін": "what is the deadline",
        "термін": "deadline", "дедлайн": "deadline", "коли": "when", "до коли": "by when", "ще встигаю": "is there still time",
        "встигаю": "is there still time", "встигну": "is there still time", "поновлення": "renewal",
        "продовження": "renewal", "подовження": "renewal", "для поновлення": "for the renewal",
        "для продовження": "for the renewal", "поновити": "renew", "продовжити": "renew", "подовжити": "renew",
        "коли поновлювати": "when do i renew", "коли продовжувати": "when do i renew", "отримала сертифікат": "was certified",
        "отримав сертифікат": "was certified", "сертифікат": "certificate", "сертифікація": "certification",
        "години з технологій": "technology hours", "з технологій": "on technology", "про технології": "on technology",
        "технології": "technology", "конференція": "conference", "конференції": "conference", "вебінар": "webinar",
        "вебінари": "webinars", "вебінарів": "webinars", "вебінара": "webinars", "семінар": "workshop", "семінари": "workshops", "семінарів": "workshops",
        "майстер-клас": "workshop", "хвилин": "minutes", "хвилини": "minutes", "днів": "days", "дні": "days", "день": "day",
        "кредитів": "credits", "курсів": "courses", "курси": "courses", "курсами": "courses", "курс": "course", "за": "for",
        "скільки в мене годин": "how many hours do i have", "скільки у мене годин": "how many hours do i have",
        "скільки годин": "how many hours", "з": "with", "двома": "two", "трьома": "three",
        "моя колега": "my coworker", "мій колега": "my coworker", "колега": "coworker", "моя співробітниця": "my employee",
        "мій співробітник": "my employee", "вона": "she", "він": "he", "їй": "her", "я": "i", "мені": "i", "мій": "my",
        "моя": "my", "моє": "my", "мої": "my", "у мене": "i have", "в мене": "i have", "і": "and", "й": "and", "та": "and",
        "але": "but", "не": "not", "так": "yes", "ні": "no", "чи": "", "чи можу я": "can i", "чи маю я право": "am i eligible",
        "чи підходжу я": "am i eligible", "чи відповідаю я вимогам": "am i eligible", "дякую": "thanks", "привіт": "hi",
        "добрий день": "hi", "вітаю": "hi", "у": "in", "в": "in", "на": "for", "один": "one", "одна": "one", "два": "two",
        "дві": "two", "три": "three", "чотири": "four", "п'ять": "five", "шість": "six", "сім": "seven", "вісім": "eight",
        "дев'ять": "nine", "десять": "ten", "двадцять": "twenty", "тридцять": "thirty", "січень": "january",
        "лютий": "february", "березень": "march", "квітень": "april", "травень": "may", "червень": "june", "липень": "july",
        "серпень": "august", "вересень": "september", "жовтень": "october", "листопад": "november", "грудень": "december",
        "січня": "january", "лютого": "february", "березня": "march", "квітня": "april", "травня": "may", "червня": "june",
        "липня": "july", "серпня": "august", "вересня": "september", "жовтня": "october", "листопада": "november",
        "грудня": "december", "січні": "january", "лютому": "february", "березні": "march", "квітні": "april",
        "травні": "may", "червні": "june", "липні": "july", "серпні": "august", "вересні": "september", "жовтні": "october",
        "листопаді": "november", "грудні": "december",
    },
    "ht": {  # Haitian Creole, written without its accents ("kilè" is "kile"); "mwen" after a word is "my" ("kolèg mwen")
        "ladan yo se sou": "of them on", "ladan yo": "of them",
        "kisa ki rete": "what is left", "ki sa ki rete": "what is left", "kisa ki rete pou mwen": "what is left",
        "kisa ki rete pou m": "what is left", "sa ki rete": "what is left", "kisa k rete": "what is left",
        "sa k rete": "what is left", "kisa m bezwen anko": "what else do i need", "kisa m toujou bezwen": "what else do i need",
        "kisa anko m bezwen": "what else do i need", "kisa li bezwen anko": "what does she still need",
        "kisa li toujou bezwen": "what does she still need", "kisa ki rete pou li": "what does she still need",
        "konbyen anko": "how many more", "konbyen ki rete": "how many more do i need", "konbyen m rete": "how many more do i need",
        "konbyen kou anko": "how many more courses", "rete": "left", "toujou": "still", "bezwen": "need", "anko": "more",
        "kisa": "what", "m fini": "i finished", "mwen fini": "i finished", "m deja fini": "i already finished",
        "mwen deja fini": "i already finished", "m te fini": "i finished", "mwen te fini": "i finished", "li fini": "she finished",
        "li te fini": "she finished", "fini": "finished", "m konplete": "i completed", "mwen konplete": "i completed",
        "konplete": "completed", "m pase": "i passed", "mwen pase": "i passed", "pase": "passed", "m te pase": "i passed", "m echwe": "i failed", "m te echwe": "i failed",
        "echwe": "failed", "m ap pran": "i am taking", "m'ap pran": "i am taking", "map pran": "i am taking",
        "mwen ap pran": "i am taking", "m ap fe": "i am taking", "map fe": "i am taking", "ap pran": "taking",
        "an kou": "in progress", "m komanse": "i started", "m te komanse": "i started", "komanse": "started",
        "m abandone": "i withdrew", "m te abandone": "i withdrew", "abandone": "withdrew", "m kite": "i withdrew", "deja": "already",
        "konbyen m ap peye": "how much do i pay", "konbyen m'ap peye": "how much do i pay", "konbyen pou m peye": "how much do i pay",
        "konbyen m dwe peye": "how much do i pay", "konbyen mwen dwe peye": "how much do i pay",
        "konbyen li koute": "how much does it cost", "konbyen sa koute": "how much does it cost", "konbyen": "how much",
        "koute": "costs", "peye": "pay", "fre aplikasyon": "application fee", "fre yo": "the fees", "fre": "fee",
        "pri": "price", "an total": "in total", "antou": "in total", "total": "total", "chak kou": "each course",
        "chak": "each", "bous": "grant", "mwatye": "half", "m se manm ala": "i am an ala member",
        "mwen se manm ala": "i am an ala member", "m pa manm ala": "i am not an ala member",
        "mwen pa manm ala": "i am not an ala member", "m pa manm": "i am not a member", "mwen pa manm": "i am not a member",
        "pa manm": "not a member", "m se manm": "i am a member", "mwen se manm": "i am a member",
        "manm mwen ekspire": "my membership expired", "manm": "member", "ekspire": "expired",
        "asosyasyon bibliyotek eta a": "state library association", "asosyasyon eta a": "state association",
        "edtan": "hours", "pa semen": "a week", "chak semen": "a week", "nan semen": "a week", "pa semenn": "a week",
        "chak semenn": "a week", "semen": "weeks", "semenn": "weeks", "mwa": "months", "ane": "years", "lane": "years",
        "ane pase": "last year", "yon ane edmi": "a year and a half", "yon an edmi": "a year and a half",
        "m travay": "i work", "mwen travay": "i work", "m ap travay": "i work", "m te travay": "i worked",
        "mwen te travay": "i worked", "travay": "work", "m fe volonte": "i volunteered", "m te fe volonte": "i volunteered",
        "mwen te fe volonte": "i volunteered", "kom volonte": "as a volunteer", "tankou volonte": "as a volunteer",
        "volonte": "volunteer", "nan yon bibliyotek": "in a library", "nan bibliyotek la": "in a library",
        "nan bibliyotek": "in a library", "bibliyotek": "library", "depi": "since", "pandan": "for",
        "jiska kounye a": "until now", "jis kounye a": "until now", "jous kounye a": "until now", "kounye a": "now",
        "dat limit la": "the deadline", "dat limit": "deadline", "ki le": "when", "kile": "when", "ki dat": "what date",
        "jiska ki le": "by when", "m enskri": "i enrolled", "mwen enskri": "i enrolled", "m te enskri": "i enrolled",
        "mwen te enskri": "i enrolled", "enskri": "enrolled", "yo aksepte m": "i was accepted", "aksepte": "accepted",
        "eske m gen tan toujou": "is there still time", "m gen tan toujou": "is there still time",
        "eske m kalifye": "am i eligible", "eske mwen kalifye": "am i eligible", "m kalifye": "am i eligible",
        "kalifye": "eligible", "renouvelman": "renewal", "pou renouvelman an": "for the renewal",
        "pou renouvelman": "for the renewal", "renouvle": "renew", "ki le m renouvle": "when do i renew",
        "kile m renouvle": "when do i renew", "kile pou m renouvle": "when do i renew", "kile m dwe renouvle": "when do i renew",
        "m te sertifye": "i was certified", "mwen te sertifye": "i was certified", "m te setifye": "i was certified",
        "mwen te setifye": "i was certified", "sertifye": "certified", "setifye": "certified", "setifika": "certificate",
        "sertifika": "certificate", "edtan teknoloji": "technology hours", "sou teknoloji": "on technology",
        "teknoloji": "technology", "konferans eta a": "state conference", "jou konferans": "conference days",
        "konferans": "conference", "webine": "webinar", "atelye": "workshop", "minit": "minutes", "jou": "days",
        "kredi": "credits", "kou": "courses", "sesyon": "session", "koleg mwen an": "my coworker",
        "koleg mwen": "my coworker", "koleg": "coworker", "m gen": "i have", "mwen gen": "i have",
        "konbyen edtan m genyen": "how many hours do i have", "konbyen edtan m gen": "how many hours do i have",
        "konbyen edtan": "how many hours", "pou mwen": "for me", "mwen": "i", "m": "i", "li": "she", "wi": "yes",
        "pa": "not", "ak": "and", "tou": "also", "si": "if", "pou": "for", "nan": "in", "te": "", "ap": "",
        "eske": "", "mesi": "thanks", "bonjou": "hi", "sak pase": "hi", "youn": "one", "twa": "three", "kat": "four",
        "senk": "five", "uit": "eight", "nef": "nine", "ven": "twenty", "trant": "thirty", "karant": "forty",
        "janvye": "january", "fevriye": "february", "avril": "april", "jiye": "july", "septanm": "september",
        "oktob": "october", "novanm": "november", "desanm": "december",
    },
    "so": {  # Somali
        "iska qoray": "enrolled", "is qoray": "enrolled", "isku qoray": "enrolled", "goormuu yahay": "when is it",
        "haystaa": "have",
        "maxaa ii haray": "what is left", "maxaa iiga haray": "what is left", "maxaa igu haray": "what is left",
        "maxaa ii dhiman": "what is left", "maxaa iga dhiman": "what is left", "maxaa haray": "what is left",
        "maxaa hadhay": "what is left", "maxaa ka haray": "what is left", "maxaa dhiman": "what is left",
        "maxaa kale oo aan u baahanahay": "what else do i need", "maxaan kale u baahanahay": "what else do i need",
        "maxaa u haray": "what does she still need", "maxaa uga haray": "what does she still need",
        "maxay u baahan tahay": "what does she still need", "immisa ayaa ii haray": "how many more do i need",
        "imisa ayaa ii haray": "how many more do i need", "immisa ii haray": "how many more do i need",
        "intee ayaa ii haray": "how many more do i need", "immisa ayaa ii dhiman": "how many more do i need",
        "immisa": "how many", "imisa": "how many", "meeqa": "how much", "intee": "how much", "haray": "left",
        "dhiman": "missing", "weli": "still", "u baahanahay": "need", "waan dhammeeyay": "i finished",
        "waxaan dhammeeyay": "i finished", "waan dhameeyay": "i finished", "waxaan dhameeyay": "i finished",
        "waxaan soo dhammeeyay": "i finished", "waxaan dhamaystay": "i finished", "dhammeeyay": "finished",
        "dhameeyay": "finished", "waxay dhammeysay": "she finished", "waxay dhameysay": "she finished",
        "waxay dhammaysay": "she finished", "waxaan dhammaystiray": "i completed", "dhammaystiray": "completed",
        "dhamaystiray": "completed", "waan ku guuleystay": "i passed", "waan gudbay": "i passed", "gudbay": "passed",
        "waan ku dhacay": "i failed", "ku dhacay": "failed", "hadda waxaan qaadanayaa": "i am taking",
        "waxaan qaadanayaa": "i am taking", "qaadanayaa": "taking", "wuu socdaa": "in progress", "socda": "in progress",
        "waan bilaabay": "i started", "waxaan bilaabay": "i started", "bilaabay": "started", "waan ka tagay": "i withdrew",
        "waan joojiyay": "i withdrew", "joojiyay": "withdrew", "immisa ayaan bixinayaa": "how much do i pay",
        "imisa ayaan bixinayaa": "how much do i pay", "meeqa ayaan bixinayaa": "how much do i pay",
        "immisa ayaan bixiyaa": "how much do i pay", "intee ayaan bixinayaa": "how much do i pay",
        "waa immisa": "how much is it", "waa meeqa": "how much is it", "immisa ayay ku kacaysaa": "how much does it cost",
        "bixinayaa": "pay", "bixi": "pay", "lacagta": "the fee", "lacag": "money", "khidmadda": "the fee", "khidmad": "fee",
        "kharashka": "the cost", "kharash": "cost", "wadarta": "in total", "guud ahaan": "in total",
        "wadar ahaan": "in total", "mid kasta": "each", "midkiiba": "each", "koorso kasta": "each course", "kasta": "each",
        "deeq": "grant", "badh": "half", "waxaan ahay xubin ala": "i am an ala member", "xubin ala ayaan ahay": "i am an ala member",
        "xubin ala baan ahay": "i am an ala member", "xubin ala ma ihi": "i am not an ala member",
        "ma ihi xubin ala": "i am not an ala member", "xubin ala ma ahi": "i am not an ala member",
        "ma ahi xubin ala": "i am not an ala member", "xubin ma ihi": "i am not a member", "ma ihi xubin": "i am not a member",
        "xubin ma ahi": "i am not a member", "ma ahi xubin": "i am not a member", "waxaan ahay xubin": "i am a member",
        "xubin baan ahay": "i am a member", "xubin ayaan ahay": "i am a member", "xubinnimada": "membership",
        "xubinimada": "membership", "xubinnimadaydu way dhacday": "my membership expired",
        "xubinimadaydu way dhacday": "my membership expired", "way dhacday": "expired", "xubin": "member",
        "ururka maktabadaha gobolka": "state library association", "ururka gobolka": "state association",
        "saacadood": "hours", "saacado": "hours", "saacadaha": "hours", "saacad": "hour", "todobaadkii": "a week",
        "toddobaadkii": "a week", "usbuucii": "a week", "todobaad kasta": "a week", "toddobaad kasta": "a week",
        "usbuuc kasta": "a week", "todobaad": "weeks", "toddobaad": "weeks", "toddobaadyo": "weeks", "usbuuc": "weeks",
        "bilood": "months", "bishii": "a month", "sano": "years", "sanadood": "years", "sannadood": "years",
        "sanad": "year", "sannad": "year", "sano iyo badh": "a year and a half", "sanad iyo badh": "a year and a half",
        "waxaan ka shaqeeyaa": "i work", "waan ka shaqeeyaa": "i work", "waxaan ka shaqeynayaa": "i work",
        "waxaan shaqeeyaa": "i work", "waxaan ka shaqeeyay": "i worked", "waan ka shaqeeyay": "i worked",
        "waxaan shaqeeyay": "i worked", "shaqeeyaa": "work", "shaqeeyay": "worked", "shaqo": "job",
        "tabarruc ahaan": "as a volunteer", "tabaruc ahaan": "as a volunteer", "mutadawac ahaan": "as a volunteer",
        "tabarruc": "volunteer", "tabaruc": "volunteer", "mutadawac": "volunteer", "maktabadda": "the library",
        "maktabada": "library", "maktabad": "library", "tan iyo": "since", "laga bilaabo": "since", "ilaa hadda": "until now",
        "ilaa iyo hadda": "until now", "ilaa maanta": "until now", "hadda": "now", "muddo": "for",
        "waqtiga kama dambaysta": "the deadline", "wakhtiga kama dambaysta": "the deadline",
        "waqtiga ugu dambeeya": "the deadline", "wakhtiga ugu dambeeya": "the deadline", "xilliga ugu dambeeya": "the deadline",
        "goorma": "when", "goormee": "when", "markee": "when", "waxaan is diiwaangeliyay": "i enrolled",
        "waan is diiwaangeliyay": "i enrolled", "waxaan isku diiwaangeliyay": "i enrolled", "is diiwaangeliyay": "enrolled",
        "diiwaangeliyay": "enrolled", "diiwaangashan": "enrolled", "la i aqbalay": "i was accepted",
        "la igu aqbalay": "i was accepted", "aqbalay": "accepted", "weli waqti ma haystaa": "is there still time",
        "weli wakhti ma haystaa": "is there still time", "cusboonaysiinta": "renewal", "cusbooneysiinta": "renewal",
        "cusboonaysiin": "renewal", "cusbooneysiin": "renewal", "cusboonaysii": "renew", "cusbooneysii": "renew",
        "goorma ayaan cusboonaysiinayaa": "when do i renew", "goorma ayaan cusbooneysiinayaa": "when do i renew",
        "goorma ayaan cusboonaysiiyaa": "when do i renew", "waxaan helay shahaadada": "i was certified",
        "waan helay shahaadada": "i was certified", "waxaan helay shahaado": "i was certified",
        "la i shahaadeeyay": "i was certified", "shahaadada": "certificate", "shahaado": "certificate",
        "saacadaha tignoolajiyada": "technology hours", "saacadaha teknoolajiyada": "technology hours",
        "ku saabsan tignoolajiyada": "on technology", "ku saabsan teknoolajiyada": "on technology",
        "tignoolajiyada": "technology", "teknoolajiyada": "technology", "tiknoolajiyada": "technology",
        "tignoolajiya": "technology", "teknoolajiya": "technology", "oo ku saabsan": "on", "ku saabsan": "on", "oo": "", "ah": "", "shirka gobolka": "state conference",
        "shirweyne": "conference", "shirka": "conference", "shir": "conference", "aqoon is weydaarsi": "workshop",
        "tababar": "workshop", "daqiiqo": "minutes", "daqiiqadood": "minutes", "maalmood": "days", "maalin": "day",
        "koorsooyinka": "courses", "koorsooyin": "courses", "koorso": "course", "la shaqeeyahayga": "my coworker",
        "la-shaqeeyahayga": "my coworker", "saaxiibkay shaqada": "my coworker", "saaxiibtay shaqada": "my coworker",
        "la shaqeeye": "coworker", "iyada": "she", "iyadu": "she", "isaga": "he", "aniga": "i", "anigu": "i",
        "waxaan": "i", "waan": "i", "ayaan": "i", "baan": "i", "kayga": "my", "tayda": "my",
        "waxaan haystaa": "i have", "waan haystaa": "i have", "waxaan leeyahay": "i have",
        "immisa saacadood ayaan haystaa": "how many hours do i have", "immisa saacadood ayaan leeyahay": "how many hours do i have",
        "immisa saacadood": "how many hours", "ma u qalmaa": "am i eligible", "ma u qalantaa": "am i eligible",
        "ma xaq u leeyahay": "am i eligible", "ma u qalmi karaa": "am i eligible", "haa": "yes", "maya": "no",
        "iyo": "and", "laakiin": "but", "sidoo kale": "also", "haddii": "if", "mahadsanid": "thanks", "salaan": "hi",
        "kow": "one", "laba": "two", "labo": "two", "saddex": "three", "sadex": "three", "afar": "four", "shan": "five",
        "lix": "six", "toddoba": "seven", "todoba": "seven", "siddeed": "eight", "sideed": "eight", "sagaal": "nine",
        "toban": "ten", "labaatan": "twenty", "soddon": "thirty", "afartan": "forty", "janaayo": "january",
        "febraayo": "february", "feberaayo": "february", "maarso": "march", "abriil": "april", "maajo": "may",
        "juun": "june", "luulyo": "july", "agoosto": "august", "sebtembar": "september", "sebteembar": "september",
        "oktoobar": "october", "nofembar": "november", "noofembar": "november", "desembar": "december",
        "diseembar": "december",
    },
    "fa": {  # Persian: Finglish (romanized) as typed, then Perso-Arabic script, its zero-width non-joiner read as
        # nothing ("کرده‌ام" is "کردهام") and each entry also spelled with a space for it and with the Arabic "ي" and
        # "ك" of an Arabic keyboard; an entry of three letters or more takes the endings of its word ("ساعت‌ها")
        "chi baghi mounde": "what is left", "chi baghi munde": "what is left", "chi baghi moonde": "what is left",
        "chi baghi monde": "what is left", "chi baghi mande": "what is left", "che chizi baghi mande": "what is left",
        "che chizi baghi mounde": "what is left", "che chizi mounde": "what is left", "che chizi mande": "what is left",
        "chi mounde": "what is left", "chi munde": "what is left", "chi moonde": "what is left", "chi monde": "what is left",
        "chi mande": "what is left", "dige chi lazem daram": "what else do i need", "dige chi mikham": "what else do i need",
        "chi lazem daram": "what do i need", "chand ta mounde": "how many more do i need", "chand ta munde": "how many more do i need",
        "chand ta dige mounde": "how many more do i need", "chand ta dige munde": "how many more do i need",
        "chanta mounde": "how many more do i need", "chand ta dige": "how many more", "oon chi lazem dare": "what does she still need",
        "chi lazem dare": "what does she still need", "chi barash mounde": "what does she still need",
        "chi barash munde": "what does she still need", "baghi mounde": "left", "baghi munde": "left", "baghi mande": "left",
        "baghimande": "left", "baghi": "left", "mounde": "left", "munde": "left", "moonde": "left", "hanooz": "still",
        "hanuz": "still", "lazem daram": "i need", "niaz daram": "i need",
        "tamoom kardam": "i finished", "tamum kardam": "i finished", "tamam kardam": "i finished", "tamoomesh kardam": "i finished",
        "tamoom kardeam": "i finished", "tamam kardeam": "i finished", "tamum kardeam": "i finished", "gozarundam": "i completed",
        "gozaroondam": "i completed", "gozarandam": "i completed", "tamoom karde": "she finished", "tamum karde": "she finished",
        "tamam karde": "she finished", "tamoom kard": "she finished", "tamam kard": "she finished", "ghabool shodam": "i passed",
        "ghabul shodam": "i passed", "qabul shodam": "i passed", "ghaboul shodam": "i passed", "pass kardam": "i passed",
        "rad shodam": "i failed", "oftadam": "i failed", "fail shodam": "i failed", "daram migzarunam": "i am taking",
        "daram migzaroonam": "i am taking", "daram migozaroonam": "i am taking", "daram mikhoonam": "i am taking",
        "daram mikhunam": "i am taking", "migzarunam": "i am taking", "migzaroonam": "i am taking", "sabt nam kardam": "i enrolled",
        "sabtenam kardam": "i enrolled", "sabte nam kardam": "i enrolled", "sabtnam kardam": "i enrolled",
        "shoroo kardam": "i started", "shoru kardam": "i started", "shuru kardam": "i started", "vel kardam": "i withdrew",
        "enseraf dadam": "i withdrew", "kenar gozashtam": "i withdrew", "ro": "",
        "cheghadr": "how much", "cheqadr": "how much", "cheghad": "how much", "chegadr": "how much", "chghadr": "how much",
        "cheghadr mishe": "how much is it", "chegadr mishe": "how much is it", "cheqadr mishe": "how much is it",
        "cheghad mishe": "how much is it", "cheghadr bayad bedam": "how much do i pay", "chegadr bayad bedam": "how much do i pay",
        "cheghadr bayad pardakht konam": "how much do i pay", "chegadr bayad pardakht konam": "how much do i pay",
        "chand": "how many", "hazine": "fee", "hazineh": "fee", "hazinash": "the fee", "hazinesh": "the fee",
        "shahriye": "fee", "gheimat": "price", "pardakht": "pay", "dar majmoo": "in total", "dar majmu": "in total",
        "jaman": "in total", "roo ham": "in total", "ru ham": "in total", "har dore": "each course", "har kodoom": "each",
        "har kodum": "each", "har kodam": "each", "har": "each", "nesf": "half",
        "man ozve ala nistam": "i am not an ala member", "ozve ala nistam": "i am not an ala member",
        "ozv ala nistam": "i am not an ala member", "man ozve ala hastam": "i am an ala member",
        "ozve ala hastam": "i am an ala member", "ozve ala am": "i am an ala member", "ozve alam": "i am an ala member",
        "ozv nistam": "i am not a member", "ozv hastam": "i am a member", "ozvam": "i am a member", "ozv": "member",
        "ozve": "member", "ozviyat": "membership", "ozviat": "membership", "ozviyatam monghazi shode": "my membership expired",
        "ozviatam monghazi shode": "my membership expired", "ozviyatam tamoom shode": "my membership expired",
        "ozviatam tamoom shode": "my membership expired", "monghazi shode": "expired",
        "saat dar hafte": "hours a week", "dar hafte": "a week", "haftei": "a week", "hafteyi": "a week", "hafte'i": "a week",
        "har hafte": "a week", "saat": "hours", "hafte": "weeks", "mah": "months", "maah": "months", "sal": "years",
        "saal": "years", "hafte-i": "a week", "rooz": "days", "ruz": "days", "daghighe": "minutes", "daqiqe": "minutes", "daghighe'i": "minutes",
        "be moddate": "for", "be moddat": "for", "ta alan": "until now", "ta hala": "until now", "ta be hal": "until now",
        "alan": "now", "hala": "now",
        "kar mikonam": "i work", "kar mikardam": "i worked", "kar kardam": "i worked", "kar kardeam": "i worked",
        "kar mikone": "she works", "dar ketabkhane": "in a library", "dar ketabkhoone": "in a library",
        "tooye ketabkhoone": "in a library", "tu ketabkhune": "in a library", "too ketabkhoone": "in a library",
        "ketabkhane": "library", "ketabkhoone": "library", "ketabkhune": "library", "ketabkhaneh": "library",
        "davtalabane": "as a volunteer", "be soorate davtalab": "as a volunteer", "davtalab": "volunteer",
        "mohlat": "deadline", "mohlatam": "my deadline", "akharin mohlat": "the deadline", "kei": "when", "key": "when",
        "kay": "when", "che vaght": "when", "chevaght": "when", "che zamani": "when", "ta kei": "by when", "ta key": "by when",
        "key tamoom mishe": "when is it", "kei tamoom mishe": "when is it", "hanooz vaght daram": "is there still time",
        "hanuz vaght daram": "is there still time", "hanooz forsat daram": "is there still time",
        "tamdid": "renewal", "baraye tamdid": "for the renewal", "tamdid konam": "renew",
        "key bayad tamdid konam": "when do i have to renew", "kei bayad tamdid konam": "when do i have to renew",
        "bayad tamdid konam": "i have to renew", "govahi gereftam": "i was certified", "govahiname gereftam": "i was certified",
        "govahinamamo gereftam": "i was certified", "madrak gereftam": "i was certified", "govahiname": "certificate",
        "konferans": "conference", "hamayesh": "conference", "rooz konferans": "conference days", "ruz konferans": "conference days",
        "vebinar": "webinar", "kargah": "workshop", "jalase": "session", "dore": "course", "dars": "course",
        "dar mored technology": "on technology", "darbare technology": "on technology", "darbareye technology": "on technology",
        "darbare": "on", "darbareye": "on", "dar mored": "on", "fanavari": "technology",
        "chand saat daram": "how many hours do i have", "chand saat": "how many hours", "chand saat dige": "how many more hours",
        "hamkaram": "my coworker", "hamkare man": "my coworker", "hamkar": "coworker", "raisam": "my boss",
        "raeesam": "my boss", "oon": "she", "oun": "she",
        "man": "i", "va": "and", "o": "and", "ya": "or", "vali": "but", "amma": "but", "ham": "also", "faghat": "only",
        "faqat": "only", "age": "if", "agar": "if", "dar": "in", "baraye": "for", "ba": "with", "hast": "is",
        "hastam": "i am", "nistam": "i am not", "daram": "i have", "nadaram": "i do not have", "bayad": "have to", "aya": "",
        "bale": "yes", "baleh": "yes", "areh": "yes", "na": "no", "kheir": "no", "nakheir": "no",
        "mamnoon": "thanks", "merci": "thanks", "mersi": "thanks", "salam": "hi", "diplom": "high school diploma",
        "diplome dabirestan": "high school diploma", "diplom dabirestan": "high school diploma",
        "vajed sharayet": "eligible", "vajede sharayet": "eligible", "vajed sharayet hastam": "am i eligible",
        "vajede sharayet hastam": "am i eligible", "sharayet ro daram": "am i eligible",
        "zhanvie": "january", "zhanviye": "january", "fevrie": "february", "fevriye": "february", "avril": "april",
        "zhuan": "june", "zhuiye": "july", "septambr": "september", "oktobr": "october", "novambr": "november",
        "desambr": "december", "dolar": "dollars", "azashoon": "of them", "expire mishe": "does it expire",
        "kei expire mishe": "when does it expire", "key expire mishe": "when does it expire", "monghazi mishe": "does it expire",
        "kei monghazi mishe": "when does it expire", "az kei": "from when", "az key": "from when", "mitoonam": "can i",
        "mitunam": "can i", "renew konam": "renew", "gereftam": "i got", "gereft": "she got", "daneshgah": "university", "kafiye": "is it enough", "kafie": "is it enough",
        "dar mah": "a month", "mahane": "a month",
        "چه چیزی باقی مانده": "what is left", "چه چیزی باقی مانده است": "what is left", "چه چیزهایی باقی مانده": "what is left",
        "چه چیزهایی مانده": "what is left", "چه چیزی مانده": "what is left", "چه باقی مانده": "what is left",
        "چی باقی مونده": "what is left", "چی مونده": "what is left", "چی مانده": "what is left", "چی باقی مانده": "what is left",
        "دیگر چه لازم دارم": "what else do i need", "دیگه چی لازم دارم": "what else do i need",
        "دیگر چه چیزی لازم دارم": "what else do i need", "چه چیزی لازم دارم": "what do i need",
        "چند تا مانده": "how many more do i need", "چندتا مانده": "how many more do i need",
        "چند تا دیگر مانده": "how many more do i need", "چند تا دیگه مونده": "how many more do i need",
        "چندتا دیگه مونده": "how many more do i need", "چند تا دیگر": "how many more", "چه چیزی برایش مانده": "what does she still need",
        "براش چی مونده": "what does she still need", "او چه چیزی لازم دارد": "what does she still need",
        "چه چیزی لازم دارد": "what does she still need", "اون چی لازم داره": "what does she still need",
        "هنوز چه لازم دارد": "what does she still need", "باقی مانده": "left", "باقیمانده": "left", "مانده": "left",
        "مونده": "left", "هنوز": "still", "لازم دارم": "i need", "نیاز دارم": "i need",
        "تمام کردم": "i finished", "تمام کرده‌ام": "i finished", "تموم کردم": "i finished", "تمومش کردم": "i finished",
        "به پایان رساندم": "i finished", "گذراندم": "i completed", "گذرانده‌ام": "i completed", "گذروندم": "i completed",
        "تمام کرده": "she finished", "تمام کرد": "she finished", "تموم کرده": "she finished", "گذرانده": "she completed",
        "قبول شدم": "i passed", "پاس کردم": "i passed", "رد شدم": "i failed", "افتادم": "i failed", "مردود شدم": "i failed",
        "دارم می‌گذرانم": "i am taking", "می‌گذرانم": "i am taking", "دارم می‌گذرونم": "i am taking", "می‌گذرونم": "i am taking",
        "دارم می‌خوانم": "i am taking", "در حال گذراندن": "taking", "در حال انجام": "in progress",
        "ثبت‌نام کردم": "i enrolled", "ثبت‌نام کرده‌ام": "i enrolled", "شروع کردم": "i started", "شروع کرده‌ام": "i started",
        "شروع نکرده‌ام": "i have not started", "انصراف دادم": "i withdrew", "ول کردم": "i withdrew", "کنار گذاشتم": "i withdrew",
        "را": "", "رو": "",
        "چقدر": "how much", "چقدر است": "how much is it", "چقدر می‌شود": "how much is it", "چقدر میشه": "how much is it",
        "چقدر باید بپردازم": "how much do i pay", "چقدر باید پرداخت کنم": "how much do i pay", "چقدر باید بدهم": "how much do i pay",
        "چقدر باید بدم": "how much do i pay", "چند": "how many", "هزینه": "fee", "شهریه": "fee", "قیمت": "price",
        "پرداخت": "pay", "بپردازم": "pay", "در مجموع": "in total", "جمعاً": "in total", "روی هم": "in total", "کل": "total",
        "هر دوره": "each course", "هر کدام": "each", "هر کدوم": "each", "هر": "each", "کمک هزینه": "grant", "نصف": "half",
        "من عضو ala هستم": "i am an ala member", "عضو ala هستم": "i am an ala member", "من عضو ala نیستم": "i am not an ala member",
        "عضو ala نیستم": "i am not an ala member", "عضو نیستم": "i am not a member", "عضو هستم": "i am a member",
        "عضوم": "i am a member", "عضو": "member", "عضویت": "membership", "عضویتم منقضی شده": "my membership expired",
        "عضویتم تمام شده": "my membership expired", "عضویت من منقضی شده": "my membership expired", "منقضی شده": "expired",
        "انجمن کتابخانه‌های ایالتی": "state library association", "انجمن ایالتی": "state association",
        "ساعت در هفته": "hours a week", "در هفته": "a week", "هفته‌ای": "a week", "هر هفته": "a week", "ساعت": "hours",
        "هفته": "weeks", "ماه": "months", "سال": "years", "روز": "days", "دقیقه": "minutes", "به مدت": "for", "مدت": "for",
        "از": "from", "تا الان": "until now", "تا حالا": "until now", "تاکنون": "until now", "تا به حال": "until now",
        "الان": "now", "اکنون": "now", "حالا": "now",
        "کار می‌کنم": "i work", "کار کرده‌ام": "i worked", "کار کردم": "i worked", "کار می‌کردم": "i worked",
        "کار می‌کند": "she works", "در کتابخانه": "in a library", "توی کتابخونه": "in a library", "کتابخانه": "library",
        "کتابخونه": "library", "داوطلبانه": "as a volunteer", "به صورت داوطلب": "as a volunteer", "داوطلب": "volunteer",
        "شغل با حقوق": "paid job",
        "مهلت": "deadline", "آخرین مهلت": "the deadline", "ضرب‌الاجل": "deadline", "کی": "when", "چه زمانی": "when",
        "چه وقت": "when", "کی تمام می‌شود": "when is it", "کی تموم میشه": "when is it", "تا کی": "by when",
        "هنوز وقت دارم": "is there still time", "هنوز فرصت دارم": "is there still time",
        "تمدید": "renewal", "برای تمدید": "for the renewal", "تمدید کنم": "renew", "کی باید تمدید کنم": "when do i have to renew",
        "باید تمدید کنم": "i have to renew", "گواهی گرفتم": "i was certified", "گواهی‌نامه گرفتم": "i was certified",
        "گواهینامه‌ام را گرفتم": "i was certified", "مدرک گرفتم": "i was certified", "گواهی‌نامه": "certificate",
        "گواهی": "certificate",
        "کنفرانس": "conference", "همایش": "conference", "روز کنفرانس": "conference days", "روز همایش": "conference days",
        "وبینار": "webinar", "کارگاه": "workshop", "کارگاه آموزشی": "workshop", "جلسه": "session", "دوره": "courses",
        "درس": "course", "درباره فناوری": "on technology", "درباره‌ی فناوری": "on technology", "در مورد فناوری": "on technology",
        "درباره تکنولوژی": "on technology", "در مورد تکنولوژی": "on technology", "فناوری": "technology", "فن‌آوری": "technology",
        "تکنولوژی": "technology", "درباره": "on", "در مورد": "on", "چند ساعت دارم": "how many hours do i have",
        "چند ساعت": "how many hours", "چند ساعت دیگر": "how many more hours", "ساعت آموزشی": "contact hours",
        "همکارم": "my coworker", "همکار من": "my coworker", "همکار": "coworker", "رئیسم": "my boss", "رئیس من": "my boss",
        "او": "she", "اون": "she",
        "من": "i", "و": "and", "یا": "or", "اما": "but", "ولی": "but", "هم": "also", "فقط": "only", "اگر": "if", "اگه": "if",
        "در": "in", "به": "to", "برای": "for", "با": "with", "است": "is", "هست": "is", "هستم": "i am", "نیستم": "i am not",
        "دارم": "i have", "ندارم": "i do not have", "باید": "have to", "آیا": "", "بله": "yes", "آره": "yes", "نه": "no",
        "خیر": "no", "ممنون": "thanks", "مرسی": "thanks", "سلام": "hi", "دیپلم دبیرستان": "high school diploma",
        "دیپلم": "high school diploma", "مدرک دانشگاهی": "college degree", "واجد شرایط": "eligible",
        "آیا واجد شرایط هستم": "am i eligible", "واجد شرایط هستم": "am i eligible", "شرایط را دارم": "am i eligible",
        "ژانویه": "january", "فوریه": "february", "مارس": "march", "آوریل": "april", "ژوئن": "june", "ژوئیه": "july",
        "جولای": "july", "اوت": "august", "آگوست": "august", "سپتامبر": "september", "اکتبر": "october", "نوامبر": "november",
        "دسامبر": "december", "دلار": "dollars", "کی منقضی می‌شود": "when does it expire", "کی منقضی میشه": "when does it expire",
        "منقضی می‌شود": "expires", "از کی": "from when", "می‌توانم": "can i", "میتونم": "can i", "دانشگاه": "university",
        "کافی است": "is it enough", "کافیه": "is it enough", "در ماه": "a month", "ماهانه": "a month", "که از آنها": "of them", "از آنها": "of them", "یک": "one", "دو": "two", "سه": "three", "چهار": "four", "پنج": "five", "شش": "six",
        "هفت": "seven", "هشت": "eight", "ده": "ten", "بیست": "twenty",
    },
    "bn": {  # Bengali: romanized as typed, then Bengali script, its digits read as digits; an entry of three letters or
        # more takes the endings of its word ("সপ্তাহে", "কোর্সের", "তিনটি")
        "ar ki baki ache": "what is left", "ki baki ache": "what is left", "ki ki baki ache": "what is left",
        "ar ki baki": "what is left", "ki baki": "what is left", "ar ki lagbe": "what else do i need",
        "amar ar ki lagbe": "what else do i need", "ar koyta baki": "how many more do i need", "koyta baki": "how many more do i need",
        "ar kotogulo baki": "how many more do i need", "kotogulo baki": "how many more do i need",
        "or ar ki baki ache": "what does she still need", "or ki baki ache": "what does she still need",
        "tar ar ki baki ache": "what does she still need", "tar ki baki ache": "what does she still need",
        "onar ar ki baki ache": "what does she still need", "onar ki baki ache": "what does she still need",
        "or ar ki lagbe": "what does she still need", "tar ar ki lagbe": "what does she still need", "baki ache": "left",
        "baki": "left", "ekhono": "still", "lagbe": "needed",
        "shesh korechi": "i finished", "sesh korechi": "i finished", "shes korechi": "i finished", "shesh korlam": "i finished",
        "sesh korlam": "i finished", "shesh kore felechi": "i finished", "complete korechi": "i completed",
        "sompurno korechi": "i completed", "somponno korechi": "i completed", "shesh koreche": "she finished",
        "sesh koreche": "she finished", "shesh korechen": "she finished", "sesh korechen": "she finished",
        "pass korechi": "i passed", "pash korechi": "i passed", "fail korechi": "i failed", "fel korechi": "i failed",
        "korchi": "i am taking", "porchi": "i am taking", "ekhon korchi": "i am taking now", "cholche": "in progress",
        "shuru korechi": "i started", "suru korechi": "i started", "chhere diyechi": "i withdrew", "chere diyechi": "i withdrew",
        "bad diyechi": "i withdrew", "bhorti hoyechi": "i enrolled", "vorti hoyechi": "i enrolled", "enroll korechi": "i enrolled",
        "registration korechi": "i enrolled", "shuru korini": "i have not started",
        "fee koto": "how much is the fee", "fi koto": "how much is the fee", "khoroch koto": "how much does it cost",
        "koto lagbe": "how much does it cost", "koto dite hobe": "how much do i pay", "koto taka dite hobe": "how much do i pay",
        "amake koto dite hobe": "how much do i pay", "koto taka": "how much", "koto": "how much", "khoroch": "cost",
        "dite hobe": "do i pay", "mot": "in total", "sob miliye": "in total", "shob miliye": "in total",
        "protiti course": "each course", "prottekta course": "each course", "protita course": "each course", "protiti": "each",
        "protita": "each", "prottekta": "each", "prottek": "each", "ordhek": "half",
        "ami ala member noi": "i am not an ala member", "ala member noi": "i am not an ala member",
        "ami ala sodossho noi": "i am not an ala member", "ala sodossho noi": "i am not an ala member",
        "ami ala sodosso noi": "i am not an ala member", "ala sodosso noi": "i am not an ala member",
        "ami member noi": "i am not a member", "member noi": "i am not a member", "sodossho noi": "i am not a member",
        "sodosso noi": "i am not a member", "shodosso noi": "i am not a member", "ami ala member": "i am an ala member",
        "ami ala sodossho": "i am an ala member", "ami ala sodosso": "i am an ala member", "sodossho": "member",
        "sodosso": "member", "shodosso": "member", "sodossopod": "membership", "meyad shesh hoye geche": "expired",
        "meyad sesh hoye geche": "expired", "expire hoye geche": "expired",
        "amar membership er meyad shesh hoye geche": "my membership expired", "amar membership expire hoye geche": "my membership expired",
        "shoptahe": "a week", "soptahe": "a week", "saptahe": "a week", "prati saptahe": "a week", "proti shoptahe": "a week",
        "proti soptahe": "a week", "ghonta": "hours", "ghanta": "hours", "ghonte": "hours", "shoptaho": "weeks",
        "soptaho": "weeks", "saptaho": "weeks", "soptah": "weeks", "shoptah": "weeks", "mash": "months", "mas": "months",
        "bochor": "years", "bochhor": "years", "bosor": "years", "bachar": "years", "din": "days", "minit": "minutes",
        "der bochor": "a year and a half", "dhore": "for", "theke": "from", "ekhon porjonto": "until now",
        "aj porjonto": "until now", "ajke porjonto": "until now", "ekhon": "now",
        "kaj kori": "i work", "kaaj kori": "i work", "kaj korchi": "i work", "kaaj korchi": "i work", "kaj korechi": "i worked",
        "kaaj korechi": "i worked", "kaj kore": "she works", "kaj koren": "she works", "library te": "in a library",
        "librarite": "in a library", "granthagare": "in a library", "granthagar": "library",
        "sechhasebok hisebe": "as a volunteer", "shecchasebok hisebe": "as a volunteer", "secchasebok hisebe": "as a volunteer",
        "volunteer hisebe": "as a volunteer", "sechhasebok": "volunteer", "shecchasebok": "volunteer",
        "secchasebok": "volunteer", "hisebe": "as",
        "deadline kobe": "when is the deadline", "shesh tarikh": "deadline", "kobe": "when", "kokhon": "when",
        "kobe porjonto": "by when", "ekhono shomoy ache": "is there still time", "ekhono somoy ache": "is there still time",
        "ekhono time ache": "is there still time",
        "nobayon": "renewal", "nabayan": "renewal", "nobayan": "renewal", "renew korte hobe": "do i have to renew",
        "kobe renew korte hobe": "when do i have to renew", "kobe nobayon korte hobe": "when do i have to renew",
        "renew er jonno": "for the renewal", "renewal er jonno": "for the renewal", "nobayoner jonno": "for the renewal",
        "certified hoyechi": "i was certified", "certificate peyechi": "i was certified", "sanad peyechi": "i was certified",
        "sonod peyechi": "i was certified", "sonod": "certificate", "er jonno": "for", "jonno": "for",
        "sommelon": "conference", "shommelon": "conference", "din conference": "conference days",
        "kormoshala": "workshop", "projukti niye": "on technology", "technology niye": "on technology",
        "technology nie": "on technology", "projukti bishoye": "on technology", "projukti": "technology", "niye": "on",
        "nie": "on", "amar koto ghonta holo": "how many hours do i have", "amar koto ghonta hoyeche": "how many hours do i have",
        "amar koto ghonta ache": "how many hours do i have", "koto ghonta": "how many hours",
        "ar koto ghonta lagbe": "how many more hours do i need", "ar koto ghonta": "how many more hours",
        "amar shohokormi": "my coworker", "amar sohokormi": "my coworker", "amar colleague": "my coworker",
        "shohokormi": "coworker", "sohokormi": "coworker", "amar boss": "my boss", "tini": "she", "uni": "she",
        "ami": "i", "amar": "my", "amake": "me", "ar": "and", "ebong": "and", "kintu": "but", "jodi": "if", "shudhu": "only",
        "sudhu": "only", "shudhumatro": "only", "ache": "have", "nei": "do not have", "nai": "do not have", "noi": "am not",
        "ki": "", "haan": "yes", "hyan": "yes", "ha": "yes", "na": "no", "dhonnobad": "thanks", "dhonyobad": "thanks",
        "nomoskar": "hi", "ami ki eligible": "am i eligible", "ami ki joggo": "am i eligible", "ami ki jogyo": "am i eligible",
        "joggo": "eligible", "jogyo": "eligible", "naki": "or", "tar moddhe": "of them", "er moddhe": "of them",
        "proti mashe": "a month", "ki korbo": "what do i do",
        "আর কী বাকি আছে": "what is left", "আর কি বাকি আছে": "what is left", "কী বাকি আছে": "what is left",
        "কি বাকি আছে": "what is left", "কী কী বাকি আছে": "what is left", "কি কি বাকি আছে": "what is left",
        "আর কী বাকি": "what is left", "কী বাকি": "what is left", "কি বাকি": "what is left", "আর কী লাগবে": "what else do i need",
        "আর কি লাগবে": "what else do i need", "আমার আর কী লাগবে": "what else do i need", "আর কয়টা বাকি": "how many more do i need",
        "কয়টা বাকি": "how many more do i need", "আর কতগুলো বাকি": "how many more do i need", "কতগুলো বাকি": "how many more do i need",
        "ওর আর কী বাকি আছে": "what does she still need", "ওর কী বাকি আছে": "what does she still need",
        "তার আর কী বাকি আছে": "what does she still need", "তার কী বাকি আছে": "what does she still need",
        "ওনার আর কী বাকি আছে": "what does she still need", "ওনার কী বাকি আছে": "what does she still need",
        "ওর আর কী লাগবে": "what does she still need", "তার আর কী লাগবে": "what does she still need",
        "ওনার আর কী লাগবে": "what does she still need", "বাকি আছে": "left", "বাকি": "left", "এখনও": "still",
        "এখনো": "still", "লাগবে": "needed",
        "শেষ করেছি": "i finished", "শেষ করলাম": "i finished", "শেষ করে ফেলেছি": "i finished", "সম্পন্ন করেছি": "i completed",
        "সম্পূর্ণ করেছি": "i completed", "কমপ্লিট করেছি": "i completed", "শেষ করেছে": "she finished", "শেষ করেছেন": "she finished",
        "সম্পন্ন করেছে": "she completed", "সম্পন্ন করেছেন": "she completed", "পাস করেছি": "i passed", "পাশ করেছি": "i passed",
        "উত্তীর্ণ হয়েছি": "i passed", "ফেল করেছি": "i failed", "ফেইল করেছি": "i failed", "অকৃতকার্য হয়েছি": "i failed",
        "করছি": "i am taking", "পড়ছি": "i am taking", "এখন করছি": "i am taking now", "চলছে": "in progress",
        "চলমান": "in progress", "শুরু করেছি": "i started", "ছেড়ে দিয়েছি": "i withdrew", "বাদ দিয়েছি": "i withdrew",
        "ভর্তি হয়েছি": "i enrolled", "ভর্তি হলাম": "i enrolled", "নিবন্ধন করেছি": "i enrolled",
        "রেজিস্ট্রেশন করেছি": "i enrolled", "এনরোল করেছি": "i enrolled", "শুরু করিনি": "i have not started",
        "ফি কত": "how much is the fee", "ফি কতো": "how much is the fee", "ফি কত টাকা": "how much is the fee",
        "খরচ কত": "how much does it cost", "কত খরচ": "how much does it cost", "কত লাগবে": "how much does it cost",
        "কত দিতে হবে": "how much do i pay", "কত টাকা দিতে হবে": "how much do i pay", "কত ডলার দিতে হবে": "how much do i pay",
        "আমাকে কত দিতে হবে": "how much do i pay", "কত টাকা": "how much", "কত": "how much", "কতো": "how much", "ফি": "fee",
        "ফী": "fee", "খরচ": "cost", "দাম": "price", "দিতে হবে": "do i pay", "মোট": "in total", "সব মিলিয়ে": "in total",
        "সবমিলিয়ে": "in total", "মোট কত": "how much in total", "প্রতিটি কোর্স": "each course", "প্রতিটা কোর্স": "each course",
        "প্রতিটি": "each", "প্রতিটা": "each", "প্রত্যেকটি": "each", "প্রতি কোর্সে": "per course", "অনুদান": "grant",
        "অর্ধেক": "half",
        "আমি ala সদস্য নই": "i am not an ala member", "ala সদস্য নই": "i am not an ala member",
        "আমি ala মেম্বার নই": "i am not an ala member", "ala মেম্বার নই": "i am not an ala member",
        "আমি সদস্য নই": "i am not a member", "সদস্য নই": "i am not a member", "সদস্য না": "not a member",
        "আমি ala সদস্য": "i am an ala member", "আমি ala মেম্বার": "i am an ala member", "ala সদস্য": "ala member",
        "সদস্য": "member", "মেম্বার": "member", "সদস্যপদ": "membership",
        "আমার সদস্যপদের মেয়াদ শেষ হয়ে গেছে": "my membership expired", "সদস্যপদের মেয়াদ শেষ হয়ে গেছে": "membership expired",
        "মেয়াদ শেষ হয়ে গেছে": "expired", "মেয়াদ শেষ": "expired", "মেয়াদোত্তীর্ণ": "expired",
        "রাজ্য লাইব্রেরি অ্যাসোসিয়েশন": "state library association",
        "সপ্তাহে": "a week", "প্রতি সপ্তাহে": "a week", "ঘণ্টা": "hours", "ঘন্টা": "hours", "সপ্তাহ": "weeks",
        "মাস": "months", "বছর": "years", "দিন": "days", "মিনিট": "minutes", "দেড় বছর": "a year and a half", "ধরে": "for",
        "থেকে": "from", "এখন পর্যন্ত": "until now", "আজ পর্যন্ত": "until now", "এখন": "now",
        "কাজ করি": "i work", "কাজ করছি": "i work", "কাজ করেছি": "i worked", "কাজ করেন": "she works", "কাজ করে": "she works",
        "লাইব্রেরিতে": "in a library", "লাইব্রেরীতে": "in a library", "গ্রন্থাগারে": "in a library", "লাইব্রেরি": "library",
        "লাইব্রেরী": "library", "গ্রন্থাগার": "library", "স্বেচ্ছাসেবক হিসেবে": "as a volunteer",
        "স্বেচ্ছাসেবী হিসেবে": "as a volunteer", "ভলান্টিয়ার হিসেবে": "as a volunteer", "স্বেচ্ছাসেবক": "volunteer",
        "স্বেচ্ছাসেবী": "volunteer", "ভলান্টিয়ার": "volunteer", "বেতনভুক্ত চাকরি": "paid job", "চাকরি": "job",
        "শেষ তারিখ": "deadline", "ডেডলাইন": "deadline", "সময়সীমা": "deadline", "কবে": "when", "কখন": "when",
        "কবে পর্যন্ত": "by when", "এখনও সময় আছে": "is there still time", "এখনো সময় আছে": "is there still time",
        "সময় আছে": "is there time",
        "নবায়ন": "renewal", "নবায়নের জন্য": "for the renewal", "রিনিউ": "renew", "রিনিউয়ের জন্য": "for the renewal",
        "কবে রিনিউ করতে হবে": "when do i have to renew", "কবে নবায়ন করতে হবে": "when do i have to renew",
        "রিনিউ করতে হবে": "do i have to renew", "নবায়ন করতে হবে": "do i have to renew", "সার্টিফাইড হয়েছি": "i was certified",
        "সার্টিফিকেট পেয়েছি": "i was certified", "সনদ পেয়েছি": "i was certified", "প্রত্যয়িত হয়েছি": "i was certified",
        "সার্টিফিকেট": "certificate", "সনদ": "certificate",
        "কনফারেন্স": "conference", "সম্মেলন": "conference", "দিন কনফারেন্স": "conference days", "দিনের কনফারেন্স": "conference days",
        "দিন সম্মেলন": "conference days", "ওয়েবিনার": "webinars", "কর্মশালা": "workshop", "ওয়ার্কশপ": "workshop",
        "সেশন": "session", "কোর্স": "courses", "প্রযুক্তি নিয়ে": "on technology", "প্রযুক্তি বিষয়ে": "on technology",
        "প্রযুক্তি সম্পর্কে": "on technology", "টেকনোলজি নিয়ে": "on technology", "প্রযুক্তি": "technology",
        "টেকনোলজি": "technology", "নিয়ে": "on", "বিষয়ে": "on", "আমার কত ঘণ্টা হলো": "how many hours do i have",
        "আমার কত ঘণ্টা হয়েছে": "how many hours do i have", "আমার কত ঘণ্টা আছে": "how many hours do i have",
        "কত ঘণ্টা": "how many hours", "আর কত ঘণ্টা লাগবে": "how many more hours do i need", "আর কত ঘণ্টা": "how many more hours",
        "কন্টাক্ট আওয়ার": "contact hours",
        "আমার সহকর্মী": "my coworker", "সহকর্মী": "coworker", "আমার বস": "my boss", "সে": "she", "তিনি": "she", "উনি": "she",
        "আমি": "i", "আমার": "my", "আমাকে": "me", "আর": "and", "এবং": "and", "ও": "and", "কিন্তু": "but", "যদি": "if",
        "শুধু": "only", "শুধুমাত্র": "only", "আছে": "have", "নেই": "do not have", "নাই": "do not have", "নই": "am not",
        "কি": "", "কী": "what", "হ্যাঁ": "yes", "না": "no", "ধন্যবাদ": "thanks", "নমস্কার": "hi",
        "হাই স্কুল ডিপ্লোমা": "high school diploma", "ডিপ্লোমা": "diploma", "আমি কি যোগ্য": "am i eligible", "যোগ্য": "eligible",
        "জন্য": "for", "এর জন্য": "for", "ডিগ্রি": "degree", "ডলার": "dollars", "নাকি": "or", "তার মধ্যে": "of them",
        "এর মধ্যে": "of them", "যার মধ্যে": "of them", "প্রিন্টার": "printer", "কাজ করছে না": "is not working",
        "কী করব": "what do i do", "কি করব": "what do i do", "প্রতি মাসে": "a month", "এক": "one", "দুই": "two", "তিন": "three", "চার": "four",
        "পাঁচ": "five",
    },
    "sw": {  # Swahili: a number comes after what it counts ("miaka minne", "saa 20"), said first (`_REWRITES`)
        "nimebakiza nini": "what is left", "nimebakiwa na nini": "what is left", "nini kimebaki": "what is left",
        "nini kinabaki": "what is left", "kilichobaki ni nini": "what is left", "kimebaki nini": "what is left",
        "nini imebaki": "what is left", "nini zimebaki": "what is left", "zimebaki ngapi": "how many more do i need",
        "ngapi zimebaki": "how many more do i need", "nimebakiza ngapi": "how many more do i need",
        "nahitaji nini tena": "what else do i need", "ninahitaji nini tena": "what else do i need",
        "ninahitaji nini zaidi": "what else do i need", "nahitaji nini zaidi": "what else do i need",
        "amebakiza nini": "what does she still need", "anahitaji nini tena": "what does she still need",
        "anahitaji nini zaidi": "what does she still need", "amebakiwa na nini": "what does she still need",
        "nimebakiza": "i have left", "zimebaki": "are left", "imebaki": "is left", "kimebaki": "is left", "bado": "still",
        "zaidi": "more",
        "nimemaliza": "i finished", "nilimaliza": "i finished", "nimeshamaliza": "i already finished",
        "nimekamilisha": "i completed", "nilikamilisha": "i completed", "amemaliza": "she finished", "alimaliza": "she finished",
        "amekamilisha": "she completed", "nimefaulu": "i passed", "nilifaulu": "i passed", "nimepita": "i passed",
        "nimefeli": "i failed", "nilifeli": "i failed", "nimeshindwa": "i failed", "nilishindwa": "i failed",
        "ninasoma": "i am taking", "nasoma": "i am taking", "ninachukua": "i am taking", "inaendelea": "in progress",
        "nimeanza": "i started", "nilianza": "i started", "sijaanza": "i have not started", "nimeacha": "i withdrew",
        "niliacha": "i withdrew", "nimejiondoa": "i withdrew", "nilijiondoa": "i withdrew", "nilijiandikisha": "i enrolled",
        "nimejiandikisha": "i enrolled", "nilisajiliwa": "i enrolled", "nilikubaliwa": "i was accepted",
        "ada ni dola ngapi": "how much is the fee", "ada ni shilingi ngapi": "how much is the fee",
        "ada ni ngapi": "how much is the fee", "ada ni kiasi gani": "how much is the fee", "ada ni bei gani": "how much is the fee",
        "ni dola ngapi": "how much is it", "ni shilingi ngapi": "how much is it", "ni kiasi gani": "how much is it",
        "ni bei gani": "how much is it", "ni ngapi": "how much is it", "dola ngapi": "how much", "shilingi ngapi": "how much",
        "kiasi gani": "how much", "bei gani": "how much", "ngapi": "how many", "nitalipa kiasi gani": "how much do i pay",
        "nitalipa ngapi": "how much do i pay", "nilipe kiasi gani": "how much do i pay", "nitalipa": "will i pay",
        "nilipe": "pay", "kulipa": "pay", "ada": "fee", "gharama": "cost", "bei": "price", "jumla": "in total",
        "kwa jumla": "in total", "kila kozi": "each course", "kila moja": "each", "kila": "each", "ruzuku": "grant",
        "nusu": "half",
        "mimi ni mwanachama wa ala": "i am an ala member", "ni mwanachama wa ala": "i am an ala member",
        "mimi si mwanachama wa ala": "i am not an ala member", "si mwanachama wa ala": "i am not an ala member",
        "mimi sio mwanachama wa ala": "i am not an ala member", "sio mwanachama wa ala": "i am not an ala member",
        "mimi si mwanachama": "i am not a member", "si mwanachama": "i am not a member", "sio mwanachama": "i am not a member",
        "mimi ni mwanachama": "i am a member", "mwanachama wa ala": "ala member", "mwanachama": "member",
        "uanachama": "membership", "uanachama wangu umeisha muda": "my membership expired",
        "uanachama wangu umekwisha muda": "my membership expired", "uanachama wangu umeisha": "my membership expired",
        "uanachama wangu umekwisha": "my membership expired", "umeisha muda": "expired", "umekwisha muda": "expired",
        "umeisha": "expired", "umekwisha": "expired", "chama cha maktaba cha jimbo": "state library association",
        "saa kwa wiki": "hours a week", "kwa wiki": "a week", "kila wiki": "a week", "saa": "hours", "masaa": "hours",
        "wiki": "weeks", "miezi": "months", "mwezi": "month", "miaka": "years", "mwaka": "year", "siku": "days",
        "dakika": "minutes", "kwa": "for", "tangu": "since", "hadi sasa": "until now", "mpaka sasa": "until now",
        "mpaka leo": "until now", "sasa": "now",
        "ninafanya kazi": "i work", "nafanya kazi": "i work", "nimefanya kazi": "i worked", "nilifanya kazi": "i worked",
        "anafanya kazi": "she works", "kazi ya kulipwa": "paid job", "kazi": "job", "maktabani": "in a library",
        "katika maktaba": "in a library", "kwenye maktaba": "in a library", "maktaba": "library",
        "kwa kujitolea": "as a volunteer", "kama mjitolea": "as a volunteer", "nilijitolea": "i volunteered",
        "nimejitolea": "i volunteered", "kujitolea": "volunteering", "mjitolea": "volunteer",
        "tarehe ya mwisho": "the deadline", "muda wa mwisho": "the deadline", "lini": "when", "ni lini": "when is it",
        "hadi lini": "by when", "mpaka lini": "by when", "bado nina muda": "is there still time",
        "nina muda bado": "is there still time", "muda": "time",
        "kuhuisha": "renewal", "kufanya upya": "renewal", "kwa ajili ya kuhuisha": "for the renewal",
        "kwa ajili ya kufanya upya": "for the renewal", "nihuishe lini": "when do i renew", "nitahuisha lini": "when do i renew",
        "nifanye upya lini": "when do i renew", "nihuishe": "renew", "nilipata cheti": "i was certified",
        "nimepata cheti": "i was certified", "nilithibitishwa": "i was certified", "cheti": "certificate",
        "kwa ajili ya": "for",
        "mkutano": "conference", "kongamano": "conference", "siku za mkutano": "conference days",
        "siku za kongamano": "conference days", "semina za mtandaoni": "webinars", "semina ya mtandaoni": "webinar",
        "semina": "workshops", "warsha": "workshop", "kipindi": "session", "kozi": "courses",
        "kuhusu teknolojia": "on technology", "teknolojia": "technology", "kuhusu": "on",
        "nina saa ngapi": "how many hours do i have", "saa ngapi": "how many hours",
        "nimebakiza saa ngapi": "how many more hours do i need", "saa za mawasiliano": "contact hours",
        "mfanyakazi mwenzangu": "my coworker", "mwenzangu": "my coworker", "bosi wangu": "my boss", "yeye": "she",
        "mimi": "i", "wangu": "my", "yangu": "my", "changu": "my", "na": "and", "au": "or", "lakini": "but", "pia": "also",
        "tu": "only", "kama": "if", "katika": "in", "kwenye": "in", "ni": "is", "si": "not", "sio": "not", "siyo": "not",
        "nina": "i have", "sina": "i do not have", "ndiyo": "yes", "ndio": "yes", "hapana": "no", "asante": "thanks",
        "habari": "hi", "hujambo": "hi", "diploma ya sekondari": "high school diploma",
        "diploma ya shule ya upili": "high school diploma", "ninastahili": "am i eligible", "nastahili": "am i eligible",
        "nimestahili": "am i eligible", "ninakidhi vigezo": "am i eligible", "nini": "what", "gani": "which", "wa": "of",
        "ya": "of", "za": "of", "cha": "of",
        "januari": "january", "februari": "february", "machi": "march", "aprili": "april", "mei": "may", "juni": "june",
        "julai": "july", "agosti": "august", "septemba": "september", "oktoba": "october", "novemba": "november",
        "desemba": "december", "dola": "dollars", "shilingi": "shillings", "kati yake": "of them",
        "kati ya hizo": "of them", "naweza": "can i", "ninaweza": "can i", "kuchagua": "choose",
        "nahitaji ngapi": "how many do i need", "ninahitaji ngapi": "how many do i need", "nahitaji": "i need",
        "ninahitaji": "i need", "kwa mwezi": "a month", "kila mwezi": "a month", "kwa mwaka": "a year",
        "nimekuwa nikijitolea": "i have been volunteering", "nimekuwa nikifanya kazi": "i have been working",
        "nikijitolea": "volunteering", "wote": "all", "wenzangu": "colleagues", "moja": "one", "mbili": "two", "tatu": "three", "nne": "four", "tano": "five", "sita": "six",
        "saba": "seven", "nane": "eight", "tisa": "nine", "kumi": "ten", "ishirini": "twenty",
    },
    "hmn": {  # Hmong in the Romanized Popular Alphabet, each syllable with the letter of its tone ("kuv", "tiav",
        # "lawm"), as typed
        "tseem tshuav dab tsi": "what is left", "tshuav dab tsi": "what is left", "tseem tshuav yam dab tsi": "what is left",
        "kuv tseem tshuav dab tsi": "what is left", "tseem tshuav pes tsawg": "how many more do i need",
        "tshuav pes tsawg": "how many more do i need", "tseem xav tau dab tsi": "what else do i need",
        "kuv tseem xav tau dab tsi": "what else do i need", "xav tau dab tsi ntxiv": "what else do i need",
        "nws tseem tshuav dab tsi": "what does she still need", "nws tseem xav tau dab tsi": "what does she still need",
        "tshuav": "left", "tseem": "still", "xav tau": "need", "dab tsi": "what", "ntxiv": "more",
        "kuv kawm tiav": "i finished", "kawm tiav lawm": "finished", "kawm tiav": "finished", "ua tiav": "completed",
        "tiav lawm": "finished", "tiav": "finished", "xeem dhau": "passed", "kawm dhau": "passed", "kuv xeem dhau": "i passed",
        "xeem poob": "failed", "kuv xeem poob": "i failed", "poob": "failed", "tab tom kawm": "taking",
        "kuv tab tom kawm": "i am taking", "tseem tab tom kawm": "still taking", "tab tom": "currently",
        "pib kawm": "started", "kuv pib kawm": "i started", "kuv tso tseg": "i withdrew", "tso tseg": "withdrew",
        "kuv sau npe": "i enrolled", "sau npe": "enrolled", "tsis tau pib": "not started", "lawm": "",
        "pes tsawg nyiaj": "how much", "yog pes tsawg nyiaj": "how much is it", "them pes tsawg nyiaj": "how much do i pay",
        "them pes tsawg": "how much do i pay", "yuav tsum them pes tsawg": "how much do i pay",
        "yuav tsum them pes tsawg nyiaj": "how much do i pay", "kuv yuav tsum them pes tsawg nyiaj": "how much do i pay",
        "kuv yuav tsum them pes tsawg": "how much do i pay",
        "pes tsawg": "how many", "them nqi": "pay the fee", "them nyiaj": "pay", "tus nqi": "the fee", "nqi them": "fee", "nqi": "fee", "nyiaj": "money",
        "tag nrho": "in total", "ua ke": "together", "txhua chav kawm": "each course", "txhua chav": "each course",
        "chav kawm": "courses", "txhua": "each", "nyiaj pab": "grant", "ib nrab": "half",
        "kuv tsis yog ala tus tswv cuab": "i am not an ala member", "tsis yog ala tus tswv cuab": "not an ala member",
        "kuv tsis yog tswv cuab ala": "i am not an ala member", "kuv tsis yog ala member": "i am not an ala member",
        "kuv yog ala tus tswv cuab": "i am an ala member", "kuv yog tswv cuab ala": "i am an ala member",
        "kuv yog ala member": "i am an ala member", "kuv tsis yog tswv cuab": "i am not a member",
        "kuv yog tswv cuab": "i am a member", "tus tswv cuab": "member", "tswv cuab": "member",
        "kev ua tswv cuab": "membership", "kuv txoj kev ua tswv cuab tas sij hawm lawm": "my membership expired",
        "kuv txoj kev ua tswv cuab tas sij hawm": "my membership expired", "kev ua tswv cuab tas sij hawm": "membership expired",
        "tas sij hawm lawm": "expired", "tas sij hawm": "expired", "tas caij": "expired",
        "ib lub lim tiam": "a week", "ib lim tiam": "a week", "ib asthiv": "a week", "txhua lub lim tiam": "a week",
        "lub lim tiam": "weeks", "lim tiam": "weeks", "asthiv": "weeks", "teev": "hours", "xyoo": "years", "xyoos": "years",
        "lub hlis": "months", "hlis": "months", "hli": "months", "hnub": "days", "feeb": "minutes",
        "txij li": "since", "txij thaum": "since", "txog tam sim no": "until now", "mus txog tam sim no": "until now",
        "txog niaj hnub no": "until now", "tam sim no": "now", "tau": "",
        "kuv ua hauj lwm": "i work", "kuv ua haujlwm": "i work", "ua hauj lwm": "work", "ua haujlwm": "work",
        "nws ua hauj lwm": "she works", "hauj lwm": "job", "haujlwm": "job", "hauj lwm tau nyiaj": "paid job",
        "hauv tsev qiv ntawv": "in a library", "nyob tsev qiv ntawv": "in a library", "tom tsev qiv ntawv": "in a library",
        "ntawm tsev qiv ntawv": "in a library", "tsev qiv ntawv": "library", "pab dawb": "as a volunteer",
        "ua haujlwm pab dawb": "volunteered", "ua hauj lwm pab dawb": "volunteered", "kuv ua haujlwm pab dawb": "i volunteered",
        "kuv ua hauj lwm pab dawb": "i volunteered", "tus neeg pab dawb": "volunteer",
        "hnub kawg": "deadline", "hnub kawg yog thaum twg": "when is the deadline", "thaum twg": "when",
        "txog thaum twg": "by when", "puas tseem muaj sij hawm": "is there still time", "tseem muaj sij hawm": "is there still time",
        "sij hawm": "time", "puas": "",
        "rov ua dua": "renew", "txuas ntxiv": "renew", "kev rov ua dua": "renewal", "kev txuas ntxiv": "renewal",
        "rau kev rov ua dua": "for the renewal", "rau kev txuas ntxiv": "for the renewal",
        "kuv yuav tsum rov ua dua thaum twg": "when do i have to renew", "thaum twg kuv yuav tsum rov ua dua": "when do i have to renew",
        "yuav tsum rov ua dua": "have to renew", "kuv tau daim ntawv pov thawj": "i was certified",
        "tau daim ntawv pov thawj": "was certified", "kuv tau txais daim ntawv pov thawj": "i was certified",
        "daim ntawv pov thawj": "certificate", "yuav tsum": "have to",
        "rooj sib tham": "conference", "hnub rooj sib tham": "conference days", "kev cob qhia": "workshop",
        "txog technology": "on technology", "hais txog technology": "on technology", "txog thev naus laus zis": "on technology",
        "thev naus laus zis": "technology", "hais txog": "on", "txog": "on",
        "kuv muaj pes tsawg teev": "how many hours do i have", "pes tsawg teev": "how many hours",
        "tseem tshuav pes tsawg teev": "how many more hours do i need",
        "kuv tus npoj yaig": "my coworker", "kuv tus phooj ywg ua hauj lwm": "my coworker",
        "kuv tus phooj ywg ua haujlwm": "my coworker", "npoj yaig": "coworker", "kuv tus thawj": "my boss",
        "kuv tus boss": "my boss", "nws": "she", "duas las": "dollars", "duas": "dollars", "ntawm lawv": "of them",
        "ntawm cov no": "of them", "kuv tau txais": "i received", "tau txais": "received", "thaum": "in",
        "nws expire": "it expires", "renew tau": "can renew",
        "kuv": "i", "kuv tus": "my", "kuv lub": "my", "thiab": "and", "los yog": "or", "tab sis": "but", "tiam sis": "but",
        "kuj": "also", "tsuas": "only", "xwb": "", "yog tias": "if", "yog": "is", "tsis yog": "not", "tsis": "not",
        "muaj": "have", "kuv muaj": "i have", "tsis muaj": "do not have", "kuv tsis muaj": "i do not have", "hauv": "in",
        "rau": "for", "yog lawm": "yes", "ua tsaug": "thanks", "nyob zoo": "hi",
        "daim ntawv kawm tiav high school": "high school diploma", "kuv puas tsim nyog": "am i eligible",
        "puas tsim nyog": "am i eligible", "tsim nyog": "eligible", "ib": "a", "ob": "two", "peb": "we", "plaub": "four",
        "tsib": "five", "xya": "seven", "yim": "eight", "cuaj": "nine", "kaum": "ten", "nees nkaum": "twenty",
    },
    "ur": {  # Urdu: in its script (with its own letters: "ی", "ک", "ہ", "ھ", "ں", "ے"; each entry also spelled as a
        # Persian or an Arabic keyboard types it), then Roman Urdu: romanized Hindi's words (added below, as
        # `_ROMAN_HINDI`) and those Urdu types its own way ("mukammal", "baqi", "rukniyat", "maheene")
        "کیا باقی ہے": "what is left", "اب کیا باقی ہے": "now what is left", "اور کیا باقی ہے": "what else is left",
        "باقی کیا ہے": "what is left", "کیا رہ گیا ہے": "what is left", "کیا رہ گیا": "what is left",
        "مجھے اور کیا چاہیے": "what else do i need", "اور کیا چاہیے": "what else do i need",
        "مجھے کیا چاہیے": "what do i need", "کتنے باقی ہیں": "how many more do i need",
        "کتنے رہ گئے ہیں": "how many more do i need", "اور کتنے": "how many more",
        "اسے کیا چاہیے": "what does she still need", "اس کو کیا چاہیے": "what does she still need",
        "اس کا کیا باقی ہے": "what does she still need", "اس کے لیے کیا باقی ہے": "what does she still need",
        "باقی ہیں": "are left", "باقی ہے": "is left", "باقی": "left",
        "مکمل کر لیا ہے": "completed", "مکمل کر لیا": "completed", "مکمل کر لی ہے": "completed", "مکمل کر لی": "completed",
        "مکمل کر لیے ہیں": "completed", "مکمل کر لیے": "completed", "مکمل کیا ہے": "completed", "مکمل کیا": "completed",
        "مکمل کیے": "completed", "مکمل ہو گیا": "completed", "مکمل ہو گئی": "completed", "مکمل": "completed",
        "ختم کر لیا": "finished", "ختم کر لی": "finished", "پاس کر لیا": "passed", "پاس کر لی": "passed",
        "پاس ہو گیا": "passed", "پاس ہو گئی": "passed", "پاس کیا": "passed", "فیل ہو گیا": "failed",
        "فیل ہو گئی": "failed", "فیل ہوا": "failed", "فیل ہوئی": "failed", "فیل": "failed",
        "کر رہی ہوں": "i am taking", "کر رہا ہوں": "i am taking", "کر رہی ہے": "is taking", "کر رہا ہے": "is taking",
        "جاری ہے": "is in progress", "شروع کیا تھا": "started", "شروع کیا": "started", "شروع کی": "started",
        "شروع نہیں کیا": "not started", "چھوڑ دیا": "withdrew", "چھوڑ دی": "withdrew", "کرنے کا ارادہ ہے": "i am planning",
        "ارادہ ہے": "i am planning", "داخلہ لیا": "enrolled", "انرول کیا": "enrolled", "انرول ہوئی": "enrolled",
        "انرول ہوا": "enrolled", "اندراج کروایا": "enrolled",
        # money and membership
        "فیس کتنی ہے": "how much is the fee", "کتنی فیس ہے": "how much is the fee", "کتنی فیس": "how much is the fee",
        "فیس": "fee", "کتنا خرچ آئے گا": "how much does it cost", "کتنا خرچہ": "how much does it cost",
        "کتنا لگے گا": "how much does it cost", "کتنے پیسے": "how much", "کتنا دینا ہوگا": "how much do i pay",
        "کتنا دینا پڑے گا": "how much do i pay", "کتنی ادائیگی کرنی ہوگی": "how much do i pay",
        "کتنا ادا کرنا ہوگا": "how much do i pay", "کتنا": "how much", "کتنی": "how much", "کتنے": "how many",
        "کل ملا کر": "in total", "مجموعی طور پر": "in total", "کل": "total", "ہر ایک": "each", "ہر کورس": "each course",
        "فی کورس": "per course", "ڈالر": "dollars", "آدھی": "half", "آدھا": "half", "گرانٹ": "grant", "وظیفہ": "grant",
        "رکن نہیں ہوں": "i am not a member", "ممبر نہیں ہوں": "i am not a member", "رکن ہوں": "i am a member",
        "ممبر ہوں": "i am a member", "رکن": "member", "ممبر": "member", "رکنیت": "membership", "ممبرشپ": "membership",
        "رکنیت ختم ہو گئی ہے": "membership expired", "رکنیت ختم ہو گئی": "membership expired",
        "ختم ہو گئی ہے": "expired", "ختم ہو گئی": "expired", "ایکسپائر ہو گئی": "expired", "ریاستی ایسوسی ایشن": "state association",
        # eligibility, deadlines, renewal
        "کیا میں اہل ہوں": "am i eligible", "میں اہل ہوں": "i am eligible", "اہل": "eligible", "کب": "when",
        "کب تک": "by when", "آخری تاریخ کب ہے": "when is the deadline", "آخری تاریخ": "deadline", "ڈیڈ لائن": "deadline",
        "کیا ابھی وقت ہے": "is there still time", "ابھی بھی وقت ہے": "is there still time", "وقت ہے": "is there time",
        "وقت": "time", "تجدید کے لیے": "for the renewal", "تجدید کے لئے": "for the renewal",
        "کب تجدید کرنی ہے": "when do i have to renew", "تجدید کب کرنی ہے": "when do i have to renew",
        "تجدید کرنی ہے": "have to renew", "تجدید": "renewal", "رینیو": "renew", "سرٹیفکیٹ ملا": "i was certified",
        "سرٹیفیکیٹ ملا": "i was certified", "سند ملی": "i was certified", "سرٹیفکیٹ": "certificate",
        "سرٹیفیکیٹ": "certificate", "سند": "certificate", "سرٹیفائی ہوئی": "was certified", "سرٹیفائی ہوا": "was certified",
        # units and counts
        "ہفتے میں": "a week", "ہر ہفتے": "a week", "فی ہفتہ": "a week", "ہفتہ وار": "a week", "مہینے میں": "a month",
        "گھنٹے": "hours", "گھنٹہ": "hour", "گھنٹوں": "hours", "ہفتے": "weeks", "ہفتوں": "weeks", "ہفتہ": "week",
        "مہینے": "months", "مہینوں": "months", "مہینہ": "month", "ماہ": "months", "سال": "years", "سالوں": "years",
        "برس": "years", "ڈیڑھ سال": "a year and a half", "دن": "days", "دنوں": "days", "منٹ": "minutes",
        "میرے کتنے گھنٹے ہوئے": "how many hours do i have", "کتنے گھنٹے ہوئے": "how many hours do i have",
        "کتنے گھنٹے اور چاہییں": "how many more hours do i need", "اور کتنے گھنٹے چاہییں": "how many more hours do i need",
        "کتنے گھنٹے": "how many hours", "میرے پاس": "i have", "چاہییں": "needed", "چاہیے": "needed", "ہوئے": "",
        "کریڈٹ": "credits", "کورس": "course", "کورسز": "courses", "ویبینار": "webinars", "ویبینارز": "webinars",
        "کانفرنس": "conference", "ورکشاپ": "workshop", "سیشن": "session", "ٹیکنالوجی پر": "on technology",
        "ٹیکنالوجی کے بارے میں": "on technology", "ٹیکنالوجی": "technology",
        # work, people, time
        "کام کرتی ہوں": "i work", "کام کرتا ہوں": "i work", "کام کر رہی ہوں": "i have been working",
        "کام کر رہا ہوں": "i have been working", "کام کیا ہے": "worked", "کام کیا": "worked", "لائبریری میں": "in a library",
        "لائبریری": "library", "کتب خانے میں": "in a library", "کتب خانہ": "library", "رضاکار کے طور پر": "as a volunteer",
        "رضاکارانہ طور پر": "as a volunteer", "رضاکار": "volunteer", "رضاکارانہ": "volunteer",
        "تنخواہ والی نوکری": "paid job", "نوکری": "job", "اب تک": "until now", "ابھی تک": "until now", "آج تک": "until now",
        "اب": "now", "ابھی": "now", "میری ساتھی": "my coworker", "میرا ساتھی": "my coworker", "میرے ساتھی": "my coworker",
        "میری کولیگ": "my coworker", "ساتھی": "coworker", "اس نے": "she", "وہ": "she", "اس کا": "her", "اس کی": "her",
        "شکریہ": "thanks", "السلام علیکم": "hi", "سلام": "hi", "ہائی اسکول ڈپلومہ": "high school diploma",
        "ہائی اسکول": "high school", "ڈپلومہ": "diploma", "درخواست دے سکتی ہوں": "can i apply",
        "درخواست دے سکتا ہوں": "can i apply", "درخواست": "application", "تجربہ": "experience", "صرف": "only",
        # the little words ("میں" is both "I" and "in": "I" where a sentence starts, `_REWRITES`)
        "میں نے": "i", "مجھے": "i", "میرا": "my", "میری": "my", "میرے": "my", "ہوں": "am", "ہے": "is", "ہیں": "are",
        "تھا": "was", "تھی": "was", "اور": "and", "بھی": "also", "نہیں": "not", "کیا": "what", "کا": "", "کی": "", "کے": "",
        "کو": "", "نے": "", "سے": "from", "کے لیے": "for", "کے لئے": "for", "لیے": "for", "پر": "on", "لیکن": "but",
        "مگر": "but", "اگر": "if", "یا": "or", "میں": "in",
        "ایک": "one", "دو": "two", "تین": "three", "چار": "four", "پانچ": "five", "چھ": "six", "سات": "seven", "آٹھ": "eight",
        "نو": "nine", "دس": "ten", "گیارہ": "eleven", "بارہ": "twelve", "پندرہ": "fifteen", "بیس": "twenty", "پچیس": "twenty-five", "تیس": "thirty", "چالیس": "forty",
        "پچاس": "fifty", "ساٹھ": "sixty", "جنوری": "january", "فروری": "february", "مارچ": "march", "اپریل": "april", "مئی": "may",
        "جون": "june", "جولائی": "july", "اگست": "august", "ستمبر": "september", "اکتوبر": "october", "نومبر": "november",
        "دسمبر": "december",
        # Roman Urdu, where it differs from romanized Hindi
        "mein ne": "i", "main ne": "i", "mene": "i", "baqi": "left", "kya baqi hai": "what is left",
        "ab kya baqi hai": "now what is left", "aur kya baqi hai": "what else is left", "baqi kya hai": "what is left",
        "kitne baqi hain": "how many more do i need", "kitne baqi hai": "how many more do i need",
        "uska kya baqi hai": "what does she still need", "usay kya chahiye": "what does she still need",
        "usey kya chahiye": "what does she still need", "mukammal kar liya hai": "completed",
        "mukammal kar liya": "completed", "mukammal kar li hai": "completed", "mukammal kar li": "completed",
        "mukammal kar liye hain": "completed", "mukammal kar liye": "completed", "mukammal kiya": "completed",
        "mukammal kiye": "completed", "mukammal ho gaya": "completed", "mukammal ho gayi": "completed",
        "mukammal": "completed", "fees": "fee", "fees kya hai": "what is the fee", "rukniyat": "membership",
        "rukn": "member", "rukn nahi hun": "i am not a member", "rukn nahi hoon": "i am not a member",
        "member nahi hun": "i am not a member", "ala member nahi hun": "i am not an ala member",
        "ala ka member nahi hun": "i am not an ala member", "ala ki member nahi hun": "i am not an ala member",
        "ala ka rukn nahi hun": "i am not an ala member", "ala ka rukn nahi hoon": "i am not an ala member",
        "member hun": "i am a member", "ala member hun": "i am an ala member", "rukn hun": "i am a member",
        "rukniyat khatam ho gayi hai": "membership expired", "rukniyat khatam ho gayi": "membership expired",
        "membership khatam ho gayi": "membership expired", "saalon": "years", "ghantay": "hours", "ghanton": "hours",
        "haftay": "weeks", "haftay mein": "a week", "har haftay": "a week", "ghantay haftay mein": "hours a week",
        "ghante haftay mein": "hours a week", "maheene": "months", "mahinay": "months", "maheenay": "months",
        "maheena": "month", "mahinon": "months", "tajdeed": "renewal", "tajdeed ke liye": "for the renewal",
        "tajdeed kab karni hai": "when do i have to renew", "kab tajdeed karni hai": "when do i have to renew",
        "renew kab karni hai": "when do i have to renew", "renew karwana hai": "have to renew", "ahal": "eligible",
        "ahl": "eligible", "kya main ahal hun": "am i eligible", "kya main ahal hoon": "am i eligible",
        "kya mein ahal hun": "am i eligible", "kya mein eligible hun": "am i eligible",
        "kya main eligible hun": "am i eligible", "kya mein eligible hoon": "am i eligible", "hun": "am",
        "kaam karta hun": "i work", "kaam karti hun": "i work", "kaam kar raha hun": "i have been working",
        "kaam kar rahi hun": "i have been working", "kar raha hun": "i am taking", "kar rahi hun": "i am taking",
        "razakar": "volunteer", "razakarana": "volunteer", "razakar ke taur par": "as a volunteer",
        "razakarana taur par": "as a volunteer", "akhri tareekh": "deadline", "aakhri tareekh": "deadline",
        "aakhri tarikh": "deadline", "akhri tarikh": "deadline", "waqt": "time", "abhi bhi waqt hai": "is there still time",
        "kya abhi waqt hai": "is there still time", "waqt hai": "is there time", "sanad": "certificate",
        "sanad mili": "i was certified", "kul mila kar": "in total", "har aik": "each", "aik": "one",
        "kutub khana": "library", "kutub khane mein": "in a library",
        "meri saathi": "my coworker", "mera saathi": "my coworker", "us ne": "she", "ke saath": "with",
        "mere paas": "i have", "sirf": "only", "tajurba": "experience", "tajurbah": "experience",
        "karne ka irada hai": "i am planning", "irada hai": "i am planning", "shuru nahi kiya": "not started",
        "jari hai": "is in progress", "dakhla liya": "enrolled", "mukammal nahi kiya": "not completed",
        "ho": "are", "to": "so", "hi": "", "chay": "six", "chhay": "six", "gyarah": "eleven", "giyarah": "eleven",
        "barah": "twelve", "bees": "twenty", "tees": "thirty", "chalees": "forty", "pachaas": "fifty",
        "janwari": "january", "farwari": "february", "aktoobar": "october", "assalam o alaikum": "hi", "salam": "hi",
    },
    "ne": {  # Nepali: Devanagari (Hindi's script, its digits read as digits; an entry of three letters or more takes
        # the endings of its word: "पुस्तकालयमा", "हप्ताको", "कोर्सहरू"), then romanized as typed
        "के बाँकी छ": "what is left", "अब के बाँकी छ": "now what is left", "अरू के बाँकी छ": "what else is left",
        "के के बाँकी छ": "what is left", "बाँकी के छ": "what is left", "के बाँकी छन्": "what is left",
        "मलाई अरू के चाहिन्छ": "what else do i need", "अरू के चाहिन्छ": "what else do i need",
        "मलाई के चाहिन्छ": "what do i need", "कति बाँकी छ": "how many more do i need",
        "कति वटा बाँकी छ": "how many more do i need", "कतिवटा बाँकी छ": "how many more do i need",
        "कति बाँकी छन्": "how many more do i need", "उनलाई के बाँकी छ": "what does she still need",
        "उहाँलाई के बाँकी छ": "what does she still need", "उनको के बाँकी छ": "what does she still need",
        "उनलाई के चाहिन्छ": "what does she still need", "बाँकी छ": "is left", "बाँकी": "left", "बाँकि": "left",
        "सकेँ": "i finished", "सकें": "i finished", "सकेको छु": "i have finished", "सकेकी छु": "i have finished",
        "सकिसकेँ": "i finished", "सकिसकें": "i finished", "सिध्याएँ": "i finished", "सिध्याएं": "i finished",
        "पूरा गरेँ": "i completed", "पूरा गरें": "i completed", "पूरा गरेको छु": "i have completed",
        "पूरा गरेकी छु": "i have completed", "पुरा गरेँ": "i completed", "पुरा गरें": "i completed",
        "पुरा गरेको छु": "i have completed", "पूरा गरिन्": "she completed", "पूरा गरेकी छिन्": "she has completed",
        "सकिन्": "she finished", "सकेकी छिन्": "she has finished", "पास गरेँ": "i passed", "पास गरें": "i passed",
        "पास भएँ": "i passed", "पास भएं": "i passed", "फेल भएँ": "i failed", "फेल भएं": "i failed", "फेल": "failed",
        "गर्दैछु": "i am taking", "गर्दै छु": "i am taking", "पढ्दैछु": "i am taking", "पढ्दै छु": "i am taking",
        "लिँदैछु": "i am taking", "लिँदै छु": "i am taking", "चलिरहेको छ": "is in progress", "सुरु गरेँ": "i started",
        "सुरु गरें": "i started", "सुरु गरेको छैन": "not started", "सुरु गरेकी छैन": "not started",
        "छोडेँ": "i withdrew", "छोडें": "i withdrew", "छोडिदिएँ": "i withdrew", "गर्ने योजना छ": "i am planning",
        "योजना छ": "i am planning", "भर्ना भएँ": "i enrolled", "भर्ना भएं": "i enrolled", "दर्ता गरेँ": "i enrolled",
        "दर्ता गरें": "i enrolled", "इनरोल गरेँ": "i enrolled",
        # money and membership
        "शुल्क कति हो": "how much is the fee", "शुल्क कति छ": "how much is the fee", "शुल्क": "fee", "फी": "fee",
        "फिस": "fee", "कति पर्छ": "how much does it cost", "कति लाग्छ": "how much does it cost",
        "कति तिर्नुपर्छ": "how much do i pay", "कति तिर्नु पर्छ": "how much do i pay",
        "कति तिर्नुपर्ने हुन्छ": "how much do i pay", "जम्मा कति": "how much in total", "जम्मा": "in total",
        "जम्मा कति तिर्नुपर्छ": "how much do i pay in total", "तिर्नुपर्छ": "do i pay", "तिर्नु पर्छ": "do i pay",
        "कुल": "total", "डलर": "dollars", "प्रत्येक": "each", "हरेक": "each", "प्रति कोर्स": "per course", "आधा": "half",
        "अनुदान": "grant", "छात्रवृत्ति": "grant", "सदस्य हुँ": "i am a member", "सदस्य हुं": "i am a member",
        "सदस्य होइन": "i am not a member", "सदस्य होइनँ": "i am not a member", "सदस्य होइनं": "i am not a member",
        "सदस्य": "member", "सदस्यता": "membership", "सदस्यताको म्याद सकियो": "membership expired",
        "म्याद सकियो": "expired", "म्याद सकिएको छ": "expired", "राज्य संघ": "state association",
        # eligibility, deadlines, renewal
        "के म योग्य छु": "am i eligible", "म योग्य छु": "i am eligible", "योग्य छु": "am eligible", "योग्य": "eligible",
        "कहिले": "when", "कहिलेसम्म": "by when", "अन्तिम मिति कहिले हो": "when is the deadline",
        "अन्तिम मिति": "deadline", "अझै समय छ": "is there still time", "समय छ": "is there time", "समय": "time",
        "नवीकरण": "renewal", "नविकरण": "renewal", "नवीकरणको लागि": "for the renewal", "नवीकरणका लागि": "for the renewal",
        "कहिले नवीकरण गर्नुपर्छ": "when do i have to renew", "नवीकरण गर्नुपर्छ": "have to renew",
        "नवीकरण गर्नु पर्छ": "have to renew", "रिन्यु": "renew", "प्रमाणपत्र पाएँ": "i was certified",
        "प्रमाणपत्र पाएं": "i was certified", "प्रमाणित भएँ": "i was certified", "प्रमाणपत्र": "certificate",
        "प्रमाणित": "certified", "मेरो कति घण्टा भयो": "how many hours do i have", "कति घण्टा भयो": "how many hours do i have",
        "अझै कति घण्टा चाहिन्छ": "how many more hours do i need", "कति घण्टा चाहिन्छ": "how many hours do i need",
        "मसँग": "i have", "अझै": "still", "चाहिन्छ": "needed", "भयो": "",
        # units and counts
        "हप्तामा": "a week", "प्रति हप्ता": "a week", "हरेक हप्ता": "a week", "महिनामा": "a month", "घण्टा": "hours",
        "घन्टा": "hours", "हप्ता": "weeks", "महिना": "months", "वर्ष": "years", "बर्ष": "years", "साल": "years",
        "डेढ वर्ष": "a year and a half", "दिन": "days", "मिनेट": "minutes", "क्रेडिट": "credits", "कोर्स": "course",
        "कोर्सहरू": "courses", "कोर्सहरु": "courses", "वेबिनार": "webinars", "सम्मेलन": "conference",
        "कन्फरेन्स": "conference", "कार्यशाला": "workshop", "सत्र": "session", "प्रविधिमा": "on technology",
        "प्रविधि सम्बन्धी": "on technology", "प्रविधिबारे": "on technology", "प्रविधि": "technology",
        # work, people, time
        "काम गर्छु": "i work", "काम गर्दैछु": "i have been working", "काम गर्दै छु": "i have been working",
        "काम गरेँ": "i worked", "काम गरें": "i worked", "काम गरेको छु": "i have worked", "काम गरेकी छु": "i have worked",
        "पुस्तकालयमा": "in a library", "पुस्तकालय": "library", "स्वयंसेवकको रूपमा": "as a volunteer",
        "स्वयंसेवक": "volunteer", "स्वयंसेवा": "volunteer", "तलबी जागिर": "paid job", "जागिर": "job", "देखि": "since",
        "अहिलेसम्म": "until now", "अहिले सम्म": "until now", "हालसम्म": "until now", "अहिले": "now", "हाल": "currently",
        "मेरो सहकर्मी": "my coworker", "मेरी सहकर्मी": "my coworker", "सहकर्मी": "coworker", "उनी": "she",
        "उहाँ": "she", "उनले": "she", "उहाँले": "she", "उनको": "her", "उहाँको": "her", "उनलाई": "she",
        "नमस्ते": "hi", "धन्यवाद": "thanks", "आवेदन दिन सक्छु": "can i apply", "आवेदन दिन सक्छौं": "can we apply",
        "आवेदन दिन": "apply", "आवेदन": "application", "सक्छु": "can", "हाई स्कूल डिप्लोमा": "high school diploma",
        "हाई स्कुल डिप्लोमा": "high school diploma", "डिप्लोमा": "diploma", "अनुभव": "experience", "मात्र": "only",
        # the little words ("छ" is "is", and "six" before what it counts, `_REWRITES`)
        "मैले": "i", "म": "i", "मलाई": "i", "मेरो": "my", "मेरा": "my", "मेरी": "my", "छु": "am", "हुँ": "am",
        "छ": "is", "छन्": "are", "छैन": "not", "छैनन्": "not", "हो": "is", "होइन": "not", "र": "and", "अनि": "and",
        "पनि": "also", "तर": "but", "यदि": "if", "वा": "or", "के": "what", "कति": "how many", "कुन": "which",
        "कसरी": "how", "को लागि": "for", "का लागि": "for", "लागि": "for", "को": "", "का": "", "की": "", "मा": "in",
        "एक": "one", "दुई": "two", "तीन": "three", "चार": "four", "पाँच": "five", "पांच": "five", "सात": "seven",
        "आठ": "eight", "नौ": "nine", "दस": "ten", "एघार": "eleven", "बाह्र": "twelve", "बीस": "twenty", "तीस": "thirty",
        "चालीस": "forty", "पचास": "fifty", "जनवरी": "january", "फेब्रुअरी": "february", "फेब्रुवरी": "february",
        "मार्च": "march", "अप्रिल": "april", "मे": "may", "जुन": "june", "जुलाई": "july", "अगस्ट": "august",
        "अगष्ट": "august", "सेप्टेम्बर": "september", "अक्टोबर": "october", "नोभेम्बर": "november",
        "डिसेम्बर": "december",
        # romanized
        "k baki cha": "what is left", "ke baki cha": "what is left", "k baki chha": "what is left",
        "ke baki chha": "what is left", "aba k baki cha": "now what is left", "aba ke baki cha": "now what is left",
        "aru k baki cha": "what else is left", "k k baki cha": "what is left", "baki k cha": "what is left",
        "malai aru k chahinchha": "what else do i need", "malai aru k chahincha": "what else do i need",
        "aru k chahincha": "what else do i need", "aru k chahinchha": "what else do i need",
        "kati baki cha": "how many more do i need", "kati baki chha": "how many more do i need",
        "kati wota baki cha": "how many more do i need", "katiwota baki cha": "how many more do i need",
        "kati ota baki cha": "how many more do i need", "unlai k baki cha": "what does she still need",
        "unko k baki cha": "what does she still need", "unlai k chahincha": "what does she still need",
        "baki cha": "is left", "baki chha": "is left", "baki": "left", "sake": "i finished", "saken": "i finished",
        "sakeko chu": "i have finished", "sakeko chhu": "i have finished", "sakeki chu": "i have finished",
        "sidhyaye": "i finished", "pura gare": "i completed", "pura garen": "i completed",
        "pura gareko chu": "i have completed", "pura gareko chhu": "i have completed", "pura garin": "she completed",
        "sakin": "she finished", "pass gare": "i passed", "pass bhaye": "i passed", "fail bhaye": "i failed",
        "gardai chu": "i am taking", "gardaichu": "i am taking", "gardai chhu": "i am taking",
        "padhdai chu": "i am taking", "suru gare": "i started", "suru gareko chaina": "not started",
        "chhode": "i withdrew", "chode": "i withdrew", "yojana cha": "i am planning", "bharna bhaye": "i enrolled",
        "enroll gare": "i enrolled", "darta gare": "i enrolled", "shulka": "fee", "sulka": "fee",
        "fee kati ho": "how much is the fee", "fee kati cha": "how much is the fee", "shulka kati ho": "how much is the fee",
        "kati parchha": "how much does it cost", "kati parcha": "how much does it cost",
        "kati lagchha": "how much does it cost", "kati lagcha": "how much does it cost",
        "kati tirnu parchha": "how much do i pay", "kati tirnu parcha": "how much do i pay",
        "kati tirnuparcha": "how much do i pay", "kati tirnuparchha": "how much do i pay", "jamma kati": "how much in total",
        "jamma": "in total", "pratyek": "each", "harek": "each", "sadasya hoina": "i am not a member",
        "sadasya hoin": "i am not a member", "member hoina": "i am not a member", "sadasya hu": "i am a member",
        "ala ko sadasya hoina": "i am not an ala member", "ala ko member hoina": "i am not an ala member",
        "sadasya": "member", "sadasyata": "membership", "myad sakiyo": "expired", "myad sakeko cha": "expired",
        "yogya": "eligible", "ke ma yogya chu": "am i eligible", "k ma yogya chu": "am i eligible",
        "ma yogya chu": "am i eligible", "yogya chu": "am i eligible", "ke ma eligible chu": "am i eligible",
        "k ma eligible chu": "am i eligible", "ma eligible chu": "am i eligible", "eligible chu": "am i eligible",
        "mero kati ghanta bhayo": "how many hours do i have", "kati ghanta bhayo": "how many hours do i have",
        "ajhai kati ghanta chahincha": "how many more hours do i need", "kati ghanta chahincha": "how many hours do i need",
        "masanga": "i have", "ajhai": "still", "chahincha": "needed", "chahinchha": "needed",
        "kahile": "when", "kahilesamma": "by when", "kahile samma": "by when", "antim miti": "deadline",
        "ajhai samay cha": "is there still time", "samay cha": "is there time", "samay": "time", "nabikaran": "renewal",
        "navikaran": "renewal", "nawikaran": "renewal", "kahile renew garnu parchha": "when do i have to renew",
        "kahile renew garnu parcha": "when do i have to renew", "renew garnu parcha": "have to renew",
        "renew garnuparcha": "have to renew", "pramanpatra": "certificate", "pramanpatra paye": "i was certified",
        "certified bhaye": "i was certified", "certificate paye": "i was certified", "haptama": "a week",
        "prati hapta": "a week", "harek hapta": "a week", "hapta": "weeks", "ghanta": "hours", "mahina": "months",
        "mahinama": "a month", "barsa": "years", "barsha": "years", "barsh": "years", "varsha": "years", "sal": "years",
        "din": "days", "minet": "minutes", "course haru": "courses", "sammelan": "conference", "karyashala": "workshop",
        "prabidhi": "technology", "prawidhi": "technology", "kaam garchhu": "i work", "kaam garchu": "i work",
        "kam garchu": "i work", "kam garchhu": "i work", "kaam gardai chu": "i have been working",
        "kam gardai chu": "i have been working", "kaam gare": "i worked", "kam gare": "i worked",
        "kaam gareko chu": "i have worked", "kam gareko chu": "i have worked", "pustakalaya": "library",
        "pustakalayama": "in a library", "library ma": "in a library", "swayamsewak": "volunteer",
        "swayamsevak": "volunteer", "swayamsewa": "volunteer", "talabi jagir": "paid job", "jagir": "job",
        "dekhi": "since", "ahile samma": "until now", "ahilesamma": "until now", "ahile": "now",
        "halsamma": "until now", "aavedan dina sakchhu": "can i apply", "aavedan dina sakchu": "can i apply",
        "mero sahakarmi": "my coworker", "sahakarmi": "coworker", "mero colleague": "my coworker",
        "unle": "she", "uni": "she", "unko": "her", "unlai": "she", "maile": "i", "ma": "i", "malai": "i",
        "mero": "my", "chu": "am", "chhu": "am", "cha": "is", "chha": "is", "chan": "are", "chhan": "are",
        "chaina": "not", "chhaina": "not", "ho": "is", "hoina": "not", "ra": "and", "ani": "and", "pani": "also",
        "tara": "but", "yadi": "if", "k": "what", "ke": "what", "kati": "how many", "kun": "which", "kasari": "how",
        "ko lagi": "for", "ka lagi": "for", "lagi": "for", "ko": "", "ka": "", "dhanyabad": "thanks",
        "dhanyawad": "thanks", "namaste": "hi", "ek": "one", "dui": "two", "tin": "three", "char": "four",
        "panch": "five", "saat": "seven", "aath": "eight", "nau": "nine", "das": "ten", "eghara": "eleven",
        "bahra": "twelve", "bis": "twenty", "tis": "thirty", "chalis": "forty", "pachas": "fifty",
    },
    "am": {  # Amharic: Ge'ez script, the letters it writes alike read as one ("ሠ" as "ሰ", "ዐ" as "አ", "ሐ" and "ኀ" as
        # "ሀ", "ፀ" as "ጸ"), an entry of two letters or more with "በ", "ለ", "ከ", "የ" before it ("ለእድሳት") and the endings
        # of its word after it ("ኮርሶቹ"); then romanized as typed
        "ምን ቀረኝ": "what is left", "ምን ይቀረኛል": "what is left", "ምን ቀረ": "what is left", "ሌላ ምን ቀረኝ": "what else is left",
        "ምን ምን ቀረኝ": "what is left", "የቀረኝ ምንድን ነው": "what is left", "የቀረኝ ምንድነው": "what is left",
        "ምን ያስፈልገኛል": "what do i need", "ሌላ ምን ያስፈልገኛል": "what else do i need", "ስንት ቀረኝ": "how many more do i need",
        "ስንት ይቀረኛል": "how many more do i need", "ምን ቀራት": "what does she still need",
        "ምን ያስፈልጋታል": "what does she still need", "ምን ቀረው": "what does he still need", "የቀረኝ": "what is left",
        "ቀረኝ": "is left", "ይቀረኛል": "is left", "ቀሪ": "left",
        "ጨርሻለሁ": "i finished", "ጨረስኩ": "i finished", "ጨርሼያለሁ": "i finished", "አጠናቅቄያለሁ": "i completed",
        "አጠናቀቅኩ": "i completed", "ጨርሳለች": "she finished", "አጠናቃለች": "she completed", "ጨርሷል": "he finished",
        "አልፌያለሁ": "i passed", "አለፍኩ": "i passed", "ወድቄያለሁ": "i failed", "ወደቅኩ": "i failed",
        "እየወሰድኩ ነው": "i am taking", "እየተማርኩ ነው": "i am taking", "እየወሰድኩ": "i am taking", "በሂደት ላይ ነው": "is in progress",
        "በሂደት ላይ": "in progress", "ጀምሬያለሁ": "i started", "ጀመርኩ": "i started", "አልጀመርኩም": "not started",
        "አቋርጫለሁ": "i withdrew", "አቋረጥኩ": "i withdrew", "ለመውሰድ አቅጃለሁ": "i am planning to take", "አቅጃለሁ": "i am planning",
        "ተመዘገብኩ": "i enrolled", "ተመዝግቤያለሁ": "i enrolled",
        # money and membership
        "ክፍያው ስንት ነው": "how much is the fee", "ክፍያ ስንት ነው": "how much is the fee", "ክፍያው": "the fee", "ክፍያ": "fee",
        "ዋጋው ስንት ነው": "how much does it cost", "ዋጋው": "the cost", "ዋጋ": "cost", "ስንት ነው": "how much is it",
        "ስንት እከፍላለሁ": "how much do i pay", "ምን ያህል እከፍላለሁ": "how much do i pay", "ምን ያህል መክፈል አለብኝ": "how much do i pay",
        "ስንት መክፈል አለብኝ": "how much do i pay", "ምን ያህል": "how much", "ስንት": "how many", "በአጠቃላይ": "in total",
        "በጠቅላላ": "in total", "ጠቅላላ": "total", "ዶላር": "dollars", "እያንዳንዱ": "each", "እያንዳንዳቸው": "each",
        "ግማሽ": "half", "እርዳታ": "grant", "መክፈል": "pay", "እከፍላለሁ": "i pay",
        "አባል ነኝ": "i am a member", "አባል አይደለሁም": "i am not a member", "አባል አይደለሁ": "i am not a member",
        "አባል": "member", "አባላት": "members", "አባልነት": "membership", "አባልነቴ አልፎበታል": "my membership expired",
        "አባልነቴ": "my membership", "ጊዜው አልፎበታል": "expired", "አልፎበታል": "expired", "አብቅቷል": "expired",
        "የክልል ማህበር": "state association", "የግዛት ማህበር": "state association",
        # eligibility, deadlines, renewal
        "ብቁ ነኝ ወይ": "am i eligible", "ብቁ ነኝ": "am i eligible", "ብቁ": "eligible", "እችላለሁ ወይ": "can i", "ወይ": "",
        "የመጨረሻ ቀን መቼ ነው": "when is the deadline", "የመጨረሻው ቀን መቼ ነው": "when is the deadline",
        "ስንት ሰዓት ይቀረኛል": "how many more hours do i need", "ስንት ሰዓት ቀረኝ": "how many more hours do i need",
        "ስንት ሰዓት አለኝ": "how many hours do i have", "መቼ": "when", "እስከ መቼ": "by when", "የመጨረሻ ቀን": "deadline", "የመጨረሻው ቀን": "the deadline", "ገደብ": "deadline",
        "አሁንም ጊዜ አለኝ": "is there still time", "ጊዜ አለኝ": "do i have time", "ጊዜ": "time", "ማደስ": "renew",
        "ማሳደስ": "renew", "እድሳት": "renewal", "መቼ ማደስ አለብኝ": "when do i have to renew", "ማደስ አለብኝ": "i have to renew",
        "ሰርተፍኬት አገኘሁ": "i was certified", "ሰርቲፊኬት አገኘሁ": "i was certified", "ሰርተፊኬት አገኘሁ": "i was certified",
        "ሰርተፍኬቴን አገኘሁ": "i was certified", "ሰርተፍኬት": "certificate", "ሰርቲፊኬት": "certificate",
        "ሰርተፊኬት": "certificate", "የምስክር ወረቀት": "certificate",
        # units and counts
        "በሳምንት": "a week", "በየሳምንቱ": "a week", "በወር": "a month", "ሳምንት": "weeks", "ሳምንታት": "weeks", "ሰዓት": "hours",
        "ሰዓታት": "hours", "ሰአት": "hours", "ሰአታት": "hours", "ወር": "months", "ወራት": "months", "ዓመት": "years",
        "ዓመታት": "years", "አመት": "years", "አመታት": "years", "ዓመት ተኩል": "a year and a half",
        "አንድ ዓመት ተኩል": "a year and a half", "ቀን": "days", "ቀናት": "days", "ደቂቃ": "minutes", "ደቂቃዎች": "minutes",
        "ክሬዲት": "credits", "ኮርስ": "course", "ኮርሶች": "courses", "ዌቢናር": "webinars", "ዌቢናሮች": "webinars",
        "ኮንፈረንስ": "conference", "ጉባኤ": "conference", "ዎርክሾፕ": "workshop", "ወርክሾፕ": "workshop", "ሴሚናር": "workshop",
        "ክፍለ ጊዜ": "session", "ስለ ቴክኖሎጂ": "on technology", "በቴክኖሎጂ ላይ": "on technology", "ቴክኖሎጂ": "technology",
        # work, people, time
        "እሰራለሁ": "i work", "እየሰራሁ ነው": "i have been working", "እየሰራሁ": "working", "ሰርቻለሁ": "i worked",
        "ሰራሁ": "i worked", "በቤተ መጻሕፍት": "in a library", "በቤተ መጻህፍት": "in a library", "ቤተ መጻሕፍት": "library",
        "ቤተ መጻህፍት": "library", "ቤተመጻሕፍት": "library", "ቤተመጻህፍት": "library", "ላይብረሪ": "library",
        "በበጎ ፈቃደኝነት": "as a volunteer", "በጎ ፈቃደኛ": "volunteer", "በጎ ፈቃደኝነት": "volunteer work",
        "ደመወዝ የሚከፈልበት ስራ": "paid job", "ስራ": "job", "ጀምሮ": "", "እስካሁን": "until now", "እስከ አሁን": "until now",
        "አሁን": "now", "ባልደረባዬ": "my coworker", "የስራ ባልደረባዬ": "my coworker", "ባልደረባ": "coworker", "እሷ": "she",
        "እርሷ": "she", "እሱ": "he", "ሰላም": "hi", "አመሰግናለሁ": "thanks", "ማመልከት እችላለሁ ወይ": "can i apply",
        "ማመልከት እችላለሁ": "can i apply", "ማመልከት": "apply", "የሁለተኛ ደረጃ ዲፕሎማ": "high school diploma",
        "የሁለተኛ ደረጃ ትምህርት ዲፕሎማ": "high school diploma", "ዲፕሎማ": "diploma", "ልምድ": "experience", "ብቻ": "only", "የለኝም": "i do not have",
        "ያለኝ": "i have",
        # the little words
        "እኔ": "i", "የእኔ": "my", "የኔ": "my", "ነኝ": "am", "ነው": "is", "ናቸው": "are", "ነበር": "was", "አይደለም": "not",
        "እና": "and", "ግን": "but", "ደግሞ": "also", "ወይም": "or", "ምን": "what", "የትኛው": "which", "የትኞቹ": "which",
        "እንዴት": "how", "ላይ": "on", "አለኝ": "i have", "አሉኝ": "i have", "አለብኝ": "i have to",
        "አንድ": "one", "ሁለት": "two", "ሶስት": "three", "አራት": "four", "አምስት": "five", "ስድስት": "six", "ሰባት": "seven",
        "ስምንት": "eight", "ዘጠኝ": "nine", "አስር": "ten", "አስራ አንድ": "eleven", "አስራ ሁለት": "twelve", "ሃያ": "twenty",
        "ሰላሳ": "thirty", "አርባ": "forty", "ሃምሳ": "fifty", "ስልሳ": "sixty",
        "ጃንዋሪ": "january", "ጃንዩወሪ": "january", "ጥር": "january", "ፌብሩዋሪ": "february", "ፌብሩወሪ": "february",
        "የካቲት": "february", "ማርች": "march", "መጋቢት": "march", "ኤፕሪል": "april", "ሚያዝያ": "april", "ሜይ": "may",
        "ግንቦት": "may", "ጁን": "june", "ሰኔ": "june", "ጁላይ": "july", "ሐምሌ": "july", "ኦገስት": "august", "ነሐሴ": "august",
        "ሴፕቴምበር": "september", "መስከረም": "september", "ኦክቶበር": "october", "ጥቅምት": "october", "ኖቬምበር": "november",
        "ህዳር": "november", "ዲሴምበር": "december", "ታህሳስ": "december",
        # romanized
        "min qerregn": "what is left", "min qeregn": "what is left", "min kerregn": "what is left", "min keregn": "what is left",
        "min qere": "what is left", "min kere": "what is left", "min yiqeregnal": "what is left",
        "min yikeregnal": "what is left", "lela min yasfelgegnal": "what else do i need",
        "min yasfelgegnal": "what do i need", "sint qeregn": "how many more do i need", "sint keregn": "how many more do i need",
        "sint qerregn": "how many more do i need", "sint kerregn": "how many more do i need",
        "min qerat": "what does she still need", "min kerat": "what does she still need", "qeri": "left", "keri": "left",
        "chersalehu": "i finished", "cherishalehu": "i finished", "chershalehu": "i finished", "cheresku": "i finished",
        "cherreskw": "i finished", "atenaqeqku": "i completed", "alefku": "i passed", "alfealehu": "i passed",
        "wedeku": "i failed", "wedeqku": "i failed", "eyewesedku new": "i am taking", "eyetemarku new": "i am taking",
        "jemrealehu": "i started", "jemerku": "i started", "aljemerkum": "not started", "aqwarchalehu": "i withdrew",
        "akwarchalehu": "i withdrew", "akwaretku": "i withdrew", "temezegebku": "i enrolled",
        "kifyaw sint new": "how much is the fee", "kifya sint new": "how much is the fee", "kfyaw sint new": "how much is the fee",
        "kefyaw sint new": "how much is the fee", "kifyaw": "the fee", "kifya": "fee", "kefya": "fee", "kfya": "fee",
        "wagaw sint new": "how much does it cost", "wagaw": "the cost", "waga": "cost", "sint new": "how much is it",
        "sint ekefelalehu": "how much do i pay", "sint mekfel alebign": "how much do i pay", "min yahl": "how much",
        "sint": "how many", "beatekalay": "in total", "be'atekalay": "in total", "teqlala": "total", "dolar": "dollars",
        "eyandandu": "each", "eyandandachew": "each", "gmash": "half", "gimash": "half", "abal negn": "i am a member",
        "abal aydelehum": "i am not a member", "abal aydelahum": "i am not a member", "abal aydelesum": "i am not a member",
        "abal": "member", "abalnet": "membership", "abalnete alfobetal": "my membership expired", "alfobetal": "expired",
        "bqu negn": "am i eligible", "bequ negn": "am i eligible", "biqu negn": "am i eligible", "beku negn": "am i eligible",
        "bqu": "eligible", "bequ": "eligible", "meche": "when", "mechie": "when", "eske meche": "by when",
        "yemechereshaw qen": "the deadline", "yemechersha qen": "deadline", "yemechersha ken": "deadline",
        "ahunm gize alegn": "is there still time", "gize alegn": "do i have time", "gize": "time", "madis": "renew",
        "madess": "renew", "lemadis": "to renew", "edsat": "renewal", "idsat": "renewal", "ledsat": "for the renewal",
        "le edsat": "for the renewal", "meche madis alebign": "when do i have to renew",
        "certificate agegnehu": "i was certified", "sertifiket agegnehu": "i was certified", "sertifiket": "certificate",
        "besamint": "a week", "be samint": "a week", "beyesamintu": "a week", "samint": "weeks", "samnt": "weeks",
        "samintat": "weeks", "se'at": "hours", "sa'at": "hours", "seatat": "hours", "se'atat": "hours", "seat": "hours",
        "werat": "months", "bewer": "a month", "amet": "years", "ametat": "years", "amet tekul": "a year and a half",
        "qen": "days", "qenat": "days", "kenat": "days", "deqiqa": "minutes", "dekika": "minutes",
        "korsoch": "courses", "kors": "course", "esralehu": "i work", "eseralehu": "i work",
        "eyeserahu new": "i have been working", "serchalehu": "i worked", "serahu": "i worked",
        "bebete metsahift": "in a library", "be bete metsahift": "in a library", "bete metsahift": "library",
        "betemetsahift": "library", "bego fekadegna": "volunteer", "bebego fekadegnet": "as a volunteer", "jemro": "",
        "eskahun": "until now", "ahun": "now", "balderebaye": "my coworker", "bal'derebaye": "my coworker",
        "ye sira balderebaye": "my coworker", "esua": "she", "isua": "she", "esu": "he", "ine": "i", "yene": "my",
        "ye ine": "my", "negn": "am", "new": "is", "nachew": "are", "aydelem": "not", "ena": "and", "gin": "but",
        "degmo": "also", "weym": "or", "alegn": "i have", "alebign": "i have to", "selam": "hi",
        "ameseginalehu": "thanks", "amesegnalehu": "thanks", "hulet": "two", "sost": "three",
        "arat": "four", "amist": "five", "sidist": "six", "sebat": "seven", "smint": "eight", "zetegn": "nine",
        "asir": "ten", "haya": "twenty", "selasa": "thirty", "arba": "forty", "hamsa": "fifty", "wer": "months", "ken": "days",
    },
    "nl": {  # Dutch, written without its accents ("één" is "een"); "à" before a price is "at" (`_REWRITES`)
        "wat moet ik nog doen": "what else do i need", "wat moet ik nog": "what else do i need",
        "wat heb ik nog nodig": "what else do i need", "welke heb ik nog nodig": "which do i still need",
        "wat mis ik nog": "what is left", "wat ontbreekt er nog": "what is left", "wat ontbreekt nog": "what is left",
        "wat blijft er over": "what is left", "wat blijft er nog over": "what is left", "wat is er nog over": "what is left",
        "wat rest mij nog": "what is left", "wat rest me nog": "what is left", "wat rest er nog": "what is left",
        "wat staat er nog open": "what is left", "wat moet ze nog doen": "what does she still need",
        "wat heeft ze nog nodig": "what does she still need", "wat heeft zij nog nodig": "what does she still need",
        "wat mist ze nog": "what does she still need", "wat heeft hij nog nodig": "what does he still need",
        "hoeveel moet ik er nog doen": "how many more do i need", "hoeveel moet ik nog doen": "how many more do i need",
        "hoeveel heb ik er nog nodig": "how many more do i need", "hoeveel heb ik nog nodig": "how many more do i need",
        "hoeveel zijn er nog over": "how many more do i need", "hoeveel nog": "how many more",
        "nog over": "left", "er nog over": "left", "over": "left", "nog open": "still open",
        "hoeveel kost het": "how much does it cost", "hoeveel kost dat": "how much does it cost",
        "wat kost het": "how much does it cost", "wat kost dat": "how much does it cost",
        "wat zijn de kosten": "what is the fee", "hoeveel moet ik betalen": "how much do i pay",
        "hoeveel betaal ik": "how much do i pay", "wat betaal ik": "how much do i pay",
        "hoeveel ga ik betalen": "how much will i pay", "hoeveel uur heb ik": "how many hours do i have",
        "hoeveel uren heb ik": "how many hours do i have", "hoeveel uur": "how many hours", "hoeveel uren": "how many hours",
        "hoeveel": "how much", "hoe lang": "how long", "hoe": "how", "wanneer": "when", "tot wanneer": "until when",
        "wanneer moet ik verlengen": "when do i have to renew", "wanneer moet ik vernieuwen": "when do i have to renew",
        "wanneer moet ik klaar zijn": "by when do i have to finish", "tot wanneer heb ik": "until when do i have",
        "kom ik in aanmerking": "am i eligible", "ben ik in aanmerking": "am i eligible",
        "kom ik daarvoor in aanmerking": "am i eligible", "voldoe ik aan de eisen": "do i qualify",
        "voldoe ik": "do i qualify", "in aanmerking": "eligible", "is dat genoeg": "is that enough",
        "heb ik nog tijd": "do i still have time", "heb ik nog genoeg tijd": "do i still have time",
        "is er nog tijd": "is there still time", "nog tijd": "still time",
        "verlengen": "renew", "vernieuwen": "renew", "verlenging": "renewal", "vernieuwing": "renewal",
        "hercertificering": "renewal", "voor de verlenging": "for the renewal", "voor verlenging": "for the renewal",
        "voor de vernieuwing": "for the renewal", "om te verlengen": "to renew",
        # finished, taking, planned, failed
        "ik heb afgerond": "i completed", "afgerond": "completed", "voltooid": "completed", "afgemaakt": "finished",
        "ik ben klaar met": "i finished", "klaar met": "finished", "klaar": "done", "gedaan": "done",
        "gehaald": "passed", "geslaagd voor": "passed", "geslaagd": "passed", "niet gehaald": "failed",
        "gezakt voor": "failed", "gezakt": "failed", "niet geslaagd": "failed",
        "ik ben bezig met": "i am taking", "ben bezig met": "am taking", "bezig met": "taking", "bezig": "in progress",
        "ik volg nu": "i am taking now", "volg ik nu": "i am taking now", "ik volg": "i am taking", "volg ik": "i am taking",
        "loopt nog": "in progress", "begonnen aan": "started", "begonnen": "started", "gestart met": "started",
        "gestart": "started", "nog niet begonnen": "not started", "niet begonnen": "not started",
        "gestopt met": "withdrew from", "gestopt": "withdrew", "afgehaakt": "withdrew", "teruggetrokken": "withdrew",
        "gepland": "planned", "ik ben van plan": "i am planning", "van plan": "planning",
        "ik heb me ingeschreven": "i enrolled", "ik heb mij ingeschreven": "i enrolled", "ik ben ingeschreven": "i enrolled",
        "ingeschreven": "enrolled", "aangemeld": "enrolled", "ik ben begonnen": "i started",
        # units and counts
        "uur per week": "hours a week", "uren per week": "hours a week", "uur in de week": "hours a week",
        "uur per maand": "hours a month", "per week": "a week", "in de week": "a week", "per maand": "a month",
        "uur": "hours", "uren": "hours", "weken": "weeks", "maanden": "months", "maand": "month", "jaar": "years",
        "jaren": "years", "anderhalf jaar": "a year and a half", "dagen": "days", "dag": "day", "minuten": "minutes",
        "studiepunten": "credits", "studiepunt": "credit", "punten": "credits", "cursussen": "courses", "cursus": "course",
        "vakken": "courses", "vak": "course", "conferentie": "conference", "conferentiedagen": "conference days",
        "conferentiedag": "conference day", "congres": "conference", "sessie": "session", "sessies": "sessions", "duurde": "lasted", "duurt": "lasts",
        "over technologie": "on technology", "over techniek": "on technology", "technologie": "technology",
        # money and membership
        "ik ben lid van de ala": "i am an ala member", "ik ben lid van ala": "i am an ala member",
        "ik ben ala-lid": "i am an ala member", "ik ben ala lid": "i am an ala member",
        "ik ben geen lid van de ala": "i am not an ala member", "ik ben geen lid van ala": "i am not an ala member",
        "ik ben geen ala-lid": "i am not an ala member", "ik ben geen ala lid": "i am not an ala member",
        "ik ben geen lid": "i am not a member", "ik ben lid": "i am a member", "geen lid": "not a member",
        "geen ala-lid": "not an ala member", "ala-lid": "ala member", "lid": "member", "leden": "members",
        "lidmaatschap": "membership", "mijn lidmaatschap is verlopen": "my membership expired", "verlopen": "expired",
        "vervallen": "lapsed", "staatsvereniging": "state association", "vereniging van de staat": "state association",
        "kosten": "fee", "kost": "costs", "betalen": "pay", "inschrijfgeld": "fee", "in totaal": "in total",
        "totaal": "total", "samen": "in total", "elk": "each", "elke": "each", "ieder": "each", "iedere": "each",
        "per stuk": "each", "per cursus": "per course", "beurs": "grant", "subsidie": "grant", "de helft": "half",
        "helft": "half",
        # work, people, time
        "ik werk": "i work", "werk ik": "i work", "werk": "work", "ik heb gewerkt": "i worked", "gewerkt": "worked",
        "werkt": "works", "in de bibliotheek": "in a library", "in een bibliotheek": "in a library",
        "bibliotheek": "library", "als vrijwilliger": "as a volunteer", "vrijwilliger": "volunteer",
        "vrijwilligerswerk": "volunteer work", "betaalde baan": "paid job", "baan": "job", "sinds": "since",
        "gedurende": "for", "tot nu toe": "until now", "tot nu": "until now", "tot vandaag": "until now", "nu": "now",
        "momenteel": "currently", "vorig jaar": "last year", "dit jaar": "this year", "uiterste datum": "deadline",
        "termijn": "deadline", "ik ben gecertificeerd": "i was certified", "ik werd gecertificeerd": "i was certified",
        "ben gecertificeerd": "was certified", "gecertificeerd": "certified", "certificaat": "certificate",
        "certificering": "certification", "mijn collega": "my coworker", "collega": "coworker",
        "mijn medewerker": "my employee", "mijn medewerkster": "my employee", "ze heeft": "she has",
        "zij heeft": "she has", "hij heeft": "he has", "heeft": "has", "ze": "she", "zij": "she", "hij": "he",
        "hallo allemaal": "hi everyone", "hoi allemaal": "hi everyone", "hoi": "hi", "dank je wel": "thanks", "dank u wel": "thanks", "bedankt": "thanks",
        "alvast bedankt": "thanks", "vanuit het buitenland": "from outside the us", "buitenland": "abroad",
        "middelbare school": "high school", "diploma middelbare school": "high school diploma", "ervaring": "experience",
        "alleen": "only", "doen": "do", "tot": "until",
        # the little words
        "ik heb": "i have", "heb ik": "i have", "heb": "have", "ik ben": "i am", "ben ik": "am i", "ben": "am",
        "bent": "are", "zijn": "are", "ik": "i", "mij": "me", "me": "me", "mijn": "my", "en": "and",
        "maar": "but", "ook": "also", "nog": "still", "al": "already", "niet": "not", "geen": "no", "met": "with",
        "waarvan": "of which",
        "voor": "for", "van": "of", "bij": "at", "op": "on", "door": "by", "als": "as", "want": "because",
        "had": "had", "de": "the", "het": "the", "een": "a", "wat": "what", "welke": "which", "moet ik": "do i have to",
        "moet": "must", "kan ik": "can i", "nodig": "needed", "er": "", "dan": "then", "die": "that", "dat": "that",
        "twee": "two", "drie": "three", "vier": "four", "vijf": "five", "zes": "six", "zeven": "seven", "acht": "eight",
        "negen": "nine", "tien": "ten", "elf": "eleven", "twaalf": "twelve", "twintig": "twenty", "dertig": "thirty",
        "veertig": "forty", "vijftig": "fifty", "zestig": "sixty", "honderd": "hundred",
        "januari": "january", "februari": "february", "maart": "march", "mei": "may", "juni": "june", "juli": "july",
        "augustus": "august", "oktober": "october",
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
                     "non-member", "non member", "marzo", "agosto", "quando", "quanto", "membro", "fare", "chi"}),
    # dictation writes ALA as "a la" and a letter as its name ("el ess ess see" is LSSC, "en" is N)
    "es": frozenset({"con", "taller", "no", "mi", "el", "la", "en", "hay"}),
    "fr": frozenset({"un", "une", "en", "mars", "pas", "qui"}),
    "tl": frozenset({"sa", "isa", "lima"}),
    "pt": frozenset({"de", "e", "em", "um", "eu", "com", "valor", "ja", "ela", "agora", "falta", "tempo", "num",
                     "fora", "exterior", "dura", "todos", "os", "na", "mora", "essa"}),
    "de": frozenset({"im", "bin", "mit", "mai", "fur", "tag", "std", "hallo", "kein", "ist", "und", "ein", "eine",
                     "oder", "habe", "ich", "hat", "bei", "von"}),
    "pl": frozenset({"i", "nie", "co", "ma", "mam", "od", "lat", "jeden", "ile", "ona", "rok", "termin", "moja", "jak", "po",
                     "sa", "jest", "mature", "ale"}),
    "vi": frozenset({"a", "em", "co", "la", "da", "hai", "ba", "bay", "tam", "sau", "nam", "phi", "thi", "tu", "moi",
                     "tong", "thang", "rot", "mot", "bon", "chin", "va", "roi", "toi", "minh", "cung", "khoa", "tuan",
                     "ai", "o", "hay", "tim", "gi", "tien", "gia", "hoc", "nop", "cac", "muon"}),
    "hi": frozenset({"main", "maine", "hai", "ya", "ab", "ka", "ki", "ke", "ko", "ji", "das", "char", "sal", "din", "vo",
                     "thi", "tha", "teen", "mere", "agar", "kul", "nau", "ek", "mein", "pass", "woh", "ne",
                     "par", "hue", "aur", "bhi", "kab", "karna", "mai", "mila", "se"}),
    "tr": frozenset({"o", "ben", "ay", "gun", "mi", "mu", "da", "de", "ne", "ama", "mart", "kasim", "bir", "hala", "on"}),
    "ja": frozenset({"wa", "o", "ni", "de", "to", "no", "ka", "yo", "ne", "mo", "san", "go", "fun", "pun", "ima", "ato",
                     "kara", "mou", "nana", "kare"}),
    "ko": frozenset({"hana", "je", "dul", "hago", "rang"}),
    "ru": frozenset({"ya", "ne", "let", "god", "sem", "ona", "maya", "mae", "odin", "tri", "marta", "mne"}),
    "ar": frozenset({"ana", "w", "wa", "bas", "fi", "nos", "nus", "sana", "mares", "maris", "mesh", "mish", "rasm",
                     "hiya", "howa", "mayu", "oktober"}),
    # pinyin syllables spelled like English words, names or abbreviations ("he", "ma", "ye", "san", "liu", "wo")
    "zh": frozenset({"he", "ma", "ne", "le", "de", "ye", "ta", "er", "yi", "san", "si", "wu", "qi", "bu", "gen", "shi",
                     "liu", "jiu", "tian", "dui", "wo"}),
    "uk": frozenset({"ya", "ne", "ni", "tak", "ale", "sim"}),
    "ht": frozenset({"m", "pa", "ak", "ap", "kat", "lane", "li", "nan", "pri", "si", "te", "wi", "semen", "deja", "total"}),
    "so": frozenset({"afar", "maya", "shan", "kow", "ah"}),
    # Finglish words spelled like English ones ("man" is "I", "key" "when", "age" "if", "ham" "also"), or like names
    "fa": frozenset({"man", "key", "kay", "age", "ham", "ma", "va", "o", "ya", "na", "chi", "dar", "alan", "hala", "bale",
                     "amma", "agar", "har", "ba", "sal", "saal", "hast", "merci", "aya", "dore", "ro", "oon", "vali", "mah", "avril"}),
    # romanized Bengali spelled like English words or names ("ami", "ache", "kobe", "mash", "tar")
    "bn": frozenset({"ami", "amar", "ar", "ki", "ache", "na", "kobe", "din", "mash", "mas", "tar", "ha", "mot", "noi", "nie",
                     "uni", "tini", "nai", "baki", "jodi"}),
    # Swahili spelled like English words, abbreviations or names ("ada", "saa", "wiki", "au", "Nina", "Mimi")
    "sw": frozenset({"na", "ni", "wa", "ya", "za", "cha", "si", "ada", "saa", "wiki", "mimi", "nina", "sina", "tu", "kama",
                     "au", "sita", "saba", "pia", "bei", "kazi", "dakika", "maktaba", "mei"}),
    # Hmong spelled like English words, abbreviations or names ("tau", "IB", "OB", "Los", "tag", "Rau")
    "hmn": frozenset({"tau", "ib", "ob", "los", "tag", "rau", "peb"}),
    # Roman Urdu spelled like English words ("main", "ho", "to", "hi", "fees", "bees", "tees"), and romanized Hindi's
    # look-alikes, which it holds (`_ROMAN_HINDI`)
    "ur": frozenset({"main", "ho", "to", "par", "se", "hi", "ka", "hun", "fees", "bees", "tees", "chay", "salam",
                     "ahl"}),
    # romanized Nepali spelled like English words or names ("ma", "ho", "k", "ra", "tin", "bis", "sake", "Kati")
    "ne": frozenset({"ma", "ho", "ko", "k", "ke", "ka", "ra", "din", "sal", "tin", "char", "bis", "tis", "cha", "chu",
                     "pani", "kati", "ek", "das", "nau", "dui", "tara", "ani", "sake", "uni", "chan", "kun", "baki",
                     "varsha"}),
    # romanized Amharic spelled like English words or names ("new", "seat", "gin", "Ena", "Selam", "Sint")
    "am": frozenset({"new", "seat", "gin", "ena", "ken", "wer", "haya", "selam", "hamsa", "sint", "keri", "esu"}),
    # Dutch spelled like English words ("over", "door", "is", "ben", "want", "had", "als", "me", "van", "elf", "lid")
    "nl": frozenset({"over", "door", "is", "ben", "want", "had", "als", "me", "van", "in", "op", "al", "of", "die",
                     "dan", "hoe", "elf", "lid", "de", "en", "met", "er", "dat", "mei", "week", "per", "bent", "nu", "ze",
                     "dag", "tien", "elk", "hoi", "augustus", "tot"}),
}
#: Amounts written the way these languages write them, said first as the English reading knows them: "195 $" and
#: "195 dollari" as "$195", "corsi da $195", "cursos de $195", "cours à 195 $" as "at $195", and Tagalog's
#: "tig-$260" ("$260 each") as "at $260 each" ("tig-30 minutes" as "of 30 minutes each"); German's "je 90 Minuten"
#: and Polish "po 90 minut" ("90 minutes each") as "of 90 minutes each"; dates and periods in the order English
#: writes them: Vietnamese "tháng 3/2024" (March 2024) and "năm 2024", Hindi "2 saal se" ("for 2 years") and
#: "january 2024 se" ("since January 2024"), German "seit Januar 2024"; Chinese, Creole and Somali numbers written
#: in words before what they count as digits ("两年", "de an", "laba sano": "2 years")
_AMOUNT = r"(?:\$ ?\d[\d,.]*|\d[\d,.]*)"
_DOLLARS = (re.compile(r"(?<![\w$])(\d[\d,.]*)\s?(?:\$|dollari|dolares|dollars|dollar|dolarow|dolary|dolar|usd)(?!\w)"),
            r"$\1")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
           "december")
_HI_MONTHS = "|".join(_MONTHS + ("janvari", "farvari", "aprail", "mai", "julai", "agast", "sitambar", "aktubar",
                                 "navambar", "disambar", "जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई",
                                 "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"))
_DE_MONTHS = "januar|jaenner|februar|marz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember"
_TR_MONTHS = "ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos|eylul|ekim|kasim|aralik"
_RU_MONTHS = ("января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|yanvarya|fevralya|marta"
              "|aprelya|maya|iyunya|iyulya|avgusta|sentyabrya|oktyabrya|noyabrya|dekabrya")
_AR_MONTHS = ("يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون الثاني|شباط|اذار|نيسان|ايار"
              "|حزيران|تموز|ايلول|تشرين الاول|تشرين الثاني|كانون الاول|yanayer|yanayir|febrayer|mares|maris|ebril|mayu"
              "|yonyo|yolyo|aghostos|sebtamber|oktober|novamber|desamber|" + "|".join(_MONTHS))
_UK_MONTHS = ("січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|sichnia|sichnya"
              "|liutoho|lyutoho|bereznia|bereznya|kvitnia|kvitnya|travnia|travnya|chervnia|chervnya|lypnia|lypnya"
              "|serpnia|serpnya|veresnia|veresnya|zhovtnia|zhovtnya|lystopada|hrudnia|hrudnya|grudnia")
_SO_MONTHS = ("janaayo|febraayo|feberaayo|maarso|abriil|maajo|juun|luulyo|agoosto|sebtembar|sebteembar|oktoobar"
              "|nofembar|noofembar|desembar|diseembar")
#: Creole's months; "mas", "me", "jen" and "out", spelled like English words, are read as months only before a year
_HT_MONTHS = {"janvye": "january", "fevriye": "february", "mas": "march", "avril": "april", "me": "may", "jen": "june",
              "jiye": "july", "out": "august", "septanm": "september", "oktob": "october", "novanm": "november",
              "desanm": "december"}
#: Numbers written in words, read as digits before what they count: Creole's "de", "sis", "set" and "dis" and
#: Somali's "hal", "afar" and "shan" are English words too, and only there are they numbers
_HT_NUMBERS = {"en": 1, "youn": 1, "yon": 1, "de": 2, "twa": 3, "kat": 4, "senk": 5, "sis": 6, "set": 7, "uit": 8,
               "nef": 9, "dis": 10, "ven": 20, "trant": 30, "karant": 40}
_HT_COUNTED = ("an|ane|lane|mwa|semen|semenn|jou|edtan|minit|kou|webine|webinar|atelye|sesyon|kredi|dola|konferans"
               "|jou konferans")
_SO_NUMBERS = {"kow": 1, "hal": 1, "laba": 2, "labo": 2, "saddex": 3, "sadex": 3, "afar": 4, "shan": 5, "lix": 6,
               "toddoba": 7, "todoba": 7, "siddeed": 8, "sideed": 8, "sagaal": 9, "toban": 10, "labaatan": 20,
               "soddon": 30, "afartan": 40}
_SO_COUNTED = ("saacadood|saacado|saacad|sano|sanadood|sannadood|sanad|sannad|bilood|bil|todobaad|toddobaad|usbuuc"
               "|maalmood|maalin|daqiiqo|daqiiqadood|koorso|koorsooyin|webinar|webinaar|shir|shirweyne|doolar")
_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9}
_ZH_TENS = {"十": 10, "百": 100, "千": 1000}
#: What Chinese counts with a number before it ("三门课", "两个小时", "二〇二四年"), and its months ("三月" is March)
_ZH_COUNTED = ("个|個|门|門|年|月|周|週|星期|小时|小時|钟头|鐘頭|天|分钟|分鐘|次|场|場|项|項|美元|块|塊|元|刀|学分|學分|节|節"
               "|网络研讨会|網絡研討會|網路研討會")


_Said = str | Callable[[re.Match[str]], str]


def _dated(found: re.Match[str]) -> str:
    """A Japanese, Korean or Chinese date, year first ("2024年3月から", "2024년 3월부터", "从2024年3月起"), in the
    order English writes it: "since march 2024"; a month without its year ("3月") as "march"."""
    year, month, after = found["year"], found["month"], (found["after"] or "").replace(" ", "")
    said = " ".join(([_MONTHS[int(month) - 1]] if month else []) + ([year] if year else []))
    since = after in ("から", "kara", "부터", "에서부터", "起", "开始", "開始", "以来", "以來", "kaishi", "yilai", "qi") or bool(
        found.groupdict().get("since"))
    return f" since {said} " if since else f" until {said} " if after in ("まで", "made", "까지") else f" {said} "


def _vi_month(found: re.Match[str]) -> str:
    """Vietnamese "tháng 3" ("month 3") as "march", with its year when one follows ("tháng 3/2024", "tháng 3 năm 2024")."""
    return _MONTHS[int(found[1]) - 1] + (f" {found[2]}" if found[2] else "")


def _zh_number(found: re.Match[str]) -> str:
    """A Chinese number in digits: "两" as "2", "二十" as "20", "一百九十五" as "195", "二〇二四" (a year) as "2024"."""
    if not any(numeral in _ZH_TENS for numeral in found[0]):
        return "".join(str(_ZH_DIGITS[numeral]) for numeral in found[0])
    total = digit = 0
    for numeral in found[0]:
        if numeral in _ZH_TENS:
            total, digit = total + (digit or 1) * _ZH_TENS[numeral], 0
        else:
            digit = _ZH_DIGITS[numeral]
    return str(total + digit)


def _in_digits(numbers: dict[str, int]) -> Callable[[re.Match[str]], str]:
    """The rewrite of one of `numbers`, written in words before what it counts, in digits ("de an": "2 an")."""
    return lambda found: f"{numbers[found[1]]} "


def _ht_month(found: re.Match[str]) -> str:
    """A Creole month before its year ("an mas 2024", "in march 2024")."""
    return ("in " if found[1] else "") + f"{_HT_MONTHS[found[2]]} {found[3]}"


def _cyrillic(*, dollars: str, years: str, since: str, months: str, lasting: str,
              minutes: str) -> list[tuple[re.Pattern[str], _Said]]:
    """The rewrites Russian and Ukrainian share, each with its own words: "195 долларов" ("доларів") as "$195", a
    year's "году" ("року") gone, "с" ("з") before a month or a year as "since", "уже" ("вже") before a number as
    "for", "по 90 минут" ("хвилин") as "of 90 minutes each" and "по $195" as "at $195 each"."""
    return [(re.compile(r"(?<![\w$])(\d[\d,.]*) ?(?:\$|" + dollars + r")(?!\w)"), r"$\1"),
            (re.compile(r"(?<![\w'])((?:19|20)\d\d) ?(?:" + years + r")(?!\w)"), r"\1"),
            (re.compile(r"(?<![\w'])(?:" + since + r") (?=(?:" + months + r"|\d{4})(?!\w))"), "since "),
            (re.compile(r"(?<![\w'])(?:" + lasting + r") (?=\d)"), "for "),
            (re.compile(r"(?<![\w'])(?:по|po) (\d[\d,.]*) ?(" + minutes + r")(?!\w)"), r"of \1 \2 each"),
            (re.compile(r"(?<![\w'])(?:по|po) (\$ ?\d[\d,.]*)"), r"at \1 each")]

_REWRITES: dict[str, list[tuple[re.Pattern[str], _Said]]] = {
    "it": [_DOLLARS, (re.compile(r"(?<![\w'])(?:da|a) (?=\$ ?\d)"), "at ")],
    "es": [_DOLLARS, (re.compile(r"(?<![\w'])(?:de|a) (?=\$ ?\d)"), "at ")],
    "fr": [_DOLLARS, (re.compile(r"(?<![\w'])(?:de|a) (?=\$ ?\d)"), "at ")],
    "pt": [_DOLLARS, (re.compile(r"(?<![\w'])us\$ ?(?=\d)"), "$"), (re.compile(r"(?<![\w'])(?:de|a) (?=\$ ?\d)"), "at ")],
    "de": [_DOLLARS,
           (re.compile(r"(?<![\w'])(?:(?:zu|mit|von|fur|fuer) )?(?:je|a) (\d[\d,.]*) ?(minuten|min|stunden|std)(?![\w'])"),
            r"of \1 \2 each"),
           (re.compile(r"(?<![\w'])(?:(?:zu|fur|fuer|a) )?je (\$ ?\d[\d,.]*)"), r"at \1 each"),
           (re.compile(r"(?<![\w'])(?:zu|fur|fuer|a) (?=\$ ?\d)"), "at "),
           (re.compile(r"(?<![\w'])seit (?=(?:" + _DE_MONTHS + r"|\d{4})(?![\w']))"), "since ")],
    "pl": [_DOLLARS,
           (re.compile(r"(?<![\w'])po (\d[\d,.]*) ?(minut|minuty|godzin|godziny|godzine|godzina)(?![\w'])"),
            r"of \1 \2 each"),
           (re.compile(r"(?<![\w'])po (\$ ?\d[\d,.]*)"), r"at \1 each")],
    "vi": [(re.compile(r"(?<![\w'$])(\d[\d,.]*) ?(?:do la|do|usd|\$)(?![\w'])"), r"$\1"),
           (re.compile(r"(?<![\w'])thang (1[0-2]|0?[1-9])(?:(?: nam |/|-| )(\d{4}))?(?![\w'])"), _vi_month),
           (re.compile(r"(?<![\w'])nam (?=\d{4}(?![\w']))"), ""),
           (re.compile(r"(?<![\w'])(\d[\d,.]*) tieng(?![\w'])"), r"\1 hours"),
           (re.compile(r"(?<![\w'])trong (?=\d)"), "for ")],
    "hi": [_DOLLARS,
           (re.compile(r"(?<![\w'])((?:\d[\d,.]*|ek|do|teen|char|chaar|paanch|panch|एक|दो|तीन|चार|पांच|पाँच)\s*(?:saal|sal|saalon|varsh|mahine|mahino|mahinon|hafte|hafton|din|dino"
                       r"|years?|months?|weeks?|साल|वर्ष|महीने|हफ्ते|सप्ताह)) (?:se|से)(?![\w'\u0900-\u0963])"), r"for \1"),
           (re.compile(r"(?<![\w'])((?:(?:" + _HI_MONTHS + r")\s*)?\d{4}) (?:se|से)(?![\w'\u0900-\u0963])"),
            r"since \1")],
    "tl": [(re.compile(r"(?<![\w'])tig-? ?(" + _AMOUNT + r") ?(minutes?|mins?|minuto|hours?|hrs?|oras)(?!\w)"),
            r"of \1 \2 each"),
           (re.compile(r"(?<![\w'])tig-? ?(" + _AMOUNT + r")(?![\w.,]*\w)"), r"at \1 each")],
    # Turkish writes a case after a name or a number with an apostrophe ("Foundations'ı", "ALA'ya", "2024'ten");
    # "2 yıldır" is "for 2 years", "Ocak 2024'ten beri" "since January 2024", "90'ar dakika" "90 minutes each"
    "tr": [_DOLLARS,
           (re.compile(r"(?<=[a-z0-9])'(?:y?[iuae]|n?[iu]n|[dt][ae]n?|y?l[ae]|l[ae]r[iu]?|s[iu]|[dt][iu]r)(?![\w'])"), ""),
           (re.compile(r"(?<=\d)(?:[dt][ae]n?)(?![\w'])"), ""),
           (re.compile(r"(?<![\w'])((?:(?:" + _TR_MONTHS + r") )?\d{4}) (?:yilindan |tarihinden )?beri(?![\w'])"), r"since \1"),
           (re.compile(r"(?<![\w'])(\d[\d,.]*|bir|iki|uc|dort|bes|alti|yedi|sekiz|dokuz|on) (yil|sene|ay|hafta|gun)"
                       r"(?:[dt][iu]r| boyunca)(?![\w'])"), r"for \1 \2"),
           (re.compile(r"(?<![\w'])(\d[\d,.]*)'?s?[ae]r (dakika|saat)(?:lik)? (\d+|iki|uc|dort|bes|alti) "
                       r"(web semineri|web seminerleri|seminer|atolye|oturum)(?![\w'])"), r"\3 \4 of \1 \2 each"),
           (re.compile(r"(?<![\w'])(\d[\d,.]*)'?s?[ae]r (dakika|saat)(?:lik)?(?![\w'])"), r"of \1 \2 each"),
           (re.compile(r"(?<![\w'])on (?=(?:saat|hafta|ay|yil|sene|gun|dakika|kurs|ders|tane)(?![\w']))"), "ten "),
           (re.compile(r"(?<![\w'])haftada (\d[\d,.]*) saat(?![\w'])"), r"\1 saat haftada"),
           (re.compile(r"(?<![\w'])((?:(?:" + _TR_MONTHS + r") )?\d{4}) (?=(?:bugune|simdiye|su ana|gunumuze) kadar(?![\w']))"),
            r"since \1 "),
           (re.compile(r"(?<![\w'])(?:her biri|tanesi) (\$ ?\d[\d,.]*)(?: olan)? (\d+|iki|uc|dort|bes|alti) (?:kurs|ders)(?![\w'])"),
            r"\2 kurs at \1 each"),
           (re.compile(r"(?<![\w'])(\d+|iki|uc|dort|bes|alti) (?:kurs|ders)(?:,)? (?:her biri|tanesi) (\$ ?\d[\d,.]*)"),
            r"\1 kurs at \2 each")],
    "ja": [(re.compile(r"(?<![\d$.,])(\d[\d,.]*) ?(?:ドル|doru|dollars?)(?![a-z])"), r"$\1"),
           (re.compile(r"1 ?(?:講座|科目|コース)(?:あたり|につき)? ?(?=\$ ?\d)"), " per course "),
           # what is counted before its number ("ウェビナー3つ", "会議2日間"): the number first
           (re.compile(r"(ウェビナー|ワークショップ|講座|科目|コース|セッション|webinaa|uebinaa|kouza|kamoku)(?:を|に| ?wo| ?ni)? ?"
                       r"(\d[\d,.]*) ?(?:つ|回|本|件|個|tsu|kai|hon)?(?![a-z])"), r" \2 \1 "),
           (re.compile(r"(会議|カンファレンス|大会|kaigi)(?:に| ?ni)? ?(\d[\d,.]*) ?(日間|日|nichikan|nichi)"), r" \2 \3 \1 "),
           (re.compile(r"週 ?に? ?(\d[\d,.]*) ?時間"), r" \1 時間 週 "),
           (re.compile(r"(?<![\w'])shuu? ?ni (\d[\d,.]*) ?jikan(?![\w'])"), r"\1 jikan shuu ni"),
           (re.compile(r"(?<!\d)(?P<year>\d{4}) ?(?:年|nen) ?(?:(?P<month>1[0-2]|0?[1-9]) ?(?:月|gatsu)(?: ?\d{1,2} ?(?:日|nichi))?)?"
                       r"(?P<after> ?(?:から|kara|まで|made)(?![a-z]))?"), _dated),
           (re.compile(r"(?<!\d)(?P<year>)(?P<month>1[0-2]|0?[1-9]) ?(?:月|gatsu(?![a-z]))(?P<after> ?(?:から|kara|まで|made)(?![a-z]))?"),
            _dated),
           (re.compile(r"(?<=\d)(?=(?:jikan|nenkan|nen|kagetsu|shuukan|nichikan|nichi|fun|pun|kamoku|kouza)(?![\w']))"), " ")],
    "ko": [(re.compile(r"(?<![\d$.,])(\d[\d,.]*) ?(?:달러|불)"), r"$\1"),
           (re.compile(r"(?<![\w'])(?:주|일주일에|주당) ?(\d[\d,.]*) ?시간"), r"\1 시간 주당"),
           (re.compile(r"(?<!\d)(?P<year>\d{4}) ?년 ?(?:(?P<month>1[0-2]|0?[1-9]) ?월(?: ?\d{1,2} ?일)?)?(?P<after>부터|에서부터|까지|에|도)?"
                       r"(?![가-힣])"), _dated),
           (re.compile(r"(?<!\d)(?P<year>)(?P<month>1[0-2]|0?[1-9]) ?월(?P<after>부터|까지|에)?(?![가-힣])"), _dated),
           (re.compile(r"(?<=[a-z0-9)$])(?:이랑|랑|하고|과|와)(?![가-힣])"), " and "),
           (re.compile(r"(?<=[a-z0-9)$])(?:에서|으로|로|은|는|이|가|을|를|도|에|의|만)(?![가-힣])"), " "),
           (re.compile(r"(?<=\d)(?=[가-힣])"), " "),
           (re.compile(r"(학회|컨퍼런스|콘퍼런스|회의)(?:에|를|을)? ?(\d[\d,.]*) ?일(?:간|동안)?(?![가-힣])"), r"\2 일간 \1"),
           (re.compile(r"(웨비나|워크숍|워크샵|세션|과목)(?:을|를)? ?(\d[\d,.]*) ?(?:개|번|회|과목)?(?![가-힣])"), r"\2 \1"),
           (re.compile(r"(?<=\d) 일(?:간|동안)?(?![가-힣])"), " 일간"),
           (re.compile(r"(\d[\d,.]*) (년|개월|주) ?동안"), r"동안 \1 \2")],
    "ru": _cyrillic(dollars="долларов|доллара|доллар|dollarov|dollara|dollar", years=r"году|года|godu|goda|г\.|g\.",
                    since="с|s", months=_RU_MONTHS, lasting="уже|в течение|uzhe|v techenie",
                    minutes="минут|минуты|часа|часов|minut|chasa|chasov"),
    "uk": _cyrillic(dollars="доларів|долари|долар|dolariv|dolary|dolar", years=r"році|року|р\.|rotsi|roku|r\.",
                    since="з|із|від|z|iz|vid", months=_UK_MONTHS, lasting="вже|уже|протягом|vzhe|protiahom|protyahom",
                    minutes="хвилин|хвилини|годин|години|khvylyn|hvylyn|hodyn|hodyny"),
    "ar": [(re.compile(r"(?<![\w$])(\d[\d,.]*) ?(?:\$|دولارات|دولارا|دولار|dollars?|dolar)(?!\w)"), r"$\1"),
           (re.compile(r"(?<![\w'])(?:منذ|من|mundhu|monz|men|min|mn) (?=(?:" + _AR_MONTHS + r"|\d{4})(?!\w))"), "since "),
           (re.compile(r"(?<![\w'])و(?=[a-z0-9$])"), "and "),
           (re.compile(r"(?<![\w'])ب ?(?=\$\d)"), "at "),
           (re.compile(r"(?<![\w'])(?:مدة |مدتها )?كل (?:واحدة|واحد|منها|منهم) (?:مدتها |مدته )?(\d[\d,.]*) ?(دقيقة|دقائق|ساعة|ساعات)"),
            r"of \1 \2 each"),
           (re.compile(r"(?<![\w'])(?:كل (?:واحدة|واحد|منها|منهم)|لكل (?:واحدة|واحد)) ?(?:ب ?)?(\$ ?\d[\d,.]*)"), r"at \1 each"),
           (re.compile(r"(?<=\d)(?=[\u0620-\u064a])"), " ")],
    # Chinese: "195美元", "195块" as "$195"; a number in words before what it counts ("两年", "三门课") in digits; a date
    # year first ("从2024年1月起", "2024 nian 3 yue"); "每周工作20小时" ("a week work 20 hours") as "work 20 hours a
    # week"; "每门课195美元" ("each course $195") as "at $195 each"; "每个90分钟" as "of 90 minutes each"
    "zh": [(re.compile(r"(?<![第一二两兩三四五六七八九十百千零〇])(?!一(?:周|週|星期|个星期|個星期|年半))"
                       r"[一二两兩三四五六七八九十百千零〇]+(?= ?(?:" + _ZH_COUNTED + "))"), _zh_number),
           (re.compile(r"(?<![\d$.,])(\d+(?:[.,]\d+)*) ?(?:美元|美金|块钱|塊錢|块|塊|元|刀|mei ?yuan|kuai|dollars?)(?![a-z])"), r"$\1"),
           (re.compile(r"(?<![\d.])(?P<since>从|從|自|cong |zi )? ?(?P<year>\d{4}) ?(?:年|nian) ?(?:(?P<month>1[0-2]|0?[1-9]) ?"
                       r"(?:月|yue(?![a-z]))(?: ?\d{1,2} ?(?:日|号|號|ri|hao)(?![a-z]))?)?"
                       r"(?P<after> ?(?:起|开始|開始|以来|以來|kai ?shi|yi ?lai|qi)(?![a-z]))?"), _dated),
           (re.compile(r"(?<![\d.])(?P<since>)(?P<year>)(?P<month>1[0-2]|0?[1-9]) ?(?:月|yue(?![a-z]))(?P<after>)"), _dated),
           (re.compile(r"(每周|每週|每星期|每个星期|每個星期|每礼拜|每禮拜|一周|一週|mei ?zhou|mei ?ge ?xing ?qi|mei ?xing ?qi)(\D{0,12}?) ?"
                       r"(\d+(?:[.,]\d+)*) ?((?:个|個|ge ?)?(?:小时|小時|钟头|鐘頭|xiao ?shi))"), r" \2 \3 \4 \1 "),
           (re.compile(r"(?:每一?门课?程?|每一?門課?程?|每个课程|每個課程|mei ?men ?ke|mei ?men)(?:都是|是|都|要|shi|dou ?shi)? ?"
                       r"(\$ ?\d+(?:[.,]\d+)*)"), r" at \1 each "),
           (re.compile(r"(?:, ?)?(?:每一?个|每一?個|每一?场|每一?場|每次|各|mei ?ge|mei ?chang)(?:都是|是|都|shi|dou ?shi)? ?(\d+(?:[.,]\d+)*) ?"
                       r"(分钟|分鐘|个小时|個小時|小时|小時|fen ?zhong|xiao ?shi)"), r" of \1 \2 each ")],
    # Creole: "195 dola" as "$195"; a number in words before what it counts ("de an") in digits; a month before its
    # year; "2 an" as "2 years"; "depi 2 an" as "for 2 years"; "$195 chak" ("$195 each") as "at $195 each"; "non"
    # on its own as "no"
    "ht": [(re.compile(r"(?<![\w$])(\d+(?:[.,]\d+)*) ?(?:\$|dola ameriken|dola|dollars?|usd)(?!\w)"), r"$\1"),
           (re.compile(r"(?<![\w'])(?:yon|en|youn|1) (?:an|ane|lane) edmi(?![\w'])"), "a year and a half"),
           (re.compile(r"(?<![\w'])(" + "|".join(_HT_NUMBERS) + r") (?=(?:" + _HT_COUNTED + r")(?![\w']))"),
            _in_digits(_HT_NUMBERS)),
           (re.compile(r"(?<![\w'])(?:(an|nan|nan mwa) )?(" + "|".join(_HT_MONTHS) + r") (\d{4})(?![\w'])"), _ht_month),
           (re.compile(r"(?<![\w'])(\d+(?:[.,]\d+)*) an(?![\w'])"), r"\1 years"),
           (re.compile(r"(?<![\w'])depi (?=\d{1,2} )"), "for "),
           (re.compile(r"(?<![\w'])(?:a |pou )?(\$ ?\d+(?:[.,]\d+)*) chak(?: youn)?(?![\w'])"), r"at \1 each"),
           (re.compile(r"(?<![\w'])chak (?:kou |youn )?(?:koute |se |a )?(\$ ?\d+(?:[.,]\d+)*)"), r"at \1 each"),
           (re.compile(r"(?<![\w'])(\d+(?:[.,]\d+)*) (minit|edtan) chak(?: youn)?(?![\w'])(?! (?:semen|semenn|jou|mwa)(?![\w']))"),
            r"of \1 \2 each"),
           (re.compile(r",(?= chak (?:youn |webine |sesyon |atelye )?(?:dire |fe |gen )?\d+(?:[.,]\d+)* (?:minit|edtan)(?![\w']))"), ""),
           (re.compile(r"(?<![\w'])chak (?:youn |webine |sesyon |atelye )?(?:dire |fe |gen )?(\d+(?:[.,]\d+)*) (minit|edtan)(?![\w'])"),
            r"of \1 \2 each"),
           (re.compile(r"(?<![\w'-])non(?=[,.!?]|$)"), "no")],
    # Somali: "195 doolar" as "$195"; a number in words before what it counts ("laba sano") in digits; "6 bil" as
    # "6 months"; "muddo 2 sano ah" as "for 2 years"; "Janaayo 2024 laga bilaabo" as "since january 2024"; "mid kasta
    # $195" ("$195 each") as "at $195 each" and "mid kasta 90 daqiiqo" as "of 90 daqiiqo each"
    "so": [(re.compile(r"(?<![\w$])(\d+(?:[.,]\d+)*) ?(?:\$|doolar|dollars?|usd)(?!\w)"), r"$\1"),
           (re.compile(r"(?<![\w'])(?:(?:hal|1) )?(?:sano|sanad|sannad) iyo badh(?![\w'])"), "a year and a half"),
           (re.compile(r"(?<![\w'])(" + "|".join(_SO_NUMBERS) + r") (?=(?:" + _SO_COUNTED + r")(?![\w']))"),
            _in_digits(_SO_NUMBERS)),
           (re.compile(r"(?<![\w'])(\d+(?:[.,]\d+)*) bil(?:ood)?(?![\w'])"), r"\1 months"),
           (re.compile(r"(?<![\w'])muddo (\d+(?:[.,]\d+)*) (\w+)(?: ah)?(?![\w'])"), r"for \1 \2"),
           (re.compile(r"(?<![\w'])((?:(?:" + _SO_MONTHS + r") )?\d{4}) laga bilaabo(?![\w'])"), r"since \1"),
           (re.compile(r"(?<![\w'])(?:mid kasta|midkiiba|koorso kasta)(?: waa| oo ah| ah)? ?(\$ ?\d+(?:[.,]\d+)*)"), r"at \1 each"),
           (re.compile(r"(?<![\w'])(\$ ?\d+(?:[.,]\d+)*) (?:mid kasta|midkiiba)(?![\w'])"), r"at \1 each"),
           (re.compile(r",(?= (?:mid kasta|midkiiba)(?: waa| oo ah| ah)? ?\d+(?:[.,]\d+)* ?(?:daqiiqo|daqiiqadood|saacad|saacadood)"
                       r"(?![\w']))"), ""),
           (re.compile(r"(?<![\w'])(?:mid kasta|midkiiba)(?: waa| oo ah| ah)? ?(\d+(?:[.,]\d+)*) ?(daqiiqo|daqiiqadood|saacad|saacadood)"
                       r"(?![\w'])"), r"of \1 \2 each"),
           (re.compile(r"(?<![\w'])(\d+(?:[.,]\d+)*) ?(daqiiqo|daqiiqadood|saacad|saacadood) (?:mid kasta|midkiiba)(?![\w'])"),
            r"of \1 \2 each")],
}
#: Languages whose amounts (Tagalog's "tig-") are themselves one of its entries, counted towards `_ENOUGH`
_TELLING = frozenset({"tl"})
#: Languages whose entries or rewrites are said with spaces around them (Japanese and Chinese are written without
#: spaces), and those with entries said as nothing before a full stop ("را", "lawm")
_SPACED_OUT = frozenset({"ja", "ko", "ar", "zh", "fa", "bn", "sw", "hmn", "ur", "ne", "am"})
#: Languages that say "I" both on its own and in their verbs
_SAID_TWICE = frozenset({"tr", "ja", "ko", "ru", "ar", "uk", "fa", "bn", "sw", "hmn", "ur", "ne", "am", "nl", "pt"})
#: Languages typed alike: Roman Urdu holds romanized Hindi's entries (`_ROMAN_HINDI`) and Nepali writes Hindi's
#: Devanagari, so a message is read as the one of them it holds the most entries of (Hindi on a tie), never as two
_TYPED_ALIKE = frozenset({"hi", "ur", "ne"})
#: How many of a language's entries a message must hold before its words are said in English
_ENOUGH = 2


#: The letters Amharic writes alike, read as one: "ሠ" as "ሰ", "ፀ" as "ጸ", and "ሐ", "ኀ" as "ሀ" and "ዐ" as "አ", whose
#: first and fourth forms ("ሀ", "ሃ"; "አ", "ኣ") are said alike too ("ዓመት" is "አመት", "ሦስት" "ሶስት", "ሃያ" "ሀያ")
_GEEZ = {chr(series + form): chr(to + (0 if form == 3 and to in (0x1200, 0x12a0) else form))
         for series, to in ((0x1200, 0x1200), (0x1210, 0x1200), (0x1280, 0x1200), (0x12a0, 0x12a0), (0x12d0, 0x12a0),
                            (0x1220, 0x1230), (0x1340, 0x1338))
         for form in range(7) if series + form != to + (0 if form == 3 and to in (0x1200, 0x12a0) else form)}
#: Letters that are read as another: Polish "ł", Vietnamese "đ" and Turkish "ı" as people write them without their keys
#: ("l", "d", "i"), Arabic "ى" as "ي" (as Egyptians write it), Devanagari and Arabic digits as digits, the full stops
#: and commas of Japanese and Arabic as "." and ","; Arabic's stretching "ـ" gone; the full-width comma, colon and
#: semicolon of Chinese as ", ", ": " and "; "; Ukrainian's apostrophe ("пʼять") as "'"; Persian's zero-width non-joiner
#: as nothing ("کرده‌ام" as "کردهام", as it is typed without one), Bengali digits as digits, and the decimal and
#: thousands separators of Arabic and Persian digits as "." and ","; Urdu's full stop "۔" as "."; Ge'ez's word
#: space, full stop, comma, colon and question mark as " ", ".", ",", ":", "?", its gemination marks gone, and the
#: letters Amharic writes alike as one (`_GEEZ`)
_LETTERS = str.maketrans({"ł": "l", "đ": "d", "ı": "i", "ى": "ي", "ـ": "", "।": ".", "。": ". ", "、": ", ", "،": ",", "ʼ": "'",
                          "؛": ";", "؟": "?", "，": ", ", "：": ": ", "；": "; ", "\u200c": "", "٫": ".", "٬": ",",
                          **{chr(0x966 + n): str(n) for n in range(10)}, **{chr(0x660 + n): str(n) for n in range(10)},
                          **{chr(0x6f0 + n): str(n) for n in range(10)}, **{chr(0x9e6 + n): str(n) for n in range(10)},
                          "۔": ".", "፡": " ", "።": ".", "፣": ",", "፤": ";", "፥": ":", "፦": ":", "፧": "?", "\u135d": "",
                          "\u135e": "", "\u135f": "", **_GEEZ})
#: Kana and kanji (Japanese) and Han characters (Chinese), whose words are written without spaces between them: their
#: entries are found anywhere
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_HANGUL = "\uac00-\ud7a3"
_ARABIC = "\u0620-\u064a"
#: Korean particles after a word of one syllable ("주에", "분씩")
_KO_PARTICLES = "(?:이에요|예요|입니다|에서|부터|까지|동안|은|는|이|가|을|를|도|에|씩|간)?"
#: Arabic's "and", "so", "the", "with", "for" and "as" written as one word with the next ("والعضوية")
_AR_PREFIXES = "(?:و|ف)?(?:بال|لل|ال|ب|ل|ك)?"
#: Where an entry may start and end: not inside a word, nor before a Devanagari or Bengali vowel sign (which is no "\\w")
_EDGE = r"\w'\u0900-\u0963\u0970-\u097f\u0980-\u09ff"


def _plain(text: str) -> str:
    """`text` casefolded, its (Latin) accents gone ("terminé" is "termine", "ukończyłam" is "ukonczylam"), "¿" and "¡"
    gone, its apostrophes all "'"; an Italian "è" ("is") on its own written "e'", as keyboards without accents write it,
    so that it is not "e" ("and"). Devanagari keeps its vowel signs, virama and nukta; kana their voicing marks and
    Hangul its syllables (put together again); Arabic loses its vowel marks and hamza ("أ" is "ا"), Cyrillic its
    breve and diaeresis ("й" is "и", "ё" is "е")."""
    text = re.sub(r"(?<!\w)è(?!\w)", "e'", text.casefold().replace("’", "'").replace("¿", " ").replace("¡", " "))
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not (
        unicodedata.combining(ch) and (ch < "\u0370" or "\u064b" <= ch <= "\u065f" or ch == "\u0670"))))


#: Russian, Ukrainian and Arabic entries are written as people write them, and read as `_plain` reads them ("й" as
#: "и", "ї" as "і", "أ" as "ا")
for _language in ("ru", "uk", "ar"):
    GLOSSARY[_language] = {_plain(entry): said for entry, said in GLOSSARY[_language].items()}

#: Persian entries are also read as typed with a space for the zero-width non-joiner ("کرده ام") and with the "ي" and
#: "ك" of an Arabic keyboard ("هزينه"); Bengali ones as `_plain` reads them ("য়" as "য" and its nukta)
_ARABIC_KEYS = str.maketrans({"ی": "ي", "ک": "ك"})


def _typed_persian(entry: str) -> list[str]:
    """`entry` as `_plain` reads it, written with its zero-width non-joiners or a space for them, on a Persian or an
    Arabic keyboard."""
    spelled = (_plain(entry), _plain(entry.replace("\u200c", " ")))
    return list(dict.fromkeys([*spelled, *(typed.translate(_ARABIC_KEYS) for typed in spelled)]))


GLOSSARY["fa"] = {**{typed: said for entry, said in GLOSSARY["fa"].items() for typed in _typed_persian(entry)},
                  **{_plain(entry): said for entry, said in GLOSSARY["fa"].items()}}
GLOSSARY["bn"] = {_plain(entry): said for entry, said in GLOSSARY["bn"].items()}
#: Roman Urdu is romanized Hindi with words of its own ("mukammal", "baqi"): its entries hold Hindi's typed in Latin
#: letters. Urdu entries are also read as typed on a Persian keyboard, which has no "ہ" or "ھ" ("ه" for both)
_ROMAN_HINDI = {entry: said for entry, said in GLOSSARY["hi"].items() if entry.isascii()}
_PERSIAN_KEYS = str.maketrans({"ہ": "ه", "ھ": "ه"})
GLOSSARY["ur"] = {**_ROMAN_HINDI, **{typed: said for entry, said in GLOSSARY["ur"].items()
                                     for typed in (_plain(entry), _plain(entry).translate(_PERSIAN_KEYS))}}
GLOSSARY["ne"] = {_plain(entry): said for entry, said in GLOSSARY["ne"].items()}
GLOSSARY["am"] = {_plain(entry): said for entry, said in GLOSSARY["am"].items()}
#: A Persian entry spelled like an Arabic one ("عضو", "مارس", "كل") is not counted for Persian, so an Arabic message is
#: not read as Persian; nor are the commonest Persian words Arabic writes alike ("من" is "I" in Persian, "from" in
#: Arabic; "او" is "she" and "or")
_ENGLISH_TOO["fa"] |= GLOSSARY["fa"].keys() & GLOSSARY["ar"].keys() | {"من", "و", "به", "او", "هم", "فقط", "با", "در"}
#: Nor is an Urdu entry spelled like a Persian or an Arabic one ("سال", "باقی", "وقت", "اگر") counted for Urdu, nor a
#: Nepali one spelled like a Hindi one ("सदस्य", "शुल्क", "वर्ष") for Nepali; Roman Urdu has romanized Hindi's look-alikes;
_ENGLISH_TOO["ur"] |= _ENGLISH_TOO["hi"] | GLOSSARY["ur"].keys() & (GLOSSARY["fa"].keys() | GLOSSARY["ar"].keys())
_ENGLISH_TOO["ne"] |= GLOSSARY["ne"].keys() & GLOSSARY["hi"].keys()
#: nor a Dutch entry spelled like a German one ("minuten", "technologie", "kosten"), so a German message is not Dutch
_ENGLISH_TOO["nl"] |= GLOSSARY["nl"].keys() & GLOSSARY["de"].keys()


def _words(*words: str) -> str:
    """`words` as `_plain` reads them, and typed on an Arabic keyboard, as alternatives of a pattern, longest first."""
    typed = {spelled for word in words for spelled in (_plain(word), _plain(word).translate(_ARABIC_KEYS))}
    return "|".join(sorted(map(re.escape, typed), key=len, reverse=True))


def _spelled(numbers: dict[str, int], join: str = "") -> str:
    """A number written in words: one of `numbers`, or a ten of them followed, after `join`, by a unit ("bist o
    panj", "ishirini na tano", "nees nkaum tsib")."""
    tens, units = _words(*(w for w, n in numbers.items() if n % 10 == 0)), _words(*(w for w, n in numbers.items() if n < 10))
    return f"(?:(?:{tens})(?:(?:{join})(?:{units}))?|{_words(*numbers)})" if join else f"(?:{_words(*numbers)})"


def _worth(numbers: dict[str, int]) -> Callable[[str], int]:
    """What a number `_spelled` from `numbers` is worth: the sum of its words ("bist o panj" is 20 + 5)."""
    typed = {spelled: n for word, n in numbers.items() for spelled in (_plain(word), _plain(word).translate(_ARABIC_KEYS))}
    words = re.compile(_words(*numbers))
    return lambda said: sum(typed[word] for word in words.findall(said))


def _before_counted(numbers: dict[str, int], counted: str, *, join: str = "", classifier: str = "",
                    not_before: str = "(?!)") -> tuple[re.Pattern[str], _Said]:
    """The rewrite of a number written in words before what it counts (and a `classifier` after it: "سه تا", "তিনটি",
    "peb lub"), in digits; not where `not_before` follows it ("ib lub lim tiam" is "a week")."""
    worth = _worth(numbers)
    return (re.compile(_WORD_START + "(?!" + not_before + ")(" + _spelled(numbers, join) + ")(?:" + classifier + ")? (?=(?:"
                       + counted + "))"), lambda found: f"{worth(found[1])} ")


def _after_counted(numbers: dict[str, int], counted: str, *, join: str = "") -> tuple[re.Pattern[str], _Said]:
    """The rewrite of a number, in words or digits, after what it counts (Swahili's "miaka minne", "saa 20"), in
    digits before it ("4 miaka", "20 saa")."""
    worth = _worth(numbers)
    return (re.compile(_WORD_START + "(" + counted + ") (" + _spelled(numbers, join) + r"|\d+(?:[.,]\d+)*)" + _WORD_END),
            lambda found: f"{found[2] if found[2][0].isdigit() else worth(found[2])} {found[1]}")


def _month_named(months: dict[str, str]) -> Callable[[re.Match[str]], str]:
    """A month written in another language, in English ("মার্চে" is "march")."""
    typed = {_plain(month): english for month, english in months.items()}
    return lambda found: typed[found[1]]


#: Where a word of the rewrites below starts and ends: not inside a word, nor before a Bengali vowel sign
_WORD_START, _WORD_END = r"(?<![\w'\u0980-\u09ff])", r"(?![\w'\u0980-\u09ff])"
_ENGLISH_MONTHS = "|".join(_MONTHS)
_FA_NUMBERS = {"یک": 1, "یه": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "شیش": 6, "هفت": 7, "هشت": 8, "نه": 9,
               "ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15, "پونزده": 15, "شانزده": 16,
               "هفده": 17, "هجده": 18, "هیجده": 18, "نوزده": 19, "بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60,
               "yek": 1, "ye": 1, "do": 2, "se": 3, "chahar": 4, "char": 4, "panj": 5, "shesh": 6, "shish": 6, "haft": 7,
               "hasht": 8, "noh": 9, "dah": 10, "yazdah": 11, "davazdah": 12, "sizdah": 13, "chahardah": 14, "panzdah": 15,
               "poonzdah": 15, "punzdah": 15, "shanzdah": 16, "hefdah": 17, "hejdah": 18, "noozdah": 19, "bist": 20, "si": 30,
               "chehel": 40, "panjah": 50}
#: What Persian counts with a number before it, in its script (with the endings of its word: "ساعت‌ها") and in Finglish
_FA_COUNTED = (_words("ساعت", "سال", "ماه", "هفته", "روز", "دقیقه", "دوره", "درس", "وبینار", "کارگاه", "کنفرانس", "همایش",
                      "جلسه", "دلار", "واحد")
               + r"|(?:saat|sal|saal|mah|maah|hafte|rooz|ruz|daghighe|daqiqe|dore|dars|webinar|vebinar|kargah|konferans"
               r"|hamayesh|jalase|dolar|dollar|courses?|webinars?|workshops?|hours?|years?|months?|weeks?|days?|minutes?)"
               r"(?:e|ha|hast)?(?![\w'])")
_FA_MONTHS = {"ژانویه": "january", "فوریه": "february", "مارس": "march", "آوریل": "april", "ژوئن": "june", "ژوئیه": "july",
              "جولای": "july", "اوت": "august", "آگوست": "august", "سپتامبر": "september", "اکتبر": "october",
              "نوامبر": "november", "دسامبر": "december"}
_FA_EACH = _words("هر کدام", "هر کدوم", "هر یک", "هر یکی", "هر دوره", "هر کلاس", "هر درس") + "|har (?:kodoom|kodum|kodam|yek|yeki|dore|dars)"
_FA_EACH_ONE = _words("هر کدام", "هر کدوم", "هر یک", "هر یکی") + "|har (?:kodoom|kodum|kodam|yek|yeki)"
_BN_NUMBERS = {"এক": 1, "দুই": 2, "দু": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "ছয়": 6, "ছ": 6, "সাত": 7, "আট": 8, "নয়": 9,
               "দশ": 10, "এগারো": 11, "বারো": 12, "পনেরো": 15, "পনের": 15, "বিশ": 20, "কুড়ি": 20, "পঁচিশ": 25, "ত্রিশ": 30,
               "চল্লিশ": 40, "পঞ্চাশ": 50, "ek": 1, "dui": 2, "du": 2, "tin": 3, "char": 4, "pach": 5, "panch": 5, "choy": 6,
               "chhoy": 6, "sat": 7, "saat": 7, "aat": 8, "noy": 9, "dosh": 10, "baro": 12, "ponero": 15, "bish": 20, "kuri": 20,
               "pochish": 25, "tirish": 30, "chollish": 40, "ponchash": 50}
_BN_COUNTED = (_words("ঘণ্টা", "ঘন্টা", "বছর", "মাস", "সপ্তাহ", "দিন", "মিনিট", "কোর্স", "ওয়েবিনার", "কর্মশালা", "ওয়ার্কশপ",
                      "কনফারেন্স", "সম্মেলন", "ডলার", "সেশন")
               + r"|(?:ghonta|ghanta|bochor|bochhor|bosor|bachar|mash|mas|shoptaho|soptaho|saptaho|din|minit|minutes?"
               r"|courses?|webinars?|workshops?|conferences?|dollars?|sessions?|hours?|years?|months?|weeks?|days?)"
               r"(?:er|e|r)?(?![\w'])")
_BN_MONTHS = {"জানুয়ারি": "january", "জানুয়ারী": "january", "ফেব্রুয়ারি": "february", "ফেব্রুয়ারী": "february",
              "মার্চ": "march", "এপ্রিল": "april", "মে": "may", "জুন": "june", "জুলাই": "july", "আগস্ট": "august",
              "আগষ্ট": "august", "সেপ্টেম্বর": "september", "অক্টোবর": "october", "নভেম্বর": "november", "ডিসেম্বর": "december"}
_BN_EACH = _words("প্রতিটি", "প্রতিটা", "প্রত্যেকটি", "প্রতিটির") + "|protiti|protita|prottekta|prottekti"
_BN_TIME = _words("মিনিট", "ঘণ্টা", "ঘন্টা") + "|minit|minutes?|ghonta|ghanta"
_SW_NUMBERS = {"moja": 1, "mmoja": 1, "kimoja": 1, "mbili": 2, "miwili": 2, "wawili": 2, "viwili": 2, "tatu": 3,
               "mitatu": 3, "watatu": 3, "vitatu": 3, "nne": 4, "minne": 4, "wanne": 4, "vinne": 4, "tano": 5, "mitano": 5,
               "watano": 5, "vitano": 5, "sita": 6, "saba": 7, "nane": 8, "minane": 8, "tisa": 9, "kumi": 10, "ishirini": 20,
               "thelathini": 30, "arobaini": 40, "hamsini": 50, "sitini": 60}
_SW_COUNTED = ("saa|masaa|miaka|mwaka|miezi|mwezi|wiki|siku|dakika|kozi|semina|warsha|mikutano|mkutano|makongamano"
               "|kongamano|dola|vipindi|kipindi|seti|webinars?|courses?|hours?|years?|months?|weeks?|days?|minutes?")
_SW_EACH_ONE = "kila moja|kila mmoja|kila kimoja|kila kipindi|kila semina"
_HMN_NUMBERS = {"ib": 1, "ob": 2, "peb": 3, "plaub": 4, "tsib": 5, "rau": 6, "xya": 7, "yim": 8, "cuaj": 9, "kaum": 10,
                "nees nkaum": 20, "peb caug": 30, "plaub caug": 40, "tsib caug": 50, "rau caum": 60}
_HMN_COUNTED = ("(?:teev|xyoo|xyoos|hlis|hli|lub hlis|lim tiam|lub lim tiam|asthiv|hnub|feeb|chav kawm|chav|webinars?"
                "|rooj sib tham|duas las|daus las|duas|zaug|kev cob qhia|workshops?|courses?|conferences?|hours?|years?"
                r"|months?|weeks?|days?|minutes?)(?![\w'])")
_HMN_PERIODS = r"(?:xyoo|xyoos|lub hlis|hlis|hli|lub lim tiam|lim tiam|asthiv|hnub)(?![\w'])"
_HMN_EACH_ONE = "txhua qho|ib qho|txhua lub|txhua zaug"
#: The rewrites of Persian, Bengali, Swahili and Hmong, written as `_plain` reads them: amounts in dollars ("50 dola",
#: "৩৫০ ডলার", "195 duas las") as "$50"; numbers in words next to what they count in digits ("miaka minne", "سه تا
#: وبینار", "ob xyoos"); "each" after a price or a length as "at $195 each" and "of 90 minutes each"; a week's hours
#: in the order English says them ("هفته‌ای ۲۰ ساعت", "সপ্তাহে ২০ ঘণ্টা": "20 hours a week"); a period lasted as "for 2
#: years" ("۲ سال است", "২ বছর ধরে", "tau 2 xyoos"); dates as English writes them ("از ژانویه ۲۰۲۴": "since january
#: 2024", "মার্চ ২০২৪-এ": "march 2024", "lub 3 hlis 2024": "march 2024")
_REWRITES.update({
    "fa": [(re.compile(r"(?<=\d)(?=[\u0620-\u06ff])"), " "),
           (re.compile(r"(?<![\w$])(\d+(?:[.,]\d+)*) ?(?:" + _words("دلاری") + r"|dolari)(?![\w'])"), r"at $\1 each"),
           (re.compile(r"(?<![\w$])(\d+(?:[.,]\d+)*) ?(?:\$|" + _words("دلار", "دلاره") + r"|dolar|dollars?|usd)(?![\w'])"), r"$\1"),
           (re.compile(r"(?<![\w'])(?:" + _words("یک", "یه") + r"|yek|ye|1) ?(?:" + _words("سال") + r"|sal|saal) (?:و|o|va) (?:"
                       + _words("نیم") + r"|nim)(?![\w'])"),
            "a year and a half"),
           _before_counted(_FA_NUMBERS, _FA_COUNTED, join=" (?:و|o|va) |o |-o-| ",
                           classifier=" ?" + _words("تا") + "| ta|ta"),
           (re.compile(r"(?<=\d) ?(?:" + _words("تا") + "|ta)(?= (?:" + _FA_COUNTED + "))"), ""),
           (re.compile(r"(?<![\w'])(\d+) (" + _words("سال", "ماه") + r"|sal|saal|mah|maah) (?:" + _words("و") + r"|o|va) (?:"
                       + _words("نیم") + r"|nim)(?![\w'])"), r"\1.5 \2"),
           (re.compile(r"(?<![\w'])(" + _words("هفتهای", "هفته ای", "در هفته", "هر هفته", "هفتگی") + r"|haftei|hafteyi|hafte'i|hafte-i"
                       r"|hafte ei|hafte i|dar hafte|har hafte|haftegi) (\d+(?:[.,]\d+)*) (" + _words("ساعت") + r"|saat)(?![\w'])"),
            r"\2 \3 \1"),
           (re.compile(r"(?<![\w'])(\d+(?:[.,]\d+)*) (" + _words("سال", "ماه", "هفته") + r")(?:" + _words("ه", " است", " هست") + r")(?: ?"
                       + _words("که") + r")?(?![\w'])"), r"for \1 \2"),
           (re.compile(r"(?<![\w'])(\d+(?:[.,]\d+)*) (sal|saal|mah|maah|hafte)(?:e| ast| hast)(?: ke)?(?![\w'])"), r"for \1 \2"),
           (re.compile(r"(?<=[a-z0-9])-(?:am|at|ash|esh|et|ye|e)(?![\w'])"), ""),
           (re.compile(r"(?<![\w'])(?:" + _words("مه", "می") + r"|meh) (?=\d{4}(?![\w']))"), "may "),
           (re.compile(r"(?<![\w'])(?:" + _words("ماه", "سال") + r"|mah|sale|sal) (?=(?:" + _words(*_FA_MONTHS) + r")(?![\w'])|\d{4}(?![\w']))"), ""),
           (re.compile(r"(?<![\w'])(?:" + _words("از") + r"|az) (?=(?:(?:" + _words(*_FA_MONTHS) + "|" + _ENGLISH_MONTHS
                       + r") )?\d{4}(?![\w'])|(?:" + _words(*_FA_MONTHS) + r")(?![\w']))"), "since "),
           (re.compile(r"(?<![\w'])(?:" + _FA_EACH + r")(?: (?:" + _words("هم") + r"|ham))?(?: (?:" + _words("است", "هست", "میشه", "میشود")
                       + r"|ast|hast|mishe))? ?(\$ ?\d+(?:[.,]\d+)*)"), r"at \1 each"),
           (re.compile(r"(\$ ?\d+(?:[.,]\d+)*) (?:" + _FA_EACH + r")(?![\w'])"), r"at \1 each"),
           (re.compile(r",(?= (?:" + _FA_EACH_ONE + r") \d+(?:[.,]\d+)* (?:" + _words("دقیقه", "ساعت") + r"|daghighe|daqiqe|saat)(?![\w']))"), ""),
           (re.compile(r"(?<![\w'])(?:" + _FA_EACH_ONE + r") (\d+(?:[.,]\d+)*) (" + _words("دقیقه", "ساعت") + r"|daghighe|daqiqe|saat)(?![\w'])"),
            r"of \1 \2 each"),
           (re.compile(r"(?<![\w'])(\d+(?:[.,]\d+)*) (" + _words("دقیقه", "ساعت") + r") ?(?:" + _words("ای") + r")(?![\w'])"), r"of \1 \2 each"),
           (re.compile(r"(?<![\w'])(\d+(?:[.,]\d+)*) (daghighe|daqiqe|saat)(?:'i|i|yi|ei| ei| i)(?![\w'])"), r"of \1 \2 each"),
           # "got my certificate in April 2023", said with the date before the verb, as Persian says it
           (re.compile(r"(?<![\w'])(?:certificate|certification|govahi|govahiname|madrak|" + _words("گواهی", "گواهینامه", "مدرک")
                       + r")\S*(?: (?:lssc|clss)\S*)?(?: (?:ro|ra|" + _words("را", "رو") + r"))?(?: (?:dar|" + _words("در") + r"))? ((?:\S+ )?\d{4}) (?:gereftam|"
                       + _words("گرفتم") + r")(?![\w'])"), r"i was certified in \1")],
    "bn": [(re.compile(r"(?<=[a-z0-9)])-?(?:" + _words("এর", "ের", "র", "তে", "এ", "ে", "কে", "য়ে", "য়", "টি", "টা", "টো") + ")"
                       + _WORD_END), ""),
           (re.compile(r"(?<=[a-z0-9])-(?:e|te|er|r|ke|ta|ti|to)(?![\w'])"), ""),
           (re.compile(r"(?<=\d{4}) (?:" + _words("সাল", "সালে", "সালের") + r"|sal|sale|saler)" + _WORD_END), ""),
           (re.compile(r"(?<![\w$])(\d+(?:[.,]\d+)*) ?(?:\$|" + _words("ডলার", "ডলারের") + r"|dollars?|dolar|usd)" + _WORD_END), r"$\1"),
           (re.compile(r"(\$ ?\d+(?:[.,]\d+)*) (?:" + _words("করে") + r"|kore)" + _WORD_END), r"at \1 each"),
           _before_counted(_BN_NUMBERS, _BN_COUNTED, classifier=_words("টি", "টা", "টো", "খানা") + "|ta|ti|to|-ta|-ti|khana"),
           (re.compile(r"(?<=\d) ?(?:ta|ti|to)(?= (?:" + _BN_COUNTED + "))"), ""),
           (re.compile(_WORD_START + "(?:" + _words("আমার") + r"|amar) (\d+(?:[.,]\d+)*) (\S+) (?:" + _words("আছে") + "|ache)"
                       + _WORD_END), r"i have \1 \2"),
           (re.compile(_WORD_START + "(?:" + _words("গত") + r"|goto|gato) (\d+(?:[.,]\d+)*) (" + _words("বছর", "মাস", "সপ্তাহ")
                       + r"|bochor|bochhor|mash|mas|shoptaho|soptaho)(?: (?:" + _words("ধরে") + r"|dhore))?" + _WORD_END), r"for \1 \2"),
           (re.compile(_WORD_START + r"(\d+(?:[.,]\d+)*) (" + _words("বছর", "মাস", "সপ্তাহ", "দিন") + r"|bochor|bochhor|bosor|mash|mas"
                       r"|shoptaho|soptaho|din) (?:" + _words("ধরে") + r"|dhore)" + _WORD_END), r"for \1 \2"),
           (re.compile(_WORD_START + "(?:(?:" + _words("প্রতি") + r"|proti|prati) )?(" + _words("সপ্তাহে") + r"|shoptahe|soptahe"
                       r"|saptahe) (\d+(?:[.,]\d+)*) (" + _words("ঘণ্টা", "ঘন্টা") + r"|ghonta|ghanta)" + _WORD_END), r"\2 \3 \1"),
           (re.compile(_WORD_START + "(" + _words(*_BN_MONTHS) + ")(?:-?(?:" + _words("এ", "তে") + ")|" + _words("ে") + ")?(?: (?:"
                       + _words("মাসে", "মাসের", "মাস") + "))?" + _WORD_END), _month_named(_BN_MONTHS)),
           (re.compile(_WORD_START + "((?:(?:" + _ENGLISH_MONTHS + r") )?\d{4}) (?:" + _words("থেকে", "হতে") + r"|theke|hote)"
                       + _WORD_END), r"since \1"),
           (re.compile(_WORD_START + "(?:" + _BN_EACH + ")(?: (?:" + _words("কোর্স", "কোর্সের") + r"|course|courses|course er))?"
                       r"(?: (?:" + _words("দাম", "খরচ", "ফি") + r"|dam|khoroch|fee))? ?(\$ ?\d+(?:[.,]\d+)*)"), r"at \1 each"),
           (re.compile(r",(?= (?:" + _BN_EACH + r") \d+(?:[.,]\d+)* (?:" + _BN_TIME + ")" + _WORD_END + ")"), ""),
           (re.compile(_WORD_START + "(?:" + _BN_EACH + r") (\d+(?:[.,]\d+)*) (" + _BN_TIME + ")(?:" + _words("ের", "র") + "|er)?"
                       + _WORD_END), r"of \1 \2 each")],
    "sw": [(re.compile(r"(?<![\w'])je(?:,|(?= ))"), ""),
           # "kozi gani" ("courses which") as "which courses"
           (re.compile(r"(?<![\w'])(?:ni )?(?!kiasi |bei |saa |namna |jinsi )([a-z]+) gani(?![\w'])"), r"which \1"),
           (re.compile(r"(?<![\w'])(?:mwaka|miaka) (?:mmoja |1 )?na nusu(?![\w'])"), "a year and a half"),
           _after_counted(_SW_NUMBERS, _SW_COUNTED, join=" na "),
           (re.compile(r"(?<![\w$])(\d+(?:[.,]\d+)*) ?(?:dola(?: za kimarekani| za marekani)?|dollars?|usd|\$)(?![\w'])"), r"$\1"),
           (re.compile(r"(?<![\w'])(?:kwa )?(?:kila moja|kila mmoja|kila kimoja|kila kozi)(?: ni ya| ni| ya| kwa)? ?(\$ ?\d+(?:[.,]\d+)*)"),
            r"at \1 each"),
           (re.compile(r"(\$ ?\d+(?:[.,]\d+)*) (?:kila moja|kila mmoja|kwa kila kozi|kila kozi)(?![\w'])"), r"at \1 each"),
           (re.compile(r",(?= (?:" + _SW_EACH_ONE + r")(?: ni| ya| cha)? \d+(?:[.,]\d+)* (?:dakika|saa)(?![\w']))"), ""),
           (re.compile(r"(?<![\w'])(?:" + _SW_EACH_ONE + r")(?: ni| ya| cha)? (\d+(?:[.,]\d+)*) (dakika|saa)(?![\w'])"), r"of \1 \2 each"),
           (re.compile(r"(?<![\w'])(\d+(?:[.,]\d+)*) (dakika|saa) (?:" + _SW_EACH_ONE + r")(?![\w'])"), r"of \1 \2 each"),
           # "saa 2 kati ya hizo ni za technology" ("2 hours of them are of technology")
           (re.compile(r"(?<![\w'])(\d+(?:[.,]\d+)*) (?:saa |masaa )?(?:kati ya hizo |kati yake )?(?:ni )?(?:za |kuhusu )"
                       r"(technology|teknolojia)(?![\w'])"), r"\1 of them on \2")],
    "hmn": [(re.compile(r"(?<![\w$])(\d+(?:[.,]\d+)*) ?(?:duas las|daus las|nyiaj duas|duas|dollars?|usd|\$)(?![\w'])"), r"$\1"),
            (re.compile(r"(?<![\w'])(\d+(?:[.,]\d+)*) teev (?:ib lub hlis|ib hlis|txhua lub hlis|txhua hlis|txhua hli)(?![\w'])"),
             r"\1 teev a month"),
            # "4 teev yog technology" ("4 hours are technology")
            (re.compile(r"(?<![\w'])(\d+(?:[.,]\d+)*) teev (?:ntawm lawv )?yog (?:txog |hais txog )?(technology|thev naus laus zis)(?![\w'])"),
             r"\1 of them on \2"),
            (re.compile(r"(?<![\w'])(?:ib|1) xyoos? (?:thiab )?ib nrab(?![\w'])"), "a year and a half"),
            (re.compile(r"(?<![\w'])(?:txhua chav(?: kawm)?|txhua qho|txhua lub|ib chav|ib qho)(?: yog| them| raug)? ?(\$ ?\d+(?:[.,]\d+)*)"),
             r"at \1 each"),
            (re.compile(r"(\$ ?\d+(?:[.,]\d+)*) (?:ib chav|txhua chav|ib qho|txhua qho)(?![\w'])"), r"at \1 each"),
            (re.compile(r",(?= (?:" + _HMN_EACH_ONE + r") \d+(?:[.,]\d+)* (?:feeb|teev)(?![\w']))"), ""),
            (re.compile(r"(?<![\w'])(?:" + _HMN_EACH_ONE + r") (\d+(?:[.,]\d+)*) (feeb|teev)(?![\w'])"), r"of \1 \2 each"),
            _before_counted(_HMN_NUMBERS, _HMN_COUNTED, join=" ", classifier=" (?:lub|tus|zaug|daim|qho)",
                            not_before=r"ib (?:lub )?(?:lim tiam|asthiv)(?![\w'])"),
            (re.compile(r"(?<=\d) (?:lub|tus|zaug|daim|qho)(?= (?:webinars?|chav kawm|rooj sib tham|kev cob qhia|teev|feeb|hnub)(?![\w']))"), ""),
            (re.compile(r"(?<![\w'])lub (1[0-2]|0?[1-9]) hlis?(?: ntuj)?(?: (\d{4}))?(?![\w'])"), _vi_month),
            (re.compile(r"(?<![\w'])(?:tau li|tau|li) (?=\d+(?:[.,]\d+)* " + _HMN_PERIODS + "|a year and a half)"), "for "),
            (re.compile(r"(?<![\w'])(ib lub lim tiam|ib lim tiam|ib asthiv|txhua lub lim tiam) (\d+(?:[.,]\d+)*) teev(?![\w'])"),
             r"\2 teev \1")],
})
_UR_NUMBERS = {"ایک": 1, "دو": 2, "تین": 3, "چار": 4, "پانچ": 5, "چھ": 6, "سات": 7, "آٹھ": 8, "نو": 9, "دس": 10, "گیارہ": 11,
               "بارہ": 12, "پندرہ": 15, "بیس": 20, "پچیس": 25, "تیس": 30, "چالیس": 40, "پچاس": 50, "ساٹھ": 60}
#: What Urdu counts with a number before it, in its script and typed in Latin letters
_UR_COUNTED = (_words("گھنٹے", "گھنٹہ", "گھنٹوں", "سال", "سالوں", "برس", "مہینے", "مہینوں", "ماہ", "ہفتے", "ہفتوں", "دن", "دنوں",
                      "منٹ", "کورس", "کورسز", "ویبینار", "ویبینارز", "ورکشاپ", "کانفرنس", "سیشن", "ڈالر", "کریڈٹ")
               + r"|(?:ghante|ghantay|saal|mahine|maheene|hafte|haftay|din|minute|courses?|webinars?|workshops?|hours?"
               r"|years?|months?|weeks?|days?|minutes?)(?![\w'])")
_UR_MONTHS = ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر")
_UR_EACH = _words("ہر ایک", "ہر کورس")
_UR_TIME = _words("منٹ", "گھنٹے", "گھنٹہ")
#: Where a Devanagari word of the rewrites below starts and ends: not inside a word, nor next to a vowel sign
_NE_START, _NE_END = r"(?<![\w'\u0900-\u097f])", r"(?![\w'\u0900-\u097f])"
_NE_NUMBERS = {"एक": 1, "दुई": 2, "तीन": 3, "चार": 4, "पाँच": 5, "पांच": 5, "छ": 6, "सात": 7, "आठ": 8, "नौ": 9, "दस": 10,
               "एघार": 11, "बाह्र": 12, "पन्ध्र": 15, "बीस": 20, "पच्चीस": 25, "तीस": 30, "चालीस": 40, "पचास": 50,
               "ek": 1, "dui": 2, "tin": 3, "char": 4, "panch": 5, "chha": 6, "saat": 7, "aath": 8, "nau": 9, "das": 10,
               "bis": 20, "pachchis": 25, "tis": 30}
_NE_COUNTED = (_words("घण्टा", "घन्टा", "वर्ष", "बर्ष", "साल", "महिना", "हप्ता", "दिन", "मिनेट", "कोर्स", "वेबिनार", "कार्यशाला",
                      "सम्मेलन", "कन्फरेन्स", "सत्र", "डलर", "क्रेडिट")
               + r"|ghanta|barsa|barsha|barsh|varsha|sal|mahina|hapta|din|minet|courses?|webinars?|workshops?|hours?|years?"
               r"|months?|weeks?|days?|minutes?")
_NE_MONTHS = ("जनवरी", "फेब्रुअरी", "फेब्रुवरी", "मार्च", "अप्रिल", "मे", "जुन", "जुलाई", "अगस्ट", "अगष्ट", "सेप्टेम्बर", "अक्टोबर",
              "नोभेम्बर", "डिसेम्बर")
_NE_EACH = _words("प्रत्येक", "हरेक") + "|pratyek|harek"
_NE_TIME = _words("मिनेट", "घण्टा", "घन्टा") + r"|minet|minutes?|ghanta"
_AM_NUMBERS = {"አንድ": 1, "ሁለት": 2, "ሶስት": 3, "አራት": 4, "አምስት": 5, "ስድስት": 6, "ሰባት": 7, "ስምንት": 8, "ዘጠኝ": 9, "አስር": 10,
               "አስራ አንድ": 11, "አስራ ሁለት": 12, "ሃያ": 20, "ሰላሳ": 30, "አርባ": 40, "ሃምሳ": 50, "ስልሳ": 60, "hulet": 2, "sost": 3,
               "arat": 4, "amist": 5, "sidist": 6, "sebat": 7, "smint": 8, "zetegn": 9, "asir": 10, "haya": 20, "selasa": 30,
               "arba": 40, "hamsa": 50}
#: What Amharic counts with a number before it, and the periods it lasts ("ለ2 ዓመት": "for 2 years")
_AM_PERIODS = _words("ዓመት", "ዓመታት", "አመት", "አመታት", "ወር", "ወራት", "ሳምንት", "ሳምንታት", "ቀን", "ቀናት") + "|amet|ametat|wer|werat|samint|samintat|qen|qenat"
_AM_COUNTED = (_AM_PERIODS + "|" + _words("ሰዓት", "ሰዓታት", "ደቂቃ", "ደቂቃዎች", "ኮርስ", "ኮርሶች", "ዌቢናር", "ዌቢናሮች", "ዎርክሾፕ", "ኮንፈረንስ",
                                         "ዶላር", "ክሬዲት", "የ") + r"|se'at|sa'at|seat|deqiqa|dekika|kors|korsoch|webinars?|courses?|hours?|years?|months?|weeks?|days?|minutes?")
_AM_MONTHS = ("ጃንዋሪ", "ጃንዩወሪ", "ጥር", "ፌብሩዋሪ", "ፌብሩወሪ", "የካቲት", "ማርች", "መጋቢት", "ኤፕሪል", "ሚያዝያ", "ሜይ", "ግንቦት", "ጁን", "ሰኔ",
              "ጁላይ", "ሐምሌ", "ኦገስት", "ነሐሴ", "ሴፕቴምበር", "መስከረም", "ኦክቶበር", "ጥቅምት", "ኖቬምበር", "ህዳር", "ዲሴምበር", "ታህሳስ")
_AM_EACH = _words("እያንዳንዱ", "እያንዳንዳቸው") + "|eyandandu|eyandandachew"
_AM_TIME = _words("ደቂቃ", "ሰዓት", "ሰዓታት") + "|deqiqa|dekika|se'at|sa'at"
#: What "በ", "ለ", "ከ", "የ" before a word say ("ለእድሳት": "for renewal")
_AM_PREFIXES = {"በ": "in", "ለ": "for", "ከ": "from", "የ": "of"}
#: Ge'ez numerals ("፳፭" is 25, "፳፻፲፮" 2016)
_GEEZ_NUMERALS = {**{chr(0x1369 + n): n + 1 for n in range(9)}, **{chr(0x1372 + n): 10 * (n + 1) for n in range(9)}}


def _geez_number(found: re.Match[str]) -> str:
    """A number in Ge'ez numerals, in digits: its units and tens added up, "፻" a hundred times what is before it."""
    total = group = 0
    for numeral in found[0]:
        if numeral == "፻":
            total, group = total + (group or 1) * 100, 0
        elif numeral == "፼":
            total, group = (total + group or 1) * 10000, 0
        else:
            group += _GEEZ_NUMERALS[numeral]
    return str(total + group)


_AM_WORTH, _NE_WORTH = _worth(_AM_NUMBERS), _worth(_NE_NUMBERS)


def _am_counted(found: re.Match[str]) -> str:
    """An Amharic number in words before what it counts, in digits, with "ለ", "በ", "ከ" before it said ("ለሁለት ዓመት":
    "for 2 ዓመት")."""
    return (f"{_AM_PREFIXES[found[1]]} " if found[1] else "") + f"{_AM_WORTH(found[2])} "


def _am_prefixed(found: re.Match[str]) -> str:
    """An Amharic prefix before a name or a number, said: "ለ2024" as "for 2024", "የ90" as "of 90", and "የALA" ("ALA's")
    as "ALA"."""
    before_name = found[1] == "የ" and not found.string[found.end():found.end() + 1].isdigit()
    return "" if before_name else f"{_AM_PREFIXES[found[1]]} "


_NL_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_NL_UNITS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
_NL_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60}
#: The rewrites of Urdu, Nepali, Amharic and Dutch: amounts in dollars ("195 ڈالر", "१९५ डलर", "195 ዶላር") as "$195";
#: numbers in words next to what they count in digits ("تین کورس", "तीनवटा कोर्स", "ሁለት ዓመት", "vijfentwintig"); a
#: week's hours in the order English says them ("ہفتے میں 20 گھنٹے", "हप्तामा २० घण्टा", "በሳምንት 20 ሰዓት"); a period
#: lasted as "for 2 years" ("2 سال سے", "२ वर्षदेखि", "ለ2 ዓመት", "al 2 jaar"); a date since as "since january 2024"
#: ("جنوری 2024 سے", "जनवरी २०२४ देखि", "ከጥር 2024 ጀምሮ"); "each" after a price or a length as "at $195 each" and "of
#: 90 minutes each"; Urdu's "میں" ("I" and "in") as "I" where a sentence starts; and Roman Urdu's as romanized Hindi's
_REWRITES.update({
    "ur": [(re.compile(r"(?<=\d)(?=[\u0620-\u06ff])"), " "),
           (re.compile(r"(?<![\w$])(\d+(?:[.,]\d+)*) ?(?:\$|" + _words("ڈالر") + r"|dollars?|usd)(?![\w'])"), r"$\1"),
           (re.compile(r"(?:^|(?<=[.?!,;:] ))(?:" + _words("میں") + ") (?!(?:" + _words("نے") + r")(?![\w']))"), "i "),
           _before_counted(_UR_NUMBERS, _UR_COUNTED),
           (re.compile(r"(?<![\w'])(?:" + _words("ڈیڑھ") + r"|dedh|derh|dairh) (?:" + _words("سال") + r"|saal|sal)( (?:"
                       + _words("سے") + r"|se))?(?![\w'])"), lambda found: "for a year and a half" if found[1] else "a year and a half"),
           (re.compile(r"(?<![\w'])(\d+(?:[.,]\d+)*) (" + _words("سال", "سالوں", "برس", "مہینے", "مہینوں", "ہفتے", "ہفتوں", "دن", "دنوں")
                       + ") (?:" + _words("سے") + r")(?![\w'])"), r"for \1 \2"),
           (re.compile(r"(?<![\w'])((?:(?:" + _words(*_UR_MONTHS) + "|" + _ENGLISH_MONTHS + r") )?\d{4}) (?:" + _words("سے")
                       + r")(?![\w'])"), r"since \1"),
           (re.compile(r"(?<![\w'])(" + _words("ہفتے میں", "ہر ہفتے", "فی ہفتہ", "ہفتہ وار") + r") (\d+(?:[.,]\d+)*) ("
                       + _words("گھنٹے", "گھنٹہ") + r")(?![\w'])"), r"\2 \3 \1"),
           (re.compile(r"(?<![\w'])(?:" + _UR_EACH + r")(?: (?:" + _words("کی فیس", "کی قیمت") + r"))? (\$ ?\d+(?:[.,]\d+)*)(?: (?:"
                       + _words("کا", "کی", "کے") + r"))?(?![\w'])"), r"at \1 each"),
           (re.compile(r"(\$ ?\d+(?:[.,]\d+)*) (?:" + _words("والے", "والا", "والی", "ہر ایک") + r")(?![\w'])"), r"at \1 each"),
           (re.compile(r",(?= (?:" + _UR_EACH + r") \d+(?:[.,]\d+)* (?:" + _UR_TIME + r")(?![\w']))"), ""),
           (re.compile(r"(?<![\w'])(?:" + _UR_EACH + r") (\d+(?:[.,]\d+)*) (" + _UR_TIME + r")(?: (?:" + _words("کا", "کی", "کے")
                       + r"))?(?![\w'])"), r"of \1 \2 each"),
           (re.compile(r"(?<![\w'])(\d+(?:[.,]\d+)*) (" + _UR_TIME + r") (?:" + _words("والے", "والا", "والی") + r")(?![\w'])"),
            r"of \1 \2 each"),
           (re.compile(r"(?<![\w'])(?:har aik|har ek) (\$ ?\d+(?:[.,]\d+)*)(?: (?:ka|ki|ke))?(?![\w'])"), r"at \1 each"),
           (re.compile(r"(?<![\w'])(hafte mein|haftay mein|har hafte|har haftay) (\d+(?:[.,]\d+)*) (ghante|ghantay)(?![\w'])"),
            r"\2 \3 \1"),
           *_REWRITES["hi"]],
    "ne": [(re.compile(r"(?<=\d)(?=[\u0900-\u097f])"), " "),
           (re.compile(r"(?<![\w$])(\d+(?:[.,]\d+)*) ?(?:\$|" + _words("डलर") + r"|dollars?|usd)" + _NE_END), r"$\1"),
           (re.compile(_NE_START + "(" + _spelled(_NE_NUMBERS) + r")(?: ?(?:" + _words("वटा", "ओटा") + r")| ?(?:wota|ota|wata))? (?=(?:"
                       + _NE_COUNTED + "))"), lambda found: f"{_NE_WORTH(found[1])} "),
           (re.compile(r"(?<=\d) ?(?:" + _words("वटा", "ओटा") + r"|wota|ota|wata)(?= )"), ""),
           (re.compile(_NE_START + "(?:" + _words("डेढ") + r"|dedh|derh) (?:" + _words("वर्ष", "बर्ष", "साल") + r"|barsa|barsha|barsh|sal)"
                       r"( ?(?:" + _words("देखि") + r"|dekhi))?" + _NE_END),
            lambda found: "for a year and a half" if found[1] else "a year and a half"),
           (re.compile(_NE_START + r"(\d+(?:[.,]\d+)*) (" + _words("वर्ष", "बर्ष", "साल", "महिना", "हप्ता", "दिन") + r"|barsa|barsha|barsh"
                       r"|varsha|sal|mahina|hapta|din) ?(?:" + _words("देखि") + r"|dekhi)" + _NE_END), r"for \1 \2"),
           (re.compile(_NE_START + "((?:(?:" + _words(*_NE_MONTHS) + "|" + _ENGLISH_MONTHS + r") )?\d{4}) ?(?:" + _words("देखि", "बाट")
                       + r"|dekhi|bata)" + _NE_END), r"since \1"),
           (re.compile(_NE_START + "((?:(?:" + _words(*_NE_MONTHS) + "|" + _ENGLISH_MONTHS + r") )?\d{4}) ?(?:" + _words("मा")
                       + r"|ma)" + _NE_END), r"in \1"),
           (re.compile(_NE_START + "(" + _words("हप्तामा", "प्रति हप्ता", "हरेक हप्ता") + r"|haptama|prati hapta|harek hapta) (\d+(?:[.,]\d+)*) ("
                       + _words("घण्टा", "घन्टा") + r"|ghanta)" + _NE_END), r"\2 \3 \1"),
           (re.compile(_NE_START + "(?:" + _NE_EACH + r")(?: (?:" + _words("कोर्सको", "कोर्स") + r"|course ko|course))?(?: (?:"
                       + _words("को") + r"|ko))? (\$ ?\d+(?:[.,]\d+)*)"), r"at \1 each"),
           (re.compile(r"(\$ ?\d+(?:[.,]\d+)*) (?:" + _NE_EACH + r")" + _NE_END), r"at \1 each"),
           (re.compile(r",(?= (?:" + _NE_EACH + r") \d+(?:[.,]\d+)* (?:" + _NE_TIME + "))"), ""),
           (re.compile(_NE_START + "(?:" + _NE_EACH + r") (\d+(?:[.,]\d+)*) (" + _NE_TIME + r")(?: ?(?:" + _words("को") + r")| ko)?"
                       + _NE_END), r"of \1 \2 each")],
    "am": [(re.compile(r"[\u1369-\u137c]+"), _geez_number),
           (re.compile(r"(?<=[a-z0-9)])" + _words("ን") + "?" + _words("ና") + r"(?![\w'])"), " and"),
           (re.compile(r"(?<=[a-z0-9)])(?:" + _words("ንም", "ን", "ም") + r")(?![\w'])"), ""),
           (re.compile(r"(?<=\d)" + _words("ቱ") + r"(?![\w'])"), " of them"),  # "2ቱ": "the 2 of them"
           (re.compile(r"(?<=\d)(?=[\u1200-\u137f])"), " "),
           (re.compile(r"(?<![\w$])(\d+(?:[.,]\d+)*) ?(?:\$|" + _words("ዶላር") + r"|dolar|dollars?|usd)(?![\w'])"), r"$\1"),
           (re.compile(r"(?<![\w'])(" + _words("ለ", "በ", "ከ") + ")?(" + _spelled(_AM_NUMBERS, " ") + ") (?=(?:" + _AM_COUNTED + "))"),
            _am_counted),
           (re.compile(r"(?<![\w'])(\d+) (" + _words("ዓመት", "አመት") + r"|amet) (?:" + _words("ተኩል") + r"|tekul)(?![\w'])"), r"\1.5 \2"),
           (re.compile(r"(?<![\w'])(?:" + _words("ከ") + r" ?|ke )((?:(?:" + _words(*_AM_MONTHS) + "|" + _ENGLISH_MONTHS + r") )?\d{4})"
                       r"(?: ?(?:" + _words("ዓ.ም.", "ዓ.ም") + r"))?(?: (?:" + _words("ጀምሮ", "ወዲህ") + r"|jemro))?(?![\w'])"), r"since \1"),
           (re.compile(r"(?<![\w'])((?:(?:" + _words(*_AM_MONTHS) + "|" + _ENGLISH_MONTHS + r") )?\d{4}) (?:" + _words("ጀምሮ", "ወዲህ")
                       + r"|jemro)(?![\w'])"), r"since \1"),
           (re.compile(r"(?<![\w'])(?:" + _words("ለ") + r" ?|le )(?=\d+(?:[.,]\d+)* (?:" + _AM_PERIODS + r")(?![\w']))"), "for "),
           (re.compile(r"(?<![\w'])(\d+(?:[.,]\d+)*) (" + _AM_PERIODS + r") (?:" + _words("ሆኖኛል", "ሆነኝ", "ሆኗል") + r")(?![\w'])"),
            r"for \1 \2"),
           (re.compile(r"(?<![\w'])(" + _words("በሳምንት", "በየሳምንቱ") + r"|besamint|be samint|beyesamintu) (\d+(?:[.,]\d+)*) ("
                       + _words("ሰዓት", "ሰዓታት") + r"|se'at|sa'at|seat|saat)(?![\w'])"), r"\2 \3 \1"),
           (re.compile(r"(?<![\w'])(?:" + _AM_EACH + r")(?: (?:" + _words("ኮርስ") + r"|kors))? ?(?:" + _words("በ") + r")?(\$ ?\d+(?:[.,]\d+)*)"),
            r"at \1 each"),
           (re.compile(r"(\$ ?\d+(?:[.,]\d+)*) (?:" + _AM_EACH + "|" + _words("በኮርስ") + r")(?![\w'])"), r"at \1 each"),
           (re.compile(r",(?= (?:" + _AM_EACH + r") \d+(?:[.,]\d+)* (?:" + _AM_TIME + r")(?![\w']))"), ""),
           (re.compile(r"(?<![\w'])(?:" + _AM_EACH + r") (\d+(?:[.,]\d+)*) (" + _AM_TIME + r")(?![\w'])"), r"of \1 \2 each"),
           # "የALA" ("of ALA"), "ለ2024" ("for 2024"): a prefix before a name or a number said
           (re.compile(r"(?<![\w'])(" + _words(*_AM_PREFIXES) + r") ?(?=[a-z0-9$])"), _am_prefixed)],
    "nl": [_DOLLARS,
           (re.compile(r"(?<![\w'])(een|twee|drie|vier|vijf|zes|zeven|acht|negen)en(twintig|dertig|veertig|vijftig|zestig)(?![\w'])"),
            lambda found: str(_NL_UNITS[found[1]] + _NL_TENS[found[2]])),
           (re.compile(r"(?<![\w'])(?:(?:a|van|voor|tegen) )?(\$ ?\d[\d,.]*) (?:per stuk|elk|ieder|per cursus)(?![\w'])"),
            r"at \1 each"),
           (re.compile(r"(?<![\w'])(?:a|van|voor|tegen) (?=\$ ?\d)"), "at "),
           (re.compile(r"(?<![\w'])(?:elk|elke|ieder|iedere)(?: (?:cursus|vak))? (?:kost |is |van |voor )?(\$ ?\d[\d,.]*)"), r"at \1 each"),
           (re.compile(r",(?= (?:van )?(?:elk|elke|ieder|iedere)(?: (?:webinar|sessie))? (?:van |duurde |duurt )?\d[\d,.]* (?:minuten|min|uur)"
                       r"(?![\w']))"), ""),
           (re.compile(r"(?<![\w'])(?:van )?(?:elk|elke|ieder|iedere)(?: (webinar|sessie))? (?:van |duurde |duurt )?(\d[\d,.]*) "
                       r"(minuten|min|uur)(?![\w'])"), lambda found: f"{found[1] or ''} of {found[2]} {found[3]} each".lstrip()),
           (re.compile(r"(?<![\w'])(?:van )?(\d[\d,.]*) (minuten|min|uur) (?:elk|per stuk)(?![\w'])"), r"of \1 \2 each"),
           (re.compile(r"(?<![\w'])van ((?:(?:" + _NL_MONTHS + r") )?\d{4}) tot (?=(?:(?:" + _NL_MONTHS + r") )?\d{4}(?![\w'])"
                       r"|(?:nu|heden|vandaag)(?![\w']))"), r"from \1 to "),
           (re.compile(r"(?<![\w'])(?:al|nu al|sinds|inmiddels|gedurende) anderhalf jaar(?![\w'])"), "for a year and a half"),
           (re.compile(r"(?<![\w'])(?:al|nu al|sinds|inmiddels|gedurende) (?=\d[\d,.]* (?:jaar|jaren|maanden|maand|weken|week)(?![\w']))"),
            "for ")],
})
#: The simplified characters of the Chinese entries and their traditional spelling, as Taiwan and Hong Kong write them
#: ("还剩什么" is "還剩什麼")
_TRADITIONAL = str.maketrans("与两个为么义书于们价会余关册几务协参吗员图场够头奖学对开弃当录总愿报挂时术条来没现礼约线经结给络继续"
                             "缴网职获补计认讨训议记讲证请读课谢费资过还进钟钱错门问间额馆周后注属",
                             "與兩個為麼義書於們價會餘關冊幾務協參嗎員圖場夠頭獎學對開棄當錄總願報掛時術條來沒現禮約線經結給絡繼續"
                             "繳網職獲補計認討訓議記講證請讀課謝費資過還進鐘錢錯門問間額館週後註屬")
#: Pinyin syllables that, joined, spell an English word: never typed so ("wo men", "we", is no "women")
_NOT_PINYIN = frozenset({"women"})


def _typed_pinyin(entry: str) -> list[str]:
    """The ways a pinyin entry, written a syllable at a time ("hai sheng shen me"), is typed: so, or with any of its
    syllables joined into words ("hai sheng shenme", "haisheng shenme"); a Han entry only as itself."""
    if not entry.isascii():
        return [entry]
    syllables = entry.split(" ")
    typed = ("".join(syllable + gap for syllable, gap in zip(syllables, (*gaps, "")))
             for gaps in product((" ", ""), repeat=len(syllables) - 1))
    return [spelled for spelled in typed if spelled == entry or not _NOT_PINYIN & set(spelled.split(" "))]


GLOSSARY["zh"] = {**{typed: said for entry, said in GLOSSARY["zh"].items() for typed in _typed_pinyin(entry)},
                  **{entry.translate(_TRADITIONAL): said for entry, said in GLOSSARY["zh"].items()}, **GLOSSARY["zh"]}


#: The endings a Persian or Bengali entry of three letters or more may take, as a word of its own: Persian's plural
#: ("ساعت‌ها"), its "a" and "of" ("دوره‌ای", "دوره‌ی"), "my", "your", "her" ("همکارش") and "-long" ("دو ساعته"), with or without
#: the space or zero-width non-joiner before them; Bengali's cases ("সপ্তাহে", "বছরের", "লাইব্রেরিতে"), counters
#: ("তিনটি") and plurals ("কোর্সগুলো")
_ENDINGS = {"fa": "(?: ?ها(?:[یي](?:م|ت|ش|مان|تان|شان)?)?|[یي]|ا[یي]|ام|ات|اش|م|ت|ش|ه|مان|تان|شان)?",
            "bn": "(?:-?(?:" + _words("ের", "এর", "র", "তে", "এ", "ে", "কে", "য়ে", "য়", "টি", "টা", "টো", "গুলো", "গুলি", "দের",
                                      "ই", "ও") + "))?",
            # Nepali's postpositions and plural written with the word ("पुस्तकालयमा", "हप्ताको", "कोर्सहरू")
            "ne": "(?:" + _words("हरूको", "हरुको", "हरूमा", "हरू", "हरु", "मा", "को", "का", "की", "ले", "लाई", "देखि", "सम्म", "बाट") + ")?",
            # Amharic's endings that are letters of their own: "the", "my", the object, "also", "and", plurals
            "am": "(?:" + _words("ዎቹን", "ዎቹ", "ዎች", "ንም", "ንና", "ን", "ም", "ና", "ው", "ዋ", "ዬ", "ቸው", "ችን") + ")?"}
#: What a Persian, Bengali, Nepali or Amharic entry that takes the endings of its word (`_ENDINGS`) starts with
_STEMS = {"fa": re.compile(r"[\u0620-\u06ff]{3}"), "bn": re.compile(r"[\u0980-\u09ff]{3}"), "ne": re.compile(r"[\u0900-\u097f]{3}"),
          "am": re.compile(r"[\u1200-\u137f]{2}")}
#: What may come before such an entry, as a letter of its word: Amharic's "in", "for", "from", "of" (`_AM_PREFIXES`)
_PREFIXES = {"am": "(?P<prefix>" + _words(*_AM_PREFIXES) + ")?"}
#: Urdu, whose words in Arabic letters are written apart ("کے لیے", not "لل"), takes none of Arabic's prefixes
_WRITTEN_APART = frozenset({"ur"})


def _kind(entry: str, language: str = "") -> int:
    """Where `entry` (of `language`) is found (see `_FOUND`): kana and kanji anywhere; Hangul with the endings of its
    word after it ("남았" in "남았어요"; an entry of one syllable only with a particle: "주에", not "주의"); Arabic with
    "و", "ال", "ب", "ل" before it (not Urdu); Persian, Bengali and Nepali of three letters or more, and Amharic of two,
    with the endings of their word after it (and Amharic's prefixes before it); others as words of their own."""
    if _UNSPACED.search(entry):
        return 2
    if re.fullmatch(r"[" + _HANGUL + r"]", entry):
        return 1
    if re.fullmatch(r".*[" + _HANGUL + r"]", entry):
        return 0
    if language in _STEMS and _STEMS[language].match(entry):
        return 5
    return 3 if language not in _WRITTEN_APART and re.match(r"[" + _ARABIC + r"]{3}", entry) else 4


_BEFORE, _AFTER = r"(?<![" + _EDGE + r"])", r"(?![" + _EDGE + r"])"
#: The entries of each `_kind`, written as they are found (the `endings` of the language's words, `_ENDINGS`)
_FOUND = (_BEFORE + "(?:{})[" + _HANGUL + "]*" + _AFTER, _BEFORE + "(?:{})" + _KO_PARTICLES + _AFTER, "(?:{})",
          _BEFORE + _AR_PREFIXES + "(?:{})" + _AFTER, _BEFORE + "(?:{})" + _AFTER,
          _BEFORE + "{prefixes}(?P<stem>{}){endings}" + _AFTER)


#: A tree of the letters of phrases: each letter the phrases go on with after it, "" where one ends
_Tree = dict[str, "_Tree"]


def _either(phrases: list[str]) -> str:
    """`phrases` as the alternatives of a pattern, written as the tree of their letters ("f(?:ee|irst)?" for "f",
    "fee", "first"): the longest one found wins, as it would among them written longest first, and a message's word
    is tried against each letter once, not against every phrase (so that a glossary's size costs an English message
    little)."""
    tree: _Tree = {}
    for phrase in phrases:
        node = tree
        for letter in phrase:
            node = node.setdefault(letter, {})
        node[""] = {}

    def written(node: _Tree) -> str:
        branches = [re.escape(letter) + written(after) for letter, after in sorted(node.items()) if letter]
        if not branches:
            return ""
        either = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{either})?" if "" in node else either

    return written(tree)


#: Kana, which only Japanese writes: the Han characters of a message with kana are Japanese kanji, of one without
#: Chinese, and the other language's entries in them are neither counted nor said ("時間" is "hours" in Japanese and
#: "time" in Chinese; "年" and "月" are in both)
_KANA = re.compile(r"[\u3040-\u30ff]")


def _reads_han(language: str, kana: bool) -> bool:
    """Whether `language`'s entries written in Han characters (and kana) are read in a message with `kana` or without."""
    return language not in ("ja", "zh") or (language == "ja") == kana


@lru_cache(maxsize=None)
def _pattern(language: str, han: bool = True, only_ascii: bool = False) -> re.Pattern[str]:
    """`language`'s entries as they are found, the longest first (`_either`); without those in kana or Han characters
    unless `han`, and only those written in ASCII when `only_ascii` (all a message in ASCII, as most English ones are,
    can hold)."""
    kinds: list[list[str]] = [[] for _ in _FOUND]
    for phrase in GLOSSARY[language]:
        if (han or not _UNSPACED.search(phrase)) and (phrase.isascii() or not only_ascii):
            kinds[_kind(phrase, language)].append(phrase)
    return re.compile("|".join(found.format(_either(of_kind), endings=_ENDINGS.get(language, ""),
                                            prefixes=_PREFIXES.get(language, ""))
                               for found, of_kind in zip(_FOUND, kinds) if of_kind) or "(?!)")


def _entry(words: dict[str, str], found: re.Match[str]) -> str:
    """The entry `found` is: itself, or, for one with the endings of a Korean, Persian, Bengali, Nepali or Amharic word
    or Arabic's or Amharic's prefixes, the entry it starts or ends with."""
    text = found[0]
    if text not in words and found.lastgroup == "stem":
        return found["stem"]
    if text not in words and re.search(r"[" + _HANGUL + r"]$", text):
        return next(text[:end] for end in range(len(text) - 1, 0, -1) if text[:end] in words)
    return text if text in words else next(text[start:] for start in range(1, len(text)) if text[start:] in words)


def _said(words: dict[str, str], found: re.Match[str]) -> str:
    entry = _entry(words, found)
    said = words[entry]
    if found[0][0] in "وف" and entry[0] != found[0][0]:  # Arabic's "and" before a word ("ورسبت": "and i failed")
        return f"and {said}"
    if found[0] not in words and found.groupdict().get("prefix"):  # Amharic's "for" before a word ("ለእድሳት")
        return f"{_AM_PREFIXES[found['prefix']]} {said}"
    return f" {said} " if _UNSPACED.search(found[0]) else said


def _counted(language: str, plain: str) -> int:
    """How many of `language`'s entries `plain` holds, leaving out those spelled like English (`_ENGLISH_TOO`)."""
    words, shared = GLOSSARY[language], _ENGLISH_TOO.get(language, frozenset())
    han = _reads_han(language, bool(_KANA.search(plain)))
    entries = {_entry(words, m) for m in _pattern(language, han, plain.isascii()).finditer(plain)}
    telling = language in _TELLING and any(rewrite.search(plain) for rewrite, _ in _REWRITES[language])
    return len({e for e in entries if e not in shared and words[e] != e}) + telling


def _covered(language: str, plain: str, kana: bool) -> int:
    """How many letters of `plain` `language`'s entries that count (`_counted`) read."""
    words, shared = GLOSSARY[language], _ENGLISH_TOO.get(language, frozenset())
    return sum(len(found[0]) for found in _pattern(language, _reads_han(language, kana), plain.isascii()).finditer(plain)
               if _entry(words, found) not in shared)


#: A word of a message, as an entry found as a word of its own (`_kind` 4) starts and ends
_RUN = re.compile("[" + _EDGE + "]+")


@lru_cache(maxsize=None)
def _openings(only_ascii: bool) -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """For each word an entry that counts (`_counted`) starts with, the languages of such entries, and the languages
    always looked for: a message holds `_ENOUGH` entries of a language whose entries (in ASCII, when `only_ascii`) are
    all found as words of their own (`_kind` 4) only if as many of its words open one, so that the others need not be
    looked for (most English messages hold no two words that open one language's entries); one with entries found
    inside or across words (kana, Hangul, Arabic's prefixes, endings) or counted by its rewrites (`_TELLING`) always is."""
    opening: dict[str, list[str]] = {}
    looked_for = set()
    for language, words in GLOSSARY.items():
        shared = _ENGLISH_TOO.get(language, frozenset())
        entries = [entry for entry in words if entry.isascii() or not only_ascii]
        firsts = [_RUN.match(entry) for entry in entries if entry not in shared and words[entry] != entry]
        if language in _TELLING or None in firsts or any(_kind(entry, language) != 4 for entry in entries):
            looked_for.add(language)
            continue
        for first in {first[0] for first in firsts if first}:
            opening.setdefault(first, []).append(language)
    return {word: tuple(languages) for word, languages in opening.items()}, frozenset(looked_for)


def _may_hold(plain: str) -> list[str]:
    """The languages of which `plain` may hold `_ENOUGH` entries, in `GLOSSARY`'s order."""
    opening, looked_for = _openings(plain.isascii())
    opened = dict.fromkeys(GLOSSARY, 0)
    for word in _RUN.findall(plain):
        for language in opening.get(word, ()):
            opened[language] += 1
    return [language for language, count in opened.items() if count >= _ENOUGH or language in looked_for]


#: Urdu's own letters ("ٹ", "ڈ", "ڑ", "ں", "ھ", "ہ", "ے"): a message with them is Urdu, not Persian or Arabic
_URDU = re.compile("[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]")


def in_english(question: str) -> str:
    """`question` with the words of each language it mixes in said in English; as it was when it has none."""
    plain = question.casefold() if question.isascii() else _plain(question)  # as `_plain` reads a message in ASCII
    languages = _may_hold(plain)
    if not languages:
        return question  # the common case: no two words of any of them
    if _URDU.search(plain):
        languages = [language for language in languages if language not in ("fa", "ar")]
    found, kana = {language: _counted(language, plain) for language in languages}, bool(_KANA.search(plain))
    # of the languages typed alike, the one with the most entries, or that reads the most of the message (Roman Urdu's
    # "member nahi hun" where Hindi reads "member nahi"), or Hindi
    alike = [language for language in found if language in _TYPED_ALIKE and found[language] >= _ENOUGH]
    read_as = max(alike, key=lambda language: (found[language], _covered(language, plain, kana)), default="")
    # the language most of the message is in first, so another's short words ("de", "en") do not break its phrases
    for language in sorted(found, key=found.__getitem__, reverse=True):
        if found[language] >= _ENOUGH and (language not in _TYPED_ALIKE or language == read_as):
            if language in _PARTICLES:
                plain = re.sub(r"  +", " ", _PARTICLES[language].sub("", plain))
            for rewrite, said in _REWRITES.get(language, []):
                plain = rewrite.sub(said, plain)
            plain = _pattern(language, _reads_han(language, kana)).sub(partial(_said, GLOSSARY[language]), plain)
            question = re.sub(r"  +", " ", plain)  # a particle said as nothing leaves no gap
            if language in _SPACED_OUT:  # the spaces put around what was said in kana and kanji, a date, "and"
                question = re.sub(r" (?=[.,?!:;])", "", question).strip()
            if language in _SAID_TWICE:  # "я работаю" ("i i work"), "저는 ... 아니에요" said with its "i" twice
                question = re.sub(r"(?<![\w'])i i(?![\w'])", "i", question)
    return question
