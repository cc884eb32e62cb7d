"""Sentence embeddings: all-MiniLM-L6-v2, int8, run with onnxruntime and tokenizers on the CPU.

The model files ship in `models/all-MiniLM-L6-v2/` (see the README there for provenance and
how they were built). The graph returns the encoder's last hidden state; the sentence vector is
its mean over the real tokens, L2-normalised, as sentence-transformers' Pooling and Normalize
modules compute it, so a dot product of two vectors is their cosine similarity.

The files are checked against `SHA256SUMS` before use: a missing or damaged file is a
`ModelError` with a one-line message, never a half-working encoder.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np
import numpy.typing as npt

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "all-MiniLM-L6-v2"
MODEL_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
SUMS_FILE = "SHA256SUMS"

#: all-MiniLM-L6-v2 was trained on sequences of at most this many word pieces
MAX_TOKENS = 256

Vectors = npt.NDArray[np.float32]


class ModelError(Exception):
    """The model files are missing, damaged or unreadable; the message is one line for a person."""


@dataclass(frozen=True)
class ModelFiles:
    """Where the model is, and the sha256 each file must have."""

    folder: Path
    expected: dict[str, str]

    @classmethod
    def read(cls, folder: Path = MODEL_DIR) -> ModelFiles:
        sums = folder / SUMS_FILE
        try:
            lines = sums.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ModelError(f"model checksums not readable: {sums} ({exc.strerror or exc})") from None
        expected = {}
        for line in lines:
            digest, _, name = line.strip().partition("  ")
            if name:
                expected[name] = digest
        missing = {MODEL_FILE, TOKENIZER_FILE} - expected.keys()
        if missing:
            raise ModelError(f"{sums} names no checksum for {', '.join(sorted(missing))}")
        return cls(folder, expected)

    def verified(self, name: str) -> bytes:
        """The file's bytes, after checking its sha256."""
        path = self.folder / name
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ModelError(f"model file missing or unreadable: {path} ({exc.strerror or exc}); "
                             "run models/rebuild.sh or restore it from the repository") from None
        if hashlib.sha256(data).hexdigest() != self.expected[name]:
            raise ModelError(f"model file damaged: {path} does not match its sha256 in {SUMS_FILE}; "
                             "run models/rebuild.sh or restore it from the repository")
        return data


class Encoder:
    """Turns texts into unit vectors. Thread-safe: onnxruntime sessions may run concurrently,
    and a tokenizer is only read after construction."""

    def __init__(self, files: ModelFiles | None = None, *, threads: int | None = None) -> None:
        files = files or ModelFiles.read()
        # imported here so that importing the package (e.g. for `bot.py check`) stays cheap
        import onnxruntime
        from tokenizers import Tokenizer

        model = files.verified(MODEL_FILE)
        tokenizer_json = files.verified(TOKENIZER_FILE)
        #: identifies the model for the embedding cache: vectors from another model are not comparable
        self.model_hash = files.expected[MODEL_FILE]
        try:
            self._tokenizer = Tokenizer.from_str(tokenizer_json.decode("utf-8"))
            options = onnxruntime.SessionOptions()
            #: the cores one encoding may use
            self.threads = threads or min(2, os.cpu_count() or 1)
            options.intra_op_num_threads = self.threads
            options.inter_op_num_threads = 1
            options.log_severity_level = 3  # errors only: no optimizer chatter on stderr
            self._session = onnxruntime.InferenceSession(model, options, providers=["CPUExecutionProvider"])
        except Exception as exc:  # noqa: BLE001 - any failure here is a broken model file
            raise ModelError(f"model files in {files.folder} could not be loaded: {exc}".splitlines()[0]) from None
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.no_padding()  # tokenizer.json pads every text to a fixed length; one text needs none

    @cached_property
    def dimensions(self) -> int:
        return int(self.encode(["x"]).shape[1])

    def encode(self, texts: list[str]) -> Vectors:
        """One unit vector per text, as rows of a float32 matrix.

        Each text is run alone. The int8 model quantizes its activations with one scale per input
        tensor, so a text run in a batch gets a vector that depends on its batch-mates (cosine 0.99
        to its own): the same question could then be answered differently after the cache was
        rebuilt in another order. Alone, a text's vector depends on the text only; it costs about
        0.4 s more to index the shipped FAQ from nothing.
        """
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        return np.vstack([self._one(text) for text in texts])

    def _one(self, text: str) -> Vectors:
        encoding = self._tokenizer.encode(text)
        ids = np.array([encoding.ids], dtype=np.int64)
        mask = np.array([encoding.attention_mask], dtype=np.int64)
        types = np.array([encoding.type_ids], dtype=np.int64)
        hidden = self._session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1.0)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
