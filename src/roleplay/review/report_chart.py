"""The report's trend chart: inline SVG, one panel per level, a line per trainee.

It draws a :class:`roleplay.review.trend.Trend` (which settles the axis and the levels):
each session a dot, each trainee's rolling average a line, the pass mark a dashed rule,
and a legend. No script, no fonts, nothing fetched. Pure: data in, a string out.
"""

from __future__ import annotations

from datetime import datetime

from roleplay.printable import clip
from roleplay.review.html_parts import element, escape, open_tag
from roleplay.review.trend import ORDER, Trend, TrendPoint

#: Line colours, one per trainee (colour-blind-friendly, after Okabe & Ito).
PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#f0e442")

WIDTH = 1000
LEFT, RIGHT, TOP, BOTTOM = 56, 170, 12, 44
PANEL_HEIGHT, PANEL_GAP = 190, 40


def trend_chart(trend: Trend, pass_mark: int | None = None) -> str:
    """The chart as an ``<svg>`` with a caption that says how to read it.

    Args:
        trend: What to draw.
        pass_mark: Drawn as a dashed rule in every panel, when one mark applies to all.
    """
    if not trend.points:
        return '<p class="muted">No finished, scored sessions to chart.</p>'
    plot_w = WIDTH - LEFT - RIGHT
    height = TOP + len(trend.levels) * (PANEL_GAP + PANEL_HEIGHT) + BOTTOM
    x = _x_scale(trend, LEFT, plot_w)
    out = [
        open_tag(
            "svg",
            xmlns="http://www.w3.org/2000/svg",
            id="trend-chart",
            role="img",
            aria_labelledby="trend-title",
            viewBox=f"0 0 {WIDTH} {height}",
            width="100%",
            style=f"max-width:{WIDTH}px",
            data_axis=trend.axis,
        ),
        '<title id="trend-title">Rolling average score per trainee, one panel per level</title>',
    ]
    colours = {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(trend.trainees)}
    for n, level in enumerate(trend.levels):
        top = TOP + PANEL_GAP + n * (PANEL_GAP + PANEL_HEIGHT)
        out += _panel(trend, level, top, plot_w, x, colours, pass_mark)
    bottom_y = TOP + len(trend.levels) * (PANEL_GAP + PANEL_HEIGHT)
    out += _x_axis(trend, bottom_y, plot_w, height)
    out += _legend(trend, colours, LEFT + plot_w + 20)
    out.append("</svg>")
    out.append(f'<p class="muted" id="trend-note">{escape(trend.note)}</p>')
    return "\n".join(out)


def _x_scale(trend: Trend, left: float, plot_w: float):
    """x of a point: by its place in the order, or by its time (padded off the axes)."""
    if trend.axis == ORDER:
        count = len(trend.points)
        return lambda p: left + plot_w * (p.index + 0.5) / count
    start, end = trend.points[0].moment, trend.points[-1].moment
    pad = (end - start) * 0.03  # keep the first and last points off the axes
    start, end = start - pad, end + pad
    span = (end - start).total_seconds()
    return lambda p: left + plot_w * (p.moment - start).total_seconds() / span


def _y(score: float, top: float) -> float:
    return top + PANEL_HEIGHT * (1 - max(0.0, min(100.0, score)) / 100)


