"""Why a post is published: the six purposes of [000] ("Pourquoi publier ?").

Each :class:`PostPurpose` carries the funnel stages and content types it serves
(:attr:`PostPurpose.stages`, :attr:`PostPurpose.content_types`). [000] names the
purposes and says what each is for; the stages and content types are socialkit's
reading of those sentences (a heuristic), kept here as data.
"""

from __future__ import annotations

from socialkit._core.validate import Choice
from socialkit.funnel._stages import ContentType, FunnelStage

__all__ = ["PostPurpose"]


class PostPurpose(Choice):
    """Why publish ([000]): notoriety, interview, content, test, poll, proximity.

    >>> PostPurpose.CONTENT.stages
    (<FunnelStage.TOFU: 'tofu'>,)
    >>> [str(t) for t in PostPurpose.POLL.content_types]
    ['poll']
    """

    NOTORIETY = "notoriety"
    """Build notoriety and an expert status."""
    INTERVIEW = "interview"
    """Approach a prospect without talking sales: easy to produce, of interest to the target."""
    CONTENT = "content"
    """Create content to reuse on your site, to help its search ranking (SEO)."""
    TEST = "test"
    """Test the topics and themes your audience cares about (link it to an A/B comparison)."""
    POLL = "poll"
    """Run polls to refine your market study."""
    PROXIMITY = "proximity"
    """Get closer to your network: come back to an earlier topic, tagging the person."""

    @property
    def stages(self) -> tuple[FunnelStage, ...]:
        """The funnel stages this purpose serves (socialkit's reading of [000])."""
        return _STAGES[self]

    @property
    def content_types(self) -> tuple[ContentType, ...]:
        """The content types that fit this purpose (socialkit's reading of [000])."""
        return _CONTENT_TYPES[self]


_T = ContentType
_STAGES: dict[PostPurpose, tuple[FunnelStage, ...]] = {
    PostPurpose.NOTORIETY: (FunnelStage.TOFU,),
    PostPurpose.INTERVIEW: (FunnelStage.TOFU, FunnelStage.MOFU),
    PostPurpose.CONTENT: (FunnelStage.TOFU,),
    PostPurpose.TEST: (FunnelStage.TOFU,),
    PostPurpose.POLL: (FunnelStage.MOFU,),
    PostPurpose.PROXIMITY: (FunnelStage.RETENTION,),
}
_CONTENT_TYPES: dict[PostPurpose, tuple[ContentType, ...]] = {
    PostPurpose.NOTORIETY: (_T.ARTICLE, _T.VIDEO, _T.INFOGRAPHIC, _T.KNOWLEDGE_SHARING),
    PostPurpose.INTERVIEW: (_T.INTERVIEW, _T.TESTIMONIAL),
    PostPurpose.CONTENT: (_T.ARTICLE, _T.GUIDE, _T.TUTORIAL),
    PostPurpose.TEST: (_T.SOCIAL_POST,),
    PostPurpose.POLL: (_T.POLL,),
    PostPurpose.PROXIMITY: (_T.SOCIAL_POST, _T.REPOST),
}
