"""Frozen value classes written out, and one ``replace`` for them and for dataclasses.

``@dataclass(frozen=True)`` generates and compiles each class's methods when its module is
imported, and importing ``dataclasses`` brings in ``inspect`` and ``ast``: measured in
instructions, the dataclasses of a one-file ``roleplay score`` cost it more than a bare
Python start. The classes that command builds (a transcript and its turns, the analysis,
the scorecard) are :class:`Frozen` instead: the same init, repr, equality, hash and
read-only fields, written out once.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from typing import Any, TypeVar

    T = TypeVar("T")


class Frozen:
    """A frozen value class, as ``@dataclass(frozen=True)`` makes one (init, repr, eq, hash
    and read-only fields). A subclass names its fields in ``_fields`` and sets them in its
    ``__init__`` with ``object.__setattr__``; :meth:`replace` makes a changed copy.
    """

    _fields: tuple[str, ...] = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._values() == other._values()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())

    def __setattr__(self, name: str, value: object) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def replace(self: T, **changes: Any) -> T:
        """A copy with ``changes`` (field names, as keywords) made."""
        values = {name: getattr(self, name) for name in self._fields}  # type: ignore[attr-defined]
        unknown = set(changes).difference(values)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {sorted(unknown)[0]!r}")
        values.update(changes)
        return type(self)(**values)

    def to_fields(self) -> dict[str, Any]:
        """The fields and their values (what ``dataclasses.asdict`` gives for flat data)."""
        return {name: getattr(self, name) for name in self._fields}


def replace(obj: T, /, **changes: Any) -> T:
    """``dataclasses.replace`` for a dataclass or a :class:`Frozen` alike."""
    if isinstance(obj, Frozen):
        return obj.replace(**changes)
    import dataclasses

    return dataclasses.replace(obj, **changes)  # type: ignore[type-var]
