"""socialkit in French: the catalogue is complete, current and consistent; the language is scoped.

Every literal first argument of ``tr``, ``_tr`` (errors) and ``N_`` in the source
is a message; each must have a non-empty French translation with the same
placeholders, the catalogue must hold nothing else, and every member of the
enums shown as labels must have a French label (``msgctxt`` = the enum's name).
"""

from __future__ import annotations

import ast
import asyncio
import importlib
import importlib.util
import pkgutil
import string
import threading
from collections import Counter
from collections.abc import Iterator, Mapping
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import Any
from xml.etree import ElementTree as ET

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import socialkit
from socialkit._core import i18n
from socialkit._core import table as table_module
from socialkit._core.rules import RuleSet
from socialkit._core.validate import Choice
from socialkit.errors import NotFoundError, SocialkitTypeError, SocialkitWarning, ValidationError
from socialkit.measure import Outcome
from socialkit.platforms import Period
from strategies import STRATEGIES

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "socialkit"
PO = SRC / "locale" / "fr" / "LC_MESSAGES" / "socialkit.po"
MARKERS = frozenset({"tr", "_tr", "N_"})
HEADING_MARKER = "H_"
"""Marks a table heading, catalogued under ``msgctxt "heading"`` (see ``i18n.heading``)."""


def _every_choice_enum() -> tuple[type[Enum], ...]:
    """Every :class:`~socialkit._core.validate.Choice` enum socialkit defines, in any module.

    Tables show an enum cell through ``label()`` (``socialkit._core.table.cell``), so
    any of them can reach a rendered cell: the simplest honest rule is that every
    one of socialkit's enums has a French label for each member.
    """
    for info in pkgutil.walk_packages(socialkit.__path__, "socialkit."):
        if not info.name.endswith("__main__"):
            try:
                importlib.import_module(info.name)
            except ImportError:  # an optional extra (dask) that is not installed
                continue

    def below(kind: type[Enum]) -> Iterator[type[Enum]]:
        for sub in kind.__subclasses__():
            yield sub
            yield from below(sub)

    found = {k for k in below(Choice) if k.__module__.startswith("socialkit.")}
    return tuple(sorted(found, key=lambda k: (k.__module__, k.__name__)))


LABELLED: tuple[type[Enum], ...] = _every_choice_enum()
"""Enums whose members are shown through ``label()``: each member needs a French label."""

HEADED: tuple[type[Enum], ...] = (Outcome,)
"""Enums whose values are table headings (a history's outcome columns)."""


def _hatch_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HATCH = _hatch_build()


def _calls(path: Path) -> Iterator[tuple[int, ast.expr | None]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name in MARKERS:
            yield node.lineno, node.args[0] if node.args else None


def extract(root: Path = SRC) -> tuple[dict[str, list[str]], list[str]]:
    """msgid -> where it is used, and the calls whose first argument is not a literal."""
    found: dict[str, list[str]] = {}
    bad: list[str] = []
    for path in sorted(root.rglob("*.py")):
        where = str(path.relative_to(root.parent))
        for line, arg in _calls(path):
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, []).append(f"{where}:{line}")
            elif path.name != "i18n.py":  # its own helpers pass a caller's msgid on
                bad.append(f"{where}:{line}")
    return found, bad


def extract_headings(root: Path = SRC) -> tuple[dict[str, list[str]], list[str]]:
    """Heading -> where it is marked with ``H_()``, and the marks whose argument is not a literal."""
    found: dict[str, list[str]] = {}
    bad: list[str] = []
    for path in sorted(root.rglob("*.py")):
        where = str(path.relative_to(root.parent))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == HEADING_MARKER:
                arg = node.args[0] if node.args else None
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.setdefault(arg.value, []).append(f"{where}:{node.lineno}")
                elif path.name != "i18n.py":
                    bad.append(f"{where}:{node.lineno}")
    return found, bad


def wanted_headings() -> set[tuple[str, str]]:
    marked, _ = extract_headings()
    enums = {str(member.value) for kind in HEADED for member in kind}
    return {(i18n.HEADING, h) for h in {*marked, *enums}}


def wanted_labels() -> set[tuple[str, str]]:
    labels = {(kind.__name__, str(member.value)) for kind in LABELLED for member in kind}
    return labels | wanted_headings()


def _entries() -> list[object]:
    return [e for e in HATCH.parse_po(PO.read_text(encoding="utf-8"), str(PO)) if e.msgid]


