"""Column layouts of the analytics exports people download: data, not logic.

Each preset maps socialkit's fields to the header names an export is *reported*
to use. None of these layouts could be checked against a real export file while
this module was written: the names come from the descriptions of independent
importers and of each platform's API metrics, gathered in socialkit's research
notes (2026-12-02). Every preset says so in its ``note``; layouts change, so
:func:`~socialkit.measure.load_history` accepts extra or missing columns, and a
``mapping`` overrides any name.
"""

from __future__ import annotations

from socialkit._core.i18n import N_
from socialkit.measure._layout import ExportPreset

__all__ = ["EXPORT_PRESETS"]

_UNVERIFIED = N_(
    "layout not verified against a real export: column names as reported by "
    "third-party importers (socialkit research notes, 2026-12-02); check your header "
    "and pass mapping= for any column named differently"
)
"""Every preset's note: each is marked ``N_()`` whole, so it is translated where shown."""

EXPORT_PRESETS: tuple[ExportPreset, ...] = (
    ExportPreset(
        name="x",
        platform="x",
        columns={
            "posted_at": ("Date", "time"),
            "text": ("Post text", "Tweet text"),
            "link": ("Post Link", "Tweet permalink"),
            "impressions": ("Impressions", "impressions"),
            "engagements": ("Engagements", "engagements"),
            "reactions": ("Likes", "likes"),
            "comments": ("Replies", "replies"),
            "shares": ("Reposts", "Shares", "retweets"),
            "saves": ("Bookmarks",),
            "clicks": ("URL Clicks", "url clicks"),
            "follows": ("New follows", "follows"),
            "video_views": ("Media views", "media views"),
        },
        note=_UNVERIFIED,
    ),
    ExportPreset(
        name="meta",
        platform=None,
        columns={
            "posted_at": ("Publish time",),
            "text": ("Description", "Title"),
            "link": ("Permalink",),
            "format": ("Post type",),
            "platform": ("Platform",),
            "reach": ("Reach",),
            "impressions": ("Views", "Impressions"),
            "reactions": ("Reactions", "Likes"),
            "comments": ("Comments",),
            "shares": ("Shares",),
            "saves": ("Saves",),
            "follows": ("Follows",),
            "clicks": ("Link clicks",),
        },
        note=N_(
            "layout not verified against a real export: column names as reported by "
            "third-party importers (socialkit research notes, 2026-12-02); check your header "
            "and pass mapping= for any column named differently; Meta renamed impressions "
            "to views in 2024-2025, both are read"
        ),
    ),
    ExportPreset(
        name="linkedin",
        platform="linkedin",
        columns={
            "posted_at": ("Created date",),
            "text": ("Update title",),
            "link": ("Update link",),
            "impressions": ("Impressions",),
            "clicks": ("Clicks",),
            "reactions": ("Reactions", "Likes"),
            "comments": ("Comments",),
            "shares": ("Reposts",),
            "follows": ("Follows",),
        },
        note=N_(
            "layout not verified against a real export: column names as reported by "
            "third-party importers (socialkit research notes, 2026-12-02); check your header "
            "and pass mapping= for any column named differently; LinkedIn exports XLS/XLSX: "
            "read the sheet with pandas and pass the DataFrame"
        ),
    ),
    ExportPreset(
        name="youtube",
        platform="youtube",
        columns={
            "posted_at": ("Video publish time",),
            "text": ("Video title",),
            "impressions": ("Impressions",),
            "video_views": ("Views",),
            "follows": ("Subscribers",),
        },
        note=_UNVERIFIED,
    ),
    ExportPreset(
        name="tiktok",
        platform="tiktok",
        columns={},
        note=N_(
            "no layout could be sourced for TikTok's export: pass mapping= with your "
            "file's column names (posted_at and at least one outcome)"
        ),
    ),
)