def _panel(
    trend: Trend,
    level: str,
    top: int,
    plot_w: int,
    x,
    colours: dict[str, str],
    pass_mark: int | None,
) -> list[str]:
    count = sum(p.level == level for p in trend.points)
    title = f"{level} · {count} session{'s' if count != 1 else ''}"
    out = [
        open_tag("g", class_="panel", data_level=level),
        element("text", title, x=LEFT, y=top - 10, font_weight="600"),
        element(
            "rect",
            x=LEFT,
            y=top,
            width=plot_w,
            height=PANEL_HEIGHT,
            fill="#fbfcfd",
            stroke="#d9e2ec",
        ),
    ]
    for score in range(0, 101, 25):
        yy = round(_y(score, top), 1)
        out.append(element("line", x1=LEFT, x2=LEFT + plot_w, y1=yy, y2=yy, stroke="#e4e7eb"))
        out.append(element("text", str(score), x=LEFT - 8, y=yy + 4, text_anchor="end"))
    if pass_mark is not None:
        yy = round(_y(pass_mark, top), 1)
        out.append(
            element(
                "line",
                class_="pass-mark",
                x1=LEFT,
                x2=LEFT + plot_w,
                y1=yy,
                y2=yy,
                stroke="#b42318",
                stroke_dasharray="6 4",
            )
        )
        out.append(element("text", f"pass {pass_mark}", x=LEFT + 4, y=yy - 4, fill="#b42318"))
    for trainee in trend.trainees:
        points = trend.series(level, trainee)
        if points:
            out += _series(trainee, points, top, x, colours[trainee])
    out.append("</g>")
    return out


def _series(trainee: str, points: list[TrendPoint], top: int, x, colour: str) -> list[str]:
    out = [open_tag("g", class_="series", data_trainee=trainee)]
    if len(points) > 1:
        coords = " ".join(f"{x(p):.1f},{_y(p.rolling, top):.1f}" for p in points)
        out.append(
            element(
                "polyline",
                class_="rolling",
                points=coords,
                fill="none",
                stroke=colour,
                stroke_width=2.5,
            )
        )
    for p in points:
        tooltip = element(
            "title",
            f"{trainee} · {p.moment:%Y-%m-%d %H:%M} UTC · score {p.score} · "
            f"rolling average {p.rolling:.0f}",
        )
        out.append(
            element(
                "circle",
                tooltip,
                raw=True,
                class_="dot",
                cx=round(x(p), 1),
                cy=round(_y(p.score, top), 1),
                r=4,
                fill=colour,
                stroke="#fff",
            )
        )
    out.append("</g>")
    return out


def _x_axis(trend: Trend, bottom_y: int, plot_w: int, height: int) -> list[str]:
    out = [element("line", x1=LEFT, x2=LEFT + plot_w, y1=bottom_y, y2=bottom_y, stroke="#616e7c")]
    ticks: list[tuple[float, str]] = []
    if trend.axis == ORDER:
        count = len(trend.points)
        step = max(1, -(-count // 10))  # at most about ten labels
        for i in range(0, count, step):
            ticks.append((LEFT + plot_w * (i + 0.5) / count, str(i + 1)))
        when = f" on {trend.day.isoformat()}" if trend.day else " within one day"
        label = f"session, in order (all{when})"
    else:
        start, end = trend.points[0].moment, trend.points[-1].moment
        pad = (end - start) * 0.03
        start, end = start - pad, end + pad
        for i in range(7):
            moment: datetime = start + (end - start) * i / 6
            ticks.append((LEFT + plot_w * i / 6, f"{moment:%b %d}"))
        label = "date"
    for xx, text in ticks:
        xx = round(xx, 1)
        out.append(element("line", x1=xx, x2=xx, y1=bottom_y, y2=bottom_y + 5, stroke="#616e7c"))
        out.append(element("text", text, x=xx, y=bottom_y + 20, text_anchor="middle"))
    out.append(
        element(
            "text",
            label,
            x=round(LEFT + plot_w / 2, 1),
            y=height - 6,
            text_anchor="middle",
            fill="#616e7c",
        )
    )
    return out


def _legend(trend: Trend, colours: dict[str, str], lx: int) -> list[str]:
    out = []
    for i, trainee in enumerate(trend.trainees):
        ly = TOP + PANEL_GAP + 10 + i * 22
        count = sum(p.trainee == trainee for p in trend.points)
        colour = colours[trainee]
        out += [
            open_tag("g", class_="legend"),
            element("line", x1=lx, x2=lx + 24, y1=ly, y2=ly, stroke=colour, stroke_width=3),
            element("circle", cx=lx + 12, cy=ly, r=4, fill=colour),
            element("text", f"{clip(trainee, 18)} ({count})", x=lx + 32, y=ly + 4),
            "</g>",
        ]
    return out
