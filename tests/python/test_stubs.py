"""The .pyi stubs agree with the module: every function and keyword in the stubs exists, with
the default the C++ options structs give (pybind11 puts those in each docstring's first line)."""

import ast
import pathlib
import re

import pytest

import precis
import precis._precis as core

STUB = pathlib.Path(core.__file__).with_name("_precis.pyi")


def stub_functions():
    if not STUB.exists():
        pytest.skip(f"{STUB} is not installed")
    tree = ast.parse(STUB.read_text())
    found = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            found.setdefault(node.name, node)
        elif isinstance(node, ast.ClassDef) and node.name == "StoryClusterer":
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    found["StoryClusterer"] = item
    return found


def runtime_defaults(obj):
    doc = obj.__init__.__doc__ if isinstance(obj, type) else obj.__doc__
    first = doc.splitlines()[0] if not isinstance(obj, type) else next(
        line for line in doc.splitlines() if line.strip())
    return {m.group(1): ast.literal_eval(m.group(2))
            for m in re.finditer(r"(\w+): [\w\[\], .]+? = ('[^']*'|[-\w.]+)", first)}


def stub_defaults(node):
    args = node.args
    out = {}
    for arg, default in zip(args.kwonlyargs, args.kw_defaults):
        if default is not None and not (isinstance(default, ast.Constant) and default.value is Ellipsis):
            out[arg.arg] = ast.literal_eval(default)
    return out


@pytest.mark.parametrize("name", ["summarize", "read", "rouge", "rouge_corpus", "cluster", "digest",
                                  "StoryClusterer"])
def test_stub_defaults_match_the_module(name):
    stubs = stub_functions()
    assert name in stubs
    if not hasattr(precis, name):
        pytest.skip(f"precis.{name} is not in this build")
    want = runtime_defaults(getattr(precis, name))
    got = stub_defaults(stubs[name])
    assert want, f"no defaults parsed from precis.{name}.__doc__"
    assert got == want
