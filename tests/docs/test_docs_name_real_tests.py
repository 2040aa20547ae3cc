"""The docs point readers at tests as the specification; every test and path they name exists."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
TEST_NAME = re.compile(r"\btest_[a-z0-9_]+\b")
TEST_PATH = re.compile(r"\btests/[A-Za-z0-9_/]+(?:\.py)?")


def defined_tests():
    names = set()
    for module in (ROOT / "tests").rglob("test_*.py"):
        for node in ast.walk(ast.parse(module.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names.add(node.name)
        names.add(module.stem)
    return names


def named_in_docs(pattern):
    return {
        (document.name, match)
        for document in DOCUMENTS
        for match in pattern.findall(document.read_text())
    }


def test_every_test_named_in_the_docs_exists():
    defined = defined_tests()
    missing = sorted((doc, name) for doc, name in named_in_docs(TEST_NAME) if name not in defined)
    assert missing == []


def test_every_test_path_named_in_the_docs_exists():
    missing = sorted(
        (doc, path) for doc, path in named_in_docs(TEST_PATH) if not (ROOT / path).exists()
    )
    assert missing == []
