"""Crosswalk and text rules, read from data files, that say which Camino terms a service is about.

Two kinds of evidence, both kept as data a city can extend without code:

- the **crosswalk** (``db/seed/crosswalk.json``): taxonomy term names and codes real directories
  use (211/AIRS, Open Eligibility) → Camino term codes;
- the **rules** (``db/seed/step_rules.json``): regular expressions over the service's own words,
  in English and Spanish, each with the exclusions that keep ordinary human services out (a
  soup kitchen is not a commercial kitchen, a vehicle registration is not a business one).

Text is compared lowercase, accents removed, punctuation read as a space. See ``docs/step-mapping.md``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from db.errors import BadInput

_NOT_WORD = re.compile(r"[^a-z0-9$|]+")
# _NOT_WORD for ASCII text, as a translation table (each such character becomes a space).
_ASCII_NOT_WORD = str.maketrans({chr(i): " " for i in range(128) if _NOT_WORD.fullmatch(chr(i))})
# Sentence ends become a bar, so no pattern reads across two sentences or two fields.
_SENTENCE_END = re.compile(r"[.;:!?\n]+(?:\s|$)|\s[-–—]\s")
_WORD = re.compile(r"\{([A-Z_]+)\}")
FIELDS = ("name", "text", "all", "fees")
# In ``only_with``: any term a step lists (not a flag, stage or kind).
CATEGORY = "category"


def normalize(text: str) -> str:
    """Lowercase, accents off, anything but letters, digits and ``$`` read as one space."""
    if not text:
        return ""
    if text.isascii():  # most directory text: no accents to take off, and a table does what _NOT_WORD does
        bare = _SENTENCE_END.sub(" | ", text.lower().replace("&", " and ").replace("|", " "))
        return " ".join(bare.translate(_ASCII_NOT_WORD).split())
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower().replace("&", " and ")
    bare = _SENTENCE_END.sub(" | ", bare.replace("|", " "))
    return " ".join(_NOT_WORD.sub(" ", bare).split())


@lru_cache(maxsize=4096)  # a directory's services share a few hundred taxonomy term names
def _plural_blind(name: str) -> str:
    return " ".join(word[:-1] if len(word) > 3 and word.endswith("s") else word for word in normalize(name).split())


@dataclass(frozen=True)
class Link:
    """One suggested link of a service to a Camino term, with why and from where."""

    term: str
    source: str  # crosswalk | rule | staff | directory
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"term": self.term, "source": self.source, "reason": self.reason}


@dataclass
class Crosswalk:
    """Taxonomy term names (plural- and case-blind) and codes (a code covers the codes under it)."""

    names: dict[str, list[str]] = field(default_factory=dict)
    codes: dict[str, list[str]] = field(default_factory=dict)

    def extend(self, data: Mapping[str, Any], where: str, known: set[str]) -> None:
        for key, target in (("names", self.names), ("codes", self.codes)):
            entries = data.get(key, {})
            if not isinstance(entries, Mapping):
                raise BadInput(f"{where}: '{key}' must be an object of taxonomy {key} → Camino term codes")
            for name, terms in entries.items():
                terms = [terms] if isinstance(terms, str) else terms
                unknown = [t for t in terms if t not in known]
                if unknown:
                    raise BadInput(f"{where}: {key} {name!r} maps to unknown Camino term(s) {', '.join(unknown)}")
                if key == "names":
                    target.setdefault(_plural_blind(name), []).extend(terms)
                else:
                    target.setdefault(str(name).strip().upper(), []).extend(terms)

    def lookup(self, name: str | None, code: str | None) -> list[Link]:
        links = []
        if name:
            for term in self.names.get(_plural_blind(name), []):
                links.append(Link(term, "crosswalk", f"taxonomy term '{name}'"))
        if code:
            code = str(code).strip().upper()
            for known, terms in self.codes.items():
                if code == known or code.startswith(known + ".") or code.startswith(known + "-"):
                    links.extend(Link(term, "crosswalk", f"taxonomy code {code}") for term in terms)
        return links


@dataclass(slots=True)  # its fields are read for every candidate rule of every service
class Rule:
    term: str
    field: str
    why: str
    match: re.Pattern[str]
    unless: re.Pattern[str] | None
    unless_name: re.Pattern[str] | None
    requires: re.Pattern[str] | None
    requires_org: re.Pattern[str] | None
    unless_org: re.Pattern[str] | None
    unless_fees: re.Pattern[str] | None
    ignore: re.Pattern[str] | None
    only_with: tuple[str, ...]
    suppressed_by: tuple[str, ...]


_BEFORE, _AFTER = "(?<![a-z0-9])(?:", ")(?![a-z0-9])"


def _whole_words(body: str) -> str:
    return f"{_BEFORE}{body}{_AFTER}"


def _body(pattern: re.Pattern[str]) -> str:
    """The alternation inside a rule's whole-word pattern."""
    return pattern.pattern[len(_BEFORE):-len(_AFTER)]


