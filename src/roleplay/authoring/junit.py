"""``roleplay test --junit FILE``: the results as JUnit XML, the report CI systems render.

One ``<testsuite>`` per scenario file and one ``<testcase>`` per test run, with the
shape GitLab, GitHub test reporters, Jenkins and Azure read:

* ``testsuite``: ``name`` (the scenario id), ``tests``, ``failures``, ``errors``,
  ``skipped`` (tests ``-k`` left out: they are not listed) and ``file``;
* ``testcase``: ``classname`` (the scenario id), ``name`` (the test's name), and the
  ``file`` and ``line`` of the test, which GitLab shows and GitHub annotators point at;
* ``failure``: one per failing test; ``message`` is the first thing that did not hold,
  the text lists every one as ``FILE:LINE: message``;
* a scenario that does not load is one ``testcase`` with an ``error``, listing its
  errors as ``roleplay validate`` would.

There are no ``time`` or ``timestamp`` attributes (both optional): the same tests
give the same file, byte for byte, so a report can be compared or kept in git.
Characters XML 1.0 cannot hold (C0 controls other than tab and newline, lone
surrogates, U+FFFE, U+FFFF) are written as visible stand-ins (``␛`` for ESC, as on a
terminal): a hostile test name or path never makes an unreadable report.

Pure: takes a :class:`SuiteResult`, returns text.
"""

from __future__ import annotations

import re

from roleplay.authoring.suite import ScenarioRun, SuiteResult
from roleplay.printable import visible

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

#: Characters XML 1.0 does not allow at all, even escaped (its ``Char`` production).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with every character XML 1.0 cannot hold replaced by a visible stand-in."""
    return _NOT_XML.sub(lambda m: visible(m[0]) if m[0] < "\x20" else f"\\u{ord(m[0]):04x}", text)


def junit_xml(suite: SuiteResult) -> str:
    """The JUnit XML report of ``suite`` (UTF-8, with its XML declaration)."""
    import xml.etree.ElementTree as ET  # here: only --junit needs it

    root = ET.Element(
        "testsuites",
        _attrs(
            name="roleplay test",
            tests=sum(_counted(r) for r in suite.runs),
            failures=suite.failed,
            errors=suite.broken,
        ),
    )
    for run in suite.runs:
        _suite(ET.SubElement(root, "testsuite"), run)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode", short_empty_elements=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def _counted(run: ScenarioRun) -> int:
    """The testcases a scenario file has in the report: one for a broken file."""
    return 1 if run.broken else len(run.results)


def _suite(element: ET.Element, run: ScenarioRun) -> None:
    import xml.etree.ElementTree as ET

    element.attrib.update(
        _attrs(
            name=run.name,
            tests=_counted(run),
            failures=run.failed,
            errors=int(run.broken),
            skipped=run.deselected,
            file=run.file,
        )
    )
    if run.broken:
        first = run.errors[0] if run.errors else None
        case = ET.SubElement(
            element,
            "testcase",
            _attrs(
                classname=run.name,
                name="the scenario loads",
                file=run.file,
                line=first.line if first else None,
            ),
        )
        error = ET.SubElement(
            case,
            "error",
            _attrs(
                type="broken-scenario",
                message=(first.message if first else "the scenario does not load")
                + "; run 'roleplay validate'",
            ),
        )
        error.text = xml_safe("\n".join(str(d) for d in run.errors))
        return
    for result in run.results:
        case = ET.SubElement(
            element,
            "testcase",
            _attrs(classname=run.name, name=result.test.name, file=run.file, line=result.test.line),
        )
        if result.passed:
            continue
        said = [(f.location(run.file), f.message) for f in result.failures]
        failure = ET.SubElement(
            case, "failure", _attrs(type="scenario-test", message=": ".join(said[0]))
        )
        failure.text = xml_safe("\n".join(f"{where}: {message}" for where, message in said))


def _attrs(**values: object) -> dict[str, str]:
    """Attributes in the order given, numbers as text, absent values left out."""
    return {k: xml_safe(str(v)) for k, v in values.items() if v is not None}
