"""The package version, kept as a literal so that reading it costs no metadata lookup."""

__version__ = "0.1.0"
