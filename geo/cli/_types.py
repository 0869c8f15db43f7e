"""Option types shared by the subcommands."""

from __future__ import annotations

import math
from typing import Any

import click

__all__ = ["FiniteFloatRange"]


class FiniteFloatRange(click.FloatRange):
    """A :class:`click.FloatRange` that refuses NaN (which passes any range check: every comparison is false).

    Infinity is already refused by the bounds of the ranges used here.
    """

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """Convert ``value`` as a float range does, then refuse NaN as a usage error."""
        number = super().convert(value, param, ctx)
        if isinstance(number, float) and math.isnan(number):
            self.fail(f"{value!r} is not a number.", param, ctx)
        return number
