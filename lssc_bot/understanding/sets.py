"""Which competency sets a message says are done (or not done).

People name sets every way: canonical names, the aliases in faq.yaml, single
distinctive words ("the supervision one", "youth"), misspellings of all of these
("fondations", "supervison", "comunication and teamwork"), groups ("all three required
ones", "everything except tech") and negations ("haven't started technology",
"none of the required ones", "no electives yet"). A message is read clause by
clause; in a negated clause the sets named are *not* done.
"""
from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from ..knowledge import Knowledge, Program
from . import lexicon
from .normalise import OBLIGATION, STOPWORDS, PhraseTable, clean, stem, tokens_of_clean, words
from .numbers import NUMBER, to_number

#: Words of set names too generic to name a set on their own.
_GENERIC = STOPWORDS | frozenset(stem(w) for w in (
    "library", "services", "information", "adult", "set", "course", "class", "one", "cat", "intro", "work", "team",
    "staff", "development", "dev", "sup", "kid", "child", "children", "teen"))  # "my kid", "the teens we serve": people

#: A question run into what the asker says, as dictation writes it: "what do i still need i passed youth services"
_ASKED_THEN_SAID = re.compile(r"\b((?:what|which|how many|how much)\b[^.?!,;:]{0,40}?\b(?:need|left|remain\w*|take|do|missing|"
                              r"to go|else|finish|complete))\s+(?=i (?:have |had |already |just |also )?(?:passed|did|done|"
                              r"finished|completed|took|got|have|am|was)\b)")
#: The one required set still to do, which says the other required ones are done: "the only required set i am missing
#: is comm", "only core one left is tech", "the only required course i still need:" (the only elective left says how
#: many electives are left, not which are done)
_ONLY_MISSING = re.compile(r"\b(?:the )?only (?:required|core|mandatory)(?: (?:sets?|ones?|courses?|class(?:es)?))? "
                           r"(?:(?:that )?(?:i am|i|we are|we) )?(?:(?:still )?(?:missing|lacking|left|remaining|outstanding|"
                           r"(?:have )?(?:left )?to do)|still (?:need|have)|need(?: to do)?)(?: now)?(?: is| are| ?:)?"
                           # (the set's place in the list said before its name: "... is the middle one , comm")
                           r"(?: the (?:first|middle|last|second|third|final) one ,?)?")
#: An elective counted by its place: "that is my third elective" says three are done (as its clause says)
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ORDINAL_ELECTIVE = re.compile(r"\b(?:my|her|his|their|the) (first|1st|second|2nd|third|3rd) elective\b")
#: Clauses split at punctuation and contrasts ("but" after a group is an exception, `_GROUP_BUT`).
_CLAUSE = re.compile(r"[.,;:!?()\[\]/+—–]|\b(?:however|although|though|while|whereas|but)\b|"
                     # a dash before a question: "foundations and c&t done - do i just need tech ?"
                     r"(?<= )-(?= (?:do|does|is|are|am|can|could|should|will|would|what|which|how|so)\b)")
#: A group just before "but", which then says an exception, not a contrast: "everything but tech", "every required set
#: but comm", "all of the core ones but foundations", "did them all but youth"
_GROUP_BUT = re.compile(r"\b((?:everything|all|every|each|both|them all|them)(?: (?:of )?(?:the |my |them |it )?(?:\w+ )?"
                        r"(?:required|core|mandatory|electives?|sets?|ones?|courses?|classes?)(?: (?:sets?|ones?|courses?|classes?))?)?"
                        r"(?: (?:is|are|was|were) (?:done|finished|complete\w*|passed))?) but\b")
#: "all" under a label of one kind of set is all of that kind: "required : 2 / 3 done ( all but tech )", "req'd : all
#: three done"
_LABELLED_ALL = re.compile(r"\b(required|core|electives?)(?: sets| ones| courses| classes)? : ((?:\d+ / \d+ )?(?:done |finished |complete\w* )?(?:\( )?)"
                           r"(?:all|everything)\b(?! (?:the|my|of)\b)")
#: "=" between a set and its status is a label's colon: "core three = done", "electives = none yet"; a trio is three
_AS_LABEL = re.compile(r" = (?!\?)")
_TRIO = re.compile(r"\b(?:the )?(core|required|mandatory) trio\b")
#: "Everything" said of one side of the program is all of that side: "on the required side everything is done apart from comm"
_SIDE_ALL = re.compile(r"\bon the (required|core|mandatory|electives?) (?:side|front|end|part)(?: ,)? ((?:[a-z]+ ){0,3}?)"
                       r"(?:everything|all)\b(?! (?:the|my|of)\b)")
#: The required sets but some, said by what the others are not: "both non-tech required sets", "the required sets that
#: aren't foundations", "2 of the 3 required (all but foundations)": the required sets except those
_REQUIRED_BUT = re.compile(r"\bnon ?-? ?(\w+) (required|core|mandatory)\b|"
                           r"\b(required|core|mandatory)((?: sets?| ones?| courses?)?) (?:that|which) (?:are|is) not (?=\w)|"
                           r"\b(?:(?:\d|two|both) of (?:the )?(?:3|three) )?(required|core|mandatory)(?: sets?| ones?)? \(? ?"
                           r"(?:all|everything|every one) (?:but|except)\b")


def _required_but(found: re.Match[str]) -> str:
    """The required sets but some (`_REQUIRED_BUT`), said as "all the required except ..."."""
    if found[1]:
        return f"all the {found[2]} except {found[1]} ,"
    if found[3]:
        return f"all the {found[3]}{found[4]} except "
    return f"all the {found[5]} except"


_CLAUSE_KEEP = re.compile(f"({_CLAUSE.pattern})")
#: What the asker holds now, which is done, not under way: "i currently have foundations and access done"
_HELD_NOW = re.compile(r"\b(?:currently|right now|at the moment|atm) (?:i )?(?:have|has|got|hold)\b(?! (?:\w+ )?(?:in progress|going|on)\b)")
#: A label of the message itself before a colon, which heads no list: "planning question :", "quick update :"
_MESSAGE_LABEL = re.compile(r"\b(?:question|q|query|update|thought|note|idea|context|background)\s*$")
#: Two words with a slash between them, which may be one set's name cut in two: "sup / mgmt"
_SLASHED_WORDS = re.compile(r"\b([a-z]{2,}) / ([a-z]{2,})\b")
#: Initials with a slash are one name, not two list items: "f/ls", "c/t"
_SLASHED_INITIALS = re.compile(r"\b([a-z]) / ([a-z]{1,3})\b")
#: A group said done before its exception: "everything done but tech", "all finished except youth" say
#: what "everything but tech" says; the done word is dropped so the exception stays in the clause.
_GROUP_DONE_EXCEPT = re.compile(r"\b(everything|all(?: of (?:them|it))?) (?:is |are )?(?:done|finished|completed|complete|"
                                r"passed|taken) (?=(?:but|except|apart from|other than)\b)")
#: Everything done but a number of electives (and maybe some sets named): "everything except one elective",
#: "done with everything but tech and 2 electives"
_EXCEPT_ELECTIVES = re.compile(rf"\b(?:everything|all(?: of (?:them|it))?)((?: is| are)? (?:done|finished|completed|complete|"
                               rf"passed|taken))? (but|except|apart from|other than) (?:([^:;.(),]+?) and )?{NUMBER} (?:more )?"
                               r"electives?\b")
#: Words about sets, never a person's name before "finished" or "done"
_SET_WORDS = frozenset(("set", "sets", "course", "courses", "class", "classes", "elective", "electives", "required",
                        "ones", "core", "both", "all", "lssc", "clss", "cert", "certification", "program", "mandatory"))
#: A list's label that is a person, in a message that labels the asker's own list ("me: tech, youth")
_MY_LABEL = re.compile(r"(?:^|[.;,] )(?:[-*] )?(?:me|mine|myself|i|my sets|my list) :")
#: A person's label: a name, or a few words naming someone ("my job share partner")
_LABEL = re.compile(r"[a-z]{2,}(?: [a-z]{2,}){0,3}")
#: Where a clause saying none of one kind of set is done starts, unmarked: "... classification| no required yet"
_NONE_OF_A_KIND = re.compile(r"(?<=[a-z]) (?=no (?:required|core|mandatory|electives?)\b)")
#: The asker named and said to be the asker: "jo ( that is me ) :"
_NAMED_ME = re.compile(r"\b[a-z]+ \( (?:that is|it is|this is|i am|aka|=) me \) :")
#: A heading says a status in a few words ("in progress:", "planning to take next year:"); a longer clause before a
#: colon says something else ("planning PD for Marcus on my team:")
_HEADING_WORDS = 6
#: A clause after a negated one that opens by saying what is the exception: "none of the core yet , only youth"
_ONLY_OPENS = re.compile(r"\s*(?:only|just|solely)\b(?! (?:need|needs|started|signed|enrolled|begun|began)\b)")
#: Where a sentence ends: a clause's status is carried to the next only within a sentence.
_SENTENCE_END = re.compile(r"[.!?;]")
#: Where a clause's parts meet ("foundations done and halfway through tech"); a set name with "and"
#: in it is put back together (`SetNames._parts`).
#: What a clause says of the time or reason of something ("... back when my kid was still in daycare", "because we were
#: doing a weeding project"): unless the asker says in it what they did with a set ("because i failed tech"), its words
#: ("still", "not", "weeding") say nothing of the sets before or after it.
_CIRCUMSTANCE = re.compile(r"\b(?:back when|when|whilst|because|cause|cuz)\b( i\b)?")
#: Where a story goes on after a circumstance, in a message typed without stops
_STORY_GOES_ON = re.compile(r"\b(?:and then|then|and (?:later|now|since then|after that|last|this|next)|but)\b")
#: The words that end a clause before a circumstance of its own ("i finished tech while my daughter was a baby")
_CIRCUMSTANCE_CLAUSE = frozenset(("while", "whereas", "though", "although"))
_PART = re.compile(r"\b(?:and|plus|then|as well as|if|since|because|given|so(?! far\b)|but(?= (?:not|never|no)\b))\b")
#: A part that sets one set against the others of its clause: "did tech but not foundations", "... and not comm"
_CONTRAST = re.compile(r"\s*(?:not|never|no)\b")
#: A set chosen over another: the other is not done ("youth services rather than reference", "tech instead of comm")
_OVER_ANOTHER = re.compile(r"\b(?:rather than|instead of|in place of)\b")
#: "not just" adds what follows, never negates it: "access and ra are finished too , not just foundations"
_NOT_JUST = re.compile(r"\bnot (?:just|only|merely)\b")
#: ...and "not quite" said to a reply before a dash or comma negates nothing after it: "not quite - access is done"
_NOT_QUITE = re.compile(r"\bnot (?:quite|exactly|really)(?= ?[-,.;:!—])")
#: Every set said with emphasis or by its full name: "every single competency set", "each and every set"
_EVERY_ONE = re.compile(r"\b(?:every single|every last|each and every|every) (?:one of the )?(?:competency |lssc )?sets?\b")
#: All of a group but so many, the ones left out named in brackets after: "all the core ones but one ( not comm &
#: teamwork )", "every elective but two ( except youth and access )" say "except" them
_BUT_SO_MANY = re.compile(r"\b(?:but|except(?: for)?|minus) (?:one|two|three|1|2|3) \( (?:not |except |minus |without |missing )?"
                          r"(?:the |that is |i ?\. ?e ?\.? )?([^()]+?) \)")
