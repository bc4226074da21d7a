"""The kinds of calendar item: a closed set the model and its displays share."""

from socialkit._core.validate import Choice

__all__ = ["ItemKind"]


class ItemKind(Choice):
    """What a calendar item is. Posts, evergreen re-runs and events count as posts
    for the frequency rules; interaction blocks are time reserved to answer and engage.

    >>> [k.value for k in ItemKind if k.is_post]
    ['post', 'evergreen', 'event']
    """

    POST = "post"
    EVERGREEN = "evergreen"
    EVENT = "event"
    INTERACTION = "interaction"

    @property
    def is_post(self) -> bool:
        """Whether the item publishes something (and so counts for frequency rules)."""
        return self is not ItemKind.INTERACTION
