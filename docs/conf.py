"""Sphinx configuration: MyST Markdown pages and a Jupyter notebook (MyST-NB, executed at
every build), the furo theme, and the pages generated from the installed package at build
time by ``_ext/generate.py``."""

from __future__ import annotations

import sys
from pathlib import Path

import miit2014

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "miit2014"
author = "miit2014 contributors"
copyright = "miit2014 contributors; source text: Ministry of Industry and Information Technology"
release = miit2014.__version__
version = release

extensions = [
    "myst_nb",  # MyST Markdown, and notebooks executed at build time
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
    "generate",
]

source_suffix = {".md": "myst-nb", ".ipynb": "myst-nb"}
root_doc = "index"
language = "en"
# generated/ holds fragments that the pages include; they are not pages of their own.
exclude_patterns = ["_build", "generated", "Thumbs.db", ".DS_Store"]

myst_enable_extensions = ["colon_fence", "deflist", "fieldlist"]
myst_heading_anchors = 3

# The notebook pages are run anew at every build, in a fresh kernel, so their outputs are
# the package's as it is now; a cell that raises fails the build.
nb_execution_mode = "force"
nb_execution_raise_on_error = True
nb_execution_timeout = 300
nb_output_stderr = "remove-warn"  # a warning printed by a cell is a build warning too

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"show-inheritance": True}

html_theme = "furo"
html_title = f"miit2014 {release}"
html_static_path = ["_static"]
html_css_files = ["site.css"]
html_favicon = "_static/favicon.svg"
html_show_sourcelink = False