def _fields(template: str) -> Counter[tuple[str, str, str]]:
    return Counter(
        (name, conversion or "", spec or "")
        for _, name, spec, conversion in string.Formatter().parse(template)
        if name is not None
    )


def test_every_call_has_a_literal_message() -> None:
    _, bad = extract()
    assert bad == [], "tr(), _tr() and N_() take a literal template (use translate() otherwise)"


def test_every_message_has_a_french_translation() -> None:
    found, _ = extract()
    translated = {e.msgid for e in _entries() if e.msgctxt is None and e.translated}
    missing = {m: where for m, where in found.items() if m not in translated}
    assert missing == {}, "add these msgids to socialkit.po with a French msgstr"


def test_every_heading_mark_has_a_literal() -> None:
    _, bad = extract_headings()
    assert bad == [], "H_() takes a literal heading"


def test_every_heading_has_a_french_translation() -> None:
    translated = {(e.msgctxt, e.msgid) for e in _entries() if e.msgctxt and e.translated}
    missing = wanted_headings() - translated
    assert missing == set(), 'add msgctxt "heading" entries to socialkit.po'


def test_every_label_has_a_french_translation() -> None:
    translated = {(e.msgctxt, e.msgid) for e in _entries() if e.msgctxt and e.translated}
    assert wanted_labels() - translated == set()


def test_the_catalogue_has_no_obsolete_or_fuzzy_entry() -> None:
    found, _ = extract()
    wanted = {(None, m) for m in found} | wanted_labels()
    entries = _entries()
    assert [e.msgid for e in entries if e.obsolete or "fuzzy" in e.flags] == []
    assert sorted(str(e.msgid) for e in entries if (e.msgctxt, e.msgid) not in wanted) == []
    keys = [(e.msgctxt, e.msgid) for e in entries]
    assert len(keys) == len(set(keys)), "duplicate entries"


def test_placeholders_match() -> None:
    wrong = [
        (e.msgid, e.msgstr[0])
        for e in _entries()
        if e.translated and _fields(e.msgid) != _fields(e.msgstr[0])
    ]
    assert wrong == []


def test_the_compiled_catalogue_is_current() -> None:
    mo = PO.with_suffix(".mo")
    assert mo.exists(), "no socialkit.mo: reinstall (pip install -e .) or run python hatch_build.py"
    compiled = HATCH.compile_po(PO.read_text(encoding="utf-8"), str(PO))
    assert mo.read_bytes() == compiled, "socialkit.mo is stale: run python hatch_build.py"


def test_the_msgfmt_round_trips_through_gettext(tmp_path: Path) -> None:
    import gettext

    po = (
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#: x.py:1\nmsgid "a {n} "\n"b"\nmsgstr "A {n} "\n"B"\n\n'
        'msgctxt "Period"\nmsgid "week"\nmsgstr "semaine"\n\n'
        '#, fuzzy\nmsgid "fuzzy"\nmsgstr "flou"\n\n'
        'msgid "empty"\nmsgstr ""\n\n'
        '#~ msgid "old"\n#~ msgstr "vieux"\n'
    )
    path = tmp_path / "t.mo"
    path.write_bytes(HATCH.compile_po(po))
    with path.open("rb") as handle:
        catalogue = gettext.GNUTranslations(handle)
    assert catalogue.gettext("a {n} b") == "A {n} B"
    assert catalogue.pgettext("Period", "week") == "semaine"
    assert catalogue.gettext("fuzzy") == "fuzzy"
    assert catalogue.gettext("empty") == "empty"
    assert catalogue.gettext("old") == "old"


def test_the_build_hook_is_configured() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "[tool.hatch.build.targets.wheel.hooks.custom]" in text
    assert "*.mo" in (ROOT / ".gitignore").read_text(encoding="utf-8")


# --- texts held as data ----------------------------------------------------------

DATA_FIELDS: dict[str, tuple[str, ...]] = {
    "Rule": ("title", "fix", "why"),
    "PlaybookStep": ("action", "why"),
    "Practice": ("title", "advice", "question"),
    "ChecklistItem": ("description",),
    "CampaignObjective": ("goal", "note"),
    "AuditQuestion": ("question",),
    "AuditOutcome": ("action",),
    "EcosystemRule": ("reason",),
    "StageProfile": ("goal", "description"),
    "MixPreset": ("description",),
    "Metric": ("name", "description"),
    "Platform": ("description",),
    "Signal": ("description",),
    "PostingGuidance": ("note",),
    "MediaRequirement": ("note",),
    "CasePath": ("name", "note"),
    "PathStop": ("detail",),
    "ExportPreset": ("note",),
    "Finding": ("message", "fix"),
    "Funnel": ("title",),
    "FunnelStep": ("name",),
}
"""The English texts each kind of data value holds and socialkit shows (class name -> fields).

Ids, slugs, names from files, source titles and citations (``Source.title``,
``Source.note``) are not in it: they are names, not prose."""


