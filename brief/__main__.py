"""`python -m brief`: the same as the `brief` command."""

from .cli import run

run()