_SET_STATUS = {name: entry.compiled() for name, entry in lexicon.SET_STATUS.items()}
_OTHER = lexicon.OTHER_PERSON.compiled()
#: A part that opens with a subject of its own: "she did tech", "i have youth", "ana did tech"
_SUBJECT_OPENS = re.compile(r"^(?:(?:but|and|while|whereas|also|then) )?(?:she|he|they|i|we|[a-z]{2,} (?:has|had|did|is|was|finished|"
                            r"completed|passed))\b")
#: Said by someone of the person asked about: "her supervisor says she did youth"
_SAYS_OF_THEM = re.compile(r"\b(?:says?|said|thinks?|confirmed|told (?:me|us))\b (?:that )?(?:she|he|they)\b")
#: Someone of the person asked about, opening a part: "but her coworker tom already did foundations" is a third
#: person's, when the message asks for her
_THEIR_PERSON = re.compile(rf"^(?:(?:but|and|while|whereas|though|although|also) )?(?:her|his|their) (?:\w+ )?"
                           rf"(?:{lexicon.PERSON}|{lexicon.REPORT})\b")
_THIRD_PERSON = lexicon.THIRD_PERSON.compiled()
_ONLY = lexicon.ONLY.compiled()
_NOW = lexicon.NOW.compiled()
_FINISHED = lexicon.FINISHED.compiled()
_ASKING = lexicon.ASKING.compiled()
_ASKER = re.compile(r"\b(?:i|me|my|myself|we)\b")
#: The asker as the subject: "i've only done youth" (not "carla on my team")
_I = re.compile(r"\b(?:i|me|myself)\b")
_PLAN_WORD = re.compile(r"\bplan\w*")
#: A part opened by the asker: "and i have not registered yet"
_ASKER_OPENS = re.compile(r"^\s*(?:(?:and|but|so) )?i\b")
#: Someone else's words about what the asker did: "my supervisor thinks i am finished because i have ...", "she says
#: i did" (not what the asker should do: "she says i need supervision")
_SAID_OF_ASKER = re.compile(r"\b(?:thinks?|thought|says?|said|told me|believes?|claims?|reckons?|figures?)(?: that)? i "
                            r"(?:am|have|had|did|finished|completed|passed|took|got)\b")
#: Someone else said to have done sets, in a relative clause: "replying to sam who has all 3 required"
_WHO_DID = re.compile(r"\b(?!i\b|we\b)[a-z]+ who (?:has|had|did|finished|completed|took|got|passed|is done)\b")
_ROLE_AFTER = frozenset(map(stem, lexicon.ROLE_AFTER))
_ROLE_BEFORE = re.compile(lexicon.ROLE_BEFORE.pattern)
_TOPIC_BEFORE = re.compile(lexicon.TOPIC_BEFORE.pattern)
_DONE = re.compile(lexicon.CUES["done"].pattern)
#: Electives said done by number: "2 electives", "three of the electives"
#: (a count of a whole is no count done: "zero of three required", "out of the 3 required i finished 1")
_OF_A_WHOLE = r"(?<!\bof )(?<!\bof the )(?<!\bof my )(?<!\bout of )"
_COUNTED_ELECTIVES = re.compile(rf"{_OF_A_WHOLE}\b{NUMBER} (?:(?:out )?of (?:the |my )?(?:\w+ )?)?(?!more |left |remaining |to go )(?:\w+ )?electives?\b"
                                # (not those said to be left: "meaning just 2 electives left")
                                r"(?! (?:left|remaining|to go|still to do|outstanding)\b)")
#: Electives supposed done, more of them: "if i take 2 more electives this spring"
_SUPPOSED_ELECTIVES = re.compile(rf"\b{NUMBER} (?:more |other |additional |extra )?"
                                 r"(?!(?:first|second|third|fourth|fifth|sixth|seventh)\b)(?:\w+ )?electives?\b")
#: Electives done, counted under a label: "electives done: 2"
_LABELLED_ELECTIVES = re.compile(rf"\belectives? (?:done|finished|completed|taken|passed)? ?: {NUMBER}\b(?! of)")
_COUNTED_REQUIRED = re.compile(rf"(?<!\bevery ){_OF_A_WHOLE}\b{NUMBER} (?:(?:out )?of (?:the |my )?(?:\w+ )?)?(?!more |left |remaining |to go )(?:\w+ )?"
                               r"(?:required|core|mandatory)\b")
#: A bare score of a group, which is what is done of it: "zero of three required , three of three electives", "2 of
#: the 3 required ( all but comm )"
_SCORE = re.compile(rf"(?:^|(?<=[,.;:] )|(?<=\band ))(?:i am |i have |i've )?(?:all )?{NUMBER} (?:out )?of (?:the |my )?{NUMBER} "
                    r"(electives|required|core|mandatory)(?: sets| ones| courses)?\b(?! (?:left|to go|remaining|still)\b)"
                    r"(?: \( [^()]* \))?")
#: A group but a count of it: "all but one of the core sets", "every elective i need except one"
_ALL_BUT_SOME = re.compile(r"\b(?:all|every(?: one)?) (?:but|except) (?P<but>one|two|1|2) (?:of )?(?:the |my )?"
                           r"(?P<kind>required|core|mandatory|electives?)(?: sets?| ones?| courses?)?\b|"
                           r"\b(?:all|every) (?:of )?(?:the |my )?(?P<kind2>required|core|mandatory|electives?)(?: sets?| ones?| courses?)?"
                           r"(?: (?:i|you|we) (?:need|needed))? (?:but|except) (?P<but2>one|two|1|2)\b(?! of\b)")
#: A count done said after the whole it is of: "out of the electives i have finished 4" (as "finished 4 electives")
_OUT_OF_DONE = re.compile(rf"(?:^|(?<=[,.;:] )|(?<=\band ))(?:out )?of (?:the |my )?(?:{NUMBER} )?(electives|required|core|mandatory)(?: sets| ones| courses)?(?: ,)? "
                          rf"(i (?:have |had )?(?:finished|done|completed|passed|taken|did))(?: exactly| only| just)? {NUMBER}\b"
                          r"(?! (?:\w+ )?(?:electives?|required|core|mandatory|sets?|ones?|courses?)\b)")
#: A clause whose subject is the asker or the set just named, which says the set's status after a comma: "the
#: foundations , i am taking now", "youth , it is done"
_SAID_OF_IT = re.compile(r"(?:i|we|it|that one|that)\b|"
                         # ...or a status alone after a comma: "the fifth is cataloging , halfway done"
                         r"(?:halfway|half|partly|partway|almost|nearly|about half|still)\b|in progress\b|not (?:yet )?(?:done|finished|started)\b")
#: A relative clause, which says the status of the one set named just before it: ", which i finished in november"
_WHICH = re.compile(r"\s*(?:which|that)\b(?! (?:is|was|are|were) (?:\w+ )?(?:one|set|course|class)\b)")
#: A clause that says how the sets just named went: "...but I didn't pass (it)", "failed it"
_BACK = re.compile(r"\b(?:pass\w*|it|that one|them|the (?:\w+ )?(?:course|class|set|exam|test|final|project|assignment|"
                   r"module|portfolio|assessment|paper))\b")
#: The sets not named: they take only a status said of them, never one carried from a list before them.
#: The rest said done, then named: "everything else on my plan is done : foundations , ...", "the rest are finished ,
#: that was youth and access": a heading of the sets it names, not every other set
_REST_LISTED = re.compile(r"\b(?:everything else|the rest|all (?:the )?others|the others|all the other \w+)\b[^.;:!?]{0,40}?"
                          r"\b(done|finished|completed|passed)\b\s*(?::|- |, (?:that (?:was|is|being|were)|which (?:is|are|was|were)|"
                          r"namely|i ?\. ?e ?\.?|so))\s*(?=[a-z])")
#: Everything but an exception, then the sets it means listed: "everything except tech - foundations , comm , youth ...
#: are done", "all done but tech : ...": the list says what is done, the exception what is not (not every other set)
_EXCEPT_LISTED = re.compile(r"\b(?:everything|all(?: of (?:them|it))?)(?: (?:is |are )?(?:done|finished|completed|passed))? "
                            r"(?:except(?: for)?|but|apart from|other than) ([a-z&' ]{2,40}?)"
                            r"(?: (?:is|are) (?:done|finished|completed|passed))? (?:-|:)(?: -)* (?=[a-z])")
#: An exception said first, before a negated group, said after it as the negation's exception: "besides supervision and
#: management , none of my electives are done"
_BESIDES_FIRST = re.compile(r"(^|[.;!?] )(?:besides|apart from|other than|except(?: for)?) ([a-z&' ]{2,40}?) , "
                            r"((?:none|no|nothing|not)\b[^.;,!?]*)")
#: What the asker supposes is left, asked back alone: "... so just tech ?", "only c&t then ?"
_JUST_ASKED = re.compile(r"(^|[.;,!?] )(?:so |and |then )?(?:just|only) ([a-z&' ]{2,30}?)(?: then| left| now)? \?")
_REST = re.compile(r"\b(?:everything else|the rest|all (?:the )?others|the others|anything else|all the other \w+)\b")
#: (not an exception that adds: "same here, except i also have supervision")
_EXCEPT = re.compile(r"\b(?:except(?: for)?|other than|apart from|besides|but(?: not)?)\b"
                     r"(?! (?:that )?i (?:also|too|additionally)\b| (?:that )?i (?:have|did|got) also\b)")
_NEGATION = re.compile(r"\b(?:not|no|none|never|without|nothing|yet to|neither|nor|nope|nah)\b")
#: A yes said of a set in a list: "foundations: yes", "collections yes"
_YES = re.compile(r"\b(?:yes|yep|yup|yeah|ya)\b")
#: Items each answered yes or no, run on without stops: "foundations yes tech yes comm not yet"
_ANSWER = re.compile(r"(?<=[a-z] )(?:yes|yep|yup|yeah|nope|no|not yet|done)\b(?= [a-z])")
_YES_OR_NO = re.compile(r"\b(?:yes|yep|yup|yeah|nope|not yet)\b")


