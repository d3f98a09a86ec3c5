"""The layer contract: each layer imports only itself and the layers below it.

core < model < edition data < analysis < exchange < views < the facade. Every import
counts, at the top of a module or inside a function, so a lazy import cannot hide an
upward arrow. The model depends on nothing above it: not on the data it is filled with,
not on what is computed from it, not on how it is shown.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import miit2014

PACKAGE = Path(miit2014.__file__).parent

#: Layers from the bottom up; a module belongs to the first whose prefixes match it.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("core", ("miit2014._version", "miit2014._submodules", "miit2014.errors", "miit2014.source")),
    ("model", ("miit2014.model",)),
    (
        "edition",
        (
            "miit2014.figures",
            "miit2014.tasks",
            "miit2014.people",
            "miit2014.organizations",
            "miit2014.initiatives",
            "miit2014.meeting",
            "miit2014.glossary",
            "miit2014.keywords",
            "miit2014.numerals",
            "miit2014.outcomes",
            "miit2014.edition",
            "miit2014._shipped",
        ),
    ),
    ("analysis", ("miit2014.analysis",)),
    ("exchange", ("miit2014.exchange",)),
    ("views", ("miit2014.views",)),
    ("facade", ("miit2014.__main__", "miit2014")),
)
RANK = {name: rank for rank, (name, _) in enumerate(LAYERS)}


def layer_of(module: str) -> str:
    for name, prefixes in LAYERS:
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return name
    raise AssertionError(f"{module} belongs to no layer: add it to LAYERS")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> list[tuple[int, str]]:
    """(line, absolute module) of every import of the package in ``path``, nested ones too."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    return imports_in(path.read_text(encoding="utf-8"), package)


def imports_in(source: str, package: str) -> list[tuple[int, str]]:
    """The package's imports in ``source``, a module of ``package``.

    ``from . import x`` counts as importing ``package.x`` (x may be a module), so a name
    that is only an attribute of a package resolves to the package's layer anyway.
    """
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, a.name) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if node.module is None:
                found.extend((node.lineno, f"{target}.{a.name}") for a in node.names)
            else:
                found.append((node.lineno, target))
    return [(line, t) for line, t in found if t == "miit2014" or t.startswith("miit2014.")]


def known(module: str) -> str:
    """``module``, or the package it names an attribute of if it is not a module itself."""
    parts = module.split(".")
    while parts:
        candidate = PACKAGE.parent.joinpath(*parts)
        if candidate.with_suffix(".py").exists() or (candidate / "__init__.py").exists():
            return ".".join(parts)
        parts.pop()
    raise AssertionError(f"{module} is not part of the package")


SOURCES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_run_only_down_the_layers(path: Path) -> None:
    here = module_name(path)
    mine = layer_of(here)
    upward = [
        f"line {line}: {target} ({layer_of(known(target))})"
        for line, target in imports_of(path)
        if RANK[layer_of(known(target))] > RANK[mine]
    ]
    assert not upward, f"{here} ({mine}) imports from above its layer: {upward}"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_model_knows_only_itself_and_the_core(path: Path) -> None:
    here = module_name(path)
    if layer_of(here) != "model":
        return
    allowed = ("miit2014.model", "miit2014.errors", "miit2014.source")
    outside = [t for _, t in imports_of(path) if not any(known(t).startswith(a) for a in allowed)]
    assert not outside, f"{here} imports {outside}"


def test_nothing_imports_the_command_line_but_the_entry_point() -> None:
    cli = "miit2014.views.cli"
    importers = {
        module_name(path)
        for path in SOURCES
        for _, target in imports_of(path)
        if known(target) == cli or known(target).startswith(cli + ".")
    }
    outside = {m for m in importers if m != cli and not m.startswith(cli + ".")}
    assert outside == {"miit2014.__main__"}


def test_the_checker_sees_nested_and_relative_imports() -> None:
    """The checker itself works: imports inside functions and ``from ..`` forms are found."""
    source = (
        "from . import checks\n"
        "def f():\n"
        "    from ..edition import REPORT\n"
        "    import miit2014.views.plot\n"
    )
    found = [t for _, t in imports_in(source, "miit2014.model")]
    assert found == ["miit2014.model.checks", "miit2014.edition", "miit2014.views.plot"]
    assert RANK[layer_of(found[1])] > RANK[layer_of("miit2014.model.report")]