def _compile(patterns: Iterable[str], words: Mapping[str, str], where: str) -> re.Pattern[str] | None:
    patterns = list(patterns)
    if not patterns:
        return None

    def expand(match: re.Match[str]) -> str:
        if match.group(1) not in words:
            raise BadInput(f"{where}: unknown word {{{match.group(1)}}}")
        return f"(?:{words[match.group(1)]})"

    try:
        # Whole words: one look-behind and one look-ahead around the alternation scan faster
        # than a word boundary in front of every alternative.
        body = "|".join(f"(?:{_WORD.sub(expand, p)})" for p in patterns)
        return re.compile(_whole_words(body))
    except re.error as exc:
        raise BadInput(f"{where}: not a valid pattern ({exc})") from None


def read_rules(data: Mapping[str, Any], where: str, known: set[str]) -> list[Rule]:
    """The rules of a rules file, checked: known terms, known fields, valid patterns."""
    words = {k: _WORD.sub(lambda m: data.get("words", {}).get(m.group(1), m.group(0)), v)
             for k, v in data.get("words", {}).items()}
    rules = []
    for i, raw in enumerate(data.get("rules", [])):
        at = f"{where} rules[{i}]"
        term = raw.get("term")
        if term not in known:
            raise BadInput(f"{at}: unknown Camino term {term!r}")
        if raw.get("in", "text") not in FIELDS:
            raise BadInput(f"{at}: 'in' must be one of {', '.join(FIELDS)}")
        for other in [*raw.get("only_with", []), *raw.get("suppressed_by", [])]:
            if other != CATEGORY and other not in known:
                raise BadInput(f"{at}: unknown Camino term {other!r}")
        match = _compile(raw.get("match", []), words, at)
        if match is None:
            raise BadInput(f"{at}: a rule needs at least one 'match' pattern")
        rules.append(Rule(term, raw.get("in", "text"), raw.get("why", term), match,
                          _compile(raw.get("unless", []), words, at), _compile(raw.get("unless_name", []), words, at),
                          _compile(raw.get("requires", []), words, at),
                          _compile(raw.get("requires_org", []), words, at),
                          _compile(raw.get("unless_org", []), words, at),
                          _compile(raw.get("unless_fees", []), words, at),
                          _compile(raw.get("ignore", []), words, at), tuple(raw.get("only_with", [])),
                          tuple(raw.get("suppressed_by", []))))
    return rules


@dataclass(slots=True)
class ServiceText:
    """A service's words, normalized once: ``name``; ``text`` (name + description); ``all`` (text +
    eligibility, fees, application process, documents); ``fees`` (the fees description); ``org``
    (the organization's name, which often tells a state office from a city one). ``all`` holds
    each of ``name``, ``text`` and ``fees`` (the :class:`Prefilter` runs over it alone)."""

    name: str
    text: str
    all: str
    fees: str
    org: str = ""


def _found(pattern: re.Pattern[str], text: str) -> str | None:
    found = pattern.search(text)
    return found.group(0).strip() if found else None


