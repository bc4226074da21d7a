"""User-facing usage, checked by ``mypy --strict`` in CI (never executed by pytest).

If a public signature changes in a way that breaks typical user code, this file
stops type-checking. Add a few lines here for each new public API.
"""

from datetime import date, datetime, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo

import socialkit
from socialkit import ContentMix, Funnel, FunnelStage, Platform, examples
from socialkit.io import dumps_strategy, from_json, to_json

platform: Platform = socialkit.get_platform("linkedin")
maximum: int = platform.limits.text_limits("post")[0].maximum
weights: list[float | None] = [s.weight for s in platform.current_signals(date(2026, 1, 1))]
every: tuple[Platform, ...] = socialkit.list_platforms()

mix = ContentMix({"inform": 80, "promote": 20})
counts: dict[str, int] = mix.apportion(10, method="webster")
order: tuple[str, ...] = mix.sequence(10)
deviation: float = socialkit.mix.mix_deviation(order, mix)
exact_deviation: Fraction = socialkit.mix.mix_deviation(order, mix).exact
share_text: str = f"{mix['inform']:.0%}"
exact_share: Fraction = mix["inform"].exact

stage: FunnelStage = socialkit.stage_of(socialkit.ContentType.WEBINAR)
funnel = Funnel.from_volumes({"reach": 10_000, "leads": 200, "customers": 20})
coverage = socialkit.stage_coverage([FunnelStage.TOFU, FunnelStage.BOFU])
tofu_share: float = coverage.shares[FunnelStage.TOFU]
bottom: float = funnel.bottom
volumes: tuple[float, ...] = funnel.project(123).volumes
with socialkit.display(max_rows=5) as display_options:
    rows_now: int | None = display_options.max_rows
old_options = socialkit.set_display(max_rows=None)

length: int = socialkit.text.measure("Hello #world https://example.com", "x").length
hashtags: list[str] = [h.text for h in socialkit.extract("Hello #world").hashtags]
draft = socialkit.Post(text="Hello", media=[socialkit.Media.video(subtitles=True)])
assessment: socialkit.Assessment = socialkit.assess(
    draft, "linkedin", rules=socialkit.DEFAULT_RULES.without("native_media")
)
post_fits: bool = assessment.fits
errors: tuple[socialkit.Finding, ...] = assessment.by_severity("error")
body_field: str = socialkit.get_platform("youtube").limits.body_field
tier: str | None = socialkit.get_platform("x").limits.resolve_tier("Premium")
draft_type: socialkit.ContentType = draft.content_type
post_coverage = socialkit.stage_coverage([draft])
strategy: socialkit.Strategy = examples.strategy("cosmetics-brand")
findings: tuple[socialkit.Finding, ...] = socialkit.strategy.validate(strategy)
toml_text: str = dumps_strategy(strategy)
reread: socialkit.Strategy = socialkit.io.loads_strategy(toml_text, filename="strategy.toml")
goal: socialkit.SmartGoal = strategy.objectives[0]
progress: socialkit.strategy.Progress = goal.progress(1000, on=date(2027, 3, 1))
on_track: bool = progress.on_track
fits: tuple[socialkit.strategy.PlatformFit, ...] = strategy.recommend_platforms()
swot = socialkit.strategy.Swot.from_three_c(
    socialkit.strategy.ThreeC(company=socialkit.strategy.Actor(name="Us")), "instagram"
)
strategy_calendar: socialkit.ContentCalendar = socialkit.plan(
    strategy, start=date(2027, 1, 4), end=date(2027, 2, 1)
)
# Frequency rules, best times and the calendar
paris = ZoneInfo("Europe/Paris")
rule: socialkit.FrequencyRule = socialkit.FrequencyRule.for_platform("linkedin")
gap: timedelta | None = rule.with_frequency("week", 1, 2).min_gap
violations: tuple[socialkit.frequency.Violation, ...] = rule.check(
    [datetime(2026, 11, 23, 9, tzinfo=paris)], tz=paris
)
verdict: socialkit.frequency.Verdict = rule.report(
    [], tz="Europe/Paris", start=date(2026, 11, 23), end=date(2026, 11, 30)
).verdict
ranked: tuple[socialkit.frequency.RankedWindow, ...] = socialkit.best_times("x", tz=paris, top=3)
best: socialkit.PostingWindow = ranked[0].window
benchmark: tuple[socialkit.PostingWindow, ...] = socialkit.get_platform("x").best_times
windowed = socialkit.FrequencyRule(windows=benchmark)
channel = socialkit.Channel(platform="linkedin", mission="Leads.", frequency=windowed)
in_force: socialkit.FrequencyRule = channel.rule
stored: dict[str, object] = socialkit.io.frequency_rule_to_dict(in_force)
spec = socialkit.PlanSpec.simple(platforms=["linkedin", "x"], tz=paris, mix=mix)
calendar: socialkit.ContentCalendar = socialkit.plan(
    spec, start=date(2026, 11, 23), end=date(2026, 12, 21)
)
issues: tuple[socialkit.calendar.PlanIssue, ...] = calendar.issues
items: tuple[socialkit.CalendarItem, ...] = calendar.filter(platform="x", stage="tofu").items
slot: datetime | None = calendar.next_free_slot(
    "linkedin", after=datetime(2026, 12, 1, tzinfo=paris)
)
text: str = to_json(calendar)
again: socialkit.ContentCalendar = from_json(text)

