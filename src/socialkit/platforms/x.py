"""X (formerly Twitter): real-time microblogging.

Length counting follows twitter-text configuration v3 (official); ranking
weights come from the algorithm X published in 2023 and again in 2026. The
published weights multiply *predicted probabilities* of each action, not counts.
"""

from datetime import date, time, timedelta
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
    OwnDomain,
    Period,
    Platform,
    PostingGuidance,
    PostingWindow,
    ProfileImage,
    ProfileImageKind,
    Signal,
    TextLimit,
    TextUnit,
)
from socialkit.platforms._sources import (
    COURSE_MODULE,
    HOOTSUITE_2023,
    OWN_SITES,
    SPROUT_BEST_TIMES_2023,
)

TWITTER_TEXT_V3 = Source(
    title="twitter-text config/v3.json and parseTweet (twitter/twitter-text)",
    url="https://github.com/twitter/twitter-text/blob/master/config/v3.json",
    confidence=Confidence.OFFICIAL,
    published=date(2020, 3, 31),
)
TWITTER_TEXT_V1 = Source(
    title="twitter-text config/v1.json (legacy 140-character limit)",
    url="https://github.com/twitter/twitter-text/blob/master/config/v1.json",
    confidence=Confidence.OFFICIAL,
)
PREMIUM_PRESS = Source(
    title="Press reports of X Premium's 25,000-character posts (2023)",
    confidence=Confidence.SECONDARY,
    published=date(2023, 6, 28),
    note="The 25,000-character limit arrived in late June 2023 (press, e.g. 2023-06-28); "
    "the 2023-02-08 change was the 4,000-character Twitter Blue limit. Secondary: press "
    "reports, no official X page.",
)
MEDIA_BEST_PRACTICES = Source(
    title="X API media best practices (xdevplatform/docs)",
    url="https://docs.x.com/x-api/media/quickstart/best-practices",
    confidence=Confidence.OFFICIAL,
)
HEAVY_RANKER_2023 = Source(
    title="twitter/the-algorithm-ml projects/home/recap/README.md (heavy ranker weights)",
    url="https://github.com/twitter/the-algorithm-ml/blob/main/projects/home/recap/README.md",
    confidence=Confidence.OFFICIAL,
    published=date(2023, 4, 5),
    note="Weights multiply predicted probabilities; 'adjustable at any time'.",
)
HOME_MIXER_2023 = Source(
    title="twitter/the-algorithm home-mixer heuristics (HeuristicScorer, DiversityDiscount)",
    url="https://github.com/twitter/the-algorithm/tree/main/home-mixer",
    confidence=Confidence.OFFICIAL,
    published=date(2023, 7, 7),
)
X_ALGORITHM_2026 = Source(
    title="xai-org/x-algorithm home-mixer/params/param.rs (Phoenix ranking weights)",
    url="https://github.com/xai-org/x-algorithm",
    confidence=Confidence.OFFICIAL,
    published=date(2026, 8, 13),
    note="Read through a file index at commit 625f9e30; weights multiply predicted "
    "probabilities, not counts.",
)
BUFFER_SUMALL = Source(
    title="Buffer and SumAll, How often to post on social media (about 2014)",
    confidence=Confidence.SECONDARY,
    note="Publication date not known (about 2014).",
)

_V2026 = date(2026, 8, 13)
_V2023 = date(2023, 4, 5)


def _ranker_2023(signal_id: str, effect: Effect, weight: float, description: str) -> Signal:
    return Signal(
        id=signal_id,
        effect=effect,
        weight=weight,
        description=description,
        source=HEAVY_RANKER_2023,
        since=_V2023,
        until=_V2026,
    )


def _ranker_2026(signal_id: str, effect: Effect, weight: float, description: str) -> Signal:
    return Signal(
        id=signal_id,
        effect=effect,
        weight=weight,
        description=description,
        source=X_ALGORITHM_2026,
        since=_V2026,
    )


_B, _R = Effect.BOOST, Effect.RESTRICT

HASHTAG_HELP = Source(
    title="Twitter Help Center, How to use hashtags",
    url="https://help.twitter.com/en/using-twitter/how-to-use-hashtags",
    confidence=Confidence.OFFICIAL,
    note="'We recommend using no more than 2 hashtags per Tweet as best practice, but you may "
    "use as many hashtags in a Tweet as you like' (long-standing advice, read through copies "
    "of the page). Backs the two-hashtag threshold of the many_hashtags rule.",
)
X_LINK_SERVICE = Source(
    title="Twitter Help Center, About Twitter's link service (t.co)",
    url="https://help.twitter.com/en/using-twitter/url-shortener",
    confidence=Confidence.OFFICIAL,
    note="Every link posted is wrapped in a t.co link.",
)

