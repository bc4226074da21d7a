"""Every picture and table, rendered by a real browser: not blank, and inside its box.

Each display is written to an HTML page and screenshotted with headless
Chromium (``chromium --headless --screenshot``, stdlib ``subprocess``, no browser
driver); :mod:`png_reader` decodes the PNG. A picture is drawn with
``overflow: visible`` on a window larger than its declared size, so anything
drawn outside its box shows up in the margin and fails the test. ``.ci/run``
installs Debian's ``chromium`` and sets ``SOCIALKIT_REQUIRE_BROWSER``, so there a
missing browser fails; elsewhere, without a browser, the tests skip and say why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from png_reader import Image, encode, read

import socialkit
from socialkit import ContentMix, Funnel, examples
from socialkit.calendar import CalendarItem, ContentCalendar, PlanIssue, month_view, plan_many
from socialkit.community import Message, check_practices, check_responsiveness, detect_crisis
from socialkit.frequency import FrequencyRule, PostResult, best_times
from socialkit.funnel import stage_coverage
from socialkit.measure import (
    Mention,
    PostRecord,
    Utm,
    Variant,
    compare_variants,
    format_runs,
    listen,
    load_history,
    rank_partners,
    sharing_profile,
    tag_links,
)
from socialkit.posts import Media, Post, assess, assess_many
from socialkit.strategy import (
    AccountAudit,
    Actor,
    Analysis,
    Audit,
    Persona,
    Presence,
    Profile,
    ProfileCheck,
    Proposal,
    Survey,
    SuspectedImpostor,
    Swot,
    Target,
    ThreeC,
    recommend_platforms,
)
from socialkit.text import extract, measure, measure_many

pytestmark = pytest.mark.browser

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
PAGE = """<!doctype html><html><head><meta charset="utf-8"><style>
html, body {{ margin: 0; padding: 0; background: #ffffff; color: #1f2328; font: 13px sans-serif; }}
#box {{ display: inline-block; }}
svg {{ overflow: visible; display: block; }}
td, th {{ border: 1px solid #999; padding: 2px 6px; }}
</style></head><body><div id="box">{content}</div></body></html>"""
MARGIN = 60
"""Blank space around a picture's declared box, where nothing may be drawn."""
TABLE_WINDOW = (1280, 900)
WHITE = (255, 255, 255)


@cache
def browser() -> str | None:
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


def _needs_browser() -> str:
    found = browser()
    if found is None and os.environ.get("SOCIALKIT_REQUIRE_BROWSER"):
        pytest.fail(
            "SOCIALKIT_REQUIRE_BROWSER is set (.ci/run installed chromium) but no browser is on PATH"
        )
    if found is None:
        pytest.skip(
            "no headless browser on this machine: install Debian's chromium "
            "(apt-get install -y --no-install-recommends chromium, as .ci/run does) to render "
            "the pictures and tables"
        )
    return found


def screenshot(content: str, size: tuple[int, int], work: Path) -> Image:
    """``content`` on a white page, rendered at ``size`` by headless Chromium."""
    page = work / "page.html"
    page.write_text(PAGE.format(content=content), encoding="utf-8")
    out = work / "shot.png"
    command = [
        _needs_browser(),
        "--headless",
        "--no-sandbox",  # CI runs as root in a container
        "--disable-gpu",
        "--hide-scrollbars",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--mute-audio",
        "--force-device-scale-factor=1",
        f"--user-data-dir={work / 'profile'}",
        f"--window-size={size[0]},{size[1]}",
        f"--screenshot={out}",
        page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=90, check=False)
    assert out.exists(), (
        f"chromium wrote no screenshot (exit {done.returncode}): {done.stderr[-800:]}"
    )
    return read(out.read_bytes())


def _size(svg: str) -> tuple[int, int]:
    root = ET.fromstring(svg)
    return int(float(root.get("width", "0"))), int(float(root.get("height", "0")))


@cache
def _calendar() -> socialkit.ContentCalendar:
    spec = examples.strategy("b2b-services").to_plan_spec()
    return socialkit.plan(spec, start=date(2026, 11, 23), end=date(2027, 1, 4))


def _history_best_times() -> str:
    paris = ZoneInfo("Europe/Paris")
    history = [
        PostResult(posted_at=datetime(2026, 10, d, h, tzinfo=paris), engagement=e)
        for d in range(1, 29)
        for h, e in ((9, 0.02), (18, 0.08))
    ]
    return best_times("linkedin", tz=paris, history=history, top=12).to_svg()


PICTURES: dict[str, Callable[[], str]] = {
    "funnel (log scale)": lambda: Funnel.from_volumes(
        [("reach", 600_000), ("visits", 9_000), ("leads", 180), ("customers", 18)],
        stages={"reach": "tofu", "visits": "tofu", "leads": "mofu", "customers": "bofu"},
    ).to_svg(),
    "funnel (dark)": lambda: Funnel.from_volumes(
        {"reach": 600, "leads": 90, "customers": 18}, stages={"reach": "tofu"}
    ).to_svg(theme="dark"),
    "best times (benchmark)": lambda: best_times("instagram", tz="Europe/Paris").to_svg(),
    "best times (history)": _history_best_times,
    "stage coverage": lambda: stage_coverage(
        ["article", "video", "newsletter", "demo", "article"],
        target={"tofu": 60, "mofu": 30, "bofu": 10},
    ).to_svg(),
    "mix drift": lambda: (
        ContentMix({"tips": 3, "offers": 1, "behind the scenes": 1})
        .drift(["tips", "offers", "offers", "offers"])
        .to_svg()
    ),
    "calendar month view": lambda: month_view(_calendar()),
    "calendar month view (dark)": lambda: month_view(_calendar(), theme="dark"),
    "calendar month view (truncated)": lambda: month_view(_calendar(), max_rows=3),
}


def _tables() -> dict[str, str]:
    paris = ZoneInfo("Europe/Paris")
    post = Post(text="Our new guide is out! #b2b #finance #tips #guide " + "x" * 40)
    posts = [datetime(2026, 11, d, 10, tzinfo=paris) for d in (23, 24, 24, 25)]
    stream = [
        Mention(at=datetime(2026, 3, d, 10, tzinfo=paris), source=f"@u{d % 3}", text=t)
        for d, t in ((1, "love kiko"), (2, "sephora or kiko?"), (2, "kiko <3"), (4, "Sephora sale"))
    ]
    history = load_history(
        [
            {"posted_at": f"2026-11-{d:02d} 09:00", "impressions": str(100 * d), "clicks": str(d)}
            for d in range(1, 29)
        ],
        tz="Europe/Paris",
    )
    survey = Survey(
        question="What would you like to see more of?",
        audience="followers",
        answers=["tutorials"] * 24 + ["offers"] * 12 + ["behind the scenes"] * 4,
    )
    funnel = Funnel.from_volumes({"reach": 10_000, "leads": 200, "customers": 20})
    checked = _calendar().assess()
    inbox = [
        Message(
            received_at=datetime(2026, 3, 2, 9, tzinfo=paris),
            platform="x",
            author="@tom",
            answered_at=datetime(2026, 3, 2, 11, tzinfo=paris),
            reply="THANKS, FIXED!",
            answered_by="ana",
        )
    ]
    practices = check_practices(inbox, now=datetime(2026, 3, 5, tzinfo=paris))
    three_c = ThreeC(
        company=Actor(name="Us", presences=[Presence(platform="facebook", followers=500)]),
        competitors=[
            Actor(
                name="Rival",
                presences=[Presence(platform="facebook", followers=9000, posts_per_week=5)],
            )
        ],
        customers=[Target(name="Runners", kind="client", networks=["instagram"])],
    )
    audit = Audit(
        target_networks=["instagram"],
        accounts=[
            AccountAudit(
                platform="instagram",
                answers={"audience_there": True, "business_goal": True, "profile_complete": False},
                notes={"how_they_use_it": "stories and reels, in the evening"},
            ),
            AccountAudit(platform="x", handle="@lumen", answers={"audience_there": False}),
        ],
        impostors=[SuspectedImpostor(platform="tiktok", handle="@lumen.official")],
    )
    profile = Profile(
        platform="x",
        display_name="Lumen Beauty",
        handle="@lumen",
        keywords=["make-up"],
        avatar=Media(kind="image", width=200, height=200),
    )
    return {
        "audit": audit._repr_html_(),
        "account audit": audit.accounts[0]._repr_html_(),
        "3C": three_c._repr_html_(),
        "SWOT": Swot.from_three_c(three_c, "facebook")._repr_html_(),
        "analysis": Analysis(
            target="runners", trends=["trail"], three_c=three_c, audit=audit
        )._repr_html_(),
        "profile check": ProfileCheck(
            profile=profile, platform=socialkit.get_platform("x")
        )._repr_html_(),
        "limit check": measure("é" * 300, "bluesky").checks[1]._repr_html_(),
        "text measure": measure("x" * 300 + " https://example.com", "x")._repr_html_(),
        "text columns (truncated)": measure_many(
            ["x" * n for n in range(0, 600, 25)], "x"
        )._repr_html_(),
        "assessment columns": assess_many([post, "x" * 300], "x")._repr_html_(),
        "platform": socialkit.get_platform("linkedin")._repr_html_(),
        "tagged post": tag_links(
            "Our guide: https://example.com/guides/spring and www.example.org",
            Utm(source="linkedin", medium="social", campaign="spring-guide"),
            "x",
        )._repr_html_(),
        "tagged calendar": _calendar()
        .tag_links(Utm(source="newsletter", medium="email", campaign="spring"))
        ._repr_html_(),
        "responsiveness": check_responsiveness(
            inbox, now=datetime(2026, 3, 5, 10, tzinfo=paris)
        )._repr_html_(),
        "sharing profile": sharing_profile("@ana", history, tz=paris)._repr_html_(),
        "proposal": Proposal(
            kind="pillar_weight",
            target="expertise",
            current="50%",
            proposed="55%",
            evidence="mean 0.042 against 0.031 for the rest (12 posts)",
            p_value=0.012,
        )._repr_html_(),
        "assessment": assess(post, "linkedin")._repr_html_(),
        "comparison": compare_variants(
            Variant(name="A", trials=1000, successes=30),
            Variant(name="B", trials=1000, successes=52),
        )._repr_html_(),
        "strategy": examples.strategy("b2b-services")._repr_html_(),
        "frequency report": FrequencyRule.for_platform("linkedin")
        .report(posts, tz=paris, start=date(2026, 11, 23), end=date(2026, 11, 30))
        ._repr_html_(),
        "best times": best_times("linkedin", tz=paris)._repr_html_(),
        "listening report": listen(
            stream, keywords=["kiko"], competitors=["Sephora"], zone=paris
        )._repr_html_(),
        "history (truncated)": history._repr_html_(),
        "survey summary": survey.summary()._repr_html_(),
        "funnel target": funnel.for_target(40, reach_per_post=800)._repr_html_(),
        "funnel comparison": funnel.compare(funnel.project(20_000))._repr_html_(),
        "calendar": _calendar()._repr_html_(),
        "calendar assessment": checked._repr_html_(),
        "item assessment": checked.items[0]._repr_html_(),
        "practice review (not followed)": next(r for r in practices if r.findings)._repr_html_(),
        "practice review (to review)": practices[0]._repr_html_(),
        "strategy steps": examples.strategy("b2b-services").steps()[0]._repr_html_(),
        **_more_tables(post, funnel),
    }


def _more_tables(post: Post, funnel: Funnel) -> dict[str, str]:
    """Rows of bigger results, and the results of the issue #15 follow-up."""
    paris = ZoneInfo("Europe/Paris")
    at = datetime(2026, 11, 23, 9, tzinfo=paris)
    first = CalendarItem(id="a", platform="x", kind="post", start=at, title="Tips", content="tips")
    twice = ContentCalendar(
        tz=paris,
        start=date(2026, 11, 23),
        end=date(2026, 11, 30),
        items=[
            first,
            CalendarItem(
                id="b",
                platform="x",
                kind="post",
                start=datetime(2026, 11, 24, 9, tzinfo=paris),
                title="Tips",
                content="tips",
            ),
        ],
    )
    quiet = [
        Message(
            received_at=datetime(2026, 4, d, 12, tzinfo=paris),
            platform="facebook",
            author=f"@fan{d}",
            negative=d % 7 == 0,
        )
        for d in range(1, 29)
    ]
    flood = [
        Message(
            received_at=datetime(2026, 4, 29, 18, m, tzinfo=paris),
            platform="facebook",
            author=f"@angry{m}",
            negative=True,
        )
        for m in range(0, 60, 5)
    ]
    spec = examples.strategy("b2b-services").to_plan_spec()
    planned, failed = plan_many(
        {"northwind": spec, "broken": "not a spec"},  # type: ignore[dict-item]
        start=date(2026, 11, 23),
        end=date(2026, 12, 7),
    )
    runs = format_runs(
        [
            PostRecord(
                posted_at=datetime(2026, 3, d, 9, tzinfo=paris),
                platform="facebook",
                format="image",
                pillar="tips",
            )
            for d in range(2, 8)
        ]
    )
    partners = rank_partners(
        {"shoes.co": {"@ana", "@bo", "@cy"}},
        your_network={"@ana"},
        influential={"@ana", "@bo", "@cy"},
    )
    young = Persona(name="Student", age_min=18, age_max=25, networks=["tiktok"])
    return {
        "entities": extract(post.text + " @lumen $KIKO https://example.com/guide")._repr_html_(),
        "conflict": twice.conflicts()[0]._repr_html_(),
        "plan issue": PlanIssue(
            platform="linkedin",
            rule="blackout",
            period="2026-W52",
            shortfall=2,
            reason="7 blackout day(s) in 2026-W52",
        )._repr_html_(),
        "plan issue (long reason)": planned.calendar.issues[0]._repr_html_()
        if planned.calendar
        else "",
        "plan outcome": planned._repr_html_(),
        "plan outcome (failed)": failed._repr_html_(),
        "crisis surge": detect_crisis(quiet + flood)[0]._repr_html_(),
        "format run": runs[0]._repr_html_(),
        "improvement": funnel.bottleneck()._repr_html_(),
        "partner reach": partners[0]._repr_html_(),
        "platform fit": recommend_platforms([young], ["video"])[0]._repr_html_(),
    }


def _check_picture(name: str, svg: str, work: Path) -> list[str]:
    width, height = _size(svg)
    shot = screenshot(svg, (width + MARGIN, height + MARGIN), work)
    problems = []
    if (shot.width, shot.height) != (width + MARGIN, height + MARGIN):
        problems.append(f"{name}: screenshot is {shot.width}x{shot.height}")
    dark = "dark" in name
    background = shot.pixel(width // 2, 2) if dark else WHITE
    if dark and sum(background) / 3 > 80:
        problems.append(f"{name}: the dark theme drew a light background {background}")
    box = (0, 0, width, height)
    ink = shot.ink(box, background)
    if ink < 0.01 * width * height or shot.colours(box) < 3:
        problems.append(f"{name}: blank ({ink} samples drawn in {width}x{height})")
    outside = shot.ink((width + 2, 0, shot.width, shot.height), WHITE) + shot.ink(
        (0, height + 2, width + 2, shot.height), WHITE
    )
    if outside:
        problems.append(f"{name}: {outside} samples drawn outside its {width}x{height} box")
    return problems


def _check_table(name: str, html: str, work: Path) -> list[str]:
    shot = screenshot(html, TABLE_WINDOW, work)
    problems = []
    ink = shot.ink((0, 0, shot.width, shot.height), WHITE)
    if ink < 500:
        problems.append(f"{name}: blank ({ink} samples drawn)")
    edge = shot.ink((shot.width - 8, 0, shot.width, shot.height), WHITE)
    if edge:
        problems.append(f"{name}: {edge} samples reach the right edge of {TABLE_WINDOW[0]} px")
    return problems


def _run_all(jobs: list[tuple[Callable[[str, str, Path], list[str]], str, str]]) -> list[str]:
    def one(job: tuple[Callable[[str, str, Path], list[str]], str, str]) -> list[str]:
        check, name, content = job
        with tempfile.TemporaryDirectory(prefix="socialkit-browser-") as tmp:
            return check(name, content, Path(tmp))

    with ThreadPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:
        return [p for problems in pool.map(one, jobs) for p in problems]


def test_every_picture_renders_inside_its_box() -> None:
    _needs_browser()
    problems = _run_all([(_check_picture, name, make()) for name, make in PICTURES.items()])
    assert not problems, "\n".join(problems)


def test_every_table_renders_and_fits_the_page() -> None:
    _needs_browser()
    problems = _run_all([(_check_table, name, html) for name, html in _tables().items()])
    assert not problems, "\n".join(problems)


def test_the_check_sees_a_blank_picture_and_an_overflow(tmp_path: Path) -> None:
    _needs_browser()
    blank = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"></svg>'
    assert any("blank" in p for p in _check_picture("blank", blank, tmp_path))
    spill = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">'
        '<rect x="0" y="0" width="240" height="50" fill="#4e79a7"/>'
        '<text x="10" y="80">label</text></svg>'
    )
    (tmp_path / "b").mkdir()
    assert any("outside" in p for p in _check_picture("spill", spill, tmp_path / "b"))


@given(
    st.integers(1, 6).flatmap(
        lambda w: st.integers(1, 5).flatmap(
            lambda h: st.tuples(
                st.just(w),
                st.just(h),
                st.lists(st.integers(0, 255), min_size=3 * w * h, max_size=3 * w * h),
                st.lists(st.integers(0, 4), min_size=h, max_size=h),
            )
        )
    )
)
def test_the_png_reader_undoes_every_filter(
    image: tuple[int, int, list[int], list[int]],
) -> None:
    width, height, samples, filters = image
    decoded = read(encode(width, height, samples, filters))
    assert (decoded.width, decoded.height) == (width, height)
    assert b"".join(decoded.rows) == bytes(samples)
