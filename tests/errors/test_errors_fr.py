"""Under ``language("fr")`` an error says what was wrong in French, from every subpackage.

Each case triggers one error at a distinct raise site; its French message must hold
no English phrase the catalogue translates, nor the words "expected" and "got",
and must say "attendu" and "reçu" where the English says "expected" and "got".
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

import socialkit
from socialkit import io
from socialkit._core import fields, numbers
from socialkit._core import time as sktime
from socialkit.calendar import Channel, ContentCalendar, FixedEvent, PlanSpec
from socialkit.community import Message
from socialkit.frequency import Frequency, FrequencyRule, PostingWindow, QuietHours
from socialkit.funnel import Funnel, FunnelStep
from socialkit.measure import (
    Variant,
    click_through_rate,
    growth_rate,
    load_history,
    parse_utm,
    sample_size,
    utm,
)
from socialkit.mix import ContentMix
from socialkit.platforms import Period, get_platform
from socialkit.posts import Post
from socialkit.strategy import Persona, SmartGoal
from socialkit.text import measure

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "src" / "socialkit" / "locale" / "fr" / "LC_MESSAGES" / "socialkit.po"


def _blackout_plan() -> object:
    spec = PlanSpec.simple(platforms=["x"], tz="UTC", blackouts=[date(2026, 12, 25)])
    return socialkit.plan(spec, start=date(2026, 12, 25), end=date(2026, 12, 26))


def _broken_checker() -> object:
    return socialkit.assess(Post(text="hi"), "x", checkers={"spelling": lambda post: 1 / 0})


CASES: dict[str, Callable[[], object]] = {
    "numbers.exact": lambda: numbers.exact("lots", "share", text=True),
    "fields.check int": lambda: fields.check("3", int, "count"),
    "fields.check tuple": lambda: fields.check((1, 2), tuple[int, int, int], "triple"),
    "time.to_zone unknown": lambda: sktime.to_zone("Europe/Pariss"),
    "time.to_zone type": lambda: sktime.to_zone(42),
    "time.utc_of naive": lambda: sktime.utc_of(datetime(2026, 1, 1), "when"),
    "enum": lambda: Period("fortnight"),
    "language": lambda: socialkit.set_language(42),  # type: ignore[arg-type]
    "funnel volumes": lambda: Funnel.from_volumes([("seen", 10), ("clicked", 20)]),
    "funnel step": lambda: FunnelStep(name="seen", volume=-1),
    "mix weight": lambda: ContentMix({"brand": -1}),
    "mix category": lambda: ContentMix.preset("pillars")["fashon"],
    "frequency range": lambda: Frequency(minimum=5, maximum=2, per="week"),
    "frequency quiet hours": lambda: QuietHours(start=time(9), end=time(9)),
    "frequency window": lambda: PostingWindow(weekday=9, start=time(9), end=time(10)),
    "calendar range": lambda: ContentCalendar(
        tz="UTC", start=date(2026, 1, 2), end=date(2026, 1, 1)
    ),
    "calendar plan": _blackout_plan,
    "posts text": lambda: Post(text=42),  # type: ignore[arg-type]
    "posts checker": _broken_checker,
    "text measure": lambda: measure("hi", "x", field="bio"),
    "measure rate": lambda: click_through_rate(-1, 100),
    "measure rate above one": lambda: click_through_rate(200, 100),
    "measure variant": lambda: Variant(name="a", successes=5, trials=2),
    "measure growth": lambda: growth_rate(0, 10),
    "measure sample size": lambda: sample_size(1, 0.1),
    "measure utm": lambda: parse_utm("not a url"),
    "strategy persona": lambda: Persona(name="Léa", age_min=40, age_max=20),
    "strategy goal": lambda: SmartGoal(
        subject="s",
        metric="m",
        baseline=10,
        target=10,
        start=date(2026, 1, 1),
        deadline=date(2027, 1, 1),
    ),
    "community message": lambda: Message(
        received_at=datetime(2026, 1, 1), platform="x", author="a"
    ),
    "io TOML type": lambda: io.loads_strategy("name = 3"),
    "io TOML key": lambda: io.loads_strategy('name = "x"\nbogus = 1\n'),
    "io TOML weight": lambda: io.loads_strategy(
        'name = "x"\n[[pillars]]\nname = "a"\nweight = "lots"\n'
    ),
    "io TOML syntax": lambda: io.loads_strategy("name = "),
    "io JSON": lambda: io.from_json("{}"),
    "io CSV": lambda: io.from_csv("a,b\n1,2\n", tz="UTC"),
    "io ICS": lambda: io.from_ics("nope"),
    "platforms lookup": lambda: get_platform("linkdin"),
    "frequency ranges": lambda: FrequencyRule(
        frequencies=[Frequency(per="week", minimum=10), Frequency(per="day", maximum=1)]
    ),
    "frequency gap": lambda: FrequencyRule(
        frequencies=[Frequency(per="day", minimum=5)], min_gap=timedelta(hours=12)
    ),
    "frequency per day": lambda: Frequency(per="day", maximum=10**6),
    "funnel stage order": lambda: Funnel(
        steps=[
            FunnelStep(name="seen", stage="bofu", volume=10),
            FunnelStep(name="bought", stage="tofu", volume=5),
        ]
    ),
    "calendar recurrence": lambda: FixedEvent(
        title="t", start=datetime(2026, 1, 1, tzinfo=UTC), recurrence="FREQ=SECONDLY"
    ),
    "calendar channel": lambda: Channel(platform="x", per_week=0),
    "measure history": lambda: load_history([{"x": 1}]),
    "measure utm scheme": lambda: utm("ftp://x.com", source="a", medium="b", campaign="c"),
    "io JSON version": lambda: io.from_json('{"format": "socialkit.calendar", "version": 99}'),
    "io post keys": lambda: io.post_from_dict({"text": "x", "bogus": 1}),
    "io TOML negative weight": lambda: io.loads_strategy(
        'name = "x"\n[[pillars]]\nname = "a"\nweight = -1\n'
    ),
    "frequency best times": lambda: socialkit.best_times("youtube", tz="UTC"),
}


def _message(case: Callable[[], object]) -> str:
    with pytest.raises(socialkit.SocialkitError) as caught:
        case()
    return str(caught.value)


def _english_phrases() -> frozenset[str]:
    """Runs of three words or more of the catalogue's msgids that their French does not keep."""
    text = PO.read_text(encoding="utf-8")
    pairs = re.findall(r'^msgid "(.*)"\nmsgstr "(.*)"$', text, flags=re.MULTILINE)
    found: set[str] = set()
    for msgid, msgstr in pairs:
        if not msgstr or msgid == msgstr:
            continue
        for literal, *_ in string.Formatter().parse(msgid.replace("\\", "")):
            for chunk in re.split(r"[;:,()\[\]=]", literal):
                chunk = chunk.strip()
                if len(chunk.split()) >= 3 and chunk not in msgstr:
                    found.add(chunk)
    return frozenset(found)


ENGLISH = _english_phrases()


def test_the_english_phrases_are_many() -> None:
    assert len(ENGLISH) > 500  # a parse that stopped early would make the check vacuous


def test_the_cases_cover_many_raise_sites() -> None:
    assert len(CASES) >= 25


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_error_is_in_french(name: str) -> None:
    english = _message(CASES[name])
    with socialkit.language("fr"):
        french = _message(CASES[name])
    left = sorted(phrase for phrase in ENGLISH if phrase in french)
    assert left == [], french
    assert not re.search(r"\b(expected|got)\b", french), french
    if re.search(r"\bexpected\b", english):
        assert "attendu" in french, french
    if re.search(r"\bgot\b", english):
        assert "reçu" in french, french
    assert french != english
