"""Entities in a post's text, and its length as each platform counts it.

Extraction follows twitter-text 3.1.0 (X's own library and the de-facto
standard): its rules for hashtags, @mentions, $cashtags and URLs,
including URLs without a protocol when the domain ends in a known top-level
domain (``socialkit/text/tlds.txt``). The scanning is written for linear cost:
every pattern is possessive or bounded, and the parts twitter-text does with
backtracking regular expressions (domains, URL paths) are scanned by hand.

Offsets (``Entity.start``/``Entity.end``) are Python ``str`` indices, i.e.
code points; twitter-text reports UTF-16 offsets, which differ after any
character outside the Basic Multilingual Plane (most emoji).
"""

from __future__ import annotations

import collections
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import cache, cached_property, lru_cache
from importlib.resources import files
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Protocol

import attrs
import regex

from socialkit._core.fields import frozen, unchecked
from socialkit._core.i18n import H_, N_, semicolon_list, tr
from socialkit._core.i18n import label as enum_label
from socialkit._core.table import dataframe, html_long_table, html_table, short_repr, table
from socialkit._core.validate import (
    Choice,
    at_least,
    of_type,
    to_enum,
)
from socialkit.errors import SocialkitTypeError, ValidationError
from socialkit.platforms._model import Platform, TextLimit, TextUnit
from socialkit.platforms._registry import platform_of

if TYPE_CHECKING:
    import pandas

__all__ = [
    "MAX_TEXT_LENGTH",
    "Entities",
    "Entity",
    "EntityKind",
    "LimitCheck",
    "TextMeasure",
    "extract",
    "measure",
]

MAX_TEXT_LENGTH = 2_000_000
"""Longest text (in code points) :func:`extract` and :func:`measure` accept.

No platform allows posts anywhere near this long; the cap keeps a stray
multi-megabyte string from tying up a process.
"""

# --- Character classes (twitter-text 3.1.0, src/regexp/*.js) -------------------

_SPACES = "\t-\r \x85\xa0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_INVALID = "\ufffe\ufeff\uffff"
_DIRECTIONAL = "\u202a-\u202e\u061c\u200e\u200f\u2066-\u2069"
_PUNCT = r"!'#%&()*+,\\\-./:;<=>?@\[\]^_{|}~$"
_LATIN_ACCENTS = (
    "\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b"
    "\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"
)
_CYRILLIC = "\u0400-\u04ff"
_JS_SPACE = "\t\n\v\f\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"  # JS \\s
_SURROGATES = "\ud800-\udfff"

# A domain label character: anything but punctuation, spaces, invalid characters
# and directional marks; "-" and "_" join characters inside a label. As in
# twitter-text's punct list, '"' is not excluded.
_LABEL_CHAR = rf"[^!'#%&()*+,\\./:;<=>?@\[\]^{{|}}~${_SPACES}{_INVALID}{_DIRECTIONAL}]"
# Label runs are read around each dot: backwards to the label's start, forwards
# over the dot-separated labels. A run ending in "http(s)" before "://" is cut
# there, so a protocol glued to a word (CJK text) still starts a URL.
_LABEL_START = re.compile(_LABEL_CHAR)
_LABEL_BACK = regex.compile(rf"(?r){_LABEL_CHAR}*+")
_CHAIN = re.compile(rf"{_LABEL_CHAR}++(?:\.{_LABEL_CHAR}++)*+")
_GLUED_PROTOCOL = regex.compile(r"(?ri)\.?https?$")
# Inside a label, a URL may start after any character but an ASCII letter or
# digit, or inside a character outside the BMP (twitter-text works in UTF-16).
_RETRY = re.compile("(?<=[^A-Za-z0-9])[^-_]|[\U00010000-\U0010ffff]")
_ASCII_CHAIN = re.compile(
    rf"(?i)[\-a-z0-9{_LATIN_ACCENTS}]++(?:\.[\-a-z0-9{_LATIN_ACCENTS}]++)*+\.?+"
)
_ASCII_DOMAIN = re.compile(r"[\-a-zA-Z0-9]++(?:\.[\-a-zA-Z0-9]++)++")
_ASCII_LETTERS = re.compile(r"[A-Za-z]*+")
_PUNYCODE_TLD = re.compile(r"(?i)xn--[\-0-9a-z]++")
_PORT = re.compile(r":([0-9]++)")
_PATH_CHARS = f"a-z{_CYRILLIC}0-9!*';:=+,.$/%#\\[\\]\\-\u2013_~@|&{_LATIN_ACCENTS}"
_PATH_RUN = re.compile(rf"(?i)[{_PATH_CHARS}]*+")
_PATH_PARENS = re.compile(
    rf"(?i)\((?:[{_PATH_CHARS}]++\)|[{_PATH_CHARS}]*+\([{_PATH_CHARS}]++\)[{_PATH_CHARS}]*+\))"
)
# Path characters a URL may not end with (trailing punctuation is not part of it).
_PATH_NOT_ENDING = "!*';:,.$%[]~@|&\u2013"
_QUERY_RUN = re.compile(r"(?i)[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]*+")
_QUERY_NOT_ENDING = "!?*'@();:+$%[].,~|"
_TCO = re.compile(r"(?i)https?://t\.co/([a-z0-9]++)(?:\?[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]*+)?")
# The commonest URLs, which the scan by dots would find exactly as matched:
# after a space (or at the start), ASCII labels of letters and digits, 1 to 63
# long, with or without protocol, a path (and query) of plain characters not
# ending in "." (trailing punctuation), then a space or the end. The last label
# must still be a known TLD, and the URL no longer than _MAX_SIMPLE_URL_LENGTH.
#
# Before the URL may also be punctuation that is no label character and no
# character a URL may not follow (@ $ # . / - _); after it, besides a space,
# the characters no domain, port, path or query continues with (< > ^ { } \\),
# and, when there is no query, ")" or a "(" that opens no parentheses the path
# could take (twitter-text's balanced parentheses, as _PATH_PARENS).
_SIMPLE_URL_PATH_CHARS = rf"[{_PATH_CHARS}]"
_SIMPLE_URL = re.compile(
    rf"(?<![^{_SPACES}(){{}}\[\]<>,;!?*|~^=+%&'])(?P<protocol>(?i:https?://))?+"
    r"(?:[A-Za-z0-9]{1,63}+\.)++(?P<tld>[A-Za-z]{2,63}+)"
    r"(?:/[A-Za-z0-9/_.#\-]*+(?<!\.)(?P<query>\?[A-Za-z0-9/_.#=&\-]++(?<!\.))?+)?+"
    rf"(?=[{_SPACES}<>^{{}}\\]|\Z"
    r"|(?(query)(?!)|(?:\)|\((?!(?i:"
    rf"{_SIMPLE_URL_PATH_CHARS}++\)|{_SIMPLE_URL_PATH_CHARS}*+\({_SIMPLE_URL_PATH_CHARS}++\)"
    rf"{_SIMPLE_URL_PATH_CHARS}*+\))))))"
)
# A dot where _tld_at may find a top-level domain: a run of two or more ASCII
# letters not followed by a digit, "@", "+" or "-" (what _bounded refuses), a
# non-ASCII character within the first two (IDN TLDs), or punycode "xn--".
# Only a chain of labels holding such a dot can hold a URL.
_TLD_DOT = re.compile(r"\.(?:[A-Za-z]{2,}+(?![0-9@+\-])|[A-Za-z]?[^\x00-\x7f]|(?i:xn--))")
# Read backwards from such a dot: the run of labels and dots it ends, with the
# protocol before it, if any. No domain before the run can reach into it, nor
# across its last ".." (a domain has no empty label). (A reverse pattern of
# labels each followed by one dot would say so itself, but ``regex`` runs it
# in quadratic time.)
_RUN_BACK = regex.compile(rf"(?r)(?i:https?://)?+(?:{_LABEL_CHAR}|\.)*+")
_MAX_TCO_SLUG = 40  # twitter-text's MAX_TCO_SLUG_LENGTH: a longer t.co slug is not a URL
_MAX_URL_LENGTH = 4096  # twitter-text's MAX_URL_LENGTH, protocol included
_MAX_SIMPLE_URL_LENGTH = _MAX_URL_LENGTH - len("https://")  # as _valid_url counts
_NOT_BEFORE_URL = re.compile(rf"[A-Za-z0-9@＠$#＃{_INVALID}]")
_NOT_BEFORE_BARE_URL = "-_./"
_TLD_BOUNDARY = re.compile(r"[0-9a-zA-Z@+\-]")
_BAD_LABEL = re.compile(r"(?:^|\.)[\-_]|[\-_](?:\.|$)")
# Which TLDs a long chain holds: the ASCII label after each dot, and the first two
# characters of each label with a non-ASCII character (IDN TLDs).
_ASCII_LABEL_AFTER_DOT = re.compile(r"\.([A-Za-z]{2,}+)(?![0-9A-Za-z@+\-])")
_IDN_START_AFTER_DOT = re.compile(r"(?s)\.(?=[A-Za-z]*+[^\x00-\x7f])(..)")