def _found_with(pattern: re.Pattern[str], requires: re.Pattern[str], text: str) -> str | None:
    """``pattern`` in a sentence that also holds ``requires``: audience and activity said together."""
    for sentence in text.split(" | "):
        hit = _found(pattern, sentence)
        if hit is not None and requires.search(sentence):
            return hit
    return None


# The pattern syntax RE2 reads exactly as Python's ``re`` does on normalized text (lowercase
# ASCII letters, digits, ``$``, ``|`` and single spaces, no line break, so ``^`` and ``$`` agree).
# A rule written with anything else (look-arounds, ``{,3}``, POSIX classes, flags…) is not
# prefiltered: it is always searched.
_RE2_SAFE = re.compile(
    r"(?:[A-Za-z0-9 &',/:;<>=!@%#_~\"-]|[\^$]|\\[$.\-+*?()\[\]{}| dswb]|\(\?:|\((?!\?)|[)|?*+.]|\{[0-9]+(?:,[0-9]*)?\}"
    r"|\[\^?(?:[A-Za-z0-9 $]|[A-Za-z0-9]-[A-Za-z0-9]|\\[$.\-\]\\dsw])+\])*")
_ESCAPES_AND_SETS = re.compile(r"\\.|\[\^?(?:[^\]\\]|\\.)*\]")


_UNKNOWN = "unknown"  # the key of the set's always-matching pattern


def _rule_order(rules: list[Rule]) -> list[int]:
    """Step terms first, then the flags, stages and kinds that only apply next to them."""
    return sorted(range(len(rules)), key=lambda index: bool(rules[index].only_with))


class Prefilter:
    """Which rules can match a service at all, found in one pass over its text.

    The rule patterns form one RE2 set (a DFA over all of them at once, linear in the text),
    run over the service's ``all`` text, which holds every other field: a rule that matches its
    own field matches there too. A rule the set does not report cannot match, so it is not
    searched; a reported one is then searched by Python's ``re`` in its own field as before,
    which alone decides the link, its words and its exclusions. Patterns anchored with ``^`` or
    ``$`` are run over their own field. Most services of a city's directory (shelters, pantries,
    clinics) have no candidate rule; a business service has a few of the dozens.
    """

    # RE2's memory budget for a set (program and DFA): room for every pattern at once.
    max_mem = 64 << 20

    def __init__(self, rules: list[Rule]) -> None:
        import re2  # google-re2: imported where used, so reading rules does not need it

        self.sets: list[tuple[str, Any, list[Hashable]]] = []
        self.always: set[Hashable] = set()
        self.order = _rule_order(rules)
        # A rule's place in that order: a service's few candidates are sorted by it.
        self.rank = {index: place for place, index in enumerate(self.order)}
        # Keys: a rule's index for its match; (index, "unless") and (index, "unless_name") for the
        # exclusions searched after a hit, with the field each is searched in.
        patterns: list[tuple[Hashable, str, re.Pattern[str] | None]] = []
        for index, rule in enumerate(rules):
            patterns += [(index, rule.field, rule.match),
                         ((index, "unless"), "all" if rule.field == "all" else "text", rule.unless),
                         ((index, "unless_name"), "name", rule.unless_name)]
        by_field: dict[str, list[tuple[Hashable, str]]] = {}
        for key, field_name, pattern in patterns:
            if pattern is None:
                continue
            body = _body(pattern)
            if not _RE2_SAFE.fullmatch(body) or pattern.flags & ~re.UNICODE:
                self.always.add(key)
                continue
            anchored = any(mark in _ESCAPES_AND_SETS.sub("", body) for mark in "^$")
            by_field.setdefault(field_name if anchored else "all", []).append((key, body))
        options = re2.Options()
        options.max_mem = self.max_mem
        options.log_errors = False  # the CLI's stderr carries one-line messages only; failures are handled here
        for name, entries in by_field.items():
            # "^" matches every text (RE2's set leaves an empty pattern unreported): its search
            # reports nothing at all when its DFA runs out of memory, and the Python binding
            # does not say so. A result without it means "unknown": every pattern is searched.
            found, keys = re2.Set.SearchSet(options), [_UNKNOWN]
            found.Add("^")
            for key, body in entries:
                try:
                    found.Add(body)
                except re2.error:
                    self.always.add(key)
                    continue
                keys.append(key)
            try:
                found.Compile()
            except re2.error:  # too large for RE2's memory budget: these patterns are always searched
                self.always.update(keys[1:])
                continue
            self.sets.append((name, found, keys))

    def candidates(self, words: ServiceText) -> set[Hashable]:
        """The rules (by index) whose match, and the (index, "unless") and (index, "unless_name")
        exclusions that may match ``words``: every one that does is among them."""
        found = set(self.always)
        for name, rule_set, keys in self.sets:
            matched = rule_set.Match(getattr(words, name))
            if not matched or 0 not in matched:
                found.update(keys[1:])
            elif len(matched) > 1:
                found.update(map(keys.__getitem__, matched))
                found.discard(_UNKNOWN)
        return found

    def rules_for(self, candidates: set[Hashable]) -> list[int]:
        """The rules among ``candidates``, in the order they are applied."""
        return sorted((key for key in candidates if key.__class__ is int), key=self.rank.__getitem__)