def _data_roots() -> list[object]:
    from socialkit.community import CRISIS_PLAYBOOK
    from socialkit.funnel import FunnelStage
    from socialkit.measure import METRICS, X_ADS_OBJECTIVES, X_ADS_SETUP
    from socialkit.mix import ContentMix
    from socialkit.platforms import list_platforms
    from socialkit.strategy import AUDIT_CHECKLIST, AUDIT_OUTCOMES, ECOSYSTEM_RULES

    roots: list[object] = [
        CRISIS_PLAYBOOK,
        METRICS,
        X_ADS_OBJECTIVES,
        X_ADS_SETUP,
        ContentMix.presets(),
        list_platforms(),
        AUDIT_CHECKLIST,
        AUDIT_OUTCOMES,
        ECOSYSTEM_RULES,
        [stage.profile for stage in FunnelStage],
    ]
    for package in ("socialkit", *(f"socialkit.{m}" for m in _SUBPACKAGES)):
        module = importlib.import_module(package)
        roots += [getattr(module, name) for name in getattr(module, "__all__", ())]
    return roots


_SUBPACKAGES = (
    "calendar",
    "community",
    "examples",
    "funnel",
    "measure",
    "mix",
    "platforms",
    "posts",
    "strategy",
)


def data_texts() -> dict[str, str]:
    """Every text in :data:`DATA_FIELDS` that the public data holds -> where one is.

    Walks the values themselves (rule sets, playbook, practices, checklists, audit
    questions, stage profiles, presets, metrics, platforms and their signals), so a
    text built at import time is seen as it is, not as the source spells it.
    """
    found: dict[str, str] = {}
    seen: set[int] = set()

    def walk(value: object, where: str, depth: int = 0) -> None:
        if depth > 8 or id(value) in seen or isinstance(value, (str, bytes, int, float, Enum)):
            return
        seen.add(id(value))
        if isinstance(value, RuleSet):
            for rule in value.rules:
                walk(rule, f"{where}[{rule.id}]", depth + 1)
        elif attrs.has(type(value)):
            fields = DATA_FIELDS.get(type(value).__name__, ())
            for field in attrs.fields(type(value)):
                item = getattr(value, field.name)
                if field.name in fields and isinstance(item, str) and item:
                    found.setdefault(item, f"{where}.{field.name}")
                else:
                    walk(item, f"{where}.{field.name}", depth + 1)
        elif isinstance(value, Mapping):
            for key, item in value.items():
                walk(item, f"{where}[{key!r}]", depth + 1)
        elif isinstance(value, (tuple, list, frozenset, set)):
            for index, item in enumerate(value):
                walk(item, f"{where}[{index}]", depth + 1)

    for index, root in enumerate(_data_roots()):
        if isinstance(root, type) or (callable(root) and not attrs.has(type(root))):
            continue
        walk(root, f"root{index}")
    return found


def test_the_data_walk_sees_every_kind_of_data_text() -> None:
    texts = data_texts()
    kinds = {where.rsplit(".", 1)[-1] for where in texts.values()}
    assert {"why", "action", "description", "question", "reason", "goal", "note"} <= kinds
    assert len(texts) > 300  # rules, signals, playbook, practices...: a walk that stopped early


def test_every_data_text_has_a_french_translation() -> None:
    """A text socialkit holds as data and shows is marked ``N_()`` and translated."""
    translated = {e.msgid for e in _entries() if e.msgctxt is None and e.translated}
    marked, _ = extract()
    missing = {t: w for t, w in data_texts().items() if t not in translated or t not in marked}
    assert missing == {}, "mark these texts N_() where written and add French msgstrs"


