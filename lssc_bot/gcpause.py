"""Pausing the cyclic garbage collector around bulk, acyclic allocation.

Loading faq.yaml and building its index allocate tens of thousands of small
objects and free none of them in cycles; the collector's passes over them are
pure cost (about a fifth of a 1,000-entry load). Reference counting still frees
everything as usual while the pause lasts.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
