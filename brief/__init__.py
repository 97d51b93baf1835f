"""brief: a sourced one-page briefing from a folder of news articles."""

from importlib.metadata import PackageNotFoundError, version

from .errors import BriefError
from .models import Briefing, BuildOptions
from .pipeline import build
from .render import render

try:
    __version__ = version("brief")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"

__all__ = ["BriefError", "Briefing", "BuildOptions", "__version__", "build", "render"]
