"""Bhargava's five rules for social media marketing, as [003] teaches them (data).

[003] ("5 règles directrices", after Bhargava, 2010): create exciting content; make
it easy to share (visuals, a simple message); reward your users (exclusive videos,
discounts); share your content actively (your network, your site, your shop,
multipliers); encourage people to pass it on ("share it with your friends now").
The words that show a reward or a call to share are data, in English and French,
so a team adds its own by building the rules with more (see
:func:`~socialkit.posts.bhargava_rules`). These are the course's heuristics, not
measurements; the word lists are socialkit's reading of them.
"""

from socialkit._core.documents import HEURISTIC, MANAGER_ARTICLE
from socialkit._core.i18n import N_
from socialkit._core.practices import Practice, practices_from

__all__ = [
    "BHARGAVA",
    "BHARGAVA_PRACTICES",
    "REWARD_WORDS",
    "SHARE_CALLS",
    "SHORT_MESSAGE_SOURCE",
    "SHORT_MESSAGE_WORDS",
]

BHARGAVA = MANAGER_ARTICLE.at("Bhargava's five rules for social media marketing (Bhargava, 2010)")
"""[003]'s section on Bhargava's five rules: the source of every finding they give."""

REWARD_WORDS: tuple[str, ...] = (
    "exclusive",
    "exclusif",
    "exclusivité",
    "discount",
    "promo",
    "promo code",
    "code promo",
    "réduction",
    "remise",
    "offer",
    "offre",
    "free",
    "gratuit",
    "offert",
    "gift",
    "cadeau",
    "giveaway",
    "contest",
    "concours",
    "early access",
    "avant-première",
)
"""Words that show a reward for the audience ([003]: exclusive videos, shopping discounts).

Matched as whole words, case-insensitively; a contest post (``format="contest"``)
counts as a reward too. socialkit's list, not the course's: extend it.
"""

SHARE_CALLS: tuple[str, ...] = (
    "share",
    "partage",
    "partagez",
    "partager",
    "repost",
    "retweet",
    "rt",
    "tag a friend",
    "tag your friends",
    "identifie",
    "identifiez",
    "embed",
    "intégrez",
    "pass it on",
    "faites passer",
)
"""Words of a call to share ([003]: "Partage-les tout de suite avec tes amis").

Matched as whole words, case-insensitively. socialkit's list, not the course's: extend it.
"""

SHORT_MESSAGE_WORDS = 50
"""At most this many words for a "simple message" ([003]: the simpler, the more shared).

socialkit's own threshold (:data:`~socialkit._core.documents.HEURISTIC`): the course
gives no number.
"""

_bhargava = practices_from(BHARGAVA, prefix="bhargava")

BHARGAVA_PRACTICES: tuple[Practice, ...] = (
    _bhargava(
        "exciting_content",
        N_("Create exciting content"),
        N_("carry an emotion: news of the shop, the team, a trip; a visual helps"),
        rules=("bhargava.visual",),
        question=N_("Does the post carry an emotion (news of the shop, the team, an event)?"),
    ),
    _bhargava(
        "easy_to_share",
        N_("Make sharing easy"),
        N_("use visuals (graphics, photos, video) and keep the message simple"),
        rules=("bhargava.visual", "bhargava.short_message"),
    ),
    _bhargava(
        "reward_users",
        N_("Reward your users"),
        N_("give something of value: exclusive videos, discounts, early access"),
        rules=("bhargava.reward", "bhargava.calendar_reward"),
    ),
    _bhargava(
        "share_actively",
        N_("Share your content actively"),
        N_(
            "push the same content to several channels: networks, your site, your "
            "shop, partner agencies, multipliers"
        ),
        rules=("bhargava.share_actively",),
        question=N_("Did you also send it to your site, your shop, partners and multipliers?"),
    ),
    _bhargava(
        "encourage_embedding",
        N_("Encourage people to pass it on"),
        N_("remind people to share: 'share it with your friends now'"),
        rules=("bhargava.call_to_share",),
    ),
)
"""The five rules as practices: the post and calendar rules that check each, and the
question to ask where no rule can see (an emotion, the channels off the calendar).

The rule ids are those of :data:`~socialkit.posts.BHARGAVA_RULES` and of the
calendar's :data:`~socialkit.calendar.CALENDAR_RULES`.
"""

SHORT_MESSAGE_SOURCE = HEURISTIC.at("a short message: at most 50 words")
"""The source of the short-message threshold: socialkit's own choice."""
