"""Entity extraction and text measurement.

Conformance cases come from twitter-text's conformance suite
(https://github.com/twitter/twitter-text, conformance/extract.yml and
validate.yml, Apache-2.0, Copyright Twitter, Inc.), transcribed into
tests/data/twitter_text/*.json with their source and caveats recorded in the
files. Every case was also checked against twitter-text 3.1.0 (npm) itself.
"""

from __future__ import annotations

import itertools
import json
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import socialkit
from socialkit import Platform, SocialkitError, SocialkitTypeError, ValidationError, extract
from socialkit.platforms import CountKind, CountLimit, Limits, MediaFamily, TextLimit, TextUnit
from socialkit.platforms._sources import COURSE_MODULE
from socialkit.text import MAX_TEXT_LENGTH, EntityKind, measure

DATA = Path(__file__).parents[1] / "data" / "twitter_text"
EXTRACT = json.loads((DATA / "extract.json").read_text(encoding="utf-8"))
VALIDATE = json.loads((DATA / "validate.json").read_text(encoding="utf-8"))


def _cases(doc: dict[str, Any], group: str) -> list[Any]:
    return [pytest.param(c["text"], c["expected"], id=c["description"]) for c in doc[group]]


# --- Extraction: twitter-text conformance, case by case ----------------------------


@pytest.mark.parametrize(("text", "expected"), _cases(EXTRACT, "mentions"))
def test_mentions_conformance(text: str, expected: list[str]) -> None:
    assert [m.text for m in extract(text).mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    _cases(EXTRACT, "mentions_with_indices") + _cases(EXTRACT, "urls_with_indices"),
)
def test_entities_with_indices_conformance(text: str, expected: list[list[Any]]) -> None:
    entities = extract(text)
    found = [[e.text, e.start, e.end] for e in (*entities.mentions, *entities.urls)]
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), _cases(EXTRACT, "urls"))
def test_urls_conformance(text: str, expected: list[str]) -> None:
    assert [u.text for u in extract(text).urls] == expected


@pytest.mark.parametrize(("text", "expected"), _cases(EXTRACT, "hashtags"))
def test_hashtags_conformance(text: str, expected: list[str]) -> None:
    assert [h.text for h in extract(text).hashtags] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$AAPL and $tsla", ["AAPL", "tsla"]),
        ("$ABCDEFG is too long", []),  # 1-6 letters
        ("$BRK.A $RDS_B", ["BRK.A", "RDS_B"]),
        ("price$AAPL", []),  # needs a space (or the start) before "$"
        ("$12 is money", []),
    ],
)
def test_cashtags_follow_twitter_text(text: str, expected: list[str]) -> None:
    assert [c.text for c in extract(text).cashtags] == expected


def test_entity_offsets_are_code_points_and_slice_the_text() -> None:
    text = "😀 #café @ana https://example.com $AAPL"
    for entity in extract(text).all():
        written = text[entity.start : entity.end]
        assert written.lstrip("#@$") == entity.text
    assert extract(text).hashtags[0].start == 2  # twitter-text's UTF-16 offset would be 3


def test_entities_overlapping_a_url_are_dropped() -> None:
    e = extract("http://twitter.com/#hashtag and @user")
    assert [u.text for u in e.urls] == ["http://twitter.com/#hashtag"]
    assert e.hashtags == ()
    assert [m.text for m in e.mentions] == ["user"]
    assert [x.kind for x in e.all()] == [EntityKind.URL, EntityKind.MENTION]


def test_mention_takes_at_most_twenty_characters_like_twitter_text() -> None:
    # twitter-text's validMentionOrList matches 1-20 word characters (X's own
    # usernames are 4-15); socialkit follows the extraction standard.
    assert extract("@" + "a" * 25).mentions[0].text == "a" * 20


# --- X weighted length: twitter-text v3, case by case --------------------------------

WEIGHTED = (
    _cases(VALIDATE, "WeightedTweetsWithDiscountedEmojiCounterTest")
    + _cases(VALIDATE, "UnicodeDirectionalMarkerCounterTest")
    + _cases(VALIDATE, "WeightedTweetsCounterTest_emoji_free")
)


