"""WhatsApp: Meta's end-to-end encrypted messaging app.

The source documents describe WhatsApp by its end-to-end encryption and its
business features, and give it no ranking heuristics: messages are delivered,
not ranked. The text limit is that of a message sent through the WhatsApp
Business Platform (Cloud API), which is how brands publish on WhatsApp.
"""

from datetime import date

from socialkit._core.i18n import N_
from socialkit._core.sources import Confidence, Source
from socialkit.platforms._model import (
    Limits,
    MediaFamily,
    MediaKind,
    MediaLimit,
    Platform,
    ProfileImage,
    ProfileImageKind,
    TextLimit,
    TextUnit,
)

CLOUD_API_TEXT = Source(
    title="WhatsApp Cloud API, Text messages (developers.facebook.com)",
    url="https://developers.facebook.com/docs/whatsapp/cloud-api/messages/text-messages",
    confidence=Confidence.OFFICIAL,
    note="Message body text: maximum 4096 characters.",
)
CLOUD_API_MEDIA = Source(
    title="VTEX Help, Supported media sending - WhatsApp Cloud",
    url="https://help.vtex.com/en/docs/tutorials/supported-media-sending-whatsapp-cloud",
    confidence=Confidence.SECONDARY,
    note="Images (JPEG, PNG) up to 5 MB; videos (MP4, 3GP; H.264 and AAC) up to 16 MB.",
)

_BUSINESS_PICTURE = Source(
    title="Ayrshare media guidelines for WhatsApp (business profile picture)",
    url="https://www.ayrshare.com/docs/media-guidelines/whatsapp",
    confidence=Confidence.SECONDARY,
    note="Secondary (a third-party API's documentation): square JPEG or PNG, at least "
    "192x192, 640x640 recommended, 5 MB at most.",
)


PLATFORM = Platform(
    slug="whatsapp",
    name="WhatsApp",
    family=MediaFamily.MESSAGING,
    aliases=("wa",),
    description=N_(
        "Messaging with end-to-end encryption; business features (catalogue, "
        "business profile, the Business Platform API) let brands talk to customers."
    ),
    verified_on=date(2026, 11, 22),
    limits=Limits(
        # A "post" on WhatsApp is a message: the Cloud API caps its body.
        text=(
            TextLimit(
                maximum=4096,
                unit=TextUnit.CODE_POINTS,
                source=CLOUD_API_TEXT,
            ),
        ),
        media=(
            MediaLimit(kind=MediaKind.IMAGE, max_bytes=5_000_000, source=CLOUD_API_MEDIA),
            MediaLimit(kind=MediaKind.VIDEO, max_bytes=16_000_000, source=CLOUD_API_MEDIA),
        ),
    ),
    profile_images=(
        ProfileImage(
            kind=ProfileImageKind.AVATAR,
            surface="business profile",
            width=640,
            height=640,
            min_width=192,
            min_height=192,
            max_bytes=5 * 1024 * 1024,
            source=_BUSINESS_PICTURE,
        ),
    ),
)
