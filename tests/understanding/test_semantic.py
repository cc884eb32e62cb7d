"""The sentence model, its embedding cache, and what a person sees when the model files are broken."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from lssc_bot.understanding.embeddings import CACHE_NAME, Embeddings
from lssc_bot.understanding.encoder import MODEL_DIR, MODEL_FILE, SUMS_FILE, TOKENIZER_FILE, Encoder, ModelFiles, ModelError
from lssc_bot.understanding.semantic import embeddings

ROOT = Path(__file__).resolve().parents[2]


class CountingEncoder:
    """The real encoder, counting the texts it is asked to encode."""

    def __init__(self, real: Encoder) -> None:
        self.real, self.model_hash, self.dimensions = real, real.model_hash, real.dimensions
        self.encoded: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.encoded += texts
        return self.real.encode(texts)


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return embeddings().encoder


def test_the_same_question_in_other_words_is_closer_than_another_question(encoder):
    fee, same, other = encoder.encode(["how much does the certification cost",
                                       "what's the price of getting certified", "how long do I have to finish"])
    assert fee @ same > fee @ other + 0.2
    assert np.allclose(np.linalg.norm(encoder.encode(["x", "a longer sentence here"]), axis=1), 1.0, atol=1e-5)


def test_a_texts_vector_does_not_depend_on_the_texts_encoded_with_it(encoder):
    # so the same question gets the same answer however the phrasing cache was built
    alone = encoder.encode(["is lssc still running?"])[0]
    together = encoder.encode(["hi", "is lssc still running?", "a much longer message about something else entirely"])[1]
    assert np.array_equal(alone, together)


def test_the_question_after_the_askers_story_is_read_however_short_it_is(encoder):
    # the story alone ("I've been in tech services") pulled the message's vector towards the LTA entry
    vectors = Embeddings(encoder).question("I've been in tech services for a while now and website", "lssc")
    assert (vectors @ encoder.encode(["website"])[0]).max() > 0.999


def test_a_restart_encodes_nothing_and_an_edit_encodes_only_the_new_phrasing(encoder, tmp_path):
    first = CountingEncoder(encoder)
    vectors = Embeddings(first, tmp_path).of(["how much is it", "what is lssc"])  # type: ignore[arg-type]
    assert first.encoded == ["how much is it", "what is lssc"] and (tmp_path / CACHE_NAME).exists()

    restarted = CountingEncoder(encoder)
    again = Embeddings(restarted, tmp_path).of(["how much is it", "what is lssc"])  # type: ignore[arg-type]
    assert restarted.encoded == [] and np.array_equal(vectors, again)

    edited = CountingEncoder(encoder)
    Embeddings(edited, tmp_path).of(["how much is it", "what is the LSSC program"])  # type: ignore[arg-type]
    assert edited.encoded == ["what is the LSSC program"]


@pytest.mark.parametrize("damage", [b"not a zip file at all", b""])
def test_a_damaged_cache_is_rebuilt_not_trusted(encoder, tmp_path, damage, caplog):
    Embeddings(encoder, tmp_path).of(["how much is it"])
    (tmp_path / CACHE_NAME).write_bytes(damage)
    counting = CountingEncoder(encoder)
    rows = Embeddings(counting, tmp_path).of(["how much is it"])  # type: ignore[arg-type]
    assert counting.encoded == ["how much is it"] and np.allclose(rows, encoder.encode(["how much is it"]))
    assert "damaged" in caplog.text


def test_a_cache_with_wrong_vectors_or_from_another_model_is_not_used(encoder, tmp_path):
    np.savez(tmp_path / CACHE_NAME, model=np.array(encoder.model_hash), texts=np.array(["how much is it"]),
             vectors=np.full((1, encoder.dimensions), 7.0, dtype=np.float32))  # not unit vectors
    counting = CountingEncoder(encoder)
    Embeddings(counting, tmp_path).of(["how much is it"])  # type: ignore[arg-type]
    assert counting.encoded == ["how much is it"]
    np.savez(tmp_path / CACHE_NAME, model=np.array("another model"), texts=np.array(["how much is it"]),
             vectors=encoder.encode(["how much is it"]))
    counting = CountingEncoder(encoder)
    Embeddings(counting, tmp_path).of(["how much is it"])  # type: ignore[arg-type]
    assert counting.encoded == ["how much is it"]


def copy_model(tmp_path: Path) -> Path:
    folder = tmp_path / "model"
    shutil.copytree(MODEL_DIR, folder)
    return folder


def test_a_missing_or_damaged_model_file_is_a_one_line_error(tmp_path):
    folder = copy_model(tmp_path)
    (folder / TOKENIZER_FILE).write_text("{}", encoding="utf-8")
    with pytest.raises(ModelError, match="damaged.*sha256"):
        Encoder(ModelFiles.read(folder))
    (folder / MODEL_FILE).unlink()
    with pytest.raises(ModelError, match="missing"):
        Encoder(ModelFiles.read(folder))
    (folder / SUMS_FILE).unlink()
    with pytest.raises(ModelError, match="checksums"):
        ModelFiles.read(folder)


def test_the_bot_says_in_one_line_that_the_model_is_missing_and_exits_2(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT / "lssc_bot", project / "lssc_bot")
    shutil.copy(ROOT / "bot.py", project / "bot.py")
    shutil.copy(ROOT / "faq.yaml", project / "faq.yaml")
    (project / "models").mkdir()
    folder = copy_model(project / "models")
    folder.rename(project / "models" / MODEL_DIR.name)
    (project / "models" / MODEL_DIR.name / MODEL_FILE).write_bytes(b"truncated")
    done = subprocess.run([sys.executable, "bot.py", "ask", "how much is it"], cwd=project, capture_output=True,
                          text=True, timeout=60, env={"PATH": "/usr/bin:/bin", "LSSC_DATA_DIR": str(tmp_path / "data")})
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "model file damaged" in done.stderr and "Traceback" not in done.stderr