@pytest.mark.parametrize(("text", "expected"), WEIGHTED)
def test_x_weighted_length_conformance(text: str, expected: dict[str, Any]) -> None:
    m = measure(text, "x")
    assert m.length == expected["weightedLength"]
    assert (m.fits and m.valid and m.length > 0) == expected["valid"]


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("❤️‍🔥", 2),  # Emoji 13.1 ZWJ sequence; twitter-text-parser (Emoji 12) says 5
        ("🙂‍↔️", 2),  # Emoji 15.1
        ("🧑🏻‍❤️‍💋‍🧑🏼", 2),  # kiss with two skin tones; twitter-text-parser says 11
        ("🇫🇷", 2),  # flag
        ("🏴󠁧󠁢󠁳󠁣󠁴󠁿", 2),  # subdivision flag (tag sequence)
        ("1️⃣", 2),  # keycap
        ("👍🏽", 2),  # skin tone
        ("©", 1),  # text-style symbol in the weight-100 range
        ("©️", 2),  # emoji presentation
        ("a\u200db", 3),  # a joiner outside emoji weighs 1
        ("日本", 4),  # CJK weighs 2
    ],
)
def test_x_counts_each_current_emoji_sequence_once(text: str, length: int) -> None:
    assert measure(text, "x").length == length


def test_x_every_url_counts_23_with_or_without_protocol() -> None:
    assert measure("https://example.com/" + "a" * 500, "x").length == 23
    assert measure("see example.com", "x").length == 4 + 23


@pytest.mark.parametrize("char", ["\ufffe", "\ufeff", "\uffff"])
def test_x_invalid_characters_make_the_text_invalid(char: str) -> None:
    m = measure(f"hello{char}", "x")
    assert not m.valid
    assert f"U+{ord(char):04X}" in m.problems[0]
    assert m.fits  # length and validity are separate verdicts


def test_x_premium_tier_has_the_longer_limit() -> None:
    text = "a" * 1000
    assert measure(text, "x").fits is False
    premium = measure(text, "x", tier="premium")
    assert (premium.limit, premium.fits) == (25_000, True)


# --- Other units, driven by TextLimit data alone -------------------------------------


def _platform(*limits: TextLimit, counts: tuple[CountLimit, ...] = ()) -> Platform:
    return Platform(
        slug="testnet",
        name="Test network",
        family=MediaFamily.SOCIAL_NETWORK,
        verified_on=date(2026, 11, 22),
        limits=Limits(text=limits, counts=counts),
    )


def _limit(unit: TextUnit, maximum: int, **kw: Any) -> TextLimit:
    return TextLimit(maximum=maximum, unit=unit, source=COURSE_MODULE, **kw)


FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"  # 4 emoji + 3 ZWJ


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        (TextUnit.CODE_POINTS, 1 + 1 + 1 + 7 + 1),  # e, U+0301, space, family, x
        (TextUnit.GRAPHEMES, 4),  # é, space, family, x
        (TextUnit.UTF8_BYTES, 1 + 2 + 1 + (4 * 4 + 3 * 3) + 1),
        (TextUnit.UTF16_UNITS, 1 + 1 + 1 + (4 * 2 + 3) + 1),
    ],
)
def test_each_unit_counts_by_its_definition(unit: TextUnit, expected: int) -> None:
    text = "e\u0301 " + FAMILY + "x"
    assert measure(text, _platform(_limit(unit, 500))).length == expected


def test_bluesky_style_two_limits_are_both_checked() -> None:
    p = _platform(_limit(TextUnit.GRAPHEMES, 300), _limit(TextUnit.UTF8_BYTES, 3000))
    m = measure("😀" * 300, p)  # 300 graphemes but 1200 bytes: fits
    assert [c.length for c in m.checks] == [300, 1200]
    assert m.fits
    m = measure("👨‍👩‍👧‍👦" * 200, p)  # 200 graphemes, 5000 bytes: the byte cap breaks
    assert (m.length, m.limit, m.remaining) == (200, 300, 100)
    assert [c.fits for c in m.checks] == [True, False]
    assert not m.fits


