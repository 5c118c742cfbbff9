"""requirements.lock pins every dependency pyproject.toml names, within its range, and setup installed it."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(r) for r in [*project["dependencies"], *project["optional-dependencies"]["test"]]]


def locked() -> dict[str, Version]:
    """The lock's pins that apply to this Python (entries carry environment markers)."""
    pins = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-\[\]]+)==([^\s;]+)\s*(?:;\s*(.+))?$", line)
        if match and (match.group(3) is None or Marker(match.group(3)).evaluate()):
            pins[canonicalize_name(match.group(1).split("[")[0])] = Version(match.group(2))
    return pins


def test_every_declared_dependency_is_locked_within_its_range():
    pins = locked()
    for requirement in declared():
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is not in requirements.lock: run bash scripts/lock.sh"
        assert requirement.specifier.contains(pins[name], prereleases=True), \
            f"requirements.lock has {name} {pins[name]}, outside pyproject.toml's {requirement.specifier}"


def test_the_environment_holds_exactly_the_locked_versions():
    mismatched = {}
    for name, version in locked().items():
        try:
            installed = Version(metadata.version(name))
        except metadata.PackageNotFoundError:
            mismatched[name] = "not installed"
            continue
        if installed != version:
            mismatched[name] = f"{installed} installed, {version} locked"
    assert not mismatched, f"run bash scripts/setup.sh: {mismatched}"
