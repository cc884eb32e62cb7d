"""The question sets, scored through the Python API as shared/eval/score.py scores them.

The floors sit a little below what the matcher reaches, so a change that makes
answers worse fails here with the list of misses.
"""
import pytest

from .question_sets import BLIND_SET, DEV_SET, HOLDOUT_SET, TUNE_SET, score

FLOORS = [(DEV_SET, 97.0), (TUNE_SET, 95.0), (HOLDOUT_SET, 92.0), (BLIND_SET, 87.0)]


@pytest.mark.parametrize(("path", "floor"), FLOORS, ids=[p.name for p, _ in FLOORS])
def test_question_set_scores_above_its_floor(knowledge, path, floor):
    if not path.exists():
        pytest.skip(f"{path} is not in this checkout")
    result = score(knowledge, path)
    misses = "\n".join(str(m) for m in result.misses)
    assert result.percent >= floor, f"{result.right}/{result.total} = {result.percent:.1f}% < {floor}%\n{misses}"


def test_every_remaining_requirements_case_is_right(knowledge):
    for path in (DEV_SET, TUNE_SET):
        if not path.exists():
            continue
        wrong = [m for m in score(knowledge, path).misses if "calculation" in m.why or "remaining" in m.why]
        assert not wrong, "\n".join(map(str, wrong))
