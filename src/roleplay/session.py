"""The interactive practice call, in prompt_toolkit.

:func:`build_prompt_session` builds the one ``PromptSession`` (toolbar, history, keys,
style); :func:`practice` runs the call: briefing, dial, turns, scorecard. Every line
is printed with ``print_formatted_text`` to the current app session's output, so
tests can drive the whole call with a pipe input and read what was shown.

The call itself (engine and saving) is a ``RecordedCall``; this module only talks
to the rep. A problem with one line is printed on one line, and the call goes on.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from prompt_toolkit import PromptSession
from prompt_toolkit.application.current import get_app_session
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.history import FileHistory, History, InMemoryHistory
from prompt_toolkit.shortcuts import print_formatted_text
from prompt_toolkit.styles import Style

from roleplay.color import STYLE_RULES
from roleplay.dialogue.engine import LineRefused
from roleplay.keys import practice_bindings
from roleplay.review import render
from roleplay.typed_text import repair

if TYPE_CHECKING:
    from roleplay.dialogue.recording import RecordedCall

#: The style names render.py's fragments use, defined once in roleplay.color.
STYLE = Style.from_dict(STYLE_RULES)

#: A line starting like this is a command, not speech.
_COMMAND = re.compile(r"^/[A-Za-z]")
#: Commands that hang up.
QUIT_COMMANDS = ("/quit", "/exit", "/hangup", "/bye")


#: Each trainee's input history is a file beside the transcripts, named after them.
HISTORY_PREFIX = ".practice_history-"


def history_file(directory: Path, trainee: str) -> Path:
    """Where ``trainee``'s input history is kept: one file per trainee, never shared.

    The name keeps ASCII letters, digits, ``-`` and ``_`` and writes every other
    character as ``%XX`` bytes, so no trainee name can reach another folder, look like
    a transcript (no ``.txt`` or ``.jsonl`` suffix) or collide with another name.
    """
    safe = "".join(
        ch
        if ch.isascii() and (ch.isalnum() or ch in "-_")
        else "".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass"))
        for ch in trainee
    )
    if len(safe) > 80:  # file names have a length limit; keep it readable and unique
        digest = hashlib.sha256(trainee.encode("utf-8", "surrogatepass")).hexdigest()[:12]
        safe = f"{safe[:60]}-{digest}"
    return directory / f"{HISTORY_PREFIX}{safe or '%'}"


class PracticeHistory(FileHistory):
    """Input history in a file that, when the file stops working, carries on in memory.

    History is a nicety: a file that cannot be read or written (another user's, a
    folder, a full disk) must cost the rep neither a traceback nor a typed line. The
    lines of this call stay in memory either way (prompt_toolkit keeps them); the
    problem is kept for the session to mention once.
    """

    filename: str  # always str(path): see __init__

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.problem: str | None = None
        self._told = False

    def load_history_strings(self) -> Iterable[str]:
        if self.problem is not None:
            return
        try:
            found = list(super().load_history_strings())
        except OSError as exc:
            self._fail(exc)
            return
        yield from found

    def store_string(self, string: str) -> None:
        if self.problem is None:
            try:
                super().store_string(string)
            except OSError as exc:
                self._fail(exc)

    def _fail(self, exc: OSError) -> None:
        self.problem = f"{self.filename}: {exc.strerror or exc}"

    def take_problem(self) -> str | None:
        """The problem, the first time it is asked for after it happened."""
        if self.problem is None or self._told:
            return None
        self._told = True
        return self.problem


def open_history(path: Path) -> tuple[History, str | None]:
    """The input history for a call, and why it is only in memory (None if it is not).

    The file is opened for appending and for reading once here, so the usual
    problems are found before the prompt draws, and said in one line.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "ab"), open(path, "rb"):
            pass
    except OSError as exc:
        return InMemoryHistory(), f"{path}: {exc.strerror or exc}"
    return PracticeHistory(path), None


def _history_problem(history: History) -> None:
    """Say once, quietly, that the history file stopped working mid-call."""
    problem = history.take_problem() if isinstance(history, PracticeHistory) else None
    if problem:
        show([("class:dim", f"(Input history now kept in memory only: {problem}.)\n")])


@dataclass
class _Screen:
    """What the toolbar shows besides the call: a passing notice; in an exam, which call."""

    notice: str = ""
    exam: str = ""


def _width() -> int:
    try:
        columns = get_app_session().output.get_size().columns
    except Exception:  # some outputs cannot tell; the default is fine
        columns = 80
    return max(40, min(columns, 100)) - 2


