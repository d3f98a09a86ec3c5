"""How the report is shown: terminal text, charts and the command line. Each module
loads on first use."""

from .._submodules import lazy

__getattr__, __dir__ = lazy(__name__, __path__)