_PROFILE_GUIDES = Source(
    title="Third-party image-size guides for X profiles (profile photo 400x400, header 1500x500)",
    url="https://www.picovert.com/en/blog/image-size-for-twitter-profile",
    confidence=Confidence.SECONDARY,
    note="Secondary: X's own help page could not be read here; the guides consulted "
    "(picovert.com, chuckreynolds/social-profile-image-sizes on GitHub) agree on 400x400 "
    "and 1500x500 (3:1). No minimum is sourced.",
)


PLATFORM = Platform(
    slug="x",
    name="X",
    family=MediaFamily.SOCIAL_NETWORK,
    aliases=("twitter", "tw"),
    own_domains=(
        OwnDomain(domain="x.com", source=OWN_SITES),
        OwnDomain(domain="twitter.com", source=OWN_SITES),
        OwnDomain(domain="t.co", source=X_LINK_SERVICE),
    ),
    description=N_(
        "Microblogging: short posts, real-time news and conversation with a wide public."
    ),
    verified_on=date(2026, 11, 22),
    limits=Limits(
        text=(
            TextLimit(
                maximum=140,
                unit=TextUnit.X_WEIGHTED,
                url_length=23,
                source=TWITTER_TEXT_V1,
                until=date(2017, 11, 7),
            ),
            TextLimit(
                maximum=280,
                unit=TextUnit.X_WEIGHTED,
                url_length=23,
                source=TWITTER_TEXT_V3,
                since=date(2017, 11, 7),
            ),
            TextLimit(
                maximum=25_000,
                unit=TextUnit.X_WEIGHTED,
                url_length=23,
                tier="premium",
                source=PREMIUM_PRESS,
            ),
        ),
        counts=(CountLimit(kind=CountKind.IMAGES, maximum=4, source=MEDIA_BEST_PRACTICES),),
        media=(
            MediaLimit(
                kind=MediaKind.IMAGE,
                max_bytes=5_000_000,
                recommended_width=1280,
                recommended_height=720,
                min_aspect=Fraction(1, 3),
                max_aspect=Fraction(3, 1),
                source=MEDIA_BEST_PRACTICES,
            ),
            MediaLimit(kind=MediaKind.GIF, max_bytes=15_000_000, source=MEDIA_BEST_PRACTICES),
            MediaLimit(
                kind=MediaKind.VIDEO,
                min_duration=timedelta(seconds=0.5),
                max_duration=timedelta(minutes=20),
                min_aspect=Fraction(1, 3),
                max_aspect=Fraction(3, 1),
                source=MEDIA_BEST_PRACTICES,
            ),
            MediaLimit(
                kind=MediaKind.VIDEO,
                min_duration=timedelta(seconds=0.5),
                max_duration=timedelta(minutes=125),
                tier="premium",
                source=MEDIA_BEST_PRACTICES,
            ),
        ),
    ),
    signals=(
        # Source document [000]: what the course says X's ranking boosts and restricts.
        Signal(
            id="reposts_and_reactions",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("Reposts (retweets) and reactions."),
        ),
        Signal(
            id="attached_media",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("A media item (image, video) attached to the post."),
        ),
        Signal(
            id="paid_subscription",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("A paid subscription (Twitter Blue, now X Premium)."),
            see_also=(HOME_MIXER_2023,),
        ),
        Signal(
            id="author_replies",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("The author replying to comments on their own post."),
        ),
        Signal(
            id="many_hashtags",
            effect=_R,
            source=COURSE_MODULE,
            see_also=(HASHTAG_HELP,),
            description=N_(
                "Using several hashtags in one post (the Help Center advised at most 2)."
            ),
        ),
        Signal(
            id="spelling_mistakes",
            effect=_R,
            source=COURSE_MODULE,
            description="Spelling mistakes.",
        ),
        Signal(
            id="poor_follower_ratio",
            effect=_R,
            source=COURSE_MODULE,
            description=N_("A poor followers / following ratio."),
        ),
        Signal(
            id="fake_news", effect=_R, source=COURSE_MODULE, description=N_("Spreading fake news.")
        ),
        Signal(
            id="off_topic",
            effect=_R,
            source=COURSE_MODULE,
            description=N_("Going off the account's usual topic."),
        ),
        # 2023 heavy ranker: score = sum(weight * P(action)).
        _ranker_2023("favorite", _B, 0.5, N_("Predicted like.")),
        _ranker_2023("retweet", _B, 1.0, N_("Predicted repost.")),
        _ranker_2023("reply", _B, 13.5, N_("Predicted reply.")),
        _ranker_2023(
            "good_profile_click", _B, 12.0, N_("Opens the author's profile, then likes or replies.")
        ),
        _ranker_2023("video_playback50", _B, 0.005, N_("Watches at least half of a video.")),
        _ranker_2023(
            "reply_engaged_by_author",
            _B,
            75.0,
            N_("Replies, and the author engages with that reply."),
        ),
        _ranker_2023(
            "good_click", _B, 11.0, N_("Clicks into the conversation, then replies or likes.")
        ),
        _ranker_2023(
            "good_click_v2",
            _B,
            10.0,
            N_("Clicks into the conversation and stays at least 2 minutes."),
        ),
        _ranker_2023("negative_feedback", _R, -74.0, N_("Show less, block or mute.")),
        _ranker_2023("report", _R, -369.0, N_("Reports the post.")),
        # 2026 Phoenix ranker (xai-org/x-algorithm, param.rs).
        _ranker_2026("favorite", _B, 0.5, N_("Predicted like.")),
        _ranker_2026(
            "reply", _B, 5.0, N_("Predicted reply (+15.0 more when the author is a mutual follow).")
        ),
        _ranker_2026("retweet", _B, 1.0, N_("Predicted repost.")),
        _ranker_2026("quote", _B, 5.0, N_("Predicted quote post.")),
        _ranker_2026("share", _B, 2.0, N_("Predicted share.")),
        _ranker_2026("share_via_dm", _B, 5.0, N_("Predicted share by direct message.")),
        _ranker_2026("share_via_copy_link", _B, 20.0, N_("Predicted share by copying the link.")),
        _ranker_2026("follow_author", _B, 4.0, N_("Predicted follow of the author.")),
        _ranker_2026("click", _B, 0.4, N_("Predicted click into the post.")),
        _ranker_2026("open_link", _B, 0.2, N_("Predicted click on a link in the post.")),
        _ranker_2026("photo_expand", _B, 0.05, N_("Predicted photo expansion.")),
        _ranker_2026(
            "video_quality_view",
            _B,
            0.05,
            N_("Predicted quality video view (videos of at least 10 s)."),
        ),
        _ranker_2026("cont_dwell_time", _B, 0.004, N_("Predicted continuous dwell time.")),
        _ranker_2026("not_interested", _R, -43.2, N_("Predicted 'not interested'.")),
        _ranker_2026("block_author", _R, -31.2, N_("Predicted block of the author.")),
        _ranker_2026("mute_author", _R, -58.8, N_("Predicted mute of the author.")),
        _ranker_2026("report", _R, -234.0, N_("Predicted report.")),
        Signal(
            id="out_of_network",
            effect=_R,
            source=X_ALGORITHM_2026,
            since=_V2026,
            description=N_(
                "Posts from accounts the viewer does not follow are scaled by "
                "0.75 (0.5 for topic recommendations)."
            ),
        ),
        Signal(
            id="author_diversity",
            effect=_R,
            source=X_ALGORITHM_2026,
            since=_V2026,
            description=N_(
                "Each further post by the same author in one feed is decayed "
                "by 0.5, down to a floor of 0.25."
            ),
            see_also=(HOME_MIXER_2023,),
        ),
        Signal(
            id="post_age",
            effect=_R,
            source=X_ALGORITHM_2026,
            since=_V2026,
            description=N_("Posts older than 48 hours are dropped from the For You feed."),
        ),
    ),
    frequency=(
        PostingGuidance(
            per=Period.DAY, minimum=1, maximum=5, recommended=True, source=HOOTSUITE_2023
        ),
        PostingGuidance(per=Period.DAY, minimum=3, source=BUFFER_SUMALL),
    ),
    best_times=tuple(
        PostingWindow(weekday=day, start=time(9), end=time(12), sources=[SPROUT_BEST_TIMES_2023])
        for day in (1, 2, 3, 4)
    ),
    profile_images=(
        ProfileImage(kind=ProfileImageKind.AVATAR, width=400, height=400, source=_PROFILE_GUIDES),
        ProfileImage(kind=ProfileImageKind.BANNER, width=1500, height=500, source=_PROFILE_GUIDES),
    ),
)
