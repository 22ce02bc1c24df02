"""Enterprise profiles: one TOML file per enterprise, validated into a `Profile`.

```toml
name = "苏州某某软件科技有限公司"
region = "苏州市吴中区"        # a name at any level, or a GB/T 2260 code
qualifications = ["企业", "中小企业", "高新技术企业", "专精特新中小企业"]
industries = ["工业软件", "人工智能"]
keywords = ["数字化转型"]
founded = 2015
employees = 180
```

`qualifications` use the closed subjects vocabulary (pipeline/data/subjects.toml: the same tags
extraction puts on notices), so matching compares like with like; an alias or included kind is read
as its tag ("高企" -> 高新技术企业, "高校" -> 高校院所). A bad file raises `ProfileError` naming the
file and the field, with the closest tag or the list of tags.
"""
from __future__ import annotations

import difflib
import logging
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.notice import Region
from pipeline import vocabulary  # the one list of tags, shared with extraction and search
from pipeline.dates import today_cn

logger = logging.getLogger(__name__)

FIELDS = ("name", "region", "qualifications", "industries", "keywords", "founded", "employees")
EARLIEST_FOUNDED = 1800  # older than any registered enterprise; catches typos such as 215


class ProfileError(ValueError):
    """A profile that cannot be used: `path` and `field` name the culprit."""

    def __init__(self, path: str | Path, field: str, message: str):
        super().__init__(f"{path}: {field}: {message}")
        self.path = str(path)
        self.field = field
        self.message = message


class ProfileDirectoryError(ProfileError):
    """Several profiles in a directory are bad; `errors` lists each, so all can be fixed at once."""

    def __init__(self, path: str | Path, errors: list[ProfileError]):
        lines = "\n".join(f"  {error}" for error in errors)
        ValueError.__init__(self, f"{path}: {len(errors)} invalid profile(s):\n{lines}")
        self.path = str(path)
        self.field = "*"
        self.message = f"{len(errors)} invalid profile(s)"
        self.errors = errors


@dataclass(frozen=True)
class Profile:
    """An enterprise (or institute, park, incubator) as the matcher sees it."""

    name: str
    region: Region  # resolved through the gazetteer
    qualifications: tuple[str, ...]  # subjects-vocabulary tags the entity holds
    industries: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    founded: int | None = None
    employees: int | None = None
    path: str | None = None  # the file it came from, for messages
    region_text: str = ""  # the region as written in the file

    @property
    def terms(self) -> tuple[str, ...]:
        """Industries then keywords: what relevance is measured on."""
        return self.industries + self.keywords


