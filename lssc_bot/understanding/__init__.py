"""Turning a person's question into a match against the FAQ or a rules calculation."""
