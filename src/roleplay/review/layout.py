"""Text tables and paragraphs that fit a terminal's width, never breaking a word.

The review tables are aligned columns. On a wide terminal (or in a file or a pipe, where
there is no width to fit) every row is one line, as before. On a narrow one, in order,
until the table fits:

1. cells wrap at spaces onto more lines, widest column first, never inside a word (a
   mistake code such as ``unprompted-pricing`` stays whole: it is what a reader looks up);
2. a *detail* column (the last, free-text one) moves under its row, indented;
3. *optional* columns are left out, right to left, and a line under the table says which;
4. only then, on a terminal too narrow for the longest word, is a word cut, and an
   ellipsis marks the cut.

Cells are text to show as it is: callers make them printable first. Pure: text in, lines out.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

#: Spaces between two columns.
GAP = 2
#: Indent of a detail line under its row.
DETAIL_INDENT = "    "
#: The narrowest a wrapping column gets once words must be cut (the last resort).
MIN_CUT_WIDTH = 6
ELLIPSIS = "…"


@dataclass(frozen=True)
class Column:
    """How one column behaves when the table is too wide.

    Attributes:
        header: The heading (it wraps at spaces like any cell).
        right: Align to the right (numbers).
        wrap: May wrap at spaces; False keeps every cell on one line (dates, scores).
        optional: May be left out to fit a narrow terminal.
        detail: May move under its row, as ``header: text``.
        late: Wraps only once the other columns can wrap no more (a date and its time
            read best on one line).
    """

    header: str
    right: bool = False
    wrap: bool = True
    optional: bool = False
    detail: bool = False
    late: bool = False


def wrap_words(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width``, broken at spaces only; a word longer than
    the width is cut, with an ellipsis."""
    width = max(width, 1)
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]
    return [line if len(line) <= width else line[: width - 1] + ELLIPSIS for line in lines]


