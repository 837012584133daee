"""yitaobiao (一套表): line up the fields of every department's report templates, measure how much is
asked twice, and write the merged template that cadres fill once.

Use from Python::

    from yitaobiao import scan
    result = scan("forms/")
    print(result.summary.duplicate_rate)
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("yitaobiao")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
