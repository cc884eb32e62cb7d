"""Phrasing embeddings, remembered in memory and on disk so that each text is encoded once.

The disk cache is one `.npz` file in the data folder holding the texts, their vectors and the
model's sha256. It is keyed by text, so a restart encodes nothing and a moderator's one-entry
edit encodes only the phrasings that changed. The file is checked before it is trusted (the
model it was made with, shapes, finite unit vectors); a damaged or foreign file is rebuilt from
the model, never an error. It is written whole to a temporary file and moved into place, so a
crash mid-write leaves the old file.
"""
from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .encoder import Encoder, Vectors
from .asked import asked_part, checked, quoted
from .normalise import strip_filler, without_context, words

log = logging.getLogger(__name__)

CACHE_NAME = "embeddings.npz"

#: where a message breaks into sentences: after . ! ? ; or :, at a dash between words, and before a
#: clause that a comma and "so", "but", "and", "like" or "or" start ("what do they call you when you're done,
#: like do you get letters after your name?": the plain question after "like" restates the vague one;
#: "do I have to join ALA just to apply, or is that another upsell": the scoffing alternative after "or"
#: pulled the question's vector away from its entry; splitting at every comma as well gave 2 more wrong
#: answers on the public sets)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?:;])\s+|\s+[-\u2013\u2014]+\s+|\n+|,\s+(?=(?:so|but|and|like|or)\b)")
#: a shorter piece ("thanks!", "hi all") says nothing about the question
MIN_SENTENCE_WORDS = 3


class Embeddings:
    """Vectors for texts: from memory, then the disk cache, then the encoder."""

    def __init__(self, encoder: Encoder, cache: Path | None = None) -> None:
        self.encoder = encoder
        self.cache = cache
        #: the texts the file on disk holds
        self._saved: frozenset[str] = frozenset()
        self._memo: dict[str, Vectors] = self._read() if cache else {}
        self._lock = threading.Lock()

    def of(self, texts: Sequence[str]) -> Vectors:
        """One row per text. New texts are encoded together, then saved with the rest of `texts`
        (what the file holds is exactly the last set asked for, so edited-away phrasings go)."""
        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if t not in self._memo]
            if missing:
                for text, vector in zip(missing, self.encoder.encode(missing)):
                    self._memo[text] = vector
            if not texts:
                return np.zeros((0, self.encoder.dimensions), dtype=np.float32)
            rows = np.stack([self._memo[t] for t in texts])
            if self.cache and self._saved != frozenset(texts):
                self._write(list(dict.fromkeys(texts)))
            return rows

    def question(self, text: str, subject: str, respelled: str | None = None) -> Vectors:
        """A message's vectors: the whole message's, then each of its sentences' when it has several
        (not remembered: messages rarely repeat, phrasings always do).

        A sentence vector is a mean over its words, so a story or a greeting around the question
        pulls the whole message's vector away from it; the question's own sentence is not pulled.
        On held-out alternates wrapped in chatter (bench/accuracy.py's wrappings), scoring each
        entry by the best of these vectors put the right entry first in 3% more of the messages.
        The message without its clauses about the asker (`normalise.without_context`, as the
        lexical matcher reads it too) is one more vector: a clause that runs on into the question
        ("I'm a para at a school library and how long do I have") has no sentence break to split
        at (robustness 506 -> 512 right, wrong unchanged). It is kept however short it is: what
        is left after the asker's story is the question ("I've been in tech services for a while
        now and website"), and without it the story alone was the message's vector. The message as
        the lexical matcher spells it (`respelled`, `Index.respelled`) is one more when it differs:
        the model cuts a word it does not know ("refnd", "credts") into pieces that mean little
        (public FAQ sets 907 -> 912 right, wrong unchanged). The message without a letter's or a check's
        framing (`_unwrapped`: "Dear Sir or Madam, I am writing to ask ... Yours faithfully") is one more
        (robustness 501 -> 507 right, 28 -> 29 wrong; chatty-tune-6 106 -> 107 right, no public set's wrong
        answers up).
        """
        pieces = [p for p in _SENTENCE_BREAK.split(text) if len(p.split()) >= MIN_SENTENCE_WORDS]
        shorter = without_context(text)
        extra = [shorter[0]] if shorter else []
        asked = asked_part(text, subject)
        extra += [asked] if asked else []
        claim = quoted(text)
        extra += [claim[0]] if claim and len(claim[0].split()) >= MIN_SENTENCE_WORDS else []
        told = None if claim else checked(text)
        extra += [told] if told else []
        extra += [respelled] if respelled and respelled != text else []
        unwrapped = _unwrapped(text)
        extra += [unwrapped] if unwrapped else []
        return self.encoder.encode([text, *(pieces if len(pieces) > 1 else []), *extra])

    def text(self, text: str) -> Vectors:
        """One text's vector, as one row, not remembered (a message's reading, like `question`)."""
        return self.encoder.encode([text])

    def _read(self) -> dict[str, Vectors]:
        assert self.cache is not None
        path = self.cache / CACHE_NAME
        if not path.exists():
            return {}
        try:
            with np.load(path, allow_pickle=False) as data:
                model, texts, vectors = str(data["model"]), data["texts"], data["vectors"]
            if model != self.encoder.model_hash:
                log.info("embedding cache %s is for another model; encoding the phrasings again", path)
                return {}
            if (vectors.dtype != np.float32 or vectors.ndim != 2 or texts.ndim != 1 or len(texts) != len(vectors)
                    or not np.all(np.isfinite(vectors)) or not np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)):
                raise ValueError("the vectors are not unit vectors of one size, one per text")
        except Exception as exc:  # noqa: BLE001 - a damaged cache is rebuilt, whatever is wrong with it
            log.warning("embedding cache %s is damaged (%s); encoding the phrasings again", path, exc)
            return {}
        memo = {str(t): v for t, v in zip(texts, vectors)}
        self._saved = frozenset(memo)
        return memo

    def _write(self, texts: list[str]) -> None:
        assert self.cache is not None
        vectors = np.stack([self._memo[t] for t in texts])
        try:
            self.cache.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.cache, prefix=".embeddings-", suffix=".npz")
            try:
                with os.fdopen(fd, "wb") as out:
                    np.savez(out, model=np.array(self.encoder.model_hash), texts=np.array(texts), vectors=vectors)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(tmp, self.cache / CACHE_NAME)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:  # the cache only saves time: the bot answers without it
            log.warning("could not save the embedding cache in %s: %s", self.cache, exc)
            return
        self._saved = frozenset(texts)


def _unwrapped(text: str) -> str | None:
    """`text` without a letter's or a check's framing (`normalise.strip_filler`: "Dear Sir or Madam, I am
    writing to ask ...", "to make sure I have this right, ..."), when it had some; else None."""
    tokens = words(text)
    kept = strip_filler(tokens)
    return " ".join(kept) if kept != tokens and len(kept) >= MIN_SENTENCE_WORDS else None
