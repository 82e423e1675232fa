"""The .pyi stubs describe the module as it is: the same public names, the same
methods, the same parameters."""

import ast
import inspect
import pathlib

import alentour

STUB = pathlib.Path(alentour.__file__).with_name("__init__.pyi")


def stub_tree():
    return ast.parse(STUB.read_text())


def stub_parameters(function):
    args = function.args
    return [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs]


def public_members(cls):
    return {n for n in vars(cls) if not n.startswith("_")}


def test_the_stub_names_every_public_name():
    names = {n.name for n in stub_tree().body if isinstance(n, (ast.ClassDef, ast.FunctionDef))}
    names |= {t.id for n in stub_tree().body if isinstance(n, ast.AnnAssign) for t in [n.target]}
    exported = set(alentour.__all__) | {"__version__"}
    assert exported <= names
    assert {n for n in names if n[0].isupper() and n not in ("PathLike", "ProgressArg", "Points")} <= exported


def test_classes_and_functions_have_the_stub_signatures():
    for node in stub_tree().body:
        if isinstance(node, ast.FunctionDef):
            assert stub_parameters(node) == list(inspect.signature(getattr(alentour, node.name)).parameters), node.name
        if not isinstance(node, ast.ClassDef) or node.name not in alentour.__all__:
            continue
        cls = getattr(alentour, node.name)
        methods = {m.name: m for m in node.body if isinstance(m, ast.FunctionDef)}
        fields = {m.target.id for m in node.body if isinstance(m, ast.AnnAssign)}
        if issubclass(cls, alentour.Error) or issubclass(cls, tuple):
            assert fields <= set(dir(cls)) | set(getattr(cls, "_fields", ())), node.name
            continue
        assert set(methods) == public_members(cls), node.name
        for name, method in methods.items():
            if any(isinstance(d, ast.Name) and d.id == "property" for d in method.decorator_list):
                assert isinstance(vars(cls)[name], property), f"{node.name}.{name}"
                continue
            parameters = list(inspect.signature(getattr(cls, name)).parameters)
            expected = stub_parameters(method)
            if expected[:1] == ["cls"]:
                expected = expected[1:]
            assert parameters == expected, f"{node.name}.{name}"


def test_everything_public_has_a_docstring():
    for name in ("Region", "Catchment", "Ranking", "make_map", "Error"):
        assert getattr(alentour, name).__doc__, name
    for name in ("build", "load", "times", "catchment", "rank"):
        assert getattr(alentour.Region, name).__doc__, name
