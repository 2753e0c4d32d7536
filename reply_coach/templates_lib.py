"""Find, list and read reply templates: bundled ones and the user's own folder.

A template is a Jinja file `NAME.j2` that starts with a metadata comment,
readable without rendering anything:

    {#-
    scenarios: legal_threat
    description: Stay calm and factual, list fixes, move it to a call.
    -#}

`scenarios` is a comma-separated list of scenario ids, or `(hand-picked)` for
templates that are only ever chosen by name. Unknown keys are kept in
`TemplateInfo.meta` so a user can add their own notes.

Bundled templates live in the top-level `templates/` folder, shipped as the
package `reply_coach.templates`. A file in `Settings.templates_dir` with the
same name overrides the bundled one; other files there add new templates.

The English version of a template is `NAME.j2`; a version in another language
is `LANG/NAME.j2` (`da/`, `de/`, `fi/`), in the bundled folder or the user's.
For a language, its own version is used (the user's, then the bundled one),
and the English one when there is none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import TemplateError, UnknownTemplateError

SUFFIX = ".j2"
DEFAULT_LANGUAGE = "en"
LANGUAGES = ("en", "da", "de", "fi")  # the root folder holds English
BUNDLED_PACKAGE = "reply_coach.templates"
HAND_PICKED_MARK = "(hand-picked)"

# Names double as file names, so they may not carry path separators or dots
# ("../../etc/passwd" must not reach a loader).
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
_HEADER = re.compile(r"\A\s*\{#-?(.*?)-?#\}", re.S)
_META_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z0-9_-]*)\s*:\s*(.*?)\s*$")


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    scenarios: tuple[str, ...]  # scenario ids it is written for; () when hand-picked or undeclared
    description: str
    origin: str  # "bundled" or "user folder: /path"
    path: str  # where the source was read from
    hand_picked: bool = False
    meta: tuple[tuple[str, str], ...] = field(default=())  # every key: value of the header, in order
    source: str = field(default="", repr=False)  # the template text, for `reply-coach templates NAME`
    language: str = DEFAULT_LANGUAGE  # the language this version is written in
    languages: tuple[str, ...] = (DEFAULT_LANGUAGE,)  # every language the template exists in

    @property
    def key(self) -> str:
        """The loader's name for this version: "NAME.j2" or "da/NAME.j2"."""
        return self.name + SUFFIX if self.language == DEFAULT_LANGUAGE else f"{self.language}/{self.name}{SUFFIX}"

    @property
    def bundled(self) -> bool:
        return self.origin == "bundled"


def valid_name(name: str) -> bool:
    return bool(_NAME.fullmatch(name or ""))


def parse_metadata(source: str) -> dict[str, str]:
    """The `key: value` lines of the leading `{# ... #}` comment ({} when there is none)."""
    m = _HEADER.match(source)
    if not m:
        return {}
    meta: dict[str, str] = {}
    for line in m.group(1).splitlines():
        kv = _META_LINE.match(line)
        if kv:
            meta[kv.group(1).lower()] = kv.group(2)
    return meta


def bundled_dir() -> Path:
    """The folder holding the bundled *.j2 files."""
    try:
        from importlib.resources import files

        return Path(str(files(BUNDLED_PACKAGE)))
    except (ImportError, TypeError):
        # Running from a source tree without an install (PYTHONPATH=.): the
        # package mapping of setup.cfg does not exist, the folder does.
        return Path(__file__).resolve().parents[1] / "templates"


def _user_dir(settings) -> Path | None:
    d = getattr(settings, "templates_dir", None)
    return Path(d).expanduser() if d else None


def _info(name: str, path: Path, origin: str, language: str = DEFAULT_LANGUAGE) -> TemplateInfo:
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise TemplateError(f"template {name!r} cannot be read from {path}: {e}") from None
    meta = parse_metadata(source)
    raw = meta.get("scenarios", "").strip()
    hand_picked = raw.lower().replace(" ", "") in (HAND_PICKED_MARK, "hand-picked", "handpicked", "(handpicked)")
    scenarios = () if hand_picked else tuple(s.strip() for s in raw.split(",") if s.strip())
    return TemplateInfo(
        name=name,
        scenarios=scenarios,
        description=meta.get("description", ""),
        origin=origin,
        path=str(path),
        hand_picked=hand_picked,
        meta=tuple(meta.items()),
        source=source,
        language=language,
    )


def _scan(folder: Path | None) -> dict[str, Path]:
    if folder is None or not folder.is_dir():
        return {}
    out = {}
    for p in sorted(folder.iterdir()):
        name = p.name[: -len(SUFFIX)] if p.name.endswith(SUFFIX) else ""
        if name and valid_name(name) and p.is_file():
            out[name] = p
    return out


def _folder(base: Path | None, language: str) -> Path | None:
    if base is None:
        return None
    return base if language == DEFAULT_LANGUAGE else base / language


def list_templates(settings=None) -> list[TemplateInfo]:
    """Every available template (its English version, or the first language it exists in),
    sorted by name, each with the languages it exists in; a user file shadows the bundled one."""
    user = _user_dir(settings)
    found: dict[str, TemplateInfo] = {}
    languages: dict[str, list[str]] = {}
    for language in LANGUAGES:
        for base, origin in ((bundled_dir(), "bundled"), (user, f"user folder: {user}")):
            for n, p in _scan(_folder(base, language)).items():
                if n not in found or (found[n].language == language and origin != "bundled"):
                    found[n] = _info(n, p, origin, language)
                if language not in languages.setdefault(n, []):
                    languages[n].append(language)
    return [replace(found[n], languages=tuple(languages[n])) for n in sorted(found)]


def available_names(settings=None) -> list[str]:
    return [t.name for t in list_templates(settings)]


def find_template(name: str, settings=None, language: str = DEFAULT_LANGUAGE) -> TemplateInfo:
    """The template called `name` in `language` (the user's version, then the bundled one), else
    in English; TemplateError listing the available ones when there is no such template."""
    if valid_name(name):
        user = _user_dir(settings)
        wanted = [language] if language == DEFAULT_LANGUAGE else [language, DEFAULT_LANGUAGE]
        for lang in wanted:
            for base, origin in ((user, f"user folder: {user}"), (bundled_dir(), "bundled")):
                folder = _folder(base, lang)
                if folder is not None and (folder / (name + SUFFIX)).is_file():
                    return _info(name, folder / (name + SUFFIX), origin, lang)
    names = ", ".join(available_names(settings)) or "(none)"
    raise UnknownTemplateError(f"no template named {name!r}: available templates are {names}")


# The CLI's name for it: the info carries the source.
get_template_info = find_template


def load_source(name: str, settings=None, language: str = DEFAULT_LANGUAGE) -> tuple[str, TemplateInfo]:
    """(source text, info) of a template."""
    info = find_template(name, settings, language)
    return info.source, info


def make_loader(templates_dir: Path | None):
    """A Jinja loader: the user folder first, then the bundled package."""
    import jinja2

    try:
        bundled = jinja2.PackageLoader(BUNDLED_PACKAGE, ".")
    except (ImportError, ValueError, AssertionError):  # Jinja asserts when no import spec is found
        bundled = jinja2.FileSystemLoader(str(bundled_dir()))
    if templates_dir is None:
        return bundled
    return jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(templates_dir)), bundled])
