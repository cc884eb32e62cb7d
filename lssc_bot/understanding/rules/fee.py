"""The application fee for a member or non-member of ALA."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...knowledge import Knowledge
from ..normalise import OBLIGATION, clean
from .calculation import Calculation

if TYPE_CHECKING:
    from ...answer import AskContext

_MEMBER = re.compile(r"\b(?:member|members|membership|non ?-? ?members?|non ?-? ?ala)\b")
_NOT_MEMBER = re.compile(
    r"\b(?:non ?-? ?members?|not (?:an? )?(?:ala )?member|no (?:ala )?membership|not (?:in )?ala|"
    r"without (?:an? )?(?:ala )?membership|not (?:a )?part of ala|do not (?:have|belong)|am not|non ?-? ?ala|"
    r"not with ala|no membership|not joined|have not joined|never joined|"
    r"(?:am|are|is|was|were) not (?:an? )?(?:ala )?members?|(?:none|neither) of us|"
    # a membership that ran out is none
    r"(?:let|had) (?:my |our )?(?:ala )?membership (?:lapse|expire|run out)|"
    r"membership (?:has |had )?(?:lapsed|expired|ran out|run out)|no longer (?:an? )?(?:ala )?member|"
    r"(?:former|ex|lapsed) (?:ala )?member|used to be (?:an? )?(?:ala )?member)\b")
#: Joining ALA is becoming a member, not enrolling: "joined ALA last month", "just became an ala member".
JOINED_ALA = re.compile(r"\b(?:joined|join|became|become|becoming|signed up (?:for|with)|renewed) "
                        r"(?:an? |the |my )?(?:ala(?: members?| membership)?|members?|membership)\b")
#: Asking whether membership is needed, or what membership itself costs, is not saying which
#: application fee applies.
_MEMBERSHIP_ASKED = re.compile(rf"\b{OBLIGATION} (?:be|become|join)\b|"
                               r"\bmembership (?:is )?(?:required|needed|mandatory|fees?|costs?|dues|price)\b|"
                               r"\b(?:how much (?:is|does|are)|cost of|price of) (?:an? |the )?(?:ala )?membership\b")
_FEE = re.compile(r"\b(?:fees?|cost\w*|pay\w*|price|how much|charge\w*|discount\w*|\$)\b|\$")

TOPIC = "fee"
SUBJECTS = ("cost", "fees", "fee")


def calculate(knowledge: Knowledge, question: str, context: AskContext) -> Calculation | None:
    text = clean(question)
    if not ((_MEMBER.search(text) or JOINED_ALA.search(text)) and _FEE.search(text)) or _MEMBERSHIP_ASKED.search(text):
        return None
    fees = knowledge.program.fees
    other_club = re.search(r"\bmember of (?:my|the|a) (?!ala\b)", text) and not re.search(r"\bala member", text)
    if _NOT_MEMBER.search(text) or other_club:
        head = (f"As a non-member of ALA you pay **${fees.non_member:,.0f}** to apply. The only discount is for ALA "
                f"members (${fees.member:,.0f}, with your ALA membership number); membership of another "
                "association does not count.")
    else:
        head = (f"As an ALA member you pay **${fees.member:,.0f}** to apply (give your ALA membership number); "
                f"non-members pay ${fees.non_member:,.0f}.")
    text_out = (f"{head}\nThat is the only payment to ALA for application, enrollment and certification. "
                "Course fees are separate: each course provider sets and collects its own.")
    return Calculation(TOPIC, "Your application fee", text_out, SUBJECTS)
