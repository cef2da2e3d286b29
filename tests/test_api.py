"""The public API: what `kg` exports is exactly its sorted __all__, and every name works."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import tomllib
from pathlib import Path

import kg
from kg.errors import KgError


def test_all_is_sorted_and_complete() -> None:
    exported = {name for name in dir(kg) if not name.startswith("_")}
    # submodules are reachable, not exported; `annotations` is the __future__ feature
    exported -= {n for n in exported if inspect.ismodule(getattr(kg, n))} | {"annotations"}
    assert kg.__all__ == sorted(kg.__all__)
    assert exported == set(kg.__all__) - {"__version__"}


def test_every_module_declares_all() -> None:
    for info in pkgutil.walk_packages(kg.__path__, "kg."):
        module = importlib.import_module(info.name)
        if info.name.rsplit(".", 1)[-1].startswith("_"):
            continue
        assert hasattr(module, "__all__"), f"{info.name} has no __all__"
        for name in module.__all__:
            assert hasattr(module, name), f"{info.name}.__all__ names missing {name}"


def test_public_callables_are_documented() -> None:
    for name in kg.__all__:
        obj = getattr(kg, name)
        if callable(obj):
            assert inspect.getdoc(obj), f"kg.{name} has no docstring"


def test_every_error_is_a_kg_error() -> None:
    errors = [getattr(kg, n) for n in kg.__all__ if n.endswith("Error")]
    assert len(errors) == 6
    assert all(issubclass(e, KgError) for e in errors)
    assert issubclass(kg.AnnotationError, ValueError)
    assert issubclass(kg.KgFileError, OSError)


def test_benchmark_runs() -> None:
    """The benchmark script stays runnable (its figures are reported, never asserted)."""
    import runpy

    bench = runpy.run_path(str(Path(__file__).parent.parent / "benchmarks" / "bench_build.py"))
    bench["main"](["--copies", "1", "--repeat", "1"])


def test_every_subpackage_is_installed() -> None:
    """pyproject lists packages by hand (ontology/ is mapped in): keep the list complete."""
    root = Path(__file__).parent.parent
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(root).parts) for init in (root / "kg").rglob("__init__.py")
    }
    assert found | {"kg.ontology"} == listed
