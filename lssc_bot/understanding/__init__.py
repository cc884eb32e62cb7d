"""Turning a person's question into a match against the FAQ or a rules calculation.

Call `warm(knowledge)` right after loading (and after each reload) so the first
question does not pay for building the index.
"""
from __future__ import annotations

from ..gcpause import gc_paused
from ..knowledge import Knowledge
from .index import index_for
from .semantic import semantic_for
from .sets import set_names


def warm(knowledge: Knowledge) -> Knowledge:
    """Build everything per-knowledge now rather than on the first question; returns `knowledge`."""
    with gc_paused():
        index_for(knowledge)
        semantic_for(knowledge)
        set_names(knowledge)
    return knowledge
