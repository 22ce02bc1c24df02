"""No module of pipeline/ binds a top-level name twice: a second definition silently replaces the first for every
reader of the module (round 71 defined a second RECIPIENT_BEFORE in pipeline/patterns/subjects.py, and a 政府园区 filter
that read the first changed three notices)."""
import ast
from pathlib import Path


def _top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


def test_no_module_binds_a_top_level_name_twice():
    root = Path(__file__).resolve().parent.parent / "pipeline"
    twice = {}
    for path in sorted(root.rglob("*.py")):
        names = _top_level_names(ast.parse(path.read_text("utf-8")))
        repeated = sorted({name for name in names if names.count(name) > 1})
        if repeated:
            twice[str(path.relative_to(root.parent))] = repeated
    assert twice == {}