# How a link's reason names the field its words were found in.
_WHERE = {"name": "name", "text": "name or description", "all": "text", "fees": "fees"}


def apply_rules(rules: list[Rule], words: ServiceText, linked: Iterable[str], category_terms: set[str],
                prefilter: Prefilter | None = None, candidates: set[Hashable] | None = None) -> list[Link]:
    """The links the rules make for one service; ``linked``: terms it already has (crosswalk, publisher).

    ``prefilter`` (a :class:`Prefilter` of ``rules``): rules that cannot match are not searched.
    ``candidates``: what ``prefilter.candidates(words)`` says, when the caller has asked it already.
    """
    have = set(linked)
    if candidates is None and prefilter is not None:
        candidates = prefilter.candidates(words)
    made: dict[str, Link] = {}
    by: dict[str, Rule] = {}
    # Step terms first, then the flags, stages and kinds that only apply next to them.
    if candidates is None:
        todo = _rule_order(rules)
    else:  # only the rules the prefilter reports, in the same order
        todo = prefilter.rules_for(candidates)
        if not todo:
            return []
    for index in todo:
        rule = rules[index]
        if rule.term in have or rule.term in made:
            continue
        if rule.only_with:
            present = have | set(made)
            if not any((w == CATEGORY and present & category_terms) or w in present for w in rule.only_with):
                continue
        text = getattr(words, rule.field)
        hit = _found(rule.match, text)
        if hit is not None and rule.ignore is not None:  # blank the ignored phrases only when it matters
            text = rule.ignore.sub(" ", text)
            hit = _found(rule.match, text)
        if hit is not None and rule.requires is not None:
            hit = _found_with(rule.match, rule.requires, text)
        if hit is None:
            continue
        if (rule.unless is not None and (candidates is None or (index, "unless") in candidates)
                and rule.unless.search(words.text if rule.field != "all" else words.all)):
            continue
        if (rule.unless_name is not None and (candidates is None or (index, "unless_name") in candidates)
                and rule.unless_name.search(words.name)):
            continue
        if rule.requires_org is not None and not rule.requires_org.search(f"{words.org} | {words.text}"):
            continue
        if rule.unless_org is not None and rule.unless_org.search(f"{words.org} | {words.text}"):
            continue
        if rule.unless_fees is not None and rule.unless_fees.search(words.fees):
            continue
        made[rule.term] = Link(rule.term, "rule", f"{rule.why}: '{hit}' in the {_WHERE[rule.field]}")
        by[rule.term] = rule
    if not made:
        return []
    present = have | set(made)
    # The rule that made a link decides whether a more specific term overrides it.
    return [link for term, link in made.items() if not any(s in present for s in by[term].suppressed_by)]
