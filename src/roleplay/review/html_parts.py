"""Small pieces of HTML and SVG shared by the report's modules: escaping and elements.

Every piece of user text goes through :func:`escape`, which also makes control
characters visible (``roleplay.printable``). Pure: text in, text out.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from roleplay.printable import printable


def escape(text: object) -> str:
    """``text`` escaped for HTML text and attribute values."""
    # Printable too: `report --html -` may land on a terminal, and a browser shows ␛
    # better than nothing.
    return html.escape(printable(str(text), keep="\n\t"), quote=True)


def attrs(values: Mapping[str, object]) -> str:
    """`` name="value"`` pairs; ``class_`` -> ``class``, ``text_anchor`` -> ``text-anchor``
    (``viewBox`` keeps its case)."""
    return "".join(f' {k.rstrip("_").replace("_", "-")}="{escape(v)}"' for k, v in values.items())


def open_tag(name: str, **values: object) -> str:
    """``<name attr="...">``."""
    return f"<{name}{attrs(values)}>"


def element(name: str, content: str = "", raw: bool = False, **values: object) -> str:
    """An element; ``content`` is escaped unless ``raw`` (it is markup already)."""
    if not content:
        return f"<{name}{attrs(values)}/>"
    return f"<{name}{attrs(values)}>{content if raw else escape(content)}</{name}>"