def test_data_texts_are_shown_in_french() -> None:
    from socialkit.measure import X_ADS_SETUP, CampaignDraft
    from socialkit.platforms import get_platform
    from socialkit.platforms._describe import platform_text
    from socialkit.strategy import Persona, recommend_platforms

    young = Persona(name="Léa", age_min=18, age_max=25, networks=["tiktok"])
    with socialkit.language("fr"):
        page = platform_text(get_platform("x"))
        reasons = [r for fit in recommend_platforms([young], ["video"]) for r in fit.reasons]
        setup = X_ADS_SETUP.check(CampaignDraft(name="x"))
        french = {i18n.translate(item.description) for item in X_ADS_SETUP.items}
    assert "Diffusion de fake news." in page
    assert "\nSignaux de classement :\n" in page
    assert "données vérifiées le" in page.split("\n")[0]
    assert "\nMicroblogging : messages courts, diffusion en temps réel" in page
    assert reasons[0] == "Léa la préfère"
    assert any(r.startswith("Léa : ") and "Instagram" in r for r in reasons)
    assert setup
    assert {f.fix for f in setup} <= french
    assert not french & {item.description for item in X_ADS_SETUP.items}
    assert "fixez le budget" in french
    from socialkit.examples import SPORTS_RETAILER_PATH

    with socialkit.language("fr"):
        path = str(SPORTS_RETAILER_PATH)
    assert path.startswith("Enseigne de sport (Decathlon, cas pratique 2 de [000])\n")
    assert path.endswith("\nSur X, la marque parle essentiellement des sportifs de haut niveau.")


def test_an_audit_shows_its_actions_in_french() -> None:
    from socialkit.strategy import AUDIT_OUTCOMES, AccountAudit, Audit

    page = AccountAudit(platform="x", answers={"audience_there": False})
    with socialkit.language("fr"):
        rows = Audit(accounts=[page]).rows()
        expected = "; ".join(i18n.translate(o.action) for o in page.reasons(AUDIT_OUTCOMES))
    assert rows[0][2] == expected
    assert expected != "; ".join(o.action for o in page.reasons(AUDIT_OUTCOMES))


# --- the language ------------------------------------------------------------------


def test_english_is_the_default_and_french_on_request() -> None:
    assert socialkit.get_language() == "en"
    post = socialkit.Post(text="#a #b #c #d")
    english = socialkit.assess(post, "x").findings
    with socialkit.language("fr"):
        french = socialkit.assess(post, "x").findings
        hashtags = {f.rule: f for f in french}["x.many_hashtags"]
        shown = str(hashtags)  # the words a renderer adds: in the language it renders in
    assert [f.rule for f in english] == [f.rule for f in french]
    assert hashtags.message.startswith("4 hashtags ; le classement")
    assert hashtags.fix == "garder un ou deux hashtags"
    assert shown.startswith("avertissement x.many_hashtags à post.text : 4 hashtags ;")
    assert shown.endswith("(correction : garder un ou deux hashtags)")
    assert str(hashtags).startswith("warning x.many_hashtags at post.text: 4 hashtags ;")


def test_set_language_is_process_wide_and_returns_the_previous() -> None:
    previous = socialkit.set_language("fr_FR.UTF-8")
    try:
        assert socialkit.get_language() == "fr"
        seen: list[str] = []
        thread = threading.Thread(target=lambda: seen.append(socialkit.get_language()))
        thread.start()
        thread.join()
        assert seen == ["fr"]
    finally:
        assert socialkit.set_language(previous) == "fr"
    assert socialkit.get_language() == "en"


