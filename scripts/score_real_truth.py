"""Score the tool on the hand-labelled held-out real templates (tests/real_truth/wl_truth.json).

    python scripts/score_real_truth.py [--forms ../shared/real_forms/taizhou_zhengzhaoku_docx]

Copies the labelled files into a temporary folder laid out as the truth's paths, scans it with the
library, scores it with ../shared/eval/evaluate.py when that exists, and reports how many forms got the
subject, target group and kind of the truth.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRUTH = ROOT / "tests" / "real_truth" / "wl_truth.json"
DEFAULT_FORMS = ROOT.parent / "shared" / "real_forms" / "taizhou_zhengzhaoku_docx"
EVALUATE = ROOT.parent / "shared" / "eval" / "evaluate.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", type=Path, default=DEFAULT_FORMS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from yitaobiao import scan, summarise
    from yitaobiao.catalog import to_dict

    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "wl"
        for form in truth["forms"]:
            target = folder / form["path"]
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(args.forms / form["path"], target)
        result = scan(folder)
        catalog = to_dict(result, summarise(result))
        out = Path(tmp) / "scan.json"
        out.write_text(json.dumps(catalog, ensure_ascii=False), encoding="utf-8")
        if EVALUATE.exists():
            subprocess.run([sys.executable, str(EVALUATE), str(out), str(TRUTH)], check=False)
    predicted = {(f["path"], f["sheet"]): f for f in catalog["forms"]}
    hits = {"subject": 0, "population": 0, "kind": 0}
    for form in truth["forms"]:
        got = predicted.get((form["path"], form["sheet"]), {})
        for key in hits:
            hits[key] += got.get(key) == form[key]
            if got.get(key) != form[key]:
                print(f"  {key}: {form['path']} truth={form[key]} tool={got.get(key)}")
    n = len(truth["forms"])
    print("form facts: " + " ".join(f"{k}={v}/{n}" for k, v in hits.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
