"""A reply to a quoted yes-or-no question about the asker, read as what the asker says.

In a Discord thread people quote the question they answer ("> did you finish tech? yes, and youth"),
so the quoted words are someone else's question about the asker ("you"), and the reply's first word
says whether it holds. A question the reply fills in ("> when did you enroll? august 2023") stays
as it is. Confirmed ("yes", "yeah", "correct"), the question is the asker's own statement,
in the first person ("i did finish tech , and youth"); denied ("no", "nope"), only the reply stands;
answered without either, the question stays only as what the reply opens by pointing back to
("finished it!"), and otherwise goes ("started cataloging but dropped it"). A quoted statement of what the asker has
done holds when the reply adds to it ("> with X done you're halfway there - I also have Y"). A quoted account of what
is left ("> you still need Technology and 2 electives") says what was done before the reply (`left_quoted`).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

#: A quoted question at the start of a message, and the reply after it
_QUOTED = re.compile(r"^\s*>\s*([^?]*?)\s*(?:,?\s*(?:right|correct|yes|no|or not|yeah))?\s*\?+\s*")
_YES = re.compile(r"(?:yes|yeah|yep|yup|yea|ya|correct|right|exactly|true|i did|sure|that is right)\b[\s,.!:;-]*")
_NO = re.compile(r"(?:no|nope|nah|not really)\b")
#: A question the reply fills in, rather than says yes or no to: "when did you enroll?"
_WH = re.compile(r"(?:\w+ )?(?:when|what|which|where|who|why|how)\b")
#: A quoted question asking an amount, and a reply that opens with the number alone
_HOW_MANY = re.compile(r"\bhow many (?:\w+ ){0,2}?((?:hours|hrs)(?: (?:a|per|each) (?:week|month|day))?|credits|weeks|months|years|days)\b")
_BARE = re.compile(r"\s*(?:about |around |like |~ ?)?\d+(?:\.\d+)?(?= (?:total|so far|logged|in total|now|and)\b|\s*[,.;]|\s*$)")
#: The reply opens by pointing back to what the question names: "finished it!", "did that one in may"
_BACK = re.compile(r"(?:\S+ ){0,2}(?:it|that one|that|them|those)\b")
#: The question's words about "you", in the asker's words, longest first
_FIRST_PERSON = {"did not you": "i did", "have not you": "i have", "are you": "i am", "were you": "i was",
                 "did you": "i did", "have you": "i have", "do you": "i do", "you are": "i am", "you were": "i was",
                 "you have": "i have", "you've": "i have", "you": "i", "your": "my", "yours": "mine"}
_YOU = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(_FIRST_PERSON, key=len, reverse=True))) + r")\b")


#: A reply that adds to what the quote says of the asker: "i also have tech"
_ALSO = re.compile(r"\b(?:also|too|as well|on top of that)\b")
#: A quote saying something is done
_DONE_SAID = re.compile(r"\b(?:done|finished|completed|passed)\b")
#: Where a quote typed on the message's first line ends: its line break, or a dash after it ("> you only need 3
#: electives - thanks ! so in my case ..."), or a stop before a reply's first word ("> the fee is $350 . right , i am a member")
_QUOTE_END = re.compile(r"\s(?:;|-|--)\s|\s[.!]\s(?=(?:right|ok|okay|thanks|thank you|yes|yeah|yep|cool|great|got it|alright|"
                        r"gotcha|understood|noted)\b)")
#: A question that asks a figure of what was quoted: "what is the total ?", "what do you still have left ?"
_ASKS_OF_IT = re.compile(r"\b(?:what is the total|how much (?:is|would) (?:that|it|the total)|total cost|"
                         r"what (?:do|does) (?:you|she|he|they) (?:still )?(?:have left|need)|what is (?:still )?left)\b[^.]*\?")
_FIGURES = re.compile(r"\d")
#: The header of a forwarded message: "on thu , the director wrote :"
_HEADER = re.compile(r"\bon \w+ , [^:]{1,40} wrote :")


def answered(text: str) -> str:
    """Cleaned `text` with a quoted question it replies to read as the asker's statement, or dropped; a quoted
    statement is someone else's words ("> once you finish a set you never redo it - ok good, i did tech ..."), and
    only the reply to it is read, unless the reply says yes to what it says of the asker."""
    quoting = text.lstrip()
    if not quoting.startswith(">"):
        return text
    end, asked = _QUOTE_END.search(quoting), quoting.find("?")
    if end is not None and (asked == -1 or end.start() < asked):
        quote, reply = quoting[1:end.start()].strip(), quoting[end.end():].strip()
        confirmed = _YES.match(reply)
        if confirmed and _YOU.search(quote) and not reply[confirmed.end():].startswith("but"):  # "yeah but ...": no
            return f"{_YOU.sub(lambda m: _FIRST_PERSON[m[0]], quote)} , {reply[confirmed.end():]}"
        if _YOU.search(quote) and _ALSO.search(reply) and _DONE_SAID.search(quote):
            # "> with reference and supervision done you are halfway there - i also have tech finished": added to, it holds
            return f"{_YOU.sub(lambda m: _FIRST_PERSON[m[0]], quote)} ; {reply}"
        if _ASKS_OF_IT.search(reply) and not _FIGURES.search(reply):
            # "> please cost out enrollment for 5 staff , none are members - what is the total ?": the quote holds what
            # the question is about, with no figures of its own
            return f"{_HEADER.sub('', quote.replace('>', ' '))} . {reply.strip(' -')}"
        return reply or text
    quoted = _QUOTED.match(text)
    if quoted is not None and (unit := _HOW_MANY.search(quoted[1])) and (bare := _BARE.match(text, quoted.end())):
        # "> how many renewal hours do you have ? 27 total , 3 of them tech": the figure is of what was asked
        # (the quote's "you" is the asker)
        return f"{_YOU.sub(lambda m: _FIRST_PERSON[m[0]], text[:quoted.end()])}{text[quoted.end():bare.end()]} {unit[1]}" \
               f"{text[bare.end():]}"
    if quoted is None or _WH.match(quoted[1]) or not _YOU.search(quoted[1]):
        return text  # "> when did you enroll? august 2023": the reply fills in the question, which stays
    reply = text[quoted.end():]
    if not reply.strip():
        return text  # all of it quoted, the asker's own question among it: read whole
    statement = _YOU.sub(lambda m: _FIRST_PERSON[m[0]], quoted[1])
    confirmed = _YES.match(reply)
    if confirmed:
        return f"{statement} , {reply[confirmed.end():]}"
    if _NO.match(reply) or not _BACK.match(reply):
        return reply
    return f"{statement} , {reply}"  # one sentence, so "it" points back to what it names


#: A quoted account of what is left, and the reply after where the quote ends (a line break, a slash, dots, a dash or a
#: wide gap): "> you still need Technology and 2 more electives   ok so Tech is done now ..."
_LEFT_SAID = (r"(?:you(?:'ll| will| would|'d)? )?(?:still |only )?(?:need|have left|have to (?:do|take)|are missing|be down to)\s+|"
              r"(?:remaining|left|still to do|to go)\s*:\s*")
_LEFT_QUOTED = re.compile(rf"^\s*>\s*(?P<pre>[^>\n]*?\b)?(?:{_LEFT_SAID})"
                          r"(?P<left>[^>\n/]+?)\s*[.!]?(?:\s*\n|\s+/\s+|\s*(?:\.{2,}|…)\s*|\s{2,}|\s+[-–—]+\s+)(?P<reply>.+)$",
                          re.IGNORECASE | re.DOTALL)
#: ...or quoted inside the message, after words that say it was the bot's: "replying to the bot's earlier msg
#: ('remaining: Communication and Teamwork, Technology + 2 electives'): ...", "upthread you told me '...', but ..."
_LEFT_QUOTED_INSIDE = re.compile(r"^(?P<told>(?:[^'\"‘“]|(?<=\w)'(?=\w))*?\b(?:you told me|you said|bot|"
                                 r"your (?:last |earlier )?(?:reply|answer|message|msg))\b(?:[^'\"‘“]|(?<=\w)'(?=\w))*?)\(?(?<!\w)['\"‘“]"
                                 rf"(?:{_LEFT_SAID})?(?P<left>[^'\"’”]+)['\"’”](?!\w)\)?\s*:?\s*,?\s*(?P<reply>.+)$",
                                 re.IGNORECASE | re.DOTALL)
#: How many electives the quote says are left: "2 more electives", "one elective"
_ELECTIVES_LEFT = re.compile(r"\b(\d|one|two|three|an?)\s+(?:more\s+|other\s+)?electives?\b", re.IGNORECASE)
_FEW = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}
#: A reply that doubts the account it quotes
_DISPUTED = re.compile(r"\b(?:n[o']?t (?:think|sure|right|correct)|wrong|missed|mistake|disagree|said that|told me that|"
                       r"says that|really\?)|^\W*(?:(?:uh|um|er|hmm)\W+)?(?:no|nope|nah)\b(?!\s+(?:more|other|electives?)\b)",
                       re.IGNORECASE)


def left_quoted(question: str, required: Sequence[str], electives: Sequence[str], needed: int,
                find: Callable[[str], Sequence[str]]) -> str:
    """`question` with a quoted account of what is left said as what the asker had done before the reply: the
    `required` sets it does not name, and as many electives as the `needed` less those it says are left, counted with
    any the reply names ("> you still need Technology and 2 more electives / I finished Access" is Foundations and
    Comm done, and 2 electives: one before, Access now). As it was when it opens with no such quote."""
    quoted = _LEFT_QUOTED.match(question) or _LEFT_QUOTED_INSIDE.match(question)
    # an account naming what is left, not the rule ("> you only need 3 electives total"), and not disputed ("^ my
    # coworker said that but I don't think that's right. I've finished ...": the reply's own list stands)
    if quoted is None or not (said := find(quoted["left"])) or _DISPUTED.search(quoted["reply"]):
        return question
    count = _ELECTIVES_LEFT.search(quoted["left"])
    left = _FEW.get(count[1].lower()) or int(count[1]) if count else sum(1 for name in said if name in electives)
    reply = quoted["reply"]
    if len(said) == 1 and _BACK.match(reply.strip().lower()):  # "> you still need foundations / finished it!"
        reply = f"{said[0]} : {reply}"
    # sets the quote supposes done before what is left ("> so after reference you'd be down to tech plus one elective")
    before = [name for name in find(quoted.groupdict().get("pre") or "") if name not in said]
    new = {name for name in find(reply) if name in electives} - set(before)
    done_electives = needed - left + len(new)  # a count of electives done takes in those named with it
    done = ([name for name in required if name not in said] + [name for name in before if name in electives]
            + ([f"{done_electives} electives"] if done_electives else []))
    return f"i had done {', '.join(done)} . {reply}" if done else reply