# Hashtag characters: letters and marks, and these (none a letter or mark).
_HASHTAG_NON_LETTER = (
    r"\p{Nd}_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c"
    r"\u30a0\u30fb\u3003\u0f0b\u0f0c\u00b7"
)
_HASHTAG_ALNUM = rf"\p{{L}}\p{{M}}{_HASHTAG_NON_LETTER}"
# The character before "#" is checked by a lookbehind placed after the sign, so
# the engine only stops at "#" followed by a hashtag character. The characters
# must include a letter (or mark) and must not be followed by "#" or "://".
_HASHTAG_CANDIDATE = (
    rf"[#＃](?=[{_HASHTAG_ALNUM}])(?<=(?:^|[\ufe0e\ufe0f]|[^{_HASHTAG_ALNUM}&])[#＃])"
    rf"(?![\ufe0f\u20e3])(?=[{_HASHTAG_NON_LETTER}]*+[\p{{L}}\p{{M}}])([{_HASHTAG_ALNUM}]++)"
)
_HASHTAG = regex.compile(_HASHTAG_CANDIDATE + r"(?![#＃]|://)")
# twitter-text's regex consumes the character before "#", and a match it then
# rejects (followed by "#" or "://") still consumes its text. The character
# before "#" can only be both a hashtag's last character and a valid preceding
# one when it is a variation selector: "#a\ufe0f#b" has no hashtag, the second
# "#" having lost its preceding character to the rejected "#a\ufe0f".
_HASHTAG_SCAN = regex.compile(_HASHTAG_CANDIDATE)
_SELECTOR_BEFORE_HASH = re.compile("[\ufe0e\ufe0f][#＃]")
# The same rule for ASCII text, with the faster standard ``re``.
_ASCII_HASHTAG = re.compile(r"#(?=[0-9_]*+[A-Za-z])(?<![A-Za-z0-9_&]#)([A-Za-z0-9_]++)(?!#|://)")
# Before "@": not a word character or one of !#$%&*@, or "RT"/"RT:" (retweet).
_MENTION = re.compile(
    r"[@＠](?:(?<![a-zA-Z0-9_!#$%&*@＠][@＠])"
    r"|(?<=[rR][tT][@＠])(?<![a-zA-Z0-9_+~.\-][rR][tT][@＠])"
    r"|(?<=[rR][tT]:[@＠])(?<![a-zA-Z0-9_+~.\-][rR][tT]:[@＠]))"
    r"([a-zA-Z0-9_]{1,20}(?:/[a-zA-Z][a-zA-Z0-9_\-]{0,24})?)"
)
_MENTION_WORD = re.compile(r"[a-zA-Z0-9_!#$%&*@＠]")
_AFTER_MENTION = re.compile(rf"[@＠{_LATIN_ACCENTS}]|://")
_CASHTAG = re.compile(
    rf"(?i)\$(?<![^{_SPACES}]\$)([a-z]{{1,6}}(?:[._][a-z]{{1,2}})?)(?=$|[{_JS_SPACE}{_PUNCT}])"
)

# --- Emoji sequences (UTS #51) and graphemes (UAX #29), from the regex package ---

_EMOJI_ELEMENT = r"[\p{Extended_Pictographic}\p{Emoji_Presentation}](?:\p{Emoji_Modifier}|\ufe0f)?+"
_EMOJI = regex.compile(
    r"\p{Regional_Indicator}{2}"
    r"|[0-9#*]\ufe0f?+\u20e3"
    r"|\U0001f3f4[\U000e0020-\U000e007e]++\U000e007f"
    rf"|{_EMOJI_ELEMENT}(?:\u200d{_EMOJI_ELEMENT})*+"
)
# Every emoji sequence of two or more code points holds one of these: a variation
# selector, a zero-width joiner, a keycap, a skin tone (the Emoji_Modifier
# characters), a regional indicator or a tag character.
_SEQUENCE_PART = re.compile(
    "[\ufe0f\u200d\u20e3\U0001f3fb-\U0001f3ff\U0001f1e6-\U0001f1ff\U000e0020-\U000e007f]"
)
_GRAPHEME = regex.compile(r"\X")
_PRINTABLE_ASCII_RUN = re.compile("[\x20-\x7e]{2,}+")
_REGIONAL = re.compile("[\U0001f1e6-\U0001f1ff]++")
_LONE_SURROGATE = re.compile(f"[{_SURROGATES}]")


class EntityKind(Choice):
    """What an entity is: hashtag, mention, URL or cashtag."""

    HASHTAG = "hashtag"
    MENTION = "mention"
    URL = "url"
    CASHTAG = "cashtag"

    @classmethod
    def _missing_(cls, value: object) -> EntityKind:
        """Another spelling of a member's name or value, or a socialkit error."""
        return to_enum(cls, value, "EntityKind")


@frozen(kw_only=True)
class Entity:
    """One hashtag, mention, URL or cashtag found in a text.

    ``text`` has no leading ``#``, ``@`` or ``$`` (a URL is kept as written; a
    list mention keeps its slug, ``"user/list"``). ``start``/``end`` are ``str``
    indices of the whole entity, sign included: ``text[start:end]``.

    >>> extract("Hello #World").hashtags[0]
    Entity(kind=<EntityKind.HASHTAG: 'hashtag'>, text='World', start=6, end=12)
    """

    kind: EntityKind
    text: str
    start: int = attrs.field(validator=at_least(0))
    end: int = attrs.field(validator=at_least(0))


