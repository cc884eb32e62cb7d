"""The application fee for ALA members and non-members, for one person or several."""
from __future__ import annotations

import re

from ...knowledge import Program
from ..context import AskContext
from ..reading import Membership, Reading
from .calculation import Calculation, Fee, FeePart, requirements

TOPIC = "fee"
#: An amount asked, not whether: "how much comes back?" (not "will they refund it?", which is the policy's)
_HOW_MUCH = re.compile(r"\bhow much\b")
SUBJECTS = ("cost", "fees", "fee")


def calculate(program: Program, reading: Reading, context: AskContext) -> Calculation | None:
    fees = program.fees
    dues = next((m.value for m in reading.money if m.role == "dues"), None)
    if dues is not None and reading.has("fee", "compare", "member") and (
            reading.has("joined_ala", "compare") or reading.supposed_membership == "ala"):
        # "if I join ALA for $75 just to get the member rate, do I come out ahead?": each way, for those not members
        joining = sum(m.people for m in reading.memberships if m.kind != "ala") or 1
        return Calculation(TOPIC, "Joining ALA first?", Fee((FeePart(False, joining),), dues=dues), SUBJECTS)
    # groups set side by side ("10 members vs 10 non members, difference?") are about the fee too
    compared = reading.has("compare") and len(reading.memberships) > 1
    # "what would 2 of us pay, and is membership required?": the fee, and the FAQ beside it
    asked_apart = any(p.has("fee") and not p.has("membership_asked") for p in reading.parts)
    if not (reading.has("fee") or compared) or (reading.has("membership_asked") and not asked_apart):
        return None
    if reading.has("price_elsewhere") and not reading.has("names_lssc"):
        return None  # "does ALA membership get a discount on LibLearnX registration?" is another price
    if reading.has("other_certification") and reading.has("compare"):
        return None  # "georgia state cert vs lssc, which costs less?": the other's price is the FAQ's, beside LSSC's
    # "is it $350 per set? $2,100 for all six?": the fee believed paid per set is no course's price
    money = [m for m in reading.money if not (reading.has("per_set") and m.value in (fees.member, fees.non_member))]
    price = next((m.value for m in money if m.role == "course"), None)
    if reading.fee_paid and price is not None and reading.has("fee"):
        # "already paid the ALA fee, 4 courses left @ $200": only the courses are left to pay, whoever is a member
        left = reading.courses_left if reading.courses_left is not None else program.sets_needed - (reading.courses_done or 0)
        # "what will I have spent overall?": what was paid with what is to come
        paid = next((m.value for m in money if m.role in ("", "fee") and m.value in (fees.member, fees.non_member)), None)
        overall = paid if reading.has("spent_overall") else None
        return Calculation(TOPIC, "What you will have spent" if overall else "What is left to pay",
                           Fee((FeePart(False, 1),), course_price=price, courses=left, fee_paid=True, paid_fee=overall),
                           SUBJECTS)
    # "say I join ALA before applying, how much do I save?": one person, not a member now, supposing they join
    memberships = reading.memberships or ((Membership("none"),) if reading.supposed_membership == "ala" else ())
    if reading.has("both_ways") and len(memberships) == 1:  # "if all 4 are ALA members vs if none are": each way
        memberships = (Membership("ala", memberships[0].people), Membership("none", memberships[0].people))
    if reading.has("refund") and reading.covered is None and reading.has("member") and len(memberships) == 1 \
            and memberships[0].people == 1 and not reading.money and _HOW_MUCH.search(reading.text):
        # "I paid at the member rate but don't meet the requirement, how much comes back?": the fee that person paid
        return Calculation(TOPIC, "The fee returned", Fee((FeePart(memberships[0].kind == "ala", 1),), refund=True), SUBJECTS)
    if not reading.has("member", "joined_ala") or not memberships or (reading.has("refund") and reading.covered is None):
        return None  # money coming back is the refund policy's (an FAQ entry), not arithmetic; an employer's share is
    if any(m.role == "" and m.value not in (fees.member, fees.non_member) for m in money) \
            and not reading.has("claim_asked", "per_set"):
        return None  # an amount the fee does not account for ("a $175 award", "$75 to join"): not this sum; a claim
        # asked back ("she said the group rate for 3 members is $900, is that right?") or the fee believed paid per set
        # ("$2,100 for all six?") is checked against the sum
    people: dict[tuple[bool, str], int] = {}  # one line per kind of membership, in the order first said
    for m in memberships:
        kind = (m.kind == "ala", m.kind if m.kind in ("state", "lapsed") else "")
        people[kind] = people.get(kind, 0) + m.people
    parts = tuple(FeePart(member, count, other) for (member, other), count in people.items())
    budget = next((m.value for m in money if m.role == "budget"), None)
    people_paying = sum(m.people for m in memberships)
    # (a share said for each person is paid for each: "our friends group covers $200 for each of 3 non-member staff")
    paid_for = sum(m.value * (people_paying if m.kind == "each" else 1) for m in money if m.role == "paid_for")
    # one approved course per set is enough: the sets not yet done are the courses still to pay for, unless the message
    # says how many courses ("each has 3 courses left at $160", "each planning on six courses at $200 a course")
    planned = [count for count, renewing in reading.course_counts if not renewing]
    # ...or so many at the one price said ("courses: 3 at $150 each")
    counted = [m for m in money if m.role == "course"]
    planned = planned or ([counted[0].count] if len(counted) == 1 and counted[0].count and counted[0].count > 1 else [])
    courses_said = reading.courses_left is not None or (len(planned) == 1 and reading.courses_done is None)
    courses = (reading.courses_left if reading.courses_left is not None else
               int(planned[0]) if courses_said else
               program.sets_needed - min(program.sets_needed, reading.courses_done or len(reading.sets.completed)))
    bundle = next((m.value for m in money if m.role == "bundle"), None)
    prices = tuple(m.value for m in money if m.role == "course")
    groups = [m for m in money if m.role == "course"]
    if len(groups) > 1 and any(m.count for m in groups):  # "3 courses at $150 each, the other 3 at $200"
        # a price said without a count is one course's ("foundations $150, comm $175, plus 4 electives at $150 each")
        prices = tuple(m.value for m in groups for _ in range(int(m.count or 1)))
    by_person = bool(groups) and all(m.people for m in groups)
    # a table with a row per person, each with their membership and courses ("kim - member - 2 @ $200 ; lee - not member -
    # 1 @ $200"): each row's courses are that person's
    rows = (len(groups) == len(memberships) > 1 and all(m.count for m in groups) and all(p.people == 1 for p in memberships)
            and reading.text.count(";") >= len(groups) - 1)
    if by_person:  # "2 of them are doing a $95 course and the other 2 a $210 course": one course for each of them
        prices = tuple(m.value for m in groups for _ in range(int(m.people or 1)))
    elif rows:
        prices, by_person = tuple(m.value for m in groups for _ in range(int(m.count or 1))), True
    elif groups and all(m.kind for m in groups) and len({m.kind for m in groups}) == 2:
        # "$260 per course for the required sets and $210 per elective": each kind's price for each of its sets to do
        to_do = requirements(program, reading.sets.completed, reading.sets.electives_counted)
        each_kind = {"required": max(0, len(to_do.remaining_required) - reading.sets.required_counted),
                     "elective": to_do.electives_remaining}
        prices = tuple(m.value for m in groups for _ in range(each_kind[m.kind]))
    # "my courses cost $95, $110 and $140": each one's price; "the foundations course at $240": one course's
    listed = prices if len(prices) > 1 or (len(groups) == 1 and groups[0].count == 1) else ()
    if bundle is not None and not prices:  # "all six courses as a bundle for $1,090": the courses' one price
        listed, price = (bundle,), bundle
    return Calculation(TOPIC, "Your application fee", Fee(parts, reading.has("compare"), None if listed else price,
                                                           len(listed) or (courses if price is not None else 0), budget,
                                                           reading.supposed_membership,
                                                           budget is not None and reading.has("people_asked"),
                                                           reading.covered, reading.covered_of, course_prices=listed,
                                                           courses_said=courses_said, courses_by_person=by_person,
                                                           per_set_believed=reading.has("per_set"),
                                                           bundled=bundle is not None and not prices, paid_for=paid_for,
                                                           reserved=sum(m.value for m in money if m.role == "reserved")),
                       SUBJECTS)
