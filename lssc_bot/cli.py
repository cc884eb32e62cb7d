"""The command line: run (Discord or console), check, ask, console."""
from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, TextIO

from . import reminder_report
from .answer import Answer, AskContext, entry_answer
from .guarded import answer_safely
from .health import check_from_env
from .knowledge import Knowledge, KnowledgeError, load_knowledge
from .knowledge.problems import UnreadableFile
from .knowledge.holder import KnowledgeHolder
from .render.json import render_json
from .render.text import render_text
from .settings import DEFAULT_DATA_DIR, Settings, SettingsError, is_number, token_configured
from .understanding import semantic, warm
from .understanding.embeddings import Embeddings
from .understanding.encoder import Encoder, ModelError

class UsageError(Exception):
    """A mistake in how the command was called; the message says how to call it."""


DEFAULT_FAQ = Path(__file__).resolve().parents[1] / "faq.yaml"

DESCRIPTION = """\
lssc-bot answers questions about ALA-APA's Library Support Staff Certification
(LSSC) and works out what a candidate still needs.

With no command it runs the bot: on Discord when DISCORD_TOKEN (or
DISCORD_TOKEN_FILE) is set, otherwise the local console."""

EPILOG = """\
examples:
  python bot.py check                      validate faq.yaml (exit 1 on problems)
  python bot.py ask "how much does it cost?"
  python bot.py ask --json --batch - < questions.txt
  python bot.py console
  python bot.py health                     is the running bot connected? (exit 0/1)
  python bot.py reminders --due --today 2026-09-01 --json
"""


FAQ_VARIABLE = "LSSC_FAQ_PATH"


def default_faq_path() -> Path:
    return Path(os.environ.get(FAQ_VARIABLE) or DEFAULT_FAQ)


def _faq_from_env(given: Path | None) -> bool:
    """Whether the knowledge file is the one LSSC_FAQ_PATH names (no path given on the command line)."""
    return given is None and bool(os.environ.get(FAQ_VARIABLE))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bot.py", description=DESCRIPTION, epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def faq_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--faq", type=Path, default=None, metavar="PATH",
                       help="the knowledge file (default: $LSSC_FAQ_PATH or the faq.yaml beside bot.py)")

    faq_option(sub.add_parser("run", help="run the bot: Discord with a token, else the console"))
    check = sub.add_parser("check", help="validate a faq.yaml; exit 0 when valid, 1 when not")
    check.add_argument("path", nargs="?", type=Path, help="the file to check (default: as --faq)")
    ask = sub.add_parser("ask", help="answer one question, or one per line with --batch")
    faq_option(ask)
    ask.add_argument("question", nargs="*", help="the question (quote it or not)")
    ask.add_argument("--json", action="store_true", help="print the answer as one JSON object")
    ask.add_argument("--batch", metavar="FILE", help="read one question per line from FILE ('-' for stdin); "
                                                     "print one answer per line, in order")
    console = sub.add_parser("console", help="an interactive prompt; :quit leaves")
    faq_option(console)
    sub.add_parser("health", help="exit 0 when the running bot is connected to Discord, else 1 (Docker HEALTHCHECK)")
    faq_option(reminder_report.add_parser(sub))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "run"
    given = args.path if command == "check" else getattr(args, "faq", None)
    try:
        if command == "check":
            return cmd_check(given or default_faq_path())
        if command == "health":
            return cmd_health()
        if command == "reminders":  # reads no questions: the matcher need not be warmed
            return reminder_report.cmd_reminders(load_knowledge(given or default_faq_path()), args,
                                                 sys.stdout, sys.stderr)
        use_model(os.environ, concurrent=command == "run" and token_configured())
        knowledge = warm(load_knowledge(given or default_faq_path()))
        if command == "ask":
            return cmd_ask(knowledge, args)
        if command == "console":
            return run_console(knowledge, _lenient(sys.stdin), sys.stdout)
        return cmd_run(knowledge)
    except UnreadableFile as exc:
        if _faq_from_env(given):  # a bad setting, like every other: name it, exit 2
            print(f"bot.py: {FAQ_VARIABLE}: {exc}", file=sys.stderr)
            return 2
        print(exc, file=sys.stderr)
        return 1
    except KnowledgeError as exc:
        print(exc, file=sys.stderr)
        return 1
    except ModelError as exc:
        print(f"bot.py: {exc}", file=sys.stderr)
        return 2
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `bot.py ask ... | head` closed the pipe: not an error
        sys.stderr.close()
        return 0


def use_model(env: Mapping[str, str], *, concurrent: bool = False) -> None:
    """Load the sentence model (checking its files) and keep its phrasing embeddings in the data
    folder, so a restart encodes nothing; raises `ModelError` with a one-line message.

    `concurrent`: questions will be encoded on several worker threads at once (the Discord bot), so
    each encoding gets one core; the cores are shared across questions instead of within one, which
    answers a burst sooner (one question alone is answered sooner with the cores shared within it)."""
    cache = Path(env.get("LSSC_DATA_DIR") or DEFAULT_DATA_DIR)
    semantic.use(Embeddings(Encoder(threads=1 if concurrent else None), cache))


def _lenient(stream: TextIO) -> TextIO:
    """`stream` reading bytes that are not UTF-8 as U+FFFD instead of raising mid-session."""
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(errors="replace")
    return stream


