"""Planning many accounts at once: one outcome per account, failures kept per account.

An agency tool plans thousands of client accounts a night; one account's bad
strategy must not stop the others. :func:`plan_many` plans each and reports,
per account, either its calendar or what went wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from socialkit._core.fields import frozen
from socialkit._core.i18n import H_, N_, tr
from socialkit._core.table import (
    html_block,
    html_long_table,
    html_readable,
    html_table,
    short_repr,
    table,
)
from socialkit.calendar._model import _ISSUE_HEADERS, ContentCalendar
from socialkit.calendar._planning import PlanSpec, SupportsPlanSpec, _plan_spec, plan
from socialkit.errors import SocialkitTypeError
from socialkit.frequency._rules import check_range

__all__ = ["PlanOutcome", "plan_many"]


@frozen(kw_only=True)
class PlanOutcome:
    """One account's plan: its ``calendar``, or the ``error`` that stopped it.

    ``error`` is ``None`` on success; otherwise it is the failure's type name
    and message (``"PlanningError: ..."``) and ``calendar`` is ``None``.
    """

    account: str
    calendar: ContentCalendar | None = None
    error: str | None = None

    MAX_ROWS = 20
    """Planning issues a notebook shows before truncating, as pandas does."""

    @property
    def ok(self) -> bool:
        """True when the account was planned."""
        return self.error is None

    def rows(self) -> list[tuple[object, ...]]:
        """The outcome as one row: account, planned, posts, platforms, issues, error."""
        cal = self.calendar
        if cal is None or not self.ok:
            return [(self.account, False, "-", "-", "-", self.error or "-")]
        return [(self.account, True, len(cal.posts()), len(cal.platforms), len(cal.issues), "-")]

    def _summary(self) -> str:
        cal = self.calendar
        if cal is None or not self.ok:
            return tr("{account}: not planned", account=self.account)
        return tr(
            "{account}: planned {start} to {end} (posts: {posts}, platforms: {platforms}, "
            "unmet constraints: {issues})",
            account=self.account,
            start=cal.start,
            end=cal.end,
            posts=len(cal.posts()),
            platforms=len(cal.platforms),
            issues=len(cal.issues),
        )

    def _issue_rows(self) -> list[tuple[object, ...]]:
        issues = self.calendar.issues if self.calendar is not None and self.ok else ()
        return [row for issue in issues for row in issue.rows()]

    def __str__(self) -> str:
        text = f"{self._summary()}\n{table(_OUTCOME_HEADERS, self.rows())}"
        issues = self._issue_rows()
        if issues:
            text += f"\n\n{tr('Unmet constraints:')}\n{table(_ISSUE_HEADERS, issues)}"
        return text

    def _repr_html_(self) -> str:
        """The row of :meth:`__str__`, then the unmet constraints (notebooks).

        The calendar itself displays itself: look at :attr:`calendar`.
        """
        issues = self._issue_rows()
        return html_block(
            html_readable(html_table(_OUTCOME_HEADERS, self.rows(), caption=self._summary())),
            html_readable(
                html_long_table(
                    _ISSUE_HEADERS, issues, caption=tr("Unmet constraints:"), max_rows=self.MAX_ROWS
                )
            )
            if issues
            else "",
        )

    def __repr__(self) -> str:
        error = f": {self.error}" if self.error else ""
        return short_repr("PlanOutcome", self._summary() + error)


_OUTCOME_HEADERS = (
    H_("account"),
    H_("planned"),
    H_("posts"),
    H_("platforms"),
    H_("unmet constraints"),
    H_("error"),
)


def _pairs(
    accounts: Mapping[str, PlanSpec | SupportsPlanSpec]
    | Iterable[tuple[str, PlanSpec | SupportsPlanSpec]],
) -> Iterable[tuple[str, object]]:
    if isinstance(accounts, Mapping):
        yield from accounts.items()
        return
    if isinstance(accounts, str | bytes) or not isinstance(accounts, Iterable):
        raise SocialkitTypeError(
            "plan_many(accounts)",
            accounts,
            expected=N_("a mapping of account to PlanSpec, or (account, PlanSpec) pairs"),
        )
    for index, pair in enumerate(accounts):
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise SocialkitTypeError(
                f"plan_many(accounts[{index}])", pair, expected=N_("an (account, PlanSpec) pair")
            )
        yield pair


def plan_many(
    accounts: Mapping[str, PlanSpec | SupportsPlanSpec]
    | Iterable[tuple[str, PlanSpec | SupportsPlanSpec]],
    *,
    start: date,
    end: date,
) -> tuple[PlanOutcome, ...]:
    """Plan every account from ``start`` to ``end`` as :func:`~socialkit.plan` does.

    ``accounts`` maps an account name to its :class:`~socialkit.PlanSpec` (or
    anything with ``to_plan_spec()``, a :class:`~socialkit.Strategy`), or is
    an iterable of ``(account, spec)`` pairs. The result has one
    :class:`PlanOutcome` per account, in input order. A failure of one
    account (an invalid spec, an error raised by a custom sequencer) is
    recorded in its outcome and never stops the others; a bad ``start`` or
    ``end`` concerns every account and raises at once.

    >>> from socialkit import PlanSpec
    >>> ok = PlanSpec.simple(platforms=["linkedin"], tz="Europe/Paris", interaction=None)
    >>> out = plan_many({"acme": ok, "broken": "not a spec"},
    ...                 start=date(2026, 11, 23), end=date(2026, 11, 30))
    >>> [(o.account, o.ok, len(o.calendar.items) if o.calendar else None) for o in out]
    [('acme', True, 3), ('broken', False, None)]
    >>> out[1].error
    "SocialkitTypeError: plan_many(accounts['broken']): got str; expected a PlanSpec or to_plan_spec()"
    """
    check_range(start, end)
    outcomes: list[PlanOutcome] = []
    for account, source in _pairs(accounts):
        name = str(account)
        try:
            spec = _plan_spec(source, f"plan_many(accounts[{name!r}])")
            calendar = plan(spec, start=start, end=end)
        except Exception as exc:  # one account's failure is its outcome
            outcomes.append(PlanOutcome(account=name, error=f"{type(exc).__name__}: {exc}"))
        else:
            outcomes.append(PlanOutcome(account=name, calendar=calendar))
    return tuple(outcomes)
