"""User-facing usage, checked by ``mypy --strict`` in CI (never executed by pytest).

If a public signature changes in a way that breaks typical user code, this file
stops type-checking. Add a few lines here for each new public API.
"""

from datetime import date
from fractions import Fraction

import socialkit
from socialkit import ContentMix, Funnel, FunnelStage, Platform

platform: Platform = socialkit.get_platform("linkedin")
maximum: int = platform.limits.text_limits("post")[0].maximum
weights: list[float | None] = [s.weight for s in platform.current_signals(date(2026, 1, 1))]
every: tuple[Platform, ...] = socialkit.platforms()

mix = ContentMix({"inform": 80, "promote": 20})
counts: dict[str, int] = mix.apportion(10, method="webster")
order: tuple[str, ...] = mix.sequence(10)
deviation: Fraction = socialkit.mix_deviation(order, mix)

stage: FunnelStage = socialkit.stage_of(socialkit.ContentType.WEBINAR)
funnel = Funnel.from_volumes({"reach": 10_000, "leads": 200, "customers": 20})
coverage = socialkit.stage_coverage([FunnelStage.TOFU, FunnelStage.BOFU])

length: int = socialkit.measure("Hello #world https://example.com", "x").length
hashtags: list[str] = [h.text for h in socialkit.extract("Hello #world").hashtags]
draft = socialkit.Post(text="Hello", media=[socialkit.Media.video(subtitles=True)])
verdict: socialkit.Assessment = socialkit.assess(
    draft, "linkedin", rules=socialkit.DEFAULT_RULES.without("native_media")
)
fits: bool = verdict.fits
errors: tuple[socialkit.Finding, ...] = verdict.by_severity("error")
