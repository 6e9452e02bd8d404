"""``roleplay new NAME``: write a small, valid, commented scenario to start from."""

from __future__ import annotations

import argparse
import re

from roleplay.authoring.schema import FILE_NAME, schema_json
from roleplay.environment import Environment
from roleplay.errors import ExitStatus, UsageError

EPILOG = """\
Writes NAME.yaml (in ./scenarios unless --dir says otherwise) with a persona, a mood,
four intents, a handful of states, replies and two tests, every part commented. It
passes 'roleplay validate' and 'roleplay test' as written; change it from there.
scenario.schema.json is written beside it too, if missing, so an editor with a YAML
language server completes keys.

examples:
  roleplay new dental_office
  roleplay new cfo_callback --dir ~/training/scenarios
"""

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")

TEMPLATE = """\
# yaml-language-server: $schema=scenario.schema.json
# {name}: a starting point. Rename things, add states, and run
#   roleplay validate {file}     (errors and warnings, with line numbers)
#   roleplay test {name}         (the tests at the bottom)
#   roleplay graph {name}        (a diagram of the states)
# The whole format is described in docs/authoring.md.
format: 1
title: {title}
description: A friendly office manager who will take a meeting if you ask about her week first.
difficulty: easy

# Who the rep is calling. The briefing is what the rep reads before dialling.
persona:
  name: Robin Vega
  role: Office Manager
  company: Vega Dental
  situation: Robin runs the front desk of a four-chair dental practice and is between patients.
  briefing: |
    You are calling Robin Vega, office manager at Vega Dental.
    You sell appointment-reminder software. Ask about her week before you pitch.

# Numbers the prospect carries through the call. Transitions change them with
# 'effects'; conditions ('if') and watch rules test them.
moods:
  patience: {{start: 3, min: 0, max: 5}}

start: greeting     # the state the call starts in
opening: hello      # the reply Robin answers the phone with

# What the rep may express. Example phrases are matched fuzzily, so a handful of
# different wordings is better than many similar ones. Put text in quotes: YAML
# reads a bare yes or no as true/false.
intents:
  introduce:
    description: Says who they are and why they are calling.
    examples:
      - "hi Robin, this is Sam from Remindly, I'm calling about missed appointments"
      - "this is Sam with Remindly, I wanted to talk about no-shows at your practice"
      - "my name is Sam, I help dental offices cut down on missed appointments"
  ask_about_her:
    description: Asks about her practice.
    examples:
      - "how do you remind patients about their appointments today"
      - "how many patients miss their appointments in a typical week"
      - "what happens at the front desk when someone doesn't show up"
  propose_meeting:
    description: Proposes a concrete next step.
    examples:
      - "could we look at it together on Thursday at ten for fifteen minutes"
      - "can I show you on a short call Tuesday afternoon"
      - "would Friday at nine work for a fifteen minute walkthrough"
  say_goodbye:
    description: Ends the call.
    examples:
      - "thanks for your time, goodbye"
      - "okay, have a nice day, bye"

# The conversation. Each state lists what moves it on ('on'), and what happens when
# a line matches none of those ('else'). A state with an 'outcome' ends the call.
states:
  greeting:
    hint: Say your name and why you are calling, in one breath.
    on:
      - {{intent: introduce, to: listening, reply: go_on}}
      - {{intent: say_goodbye, to: ended_early, reply: bye}}
    else: {{to: greeting, reply: who_is_this, effects: {{patience: -1}}}}
  listening:
    hint: Ask how her practice handles reminders today.
    on:
      - {{intent: ask_about_her, to: interested, reply: no_shows}}
      - {{intent: propose_meeting, to: listening, reply: not_yet, effects: {{patience: -1}}}}
      - {{intent: say_goodbye, to: ended_early, reply: bye}}
    else: {{to: listening, reply: busy, effects: {{patience: -1}}}}
  interested:
    hint: She told you her problem. Propose a short call at a set time.
    on:
      - {{intent: propose_meeting, to: booked, reply: sure, if: "patience >= 1"}}
      - {{intent: ask_about_her, to: interested, reply: more_detail}}
      - {{intent: say_goodbye, to: ended_early, reply: bye}}
    else: {{to: interested, reply: busy, effects: {{patience: -1}}}}
  booked:
    description: Robin agrees to a call.
    outcome: success
  ended_early:
    description: The rep ends the call without a next step.
    outcome: neutral
  hung_up:
    description: Robin runs out of patience.
    outcome: failure
    say: click

# Checked after every turn, in every state: out of patience means she hangs up.
watch:
  - {{if: "patience <= 0", to: hung_up}}

# Robin's lines. Several variants each; one is picked at random. {{rep_name}} is the
# rep's first name once they have said it.
replies:
  hello:
    - "Vega Dental, this is Robin."
    - "Good morning, Vega Dental, Robin speaking."
  go_on:
    - "Okay, {{rep_name}}. I have a couple of minutes."
  who_is_this:
    - "Sorry, who is this?"
  no_shows:
    - "Honestly, we call everyone the day before. We still get three or four no-shows a week."
  more_detail:
    - "Mondays are the worst. Half the reminder calls go to voicemail."
  not_yet:
    - "A meeting? You haven't asked me anything about us yet."
  busy:
    - "Sorry, I have a patient waiting. What did you need?"
  sure:
    - "Sure, that works. Send me an invite."
  bye:
    - "Okay, bye."
  click:
    - "I really have to go. Bye."

# Tests: trainee lines, each followed by what must happen. Run with 'roleplay test'.
tests:
  - name: introduce, ask, propose a time
    steps:
      - say: "Hi Robin, this is Sam from Remindly, I'm calling about missed appointments."
        state: listening
      - say: "How do you remind patients about their appointments today?"
        state: interested
      - say: "Could we look at it together on Thursday at ten, for fifteen minutes?"
        state: booked
    outcome: success
  - name: asking for a meeting too early costs patience
    steps:
      - say: "Hi Robin, this is Sam from Remindly, I'm calling about missed appointments."
        state: listening
      - say: "Can I show you on a short call Tuesday afternoon?"
        state: listening
        reply: "haven't asked"
"""


def render(name: str, file: str) -> str:
    """The template filled in for scenario ``name`` written to ``file``."""
    title = name.replace("_", " ").capitalize()
    return TEMPLATE.format(name=name, file=file, title=title)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "name", metavar="NAME", help="scenario id: lower-case letters, digits, underscores"
    )
    parser.add_argument(
        "--dir", default="scenarios", help="folder to write to (default: ./scenarios)"
    )
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")


def run(args: argparse.Namespace, env: Environment) -> int:
    name = args.name[:-5] if args.name.endswith(".yaml") else args.name
    if not _NAME.match(name):
        suggestion = re.sub(r"[^a-z0-9_]+", "_", name.lower()).strip("_")
        hint = f"; try {suggestion!r}" if suggestion and _NAME.match(suggestion) else ""
        raise UsageError(
            f"scenario name {name!r} must be lower-case letters, digits and underscores{hint}"
        )
    directory = env.path(args.dir)
    path = directory / f"{name}.yaml"
    shown = f"{args.dir.rstrip('/')}/{name}.yaml"
    if path.exists() and not args.force:
        raise UsageError(f"{shown} already exists; use --force to overwrite it")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        path.write_text(render(name, shown), encoding="utf-8")
        schema_path = directory / FILE_NAME
        if not schema_path.exists():
            schema_path.write_text(schema_json(), encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {shown}: {exc.strerror or exc}") from None
    env.stdout.write(f"wrote {shown}\nnext: roleplay validate {shown} && roleplay test {shown}\n")
    return ExitStatus.OK
