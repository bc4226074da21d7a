"""Strategy files: clear errors naming the file, the line or key path, what is expected."""

from pathlib import Path

import pytest

from socialkit import SocialkitTypeError, examples, load_strategy
from socialkit.errors import StrategyFileError
from socialkit.io import dumps_strategy, loads_strategy

MINIMAL = 'name = "Tiny"\n'


def error(text: str) -> StrategyFileError:
    with pytest.raises(StrategyFileError) as info:
        loads_strategy(text, filename="plan.toml")
    return info.value


def test_syntax_error_names_the_file_and_line() -> None:
    e = error('name = "x"\n\n[[channels]\nplatform = "x"\n')
    assert e.line == 3
    assert str(e).startswith("plan.toml:3: not valid TOML")


def test_wrong_type_names_the_key_path_and_expected_type() -> None:
    e = error(
        MINIMAL + '[[pillars]]\nname = "a"\nweight = 40\n[[pillars]]\nname = "b"\nweight = true\n'
    )
    assert e.where == "pillars[1].weight"
    assert "got boolean True" in str(e)
    assert "expected a number" in str(e)


def test_missing_required_field() -> None:
    e = error(MINIMAL + '[[personas]]\ndescription = "no name"\n')
    assert str(e) == "plan.toml: personas[0].name: missing; expected a string (required)"


def test_missing_name() -> None:
    assert error("").where == "name"


def test_unknown_key_is_a_typo_not_silence() -> None:
    e = error(MINIMAL + "[calendar]\ntimezon = 'UTC'\n")
    assert e.where == "calendar.timezon"
    assert "timezone" in str(e)


def test_unknown_platform_suggests_the_closest() -> None:
    e = error(MINIMAL + '[[channels]]\nplatform = "instagarm"\n')
    assert e.where == "channels[0].platform"
    assert "did you mean 'instagram'" in str(e)


def test_value_errors_from_the_model_keep_the_key_path() -> None:
    e = error(MINIMAL + '[[tactics]]\nname = "c"\nrecurrence = "every friday"\n')
    assert e.where == "tactics[0].recurrence"
    assert "RRULE" in str(e)
    e = error(MINIMAL + "[stage_mix]\nmiddle = 10\n")
    assert e.where == "stage_mix"
    assert "mofu" in str(e)


def test_a_datetime_is_not_a_date() -> None:
    e = error(MINIMAL + "[calendar]\nblackouts = [2027-12-25T10:00:00]\n")
    assert "expected an array of dates" in str(e)


def test_frequency_table_is_checked() -> None:
    e = error(
        MINIMAL + '[[channels]]\nplatform = "x"\n[channels.frequency]\nday = { maximum = 0 }\n'
    )
    assert e.where.startswith("channels[0].frequency.day")
    e = error(MINIMAL + '[[channels]]\nplatform = "x"\n[channels.frequency]\nmin_gap_hours = -1\n')
    assert e.where == "channels[0].frequency.min_gap_hours"


def test_fractions_can_be_written_as_strings() -> None:
    s = loads_strategy(MINIMAL + '[[pillars]]\nname = "a"\nweight = "1/3"\n')
    assert str(s.pillars[0].weight) == "1/3"


def test_load_strategy_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text(examples.strategy_toml("sports-retailer"), encoding="utf-8")
    assert load_strategy(path) == examples.strategy("sports-retailer")


def test_missing_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(StrategyFileError, match=r"nope\.toml: cannot read"):
        load_strategy(tmp_path / "nope.toml")


@pytest.mark.parametrize("name", examples.strategy_names())
def test_examples_round_trip(name: str) -> None:
    s = examples.strategy(name)
    assert loads_strategy(dumps_strategy(s)) == s


def test_strategy_file_error_is_a_value_error() -> None:
    assert isinstance(error(""), ValueError)


