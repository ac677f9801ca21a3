"""Benchmark: a 3-page 会议纪要 (GB/T 9704-2012) built in process; prints time and file size.

    .venv/bin/python bench/bench_minutes.py [--runs N] [--json]

Target (issue 4): under 0.5 s and under 250 KB with subset fonts. "cold" includes finding and
registering the fonts (first print after start); "warm" is every later print.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kydesk.domain.models import Attendance, AttendanceRole, Decision, Meeting  # noqa: E402
from kydesk.printing.fonts import resolve_fonts  # noqa: E402
from kydesk.printing.minutes import build_minutes_pdf  # noqa: E402

PARAGRAPHS = [
    "7月5日下午，市康养之都建设工作专班召开第三次推进会，听取近期工作进展情况的汇报，了解掌握存在问题，"
    "安排部署下一步重点工作。会议由李强同志主持，专班各成员单位负责同志参加会议。",
    "会议认为，上半年全市上下拧成一股绳、拼着一股劲，细化目标任务，强化工作措施，康养之都建设各项任务稳步推进。"
    "成功入选国家级全域森林康养试点建设市、陕西省森林康养基地；6县1区全部入选“美丽中国·深呼吸小城”预备名单；"
    "康养大数据平台建设完成15个部门50余万条数据对接，健康医药产业产值增速16.4%。",
    "一、准确研判形势，找准症结所在",
    "会议指出，当前我市文旅康养产业存在以下问题：一是龙头不强，缺少5A级景区、国家级旅游度假区；二是品牌不彰，"
    "高附加值的产品不多；三是氛围不浓——通过融媒体矩阵和新媒体对外宣传的力度不够……各单位要高度重视。",
    "（一）坚持规划引领。要对照《商洛市康养之都建设三年行动方案（2024—2026年）》，逐项梳理目标任务，建立台账，"
    "挂图作战，确保“时间过半、任务过半”。",
    "（二）强化项目支撑。围绕“一核、两环、两带、多片”的空间布局，深入开展基础提升、景区提级、业态提质行动，"
    "加快柞水云山湖森林康养度假区、丹凤鱼岭水寨等项目建设，力争年内完成投资30亿元以上。",
    "二、压实工作责任，确保任务落地",
    "各县区、各成员单位要按照“一季度一督查一通报，年终考核”的要求，强化督办落实和考核奖惩，确保各项工作落到实处。"
    "专班办公室要加强统筹协调，每月5日前汇总各单位工作进展，对进度滞后的任务及时亮灯督办。",
]


def three_page_meeting() -> Meeting:
    m = Meeting(id="bench", title="关于加快推进康养之都建设重点项目的会议纪要", date=date(2024, 7, 5), kind="推进会",
                number=3, summary="\n\n".join(PARAGRAPHS + PARAGRAPHS[1:2] + PARAGRAPHS[3:4] + PARAGRAPHS[7:]),
                issuer="商洛市康养之都建设工作专班办公室", issued=date(2024, 7, 8),
                distribution="市委办公室，市政府办公室，各县区人民政府，市康养专班各成员单位")
    for i, (name, unit) in enumerate([("张华", "市发改委"), ("李明", "市民政局"), ("赵丽", "市卫健委"),
                                      ("陈刚", "市文旅局"), ("周强", "市林业局"), ("吴敏", "市体育局")]):
        m.attendance.append(Attendance(id=f"a{i}", meeting_id=m.id, name=name, unit=unit, ord=i))
    m.attendance.append(Attendance(id="l", meeting_id=m.id, name="王五", unit="市商务局",
                                   role=AttendanceRole.LEAVE, reason="因公出差"))
    m.decisions.append(Decision(id="d", meeting_id=m.id, text="加快推进康养大数据平台建设", lead_unit="市大数据局"))
    return m


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    meeting = three_page_meeting()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "minutes.pdf"
        t0 = time.perf_counter()
        result = build_minutes_pdf(meeting, out, org_name="商洛市康养之都建设工作专班")
        cold = time.perf_counter() - t0
        warm = []
        for _ in range(max(1, args.runs)):
            t0 = time.perf_counter()
            build_minutes_pdf(meeting, out, org_name="商洛市康养之都建设工作专班")
            warm.append(time.perf_counter() - t0)
        size = out.stat().st_size
    fonts = resolve_fonts()
    figures = {
        "benchmark": "minutes_3_pages",
        "pages": result.pages,
        "cold_seconds": round(cold, 4),
        "warm_median_seconds": round(statistics.median(warm), 4),
        "warm_max_seconds": round(max(warm), 4),
        "size_bytes": size,
        "size_kb": round(size / 1024, 1),
        "fallback_font": fonts.fallback,
        "target_seconds": 0.5,
        "target_kb": 250,
        "ok": max(cold, max(warm)) < 0.5 and size < 250 * 1024,
    }
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        print(f"3-page 纪要: {result.pages} pages, cold {cold:.3f} s (finding and registering fonts), "
              f"warm median {figures['warm_median_seconds']:.3f} s (max {figures['warm_max_seconds']:.3f} s), "
              f"{figures['size_kb']} KB — targets < 0.5 s, < 250 KB: {'met' if figures['ok'] else 'NOT met'}")
    return 0 if figures["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
