"""The source documents behind the strategy rules, as :class:`~socialkit.Source` values.

One place, so every finding, rule and checklist item of the strategy modules
cites the same document the same way (the tag is the file in ``seeds/``).
"""

from socialkit._provenance import Confidence, Source

__all__ = [
    "AGENCY_GLOSSARY",
    "BLOG_ARCHIVE",
    "COURSE_MODULE",
    "FUNNEL_TABLE",
    "HEURISTIC",
    "STRATEGY_ARTICLE",
]

COURSE_MODULE = Source(
    title="[000] Course module: social media strategy and e-CRM",
    confidence=Confidence.SOURCE_DOCUMENT,
)
FUNNEL_TABLE = Source(
    title="[000] Course module: the funnel table (KPIs per stage)",
    confidence=Confidence.SOURCE_DOCUMENT,
)
BLOG_ARCHIVE = Source(
    title="[001] Blog archive: SMO and diagnosis", confidence=Confidence.SOURCE_DOCUMENT
)
AGENCY_GLOSSARY = Source(
    title="[002] Agency glossary: creating a social media strategy in 8 steps (50a.fr)",
    confidence=Confidence.SOURCE_DOCUMENT,
)
STRATEGY_ARTICLE = Source(
    title="[004] Steps for a good social media strategy (7 factors)",
    confidence=Confidence.SOURCE_DOCUMENT,
)
HEURISTIC = Source(
    title="socialkit heuristic",
    confidence=Confidence.UNCONFIRMED,
    note="A default chosen by socialkit, not a measured benchmark; override it.",
)