def test_mastodon_style_url_length_applies_to_any_unit() -> None:
    p = _platform(_limit(TextUnit.GRAPHEMES, 500, url_length=23))
    assert measure("read https://example.com/" + "x" * 100, p).length == 5 + 23


def test_fields_and_missing_field() -> None:
    assert measure("a" * 1300, "linkedin", field="comment").fits is False
    with pytest.raises(ValidationError, match="no text limit for that field"):
        measure("hi", "linkedin", field="bio")


@pytest.mark.parametrize("platform", socialkit.list_platforms(), ids=lambda p: p.slug)
def test_every_platform_measures_every_field(platform: Platform) -> None:
    for field in platform.limits.fields():
        m = measure("Hello #world https://example.com 👋🏽", platform, field=field)
        assert m.fits == all(c.length <= c.limit.maximum for c in m.checks)
        assert m.length >= 0


# --- Bad input --------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, 42, b"bytes", ["list"]])
def test_non_str_text_is_a_type_error(value: object) -> None:
    with pytest.raises(SocialkitTypeError):
        measure(value, "x")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        extract(value)  # type: ignore[arg-type]


def test_absurd_sizes_are_rejected_with_a_socialkit_error() -> None:
    with pytest.raises(ValidationError, match="MAX_TEXT_LENGTH"):
        measure("a" * (MAX_TEXT_LENGTH + 1), "x")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\ud800 lone surrogate",
        "\x00\x01\x1b control \r\n",
        "\u202e\u2066 RTL marks \u2069 مرحبا שלום",
        "mixed 日本語 русский ελληνικά हिन्दी 😀",
    ],
)
def test_awkward_strings_are_measured(text: str) -> None:
    for platform in ("x", "linkedin"):
        m = measure(text, platform)
        assert m.length >= 0
    assert not measure("\ud800", "x").valid


# Adversarial inputs: correctness here, speed in benchmarks/bench_posts.py.


def test_half_a_million_hash_signs() -> None:
    m = measure("#" * 500_000, "x")
    assert m.length == 500_000
    assert m.entities.hashtags == ()


def test_a_dot_repeated() -> None:
    text = "a." * 500_000
    assert measure(text, "x").length == 1_000_000
    assert extract(text + "com").urls == ()  # 1 MB of labels is not a valid domain


def test_url_with_a_long_path_is_not_a_url_past_4096_characters() -> None:
    short = "https://example.com/" + "a" * 1000
    assert measure(short, "x").length == 23
    long = "https://example.com/" + "a" * 100_000
    assert extract(long).urls == ()
    assert measure(long, "x").length == len(long)


def test_a_long_run_of_regional_indicators() -> None:
    # regex's \\X is quadratic on such runs; socialkit pairs them first.
    text = "🇫" * 100_001
    assert measure(text, "bluesky").length == 50_001
    # X: 50,000 pairs count 2 each, the lone indicator 2. (socialkit pairs any two
    # indicators, as UTS #51's flag grammar does; twitter-text counts only valid flags.)
    assert measure(text, "x").length == 100_002


def test_a_hundred_thousand_emoji() -> None:
    text = "😀" * 50_000 + "👨‍👩‍👧" * 50_000
    assert measure(text, "x").length == 200_000


# Repeated patterns, each about 1 MB at full size (see benchmarks/bench_posts.py):
# (pattern, repetitions, entities per pattern as (kind, text, start, end)). The
# small repetitions were checked against twitter-text 3.1.0 itself; the scan must
# give the same per repetition at any size.
REPEATED = [
    ("a@b.", 250_000, []),  # an email-like shape, not a URL: no TLD
    ("a.b@c.", 166_000, []),
    ("@a ", 333_000, [("mention", "a", 0, 2)]),
    ("@a.", 333_000, [("mention", "a", 0, 2)]),
    ("$a ", 300_000, [("cashtag", "a", 0, 2)]),
    ("#a ", 333_000, [("hashtag", "a", 0, 2)]),
    ("http://a.co/ ", 76_000, [("url", "http://a.co/", 0, 12)]),
    ("a.com ", 166_666, [("url", "a.com", 0, 5)]),
]