#: A table's column asking whether each item is done ("course , done ?", "set | complete y/n"), and each item's answer
#: in it: "foundations , y", "tech ; no"
_DONE_HEADING = re.compile(r"\b(?:done|finished|completed?|passed)\s*(?:\?|\(?\s*y\s*/\s*n\b\)?)")
_CELL_ANSWER = re.compile(r"\s*[,;:|]\s*(y|yes|yep|n|no|nope)\b(?!\s*(?:one|of|way|more|longer|idea)\b)")


#: A set asked about and answered at once: "c & t ? not yet .", "tech ? yes"
_ASKED_ANSWERED = re.compile(r"((?:^|(?<=[.;:,] ))[a-z&' ]{1,40}?) \? (not yet|nope|no|nah|yes|yep|yeah|done)\b")
#: A lone "f" between a list's marks, shorthand for foundations: "f + tech done", "have f , c&t", "planned : f ( spring )"
_LONE_F = re.compile(r"(?:^|(?<=[:;,+&(] )|(?<=\bhave )|(?<=\band )|(?<=\bdone ))f(?= (?:[,;+&()]|done\b|and\b)|$)")
_LONE_F_DONE = re.compile(r"(?:^|(?<=[:;,] ))f done\b")
#: The asker saying how far along they are, naming no set: "i am roughly halfway", "i think i am almost there"
_ASKER_STATE = re.compile(r"\s*(?:(?:so|well|ok|okay|and|but) )?(?:i think )?(?:i am|we are) (?:\w+ )?(?:halfway|half way|half done|"
                          r"almost|nearly|close|far along|most of the way|about done)\b")
#: A status said with a singular verb, of one set: "reference is like halfway", "tech was dropped"
_ONE_IS = re.compile(r"\b(?:is|was)\b")


#: A transcript's grade column, and each course's grade in it: a letter passed, "f" failed, "w" withdrawn, "ip"/"inc"
#: under way
_GRADE_HEADING = re.compile(r"\bgrades?\b")
_GRADE_CELL = re.compile(r"\s*[,;:|-]\s*(?:([abcd](?: ?[+-])?|p|pass(?:ed)?|cr)|(f|fail(?:ed)?)|(w|wd|withdr\w*)|(ip|inc|i))"
                         r"(?=\s*(?:[,;|]|-\s*-|$))")
_GRADED = ("done", "failed", "withdrew", "in progress")


def _cells_graded(text: str) -> str:
    """`text` with each course's grade under a grade heading said as what it means."""
    heading = _GRADE_HEADING.search(text)
    letters = [m for m in _GRADE_CELL.finditer(text) if m[1] and len(m[1].replace(" ", "")) <= 2]
    if heading is None and len(letters) < 2:  # (a table's heading may be gone: "foundations - a ; tech - b + ; ...")
        return text
    start = heading.end() if heading else 0
    return text[:start] + _GRADE_CELL.sub(
        lambda m: f" {next(word for word, g in zip(_GRADED, m.groups()) if g)} ;", text[start:])


def _cells_answered(text: str) -> str:
    """`text` with each item's yes or no under a heading that asks whether it is done said as done or not done."""
    text = _cells_graded(text)
    heading = _DONE_HEADING.search(text)
    if heading is None:
        return text
    return text[:heading.end()] + _CELL_ANSWER.sub(lambda m: " done ;" if m[1].startswith("y") else " not done ;",
                                                   text[heading.end():])


def _answered_items(text: str) -> str:
    """`text` with a stop after each item's answer (`_ANSWER`), when at least two items are answered yes or no."""
    return _ANSWER.sub(r"\g<0> ;", text) if len(_YES_OR_NO.findall(text)) >= 2 else text


#: "...and nothing else" closes a list; it does not negate it.
_NOTHING_ELSE = re.compile(r"\b(?:and )?(?:nothing|none) (?:else|more|besides)\b|\bthat is it\b|\bthat is all\b|"
                           r"\bno (?:brainer|problems?|issues?|trouble|sweat|doubt|joke|lie|cap|biggie|offense|offence)\b|"  # "a no-brainer" negates nothing
                           # an aside to the reader: "(it was a nightmare, don't ask)", "not gonna lie"
                           r"(?<!i )(?<!we )(?<!they )(?<!she )(?<!he )\bdo not (?:ask|judge|laugh|worry|panic|quote me|get me started)\b|"
                           r"\bnot (?:gonna|going to) lie\b|"
                           # a correction's "no" takes back a word, not a set: "wait no , scratch ys"
                           r"\b(?:wait|oh|oops|sorry|hmm|er|um) ?,? no\b|\bno (?:wait|sorry)\b")
_NOTHING = re.compile(
    r"\b(?:none(?: yet| so far)?|nothing(?: yet| so far)?|just (?:starting|started|beginning)|"
    r"(?:have|did|has) not (?:\w+ ){0,2}(?:any|anything|started|a single)|not (?:taken|done|started|completed|finished) any|"
    r"zero|no (?:sets|courses|classes)|starting out|brand new|new to this|not started)\b|"
    # a score of nothing: "0 / 6 done", "0 of 6"
    r"(?<![\d.])0 (?:/|of|out of) (?:the |my )?6\b")
#: Groups of sets: every set, the required ones ("all 3 of the required ones", "the core ones"),
#: the electives. A count in the phrase is not checked against the program; it only names the group.
_ALL = re.compile(r"\b(?:everything|all (?:of )?(?:them|(?:the |my )?(?:sets|courses|classes))|all (?:six|6|ten|10)|"
                  r"every (?:single )?(?:set|course|class|one))\b(?! of (?:the|my) (?:required|core|mandatory|electives?)\b)")
#: A need or obligation before a group asks about it: "do I still have to do all the sets?", "do I
#: need electives or just the core ones" name no set done.
_ASKED = re.compile(rf"\b{OBLIGATION}\b")
#: A question about a later time: "what will be left", "what would i have left", "will i be done"
_LATER = re.compile(r"\b(?:will|would|'ll)\b")
#: A part that speaks of what is still to come: "will be finished next month", "hope to have it done by spring"
_TO_COME = re.compile(r"\b(?:will|would|'ll|going to|gonna|plan\w*|hop(?:e|ing)|want|should|by)\b")
#: Sets supposed done: after "after", "once", "if I take/finish", up to the end of the clause, or all said after
#: "I'll have"
#: (not the set another is supposed done instead of: "if i finish tech instead of foundations" does not finish foundations)
_SUPPOSING = re.compile(r"\b(?:(?:after|once)(?: i (?:take|do|finish|complete|pass))?\s+((?:(?!i (?:will|should|would) have\b)(?!(?:but )?not\b)"
                        r"[^\s,.;:?!()]+ ?){1,4})|"
                        r"(?:if|suppose|supposing|say|assuming|assume|imagine) (?:i|she|he|they|we) (?:will )?(?:takes?|do|does|finish(?:es)?|"
                        r"completes?|pass(?:es)?|gets? through|adds?|gets?|knocks? out|wraps? up|clears?)\s+((?:(?! i will have\b)(?! (?:but )?not\b)[^,.;:?!()])+)|"
                        # the whole list of what the asker will then have: "... i will have foundations , tech , youth"
                        r"\bi (?:will|should|would) have (?:done |finished |completed |passed )?([^.;:?!()]+))")
#: "once" supposes, and so does "after" with the asker's verb in the present: "once i finish tech next month , what is
#: left ?" (a bare "after foundations" may look back: "after foundations i did tech")
_SUPPOSING_VERB = re.compile(r"once\b|after i (?:take|do|finish|complete|pass)\s")
#: A time the sets under way end by: "what's left after this term?" supposes them done
_A_TERM = re.compile(r"(?:this|the|my|next) (?:term|semester|quarter|session|fall|spring|summer|winter|month|year)\b")
#: The set under way, pointed back at in what the asker will have: "if my s&m class ends next week , i will have that plus
#: foundations"
_THAT_ONE = re.compile(r"(?:that|it|this|that one|this one)\b")
#: ...or after which the question is: "what remains after that one finish?", "once it is done"
#: (a bare "after that" is only "afterwards": "i plan to do collection management after that")
_THAT_ONE_ALONE = re.compile(r"(?:that|it|this)(?: one| course| class| set)(?: (?:is |gets )?(?:finish\w*|done|over|ends|passed|wraps up))?|"
                             r"(?:that|it|this) (?:is |gets )?(?:finish\w*|done|over|ends|passed|wraps up)")
#: A set pointed back at as the object of what befell it: "... and dropped it", "... and i am still in that one"
_IT = re.compile(r"\b(?:it|that one|this one)\b")
#: "found" shortened from Foundations, as an item of a list: "found + tech + ys", "found, comm, access"; not the verb
#: ("found out", "found it"); "found. of lib svcs" is its name shortened
_FOUND = re.compile(r"\bfound ?\.?(?=\s*(?:[,+&/;:]|\band\b|-\s*(?:done|passed)|$))|\bfound\.?(?= of lib)")
#: The sets under way, as a supposition names them: "if i pass everything i am taking now", "once my current classes"
_UNDER_WAY = re.compile(r"\b(?:(?:everything|all(?: of)?(?: the ones?)?|(?:the )?ones?|what|whatever) (?:that )?i am (?:currently |now )?"
                        r"(?:in|taking|doing|enrolled in|working on)|(?:my|the) (?:current|ongoing|in progress) (?:ones|sets|courses|classes)|"
                        r"(?:my|the) (?:sets|courses|classes) (?:i am )?(?:in progress|under way|underway))\b")
#: A supposition that the sets planned are done by then: "if everything goes to plan, what's left after summer?"
_AS_PLANNED = re.compile(r"\b(?:goes|go|going|went) (?:to|according to) plan|\bas planned\b|\baccording to (?:the |my )?plan\b|"
                         r"\bif all goes (?:well|to plan)\b|\bif i stick to (?:the |my )?plan\b|\bplans? works? out\b")
#: ...or the sets planned or under way pointed back at: "assuming both go fine", "after i pass both planned ones"
_POINTED_BACK = re.compile(r"\b(?:assuming|if|provided|as long as|once|after|when) (?:both|they|those|these|all|everything|it all|"
                           r"all (?:two |three |four )?of (?:those|them|these))(?: of them)? "
                           r"(?:go|goes|went|work out|pan out|are passed|get passed|get done|are done|are finished)\b|"
                           r"\b(?:after|once|assuming|if) i (?:pass|finish|complete|do|get through) (?:both|those|them|these|all)"
                           r"(?: (?:the )?(?:planned|scheduled|upcoming) ones| of them| two)?\b")