def show(fragments: render.Fragments) -> None:
    """Print fragments, styled, to the app session's output (without an extra newline)."""
    print_formatted_text(FormattedText(fragments), style=STYLE, end="")


def _toolbar(call: RecordedCall, screen: _Screen) -> FormattedText:
    s = call.scenario
    conv = call.conversation
    p = s.persona
    turn = f"turn {conv.rep_turns + 1}" + (f"/{s.max_turns}" if s.max_turns else "")
    who = f" {p.name}" + (f" ({p.role})" if p.role else "") + " "
    if screen.exam:
        # In an exam the prospect's state and moods would be a hint: the rep reads the call.
        facts = f"│ {screen.exam} │ {turn} │ "
        tail = screen.notice or "/brief /help /quit"
    else:
        facts = f"│ {conv.state} │ {render.moods_text(conv.moods, s)} │ {turn} │ "
        tail = screen.notice or "/hint /help /quit"
    if screen.notice:
        facts = "│ "  # the notice matters more than the numbers, for a moment
    elif len(who) + len(facts) + len(tail) > _width() + 2:
        tail = ""
    return FormattedText(
        [
            ("class:bottom-toolbar.key", who),
            ("", facts),
            ("class:bottom-toolbar.notice" if screen.notice else "", tail),
        ]
    )


def build_prompt_session(
    call: RecordedCall, history: History | None = None, screen: _Screen | None = None
) -> PromptSession[str]:
    """The prompt the rep types into: toolbar, input history, Ctrl-C bindings, style.

    Args:
        call: The call in progress; the toolbar reads its state and moods.
        history: Earlier lines (e.g. a ``FileHistory``); in memory when None.
        screen: Shared with the key bindings, to show a notice in the toolbar.
    """
    screen = screen or _Screen()

    def remind() -> None:
        screen.notice = "Ctrl-C clears the line; /quit hangs up"

    return PromptSession(
        message=FormattedText([("class:rep.name", "You:"), ("", " ")]),
        bottom_toolbar=lambda: _toolbar(call, screen),
        history=history,
        key_bindings=practice_bindings(on_idle_interrupt=remind),
        style=STYLE,
        enable_history_search=False,
        complete_while_typing=False,
    )


def _dial(call: RecordedCall, exam: str = "") -> str | None:
    """Show the briefing and wait for Enter. None when the rep backs out, else what was
    typed before the Enter (an opener typed ahead: it is said once the prospect answers)."""
    if exam:
        show([("class:heading", f"Exam: {exam}\n\n")])
    show(render.briefing(call.scenario, _width(), exam=bool(exam)))
    show([("", "\n")])
    cancel = "(Ctrl-D to stop the exam) " if exam else "(Ctrl-D to cancel) "
    try:
        typed = PromptSession[str]().prompt(
            FormattedText([("class:heading", "Press Enter to dial "), ("class:dim", cancel)]),
            style=STYLE,
        )
    except (EOFError, KeyboardInterrupt):
        show([("class:dim", "No call made.\n")])
        return None
    return typed.strip()


def practice(
    call: RecordedCall,
    *,
    coach: bool = True,
    history: History | None = None,
    exam: str = "",
    dial: bool = True,
) -> bool:
    """Run one call to its end and print the scorecard (in an exam, no scorecard).

    Args:
        call: A call not yet dialled.
        coach: Flag mistakes under the rep's line as they happen.
        history: Input history for the prompt.
        exam: In an exam, which call this is (``Week 1 · call 1 of 2``): no flags under
            lines, no hints, no moods or state in the toolbar, no scorecard at the end.
        dial: Show the briefing and wait for Enter first (a replay goes straight in).

    Returns:
        False if the rep backed out before dialling, else True.
    """
    typed_ahead = ""
    if dial:
        dialled = _dial(call, exam)
        if dialled is None:
            return False
        typed_ahead = dialled
    name = call.scenario.persona.first_name or "Prospect"
    screen = _Screen(exam=exam)
    coach = coach and not exam
    session = build_prompt_session(call, history, screen)
    show([("class:dim", "☎  ring... ring...\n")])
    opening = call.open()
    if opening:
        show(render.call_line("prospect", opening, name, _width()))
    show([("", "\n")])
    try:
        _turns(call, session, screen, coach, name, typed_ahead)
    except BaseException as exc:
        call.finish_after(exc)  # whatever stopped the call, the session still ends on disk
        raise
    transcript = call.finish("quit")
    if call.conversation.end_reason == "terminal":
        show([("class:dim", "☎  The call is over.\n\n")])
    else:
        show([("class:dim", "☎  You hung up.\n\n")])
    if exam:
        return True
    assert transcript.scorecard is not None
    show(
        render.scorecard(
            transcript.scorecard,
            render.outcome_text(
                call.outcome, call.conversation.state, call.conversation.end_reason, call.scenario
            ),
            call.conversation.rep_turns,
            _width(),
        )
    )
    show(render.debrief(call.scenario, _width()))
    return True


