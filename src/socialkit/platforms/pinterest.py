"""Pinterest: visual discovery, interest over social interaction.

Boosts and restrictions from the course module [000]; text limits from
Pinterest's own OpenAPI description of the v5 API; the home-feed model from
Pinterest's engineering blog; media limits from a third-party tool's docs.
"""

from datetime import date, timedelta
from fractions import Fraction

from socialkit._core.i18n import N_
from socialkit._core.sources import Confidence, Source
from socialkit.platforms._model import (
    CountKind,
    CountLimit,
    Effect,
    Limits,
    MediaFamily,
    MediaKind,
    MediaLimit,
    MediaRequirement,
    OwnDomain,
    Period,
    Platform,
    PostingGuidance,
    Signal,
    TextLimit,
    TextUnit,
)
from socialkit.platforms._sources import AYRSHARE_MEDIA, COURSE_MODULE, FACEBOT_2026, OWN_SITES

OPENAPI_V5 = Source(
    title="pinterest/api-description v5/openapi.json (v5.23.0), pins create",
    url="https://github.com/pinterest/api-description",
    confidence=Confidence.OFFICIAL,
    note="PinCreate: title 100, description 800, alt text 500, link 2,048; at most 5 images "
    "in a carousel.",
)
APP_DESCRIPTION_500 = Source(
    title="Ayrshare Pinterest posting guide: 500-character pin description",
    confidence=Confidence.SECONDARY,
    note="Dissenting figure: the Pinterest app and some tools cap descriptions at 500 "
    "characters, while the v5 API accepts 800. Stay under 500 to fit both.",
)
PINNABILITY_2015 = Source(
    title="Pinterest Engineering, Pinnability: machine learning in the home feed",
    confidence=Confidence.OFFICIAL,
    published=date(2015, 3, 20),
    note="Predicts how likely a Pinner is to repin, click or like a Pin; replaced the "
    "chronological feed ('smart feed').",
)

_B, _R = Effect.BOOST, Effect.RESTRICT


def _text(field: str, maximum: int, *see_also: Source) -> TextLimit:
    return TextLimit(
        field=field,
        maximum=maximum,
        unit=TextUnit.CODE_POINTS,
        source=OPENAPI_V5,
        see_also=see_also,
    )


PLATFORM = Platform(
    slug="pinterest",
    name="Pinterest",
    family=MediaFamily.CONTENT_SHARING,
    aliases=("pin",),
    own_domains=(
        OwnDomain(domain="pinterest.com", source=OWN_SITES),
        OwnDomain(domain="pin.it", source=OWN_SITES),
    ),
    description=N_(
        "Visual discovery engine: people save ideas (pins) to boards; ranking "
        "follows interests rather than social connections."
    ),
    verified_on=date(2026, 11, 22),
    limits=Limits(
        text=(
            _text("title", 100),
            _text("description", 800, APP_DESCRIPTION_500),
            _text("alt_text", 500),
            _text("link", 2048),
        ),
        # A pin's text is its description; the title is a field of its own.
        body_field="description",
        counts=(CountLimit(kind=CountKind.CAROUSEL_ITEMS, maximum=5, source=OPENAPI_V5),),
        media=(
            MediaLimit(
                kind=MediaKind.IMAGE,
                max_bytes=20_000_000,
                recommended_width=1000,
                recommended_height=1500,
                source=AYRSHARE_MEDIA,
            ),
            MediaLimit(
                kind=MediaKind.VIDEO,
                min_duration=timedelta(seconds=4),
                max_duration=timedelta(minutes=15),
                min_aspect=Fraction(1, 2),
                max_aspect=Fraction(191, 100),
                source=AYRSHARE_MEDIA,
            ),
        ),
    ),
    signals=(
        # Source document [000].
        Signal(
            id="saves",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("Pins that are saved a lot."),
            see_also=(PINNABILITY_2015,),
        ),
        Signal(
            id="photo_quality",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("High-quality images."),
        ),
        Signal(
            id="precise_description",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("A precise description and metadata."),
        ),
        Signal(
            id="engagement",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("Engaged pins: clicks, reactions, comments."),
            see_also=(PINNABILITY_2015,),
        ),
        Signal(
            id="fresh_pins",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("New pins rather than repins of old ones."),
        ),
        Signal(
            id="broken_links",
            effect=_R,
            source=COURSE_MODULE,
            description=N_("Links to pages that return 404 errors."),
        ),
        Signal(
            id="low_authority_links",
            effect=_R,
            source=COURSE_MODULE,
            description="Links to low-authority sites.",
        ),
        # Pinterest's own model.
        Signal(
            id="predicted_interaction",
            effect=_B,
            source=PINNABILITY_2015,
            description=N_(
                "Predicted probability that the Pinner repins, clicks or likes the "
                "Pin, from Pin, Pinner and interaction features."
            ),
        ),
    ),
    frequency=(
        PostingGuidance(
            per=Period.DAY,
            minimum=3,
            maximum=5,
            recommended=True,
            source=FACEBOT_2026,
            weak=True,
            note=N_("No primary study found; low confidence: a cap, never a target."),
        ),
    ),
    media_required=(
        MediaRequirement(
            any_of=(MediaKind.IMAGE, MediaKind.VIDEO, MediaKind.SHORT_VIDEO, MediaKind.CAROUSEL),
            surface="pin",
            note=N_("A Pin is created from a media source (an image, a video or several images)."),
            source=OPENAPI_V5.at("pins create: the Pin is made from its media_source"),
        ),
    ),
)
