"""``roleplay practice SCENARIO``: a practice call in the terminal."""

from __future__ import annotations

import argparse
from pathlib import Path

from roleplay import color
from roleplay.commands.run import add_call_arguments, new_seed
from roleplay.dialogue.recording import RecordedCall
from roleplay.environment import Environment, isatty, shown_path
from roleplay.errors import ExitStatus, UsageError
from roleplay.library import list_scenarios, load_scenario
from roleplay.storage_write import transcripts_dir

EPILOG = """\
You read a short briefing, press Enter to dial, and the prospect picks up. Type what
you would say and press Enter. The prospect answers in character; the bottom bar
shows who you called, where the call is, their moods and the turn.

  /hint     a nudge for what to say next
  /brief    the briefing again
  /help     the commands
  /quit     hang up (or Ctrl-D); Ctrl-C only clears the line

When the call ends, you get a scorecard: a score out of 100, each mistake with its
turn, the words that triggered it and a tip, then your previous best on that
scenario (from the sessions saved for you) and one key to go again: 1 plays the
identical call again (same seed and level), 2 a new call, Enter stops. Every turn is saved as you type it,
under ./transcripts (or --transcripts DIR, or $ROLEPLAY_TRANSCRIPTS); review them
with 'roleplay review' and 'roleplay show FILE'. A paste over 2000 characters is
not sent, but kept in the transcript as refused. The Up arrow recalls your earlier
lines, kept per trainee in DIR/.practice_history-NAME (in memory, with a warning,
when that file cannot be used).

Practice needs a terminal. To play lines from a file or a pipe instead:
  roleplay run SCENARIO --script FILE

examples:
  roleplay practice                  (pick a scenario from the list)
  roleplay practice sleepy_skeptic
  roleplay practice sleepy_skeptic --trainee dana --no-coach
  roleplay practice my-scenarios/renewal.yaml --seed 7 --no-save
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "scenario",
        metavar="SCENARIO",
        nargs="?",
        help="scenario id or YAML file (leave it out to pick from a list)",
    )
    add_call_arguments(parser)
    parser.add_argument(
        "--coach",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="flag each mistake under your line as it happens (default: on)",
    )
    color.add_argument(parser)


def _pick(env: Environment) -> str | None:
    """Ask which scenario to practise; None when the rep backs out."""
    from prompt_toolkit import prompt

    from roleplay.session import show

    choices = [info for info in list_scenarios(env.cwd) if info.error is None]
    if not choices:
        raise UsageError("no scenarios found; write one with 'roleplay new NAME'")
    rows = [("class:heading", "Which call do you want to practise?\n")]
    for i, info in enumerate(choices, 1):
        level = f" ({info.difficulty})" if info.difficulty else ""
        rows += [("", f"  {i}. "), ("class:title", info.id), ("class:dim", level), ("", "\n")]
        if info.description:
            rows.append(("class:dim", f"     {info.description}\n"))
    show(rows)
    while True:
        try:
            answer = prompt(f"Number or name [1-{len(choices)}]: ").strip()
        except KeyboardInterrupt:
            continue
        except EOFError:
            return None
        if answer.isdigit() and 1 <= int(answer) <= len(choices):
            return choices[int(answer) - 1].id
        if any(info.id == answer for info in choices):
            return answer
        show([("class:error", f"Pick a number from 1 to {len(choices)}, or a scenario name.\n")])


def run(args: argparse.Namespace, env: Environment) -> int:
    with color.prompt_colors(args.color):
        return _practise(args, env)


def _practise(args: argparse.Namespace, env: Environment) -> int:
    if not isatty(env.stdin):
        name = args.scenario or "SCENARIO"
        raise UsageError(
            "practice needs a terminal, and standard input is not one; "
            f"to play lines from a file or a pipe, use: roleplay run {name} --script -"
        )
    if args.scenario is None:
        args.scenario = _pick(env)
        if args.scenario is None:
            return ExitStatus.OK
    scenario = load_scenario(args.scenario, env.cwd)
    # prompt_toolkit is imported only here: the other commands never pay for it.
    from prompt_toolkit.history import History, InMemoryHistory

    from roleplay.session import AGAIN_NEW, ask_again, history_file, open_history, practice, show

    seed = args.seed if args.seed is not None else new_seed()
    directory = None if args.no_save else transcripts_dir(args.transcripts, env.environ, env.cwd)
    trainee = args.trainee or env.user()
    history: History = InMemoryHistory()
    if directory is not None:
        history, problem = open_history(history_file(directory, trainee))
        if problem:
            env.stderr.write(
                f"roleplay: warning: {problem}; input history is kept in memory for this call\n"
            )
    level = scenario.at_level(args.difficulty)
    dial = True
    while True:
        call = RecordedCall(level, seed, trainee, env.now, directory, "practice")
        if not practice(call, coach=args.coach, history=history, dial=dial):
            return ExitStatus.OK
        footer = f"Seed {seed} (replay with --seed {seed})."
        if call.path is not None:
            footer = f"Saved: {shown_path(call.path, env.cwd)}\n{footer}"
        show([("class:dim", footer + "\n")])
        if directory is not None:
            show([("class:heading", _progress(call, directory) + "\n")])
        choice = ask_again(seed, level.difficulty)
        if choice is None:
            return ExitStatus.OK
        if choice == AGAIN_NEW:
            seed = new_seed()
        dial = False  # the rep has just read the briefing; /brief shows it again
        show([("class:dim", f"☎  Calling again: seed {seed}, {level.difficulty}.\n")])


def _progress(call: RecordedCall, directory: Path) -> str:
    """The rep's best on this scenario before this call, from the sessions saved."""
    from roleplay.review.progress import previous_best, progress_line
    from roleplay.review.sessions import load_summaries

    summaries = load_summaries(directory).summaries if directory.is_dir() else ()
    exclude = str(call.path) if call.path is not None else None
    best = previous_best(summaries, call.trainee, call.scenario.id, exclude=exclude)
    scorecard = call.transcript().scorecard
    return progress_line(best, call.scenario.id, scorecard.score if scorecard else None)