def fit_text(text: str, width: int | None, indent: str = "", hang: str | None = None) -> list[str]:
    """A paragraph in lines that fit ``width`` (one line when ``width`` is None).

    Args:
        text: The paragraph.
        width: The terminal's width, or None for no limit.
        indent: Before the first line.
        hang: Before every later line (default: ``indent``).
    """
    hang = indent if hang is None else hang
    if width is None or len(indent) + len(text) <= width:
        return [indent + text]
    lines = textwrap.wrap(
        text,
        width,
        initial_indent=indent,
        subsequent_indent=hang,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [line if len(line) <= width else line[: width - 1] + ELLIPSIS for line in lines]


def _longest_word(texts: Sequence[str]) -> int:
    return max((len(word) for text in texts for word in text.split()), default=0)


def _shrink(
    columns: Sequence[Column], cells: Sequence[Sequence[str]], budget: int, cut: bool
) -> list[int] | None:
    """Column widths whose sum with the gaps is at most ``budget``, or None.

    Each wrapping column gives up a character at a time, the widest first (a ``late``
    column last), down to its longest word (or, with ``cut``, down to :data:`MIN_CUT_WIDTH`).
    """
    natural = [max(len(row[i]) for row in cells) for i in range(len(columns))]
    floors = []
    for i, column in enumerate(columns):
        if not column.wrap:
            floors.append(natural[i])
            continue
        floor = _longest_word([row[i] for row in cells])
        floors.append(min(floor, MIN_CUT_WIDTH) if cut else floor)
    room = budget - GAP * (len(columns) - 1)
    if sum(floors) > room:
        return None
    widths = list(natural)
    excess = sum(widths) - room
    while excess > 0:
        i = max(
            range(len(widths)),
            key=lambda k: (widths[k] > floors[k], not columns[k].late, widths[k]),
        )
        widths[i] -= 1
        excess -= 1
    return widths


@dataclass(frozen=True)
class FittedTable:
    """A table laid out for a width: the header's lines, each row's lines, and a note.

    Attributes:
        header: The heading's lines.
        rows: Each row's lines (with its detail lines under it), in the rows' order.
        note: Lines saying which columns were left out to fit, if any.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: tuple[str, ...] = ()

    @property
    def lines(self) -> list[str]:
        return [*self.header, *(line for row in self.rows for line in row), *self.note]


def fit_table(
    columns: Sequence[Column], rows: Sequence[Sequence[str]], width: int | None
) -> list[str]:
    """The header and rows as aligned lines that fit ``width`` (see the module's steps).

    Args:
        columns: What each column is and how it may give way.
        rows: The cells, one tuple per row, printable.
        width: The terminal's width, or None for no limit (every row on one line).

    Returns:
        The lines, without newlines, trailing spaces removed.
    """
    return fit_rows(columns, rows, width).lines


def fit_rows(
    columns: Sequence[Column], rows: Sequence[Sequence[str]], width: int | None
) -> FittedTable:
    """As :func:`fit_table`, with each row's lines apart, for callers that put lines of
    their own between rows (a heading per group)."""
    header = [c.header for c in columns]
    shown, detail, widths = _plan(columns, [header, *rows], width)
    kept = [columns[i] for i in shown]
    blocks = []
    for row in rows:
        lines = _row_lines(kept, [row[i] for i in shown], widths)
        if detail is not None and row[detail] not in ("", "-"):
            text = f"{header[detail]}: {row[detail]}"
            lines.extend(fit_text(text, width, DETAIL_INDENT, DETAIL_INDENT + "  "))
        blocks.append(tuple(lines))
    left_out = [c.header for i, c in enumerate(columns) if i not in shown and i != detail]
    note = fit_text(f"({', '.join(left_out)} left out to fit {width} columns)", width)
    return FittedTable(
        tuple(_row_lines(kept, [header[i] for i in shown], widths)),
        tuple(blocks),
        tuple(note) if left_out else (),
    )


def _plan(
    columns: Sequence[Column], table: Sequence[Sequence[str]], width: int | None
) -> tuple[list[int], int | None, list[int]]:
    """Which columns to show, which one goes under its row, and the widths."""
    every = list(range(len(columns)))
    if width is None:
        return every, None, [max(len(row[i]) for row in table) for i in every]
    detail = next((i for i, c in enumerate(columns) if c.detail), None)
    # The layouts to try, in order: all columns; the detail column under its row; then
    # without each optional column in turn, the rightmost first.
    tries: list[tuple[list[int], int | None]] = [(every, None)]
    if detail is not None:
        tries.append(([i for i in every if i != detail], detail))
    keep = list(tries[-1][0])
    for i in reversed(every):
        if columns[i].optional and i in keep:
            keep = [k for k in keep if k != i]
            tries.append((keep, tries[-1][1]))
    for cut in (False, True):
        for shown, below in tries if not cut else tries[-1:]:
            cells = [[row[i] for i in shown] for row in table]
            widths = _shrink([columns[i] for i in shown], cells, width, cut)
            if widths is not None:
                return shown, below, widths
    # Narrower than the narrowest cut: the table overflows, as little as it can.
    shown, below = tries[-1]
    widths = [
        min(max(len(row[i]) for row in table), MIN_CUT_WIDTH)
        if columns[i].wrap
        else max(len(row[i]) for row in table)
        for i in shown
    ]
    return shown, below, widths


def _row_lines(columns: Sequence[Column], row: Sequence[str], widths: Sequence[int]) -> list[str]:
    wrapped = [
        wrap_words(cell, w) if column.wrap else [cell]
        for column, cell, w in zip(columns, row, widths, strict=True)
    ]
    height = max(len(parts) for parts in wrapped)
    out = []
    for n in range(height):
        line = []
        for column, parts, w in zip(columns, wrapped, widths, strict=True):
            text = parts[n] if n < len(parts) else ""
            line.append(text.rjust(w) if column.right else text.ljust(w))
        out.append((" " * GAP).join(line).rstrip())
    return out