@frozen(kw_only=True)
class Entities:
    """The entities of a text, by kind, each in text order.

    >>> e = extract("Read example.com/guide #SEO #tips @ana $AAPL")
    >>> [h.text for h in e.hashtags], [u.text for u in e.urls], len(e)
    (['SEO', 'tips'], ['example.com/guide'], 5)
    """

    hashtags: tuple[Entity, ...] = ()
    mentions: tuple[Entity, ...] = ()
    urls: tuple[Entity, ...] = ()
    cashtags: tuple[Entity, ...] = ()

    def all(self) -> tuple[Entity, ...]:
        """Every entity, in text order."""
        items = (*self.hashtags, *self.mentions, *self.urls, *self.cashtags)
        return tuple(sorted(items, key=lambda e: e.start))

    def __len__(self) -> int:
        return len(self.hashtags) + len(self.mentions) + len(self.urls) + len(self.cashtags)

    MAX_ROWS = 20
    """Rows a notebook shows before truncating, as pandas does (first and last rows)."""

    def rows(self) -> list[tuple[object, ...]]:
        """One row per entity, in text order: kind, text, start, end (text and HTML)."""
        return [(e.kind, e.text, e.start, e.end) for e in self.all()]

    def _head(self) -> str:
        return tr(
            "entities: {count} (hashtags: {hashtags}, mentions: {mentions}, URLs: {urls}, "
            "cashtags: {cashtags})",
            count=len(self),
            hashtags=len(self.hashtags),
            mentions=len(self.mentions),
            urls=len(self.urls),
            cashtags=len(self.cashtags),
        )

    def __str__(self) -> str:
        return f"{self._head()}\n{table(_ENTITY_HEADERS, self.rows())}"

    def _repr_html_(self) -> str:
        """The rows of :meth:`__str__` as an HTML table (notebooks)."""
        return html_long_table(
            _ENTITY_HEADERS, self.rows(), caption=self._head(), max_rows=self.MAX_ROWS
        )

    def __repr__(self) -> str:
        shown = " ".join(_SIGNS[e.kind] + e.text for e in self.all()[:12])
        return short_repr("Entities", f"{len(self)}: {shown}" if shown else "0")

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per entity, in text order (pandas extra)."""
        return dataframe(
            "Entities.to_dataframe",
            _ENTITY_COLUMNS,
            [(str(e.kind), e.text, e.start, e.end) for e in self.all()],
        )


_ENTITY_HEADERS = (H_("kind"), H_("text"), H_("start"), H_("end"))
_ENTITY_COLUMNS = [("kind", "string"), ("text", "string"), ("start", "int64"), ("end", "int64")]
_SIGNS = {
    EntityKind.HASHTAG: "#",
    EntityKind.MENTION: "@",
    EntityKind.URL: "",
    EntityKind.CASHTAG: "$",
}
"""How an entity is written in a short repr: its sign, then its text (a URL as written)."""


def _check_text(text: object, where: str) -> str:
    if not isinstance(text, str):
        raise SocialkitTypeError(where, text, expected=N_("a str"))
    if len(text) > MAX_TEXT_LENGTH:
        raise ValidationError(
            where,
            tr("{count:,} characters", count=len(text)),
            allowed=tr(
                "expected at most {MAX_TEXT_LENGTH:,} characters (socialkit.text.MAX_TEXT_LENGTH)",
                MAX_TEXT_LENGTH=MAX_TEXT_LENGTH,
            ),
        )
    return text


def extract(text: str) -> Entities:
    """The hashtags, mentions, URLs and cashtags of ``text``, by twitter-text's rules.

    A hashtag needs a letter (``#2024`` is not one) and cannot be glued to a
    preceding word character; a URL without ``http(s)://`` needs a known
    top-level domain; trailing punctuation is not part of a URL; entities that
    overlap a URL are dropped.

    >>> [h.text for h in extract("#1st #2024 word#glued ＃全角 #café").hashtags]
    ['1st', '全角', 'café']
    >>> [u.text for u in extract("see https://example.com/a_(b). or t.co/x!").urls]
    ['https://example.com/a_(b)', 't.co/x']
    """
    text = _check_text(text, "extract(text)")
    return _entities(text, _urls(text))


def _entities(text: str, urls: list[tuple[int, int]]) -> Entities:
    # Cheap substring tests skip the scans a text cannot need.
    mentions = _mentions(text) if "@" in text or "＠" in text else []
    hashtags = _hashtags(text) if "#" in text or "＃" in text else []
    cashtags = _cashtags(text) if "$" in text else []
    if not (urls or mentions or hashtags or cashtags):
        return _NO_ENTITIES
    links = _url_entities(text, urls)
    if links and (mentions or hashtags or cashtags):
        # Only a URL can overlap another entity ("#" or "@" in a path).
        links, mentions, hashtags, cashtags = _without_overlaps(links, mentions, hashtags, cashtags)
    return unchecked(
        Entities,
        hashtags=tuple(hashtags),
        mentions=tuple(mentions),
        urls=tuple(links),
        cashtags=tuple(cashtags),
    )


_NO_ENTITIES = Entities()


# Below this many entities of a kind, building them in bulk (_built) costs
# more than it saves.
_FEW_ENTITIES = 4


def _url_entities(text: str, urls: list[tuple[int, int]]) -> list[Entity]:
    url = EntityKind.URL  # looked up once: an enum member lookup is slow
    if len(urls) < _FEW_ENTITIES:
        return [unchecked(Entity, kind=url, text=text[s:e], start=s, end=e) for s, e in urls]
    return _built(url, [text[s:e] for s, e in urls], [s for s, _ in urls], [e for _, e in urls])


class _Match(Protocol):
    """What entity building reads from a match (of ``re`` or ``regex``)."""

    def __getitem__(self, group: int, /) -> str | Any: ...
    def start(self) -> int: ...
    def end(self) -> int: ...


def _from_matches(kind: EntityKind, matches: Iterable[_Match]) -> list[Entity]:
    """Entities of ``kind`` whose text is each match's group 1.

    Past the first few, each match is read and let go: holding thousands of
    match objects (which the garbage collector tracks) costs more than
    reading them.
    """
    found = iter(matches)
    first = list(itertools.islice(found, _FEW_ENTITIES))
    if len(first) < _FEW_ENTITIES:  # the usual case: build them directly
        return [
            unchecked(Entity, kind=kind, text=m[1], start=m.start(), end=m.end()) for m in first
        ]
    texts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in itertools.chain(first, found):
        texts.append(m[1])
        starts.append(m.start())
        ends.append(m.end())
    return _built(kind, texts, starts, ends)


# Entity's slot descriptors, in field order: setting one bypasses the frozen
# class's __setattr__.
_SLOT_SETTERS: tuple[Callable[[Entity, object], None], ...] = tuple(
    vars(Entity)[field.name].__set__ for field in attrs.fields(Entity)
)


def _built(kind: EntityKind, texts: list[str], starts: list[int], ends: list[int]) -> list[Entity]:
    """Entities of ``kind`` from their columns, built in bulk.

    A text of a million characters can hold 300,000 entities, and calling
    ``Entity(...)`` runs its attrs ``__init__`` (four frozen-slot writes in
    Python) for each. Filling the slots column by column with their
    descriptors, one C-level ``map`` each, builds the same objects about
    three times faster. That is sound because ``Entity``'s fields are plain
    values its typed validators would only re-check, and it has no converter or
    ``__attrs_post_init__`` (tests/text/test_text.py checks).
    """
    entities = list(map(Entity.__new__, itertools.repeat(Entity, len(texts))))
    # In field order, as _SLOT_SETTERS: kind, text, start, end.
    columns: tuple[Iterable[object], ...] = (itertools.repeat(kind), texts, starts, ends)
    for setter, values in zip(_SLOT_SETTERS, columns, strict=True):
        collections.deque(map(setter, entities, values), maxlen=0)  # runs the map
    return entities


def _without_overlaps(*groups: list[Entity]) -> list[list[Entity]]:
    """``groups`` without the entities that overlap an earlier one.

    As in twitter-text, the entity that starts first wins (on a tie, the one
    in the earlier group).
    """
    dropped: set[Entity] = set()
    end = 0
    for entity in sorted(itertools.chain(*groups), key=attrgetter("start")):
        if entity.start < end:
            dropped.add(entity)
        else:
            end = entity.end
    if not dropped:
        return list(groups)
    return [[e for e in group if e not in dropped] for group in groups]


def _hashtags(text: str) -> list[Entity]:
    if text.isascii():
        return _from_matches(EntityKind.HASHTAG, _ASCII_HASHTAG.finditer(text))
    if not _SELECTOR_BEFORE_HASH.search(text):
        return _from_matches(EntityKind.HASHTAG, _HASHTAG.finditer(text))
    return _from_matches(EntityKind.HASHTAG, _hashtag_matches(text))


def _hashtag_matches(text: str) -> Iterator[_Match]:
    """twitter-text's hashtag scan, step by step: each match consumes its text.

    A match also consumes the character before its sign, so a candidate whose
    preceding character ended the previous match (a variation selector) is
    no match; a match followed by ``#`` or ``://`` is no hashtag, yet it still
    consumes its text.
    """
    consumed = 0
    for m in _HASHTAG_SCAN.finditer(text):
        sign = m.start()
        if sign and sign - 1 < consumed:
            continue
        consumed = m.end()
        if not text.startswith(("#", "＃", "://"), consumed):
            yield m


def _mentions(text: str) -> list[Entity]:
    return _from_matches(EntityKind.MENTION, _mention_matches(text))


def _mention_matches(text: str) -> Iterator[re.Match[str]]:
    consumed = 0  # twitter-text's regex consumes the character before "@"
    for m in _MENTION.finditer(text):
        # twitter-text's match also takes the character before "@" (or "RT" and
        # the one before it), so it clashes with the previous match when it starts
        # before that one's end (_mention_start). Only an "@" right at that end
        # can: the character before "RT" is never one a match ends with.
        if m.start() == consumed and _mention_start(text, consumed) < consumed:
            continue
        consumed = m.end()
        if not _AFTER_MENTION.match(text, consumed):
            yield m


def _mention_start(text: str, at: int) -> int:
    """Where twitter-text's match for the "@" at ``at`` begins (its preceding part)."""
    if at == 0 or not _MENTION_WORD.match(text, at - 1):
        return max(at - 1, 0)
    for size in (2, 3):  # "RT@" or "RT:@", at the start or after a non-word character
        if text[max(at - size, 0) : at].lower() in ("rt", "rt:") and at - size >= 0:
            return max(at - size - 1, 0)
    return at


def _cashtags(text: str) -> list[Entity]:
    return _from_matches(EntityKind.CASHTAG, _CASHTAG.finditer(text))


# --- URLs ----------------------------------------------------------------------


@frozen
class _TldTable:
    """The TLD list (generic and country sections together), indexed for URL scanning."""

    every: frozenset[str]
    by_first: dict[str, tuple[str, ...]]
    """Non-ASCII (IDN) TLDs by their first character, longest first."""
    idn_prefixes: frozenset[str]
    """First two characters of every IDN TLD."""


@cache
def _tlds() -> _TldTable:
    sections: dict[str, set[str]] = {"generic": set(), "country": set()}
    current: set[str] | None = None
    data = files("socialkit.text").joinpath("tlds.txt").read_text(encoding="utf-8")
    for raw in data.splitlines():
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            current = sections[line[1:-1]]
        elif line and not line.startswith("#") and current is not None:
            current.add(line.lower())
    every = sections["generic"] | sections["country"]
    idn = sorted((t for t in every if not t.isascii()), key=len, reverse=True)
    by_first: dict[str, tuple[str, ...]] = {}
    for tld in idn:
        by_first[tld[0]] = (*by_first.get(tld[0], ()), tld)
    return _TldTable(
        every=frozenset(every),
        by_first=by_first,
        idn_prefixes=frozenset(t[:2] for t in idn),
    )


def _run_end(pattern: re.Pattern[str], text: str, at: int) -> int:
    """End of ``pattern``'s match at ``at`` (``at`` when it matches nothing)."""
    m = pattern.match(text, at)
    return m.end() if m else at


def _bounded(text: str, end: int) -> bool:
    return end >= len(text) or not _TLD_BOUNDARY.match(text, end)


def _tld_at(text: str, at: int) -> int:
    """Length of the top-level domain starting at ``at``, or 0.

    A TLD must not be followed by a letter, digit, ``@``, ``+`` or ``-``.
    """
    table = _tlds()
    letters = _run_end(_ASCII_LETTERS, text, at) - at
    if (
        letters >= 2
        and _bounded(text, at + letters)
        and text[at : at + letters].lower() in table.every
    ):
        return letters
    if at + letters < len(text) and not text[at + letters].isascii() and at < len(text):
        for tld in table.by_first.get(text[at].lower(), ()):
            end = at + len(tld)
            if _bounded(text, end) and text[at:end].lower() == tld:
                return len(tld)
    puny = _PUNYCODE_TLD.match(text, at)
    return puny.end() - at if puny else 0


@cache
def _dot_finder(tlds: frozenset[str], punycode: bool) -> regex.Pattern[str]:
    """A reverse-searching pattern for a dot followed by one of a few TLDs."""
    words = sorted(tlds, key=len, reverse=True)
    alternatives = [f"(?:{'|'.join(map(regex.escape, words))})"] if words else []
    if punycode:
        alternatives.append("xn--")
    return regex.compile(rf"(?ri)\.(?:{'|'.join(alternatives)})")


def _tld_dots(chain: str, end: int) -> Iterator[int]:
    """Indexes of dots before ``end`` that may precede a TLD, last first.

    Which TLDs occur at all is settled with set operations (C speed), so a
    chain of a million labels that are not TLDs costs a few scans, not a
    million lookups.
    """
    if chain.count(".", 0, end) <= 16:  # short chains: every dot is a candidate
        dot = chain.rfind(".", 0, end)
        while dot >= 0:
            yield dot
            dot = chain.rfind(".", 0, dot)
        return
    table = _tlds()
    hits = set(map(str.lower, _ASCII_LABEL_AFTER_DOT.findall(chain))) & table.every
    if not chain.isascii():
        prefixes = set(map(str.lower, _IDN_START_AFTER_DOT.findall(chain))) & table.idn_prefixes
        hits |= {t for p in prefixes for t in table.by_first[p[0]] if t.startswith(p)}
    punycode = ".xn--" in chain.lower()
    if not hits and not punycode:
        return
    for m in _dot_finder(frozenset(hits), punycode).finditer(chain, 0, len(chain)):
        if m.start() < end:
            yield m.start()


def _valid_label(label: str, joiners: str) -> bool:
    """A subdomain (joiners ``-_``) or domain name (joiner ``-``): no joiner at an edge."""
    if not label or label[0] in "-_" or label[-1] in "-_":
        return False
    return joiners == "-_" or "_" not in label


def _domain_end(text: str, start: int, chain_end: int, *, first_label_ok: bool = False) -> int:
    """End of the longest valid domain starting at ``start`` (0 if none).

    A domain is subdomains, a domain name and a TLD; like twitter-text's
    backtracking regex, the TLD is the last label that begins with one, provided
    every label before it is valid. Candidates are found by regex, so a long
    chain of labels that cannot be TLDs costs one C-level scan.
    ``first_label_ok`` skips the checks on the first label (used to ask whether
    a start inside that label could succeed).
    """
    chain = text[start:chain_end]
    first_dot = chain.find(".")
    bad = _BAD_LABEL.search(chain, first_dot if first_label_ok and first_dot > 0 else 0)
    if bad is None:
        first_bad = len(chain)
    elif chain[bad.start()] == ".":
        first_bad = bad.start() + 1
    elif bad.start() == 0 and chain[0] in "-_":
        return 0
    else:
        first_bad = chain.rfind(".", 0, bad.start()) + 1
    for at in _tld_dots(chain, first_bad):
        name_start = chain.rfind(".", 0, at) + 1
        if (first_label_ok and name_start == 0) or _valid_label(chain[name_start:at], "-"):
            size = _tld_at(text, start + at + 1)
            if size:
                return start + at + 1 + size
    return 0


def _path_end(text: str, slash: int) -> int:
    """End of the URL path starting with ``/`` at ``slash``: trailing punctuation excluded.

    The path may end after an ending character (a letter, a digit, ``-+=_#/``)
    or after balanced parentheses that directly follow such an end; parentheses
    after other punctuation (``x](a)``) only count when an ending character
    follows them, as in twitter-text's validUrlPath.
    """
    end = at = slash + 1
    while True:
        run_end = _run_end(_PATH_RUN, text, at)
        kept = len(text[at:run_end].rstrip(_PATH_NOT_ENDING))
        if kept:
            end = at + kept
        parens = _PATH_PARENS.match(text, run_end)
        if not parens:
            return end
        if run_end == end:
            end = parens.end()
        at = parens.end()


def _query_end(text: str, mark: int) -> int:
    """End of the query starting with ``?`` at ``mark``, or ``mark`` if it has none."""
    run_end = _run_end(_QUERY_RUN, text, mark + 1)
    kept = len(text[mark + 1 : run_end].rstrip(_QUERY_NOT_ENDING))
    return mark + 1 + kept if kept else mark


def _utf16(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-16-le", "surrogatepass")) // 2


@lru_cache(maxsize=4096)
def _ascii_domain_length(domain: str) -> int:
    """Length of ``domain`` in punycode, or -1 when a label is empty or over 63 long."""
    length = -1
    for label in domain.split("."):
        if len(label) > 63:  # punycode never shortens a label
            return -1
        if not label.isascii():
            try:
                label = "xn--" + label.encode("punycode").decode("ascii")
            except UnicodeError:
                return -1
        if not 1 <= len(label) <= 63:
            return -1
        length += len(label) + 1
    return length


def _valid_url(url: str, domain: str) -> bool:
    """twitter-text's isValidUrl: each punycode label 1-63 long, whole URL <= 4096."""
    ascii_length = _ascii_domain_length(domain) if len(domain) < 4096 else -1
    if ascii_length < 0:
        return False
    return len("https://") + _utf16(url) + ascii_length - _utf16(domain) <= _MAX_URL_LENGTH


def _bare_domains(domain: str, offset: int) -> list[tuple[int, int]]:
    """ASCII domains inside a URL found without protocol (twitter-text's validAsciiDomain).

    twitter-text 3.1.0 keeps every one of them, short country domains such as
    ``foo.jp`` included (older conformance files skipped those without a path).
    """
    if _ASCII_DOMAIN.fullmatch(domain):  # the usual case: the whole domain is the match
        return [(offset, offset + len(domain))]
    spans: list[tuple[int, int]] = []
    at = 0
    while at < len(domain) and (chain := _ASCII_CHAIN.search(domain, at)) is not None:
        at = chain.end()
        for dot in _tld_dots(chain.group(), chain.end() - chain.start()):
            dot += chain.start()
            size = _tld_at(domain, dot + 1)
            if size:
                spans.append((offset + chain.start(), offset + dot + 1 + size))
                at = dot + 1 + size
                break
    return spans


def _urls(text: str, *, fast_path: bool = True) -> list[tuple[int, int]]:
    """Spans of the URLs of ``text``, left to right (twitter-text's extractUrlsWithIndices).

    Every domain has a dot, so the scan jumps from dot to dot (``str.find``)
    and reads the run of labels around each one (:func:`_url_at`), instead of
    trying a regular expression at every position. Runs of labels without a
    dot that may precede a TLD are skipped unread (:class:`_TldDots`). The
    commonest URLs are matched whole beforehand, by one C-level scan
    (:data:`_SIMPLE_URL`): a match that starts at or after the scan's position
    and holds the next dot is the URL the dot would give. ``fast_path=False``
    turns both shortcuts off, visiting every dot (the tests check both agree).
    """
    if "." not in text:
        return []
    spans: list[tuple[int, int]] = []
    tlds = _tlds().every
    simple = _SIMPLE_URL.finditer(text) if fast_path else iter(())
    candidate = next(simple, None)
    tld_dots: _TldDots | None = None  # made when first needed
    at = 0
    while (dot := text.find(".", at)) >= 0:
        while candidate is not None and candidate.start() < at:
            candidate = next(simple, None)
        if (
            candidate is None
            or candidate.start() > dot
            or candidate["tld"].lower() not in tlds
            or candidate.end() - candidate.start() > _MAX_SIMPLE_URL_LENGTH
        ):
            if fast_path and text[dot + 1 : dot + 2] not in (
                "",
                " ",
                "\n",
            ):  # a sentence's end is cheap as is
                tld_dots = tld_dots or _TldDots(text)
                resume = tld_dots.resume_at(at, dot)
                if resume > at:
                    at = resume
                    continue
            at = _url_at(text, at, dot, spans)
            continue
        start, end = candidate.span()
        kept = _tco_length(candidate[0]) if candidate["protocol"] else end - start
        if kept:
            spans.append((start, start + kept))
        at = end + 1
    return spans


class _TldDots:
    """Where a URL scan may resume: the dots that may precede a TLD, and their runs.

    A domain ends in a TLD, so a URL needs a dot :func:`_tld_at` accepts
    (:data:`_TLD_DOT` finds them and a few more), and no domain crosses the
    start of the run of labels (and protocol) holding that dot
    (:data:`_RUN_BACK`): the scan can resume there. Each dot and run is found
    at most once, by C-level scans that never cover the same text twice, so
    skipping stays linear.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._dot = -1  # the first such dot from the scan's position on
        self._run_start = -1  # start of its run, -1 until needed

    def resume_at(self, at: int, dot: int) -> int:
        """Where the scan from ``at``, whose next dot is ``dot``, may resume (``at`` or later)."""
        if self._dot < at:
            found = _TLD_DOT.search(self._text, at)
            self._dot = found.start() if found else len(self._text)
            self._run_start = -1
        if self._dot == len(self._text):  # no URL from here on
            return self._dot
        if dot == self._dot:  # the usual case: the next dot itself may precede a TLD
            return at
        if self._run_start < 0:
            run = _RUN_BACK.match(self._text, at, self._dot)
            start = run.start() if run else self._dot
            empty_label = self._text.rfind("..", start, self._dot)
            self._run_start = start if empty_label < 0 else empty_label + 2
        return max(at, self._run_start)


def _url_at(text: str, at: int, dot: int, spans: list[tuple[int, int]]) -> int:
    """Scan the labels around the ``dot`` found searching from ``at``; where to search next.

    A URL found is appended to ``spans``.
    """
    if not _LABEL_START.match(text, dot + 1):  # "end." or "...": no label follows
        return dot + 1
    back = _LABEL_BACK.match(text, at, dot)
    domain_start = back.start() if back else dot
    if domain_start == dot:
        return dot + 1
    chain_end = _run_end(_CHAIN, text, domain_start)
    if text.startswith("://", chain_end):  # "...http" glued to a protocol: cut it off
        glued = _GLUED_PROTOCOL.search(text, domain_start, chain_end)
        chain_end = glued.start() if glued else chain_end
    if chain_end <= dot:
        return dot + 1
    protocol = _protocol_before(text, at, domain_start)
    if domain_start == 0 and not protocol and _first_char_precedes(text, dot):
        domain_start = 1  # the regex takes text[0] as the "preceding character"
    start = domain_start - len(protocol)
    before = text[start - 1] if start else ""
    if not protocol and ord(text[domain_start]) > 0xFFFF and _NOT_BEFORE_URL.match(before or "a"):
        # twitter-text scans UTF-16: where no match can start before a
        # character outside the BMP, one starts inside it, its high
        # surrogate serving as the preceding character.
        before = text[domain_start]
    if protocol and before and _NOT_BEFORE_URL.match(before):
        # "xhttp://a.com": no URL at "http"; the regex then matches "a.com"
        # after "/", a bare URL it rejects, consuming its path.
        protocol, start, before = "", domain_start, "/"
    domain_end = _domain_end(text, domain_start, chain_end)
    if not domain_end or (before and _NOT_BEFORE_URL.match(before)):
        return _retry_at(text, domain_start, chain_end, had_domain=bool(domain_end))
    port = _PORT.match(text, domain_end)
    end = port.end() if port else domain_end
    has_path = text.startswith("/", end)
    if has_path:
        end = _path_end(text, end)
    if text.startswith("?", end):
        end = _query_end(text, end)
    at = end + 1  # the next URL's preceding character may be text[end]
    url, domain = text[start:end], text[domain_start:domain_end]
    if not _valid_url(url, domain):
        return at
    if protocol:
        if kept := _tco_length(url):
            spans.append((start, start + kept))
    elif not before or before not in _NOT_BEFORE_BARE_URL:
        found = _bare_domains(domain, domain_start)
        if found and has_path:
            found[-1] = (found[-1][0], end)
        spans.extend(found)
    return at


def _first_char_precedes(text: str, dot: int) -> bool:
    """Whether a URL at the very start begins at index 1 instead.

    twitter-text tries "a preceding character" before "start of text", so a
    leading character other than an ASCII letter or digit is taken as the
    preceding one when the rest of the first label can start a domain.
    """
    first = text[0]
    if ord(first) > 0xFFFF:  # started inside instead (UTF-16), see _urls
        return False
    ascii_word = first.isascii() and first.isalnum()
    return dot > 1 and not ascii_word and not _NOT_BEFORE_URL.match(first) and text[1] not in "-_"


def _protocol_before(text: str, at: int, start: int) -> str:
    """``"http://"`` or ``"https://"`` (as written) ending at ``start``, else ``""``."""
    if start < 3 or not text.startswith("://", start - 3):
        return ""
    for size in (7, 8):
        if start - size >= at and text[start - size : start].lower() in ("http://", "https://"):
            return text[start - size : start]
    return ""


def _retry_at(text: str, label_start: int, chain_end: int, *, had_domain: bool) -> int:
    """Where to search next after a chain gave no URL at its start.

    twitter-text's regex would retry at every later position. Inside the first
    label, a position after a character other than an ASCII letter or digit
    can start a URL when the rest of the label is valid there; failing that,
    the next match follows the first dot (where a bare URL is rejected but its
    path consumed). The position is computed, not searched for, so each chain
    costs a bounded number of retries and scanning stays linear.
    """
    first_end = text.find(".", label_start, chain_end)
    first_end = chain_end if first_end < 0 else first_end
    after_dot = first_end + 1 if first_end < chain_end else chain_end
    if had_domain:  # a bad preceding character: the first label itself is valid
        inner = _RETRY.search(text, label_start + 1, first_end)
        return inner.start() if inner else after_dot
    end = _domain_end(text, label_start, chain_end, first_label_ok=True)
    if not end or text[first_end - 1] in "-_":
        return chain_end
    low = label_start + 1
    if text.count(".", label_start, end) == 1:  # the first label is the domain name: no "_"
        low = max(low, text.rfind("_", label_start, first_end) + 1)
    inner = _RETRY.search(text, low, first_end)
    return inner.start() if inner else after_dot


def _tco_length(url: str) -> int:
    """Length of the URL kept: a t.co link stops after its slug (and query).

    A t.co slug longer than 40 characters is no URL at all (0), as in
    twitter-text 3.1.0 (``MAX_TCO_SLUG_LENGTH``): its text counts as text.
    """
    m = _TCO.match(url)
    if not m:
        return len(url)
    if len(m.group(1)) > _MAX_TCO_SLUG:
        return 0
    query = url[m.end(1) : m.end()]
    if query:
        kept = len(query[1:].rstrip(_QUERY_NOT_ENDING))
        return m.end(1) + (kept + 1 if kept else 0)
    return m.end(1)


# --- Measuring -----------------------------------------------------------------


@frozen(kw_only=True)
class _Weights:
    """twitter-text's weighted-length configuration (config/v3.json)."""

    scale: int
    default_weight: int
    ranges: tuple[tuple[int, int, int], ...]
    invalid: str


_X_V3 = _Weights(
    scale=100,
    default_weight=200,
    ranges=((0, 4351, 100), (8192, 8205, 100), (8208, 8223, 100), (8242, 8247, 100)),
    invalid="\ufffe\ufeff\uffff",
)
"""twitter-text config/v3.json (2020-03-31, Apache-2.0); emoji sequences weigh default_weight."""

_X_INVALID = re.compile(f"[{_X_V3.invalid}]")
_MAYBE_REJECTED = re.compile(f"[{_SURROGATES}{_X_V3.invalid}]")  # one scan for the usual case
_LIGHT = re.compile("[\x00-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]")


def _plain_weight(text: str) -> int:
    """Sum of per-code-point weights (the two v3 weights: 100 inside the ranges, else 200)."""
    light = len(text) if text.isascii() else len(text) - len(_LIGHT.sub("", text))
    return light * 100 + (len(text) - light) * _X_V3.default_weight


def _x_weighted(text: str, urls: list[tuple[int, int]], url_length: int) -> int:
    """twitter-text v3 weighted length: URLs fixed, each emoji sequence one unit.

    Sums over the whole text, then swaps each URL's weight for the fixed
    length and each emoji sequence's weight (outside URLs) for one unit.
    """
    total = _plain_weight(text) + len(urls) * url_length * _X_V3.scale
    if urls:
        total -= _plain_weight("".join(text[a:b] for a, b in urls))
    if not text.isascii() and _SEQUENCE_PART.search(text):
        emoji = _emoji_outside(text, urls)
        total += len(emoji) * _X_V3.default_weight - _plain_weight("".join(emoji))
    return total // _X_V3.scale


def _emoji_outside(text: str, urls: list[tuple[int, int]]) -> list[str]:
    """Emoji sequences of two or more code points that are not inside a URL."""
    if not urls:
        return [e for e in _EMOJI.findall(text) if len(e) > 1]
    found = []
    spans = iter(urls)
    span = next(spans, None)
    for m in _EMOJI.finditer(text):
        if m.end() - m.start() < 2:
            continue
        while span is not None and span[1] <= m.start():
            span = next(spans, None)
        if span is None or m.end() <= span[0]:
            found.append(m.group())
    return found


def _with_urls(
    text: str, urls: list[tuple[int, int]], url_length: int | None, count: Callable[[str], int]
) -> int:
    """``count(text)`` where every URL counts ``url_length``."""
    if url_length is None:
        return count(text)
    outside = "".join(text[a:b] for a, b in _gaps(urls, len(text)))
    return count(outside) + len(urls) * url_length


def _gaps(spans: list[tuple[int, int]], size: int) -> Iterator[tuple[int, int]]:
    at = 0
    for start, end in spans:
        yield at, start
        at = end
    yield at, size


def _graphemes(text: str) -> int:
    """Extended grapheme clusters (UAX #29), counted with ``regex``'s ``\\X``.

    In ASCII text only CR LF joins (rule GB3). Elsewhere, inside a run of
    printable ASCII characters every character is a cluster of its own: none
    is an extending or joining character, a prepended one or a pictograph,
    so only the run's first character can join what precedes it and only its
    last what follows. Each run is replaced by one letter, which joins on
    both sides exactly as the run's ends do, and its other characters are
    counted directly: ``\\X`` (the slower scan) reads only the rest.

    ``regex`` rescans a run of regional indicators at every boundary
    (quadratic time), so each run is first replaced by one letter per flag:
    indicators pair up from the start of a run (rules GB12/GB13) and a letter
    takes the same combining marks and joiners after it.
    """
    if text.isascii():
        return len(text) - text.count("\r\n")
    size = len(text)
    text = _PRINTABLE_ASCII_RUN.sub("a", text)
    counted = size - len(text)  # the characters of runs after their first
    if _REGIONAL.search(text):
        text = _REGIONAL.sub(lambda m: "a" * ((len(m.group()) + 1) // 2), text)
    return counted + len(_GRAPHEME.findall(text))


# Mastodon's Account::MENTION_RE: "@user" then an optional "@domain"; group 1 is the domain.
_FEDIVERSE_MENTION = regex.compile(
    r"(?<![=/[[:word:]]])@[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?(@[[:word:].-]+[[:word:]])",
    regex.IGNORECASE,
)


def _without_mention_domains(
    text: str, urls: list[tuple[int, int]]
) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with each mention's domain cut (``@user@host`` -> ``@user``), and its URL spans.

    Mastodon's StatusLengthValidator counts a mention as its username: only
    mentions its extractor accepts (not followed by ``@``, an accented letter or
    ``://``; a domain of at most 253 characters) and not inside a URL. One pass
    over mentions and URL spans, both in text order.
    """
    pieces: list[str] = []
    shifted: list[tuple[int, int]] = []
    at = removed = 0
    spans = iter(urls)
    span = next(spans, None)
    for m in _FEDIVERSE_MENTION.finditer(text):
        while span is not None and span[1] <= m.start():
            shifted.append((span[0] - removed, span[1] - removed))
            span = next(spans, None)
        inside_url = span is not None and span[0] < m.end()
        if inside_url or len(m.group(1)) > 254 or _AFTER_MENTION.match(text, m.end()):
            continue
        cut_from, cut_to = m.span(1)
        pieces.append(text[at:cut_from])
        at, removed = cut_to, removed + cut_to - cut_from
    while span is not None:
        shifted.append((span[0] - removed, span[1] - removed))
        span = next(spans, None)
    return "".join([*pieces, text[at:]]), shifted


_SCHEME = re.compile(r"(?i)https?://")


def _length(text: str, urls: list[tuple[int, int]], limit: TextLimit) -> int:
    """``text``'s length in ``limit.unit``, URLs counting ``limit.url_length`` if set.

    ``urls`` are the URL spans of ``text`` (computed once per measurement).
    """
    if limit.url_needs_scheme:
        urls = [(a, b) for a, b in urls if _SCHEME.match(text, a)]
    if limit.mention_domain_free and "@" in text:
        text, urls = _without_mention_domains(text, urls)
    unit = limit.unit
    if unit is TextUnit.X_WEIGHTED:
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
            urls = _urls(text)
        return _x_weighted(text, urls, limit.url_length or 23)
    return _with_urls(text, urls, limit.url_length, _COUNTERS[unit])


def _utf8_bytes(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def _emoji_as_bytes(text: str) -> int:
    """Code points, each emoji sequence counting its UTF-8 bytes instead (Threads)."""
    if text.isascii():
        return len(text)
    emoji = _EMOJI.findall(text)
    return len(text) + sum(_utf8_bytes(e) - len(e) for e in emoji)


_COUNTERS: dict[TextUnit, Callable[[str], int]] = {
    TextUnit.CODE_POINTS: len,
    TextUnit.GRAPHEMES: _graphemes,
    TextUnit.UTF8_BYTES: _utf8_bytes,
    TextUnit.UTF16_UNITS: lambda s: len(s.encode("utf-16-le", "surrogatepass")) // 2,
    TextUnit.CODE_POINTS_EMOJI_AS_BYTES: _emoji_as_bytes,
}


@frozen(kw_only=True)
class LimitCheck:
    """One text limit checked: the length in that limit's unit against its maximum."""

    limit: TextLimit
    length: int = attrs.field(validator=at_least(0))

    @property
    def remaining(self) -> int:
        """Units left before the limit (negative when over)."""
        return self.limit.maximum - self.length

    @property
    def fits(self) -> bool:
        """Whether the length is within the limit."""
        return self.length <= self.limit.maximum

    def rows(self) -> list[tuple[object, ...]]:
        """The check's row: unit, length, maximum, units left, whether it fits."""
        return [(self.limit.unit, self.length, self.limit.maximum, self.remaining, self.fits)]

    def __str__(self) -> str:
        return table(_LIMIT_HEADERS, self.rows())

    def __repr__(self) -> str:
        return short_repr(
            "LimitCheck",
            tr(
                "{length}/{maximum} {unit}: {state} ({remaining} left)",
                length=self.length,
                maximum=self.limit.maximum,
                unit=enum_label(self.limit.unit),
                state=tr("fits") if self.fits else tr("over"),
                remaining=self.remaining,
            ),
        )

    def _repr_html_(self) -> str:
        """The row of :meth:`__str__` as an HTML table (notebooks)."""
        return html_table(
            _LIMIT_HEADERS, self.rows(), caption=tr("text limit: {field}", field=self.limit.field)
        )

    def to_dataframe(self) -> pandas.DataFrame:
        """One row: ``unit`` string, ``length``/``limit``/``remaining`` int64, ``fits`` bool."""
        return dataframe(
            "LimitCheck.to_dataframe",
            _LIMIT_COLUMNS,
            [(str(self.limit.unit), self.length, self.limit.maximum, self.remaining, self.fits)],
        )


_LIMIT_HEADERS = (H_("unit"), H_("length"), H_("limit"), H_("remaining"), H_("fits"))
_LIMIT_COLUMNS = [
    ("unit", "string"),
    ("length", "int64"),
    ("limit", "int64"),
    ("remaining", "int64"),
    ("fits", "boolean"),
]


def _not_empty(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]
) -> None:
    if not value:
        raise ValidationError(
            f"{type(instance).__name__}.{attribute.name}",
            N_("got no item"),
            allowed=N_("expected at least one"),
        )


@frozen(kw_only=True)
class TextMeasure:
    """A text measured against one field of one platform.

    ``entities`` are extracted on first use, so measuring alone stays cheap.
    ``length``, ``limit``, ``unit`` and ``remaining`` describe the first limit
    in the platform's data; ``checks`` holds every limit of that field (Bluesky
    caps graphemes *and* bytes) and ``fits`` is true only when all of them are
    met. ``valid`` is false when the text holds characters the platform rejects
    (lone surrogates anywhere; U+FFFE, U+FEFF, U+FFFF under twitter-text
    counting); ``problems`` says which.

    >>> m = measure("Hello 👋🏽 https://example.com/some/long/path", "x")
    >>> m.length, m.limit, m.remaining, m.fits
    (32, 280, 248, True)
    """

    platform: str
    field: str
    tier: str | None
    checks: tuple[LimitCheck, ...] = attrs.field(validator=_not_empty)
    text: str = attrs.field(repr=False)
    problems: tuple[str, ...] = ()
    _url_spans: tuple[tuple[int, int], ...] | None = attrs.field(
        default=None, alias="url_spans", repr=False, eq=False
    )

    @cached_property
    def entities(self) -> Entities:
        """The hashtags, mentions, URLs and cashtags of the text (found on first use)."""
        spans = _urls(self.text) if self._url_spans is None else list(self._url_spans)
        return _entities(self.text, spans)

    @property
    def _main(self) -> LimitCheck:
        return self.checks[0]

    @property
    def length(self) -> int:
        """The length as the platform counts it (first limit's unit)."""
        return self._main.length

    @property
    def limit(self) -> int:
        """The maximum of the first limit."""
        return self._main.limit.maximum

    @property
    def unit(self) -> TextUnit:
        """The unit of ``length`` and ``limit``."""
        return self._main.limit.unit

    @property
    def remaining(self) -> int:
        """Units left under the first limit (negative when over)."""
        return self._main.remaining

    @property
    def fits(self) -> bool:
        """True when every limit of the field is met."""
        return all(c.fits for c in self.checks)

    @property
    def valid(self) -> bool:
        """True when the text has no character the platform rejects."""
        return not self.problems

    def rows(self) -> list[tuple[object, ...]]:
        """One row per limit of the field (the rows of :class:`LimitCheck`)."""
        return [row for c in self.checks for row in c.rows()]

    def _head(self) -> str:
        tier = f" ({self.tier})" if self.tier else ""
        state = tr("fits") if self.fits else tr("too long")
        if not self.valid:
            state = semicolon_list([state, *self.problems])
        return f"{self.platform} {self.field}{tier}: {state}"

    def __str__(self) -> str:
        return f"{self._head()}\n{table(_LIMIT_HEADERS, self.rows())}"

    def __repr__(self) -> str:
        return short_repr("TextMeasure", f"{self._head()} ({self.length}/{self.limit} {self.unit})")

    def _repr_html_(self) -> str:
        """The rows of :meth:`__str__` as an HTML table (notebooks)."""
        return html_table(_LIMIT_HEADERS, self.rows(), caption=self._head())

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per limit, as :meth:`LimitCheck.to_dataframe` (pandas extra)."""
        return dataframe(
            "TextMeasure.to_dataframe",
            _LIMIT_COLUMNS,
            [
                (str(c.limit.unit), c.length, c.limit.maximum, c.remaining, c.fits)
                for c in self.checks
            ],
        )


def _problems(text: str, limits: tuple[TextLimit, ...]) -> tuple[str, ...]:
    if text.isascii() or not _MAYBE_REJECTED.search(text):
        return ()
    found = []
    if _LONE_SURROGATE.search(text):
        found.append("contains a lone surrogate (not valid Unicode text)")
    if any(t.unit is TextUnit.X_WEIGHTED for t in limits):
        bad = sorted(set(_X_INVALID.findall(text)))
        found += [f"contains U+{ord(c):04X}, which twitter-text rejects" for c in bad]
    return tuple(found)


_LIMITS_CACHE: dict[tuple[int, str, str | None], tuple[Platform, tuple[TextLimit, ...]]] = {}


def _text_limits(p: Platform, field: str, tier: str | None) -> tuple[TextLimit, ...]:
    """``p.limits.text_limits(field, tier=tier)``, memoised per platform object."""
    key = (id(p), field, tier)
    cached = _LIMITS_CACHE.get(key)
    if cached is None or cached[0] is not p:
        if len(_LIMITS_CACHE) > 256:
            _LIMITS_CACHE.clear()
        cached = _LIMITS_CACHE[key] = (p, p.limits.text_limits(field, tier=tier))
    return cached[1]


def measure(
    text: str, platform: str | Platform, *, field: str | None = None, tier: str | None = None
) -> TextMeasure:
    """Measure ``text`` as ``platform`` counts ``field`` (``tier="premium"`` for paid limits).

    The counting unit and the per-URL length come from the platform's
    :class:`~socialkit.platforms.TextLimit` data, so a new platform needs no code.
    ``field`` defaults to the platform's body field (``"post"``; YouTube's and
    Pinterest's ``"description"``).

    >>> measure("❤️‍🔥 #launch", "x").length
    10
    >>> bsky = measure("é" * 300, "bluesky")
    >>> [(c.limit.unit.value, c.length, c.fits) for c in bsky.checks]
    [('graphemes', 300, True), ('utf-8 bytes', 600, True)]
    """
    text = _check_text(text, "measure(text)")
    p = platform_of(platform, "measure(platform)")
    field = p.limits.body_field if field is None else of_type(field, str, "measure(field)")
    tier = p.limits.resolve_tier(tier, where="measure(tier)")
    return trusted_measure(text, p, field, tier)


def trusted_measure(text: str, p: Platform, field: str, tier: str | None) -> TextMeasure:
    """:func:`measure` of arguments it has checked already (``assess``'s post body, platform,
    field and resolved tier): the same measurement, with the text's length still checked."""
    if len(text) > MAX_TEXT_LENGTH:
        _check_text(text, "measure(text)")  # raises
    limits = _text_limits(p, field, tier)
    if not limits:
        fields = p.limits.fields()
        raise ValidationError(
            f"measure(field={field!r})",
            tr("{name} has no text limit for that field", name=p.name),
            allowed=tr(
                "expected one of: {value}", value=", ".join(fields) or tr("(none recorded)")
            ),
        )
    urls = _urls(text)
    checks = tuple(unchecked(LimitCheck, limit=t, length=_length(text, urls, t)) for t in limits)
    return unchecked(
        TextMeasure,
        platform=p.slug,
        field=field,
        tier=tier,
        checks=checks,
        text=text,
        _url_spans=tuple(urls),
        problems=_problems(text, limits),
    )
