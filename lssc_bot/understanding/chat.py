"""Lines pasted from a Discord channel, each headed by its time and its author: "[9:14 AM] jolene_circ: ...".

The last author is the one asking; a header is no person's label for a list ("kel: ..." is kel saying it, not what
kel has done), and another author's lines are context, not the asker's: "[2:03 PM] marcus: how far along are u?
[2:05 PM] tess: done with comm and access. what do i still need?" is tess's question. The other author's question
just before the asker's reply is kept as a quote, which `replies.answered` reads as any quoted question ("> did you
finish tech? yes"). Handles ("@lssc-bot", "@dee") say who a line is addressed to, never what anyone has done.
"""
from __future__ import annotations

import re

_HEADER = re.compile(r"\[\s*\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\.?)?\s*\]\s*([\w.\-]+)\s*:\s*", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w@])@[\w.\-]+[,:]?")


def authored(question: str) -> str:
    """`question` as its last author says it: chat headers taken out, other authors' lines left out but for a
    question to the asker just before the asker's own, and handles taken out."""
    heads = list(_HEADER.finditer(question))
    if heads:
        lines = [(head[1].lower(), question[head.end():after.start() if after else len(question)].strip())
                 for head, after in zip(heads, [*heads[1:], None])]
        asker = lines[-1][0]
        first = next(i for i, (author, _) in enumerate(lines) if author == asker)
        own_lines = [said for author, said in lines if author == asker and said]
        own = " ".join(said if said[-1:] in ".?!" or said is own_lines[-1] else f"{said}." for said in own_lines)
        asked = lines[first - 1][1] if first and lines[first - 1][1].endswith("?") else ""
        question = f"{question[:heads[0].start()]}{'> ' + asked + ' ' if asked else ''}{own}"
    return _HANDLE.sub(" ", question).strip()
