"""Build hook: compile the gettext catalogues (``.po`` -> ``.mo``) when a wheel is built.

Hatchling runs :class:`CustomBuildHook` for ``pip install .`` (a wheel) and for
``pip install -e .`` (an editable wheel). Each
``src/socialkit/locale/<lang>/LC_MESSAGES/socialkit.po`` is compiled next to
itself by the small msgfmt below (no Babel, no GNU gettext tools); the ``.mo``
files are ignored by git, so the wheel includes them explicitly. An editable
install reads them from the source tree. After editing a ``.po``, run
``python hatch_build.py`` (or reinstall) to compile again; a test fails while a
``.mo`` is out of date.

The msgfmt reads the subset of the PO format socialkit's catalogues use:
comments, ``msgctxt``, ``msgid``, ``msgid_plural``, ``msgstr`` and ``msgstr[n]``
with continued string lines and C escapes; entries flagged ``fuzzy``, obsolete
(``#~``) entries and empty translations are left out, as GNU msgfmt does.
"""

from __future__ import annotations

import ast
import struct
import sys
from pathlib import Path
from typing import Any

try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # the module is also imported by the tests and run as a script
    BuildHookInterface = object  # type: ignore[assignment,misc]

ROOT = Path(__file__).resolve().parent
LOCALE = ROOT / "src" / "socialkit" / "locale"


class Entry:
    """One catalogue entry: context, msgid, plural msgid, msgstr(s), flags, obsolete."""

    def __init__(self) -> None:
        self.msgctxt: str | None = None
        self.msgid: str | None = None
        self.msgid_plural: str | None = None
        self.msgstr: dict[int, str] = {}
        self.flags: set[str] = set()
        self.obsolete = False
        self.line = 0

    @property
    def translated(self) -> bool:
        return bool(self.msgstr) and all(self.msgstr.values())


def _string(token: str, where: str) -> str:
    if not (token.startswith('"') and token.endswith('"') and len(token) >= 2):
        raise ValueError(f"{where}: expected a quoted string, got {token!r}")
    value = ast.literal_eval(token)  # C escapes: \n, \t, \", \\ as in Python
    if not isinstance(value, str):  # pragma: no cover - a quoted literal is a str
        raise ValueError(f"{where}: expected a string")
    return value


def parse_po(text: str, name: str = "catalogue.po") -> list[Entry]:
    """The entries of a PO file, the header (``msgid ""``) first."""
    entries: list[Entry] = []
    entry = Entry()
    field: tuple[str, int] | None = None

    def flush() -> None:
        nonlocal entry, field
        if entry.msgid is not None:
            entries.append(entry)
        entry, field = Entry(), None

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        where = f"{name}:{number}"
        obsolete = line.startswith("#~")
        if obsolete:
            line = line[2:].strip()
        if not line:
            flush()
            continue
        if line.startswith("#"):
            if entry.msgid is not None and field is not None and field[0] == "msgstr":
                flush()
            if line.startswith("#,"):
                entry.flags.update(f.strip() for f in line[2:].split(","))
            continue
        if line.startswith('"'):
            if field is None:
                raise ValueError(f"{where}: a string continues no keyword")
            kind, index = field
            piece = _string(line, where)
            if kind == "msgstr":
                entry.msgstr[index] += piece
            else:
                setattr(entry, kind, (getattr(entry, kind) or "") + piece)
            continue
        keyword, _, rest = line.partition(" ")
        value = _string(rest.strip(), where)
        if keyword in ("msgctxt", "msgid") and field is not None and field[0] == "msgstr":
            flush()
        entry.obsolete = entry.obsolete or obsolete
        if keyword in ("msgctxt", "msgid", "msgid_plural"):
            setattr(entry, keyword, value)
            if keyword == "msgid":
                entry.line = number
            field = (keyword, 0)
        elif keyword == "msgstr" or keyword.startswith("msgstr["):
            index = 0 if keyword == "msgstr" else int(keyword[7:-1])
            if index in entry.msgstr:  # msgfmt refuses it too; the last would silently win
                raise ValueError(f"{where}: a second {keyword} for msgid {entry.msgid!r}")
            entry.msgstr[index] = value
            field = ("msgstr", index)
        else:
            raise ValueError(f"{where}: unknown keyword {keyword!r}")
    flush()
    return entries


def compile_po(text: str, name: str = "catalogue.po") -> bytes:
    """The GNU ``.mo`` bytes of a PO file (little-endian, no hash table)."""
    messages: dict[bytes, bytes] = {}
    for entry in parse_po(text, name):
        skipped = entry.obsolete or "fuzzy" in entry.flags or not entry.translated
        if skipped and entry.msgid != "":  # the header is kept even when flagged
            continue
        assert entry.msgid is not None
        key = entry.msgid
        if entry.msgid_plural is not None:
            key += "\0" + entry.msgid_plural
        if entry.msgctxt is not None:
            key = entry.msgctxt + "\x04" + key
        value = "\0".join(entry.msgstr[i] for i in sorted(entry.msgstr))
        messages[key.encode("utf-8")] = value.encode("utf-8")
    keys = sorted(messages)
    count = len(keys)
    ids_at = 7 * 4
    strs_at = ids_at + count * 8
    data_at = strs_at + count * 8
    ids = b"".join(k + b"\0" for k in keys)
    strs = b"".join(messages[k] + b"\0" for k in keys)
    id_table, str_table = [], []
    offset = data_at
    for k in keys:
        id_table += [len(k), offset]
        offset += len(k) + 1
    for k in keys:
        str_table += [len(messages[k]), offset]
        offset += len(messages[k]) + 1
    header = struct.pack("<7I", 0x950412DE, 0, count, ids_at, strs_at, 0, data_at)
    tables = struct.pack(f"<{4 * count}I", *id_table, *str_table)
    return header + tables + ids + strs


def catalogues(root: Path = LOCALE) -> list[Path]:
    """Every ``.po`` source under ``root``."""
    return sorted(root.glob("*/LC_MESSAGES/*.po"))


def compile_all(root: Path = LOCALE) -> list[Path]:
    """Compile every ``.po`` under ``root`` next to itself; the ``.mo`` paths written."""
    written = []
    for po in catalogues(root):
        mo = po.with_suffix(".mo")
        data = compile_po(po.read_text(encoding="utf-8"), str(po))
        if not mo.exists() or mo.read_bytes() != data:
            mo.write_bytes(data)
        written.append(mo)
    return written


class CustomBuildHook(BuildHookInterface):  # type: ignore[misc,valid-type]
    """Hatchling's hook: compile the catalogues, and put them in a standard wheel."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root) / "src" / "socialkit" / "locale"
        for mo in compile_all(root):
            if version != "editable":  # an editable install reads the source tree
                relative = mo.relative_to(Path(self.root) / "src")
                build_data["force_include"][str(mo)] = str(relative)


if __name__ == "__main__":
    for path in compile_all():
        print(f"compiled {path.relative_to(ROOT)}", file=sys.stderr)