def _repeated(pattern: str, count: int, found: list[tuple[str, str, int, int]]) -> list[Any]:
    """The entities ``found`` in one ``pattern``, for ``count`` repetitions."""
    size = len(pattern)
    return [
        (kind, text, start + i * size, end + i * size)
        for i in range(count)
        for kind, text, start, end in found
    ]


def _x_length(pattern: str, count: int, found: list[tuple[str, str, int, int]]) -> int:
    urls = [text for kind, text, _, _ in found if kind == "url"]
    return count * (len(pattern) - sum(map(len, urls)) + 23 * len(urls))


@pytest.mark.parametrize(("pattern", "count", "found"), REPEATED, ids=lambda v: repr(v))
def test_repeated_patterns_give_one_result_per_repetition(
    pattern: str, count: int, found: list[tuple[str, str, int, int]]
) -> None:
    for n in (1, 2, 3, 7):
        entities = extract(pattern * n).all()
        assert [(e.kind.value, e.text, e.start, e.end) for e in entities] == _repeated(
            pattern, n, found
        )
        assert measure(pattern * n, "x").length == _x_length(pattern, n, found)


@pytest.mark.parametrize(("pattern", "count", "found"), REPEATED, ids=lambda v: repr(v))
def test_repeated_patterns_at_a_megabyte(
    pattern: str, count: int, found: list[tuple[str, str, int, int]]
) -> None:
    m = measure(pattern * count, "x")
    assert m.length == _x_length(pattern, count, found)
    entities = m.entities.all()
    assert len(entities) == count * len(found)
    if found:
        assert [(e.kind.value, e.text, e.start, e.end) for e in entities[-len(found) :]] == (
            _repeated(pattern, count, found)[-len(found) :]
        )


def test_an_email_like_run_does_not_hide_a_later_url() -> None:
    # Runs without a dot before a possible TLD are skipped; the URL after them is not.
    text = "a@b." * 1000 + " x.com a.b@c." * 1000 + "http://d.co"
    assert [u.text for u in extract(text).urls] == ["x.com"] * 1000 + ["http://d.co"]


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # twitter-text's regex consumes the character before "@": a match glued to
        # the end of a rejected list mention ("@a/b-" is followed by "@") has lost it.
        ("@a/b-@c", []),
        ("@a/b-@c @d", ["d"]),
        ("@a/RT@b", []),  # "RT@" needs the "/" before it, already consumed
        ("@a/RT:@b", ["a/RT", "b"]),
    ],
)
def test_a_mention_glued_to_the_previous_match(text: str, mentions: list[str]) -> None:
    # Checked against twitter-text 3.1.0.
    assert [m.text for m in extract(text).mentions] == mentions


def test_entities_built_in_bulk_are_the_constructors() -> None:
    import attrs

    from socialkit.text import Entity
    from socialkit.text._measure import _built

    # _built fills Entity's slots directly, which is only sound while Entity's
    # __init__ runs nothing besides the typed checks of its annotations (which
    # the values _built is given always pass: the constructors below agree).
    typed = [(f.validator, f.converter) for f in attrs.fields(Entity)]
    checks = {"_Lazy.validator", "_Lazy.around.<locals>.validate"}  # typed, alone or around its own
    assert all(v.__qualname__ in checks for v, _ in typed)  # type: ignore[union-attr]
    assert all(c is None or c.__qualname__ == "_plain.<locals>.convert" for _, c in typed)
    assert not hasattr(Entity, "__attrs_post_init__")
    names = [f"user{i}" for i in range(10)]  # enough to be built in bulk
    starts = [6 * i for i in range(10)]
    built = _built(EntityKind.MENTION, names, starts, [s + 6 for s in starts])
    made = [
        Entity(kind=EntityKind.MENTION, text=name, start=s, end=s + 6)
        for name, s in zip(names, starts, strict=True)
    ]
    assert built == made
    assert list(map(hash, built)) == list(map(hash, made))
    assert list(map(repr, built)) == list(map(repr, made))


