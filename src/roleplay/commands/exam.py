"""``roleplay exam FILE --trainee NAME``: play a trainer's exam, call by call, and save the result.

The exam file is read and every scenario it names loaded before the first call, so a
typo never ends an exam halfway. Each call is an ordinary saved session (mode ``exam``
in its header); the result is one JSON file in ``DIR/exams/``.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from roleplay import color, library
from roleplay.dialogue.exam import EXAM_MODE, CallResult, Exam, ExamResult, call_label, unplayed
from roleplay.dialogue.recording import RecordedCall
from roleplay.dialogue.scenario import Scenario
from roleplay.environment import Environment, isatty, shown_path
from roleplay.errors import ExitStatus, UsageError
from roleplay.review.exams import result_screen
from roleplay.storage_write import save_exam_result, transcripts_dir

EPILOG = """\
An exam file (YAML) names a title, a pass mark on the average score, and the calls,
each a scenario (id, or a path relative to the exam file) with a fixed seed and a
level, so that everyone who takes the exam meets the same prospects:

  format: 1
  title: Week 1 - first calls
  pass_mark: 70
  calls:
    - {scenario: sleepy_skeptic, difficulty: normal, seed: 41}
    - {scenario: gatekeeper, difficulty: hard, seed: 7, pass_mark: 60}

The calls are played in order, each after its briefing, as in practice but with no
mistake flags under your lines, no /hint, and no moods or state in the bottom bar.
/quit (or Ctrl-D) hangs up one call; Ctrl-D at 'Press Enter to dial' stops the exam,
which is then saved as incomplete, and failed.

Each call is saved as a session (under ./transcripts, or --transcripts DIR, or
$ROLEPLAY_TRANSCRIPTS), and the result as one JSON file in DIR/exams/. 'roleplay
review' and 'roleplay report' list the results in an Exams table.

exit status:
  0  the exam was played (pass or fail) or, with --check, the file is sound
  1  --check found errors
  2  the exam file or a scenario it names is missing or broken

examples:
  roleplay exam examples/week1-exam.yaml --trainee dana
  roleplay exam examples/week1-exam.yaml --check
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the exam file (YAML)")
    parser.add_argument(
        "--trainee", metavar="NAME", help="who is taking the exam (default: your user name)"
    )
    parser.add_argument(
        "--transcripts",
        metavar="DIR",
        help="where to save the sessions and the result (default: $ROLEPLAY_TRANSCRIPTS or ./transcripts)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="only check the file and every scenario it names, as 'roleplay validate' does",
    )
    color.add_argument(parser)


def _check(args: argparse.Namespace, env: Environment) -> int:
    exam, diags = library.check_exam_file(env.path(args.file), env.cwd)
    for d in diags:
        env.stdout.write(f"{d}\n")
    errors = sum(d.is_error for d in diags)
    if errors or exam is None:
        env.stdout.write(f"{args.file}: {errors} error{'s' if errors != 1 else ''}\n")
        return ExitStatus.FAILED
    n = len(exam.calls)
    env.stdout.write(
        f"{args.file}: exam {exam.title!r}, {n} call{'s' if n != 1 else ''}, pass mark {exam.pass_mark}: OK\n"
    )
    return ExitStatus.OK


def run(args: argparse.Namespace, env: Environment) -> int:
    if args.check:
        return _check(args, env)
    with color.prompt_colors(args.color):
        return _take(args, env)


def _take(args: argparse.Namespace, env: Environment) -> int:
    path = env.path(args.file)
    if not path.exists():
        raise UsageError("no such exam file", file=args.file)
    if not path.is_file():
        raise UsageError("not an exam file (a folder, device or pipe)", file=args.file)
    exam = library.load_exam(path, env.cwd)
    if not isatty(env.stdin):
        raise UsageError("an exam needs a terminal, and standard input is not one")
    # Every scenario loaded first: a broken one ends the exam before it starts.
    scenarios = [
        library.load_exam_scenario(c.scenario, path, env.cwd).at_level(c.difficulty or None)
        for c in exam.calls
    ]
    from roleplay.session import show  # prompt_toolkit: only once the exam is sound

    directory = transcripts_dir(args.transcripts, env.environ, env.cwd)
    trainee = args.trainee or env.user()
    started = env.now()
    results = list(unplayed(exam))
    # The level each call is played at is known now: record it even for calls not played.
    for i, scenario in enumerate(scenarios):
        results[i] = replace(results[i], scenario=scenario.id, difficulty=scenario.difficulty)
    try:
        for i, scenario in enumerate(scenarios):
            played = _play_call(exam, i, scenario, trainee, env, directory, args.file)
            if played is None:
                break
            results[i] = played
    finally:
        # Written whatever stopped the exam (the last call, Ctrl-D, Ctrl-C, a failure).
        result = ExamResult(
            title=exam.title,
            file=args.file,
            trainee=trainee,
            started=started.isoformat(timespec="seconds"),
            ended=env.now().isoformat(timespec="seconds"),
            pass_mark=exam.pass_mark,
            calls=tuple(results),
        )
        saved = save_exam_result(directory, result.to_dict(), exam.title, trainee, started)
    show([("", "\n" + "─" * 60 + "\n")])
    show([("class:good" if result.passed else "class:bad", result_screen(result))])
    show([("class:dim", f"Saved: {shown_path(saved, env.cwd)}\n")])
    return ExitStatus.OK


def _play_call(
    exam: Exam,
    index: int,
    scenario: Scenario,
    trainee: str,
    env: Environment,
    directory: Path,
    file: str,
) -> CallResult | None:
    """Play call ``index`` of the exam; None when the rep stopped the exam before dialling."""
    from roleplay.session import practice, show

    spec = exam.calls[index]
    n = len(exam.calls)
    call = RecordedCall(
        scenario,
        spec.seed,
        trainee,
        env.now,
        directory,
        EXAM_MODE,
        meta={"exam": exam.title, "exam_file": file, "exam_call": index + 1, "exam_calls": n},
    )
    label = f"{exam.title} · {call_label(index, n)}"
    if not practice(call, exam=label):
        return None
    transcript = call.transcript()
    score = transcript.scorecard.score if transcript.scorecard is not None else 0
    show([("class:dim", f"{call_label(index, n).capitalize()} done.\n\n")])
    return CallResult(
        scenario=scenario.id,
        difficulty=scenario.difficulty,
        seed=spec.seed,
        session=shown_path(call.path, env.cwd) if call.path else None,
        score=score,
        outcome=call.outcome,
        pass_mark=spec.pass_mark,
    )
