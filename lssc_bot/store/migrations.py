"""The database schema as an ordered list of steps; `PRAGMA user_version` counts those applied.

To change the schema, APPEND a `Migration` to `MIGRATIONS` (never edit or reorder
a step that has shipped: databases in the field have already run it). Step N
(1-based) takes a database from user_version N-1 to N, in one transaction.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    description: str
    #: one or more SQL statements; no BEGIN/COMMIT (the runner wraps each step)
    sql: str


MIGRATIONS: list[Migration] = [
    Migration("progress, questions log, feedback, unanswered questions, clarify picks", """
        CREATE TABLE progress (
            guild_id   INTEGER NOT NULL,          -- 0 for direct messages
            user_id    INTEGER NOT NULL,
            completed  TEXT    NOT NULL,          -- JSON list of canonical set names
            enrolled   TEXT,                      -- ISO date or NULL
            updated_at TEXT    NOT NULL,
            PRIMARY KEY (guild_id, user_id)
        );
        CREATE TABLE questions (
            id         INTEGER PRIMARY KEY,
            at         TEXT    NOT NULL,
            guild_id   INTEGER NOT NULL,
            channel_id INTEGER NOT NULL,
            question   TEXT    NOT NULL,
            kind       TEXT    NOT NULL,
            topic      TEXT,
            confidence REAL    NOT NULL
        );
        CREATE INDEX questions_guild_at ON questions (guild_id, at);
        CREATE TABLE feedback (
            id          INTEGER PRIMARY KEY,
            at          TEXT    NOT NULL,
            guild_id    INTEGER NOT NULL,
            user_id     INTEGER NOT NULL,
            topic       TEXT,
            helpful     INTEGER NOT NULL,        -- 1 helpful, 0 not helpful
            question_id INTEGER REFERENCES questions (id),
            question    TEXT
        );
        CREATE INDEX feedback_guild_topic ON feedback (guild_id, topic);
        -- one vote per person per answer: a second click changes the vote
        CREATE UNIQUE INDEX feedback_once ON feedback (question_id, user_id);
        CREATE TABLE unanswered (
            id         INTEGER PRIMARY KEY,
            at         TEXT    NOT NULL,
            guild_id   INTEGER NOT NULL,
            channel_id INTEGER NOT NULL,
            question   TEXT    NOT NULL
        );
        CREATE INDEX unanswered_guild_at ON unanswered (guild_id, at);
        CREATE TABLE clarify_picks (
            id       INTEGER PRIMARY KEY,
            at       TEXT    NOT NULL,
            guild_id INTEGER NOT NULL,
            user_id  INTEGER NOT NULL,
            question TEXT    NOT NULL,
            offered  TEXT    NOT NULL,            -- JSON list of entry ids
            chosen   TEXT    NOT NULL
        );
    """),
    Migration("moderators' audit log and rejected phrasing suggestions", """
        CREATE TABLE audit_log (
            id         INTEGER PRIMARY KEY,
            at         TEXT    NOT NULL,
            actor_id   INTEGER NOT NULL,
            actor_name TEXT    NOT NULL,
            action     TEXT    NOT NULL,          -- upload, rollback, accept, reject
            detail     TEXT    NOT NULL
        );
        CREATE TABLE rejected_suggestions (
            phrasing TEXT    NOT NULL,            -- comparable form (see knowledge.validate.comparable)
            topic    TEXT    NOT NULL,
            at       TEXT    NOT NULL,
            actor_id INTEGER NOT NULL,
            PRIMARY KEY (phrasing, topic)
        );
    """),
    Migration("certification month, reminder opt-ins and the record of reminders sent", """
        ALTER TABLE progress ADD COLUMN certified TEXT;  -- ISO date or NULL
        -- the reminder check and forget-me find a person's rows in every server
        CREATE INDEX progress_user ON progress (user_id);
        CREATE TABLE reminder_optins (
            user_id INTEGER PRIMARY KEY,
            at      TEXT    NOT NULL
        );
        -- one row per reminder, written BEFORE it is sent: a restart or a second run never sends it twice
        CREATE TABLE reminders_sent (
            user_id  INTEGER NOT NULL,
            kind     TEXT    NOT NULL,            -- finish-6, renewal-opens, expiry-0, ...
            due      TEXT    NOT NULL,            -- ISO date, the first of the month it was due in
            guild_id INTEGER NOT NULL,            -- whose saved dates it came from (0 for direct messages)
            at       TEXT    NOT NULL,
            status   TEXT    NOT NULL,            -- sending, sent, failed
            told     INTEGER NOT NULL DEFAULT 0,  -- a failure the person has been told about
            PRIMARY KEY (user_id, kind, due)
        );
    """),
]


class NewerSchemaError(RuntimeError):
    """The database was written by a newer lssc-bot."""


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, migrations: list[Migration] = MIGRATIONS) -> int:
    """Apply the steps this database has not run yet; returns the resulting version.

    Refuses a database newer than this code (a downgrade would silently lose data).
    The connection must be in autocommit mode (isolation_level=None).
    """
    current = schema_version(conn)
    if current > len(migrations):
        raise NewerSchemaError(f"the database is at schema version {current}, newer than this "
                           f"lssc-bot ({len(migrations)}); upgrade lssc-bot")
    for number, step in enumerate(migrations[current:], start=current + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(step.sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return schema_version(conn)


def _statements(sql: str) -> list[str]:
    """Split a step into statements (sqlite3.execute runs one at a time; executescript would commit)."""
    statements, pending = [], ""
    for line in sql.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending.strip()[:60]!r}")
    return statements
