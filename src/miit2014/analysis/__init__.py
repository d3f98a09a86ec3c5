"""What is computed from the records: quantities, comparisons, target evaluations, derived
values, queries, search and the audit. Each module loads on first use
(``miit2014.analysis.query`` works after a bare ``import miit2014``)."""

from .._submodules import lazy

__getattr__, __dir__ = lazy(__name__, __path__)
