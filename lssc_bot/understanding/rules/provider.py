"""What a course provider pays to have courses approved: `program.course_approval` per course submitted,
and per course whose approval is renewed. Candidates never pay it; their fee is `fee.py`'s."""
from __future__ import annotations

from ...knowledge import Program
from ..context import AskContext
from ..reading import Reading
from .calculation import Calculation, CourseApprovalFees

TOPIC = "course-approval"
SUBJECTS = ("offering-courses",)


def calculate(program: Program, reading: Reading, context: AskContext) -> Calculation | None:
    if program.course_approval is None or not reading.has("provider") or not reading.course_counts:
        return None  # "what does approval cost a provider?" with no count of courses is the FAQ's
    new = sum(count for count, renewing in reading.course_counts if not renewing)
    renewals = sum(count for count, renewing in reading.course_counts if renewing)
    return Calculation(TOPIC, "Course approval fees", CourseApprovalFees(int(new), int(renewals)), SUBJECTS)