def test_frequency_windows_and_quiet_hours_are_read() -> None:
    s = loads_strategy(
        MINIMAL
        + '[[channels]]\nplatform = "x"\n[channels.frequency]\nday = { maximum = 3 }\n'
        + "min_gap_hours = 1.5\n"
        + "windows = [{ weekday = 0, start = 09:00:00, end = 12:00:00 }]\n"
        + "quiet_hours = { start = 22:00:00, end = 07:00:00 }\n"
    )
    rule = s.channels[0].frequency
    assert rule is not None
    assert str(rule.windows[0]) == "Mon 09:00-12:00"
    assert str(rule.quiet_hours) == "22:00-07:00"
    assert rule.min_gap is not None
    assert rule.min_gap.total_seconds() == 5400
    assert loads_strategy(dumps_strategy(s)) == s


def test_unknown_persona_network_names_the_field() -> None:
    e = error(MINIMAL + '[[personas]]\nname = "P"\nnetworks = ["instagram", "myspace"]\n')
    assert e.where == "personas[0].networks"
    assert "'myspace'" in str(e)


def test_strategy_from_toml_is_loads_strategy() -> None:

    text = examples.strategy_toml("b2b-services")
    assert loads_strategy(text) == loads_strategy(text)


# Review fixes (items 14, 19, 22, 25) ---------------------------------------------


@pytest.mark.parametrize("path", [None, 5, b"plan.toml"])
def test_load_strategy_rejects_a_path_of_the_wrong_type(path: object) -> None:
    with pytest.raises(SocialkitTypeError, match=r"load_strategy\(path\)"):
        load_strategy(path)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [None, 5, b'name = "x"'])
def test_loads_strategy_rejects_text_of_the_wrong_type(text: object) -> None:
    with pytest.raises(SocialkitTypeError, match=r"loads_strategy\(text\)"):
        loads_strategy(text)  # type: ignore[arg-type]


GOAL = (
    '[[objectives]]\nsubject = "s"\nmetric = "leads"\nbaseline = {}\ntarget = 10\n'
    "start = 2026-01-01\ndeadline = 2026-06-01\n"
)


@pytest.mark.parametrize(
    "baseline",
    ['"1e100000"', '"1e999999999"', '"' + "9" * 5000 + '"', "1e400", "nan", '"1/0"'],
)
def test_numeric_strings_are_bounded_before_parsing_and_name_the_key(baseline: str) -> None:
    e = error(MINIMAL + GOAL.format(baseline))
    assert e.where == "objectives[0].baseline"
    assert len(str(e)) < 300  # a huge input is cut short, never echoed whole


@pytest.mark.parametrize(
    ("value", "shown"),
    [("-40", "got integer -40"), ("nan", "got float nan"), ('"lots"', "got string 'lots'")],
)
def test_a_stage_mix_weight_error_names_its_key_path_and_value(value: str, shown: str) -> None:
    e = error(MINIMAL + f"[stage_mix]\ntofu = {value}\n")
    assert e.where == "stage_mix.tofu"
    assert shown in str(e)


def test_a_pillar_weight_error_shows_the_value_not_only_its_type() -> None:
    e = error(MINIMAL + '[[pillars]]\nname = "a"\nweight = nan\n')
    assert e.where == "pillars[0].weight"
    assert "got float nan" in str(e)


@pytest.mark.parametrize(
    ("key", "value"),
    [("weeks", 100_000), ("weeks", 0), ("interaction_minutes", 100_000)],
)
def test_calendar_bounds_are_checked_when_the_file_is_read(key: str, value: int) -> None:
    e = error(MINIMAL + f"[calendar]\n{key} = {value}\n")
    assert e.where == f"calendar.{key}"


def test_a_frequency_reason_round_trips_through_toml() -> None:
    s = examples.strategy("cosmetics-brand")
    assert s.channel("instagram").frequency_reason
    assert loads_strategy(dumps_strategy(s)) == s
    assert 'reason = "[000]' in dumps_strategy(s)


def test_a_frequency_reason_must_be_text() -> None:
    e = error(
        MINIMAL + '[[channels]]\nplatform = "instagram"\n[channels.frequency]\n'
        "day = { minimum = 1, maximum = 2 }\nreason = 5\n"
    )
    assert e.where == "channels[0].frequency.reason"