# Measurement: tracking, metrics, experiments, influence, paid social, community
tagged_url: str = socialkit.utm("https://ex.com/", source="x", medium="social", campaign="c")
tag: socialkit.measure.Utm | None = socialkit.measure.parse_utm(tagged_url)
launch = socialkit.measure.UtmTemplate(source="{platform}", medium="social", campaign="launch")
tagged_fits: bool = socialkit.measure.tag_links("New: https://ex.com/", launch, "linkedin").fits
ctr: socialkit.measure.Rate = socialkit.measure.click_through_rate(12, 800)
ctr_exact: Fraction = ctr.exact
ctr_float: float = ctr
ctr_text: str = f"{ctr:.1%}"
per_result: float = socialkit.measure.cost_per_result(250, 40)
vanity: bool = (
    socialkit.measure.get_metric("growth_rate").kind is socialkit.measure.MetricKind.VANITY
)
result = socialkit.compare_variants(
    socialkit.Variant(name="A", successes=20, trials=1_000),
    socialkit.Variant(name="B", successes=30, trials=1_000),
)
plain_words: str = result.verdict
needed: int = socialkit.measure.sample_size(0.02, 0.005)
people = [socialkit.measure.Influencer(handle="@ana", audience=12_000, engagement=3)]
untapped: tuple[socialkit.measure.Influencer, ...] = socialkit.measure.influence_quadrants(people)[
    socialkit.measure.Quadrant.UNTAPPED
]
gains: list[int] = [
    p.gain
    for p in socialkit.measure.rank_partners({"p": {"@a"}}, your_network=set(), influential={"@a"})
]
results_bought: int = socialkit.measure.expected_results(500, 2)
missing: tuple[socialkit.measure.ChecklistItem, ...] = socialkit.measure.X_ADS_SETUP.missing(
    socialkit.measure.CampaignDraft(name="Spring")
)
utc = ZoneInfo("UTC")
inbox = [
    socialkit.Message(received_at=datetime(2026, 3, 2, 9, tzinfo=utc), platform="x", author="@a")
]
report = socialkit.community.check_responsiveness(inbox, now=datetime(2026, 3, 5, tzinfo=utc))
median: timedelta | None = report.median_response
queue: tuple[socialkit.Message, ...] = socialkit.community.triage(inbox)

# Rules are values: disable a strategy or community rule by id, write a rule of your own.
lenient: socialkit.RuleSet[socialkit.Strategy] = socialkit.strategy.STRATEGY_RULES.without(
    "brand.incomplete"
)
strategy_findings: tuple[socialkit.Finding, ...] = socialkit.strategy.validate(
    strategy, rules=lenient
)


def _no_note(
    rule: socialkit.Rule[socialkit.Strategy], s: socialkit.Strategy
) -> list[socialkit.posts.Hit]:
    return [] if s.note else [socialkit.posts.Hit(message="no note", where="note")]


mine: socialkit.Rule[socialkit.Strategy] = socialkit.Rule(
    id="strategy.no_note", severity="tip", title="No note.", check=_no_note
)
with_mine = lenient.with_rule(mine)
inbox_rules: socialkit.RuleSet[socialkit.Inbox] = socialkit.community.COMMUNITY_RULES.only(
    "community.never_delete"
)

# Numbers as people have them: numpy scalars where ints and floats are expected.
import numpy  # noqa: E402

variant = socialkit.measure.Variant(name="a", trials=numpy.int64(10), successes=numpy.int64(3))
numpy_mix = ContentMix({"a": numpy.float64(0.8), "b": numpy.float64(0.2)})

# Data out of logic: a platform's own domains, disclosure markers passed to their rule.
owned: bool = socialkit.get_platform("linkedin").owns("lnkd.in")
domains: tuple[socialkit.platforms.OwnDomain, ...] = socialkit.get_platform("x").own_domains
german = socialkit.posts.DisclosureMarker(
    text="#anzeige",
    language="de",
    source=socialkit.Source(title="our legal notes", confidence="unconfirmed"),
)
disclosure: socialkit.Rule[socialkit.posts.PostContext] = socialkit.posts.disclosure_rule(
    markers=(*socialkit.posts.DISCLOSURE_MARKERS, german)
)
with_german = socialkit.posts.DEFAULT_RULES.with_rule(disclosure, replace=True)
