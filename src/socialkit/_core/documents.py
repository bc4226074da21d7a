"""The five source documents socialkit is modelled on, as :class:`~socialkit.Source` values.

One place, so every rule, preset, finding and platform fact cites a document the
same way. The tag (``[000]`` ...) is the file in the shared ``seeds/`` folder; a
rule that cites one section uses :meth:`~socialkit.Source.at`. Everything these
documents say is a marketing heuristic, not a measurement.
"""

from socialkit._core.sources import Confidence, Source

__all__ = [
    "AGENCY_GLOSSARY",
    "BLOG_ARCHIVE",
    "COURSE_MODULE",
    "FUNNEL_TABLE",
    "HEURISTIC",
    "MANAGER_ARTICLE",
    "STRATEGY_ARTICLE",
]

_FRENCH = "French source document; heuristics taught to marketers, not measurements."

COURSE_MODULE = Source(
    title="[000] Cours Stratégie Social Media & e-CRM (course module)",
    confidence=Confidence.SOURCE_DOCUMENT,
    note=_FRENCH,
)
"""Kinds of social media, per-platform boosts and restrictions, post types, the funnel."""

BLOG_ARCHIVE = Source(
    title="[001] Archives 'Médias Sociaux' (blog archive)",
    confidence=Confidence.SOURCE_DOCUMENT,
    note=_FRENCH,
)
"""SWOT and 3C, community management, influence, paid social (Twitter Ads)."""

AGENCY_GLOSSARY = Source(
    title="[002] 50a.fr glossary: a social media strategy in 8 steps",
    confidence=Confidence.SOURCE_DOCUMENT,
    note=_FRENCH,
)
"""SMART goals, meaningful vs vanity metrics, UTM tracking, content mixes, testing."""

MANAGER_ARTICLE = Source(
    title="[003] Social Media Manager – Gestion et marketing en ligne (article)",
    confidence=Confidence.SOURCE_DOCUMENT,
    note=_FRENCH,
)
"""The social media manager's practices; crises (the Otto 'Brigitte' contest)."""

STRATEGY_ARTICLE = Source(
    title="[004] Étapes pour une bonne stratégie de médias sociaux (7 factors)",
    confidence=Confidence.SOURCE_DOCUMENT,
    note=_FRENCH,
)
"""Audience, brand personality, ecosystem, frequency, pillars, tactics, examples."""

FUNNEL_TABLE = COURSE_MODULE.at("the funnel: TOFU / MOFU / BOFU table and KPIs")
"""[000]'s funnel table: goals and content types per stage."""

HEURISTIC = Source(
    title="socialkit heuristic",
    confidence=Confidence.UNCONFIRMED,
    note="A default chosen by socialkit, not a measured benchmark; override it.",
)
"""Marks a default socialkit chose where no source gives a number."""