def test_language_blocks_are_independent_per_thread_and_task() -> None:
    seen: dict[str, str] = {}
    barrier = threading.Barrier(2)

    def work(code: str) -> None:
        with socialkit.language(code):
            barrier.wait()
            seen[code] = i18n.tr("no video attached")

    threads = [threading.Thread(target=work, args=(c,)) for c in ("en", "fr")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == {"en": "no video attached", "fr": "aucune vidéo jointe"}

    async def task(code: str) -> str:
        with socialkit.language(code):
            await asyncio.sleep(0)
            return i18n.tr("no video attached")

    async def both() -> list[str]:
        return list(await asyncio.gather(task("fr"), task("en")))

    assert asyncio.run(both()) == ["aucune vidéo jointe", "no video attached"]


def test_errors_speak_the_language() -> None:
    with socialkit.language("fr"), pytest.raises(NotFoundError) as caught:
        socialkit.get_platform("linkdin")
    assert str(caught.value).startswith("platform : inconnu 'linkdin' ; vouliez-vous dire")
    with socialkit.language("fr"), pytest.raises(SocialkitTypeError) as typed:
        socialkit.Post(text=3)  # type: ignore[arg-type]
    assert "reçu int ; attendu" in str(typed.value)
    with socialkit.language("fr"), pytest.raises(ValidationError) as bounded:
        socialkit.Frequency(per="week", minimum=-1)
    assert str(bounded.value).endswith(": reçu -1 ; attendu un entier >= 0")
    with socialkit.language("fr"), pytest.raises(ValidationError) as invalid:
        raise ValidationError("x", "got 3", allowed="expected a prime")
    assert str(invalid.value) == "x : reçu 3 ; attendu a prime"  # uncatalogued: the prefixes only


@pytest.mark.parametrize("value", ["de", "", "xx_YY", "klingon"])
def test_unknown_languages_are_refused_with_the_known_ones(value: str) -> None:
    with pytest.raises(NotFoundError, match="known: en, fr"):
        socialkit.set_language(value)
    assert socialkit.get_language() == "en"


@given(st.text(max_size=12) | st.integers() | st.none())
def test_normalize_answers_any_input_with_a_language_or_a_socialkit_error(value: object) -> None:
    try:
        code = i18n.normalize_language(value)
    except (NotFoundError, SocialkitTypeError):
        return
    assert code in i18n.LANGUAGES


@given(st.dictionaries(st.sampled_from(["LANG", "LC_ALL", "LC_MESSAGES", "X"]), st.text()))
def test_the_environment_never_fails(environ: dict[str, str]) -> None:
    assert i18n.language_from_env(environ) in i18n.LANGUAGES


def test_a_missing_catalogue_falls_back_to_english_visibly(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    monkeypatch.setattr(i18n, "_CATALOGUES", {})
    assert not i18n.has_catalogue("fr")
    with pytest.warns(SocialkitWarning, match="no compiled catalogue"), socialkit.language("fr"):
        assert i18n.tr("no video attached") == "no video attached"


def test_a_corrupt_catalogue_falls_back_too(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "fr" / "LC_MESSAGES" / "socialkit.mo"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a catalogue")
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    monkeypatch.setattr(i18n, "_CATALOGUES", {})
    assert not i18n.has_catalogue("fr")


@pytest.mark.parametrize("kind", LABELLED, ids=lambda k: k.__name__)
def test_labels_differ_from_english_or_are_the_same_word(kind: type[Enum]) -> None:
    with socialkit.language("fr"):
        labels = [i18n.label(m) for m in kind]
    assert all(labels)
    assert len(set(labels)) == len(labels)


# --- table headings ------------------------------------------------------------------

_DISPLAYED = sorted(
    (cls for cls in STRATEGIES if "_repr_html_" in vars(cls)), key=lambda c: c.__name__
)
"""Every value with a table of its own (text and HTML), drawn from tests/strategies.py."""


@pytest.mark.parametrize("cls", _DISPLAYED, ids=lambda c: c.__name__)
@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_rendered_heading_is_catalogued(
    cls: type, data: st.DataObject, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rendering a result in French asks only for headings the catalogue translates.

    A heading written without ``H_()`` (so missing from the catalogue) fails here.
    """
    asked: list[str] = []

    def spy(text: str) -> str:
        asked.append(text)
        return i18n.heading(text)

    value = data.draw(STRATEGIES[cls](), label=cls.__name__)
    with monkeypatch.context() as patch, socialkit.language("fr"):
        patch.setattr(table_module, "heading", spy)
        str(value)
        value._repr_html_()
    known = {h for _, h in wanted_headings()}
    assert [h for h in asked if h not in known] == []


def test_headings_are_french_and_english_by_default() -> None:
    rows = [["x", 3]]
    assert table_module.table(["platform", "posts"], rows).startswith("platform  posts")
    with socialkit.language("fr"):
        text = table_module.table(["platform", "posts"], rows)
        html = table_module.html_table(["platform"], [["x"]])
    assert text.startswith("plateforme  publications")
    assert "<th>plateforme</th>" in html


# --- table cells ---------------------------------------------------------------------


def test_the_enums_found_include_the_ones_shown_in_tables() -> None:
    names = {k.__name__ for k in LABELLED}
    assert {"Severity", "ItemStatus", "FunnelStage", "StepStatus", "TextUnit"} <= names
    assert len(LABELLED) >= 40


def test_cells_show_enums_as_labels_and_bools_as_yes_no() -> None:
    rows = [[Period.WEEK, True, False, 3, "my own text"]]
    assert table_module.table(["a", "b", "c", "d", "e"], rows).splitlines()[2].split() == [
        "week",
        "yes",
        "no",
        "3",
        "my",
        "own",
        "text",
    ]
    with socialkit.language("fr"):
        text = table_module.table(["a", "b", "c", "d", "e"], rows)
        html = table_module.html_table(["a"], rows)
    assert text.splitlines()[2].split() == ["semaine", "oui", "non", "3", "my", "own", "text"]
    assert "<td>semaine</td><td>oui</td><td>non</td><td>3</td><td>my own text</td>" in html


@given(st.sampled_from([m for kind in LABELLED for m in kind]))
def test_every_enum_cell_is_its_label_in_each_language(member: Enum) -> None:
    assert table_module.cell(member) == str(member.value)
    with socialkit.language("fr"):
        french = table_module.cell(member)
        assert french == i18n.label(member)
    assert french


def _english_only_labels() -> dict[str, str]:
    """English enum values whose French label differs, and are no French label themselves.

    A rendered French cell equal to one of these is an enum (or its value) that
    reached the table as an English string: the caller stringified it.
    """
    with socialkit.language("fr"):
        french = {i18n.label(m): m for kind in LABELLED for m in kind}
    english: dict[str, str] = {}
    for kind in LABELLED:
        for member in kind:
            with socialkit.language("fr"):
                shown = i18n.label(member)
            value = str(member.value)
            if shown != value and value not in french:
                english[value] = f"{kind.__name__}.{member.name}"
    return english


ENGLISH_ONLY = _english_only_labels()
ENGLISH_WORDS = {"yes": "bool True", "no": "bool False", "True": "bool", "False": "bool"}


def _user_texts(value: object, depth: int = 0) -> set[str]:
    """The plain strings a value holds (a tactic named "contest" is user text, not a label)."""
    if isinstance(value, Enum) or depth > 12:
        return set()
    if isinstance(value, str):
        return {value.strip()}
    found: set[str] = set()
    if isinstance(value, dict):
        for k, v in value.items():
            found |= _user_texts(k, depth + 1) | _user_texts(v, depth + 1)
    elif isinstance(value, list | tuple | set | frozenset):
        for v in value:
            found |= _user_texts(v, depth + 1)
    elif hasattr(type(value), "__attrs_attrs__"):
        for field in type(value).__attrs_attrs__:
            found |= _user_texts(getattr(value, field.name), depth + 1)
    return found


CODE_COLUMNS = ("where", "rule", "id", "question", "field", "slug")
"""Columns of identifiers and paths (``post.text``, ``x.many_hashtags``): code, not words."""


def _cells(html: str) -> list[str]:
    """The text of every table cell (but code columns) and every SVG text of ``html``."""
    root = ET.fromstring(html)
    with socialkit.language("fr"):
        code = {i18n.heading(h) for h in CODE_COLUMNS}
    found = []
    for element in root.iter():
        tag = element.tag.rpartition("}")[2]
        if tag == "text":
            found.append("".join(element.itertext()).strip())
        elif tag == "table":
            heads = ["".join(th.itertext()).strip() for th in element.iter("th")]
            for row in element.iter("tr"):
                for n, td in enumerate(row.findall("td")):
                    if n >= len(heads) or heads[n] not in code:
                        found.append("".join(td.itertext()).strip())
    return found


@pytest.mark.parametrize("cls", _DISPLAYED, ids=lambda c: c.__name__)
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_no_rendered_cell_is_an_english_label(cls: type, data: st.DataObject) -> None:
    """Every table cell and picture label of a result rendered in French is French.

    A cell that reads as an English enum value with a French label (``planned``,
    ``tofu``, ``thin``) or as ``yes``/``no``/``True`` was stringified before the
    table: pass the enum member or the bool itself, and the table translates it.
    User text and names pass through, so only whole cells are compared; the text
    form shows the same cells (one ``cell()`` for both).
    """
    value: Any = data.draw(STRATEGIES[cls](), label=cls.__name__)
    with socialkit.language("fr"):
        html = value._repr_html_()
    english = {**ENGLISH_ONLY, **ENGLISH_WORDS}
    own = _user_texts(value)
    found = {c: english[c] for c in _cells(html) if c in english and c not in own}
    assert found == {}, f"English cells in the French HTML of {cls.__name__}: {found}"


def test_an_entry_with_two_translations_is_refused() -> None:
    """A msgid with two ``msgstr`` lines (a merge's leftover) fails the build, as msgfmt does."""
    text = 'msgid "now"\nmsgstr "maintenant"\nmsgstr "aujourd\'hui"\n'
    with pytest.raises(ValueError, match="a second msgstr"):
        HATCH.parse_po(text, "x.po")
