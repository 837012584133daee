"""Layout recognition never fails on odd grids, and what it returns points at real label cells."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from yitaobiao.layout import parse_grid
from yitaobiao.model import CellRange, Grid

WORDS = ["", "", "", "姓名", "性别", "身份证号", "指标名称", "计量单位", "本期", "上年同期", "合计", "序号", "1", "2", "甲",
         "填报单位：", "填报人：", "□男 □女", "其中：女", "一、人口", "备注", "基本情况", "（元）", "说明：本表…", "2025年"]


@st.composite
def grids(draw: st.DrawFn) -> Grid:
    height = draw(st.integers(1, 12))
    width = draw(st.integers(1, 8))
    rows = [[draw(st.sampled_from(WORDS)) for _ in range(width)] for _ in range(height)]
    merges: list[CellRange] = []
    taken: set[tuple[int, int]] = set()
    for _ in range(draw(st.integers(0, 6))):
        top, left = draw(st.integers(0, height - 1)), draw(st.integers(0, width - 1))
        bottom = draw(st.integers(top, min(height - 1, top + 3)))
        right = draw(st.integers(left, min(width - 1, left + 3)))
        cells = {(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)}
        if len(cells) > 1 and not cells & taken:
            taken |= cells
            merges.append(CellRange(top, left, bottom, right))
    fmt = draw(st.sampled_from(["xlsx", "csv", "docx"]))
    return Grid("t", "S", rows, merges if fmt != "csv" else [], source_format=fmt)


@settings(max_examples=300, deadline=None)
@given(grids())
def test_parse_grid_never_fails_and_fields_are_label_cells(grid: Grid) -> None:
    parsed = parse_grid(grid)
    if parsed is None:
        return
    seen = set()
    for f in parsed.fields:
        assert 0 <= f.row < grid.height and 0 <= f.col < grid.width
        assert grid.is_anchor(f.row, f.col)
        assert grid.rows[f.row][f.col].strip(), "a field's cell holds its label"
        assert (f.row, f.col) not in seen, "one field per label cell"
        seen.add((f.row, f.col))
        assert f.header_path and f.header_path[-1].strip()
