"""faq.schema.json (what editors check) and the model (what the bot builds) agree."""
from __future__ import annotations

import dataclasses
import json

import fastjsonschema
import jsonschema
import pytest

from lssc_bot.knowledge import model
from lssc_bot.knowledge.load import parse_yaml
from lssc_bot.knowledge.schema import SCHEMA_PATH, _inlined, fast_check

SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
DEFS = SCHEMA["$defs"]

#: schema key -> model field, where the model names it differently
PROGRAM_RENAMES = {"competency_sets": "sets", "contact_hour_equivalents": "contact_hours", "figures": "values"}


def fields(cls: type) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)}


def test_schema_is_valid_json_schema() -> None:
    jsonschema.validators.validator_for(SCHEMA).check_schema(SCHEMA)


def test_program_keys_match_the_program_model() -> None:
    keys = {PROGRAM_RENAMES.get(k, k) for k in DEFS["program"]["properties"]}
    assert keys == fields(model.Program)


@pytest.mark.parametrize(
    ("key", "cls"),
    [("fees", model.Fees), ("eligibility", model.Eligibility), ("renewal", model.Renewal),
     ("contact_hour_equivalents", model.ContactHourEquivalents)],
)
def test_rule_groups_match_their_models(key: str, cls: type) -> None:
    group = DEFS["program"]["properties"][key]
    assert set(group["properties"]) == fields(cls)
    assert set(group["required"]) == fields(cls), "the model has no defaults, so every key is required"


def test_entry_keys_match_the_entry_model() -> None:
    entry = DEFS["entry"]
    assert set(entry["properties"]) == fields(model.Entry) - {"template", "line"}
    optional = set(entry["properties"]) - set(entry["required"])
    assert optional == {"tags", "verified"}


def test_the_shipped_file_points_editors_at_the_schema() -> None:
    first_line = (SCHEMA_PATH.parent / "faq.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first_line == "# yaml-language-server: $schema=./faq.schema.json"


def _mini() -> dict:
    text = (SCHEMA_PATH.parent / "tests" / "fixtures" / "faq-mini.yaml").read_text(encoding="utf-8")
    return parse_yaml(text, "faq.yaml").data


@pytest.mark.parametrize(
    "spoil",
    [lambda d: None, lambda d: d["faqs"][0]["alternates"].append("  "), lambda d: d["faqs"][1].update(id="Not_A_Slug"),
     lambda d: d["faqs"][0].update(anwser="x"), lambda d: d["program"]["fees"].update(member=-1),
     lambda d: d["faqs"][1]["sources"].append("ala-apa.org"), lambda d: d["synonyms"].append(["alone"]),
     lambda d: d["program"]["competency_sets"]["required"][0]["aliases"].append(3)],
    ids=["valid", "blank-alternate", "bad-id", "unknown-key", "negative-fee", "bad-url", "short-synonyms", "number-alias"],
)
def test_the_fast_check_decides_as_the_schema_as_written(spoil) -> None:
    data = _mini()
    spoil(data)
    as_written = fastjsonschema.compile(SCHEMA)

    def verdict(check) -> str | None:
        try:
            check(data)
        except fastjsonschema.JsonSchemaValueException as exc:
            return f"{exc.name}: {exc.message}"
        return None

    assert verdict(fast_check()) == verdict(as_written)


def test_inlining_keeps_a_recursive_definition_finite() -> None:
    tree = {"$defs": {"tree": {"type": "array", "items": {"$ref": "#/$defs/tree"}}}, "$ref": "#/$defs/tree"}
    check = fastjsonschema.compile(_inlined(tree, tree["$defs"]))
    assert check([[], [[]]]) == [[], [[]]]
    with pytest.raises(fastjsonschema.JsonSchemaValueException):
        check([[1]])
