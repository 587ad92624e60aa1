"""The package's layers (docs/architecture.md): no import circle, no import from a lower layer
up, and Snakemake's own process imports no scikit-learn, matplotlib or pandas."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from graphlib import CycleError, TopologicalSorter

from conftest import REPO

PACKAGE = REPO / "src" / "morf_pipeline"
# Lowest first; the SQL subpackage and the steps are side by side, neither imports the other.
# A module not listed here is a step (``morf_pipeline.sql.*`` is the SQL stage).
FOUNDATIONS = {
    "errors",
    "files",
    "logs",
    "semantics",
    "dates",
    "layout",
    "exports",
    "model_settings",
}
TOP = {"study"}


def module_name(path: str) -> str:
    return path.removesuffix("/__init__").replace("/", ".")


def layer(module: str) -> tuple[int, str]:
    if module in FOUNDATIONS:
        return (0, "foundations")
    if module == "sql" or module.startswith("sql."):
        return (1, "sql")
    if module in TOP:
        return (2, "study")
    return (1, "steps")


def package_imports() -> dict[str, set[str]]:
    """Each module of the package (``sql.queries``, ...) and the package modules it imports,
    at any depth of its code (an import inside a function counts too)."""
    graph: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        module = module_name(path.relative_to(PACKAGE).with_suffix("").as_posix())
        imported: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                relative = name.removeprefix("morf_pipeline.")
                if name.startswith("morf_pipeline.") and (
                    (PACKAGE / f"{relative.replace('.', '/')}.py").is_file()
                    or (PACKAGE / relative.replace(".", "/") / "__init__.py").is_file()
                ):
                    imported.add(relative)
        graph[module] = imported - {module}
    return graph


def test_the_import_graph_has_no_circle() -> None:
    graph = package_imports()
    assert {"sql.catalog", "model_settings"} <= graph["study"]  # the graph is the package's
    try:
        tuple(TopologicalSorter(graph).static_order())
    except CycleError as error:
        raise AssertionError(f"import circle: {' -> '.join(error.args[1])}") from None


def test_no_module_imports_from_a_higher_layer_or_a_sibling_layer() -> None:
    wrong = [
        f"{module} ({layer(module)[1]}) imports {target} ({layer(target)[1]})"
        for module, targets in package_imports().items()
        for target in targets
        if layer(target)[0] > layer(module)[0]
        or (layer(target)[0] == layer(module)[0] and layer(target)[1] != layer(module)[1])
    ]
    assert not wrong


def test_snakemakes_own_process_imports_no_heavy_library() -> None:
    # The modules the rules import run in Snakemake's process on every start-up, dry runs too.
    smk = "\n".join(p.read_text() for p in sorted((REPO / "rules").glob("*.smk")))
    modules = sorted(set(re.findall(r"^\s*from (morf_pipeline[\w.]*) import", smk, re.M)))
    guarded = {"morf_pipeline.model"}  # imported only to check a configured model
    imports = [f"import {m}" for m in modules if m not in guarded]
    code = "\n".join([*imports, "import json, sys", "print(json.dumps(sorted(sys.modules)))"])
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    loaded = set(json.loads(result.stdout))
    assert "morf_pipeline.study" in loaded
    assert not {"sklearn", "matplotlib", "pandas"} & loaded
