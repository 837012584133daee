"""The hand-made truth of held-out real templates is well formed (this test needs no shared folder)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from yitaobiao.model import FormKind, Subject

TRUTH = Path(__file__).resolve().parent / "real_truth" / "wl_truth.json"


def test_truth_is_consistent() -> None:
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    field_ids = [f["id"] for f in truth["fields"]]
    assert len(field_ids) == len(set(field_ids))
    in_concepts = [fid for c in truth["concepts"] for fid in c["fields"]]
    assert sorted(in_concepts) == sorted(field_ids), "every field in exactly one concept"
    concept_ids = {c["id"] for c in truth["concepts"]}
    assert all(h["a"] in concept_ids and h["b"] in concept_ids for h in truth["hard_negative_pairs"])
    assert all(re.fullmatch(r"[A-Z]{1,3}[1-9]\d*", f["cell"]) for f in truth["fields"])
    for form in truth["forms"]:
        Subject(form["subject"])
        FormKind(form["kind"])
        assert set(form["fields"]) <= set(field_ids)
    stats = truth["stats"]
    assert stats["duplicate_rate"] == round((stats["fields"] - stats["concepts"]) / stats["fields"], 6)
