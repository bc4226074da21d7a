"""Where a calendar item stands in the team's workflow: a closed set of steps."""

from socialkit._core.validate import Choice

__all__ = ["ItemStatus"]


class ItemStatus(Choice):
    """The workflow step of a calendar item, in order.

    A planned slot has no post yet; filling it makes it a draft (see
    :meth:`ContentCalendar.fill <socialkit.calendar.ContentCalendar.fill>`), which is
    then reviewed, approved, scheduled in a publishing tool and finally
    published. Every step after ``planned`` needs a post.

    >>> [s.value for s in ItemStatus]
    ['planned', 'draft', 'in review', 'approved', 'scheduled', 'published']
    >>> ItemStatus.APPROVED.needs_post
    True
    """

    PLANNED = "planned"
    DRAFT = "draft"
    IN_REVIEW = "in review"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"

    @property
    def needs_post(self) -> bool:
        """Whether an item at this step must carry its post (every step but ``planned``)."""
        return self is not ItemStatus.PLANNED
