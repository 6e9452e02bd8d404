"""One module per subcommand: ``add_arguments(parser)`` and ``run(args, env)``; here, the
little that two of them share."""

from __future__ import annotations

from roleplay.printable import printable

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    import argparse

    from roleplay.transcript import Transcript


def add_rep_argument(parser: argparse.ArgumentParser) -> None:
    """``--rep NAME``, for the commands that read one real call at a time (score, show)."""
    parser.add_argument(
        "--rep",
        metavar="NAME",
        help="in a call whose speakers are named (captions, 'Alice Chen: ...' lines), the "
        "speaker who is the rep; a first name is enough if only one speaker has it "
        "(default: a guess, said on stderr)",
    )


def guess_note(transcript: Transcript) -> str:
    """``roleplay: note: FILE: reading X as the rep (...)`` when the rep was guessed, else ""."""
    if transcript.rep is None or not transcript.rep.guessed:
        return ""
    return f"roleplay: note: {printable(f'{transcript.source}: {transcript.rep.note()}')}\n"
