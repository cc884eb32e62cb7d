"""The shape #13 asked for: one reading per question, calculators that import no other, `rules/`
reached from outside `understanding/` only through the `Calculation` value (and `wording`), no cycle."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from lssc_bot.answer import answer
from lssc_bot.understanding import lexicon, normalise, warm

PACKAGE = Path(__file__).resolve().parents[2] / "lssc_bot"
RULES = PACKAGE / "understanding" / "rules"


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """The lssc_bot modules `path` imports at run time (not under `if TYPE_CHECKING:`)."""
    module = _module(path)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    modules = {_module(p) for p in PACKAGE.rglob("*.py")}
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.dump(node.test):
            node.body = [ast.Pass()]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("lssc_bot")}
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[:len(package.split(".")) - node.level + 1] if node.level else []
            target = ".".join([*base, node.module] if node.module else base) if node.level else node.module or ""
            for alias in node.names:
                found.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in modules else target)
    return {m for m in found if m.startswith("lssc_bot")}


@pytest.mark.parametrize("question", [
    "I've done Foundations and Technology, what's left? I enrolled in March 2024",
    "how much for 3 of us? 2 are ALA members and 1 isn't",
    "certified June 2023, when do I renew? I have 2 semester credits so far",
    "I have 1200 volunteer hours, can I apply?",
    "done with the computer one and the one about helping people find info, what's left?",
])
def test_a_calculation_question_is_normalised_once(knowledge, context, question, monkeypatch):
    warm(knowledge)
    calls = []
    prepare = normalise._prepare
    monkeypatch.setattr(normalise, "_prepare", lambda text: calls.append(text) or prepare(text))
    assert answer(knowledge, question, context).kind == "rules"
    assert len(calls) == 1


def test_no_calculator_imports_another():
    calculators = {_module(p) for p in RULES.glob("*.py")} - {_module(RULES / "__init__.py"),
                                                              _module(RULES / "calculation.py")}
    for path in RULES.glob("*.py"):
        if path.name != "__init__.py":
            assert not _imports(path) & calculators, path.name


def test_outside_understanding_rules_are_reached_only_through_the_calculation_value():
    rules = _module(RULES / "__init__.py")
    allowed = {_module(RULES / "calculation.py")}
    for path in PACKAGE.rglob("*.py"):
        if "understanding" in path.relative_to(PACKAGE).parts:
            continue
        reached = {m for m in _imports(path) if m == rules or m.startswith(rules + ".")}
        assert reached <= allowed, (path, reached - allowed)


def test_there_is_no_import_cycle():
    graph = {_module(p): _imports(p) for p in PACKAGE.rglob("*.py")}
    state: dict[str, int] = {}

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for dep in sorted(graph.get(module, ())):
            if dep == module or dep not in graph:
                continue
            assert state.get(dep) != 1, " -> ".join([*path[path.index(dep):], dep])
            if dep not in state:
                visit(dep, [*path, dep])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])


@pytest.mark.parametrize("name", sorted(lexicon.CUES))
def test_every_cue_matches_its_examples_and_not_its_counterexamples(name):
    entry = lexicon.CUES[name]
    pattern = entry.compiled()
    for sentence in entry.matches:
        assert pattern.search(sentence), (name, sentence)
    for sentence in entry.misses:
        assert not pattern.search(sentence), (name, sentence)


@pytest.mark.parametrize("entry", [*lexicon.SET_STATUS.values(), *lexicon.UNITS.values(), lexicon.OTHER_PERSON,
                                   lexicon.THIRD_PERSON, lexicon.ONLY, lexicon.NOW, lexicon.FINISHED, lexicon.ROLE_BEFORE, lexicon.TOPIC_BEFORE, lexicon.ACTIVITY, lexicon.AIMED,
                                   lexicon.MEMBERSHIP_EVENT, lexicon.ASKING, lexicon.ELSEWHERE],
                         ids=[*lexicon.SET_STATUS, *lexicon.UNITS, "other person", "third person", "only", "now", "finished", "role before", "topic before", "activity",
                              "aimed", "membership event", "asking", "elsewhere"])
def test_every_status_unit_and_role_entry_matches_its_examples(entry):
    pattern = entry.compiled()
    assert all(pattern.search(s) for s in entry.matches) and not any(pattern.search(s) for s in entry.misses)