def load_profile(path: str | Path, *, today: date | None = None) -> Profile:
    """Read and validate one TOML profile. Raises ProfileError."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise ProfileError(path, "file", f"cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ProfileError(path, "file", "not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(path, "file", f"invalid TOML: {exc}") from exc
    return parse_profile(data, path=path, today=today)


def load_profiles(
    path: str | Path, *, skip_invalid: bool = False, today: date | None = None
) -> list[Profile]:
    """One profile file, or every *.toml in a directory (sorted by file name).

    A bad file in a directory raises ProfileDirectoryError listing every bad file, unless
    `skip_invalid`, which logs each and goes on with the rest.
    """
    path = Path(path)
    if not path.is_dir():
        return [load_profile(path, today=today)]
    files = sorted(p for p in path.glob("*.toml") if p.is_file())
    if not files:
        raise ProfileError(path, "directory", "no *.toml profiles found")
    profiles, errors = [], []
    for file in files:
        try:
            profiles.append(load_profile(file, today=today))
        except ProfileError as error:
            errors.append(error)
    if errors and not skip_invalid:
        raise ProfileDirectoryError(path, errors)
    for error in errors:
        logger.warning("discarding profile %s", error)
    return profiles


def parse_profile(data: dict[str, Any], *, path: str | Path = "<profile>", today: date | None = None) -> Profile:
    """Validate the parsed TOML of one profile. Raises ProfileError naming the bad field, or every bad
    field when there are several (so one round of fixes is enough)."""
    today = today or today_cn()
    errors: list[ProfileError] = []

    def checked(read, *args):
        try:
            return read(*args)
        except ProfileError as error:
            errors.append(error)
            return None

    unknown = sorted(set(data) - set(FIELDS))
    for key in unknown:
        errors.append(ProfileError(path, key, f"unknown field (expected one of: {', '.join(FIELDS)})"))
    name = checked(_required_text, data, "name", path)
    region_text = data.get("region")
    if isinstance(region_text, int) and not isinstance(region_text, bool):
        region_text = str(region_text)  # `region = 320506` written as a TOML integer
    region = None
    if not isinstance(region_text, str) or not region_text.strip():
        errors.append(ProfileError(path, "region", "required: a region name at any level or a GB/T 2260 code"))
    else:
        region = checked(_resolve_region, region_text.strip(), path)
    qualifications = checked(_qualifications, data, path)
    industries = checked(_text_list, data, "industries", path)
    keywords = checked(_text_list, data, "keywords", path)
    founded = checked(_founded, data, path, today)
    employees = checked(_employees, data, path)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ProfileError(path, f"{len(errors)} problems", "; ".join(f"{e.field}: {e.message}" for e in errors))
    return Profile(
        name=name,
        region=region,
        qualifications=qualifications,
        industries=industries,
        keywords=keywords,
        founded=founded,
        employees=employees,
        path=str(path),
        region_text=region_text.strip(),
    )


def _required_text(data: dict[str, Any], key: str, path) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ProfileError(path, key, "required: a non-empty string")
    return value.strip()


def _resolve_region(text: str, path) -> Region:
    from pipeline import gazetteer  # deferred: loads the division table on first use

    try:
        return gazetteer.resolve_profile_region(text)
    except ValueError as exc:
        raise ProfileError(path, "region", str(exc)) from exc


def _text_list(data: dict[str, Any], key: str, path) -> tuple[str, ...]:
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]  # a single term written without brackets
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ProfileError(path, key, "expected a list of strings")
    seen: dict[str, None] = {}
    for item in value:
        if item.strip():
            seen.setdefault(item.strip(), None)
    return tuple(seen)


def _qualifications(data: dict[str, Any], path) -> tuple[str, ...]:
    if "qualifications" not in data:
        raise ProfileError(path, "qualifications", "required: a list of subjects-vocabulary tags")
    tags = _text_list(data, "qualifications", path)
    if not tags:
        raise ProfileError(path, "qualifications", "empty: list at least one tag, e.g. \"企业\"")
    resolved = []
    for spelling in tags:
        tag = vocabulary.resolve(spelling)  # a tag, an alias ("高企") or an included kind ("高校")
        if tag is None:
            raise ProfileError(path, "qualifications", f"unknown qualification {spelling!r}{_hint(spelling)}")
        resolved.append(tag)
    return tuple(dict.fromkeys(resolved))


def _hint(spelling: str) -> str:
    close = difflib.get_close_matches(spelling, vocabulary.tag_names(), n=1, cutoff=0.5)
    if close:
        return f" (did you mean {close[0]!r}?)"
    return f" (known tags: {', '.join(vocabulary.tag_names())})"


def _founded(data: dict[str, Any], path, today: date) -> int | None:
    value = data.get("founded")
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise ProfileError(path, "founded", f"bad year {value!r}: expected a four-digit year such as 2015")
    if not EARLIEST_FOUNDED <= value <= today.year:
        raise ProfileError(path, "founded", f"bad year {value}: expected {EARLIEST_FOUNDED}..{today.year}")
    return value


def _employees(data: dict[str, Any], path) -> int | None:
    value = data.get("employees")
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ProfileError(path, "employees", f"expected a non-negative integer, got {value!r}")
    return value
