"""Each job is a fresh Python process: its script imports only the libraries its step uses.

On the slow test machine, importing scikit-learn costs ~1.6-1.9 s of CPU, matplotlib ~0.7 s and
pandas ~0.5 s, more than the work of most jobs.
"""

import ast
import json
import subprocess
import sys

import pytest

from conftest import REPO

SCRIPTS = sorted(path.stem for path in (REPO / "scripts").glob("*.py"))
# The only scripts that may import each heavy library.
ALLOWED = {
    "sklearn": {"course_model"},
    "matplotlib": {"course_model", "plot_sessions", "compare_variants"},
    "pandas": set(SCRIPTS)
    - {"course_labels", "sql_queries", "weekly_features", "evaluate_all", "data_report"},
}


def imported_modules(script: str) -> set[str]:
    """The modules loaded by the script's own import statements, in a fresh interpreter."""
    tree = ast.parse((REPO / "scripts" / f"{script}.py").read_text())
    imports = [ast.unparse(n) for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    code = "\n".join([*imports, "import json, sys", "print(json.dumps(sorted(sys.modules)))"])
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    return set(json.loads(result.stdout))


def test_the_allowed_scripts_exist() -> None:
    assert set().union(*ALLOWED.values()) <= set(SCRIPTS)


@pytest.mark.parametrize("script", SCRIPTS)
def test_script_imports_only_the_libraries_its_step_uses(script: str) -> None:
    modules = imported_modules(script)
    unexpected = sorted(
        library
        for library, scripts in ALLOWED.items()
        if script not in scripts and library in modules
    )
    assert not unexpected, f"scripts/{script}.py imports {unexpected}"
