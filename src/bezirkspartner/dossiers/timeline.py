"""The dossier's timeline chart: one bar per phase on a month axis, as self-contained SVG.

Pure: takes phases and labels, returns markup. The same SVG goes into the page and the PDF;
the page also shows the phases as a table (the chart's text alternative).
"""

from __future__ import annotations

from html import escape

from bezirkspartner.dossiers.costs import Phase

ROW = 34
LABEL_WIDTH = 230
MONTH_WIDTH = 18
TOP = 30
LABEL_CHARS = 32
COLOURS = ("#1d5f8a", "#2f7d32", "#8a4b00", "#6a3d9a", "#a0153e")


def _index(year_month: tuple[int, int], origin: tuple[int, int]) -> int:
    return (year_month[0] - origin[0]) * 12 + year_month[1] - origin[1]


def timeline_svg(phases: list[Phase], labels: dict[str, str], *, title: str, desc: str) -> str:
    """An SVG Gantt chart; `labels` maps phase keys to their visible names."""
    if not phases:
        return ""
    origin = (min(p.start for p in phases)[0], 1)
    last = max(p.end for p in phases)
    months = _index((last[0], 12), origin) + 1
    width = LABEL_WIDTH + months * MONTH_WIDTH + 10
    height = TOP + ROW * len(phases) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="tl-title tl-desc" '
        f'viewBox="0 0 {width} {height}" width="100%" class="timeline-chart" '
        f'font-family="DejaVu Sans, Arial, sans-serif" font-size="12">',
        f'<title id="tl-title">{escape(title)}</title><desc id="tl-desc">{escape(desc)}</desc>',
    ]
    for offset in range(0, months, 12):
        x = LABEL_WIDTH + offset * MONTH_WIDTH
        parts.append(
            f'<line x1="{x}" y1="{TOP - 18}" x2="{x}" y2="{height - 5}" stroke="#767676" '
            f'stroke-width="1"/><text x="{x + 4}" y="{TOP - 8}" fill="#222">'
            f"{origin[0] + offset // 12}</text>"
        )
    for row, phase in enumerate(phases):
        y = TOP + row * ROW
        start = _index(phase.start, origin)
        span = _index(phase.end, origin) - start + 1
        colour = COLOURS[row % len(COLOURS)]
        label = labels.get(phase.key, phase.key)
        label = escape(label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…")
        parts.append(
            f'<text x="0" y="{y + ROW / 2 + 4}" fill="#222">{label}</text>'
            f'<rect x="{LABEL_WIDTH + start * MONTH_WIDTH}" y="{y + 6}" '
            f'width="{span * MONTH_WIDTH}" height="{ROW - 12}" rx="3" fill="{colour}"/>'
        )
    parts.append("</svg>")
    return "".join(parts)
