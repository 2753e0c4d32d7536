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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import TemplateError, UnknownTemplateError

SUFFIX = ".j2"
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


def _info(name: str, path: Path, origin: str) -> TemplateInfo:
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


def list_templates(settings=None) -> list[TemplateInfo]:
    """Every available template, sorted by name; a user file shadows the bundled one."""
    found = {n: _info(n, p, "bundled") for n, p in _scan(bundled_dir()).items()}
    user = _user_dir(settings)
    for n, p in _scan(user).items():
        found[n] = _info(n, p, f"user folder: {user}")
    return [found[n] for n in sorted(found)]


def available_names(settings=None) -> list[str]:
    return [t.name for t in list_templates(settings)]


def find_template(name: str, settings=None) -> TemplateInfo:
    """The template called `name`; TemplateError listing the available ones otherwise."""
    if valid_name(name):
        user = _user_dir(settings)
        if user is not None and (user / (name + SUFFIX)).is_file():
            return _info(name, user / (name + SUFFIX), f"user folder: {user}")
        p = bundled_dir() / (name + SUFFIX)
        if p.is_file():
            return _info(name, p, "bundled")
    names = ", ".join(available_names(settings)) or "(none)"
    raise UnknownTemplateError(f"no template named {name!r}: available templates are {names}")


# The CLI's name for it: the info carries the source.
get_template_info = find_template


def load_source(name: str, settings=None) -> tuple[str, TemplateInfo]:
    """(source text, info) of a template."""
    info = find_template(name, settings)
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
