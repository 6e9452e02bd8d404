"""Key bindings of a practice call, beyond prompt_toolkit's defaults."""

from __future__ import annotations

from collections.abc import Callable

from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent


def practice_bindings(on_idle_interrupt: Callable[[], None] | None = None) -> KeyBindings:
    """Bindings for the rep's prompt.

    Ctrl-C clears the line being typed and leaves the call going: in a terminal that
    is what people press to "take it back", and losing a whole call to it would hurt.
    On an empty line it calls ``on_idle_interrupt`` (the session uses it to remind the
    rep how to hang up) instead of raising ``KeyboardInterrupt``.

    Args:
        on_idle_interrupt: Called when Ctrl-C is pressed on an empty line.
    """
    kb = KeyBindings()

    @kb.add("c-c")
    def _clear_line(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        if buffer.text:
            buffer.reset()
        elif on_idle_interrupt is not None:
            on_idle_interrupt()

    return kb