#: What remains, before a group: "anything left on the required side" asks about the group
_LEFT_WORD = re.compile(r"\b(?:left|remain\w*|missing|outstanding|to go)\b")
#: A group that an "only" list is about: "required ones: only foundations so far" says nothing of electives
_REQUIRED_WORD = re.compile(r"\b(?:required|core|mandatory)\b")
_ELECTIVE_WORD = re.compile(r"\belectives?\b")
#: Where some of a group come from, just before it: "foundations and tech from the required list"
_FROM_GROUP = re.compile(r"\b(?:from|of|in|on|out of|among)\s*$")
#: "all" on its own, just before an exception: "did all but tech".
_ALL_BEFORE_EXCEPT = re.compile(r"\ball\s*$")
#: The required sets as a group. One of them picked out ("the last required one", "the only core
#: set left") is a set, named or not, not the group.
_REQUIRED = re.compile(r"\b(?:(?:all|both|every|each)(?: \w+)?(?: of)?(?: the| my)?|the(?: (?!(?:last|final|first|second|third|other|only)\b)\w+)?|of the|no)"
                       r" (?:required|core|mandatory)\b(?! one\b)")
#: Every elective, just before an exception: "every elective except youth" is the other electives.
_ELECTIVES_BEFORE_EXCEPT = re.compile(r"\b(?:every|each|all(?: of)?(?: the| my)?) (?:\w+ )?electives?\s*$")
_ELECTIVES = re.compile(r"\b(?:the|all|my|any) (?:\w+ )?electives\b")
#: Every elective said done: "finished every elective there is", "all 7 electives"
_EVERY_ELECTIVE = re.compile(r"\b(?:every elective|all (?:the |my )?(?:7 |seven )?electives|all (?:7|seven) (?:of the )?electives)\b")

#: A misspelt word is read as a word of a set name when it is at least this long and this close
#: (rapidfuzz ratio); shorter words and looser matches are too often ordinary words.
FUZZY_MIN_LETTERS = 5
FUZZY_CUTOFF = 85
#: The asker saying they have done what someone else just said they did: "same here", "me too", "ditto"
_SAME_AS = re.compile(r"\b(?:same here|same for me|same with me|me too|ditto|i have the same|i did the same)\b")
#: A word saying the sets before it are done, which may end a part of a run-on sentence
_DONE_WORD = re.compile(r"\b(?:done|finished|passed|completed|complete)\b")
#: Two words typed apart are read as one word of a set's name from this length ("super vision", "tech nology")
_JOINED_MIN_LETTERS = 8
#: Letters a misspelling may drop or add (Indel distance), and from what length it may slip two.
_SLIPS, _TWO_SLIPS_FROM = 1, 9

#: A group said to be done by a time, not done: "when do all 6 sets have to be done"
_TO_BE_DONE = re.compile(rf"\s*(?:{OBLIGATION}|should|must) be (?:done|finished|completed?)\b")
#: A group named as what came later, not done: "youth and access before starting the required ones"
_BEFORE_DOING = re.compile(r"\b(?:before|until) (?:i )?(?:start\w*|tak\w*|doing|touch\w*)(?: (?:any|all|the|my))?\s*$")
#: A set's description set off by commas between the set and what is said of it: "technology , the last required one ,
#: starts in january" (dropped when it says no set and no status, so the status reaches the set)
_APPOSITION = re.compile(r" , (?:which is |that is |it is |it 's )?(?:the|my|our) (?:\w+ ){0,3}(?:one|set|course|class)"
                         r"(?: [a-z' ]{1,30}?)? ,")
#: A price just before a group of sets, which it is the price of: "$260 per course for the required sets"
_PRICED = re.compile(r"\$ ?\d[\d,.]*(?: [a-z]+){0,3} (?:for|on) (?:the |all (?:the )?|my |each of the )?$")
#: ...or just after it: "the required courses at my college are $210 each"
_PRICED_AFTER = re.compile(r"(?: (?:sets?|courses?|class(?:es)?|ones?))?(?: (?:at|through|from) [a-z ]{1,20}?)? "
                           r"(?:are|is|cost|costs|run|runs)(?: about| around)? \$")
#: A set taken again, which leaves it done if it was: "youth again", "retaking tech for a better grade"
#: Passed, of a set taken again ("retake passed"), not merely "done" with a first try
_PASSED = re.compile(r"\b(?:passed|pass it|got through|completed)\b")
_AGAIN = re.compile(r"\b(?:again|retak\w*|re take|repeat\w*)\b")
#: A question that follows an item (and its status) in the same clause: "- what do i still need", "youth services
#: this fall what do i still need to finish"
_QUESTION_AFTER = re.compile(r"\s+-(?:\s*-)*\s+(?:what|which|how|when|where|do|does|am|is|are|can|anything|remaining|left|"
                             r"the rest)\b.*$|"
                             r"\s+\b(?:what|which|how many|how much|anything)(?: else| more| \w+){0,2}? (?:do|does|should|would|will|"
                             r"must|can|am|is|are|have) i\b.*$")
#: A token marker substituted for each set mention, so leftover words can be counted; a name said as a
#: job, desk or person ("supervisor", "circ desk") is marked `_ROLE_MARK`.
_MARK = "\x00"
_ROLE_MARK = "\x00\x01"

#: A word after a job's or desk's word that makes the whole the set after all: "the reference desk one",
#: "the youth dept course".
_SET_NOUNS = frozenset(stem(w) for w in ("one", "set", "course", "class", "module"))

#: A course of the program described, not named: "the managing people one", "that kids programming course", "the one
#: about helping people find info". The words described are group 1 or 2; they stop at a clause's end or a new part.
#: Only "the", "that" or "this" point at a course of the program: "a reading class in college" was some other class.
_DESCRIBED_WORD = r"(?:[a-z][a-z0-9']*|\d+)(?: [&/+-])?"  # words of a description, joined by "&" or "/" too
_DESCRIBED = re.compile(rf"\b(?:the|that|this) (?:((?:(?!(?:the|a|an|with|my|your|our)\b){_DESCRIBED_WORD} )"
                        rf"(?:(?!(?:the|my|your|our|plus)\b){_DESCRIBED_WORD} ){{0,6}}?)"
                        # ("one" counting something is no course: "the reference desk for one year")
                        r"(?:one|course|set|class|module|unit)s?\b(?! (?:hours?|days?|weeks?|months?|years?|more|of)\b)"
                        r"(?: \( ((?:[a-z0-9&/']+ ){1,8})\))?|"
                        r"(?:one|course|set|class|module|unit)s? (?:about|on|for|covering|that covers|dealing with|"
                        # "the one where you learn to catalog", "the class that teaches you about weeding"
                        r"(?:where|in which|that|which) (?:you|u|we|they|i|people|it) (?!(?:and|or|but|so)\b)[a-z]+"
                        r"(?: (?:you|us|u))?(?: (?:how )?to| about)?) "
                        rf"((?:(?!(?:and|plus|but|then|which|that|i|so)\b){_DESCRIBED_WORD}(?: |$)){{1,6}}))")

#: Words that make what is said beside a course something other than its description
_NOT_ASIDE = frozenset(("except", "but", "not", "no", "without", "besides", "only", "so", "far", "done", "left"))

#: A set name right after "degree in" or right before "degree" names a qualification, not a
#: competency set: "an associate degree in library technology" is the LTA route, not Technology.
_QUALIFICATIONS = frozenset(stem(w) for w in ("degree", "diploma", "certificate"))


@dataclass(frozen=True)
class SetMentions:
    #: sets the message says are done, canonical names, in program order
    completed: tuple[str, ...]
    #: sets the message says are not done
    not_done: tuple[str, ...]
    #: the message says no set is done yet ("none yet", "haven't taken any")
    nothing: bool
    #: the stemmed words left once set names are taken out ("role" for a set named as a job or title)
    leftover: tuple[str, ...]
    #: electives said done by number, not by name ("2 electives and Foundations")
    electives_counted: int = 0
    #: required sets said done by number, fewer than all of them, not by name ("1 required course")
    required_counted: int = 0
    #: each clause, and whether it is about someone other than the asker
    clauses: tuple[tuple[str, bool], ...] = ()
    #: sets supposed done in a question about later ("after foundations, what will be left?"), among `completed`
    supposed: tuple[str, ...] = ()

    @property
    def counted(self) -> bool:
        """Sets are said done by number only."""
        return bool(self.electives_counted or self.required_counted)

    @property
    def any(self) -> bool:
        return bool(self.completed or self.not_done or self.nothing or self.electives_counted)


