"""Snapchat: ephemeral visual messaging, plus the Spotlight video feed.

The source documents describe Snapchat as ephemeral visual messaging and give
it no ranking heuristics. Spotlight, its public short-video feed, is curated:
Snap's own guidelines say which Snaps it will not show.
"""

from datetime import date, timedelta

from socialkit._core.i18n import N_
from socialkit._core.sources import Confidence, Source
from socialkit.platforms._model import (
    Effect,
    Limits,
    MediaFamily,
    MediaKind,
    MediaLimit,
    Platform,
    Signal,
)

SPOTLIGHT_GUIDELINES = Source(
    title="Snapchat Support, Spotlight Guidelines",
    url="https://help.snapchat.com/hc/en-us/articles/7012287256596",
    confidence=Confidence.OFFICIAL,
    note="Vertical videos with sound, 5 to 60 seconds; still images, horizontal, blurry "
    "and text-only Snaps won't show up in Spotlight.",
)
SPOTLIGHT_101 = Source(
    title="Snap for Creators, Spotlight 101",
    url="https://creators.snap.com/learn-shine-in-the-spotlight-spotlight-101",
    confidence=Confidence.OFFICIAL,
    note="Spotlight highlights quality content regardless of follower count; watermarked "
    "videos from other apps are filtered out.",
)

PLATFORM = Platform(
    slug="snapchat",
    name="Snapchat",
    family=MediaFamily.MESSAGING,
    aliases=("snap",),
    description=N_(
        "Ephemeral visual messaging between friends; Spotlight, the public "
        "short-video feed, highlights Snaps regardless of follower count."
    ),
    verified_on=date(2026, 11, 22),
    limits=Limits(
        media=(
            MediaLimit(
                kind=MediaKind.SHORT_VIDEO,
                min_duration=timedelta(seconds=5),
                max_duration=timedelta(seconds=60),
                source=SPOTLIGHT_GUIDELINES,
                see_also=(SPOTLIGHT_101,),
            ),
        ),
    ),
    signals=(
        Signal(
            id="watermarked_videos",
            effect=Effect.RESTRICT,
            source=SPOTLIGHT_101,
            description=N_("Videos watermarked by another app are filtered out of Spotlight."),
        ),
        Signal(
            id="not_vertical_video",
            effect=Effect.RESTRICT,
            source=SPOTLIGHT_GUIDELINES,
            description=N_(
                "Still images, horizontal, blurry or text-only Snaps are not shown in Spotlight."
            ),
        ),
    ),
)
