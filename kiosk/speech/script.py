"""What a screen says: the things it shows, in reading order, turned into utterances for the voice.

The screen (``ui``) lists what it shows as :class:`Shown` items; :func:`screen_script` numbers the
options, says which are chosen, reads phone numbers digit by digit, and gives text in another
language (a service name only in English on a Swahili screen) to that language's voice. Each
:class:`Utterance` keeps the index of the item it reads, so the screen can highlight it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kiosk.speech.words import word

# US phone numbers, with or without country code, brackets, dots or dashes; and N-1-1 lines (311, 211).
_PHONE = re.compile(r"(?<![\w/])(?:\+?1[\s.-]?)?\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-](\d{4})(?![\w/])")
_SHORT_LINE = re.compile(r"(?<![\w/.,-])([2-9]11)(?!\w|[/.,-]\d)")
_ZIP = re.compile(r"(?<=\b[A-Z]{2} )(\d{5})(?:-(\d{4}))?\b")  # "NM 87102" in an address
_NON_LATIN = {"ar": "ARABIC", "fa_AF": "ARABIC", "zh_CN": "CJK"}


@dataclass(frozen=True)
class Shown:
    """One thing a screen shows, as a reader finds it in reading order.

    ``kind``: "text", "title", "option" (a choice that can be chosen), "action" (a button that does
    something), "step" (a pathway step's number in ``text``). ``language``: the text's own language
    when it is not the screen's (None: the screen's). ``chosen``: for options, whether it is chosen.
    """

    text: str
    kind: str = "text"
    language: str | None = None
    chosen: bool | None = None


@dataclass(frozen=True)
class Utterance:
    """Words for one voice; ``item`` is the index of the :class:`Shown` item they read (-1: none)."""

    text: str
    language: str
    item: int = -1


def digits(number: str) -> str:
    """A phone number's digits one by one, its groups apart: ``"(505) 768-3000"`` → ``"5 0 5, 7 6 8, 3 0 0 0"``."""
    groups = re.findall(r"\d+", number)
    return ", ".join(" ".join(group) for group in groups)


def spoken(text: str) -> str:
    """``text`` as it should be said: phone numbers, N-1-1 lines and ZIP codes digit by digit."""
    text = _PHONE.sub(lambda m: digits(" ".join(m.groups())), text)
    text = _SHORT_LINE.sub(lambda m: digits(m.group(1)), text)
    text = _ZIP.sub(lambda m: digits(" ".join(g for g in m.groups() if g)), text)
    return " ".join(text.split())  # line breaks and runs of spaces: one pause is enough


def voice_language(text: str, screen_language: str, hint: str | None = None) -> str:
    """The language to say ``text`` in: its marked language, else English for Latin-only text on a screen
    written in another script (a name or street on an Arabic screen), else the screen's."""
    if hint:
        return hint
    script = _NON_LATIN.get(screen_language)
    if script is None:
        return screen_language
    own = latin = False
    for char in text:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        if name.startswith(script) or (script == "CJK" and ("CJK" in name or "HIRAGANA" in name)):
            own = True
            break
        latin = latin or name.startswith("LATIN")
    return "en" if latin and not own else screen_language


def screen_script(items: list[Shown], language: str, *, say_unchosen: bool = False) -> list[Utterance]:
    """Everything a screen says, in order: each item's words in the right voice, options numbered."""
    out: list[Utterance] = []
    number = 0
    for index, item in enumerate(items):
        if item.kind == "option":
            number += 1
            out.extend(item_script(item, language, number=number, index=index, say_unchosen=say_unchosen))
        else:
            out.extend(item_script(item, language, index=index))
    return out


def item_script(item: Shown, language: str, *, number: int | None = None, index: int = -1,
                say_unchosen: bool = True) -> list[Utterance]:
    """What one item says (a tap or a key reads just this): "Option 2. Start a business. chosen"."""
    parts: list[tuple[str, str]] = []
    if item.kind == "step":
        parts.append((word(language, "step", n=item.text), language))
    else:
        if item.kind == "option" and number is not None:
            parts.append((word(language, "option", n=number) + ".", language))
        text = spoken(item.text)
        if text:
            parts.append((text, voice_language(item.text, language, item.language)))
        if item.chosen:
            parts.append((word(language, "chosen"), language))
        elif item.chosen is False and say_unchosen:
            parts.append((word(language, "not_chosen"), language))
    merged: list[Utterance] = []
    for text, lang in parts:
        if merged and merged[-1].language == lang:
            joiner = " " if merged[-1].text.endswith((".", ":", "。", "؟", "?")) else ". "
            merged[-1] = Utterance(merged[-1].text + joiner + text, lang, index)
        else:
            merged.append(Utterance(text, lang, index))
    return merged


def as_text(utterances: list[Utterance], language: str) -> str:
    """The words of a script, one utterance a line; text in another voice is tagged ``[en]``."""
    return "\n".join(u.text if u.language == language else f"[{u.language}] {u.text}" for u in utterances) + "\n"