@dataclass(frozen=True)
class SetNames:
    """Every way of naming each set, as token sequences, for one program."""

    program: Program
    table: PhraseTable
    #: the words of the names and aliases that misspellings are corrected to (FUZZY_MIN_LETTERS or more)
    vocabulary: frozenset[str]
    #: each set's everyday words for what it is about (faq.yaml `about`), stemmed, with the set's name
    topics: tuple[tuple[tuple[str, ...], str], ...] = ()
    #: each set's name as cleaned text says it, to put in place of a description
    spoken: Mapping[str, str] = field(default_factory=dict)
    #: each set's name with one of its words left open, for that word misheard ("fountains of library services")
    frames: tuple[tuple[re.Pattern[str], str, str, int], ...] = ()
    #: corrections already worked out, word -> word (the vocabulary is fixed, so they never change)
    _spelled: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(cls, program: Program) -> SetNames:
        table: dict[tuple[str, ...], tuple[str, ...]] = {}
        word_owners: dict[str, set[str]] = {}
        vocabulary: set[str] = set()
        for cset in program.sets:
            for name in (cset.name, *cset.aliases):
                vocabulary.update(w for w in words(name) if len(w) >= FUZZY_MIN_LETTERS and w.isalpha())
                key = tuple(stem(w) for w in words(name))
                table.setdefault(key, ((_ROLE_MARK if key[-1] in _ROLE_AFTER else _MARK) + cset.name,))
                for w in key:
                    word_owners.setdefault(w, set()).add(cset.name)
        for w, owners in word_owners.items():
            if len(owners) == 1 and len(w) > 1 and w not in _GENERIC and (w,) not in table:
                table[(w,)] = (_MARK + next(iter(owners)),)
        for cset in program.sets:
            for initials in _initialisms(cset.name):
                table.setdefault(tuple(map(stem, initials)), (_MARK + cset.name,))
        topics = tuple((tuple(stem(w) for w in words(about)), cset.name) for cset in program.sets for about in cset.about)
        spoken = {cset.name: " ".join(words(cset.name)) for cset in program.sets}
        frames = tuple(frame for cset in program.sets for frame in _frames(spoken[cset.name]))
        return cls(program, PhraseTable.of(table), frozenset(vocabulary), topics, spoken, frames)

    def misheard(self, text: str) -> str:
        """Cleaned `text` with a set's name said with one word misheard, as speech-to-text and autocorrect mishear it,
        put right: "fountains of library services", "fun nations of library services", "commune cation and teamwork",
        "cattle logging and classification". The rest of the name must be there word for word; the odd word (or two,
        run together) must start as the name's does and sound close to it, and be no word of another set's name."""
        for pattern, spoken, word, cutoff in self.frames:
            text = pattern.sub(partial(self._heard, spoken=spoken, word=word, cutoff=cutoff), text)
        return text

    def _heard(self, found: re.Match[str], spoken: str, word: str, cutoff: int) -> str:
        said = found[1].split()
        for kept, heard in (([], said), (said[:-1], said[-1:])) if len(said) > 1 else (([], said),):
            joined = "".join(heard)
            if (joined != word and joined[0] == word[0] and not self.vocabulary.intersection(heard)
                    and not STOPWORDS.intersection(heard) and fuzz.ratio(joined, word) >= cutoff):
                return " ".join((*kept, spoken))
        return found[0]

    def unglued(self, text: str) -> str:
        """Cleaned `text` with a set's word typed together with the word saying it is done parted from it, as in
        all caps without spaces: "finishedfoundations , tech" -> "finished foundations , tech", "techdone"."""
        def parted(found: re.Match[str]) -> str:
            word = found[2] or found[3]
            return f"{found[1] or ''} {word} {found[4] or ''}".strip() if self.find(word) else found[0]
        return _GLUED.sub(parted, text)

    def spelled_out(self, text: str) -> str:
        """Cleaned `text` with each set named in words the sets reader reads: parted from the word glued to it
        (`unglued`), its parts joined across a slash (`unslashed`), by its letter (`lettered`), by what it is
        about (`described`), or cut in two as speech typed out cuts it (`rejoined`)."""
        return self.described(self.lettered(self.unslashed(self.unglued(self.rejoined(self.misheard(text))))))

    def rejoined(self, text: str) -> str:
        """Cleaned `text` with a word of a set's name that speech typed out cut in two put back together: "super vision
        and man agement" -> "supervision and management", "tech nology", "found nations". Two words join only when
        neither is a word of a set's name and together they are one, or a slip of one, of `_JOINED_MIN_LETTERS`."""
        tokens = text.split(" ")
        out: list[str] = []
        i = 0
        while i < len(tokens):
            if i + 1 < len(tokens):
                joined = self._joined(tokens[i], tokens[i + 1])
                if joined is not None:
                    out.append(joined)
                    i += 2
                    continue
            out.append(tokens[i])
            i += 1
        return " ".join(out)

    def _joined(self, first: str, second: str) -> str | None:
        if not (first.isalpha() and second.isalpha()) or first in self.vocabulary or second in self.vocabulary \
                or len(first) + len(second) < _JOINED_MIN_LETTERS or len(second) < 3:
            return None
        word = first + second
        if word in self.vocabulary:
            return word
        spelled = self._spelling(word)
        return spelled if spelled != word else None

    def unslashed(self, text: str) -> str:
        """Cleaned `text` with a set's name cut in two by a slash put back together: "sup / mgmt" -> "sup & mgmt",
        "coll / dev"; two sets with a slash between them stay two ("tech / youth")."""
        def joined(found: re.Match[str]) -> str:
            whole = self.find(f"{found[1]} {found[2]}")
            parts = {*self.find(found[1]), *self.find(found[2])}
            return f"{found[1]} & {found[2]}" if len(whole) == 1 and parts <= set(whole) else found[0]
        return _SLASHED_WORDS.sub(joined, text)

    def lettered(self, text: str) -> str:
        """Cleaned `text` with the required sets written by their first letters alone named, in a message that
        writes two or more of them so: "done f , c and t" -> "done foundations of library services , ...". One letter
        alone names nothing ("plan b or c", "70 f"), nor does a letter of initials ("c & t", "f / ls", "f of ls")."""
        letters = {found[1] for found in _LETTER.finditer(text)}
        by_letter = {s.name[0].lower(): self.spoken[s.name] for s in self.program.required_sets}
        if len(letters & by_letter.keys()) < 2 or len(by_letter) < len(self.program.required_sets):
            return text
        return _LETTER.sub(lambda found: by_letter.get(found[1], found[0]), text)

    def described(self, text: str) -> str:
        """Cleaned `text` with each course described by what it is about, rather than named, named: "the
        managing people one" -> "supervision and management". A description names the set it names already
        ("the one about supervising staff"), else the set whose `about` words it holds most of; one that fits
        two sets as well is left as it is."""
        def named(found: re.Match[str]) -> str:
            said = (found[1] or found[3]).split()
            fits = self._fits(said)
            aside = (found[2] or "").split()
            if not fits and aside and not _NOT_ASIDE.intersection(aside):
                # a description's words said beside it: "the book one ( suggesting novels )" (not a list said beside
                # "the required ones ( only foundations so far )", nor an exception: "( everything except tech )")
                fits = self._fits(said + aside, named=False)
            ranked = sorted(fits.values(), reverse=True)
            if not ranked or (len(ranked) > 1 and ranked[1] == ranked[0]):
                return found[0]
            best = max(fits, key=lambda name: fits[name])
            if found[1]:
                return f"{self.spoken[best]}{' ' if found[0].endswith(' ') else ''}"
            # "the one on working with coworkers is in progress": the description ends with the shortest
            # start of it that fits as well, and what follows is the message's again
            end = next(n for n in range(1, len(said) + 1) if self._fits(said[:n]).get(best) == fits[best])
            # ("one" after the name keeps a word left of the description from reading as a job: "... staff and tech")
            return " ".join((self.spoken[best], *(("one", *said[end:]) if said[end:] else ()), ""))
        return _DESCRIBED.sub(named, text) if self.topics else text

    def _fits(self, said: list[str], named: bool = True) -> dict[str, int]:
        """How well the words of a description fit each set: the set it names, or how many of each set's
        `about` words it holds; with `named` false, words that name a set are no description at all."""
        names = self.find(" ".join(said))
        if names:
            return dict.fromkeys(names, 1) if named else {}
        held = {stem(w) for w in tokens_of_clean(" ".join(said))}
        fits: dict[str, int] = {}
        for about, name in self.topics:
            if held.issuperset(about):
                fits[name] = fits.get(name, 0) + 1
        return fits

    def in_order(self, names: Iterable[str]) -> tuple[str, ...]:
        chosen = set(names)
        return tuple(s.name for s in self.program.sets if s.name in chosen)

    def find(self, text: str) -> list[str]:
        """Set names mentioned in `text` (a clause), in the order they appear."""
        marked = self._marked(text)
        return [_name(t) for i, t in enumerate(marked) if t.startswith(_MARK) and not _qualification(marked, i)]

    def _marked(self, text: str) -> list[str]:
        return self.table.apply([stem(self._spelling(w)) for w in tokens_of_clean(text)])

    def _spelling(self, word: str) -> str:
        """`word`, or the set-name word it misspells ("technolgy" -> "technology").

        Corrected word by word, so a misspelt multi-word alias is then matched as the phrase it is.
        """
        if len(word) < FUZZY_MIN_LETTERS or not word.isalpha() or word in self.vocabulary or word in STOPWORDS:
            return word
        if word not in self._spelled:
            hit = process.extractOne(word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            self._spelled[word] = hit[0] if hit and _misspells(word, hit[0]) else word
        return self._spelled[word]

    def _group(self, text: str, done: bool, before_except: bool = False) -> list[str]:
        """The sets a group phrase in `text` stands for. "All the electives" done says nothing
        about which electives, so the electives group counts only as not done ("everything but
        the electives"). A group asked about (`_ASKED`) is not done."""
        def asked(group: re.Match[str] | None) -> bool:  # "do I need all the sets", "anything left on the required side"
            return group is not None and done and bool(_ASKED.search(text, 0, group.start())
                                                       or _LEFT_WORD.search(text, 0, group.start())
                                                       or _TO_BE_DONE.match(text, group.end())
                                                       or _BEFORE_DOING.search(text, 0, group.start())
                                                       or _PRICED.search(text, 0, group.start())
                                                       or _PRICED_AFTER.match(text, group.end()))

        required, every = _REQUIRED.search(text), _ALL.search(text)
        if asked(required) or asked(every):
            return []
        if required and 0 < _count(_COUNTED_REQUIRED, text) < len(self.program.required_sets):
            required = None  # "2 of the 3 required" is not the whole group
        if required and done and (required[0].startswith("of ") or _FROM_GROUP.search(text, 0, required.start())):
            required = None  # "only foundations out of the required ones", "... from the required list": some of it
        if required:
            return [s.name for s in self.program.required_sets]
        if _ELECTIVES.search(text) and not done:
            return [s.name for s in self.program.elective_sets]
        if done and ((every and (before_except or _DONE.search(text))) or (before_except and _ALL_BEFORE_EXCEPT.search(text))):
            return [s.name for s in self.program.sets]  # "all 6 courses + the fee" says nothing done
        if done and (_EVERY_ELECTIVE.search(text) or (before_except and _ELECTIVES_BEFORE_EXCEPT.search(text))):
            return [s.name for s in self.program.elective_sets]  # "finished every elective there is"
        return []

    def read(self, message: str) -> SetMentions:
        """What `message` says is done and not done."""
        return self.read_clean(clean(message))

    def read_clean(self, text: str, for_someone: bool = False) -> SetMentions:
        """What cleaned text says is done and not done.

        Read clause by clause (`_CLAUSE`), and each clause part by part at "and", "plus", "then":
        each part's sets take the part's status (`lexicon.SET_STATUS`, a negation, or done). A part
        with no status of its own takes the one before it in the sentence ("haven't touched X, Y or
        Z"), and a heading ("in progress: Y") gives its status to what follows until the next.
        Sets in a part about someone else (`lexicon.OTHER_PERSON`) and sets that are part of a job,
        a desk or a person's title (`lexicon.ROLE_AFTER`, `ROLE_BEFORE`) are neither done nor not,
        unless the message asks for that person (`for_someone`: "what does she still need?").
        """
        text = _ASKED_ANSWERED.sub(lambda m: f"{m[1]} {m[2]} ;" if self.find(m[1]) else m[0], self._initial_f(text))
        text = _OPTIONAL.sub("electives", _KIND_WORD.sub(_kind_spelled, _TRIO.sub(r"the \1 three", _AS_LABEL.sub(" : ", text))))
        text = _NOT_QUITE.sub("", _NOT_JUST.sub("and", _EVERY_ONE.sub("every set", _BUT_SO_MANY.sub(r"except \1 ,", text))))
        text = _EXCEPT_LISTED.sub(r"\1 not done ; ", _REST_LISTED.sub(r"\1 : ", _JUST_ASKED.sub(r"\1 still need \2 ?", _BESIDES_FIRST.sub(r"\1\3 except \2", text))))
        text = _SIDE_ALL.sub(lambda m: f"{m[2]}all the {'electives' if m[1].startswith('elective') else 'required'}", text)
        text = _OUT_OF_DONE.sub(lambda m: f"{m[3]} {m[4]} {m[2]}", _SCORE.sub(r"\g<0> done", text))
        text = _ALL_BUT_SOME.sub(self._all_but_some, text)
        text = _LABELLED_ALL.sub(lambda m: f"{m[1]} : {m[2]}all the {'electives' if m[1].startswith('elective') else 'required'}",
                                 text)
        text = _EXCEPT_ELECTIVES.sub(self._all_but_electives, _ASKED_THEN_SAID.sub(r"\1 ? ", _FOUND.sub("foundations", text)))
        text = _APPOSITION.sub(lambda m: " " if _status(m[0]) is None and not self.find(m[0]) else m[0],
                               _NONE_OF_A_KIND.sub(" , ", _NAMED_ME.sub("me :", text)))  # "... classification no required yet": a clause
        text = _answered_items(_OVER_ANOTHER.sub("but not", _cells_answered(text)))
        text = _REQUIRED_BUT.sub(_required_but, _ONLY_MISSING.sub("all the required done except", text))
        text = _ORDINAL_ELECTIVE.sub(self._ordinal_elective, text)
        text = _GROUP_BUT.sub(r"\1 except", _SLASHED_INITIALS.sub(r"\1 \2", _GROUP_DONE_EXCEPT.sub(r"\1 ", text)))
        done: set[str] = set()
        not_done: set[str] = set()
        under_way: set[str] = set()  # the sets not done that are in progress, which a supposition may finish
        planned: set[str] = set()  # ...and those planned, which "if everything goes to plan" finishes
        counted = required_counted = 0
        about: list[tuple[str, bool]] = []
        nothing = bool(_NOTHING.search(text))
        leftover: list[str] = []
        heading: str | None = None
        carry: tuple[str | None, bool] = (None, False)
        pieces = _CLAUSE_KEEP.split(text)
        clauses: list[tuple[str, str]] = []
        for c, e in zip(pieces[::2], [*pieces[1::2], ""]):
            if c.strip() or e.strip() not in ")]":
                clauses.append((c, e))
            elif clauses and not clauses[-1][0].strip() and clauses[-1][1].strip() in "!?.":
                clauses[-1] = (clauses[-1][0], e)  # "( finished last week ! ! )": the bracket closes after the marks
        annotated: set[int] = set()  # clauses that are the status of the set before them
        named_before: list[str] = []
        only: set[str] = set()  # the sets said to be the only ones done
        before_only: set[str] = set()  # the sets said done up to the last "only"
        only_about: set[str] = set()  # the sets an "only" is about (a group's, or all)
        # "alex: everything. priya: foundations. me: tech": lists labelled by person, the asker's among them
        by_person = bool(_MY_LABEL.search(text))
        labelled_other = False  # the items since the last person's label are someone else's
        restore: tuple[int, tuple[str | None, bool]] | None = None  # the carry to go back to after a bracket
        aside = False  # the clause before was the asker's own, in a question for someone else
        opened: tuple[str | None, bool] | None = None  # the carry when a bracket opened
        for number, (clause, end) in enumerate(clauses):
            if restore is not None and number == restore[0]:
                carry, restore = restore[1], None  # "youth (retaken), access (2025)": access is the heading's
            if number and clauses[number - 1][1].strip() == "but":
                # a contrast says something else of what follows: "haven't started tech, but
                # foundations and youth are done" does not carry "haven't started" on
                if _CONTRAST.match(clause) and self.find(clause) and restore is None:
                    restore = (number + 1, carry)  # "did tech but not foundations , and cataloging": "did" goes on after
                carry = (None, carry[1])
            if carry[0] == "negated" and _ONLY_OPENS.match(clause) and self.find(clause):
                carry = (None, carry[1])  # "no required ones done , only youth and reference": the exception is done
            if clause and clause.strip() and not (end.strip() == ":" and _MESSAGE_LABEL.search(clause)):
                following = clauses[number + 1][0] if number + 1 < len(clauses) else ""
                # the status said of the set, not the question after it: "cataloging: done - what do i still need"
                following = _QUESTION_AFTER.sub("", following)
                said_after = [clauses[number + 1]] if number + 1 < len(clauses) else []
                if end.strip() == "(":  # the whole bracket: "youth services (enrolled, starts jan)"
                    said_after = _bracket(clauses, number + 1)
                elif end.strip() == ":":  # all said after a label, to the next item: "foundations: submitted, being graded"
                    said_after = self._said_of_label(clauses, number + 1)
                if end.strip() in ("(", ":"):
                    following = _QUESTION_AFTER.sub("", " ".join(c for c, _ in said_after))
                # ...or said after the bracket that names the set: "the third one ( cataloging ) starts in january"
                if ((end.strip() in (":", "(", "[", ")") or (end.strip() == "," and _SAID_OF_IT.match(following.strip())))
                        and _status(clause) is None and self.find(clause)
                        and _status(following) is not None and not self.find(following)):
                    # "Foundations: scheduled for next term", "Tech (in progress)": the status that follows
                    after = number + 1 + max(1, len(said_after))
                    restore = (after, carry) if end.strip() in ("(", "[") else restore
                    carry = (_status(following), carry[1])
                    annotated.update(range(number + 1, after))
                elif (end.strip() in ("(", "[") and _status(clause) is not None and not self.find(clause)
                      and self.find(following) and _status(following) is None):
                    # "not counting the one i dropped ( supervision )": the bracket names what the clause says it of
                    after = number + 1 + max(1, len(_bracket(clauses, number + 1)))
                    restore = (after, carry)
                    carry = (_status(clause), carry[1])
                elif (end.strip() == ":" and _status(clause) is None and self.find(clause) and not self.find(following)
                      and _DONE.search(following)):
                    carry = (None, carry[1])  # "... / cataloging: done": its own status, not the item's before
                if by_person and end.strip() == ":" and _LABEL.fullmatch(clause.strip()) and not self.find(clause):
                    labelled_other = not _MY_LABEL.fullmatch(f"{clause.strip()} :")
                    carry = (carry[0], labelled_other)
                before = set(done)
                status, other, done_parts, aside = self._clause(clause, carry, done, not_done, leftover, for_someone,
                                                                under_way, aside, planned)
                about.append((clause.strip(), other))
                named = self.find(clause)
                if status is not None and not named and not self._group(clause, True, False):
                    if _WHICH.match(clause) and named_before and not other:
                        # "swapped youth for access services , which i finished in november": the set just before
                        gained, lost = (done, not_done) if status == "done" else (not_done, done)
                        gained.add(named_before[-1])
                        lost.discard(named_before[-1])
                        status = carry[0]
                    elif (status == "done" and not other and _BACK.search(clause) and _FINISHED.search(clause)
                          and not_done.intersection(named_before)):
                        # "failed tech, retook it and passed", "tech: failed in spring, retake passed": passed after all
                        # (not "tech is not finished , i still have the final project due")
                        done.update(named_before)
                        not_done.difference_update(named_before)
                    elif number in annotated:
                        status = carry[0]
                    elif ((status in ("failed", "negated") or (status != "done" and _SET_STATUS["failed"].search(clause)))
                          and (not other or for_someone) and end.strip() != ":"
                          and not (number and clauses[number - 1][1].strip() == ":")  # "summer: nothing" is summer's
                          and (_BACK.search(clause) or len(clause.split()) <= 2)):  # "tried X but withdrew"
                        # "I took Access Services but I didn't pass": the sets just named are not done
                        not_done.update(named_before)
                        done.difference_update(named_before)
                        status = carry[0]
                    # a heading ("done: X", "in progress - Y"); a bare "no" is a correction, not one
                    elif end.strip() == ":" and len(clause.split()) > _HEADING_WORDS:
                        status = None  # "planning PD for Marcus on my team:" heads no list with its plan
                    elif end.strip() == ":" or (len(clause.split()) <= 3 and status != "negated"):
                        heading = status
                    elif status == "negated":
                        status = carry[0]
                named_before = named or named_before
                circumstance = number and clauses[number - 1][1].strip() in _CIRCUMSTANCE_CLAUSE and not named
                # how far along the asker says they are ("i am roughly halfway , i think :") is no set's status
                own_state = not named and _ASKER_STATE.match(clause) is not None
                carry = (status, other) if (status is not None or other) and not circumstance and not own_state else carry
                for part in done_parts:  # "finished 1 elective and no required sets": the first part's
                    counted += _count(_COUNTED_ELECTIVES, part)
                    required = _count(_COUNTED_REQUIRED, part)
                    if required >= len(self.program.required_sets):  # "done 3 required" names them all
                        done.update(s.name for s in self.program.required_sets)
                    else:
                        required_counted += required
                if status == "done" and not other and _ONLY.search(clause):
                    only |= done - before
                    before_only = set(done)
                    label = clauses[number - 1][0] if number and clauses[number - 1][1].strip() == ":" else ""
                    only_about |= self._only_about(f"{label} {clause}")
            if _SENTENCE_END.match(end):
                carry = (heading, labelled_other)  # a person's label holds over their items to the next label
                named_before = []
                aside = False
            elif end.strip() == "(":
                opened = carry  # what was said before a bracket, which goes on after it
            elif end.strip() == ")" and opened is not None and (aside or (carry[0] == "negated" != opened[0])):
                # "my mentee ravi ( i am certified myself ) has done tech": the asker's aside ends with its bracket,
                # and so does an exception in one: "done foundations ( not tech ) and youth"
                carry, aside, opened = opened, False, None
        if only:  # "technology is my whole job, but for lssc I've only finished X and Y": just X and Y,
            done = (done & (only | (set(self.in_order(done)) - only_about))) | (done - before_only)
            # and what is added after ("..., plus the 3 required"), and sets outside the group it is about
        labelled = _LABELLED_ELECTIVES.search(text)
        if labelled and not counted:  # "electives done: 2. required done: foundations + tech"
            counted = int(to_number(labelled.group(1)))
        supposed = (self._supposed_done(text, under_way - done, not_done - done)
                    | (planned - done if _AS_PLANNED.search(text) else set())
                    | ((planned | under_way) - done if _POINTED_BACK.search(text) else set()))
        # electives counted in what is supposed done: "if i finish comm and two electives next year, what is left?"
        # (more than those done, named or counted)
        more = sum(_count(_SUPPOSED_ELECTIVES, said) for said in _supposings(text)
                   if not set(self.find(said)) & {s.name for s in self.program.elective_sets})  # named: counted as named
        if more:
            counted = max(counted, len(done & {s.name for s in self.program.elective_sets})) + more
        required_names = {s.name for s in self.program.required_sets}
        if required_counted and required_counted + len(required_names & not_done) == len(required_names):
            # "two of the three required are done ; the one i have not touched is comm": the counted ones are the rest
            done |= required_names - not_done
        same = _SAME_AS.search(text)
        if same and not for_someone:  # "jen wrote 'i finished foundations and tech' . same here": the asker's too
            done |= set(self.read_clean(text[:same.start()], for_someone=True).completed) - not_done
        # each set's last word was kept as it was read; one both done and taken again is done
        done, not_done = done | supposed, not_done - done
        return SetMentions(self.in_order(done), self.in_order(not_done - supposed), nothing and not done,
                           tuple(leftover), counted, required_counted, tuple(about), self.in_order(supposed))

    def _initial_f(self, text: str) -> str:
        """ "f" for foundations in a shorthand list ("f + tech done", "have f , c&t , cat", "planned : f ( spring )"):
        a lone "f" between a list's marks, in a message naming another set or saying it done."""
        if not _LONE_F.search(text) or not (self.find(_LONE_F.sub(" ", text)) or _LONE_F_DONE.search(text)):
            return text
        return _LONE_F.sub("foundations", text)

    def _all_but_some(self, found: re.Match[str]) -> str:
        """ "all but one of the core sets" as "2 required", "every elective i need except one" as "2 electives": of
        the required sets, or of the electives needed."""
        kind = found["kind"] or found["kind2"]
        but = int(to_number(found["but"] or found["but2"]))
        elective = kind.startswith("elective")
        whole = self.program.electives_needed if elective else len(self.program.required_sets)
        return f"{max(0, whole - but)} {'electives' if elective else 'required'}"

    @staticmethod
    def _ordinal_elective(found: re.Match[str]) -> str:
        """ "that is my third elective" as "3 electives done"; one under way or to come ("taking my second elective")
        as so many electives, which its clause's status then says of."""
        under_way = _status(found.string[max(0, found.start() - 30):found.start()]) not in (None, "done")
        return f"{_ORDINALS[found[1]]} electives{'' if under_way else ' done'}"

    def _all_but_electives(self, found: re.Match[str]) -> str:
        """ "everything except tech and one elective": the required sets but those named, and the electives
        but that many, said as what they are ("all the required ones done except tech ; 2 electives done")."""
        electives = max(0, self.program.electives_needed - int(to_number(found.group(4))))
        excepted = f" {found.group(2)} {found.group(3)}" if found.group(3) else ""
        return f"all the required ones{found.group(1) or ' done'}{excepted} ; {electives} electives done"

    def _supposed_done(self, text: str, under_way: set[str], not_done: set[str]) -> set[str]:
        """The sets a question about later supposes done: "after foundations, what will still be left?",
        "if I take C&T and S&M this spring, what would I have left?", "what will I need once tech wraps up?", and
        the sets `under_way` when those are what it supposes done ("suppose I pass everything I'm taking now"), or those
        `not_done` when it points back at them ("if my S&M class ends next week, I'll have that plus ...")."""
        # "if I add C&T next term, what's left?" supposes as much as "what would be left?"; "after foundations" only
        # in a question about later
        every = list(_SUPPOSING.finditer(text))
        # "after that one finishes" points back at the set just said not done, in any tense
        pointed = {name for m in every if (m.group(3) and _THAT_ONE.match(m.group(3)))
                   or (m.group(1) and _THAT_ONE_ALONE.fullmatch(m.group(1).strip())) for name in not_done}
        return pointed | {name for said in _supposings(text)
                          for name in self.find(said) + self._group(said, True)
                          + (sorted(under_way) if _UNDER_WAY.search(said) or _A_TERM.match(said) else [])}

    def _clause(self, clause: str, carry: tuple[str | None, bool], done: set[str], not_done: set[str],
                leftover: list[str], for_someone: bool, under_way: set[str],
                aside: bool = False, planned: set[str] | None = None) -> tuple[str | None, bool, list[str], bool]:
        """Read one clause into `done` and `not_done` (and those in progress into `under_way`); its status and whether it is about someone else,
        for the clauses after it, its parts that say the asker did something, and whether it ends in the asker's own
        aside to a question for someone else (`aside` says the clause before did: "I finished Foundations, Tech and
        Access myself" goes on over its commas)."""
        head, *rest = _EXCEPT.split(self._without_circumstance(clause), maxsplit=1)
        excepted = rest[0] if rest else ""
        status, other = carry
        done_parts = []
        mine = aside  # the asker speaks of themself in this clause: "I've done comm and youth" (both parts)
        parts = self._parts(head)
        last_named: list[str] = []
        owns = [_status(_QUESTION_AFTER.sub("", part)) for part in parts]
        resume: str | None = None
        third_party = False
        for number, part in enumerate(parts):
            own = owns[number]
            if own is None:  # "foundations and communication i did not start": said after the list, of all of it
                own = next((self._said_after(parts[i], owns[i]) or self._said_of_them(parts[i], owns[i])
                            for i in range(number + 1, len(parts))
                            if owns[i] and not (owns[i] == "negated" and _CONTRAST.match(parts[i]))), None)
            if resume is not None:  # "tech but not foundations , and cataloging": the contrast is over, "did" goes on
                status, resume = resume, None
            if own == "negated" and number and _CONTRAST.match(part):
                resume = status or "done"
            status = own or status
            if own is None and _REST.search(part):  # "done: X. everything else: not started" is not all done
                continue
            opening = part.strip().lstrip("-–—•* ")  # "— my buddy has C&T": a dash before the subject
            third = _THIRD_PERSON.match(opening)
            if (_OTHER.search(opening) or (third and self._names_someone(third.group(1))) or _WHO_DID.search(part)) \
                    and not _SAID_OF_ASKER.search(part):
                other, mine = True, False
            elif _ASKER.search(part):
                other, mine = False, mine or bool(_I.search(part))
            named, roles = self._named(part)
            if not named and own not in (None, "done") and _IT.search(part):
                named = last_named  # "tried cataloging this fall and dropped it": the sets just named, and what befell them
            last_named = named or last_named
            leftover.extend("role" for _ in roles)
            if (other and not for_someone) or _ASKING.match(part.strip()):  # someone else's sets, or sets asked about
                continue
            # a third person's, in a message asked for someone, up to the next subject ("... but her coworker tom did
            # foundations and technology": both tom's); not what they say of the one asked ("her boss says she did youth")
            if for_someone and (_THEIR_PERSON.match(opening) or (third_party and not _SUBJECT_OPENS.match(opening))) \
                    and not _SAYS_OF_THEM.search(part):
                third_party = True
                continue
            third_party = False
            if for_someone and not other and mine:  # asked for someone else: the asker's own aside
                continue
            negated = (status or "done") != "done"
            said = named + self._group(part, not negated, bool(excepted))
            # what is said last of a set holds: "failed tech in may, passed it in october" is done; a set done
            # stays done when taken again ("youth again (repeated by mistake)")
            (not_done if negated else done).update(said)
            (under_way.update if status == "in progress" else under_way.difference_update)(said)
            if planned is not None:
                (planned.update if status == "planned" else planned.difference_update)(said)
            if not negated:
                not_done.difference_update(named)
            elif not _AGAIN.search(part):
                done.difference_update(said)
            if status == "done":
                done_parts.append(part)
        if excepted and not other:
            named = self.find(excepted) + self._group(excepted, done=False)
            # "haven't done anything except Foundations", "no required ones besides foundations": the exception to a
            # negation of no set named is done
            if status == "negated" and (_NOTHING.search(head) or not self.find(head)):
                done.update(named)
            else:
                not_done.update(named)
                done.difference_update(named)
        leftover += [t for t in self._marked(head + " " + excepted) if not t.startswith(_MARK)]
        return resume or status, other, done_parts, for_someone and mine and not other

    def _said_of_label(self, clauses: list[tuple[str, str]], start: int) -> list[tuple[str, str]]:
        """The clauses from `start` that say what a label before them is, over commas up to the next set named."""
        said: list[tuple[str, str]] = []
        for clause, end in clauses[start:]:
            if said and self.find(clause):
                break
            said.append((clause, end))
            if end.strip() != ",":
                break
        return said

    def _without_circumstance(self, clause: str) -> str:
        """`clause` without its end that tells when or why (`_CIRCUMSTANCE`)."""
        found = _CIRCUMSTANCE.search(clause)
        if not found or (found[1] and self.find(clause[found.start():])):
            return clause
        # a story run on without stops goes on after it: "... pause it when my son was born and then last fall i
        # finished access services"
        goes_on = _STORY_GOES_ON.search(clause, found.end())
        return clause[:found.start()] + (clause[goes_on.start():] if goes_on else "")

    def _said_after(self, part: str, status: str | None) -> str | None:
        """`status` when `part` says it after the sets it names ("tech not started", "comm i have not done"), so it is
        also the status of a list's items before the part; None when said first ("i failed tech")."""
        cues = [m.start() for pattern in (_NEGATION, _YES, _NOW, _DONE, *_SET_STATUS.values()) if (m := pattern.search(part))]
        # (said of its one set with "is": "comm & teamwork and reference is like halfway" is reference's alone)
        return status if cues and self.find(part[:min(cues)]) and not _ONE_IS.search(part[:min(cues)]) else None

    def _said_of_them(self, part: str, status: str | None) -> str | None:
        """`status` when `part` is the asker saying they have not yet done what was just named, naming nothing
        itself ("the youth services course is $275 and i have not registered yet"), so it is the status of the sets
        before it; None otherwise."""
        said_of_them = (status not in (None, "done") and _ASKER_OPENS.match(part) is not None and not self.find(part)
                        and not self._group(part, False, False) and not _REST.search(part))
        return status if said_of_them else None

    def _only_about(self, clause: str) -> set[str]:
        """The sets an "only" list is about: the required ones ("required ones: only foundations"), the
        electives, or all of them."""
        if _REQUIRED_WORD.search(clause) and not _ELECTIVE_WORD.search(clause):
            return {s.name for s in self.program.required_sets}
        if _ELECTIVE_WORD.search(clause) and not _REQUIRED_WORD.search(clause):
            return {s.name for s in self.program.elective_sets}
        return {s.name for s in self.program.sets}

    def _names_someone(self, word: str) -> bool:
        """Whether the subject word of a third-person verb is a person: not a common word ("have finished"),
        a word about sets ("sets finished"), an adverb ("finally finished"), a set's name ("tech is done") or a word
        that says a status itself ("retake passed")."""
        return (word not in STOPWORDS and word not in _SET_WORDS and not word.endswith("ly")
                and not self.find(word) and _status(word) is None)

    def _parts(self, clause: str) -> list[str]:
        """The clause split at "and", "plus", "then", but not inside a set's name ("comm and teamwork"), nor after
        the asker alone ("me and my coworker took tech" is said of the asker too)."""
        parts: list[str] = []
        for piece in (p for whole in _PART.split(clause) for p in self._status_then_another(whole)):
            # a name read across the "and" takes its words together: "supervision and management on hold" is one set
            if parts and (len(self._marked(f"{parts[-1]} and {piece}")) <= len(self._marked(parts[-1])) + len(self._marked(piece))
                          or lexicon.ASKER_ALONE.fullmatch(parts[-1].strip())):  # "me and my coworker took tech": both
                parts[-1] = f"{parts[-1]} and {piece}"
            else:
                parts.append(piece)
        return [p for p in parts if p.strip()]

    def _status_then_another(self, part: str) -> list[str]:
        """`part` cut after a "done" said of the sets before it when another set follows with a status of its own, as
        unpunctuated speech runs them on: "foundations done just technology is in progress"."""
        for found in _DONE_WORD.finditer(part):
            rest = part[found.end():]
            if self.find(rest) and _status(rest) not in (None, "done"):
                return [part[:found.end()], rest]
        return [part]

    def _named(self, part: str) -> tuple[list[str], list[str]]:
        """The sets a part names as sets, and those it names as part of a job, desk or title."""
        marked = self._marked(part)
        named: list[str] = []
        roles: list[str] = []
        counted_names = {name for word in _COUNTED_WORD.findall(part) for name in self.find(word)}
        for i, token in enumerate(marked):
            if not token.startswith(_MARK) or _qualification(marked, i):
                continue
            after = marked[i + 1] if i + 1 < len(marked) else ""
            before = " ".join(t for t in marked[max(0, i - 4):i] if not t.startswith(_MARK)) + " "
            # "the circ desk one": the set named by the desk, not the desk
            set_noun = (marked[i + 1 if token.startswith(_ROLE_MARK) else i + 2:] or [""])[0] in _SET_NOUNS
            counted = _name(token) in counted_names
            # "comm & team + ys": a word listed after the set by "&" or "+" is another item, not the set's job
            listed_after = bool(after) and bool(re.search(rf"[&+/]\s*{re.escape(after)}", part))
            is_role = (counted  # "2 kids , 2 jobs": people or things counted, not a set
                       or ((token.startswith(_ROLE_MARK) or (after in _ROLE_AFTER and not listed_after)) and not set_noun)
                       or after.startswith(_ROLE_MARK) or bool(_ROLE_BEFORE.search(before))
                       or bool(_TOPIC_BEFORE.search(before)))
            (roles if is_role else named).append(_name(token))
        return named, roles


#: A word typed together with the word before or after it that says it is done: "finishedfoundations", "techdone"
_GLUED = re.compile(r"\b(?:(finished|finish|completed|complete|done|did|took|passed)([a-z]{4,})|"
                    r"([a-z]{4,}?)(done|finished|complete|completed|passed))\b")
#: A letter standing alone as a list's item, not one of a set's initials ("c & t", "c+t", "f / ls", "f of ls")
_LETTER = re.compile(r"(?<![&/+] )(?<![\w'’$&/+])\b([a-z])\b(?! ?[&/+'’]| of\b)")
#: A word of a set's name counted, more than one of it, which is then people or things ("2 kids", "three techs")
_COUNTED_WORD = re.compile(r"(?<![\d/] )(?<![\d/])\b(?:[2-9]|1\d|20|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                           r"twelve) ([a-z]+)\b")
#: The little words kept as words in a set's initials: "F of LS", "S and M"
_LINKS = frozenset(("of", "and"))


def _supposings(text: str) -> list[str]:
    """What a question about later supposes done, each as it is said ("after foundations" only in a question about
    later: "if i add c&t next term, what is left?" supposes as much as "what would be left?")."""
    later = bool(_LATER.search(text))
    return [m.group(1) or m.group(2) or m.group(3) for m in _SUPPOSING.finditer(text)
            if later or not m.group(1) or _A_TERM.match(m.group(1))  # "what's left after this term?" is later
            or _SUPPOSING_VERB.match(m[0])]


#: How close a misheard word must sound to a name's word: closer for a two-word name, whose other word ("services",
#: "management") says less
_HEARD_CUTOFF = {2: 75}
_HEARD_CUTOFF_LONGER = 60


def _frames(spoken: str) -> list[tuple[re.Pattern[str], str, str, int]]:
    """A set's name with each of its words but "of" and "and" left open, one or two words in its place."""
    name = spoken.split()
    if len(name) < 2:
        return []
    cutoff = _HEARD_CUTOFF.get(len(name), _HEARD_CUTOFF_LONGER)
    return [(re.compile(r"\b" + " ".join(re.escape(w) if i != k else r"([a-z]+(?: [a-z]+)?)" for i, w in enumerate(name))
                        + r"\b"), spoken, name[k], cutoff)
            for k, word in enumerate(name) if word not in ("of", "and")]


def _initialisms(name: str) -> list[tuple[str, ...]]:
    """The ways a set's name is written by its initials: each run of words between "of" and "and" by its
    first letters, with the little word or without ("F of LS", "f/ls", "s and m"), and all the initials as
    one word ("FLS", "YS", "ARAS") unless that is a common word ("as"). A one-word name has none."""
    runs: list[list[str]] = [[]]
    for word in words(name):
        if word in _LINKS:
            runs.append([word])
            runs.append([])
        else:
            runs[-1].append(word[0])
    groups = ["".join(r) for r in runs if r and r[0] not in _LINKS]
    links = [r[0] for r in runs if r and r[0] in _LINKS]
    found: list[tuple[str, ...]] = []
    if len(groups) > 1:
        found.append(tuple(w for pair in zip(groups, [*links, ""]) for w in pair if w))
        found.append(tuple(groups))
    letters = "".join(groups)
    if len(letters) >= 2 and letters not in STOPWORDS:  # "ys", "fls", but not "as" (Access Services)
        found.append((letters,))
    return found


def _bracket(clauses: list[tuple[str, str]], start: int) -> list[tuple[str, str]]:
    """The clauses from `start` to the one that closes a bracket."""
    inside = []
    for clause, end in clauses[start:]:
        inside.append((clause, end))
        if end.strip() == ")":
            break
    return inside


def _name(token: str) -> str:
    return token.lstrip(_ROLE_MARK)


def _status(part: str) -> str | None:
    """What a part says of its sets: "negated", a `lexicon.SET_STATUS` name, "done", or None (nothing)."""
    if _NEGATION.search(_NOTHING_ELSE.sub(" ", part)):
        return "negated"
    if _YES.search(part):
        return "done"
    for name, pattern in _SET_STATUS.items():
        if pattern.search(part):
            # "passed it next term" looks back on a term that came: done, where nothing says it is still to come
            # ("everything else on my plan is done": a plan said of what is finished is no plan still to come)
            if name == "planned" and _FINISHED.search(part) and not _TO_COME.search(_PLAN_WORD.sub(" ", part)):
                return "done"
            # "2026 supervision retake passed", "passed on the retake": the set taken again, and passed
            if name == "in progress" and _AGAIN.search(part) and _PASSED.search(part) and not _TO_COME.search(part):
                return "done"
            return name
    # "currently tech" is under way; "currently :" alone heads a list whose items say their own status
    if _NOW.search(part) and not _FINISHED.search(part) and not _HELD_NOW.search(part) and _NOW.sub("", part).strip(" :-"):
        return "in progress"
    return "done" if _DONE.search(part) else None


def _count(pattern: re.Pattern[str], clause: str) -> int:
    """Sets said done by number, not named: "2 electives and foundations", "1 required course"."""
    found = pattern.search(clause)
    if found is None:
        return 0
    value = to_number(found.group(1))
    return int(value) if value == int(value) else 0


def _qualification(marked: list[str], i: int) -> bool:
    """Whether the set mention at `marked[i]` is the subject of a degree ("library technology degree",
    "degree in library technology") rather than a set, or a word of a set's name used as a verb, its object after
    it: "unable to access discord", "to reference the guide"."""
    after = marked[i + 1] if i + 1 < len(marked) else ""
    before = tuple(marked[max(0, i - 2):i])
    return (after in _QUALIFICATIONS or (i >= 2 and marked[i - 1] == "in" and marked[i - 2] in _QUALIFICATIONS)
            or (before[-1:] == ("to",) and after in _DETERMINERS) or before in _UNABLE)


#: A verb's object opens with a determiner ("to access the portal", "to reference my notes"); a set is never one's
_DETERMINERS = frozenset(("the", "my", "a", "an", "it", "this", "that", "our", "your", "their", "his", "her", "them"))
#: ...and nobody is unable to a set: "unable to access discord", "can't access zoom" (cleaned, stemmed)
_UNABLE = frozenset((("unabl", "to"), ("can", "not"), ("could", "not")))


#: The words for a kind of set, which the group phrases are written with
_KINDS = ("required", "elective", "electives")
#: A word that may be one of them misspelt: as long, from the same first letter ("requred", "electiv", "electivs")
_KIND_WORD = re.compile(r"\b[re][a-z]{5,9}\b")
#: The electives by another name: "two of the optional ones"
_OPTIONAL = re.compile(r"\b(?:optional|elective|non ?-? ?required|non ?-? ?core) (?:ones?|sets?|courses?|classes?|competenc(?:y|ies))\b")


def _kind_spelled(found: re.Match[str]) -> str:
    """A word for a kind of set as it is spelt ("requred ones" -> "required ones"); any other word as it is."""
    word = found[0]
    if word in _KINDS:
        return word
    near = min(_KINDS, key=lambda kind: Indel.distance(word, kind))
    return near if word[0] == near[0] and Indel.distance(word, near) <= _SLIPS + (len(word) >= _TWO_SLIPS_FROM) else word


def _misspells(word: str, target: str) -> bool:
    """A slip inside a word keeps its first letter and its ending; real words near a set word
    differ at one end ("preference", "leaders", "collecting", "advisors", "commas") or by more
    letters ("superior"), so they stay themselves."""
    slips = _SLIPS + (len(word) >= _TWO_SLIPS_FROM)
    return word[0] == target[0] and word[-2:] == target[-2:] and Indel.distance(word, target) <= slips


_CACHE: weakref.WeakKeyDictionary[Knowledge, SetNames] = weakref.WeakKeyDictionary()


def set_names(knowledge: Knowledge) -> SetNames:
    """The set names of this knowledge value, built once (keyed by identity, like the index)."""
    names = _CACHE.get(knowledge)
    if names is None:
        names = _CACHE[knowledge] = SetNames.build(knowledge.program)
    return names
