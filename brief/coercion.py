"""Option values as typer gives them, without importing pydantic where it changes nothing.

typer (0.2x) coerces every parameter's value through a pydantic TypeAdapter, built the
first time the command runs, for an option left at its default too: importing pydantic and
building the adapters was ~0.1 CPU s of every `brief build` (a tenth of a one-story
briefing). Most values need no coercion: a text option's value is already its text, a
default is already of its type, and a path is the Path of its text (typer's own checks of
it then run as before). Those are handed over as typer's adapters would hand them; anything
else (a number or a list typed on the command line, a value of the wrong shape) goes through
typer's own coercion, with its messages.

With a typer that has no such layer (no `typer._coercion`), nothing changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

try:
    from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
    from typer._param_types import coerce_cli_path
except ImportError:  # an older typer: it coerces without pydantic
    RuntimeParam = None


def plain_values(params: list[Any]) -> None:
    """Give each of a command's parameters the plain coercion below (before parsing)."""
    if RuntimeParam is None:
        return
    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        if (
            isinstance(descriptor, TypeDescriptor)
            and getattr(param, "_runtime_param", False) is None
            and descriptor.file_annotation is None
        ):
            param._runtime_param = _plain(descriptor)


def _plain(descriptor: Any) -> Any:
    info = descriptor.parameter_info
    plain = (
        info.parser is None
        and getattr(info, "click_type", None) is None
        and info.min is None
        and info.max is None
    )
    kind = descriptor.annotation if plain else None
    if kind is Path and info.path_type is not None:
        kind = None
    return _PlainRuntimeParam(info, descriptor.annotation, kind, descriptor)


if RuntimeParam is not None:

    @dataclass(frozen=True)
    class _PlainRuntimeParam(RuntimeParam):
        kind: Any  # str, int, float or Path when the value may skip the adapter; else None
        descriptor: Any

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            kind = self.kind
            if kind in (str, int, float) and type(value) is kind:
                return value  # what the adapter returns for a value of its own type
            if kind is Path and type(value) is str:
                # typer's path coercion, given the Path its adapter would make of the text.
                return coerce_cli_path(
                    Path(value), self.parameter_info, path_type=Path, param=param, ctx=ctx
                )
            coerce = build_runtime_param(self.descriptor)._coerce_value
            return coerce(value, param=param, ctx=ctx)