def _turns(
    call: RecordedCall,
    session: PromptSession[str],
    screen: _Screen,
    coach: bool,
    name: str,
    typed_ahead: str = "",
) -> None:
    """Take the rep's lines until the call ends or the rep hangs up. ``typed_ahead``, a line
    typed at "Press Enter to dial", waits in the first prompt: nothing typed is lost, and
    the rep still says it after hearing the prospect pick up."""
    while not call.ended:
        try:
            typed = session.prompt(default=typed_ahead).strip()
        except KeyboardInterrupt:
            continue
        except EOFError:
            break
        finally:
            typed_ahead = ""
        screen.notice = ""
        _history_problem(session.history)
        text, replaced = repair(typed)
        if not text:
            continue
        if _COMMAND.match(text):
            command = text.split()[0].lower()
            if command in QUIT_COMMANDS:
                break
            _command(command, call, exam=bool(screen.exam))
            continue
        if replaced is not None:
            note = f"Sent with U+FFFD where what you typed was not UTF-8 (column {replaced})."
            show([("class:error", note + "\n")])
        try:
            result = call.say(text)
        except LineRefused as exc:
            call.refuse(text, exc.message)
            show([("class:error", f"Not sent: {exc.message}. It is kept in the transcript.\n")])
            continue
        if coach:
            show(render.mistake_flags(result.mistakes, _width()))
        if result.reply:
            show(render.call_line("prospect", result.reply, name, _width()))
        show([("", "\n")])


#: What ``/hint`` says in an exam.
NO_HINTS = "No hints in an exam: the call is yours."


def _command(command: str, call: RecordedCall, exam: bool = False) -> None:
    if command == "/hint" and exam:
        show([("class:error", NO_HINTS + "\n")])
    elif command == "/hint":
        show(render.hint(call.hint(), _width()))
    elif command == "/help":
        show(render.commands_help(exam))
    elif command == "/brief":
        show(render.briefing(call.scenario, _width(), exam=exam))
    else:
        show([("class:error", f"Unknown command {command}; /help lists them.\n")])


#: What :func:`ask_again` returns: play the identical call again, or a new one.
AGAIN_SAME = "same"
AGAIN_NEW = "new"


def ask_again(seed: int, level: str) -> str | None:
    """After a practice call: one key to play the same call again, a new one, or stop.

    ``1`` replays the identical call (same seed, same level), ``2`` plays a new one;
    Enter, any other key, Ctrl-D or Ctrl-C stop, so a stray key never starts a call.
    Digits, not letters: a rep still typing the last line as the call ends types
    letters, and those must stop, not start, a call.

    Returns:
        :data:`AGAIN_SAME`, :data:`AGAIN_NEW`, or None to stop.
    """
    from prompt_toolkit.application import Application
    from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
    from prompt_toolkit.layout import Layout, Window
    from prompt_toolkit.layout.controls import FormattedTextControl

    text = FormattedText(
        [
            ("class:heading", "Again? "),
            ("class:title", "1"),
            ("", f" the same call (seed {seed}, {level})  "),
            ("class:title", "2"),
            ("", " a new call  "),
            ("class:title", "Enter"),
            ("", " stop "),
        ]
    )
    kb = KeyBindings()
    answers = {"1": AGAIN_SAME, "2": AGAIN_NEW}

    @kb.add("<any>")
    def _answer(event: KeyPressEvent) -> None:
        key = event.key_sequence[0].data if event.key_sequence else ""
        event.app.exit(result=answers.get(key))

    app: Application[str | None] = Application(
        layout=Layout(Window(FormattedTextControl(text), height=1, dont_extend_height=True)),
        key_bindings=kb,
        style=STYLE,
        full_screen=False,
        erase_when_done=False,
    )
    try:
        choice = app.run()
    except (EOFError, KeyboardInterrupt):
        choice = None
    show([("", "\n")])
    return choice