# --- Properties -------------------------------------------------------------------

ANY_TEXT = st.text(alphabet=st.characters(codec=None), max_size=200)
# Post-like text: fragments that make entities and emoji sequences likely.
POST_TEXT = st.lists(
    st.sampled_from([*list("ab #@$./:é日😀\u200d́"), "http://", "x.com", "🇫🇷", "＃"]),
    max_size=30,
).map("".join)


@given(ANY_TEXT)
def test_any_str_is_measured_or_rejected_with_a_socialkit_error(text: str) -> None:
    for platform in ("x", "linkedin"):
        try:
            m = measure(text, platform)
        except SocialkitError:  # pragma: no cover - no str under the cap is rejected today
            continue
        assert m.fits == all(c.length <= c.limit.maximum for c in m.checks)
        assert m.fits == (m.length <= m.limit)


@given(POST_TEXT)
def test_measure_is_deterministic(text: str) -> None:
    assert measure(text, "x") == measure(text, "x")
    assert extract(text) == extract(text)


@given(ANY_TEXT)
def test_x_length_is_invariant_under_nfc(text: str) -> None:
    assert measure(text, "x").length == measure(unicodedata.normalize("NFC", text), "x").length


GRAPHEME_TEXT = st.lists(
    st.sampled_from(["🇫", "🇷", "a", "\u0301", "\u200d", "😀", " ", "🏻", "\ufe0f", "\r", "\n"]),
    max_size=20,
).map("".join)


@given(GRAPHEME_TEXT)
def test_graphemes_are_uax29_clusters(text: str) -> None:
    p = _platform(_limit(TextUnit.GRAPHEMES, 10))
    assert measure(text, p).length == len(regex.findall(r"\X", text))


@given(ANY_TEXT, ANY_TEXT)
def test_code_point_and_byte_lengths_add_up(a: str, b: str) -> None:
    for unit in (TextUnit.CODE_POINTS, TextUnit.UTF8_BYTES, TextUnit.UTF16_UNITS):
        p = _platform(_limit(unit, 10))
        assert measure(a + b, p).length == measure(a, p).length + measure(b, p).length


@given(POST_TEXT)
def test_entities_are_ordered_disjoint_and_slice_the_text(text: str) -> None:
    entities = extract(text).all()
    for left, right in itertools.pairwise(entities):
        assert left.end <= right.start
    for e in entities:
        written = text[e.start : e.end]
        assert (written if e.kind is EntityKind.URL else written[1:]) == e.text


@settings(max_examples=30)
@given(
    st.lists(st.sampled_from(["a", ".", "-", "_", "com", "例", "http://", "/"]), max_size=40).map(
        "".join
    )
)
def test_url_spans_stay_inside_the_text(text: str) -> None:
    for url in extract(text).urls:
        assert 0 <= url.start < url.end <= len(text)


