"""Greetings, thanks and chit-chat: a friendly reply saying what the bot can do, never an FAQ entry."""
from __future__ import annotations

from collections.abc import Sequence

from .normalise import words

_SOCIAL = frozenset("""
hi hello hey heya hiya howdy yo sup hallo greetings morning afternoon evening night good gm gn
thanks thank you ty thx cheers appreciate appreciated much lot so very great awesome cool nice perfect
ok okay k kk alright sure yes yeah yep no nope nah lol lmao haha hahaha rofl heh wow oh ah bye goodbye
later see ya everyone everybody all folks guys team friends people there bot happy friday monday tuesday
wednesday thursday saturday sunday weekend day welcome please help hru how are doing well fine
""".split())


def is_small_talk(question: str | Sequence[str]) -> bool:
    """Every word is a greeting, a thanks or a pleasantry (and there is at least one word).

    `question` is the message, or its tokens when they are already read (`Reading.tokens`)."""
    tokens = words(question) if isinstance(question, str) else question
    return bool(tokens) and all(t in _SOCIAL for t in tokens) and len(tokens) <= 8