def cmd_check(path: Path) -> int:
    try:
        knowledge = load_knowledge(path)
    except UnreadableFile:
        raise  # main() says whether a setting named it
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(problem)
        if len(exc.problems) > 1:
            print(f"{len(exc.problems)} problems found; the bot would keep serving the last good version.",
                  file=sys.stderr)
        return 1
    sets = knowledge.program.sets
    print(f"{path}: OK ({len(knowledge.entries)} entries, {len(sets)} competency sets, verified {knowledge.verified})")
    return 0


def cmd_health() -> int:
    """One line saying why; reads only the heartbeat file, so it needs no token or faq.yaml."""
    health = check_from_env(DEFAULT_DATA_DIR)
    print(health.reason)
    return 0 if health.healthy else 1


def cmd_ask(knowledge: Knowledge, args: argparse.Namespace) -> int:
    render = render_json if args.json else render_text
    if args.batch is not None:
        if args.question:
            raise UsageError("bot.py ask: give either a QUESTION or --batch FILE, not both")
        return ask_batch(knowledge, _open_batch(args.batch), sys.stdout, render)
    if not args.question:
        raise UsageError('bot.py ask: what is the question? e.g. bot.py ask "how much does it cost?"')
    question = " ".join(args.question).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    print(render(answer_safely(knowledge, question, AskContext())))
    return 0


def _open_batch(name: str) -> Iterable[str]:
    """The questions of a batch, read the same way from a file and from stdin.

    Lines end at "\n" only: `str.splitlines()` would also split at \x0b, \x1c, \x85 or
    \u2028 inside a question and answer its pieces. Bytes that are not UTF-8 read as U+FFFD,
    so every answer can be printed as UTF-8 JSON.
    """
    if name == "-":
        return _questions(sys.stdin.buffer)
    try:
        stream = Path(name).open("rb")  # closed by _questions when it is used up
    except OSError as exc:
        raise UsageError(f"bot.py ask: cannot read {name}: {exc.strerror or exc}") from None
    return _questions(stream)


def _questions(stream: BinaryIO) -> Iterator[str]:
    with stream:
        for raw in stream:  # a binary stream yields lines ending at b"\n" only
            yield raw.decode("utf-8", errors="replace").removesuffix("\n").removesuffix("\r")


def ask_batch(knowledge: Knowledge, lines: Iterable[str], out: TextIO, render: Callable[[Answer], str]) -> int:
    """One answer per input line, in order, each flushed as soon as it is ready.

    JSON answers are one line each; text answers are separated by a blank line.
    """
    separator = "\n" if render is render_json else "\n\n"
    for line in lines:
        out.write(render(answer_safely(knowledge, line.rstrip("\r\n"), AskContext())) + separator)
        out.flush()
    return 0


CONSOLE_HELP = """\
Ask anything about LSSC, e.g. "how much does it cost?" or "I've done Foundations and Technology, what's left?".
  :help   this text      :sets   the competency sets you have told me about
  :reset  forget them    :quit   leave (so do "quit" and Ctrl-D)"""


def run_console(knowledge: Knowledge, stdin: TextIO, stdout: TextIO) -> int:
    """An interactive prompt. Within the session it remembers the sets the person said they completed."""
    interactive = stdin.isatty()
    context = AskContext()
    offered: tuple[str, ...] = ()
    print(f"lssc-bot console ({len(knowledge.entries)} FAQ entries, verified {knowledge.verified}). "
          "Type :help for help, :quit to leave.", file=stdout)
    while True:
        if interactive:
            stdout.write("lssc> ")
            stdout.flush()
        line = stdin.readline()
        if not line:
            break
        question = line.strip()
        if not question:
            continue
        if question.casefold().rstrip("!.") in (":quit", ":q", ":exit", "quit", "exit"):  # no one asks LSSC "quit"
            break
        if question == ":help":
            print(CONSOLE_HELP, file=stdout)
            continue
        if question == ":reset":
            context = replace(context, completed=frozenset())
            print("Forgotten: I no longer assume any competency sets are done.", file=stdout)
            continue
        if question == ":sets":
            done = ", ".join(sorted(context.completed)) or "none yet"
            print(f"Competency sets you told me you completed: {done}", file=stdout)
            continue
        if is_number(question) and 1 <= int(question) <= len(offered):
            reply = entry_answer(knowledge, offered[int(question) - 1], question)
        else:
            reply = answer_safely(knowledge, question, context)
        offered = tuple(s.topic for s in reply.suggestions)
        if reply.details is not None:
            context = replace(context, completed=frozenset(reply.details.completed))
        print(render_text(reply) + "\n", file=stdout)
    return 0


def cmd_run(knowledge: Knowledge) -> int:
    """The Discord bot when a token is configured (exit 2 on a bad setting), else the console."""
    if not token_configured():
        print("No DISCORD_TOKEN set, so this is the local console. To run the Discord bot, set DISCORD_TOKEN "
              "(or DISCORD_TOKEN_FILE) as the README's Discord section explains.\n")
        return run_console(knowledge, _lenient(sys.stdin), sys.stdout)
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"bot.py: {exc}", file=sys.stderr)
        return 2
    from .discord.bot import run_bot  # only now: the console and the other commands never import discord

    return run_bot(settings, KnowledgeHolder(Path(knowledge.source), knowledge, prepare=warm))