URL_TEXT = st.lists(
    st.sampled_from(
        [*list("aZ9 \n\u3000.-_/?=#:é"), "com", ".jp", "/x", "?q=1", "t.co/", "https://", "x" * 63]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=300)
@given(URL_TEXT)
def test_simple_url_fast_path_finds_what_the_scan_by_dots_finds(text: str) -> None:
    from socialkit.text._measure import _urls  # the fast path is internal; both must agree

    assert _urls(text) == _urls(text, fast_path=False)


def test_count_limits_do_not_affect_measure() -> None:
    p = _platform(
        _limit(TextUnit.CODE_POINTS, 100),
        counts=(CountLimit(kind=CountKind.HASHTAGS, maximum=1, source=COURSE_MODULE),),
    )
    assert measure("#a #b #c", p).fits


# --- Differential: twitter-text 3.1.0 itself on 1,000 generated texts ----------------

REFERENCE = json.loads((DATA / "reference-3.1.0.json").read_text(encoding="utf-8"))["cases"]


def _spans(entities: tuple[socialkit.text.Entity, ...]) -> list[list[Any]]:
    return [[e.text, e.start, e.end] for e in entities]


@pytest.mark.parametrize("case", REFERENCE, ids=lambda c: repr(c["text"])[:40])
def test_agrees_with_twitter_text_3_1_0(case: dict[str, Any]) -> None:
    e = extract(case["text"])
    assert _spans(e.urls) == case["urls"]
    assert _spans(e.hashtags) == case["hashtags"]
    assert _spans(e.mentions) == case["mentions"]
    assert _spans(e.cashtags) == case["cashtags"]
    assert measure(case["text"], "x").length == case["weightedLength"]


def test_threads_counts_characters_and_emoji_as_their_utf8_bytes() -> None:
    # Threads API docs: "500 characters. Emojis are counted as the number of UTF-8 bytes."
    assert measure("été", "threads").length == 3
    assert measure("hi 👋", "threads").length == 3 + 4
    assert measure("👋🏽", "threads").length == 8
    assert measure("é" * 500, "threads").fits


# --- Review fixes: Mastodon mentions, tiers ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "length"),
    [
        # Mastodon's StatusLengthValidator rewrites each mention "@user@domain" as "@user".
        ("@user@very.long.domain.example hi", 8),
        ("Thanks @Gargron@mastodon.social!", len("Thanks @Gargron!")),
        ("@a@b.c and @d@e.f", len("@a and @d")),
        ("plain @user mention", len("plain @user mention")),
        # Not mentions: an e-mail address (a word character before "@"), a lone "@".
        ("mail me: me@example.org", len("mail me: me@example.org")),
        ("@ home", 6),
        # URLs still count 23, a mention next to them keeps its username.
        ("@ann@x.social https://example.com/" + "p" * 40, len("@ann ") + 23),
    ],
)
def test_mastodon_counts_mentions_without_their_domain(text: str, length: int) -> None:
    assert measure(text, "mastodon").length == length


def test_mention_domains_count_unless_the_limit_says_otherwise() -> None:
    counted = _platform(_limit(TextUnit.GRAPHEMES, 500))
    free = _platform(_limit(TextUnit.GRAPHEMES, 500, mention_domain_free=True))
    text = "hi @user@example.social"
    assert measure(text, counted).length == len(text)
    assert measure(text, free).length == len("hi @user")
    with pytest.raises(SocialkitTypeError, match="mention_domain_free"):
        _limit(TextUnit.GRAPHEMES, 500, mention_domain_free="yes")


def test_tiers_are_case_insensitive_and_checked_against_the_data() -> None:
    # Review item 5: an unknown or misspelled tier fell back silently to the free limit.
    premium = measure("abc", "x", tier="Premium")
    assert (premium.limit, premium.tier) == (25_000, "premium")
    with pytest.raises(ValidationError, match=r"'gold'.*expected one of 'premium'"):
        measure("abc", "x", tier="gold")
    with pytest.raises(ValidationError, match="no tier"):
        measure("abc", "linkedin", tier="premium")
    with pytest.raises(SocialkitTypeError):
        measure("abc", "x", tier=1)  # type: ignore[arg-type]


def test_mastodon_gives_the_url_length_only_to_links_with_a_scheme() -> None:
    # Mastodon's StatusLengthValidator extracts URLs with extract_url_without_protocol: false.
    long_link = "https://example.org/" + "a" * 60
    assert measure(f"see {long_link}", "mastodon").length == len("see ") + 23
    assert measure("see example.com", "mastodon").length == len("see example.com")
    assert measure("see example.com", "x").length == len("see ") + 23


def test_measure_defaults_to_the_platforms_body_field() -> None:
    youtube = measure("w" * 6000, "youtube")
    assert (youtube.field, youtube.fits) == ("description", False)
    assert measure("hello", "x").field == "post"
