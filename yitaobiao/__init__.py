"""yitaobiao (一套表): line up the fields of every department's report templates, measure how much is
asked twice, and write the merged template that cadres fill once.

Use from Python::

    from yitaobiao import scan, summarise
    result = scan("forms/")
    print(summarise(result).duplicate_rate)
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    """``__version__`` is looked up when asked for: importlib.metadata costs 50 ms at every start."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("yitaobiao")
        except PackageNotFoundError:  # running from a source tree that was never installed
            return "0.0.0"
    raise AttributeError(f"module 'yitaobiao' has no attribute {name!r}")

from .catalog import load_catalog, to_dict  # noqa: E402
from .errors import FormReadError, YitaobiaoError  # noqa: E402
from .match import explain, match_fields  # noqa: E402
from .model import Concept, Field, Finding, Form, Grid, ScanResult  # noqa: E402
from .readers import read_grids  # noqa: E402
from .scan import scan, scan_folder  # noqa: E402
from .stats import summarise  # noqa: E402

__all__ = [
    "Concept", "Field", "Finding", "Form", "FormReadError", "Grid", "ScanResult", "YitaobiaoError", "explain",
    "load_catalog", "match_fields", "read_grids", "scan", "scan_folder", "summarise", "to_dict",
]
