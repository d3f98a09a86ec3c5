"""How the records leave the package: JSON, its schema, CSV tables and data packages,
DataFrames, citations, and the registry of formats. Each module loads on first use
(``miit2014.exchange.tables`` works after a bare ``import miit2014``)."""

from .._submodules import lazy

__getattr__, __dir__ = lazy(__name__, __path__)