@pytest.mark.parametrize(("text", "value"), [('"2/5"', "2/5"), ('"4e1"', "40"), ("0.1", "1/10")])
def test_a_file_may_write_numbers_as_text(text: str, value: str) -> None:
    # text is a number where a file is read (review fix b.1), not from Python
    s = loads_strategy(
        MINIMAL + f'[stage_mix]\ntofu = {text}\n[[pillars]]\nname = "a"\nweight = {text}\n'
    )
    assert str(s.stage_mix[0][1]) == value
    assert str(s.pillars[0].weight) == value


# -- the analysis, the audit and the SMO plan (issue 14) ------------------------------


ANALYSIS = (
    MINIMAL
    + """
[analysis]
target = "runners"
trends = ["trail"]

[analysis.three_c.company]
name = "Us"
presences = [{ platform = "ig", followers = 800, posts_per_week = 3.5 }]

[[analysis.three_c.competitors]]
name = "Rival"
presences = [{ platform = "instagram", followers = 9000, wanted = false }]

[[analysis.three_c.customers]]
name = "Runners"
kind = "client"
networks = ["instagram"]

[[analysis.swots]]
platform = "instagram"
threats = ["Rival dominates Instagram"]

[analysis.audit]
target_networks = ["instagram"]
overall = { what_works = "reels" }

[[analysis.audit.accounts]]
platform = "instagram"
handle = "@us"
answers = { audience_there = true, business_goal = false }
notes = { how_they_use_it = "stories" }

[[analysis.audit.impostors]]
platform = "instagram"
handle = "@us_promo"
reported = true

[analysis.listening]
keywords = ["us"]
competitors = ["Rival"]

[smo]
reasons = ["search"]
on_site = ["share buttons", "RSS"]
"""
)


def test_the_analysis_and_smo_are_read_into_the_strategy() -> None:
    s = loads_strategy(ANALYSIS)
    three_c = s.analysis.three_c
    assert three_c is not None
    assert three_c.company.on("instagram") is not None
    assert three_c.competitors[0].presences[0].wanted is False
    assert s.analysis.swot_for("instagram") is not None
    audit = s.analysis.audit
    assert audit is not None
    assert audit.accounts[0].answer("business_goal") is False
    assert audit.to_close() == ("instagram",)
    assert s.analysis.listening is not None
    assert s.analysis.listening.competitors == ("Rival",)
    assert s.smo is not None
    assert [str(a) for a in s.smo.on_site] == ["share buttons", "rss"]


def test_the_analysis_and_smo_round_trip() -> None:
    s = loads_strategy(ANALYSIS)
    assert loads_strategy(dumps_strategy(s)) == s


def test_a_file_without_analysis_or_smo_still_loads() -> None:
    s = loads_strategy(MINIMAL)
    assert s.analysis.is_empty()
    assert s.smo is None
    assert "analysis" not in dumps_strategy(s)
    assert "smo" not in dumps_strategy(s)


@pytest.mark.parametrize(
    ("edit", "where", "shown"),
    [
        (
            ("answers = { audience_there = true", "answers = { audience_there = 1"),
            "analysis.audit.accounts[0].answers",
            "expected true or false",
        ),
        (
            ("business_goal = false", "business_gaol = false"),
            "analysis.audit.accounts[0].answers",
            "did you mean",
        ),
        (('reasons = ["search"]', 'reasons = ["seo"]'), "smo.reasons", "known: branding"),
        (('kind = "client"', 'kind = "clients"'), "analysis.three_c.customers[0].kind", "client"),
        (
            ("reported = true", 'reported = "yes"'),
            "analysis.audit.impostors[0].reported",
            "true or false",
        ),
        (('trends = ["trail"]', 'trend = ["trail"]'), "analysis.trend", "unknown key"),
        (('name = "Rival"', 'name = "Us"'), "analysis.three_c", "names repeat"),
        (
            ("followers = 9000", "followers = -1"),
            "analysis.three_c.competitors[0].presences[0]",
            ">= 0",
        ),
    ],
)
def test_errors_in_the_analysis_name_the_key_path(
    edit: tuple[str, str], where: str, shown: str
) -> None:
    e = error(ANALYSIS.replace(*edit))
    assert e.where.startswith(where), e.where
    assert shown in str(e)
