"""Adapters that turn an `Answer` into what a person or a program reads."""
