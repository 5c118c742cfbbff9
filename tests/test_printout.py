"""The printed pathway: every language renders with embedded fonts, right-to-left text in order, bilingual."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from kiosk.config import LANGUAGES, Config
from kiosk.locale_format import long_date
from kiosk.printout import english_twin, printout_for, render_pathway
from kiosk.printout.document import MARGIN
from kiosk.printout.fonts import ARABIC, CJK, FONTS_DIR, LATIN, font_files, has_glyph
from kiosk.printout.labels import labels_for
from kiosk.printout.scripts import ARABIC_DIGITS, isolate_islands, script_of, visual_runs
from kiosk.questionnaire import Localized, validate_answers

ANSWERS = {"needs": ["need-start", "need-money", "need-bank", "need-license", "need-taxes"],
           "stage": "stage-starting", "kind": "kind-food", "identity": "id-itin", "where": "near"}
PRINTED_ON = date(2026, 11, 29)
LABELS = {language: labels_for(language) for language in LANGUAGES}  # read from translations/<lang>.ts


def pdf_text(pdf: bytes, tmp_path: Path, first: int = 1, last: int = 99) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-f", str(first), "-l", str(last), str(path), "-"],
                          capture_output=True, check=True, text=True).stdout
    # poppler gives Arabic in logical order as presentation forms: fold them back to letters.
    return unicodedata.normalize("NFKC", text).translate(dict.fromkeys(range(0x202A, 0x202F)))


def pdf_fonts(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


def pdf_info(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "info.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout


@pytest.fixture
def answers(demo_engine):
    return validate_answers(demo_engine.directory.questions("en"), ANSWERS)


# -- fonts --------------------------------------------------------------------------------------

def test_bundled_fonts_and_their_licenses_are_in_assets():
    for path in font_files():
        assert path.stat().st_size > 50_000, path
    assert (FONTS_DIR / "NotoSans-OFL.txt").read_text().count("SIL OPEN FONT LICENSE") >= 1
    wenkai = (FONTS_DIR / "CaminoWenKai-OFL.txt").read_text()
    assert "Reserved Font Names" in wenkai and "SIL OPEN FONT LICENSE" in wenkai


def test_every_printout_label_has_a_glyph_in_the_font_of_its_script():
    missing = {(lang, c) for lang, labels in LABELS.items() for text in labels.values() for c in text
               if c not in "{}" and not has_glyph(ARABIC if script_of(c) == ARABIC_DIGITS else script_of(c), c)
               and unicodedata.category(c) not in ("Cf", "Zs")}
    assert not missing


def test_chinese_font_holds_all_6763_gb2312_hanzi():
    hanzi = []
    for cp in range(0x4E00, 0xA000):
        try:
            chr(cp).encode("gb2312")
        except UnicodeEncodeError:
            continue
        hanzi.append(chr(cp))
    assert len(hanzi) == 6763
    assert all(has_glyph(CJK, c) for c in hanzi)


def test_latin_font_has_vietnamese_and_arabic_font_has_dari_letters():
    assert all(has_glyph(LATIN, c) for c in "ẮằẲẵặẤầẩẫậĐđẾềểễệỐồổỗộỚờởỡợỨừửữựỳỵỷỹ")
    assert all(has_glyph(ARABIC, c) for c in "پچژگکی\u200c۰۱۲۳")


# -- bidirectional text -------------------------------------------------------------------------

def test_phone_number_in_dari_text_stays_left_to_right():
    text = isolate_islands("شماره تماس: (505) 768-3040 یا www.cabq.gov/oira")
    runs = list(visual_runs(text, rtl=True))
    joined = "".join(t for s, t in runs if s == LATIN)
    assert "(505) 768-3040" in joined and "www.cabq.gov/oira" in joined
    # The first words of the sentence are drawn rightmost, as one run with the space between them.
    assert runs[-1] == (ARABIC, "شماره تماس")


def test_arabic_words_and_the_spaces_between_them_are_one_run():
    runs = visual_runs("لماذا هذه الخطوة: سجّل  لدى المدينة", rtl=True)
    assert runs == ((ARABIC, "سجّل  لدى المدينة"), (LATIN, " :"), (ARABIC, "لماذا هذه الخطوة"))
    # Spaces next to left-to-right text stay in the Latin font and in place.
    assert visual_runs("اتصل 311 الآن", rtl=True) == ((ARABIC, "الآن"), (LATIN, " 311 "), (ARABIC, "اتصل"))
    assert visual_runs("Call مدينة ألباكركي now", rtl=False) == (
        (LATIN, "Call "), (ARABIC, "مدينة ألباكركي"), (LATIN, " now"))


def test_brackets_around_arabic_are_mirrored_and_zwnj_stays_inside_the_word():
    runs = list(visual_runs("هزینه (رایگان) می\u200cشود", rtl=True))
    assert runs[0] == (ARABIC, "می\u200cشود")
    assert (LATIN, " (") in runs and (LATIN, ") ") in runs
    # Drawn left to right as "(رایگان)": the bracket glyphs face the word whatever the direction.
    assert runs.index((LATIN, " (")) < runs.index((ARABIC, "رایگان")) < runs.index((LATIN, ") "))


# -- the document -------------------------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_pathway_renders_in_every_language_with_only_embedded_fonts(demo_engine, answers, language, tmp_path):
    config = Config()
    pdf = printout_for(demo_engine, answers, language, config=config, printed_on=PRINTED_ON)
    fonts = pdf_fonts(pdf, tmp_path)
    assert fonts and all(row[-5] == "yes" and row[-4] == "yes" for row in fonts), fonts  # emb, sub
    assert not any("Helvetica" in row[0] for row in fonts)
    text = pdf_text(pdf, tmp_path, 1, 1)
    title = LABELS[language]["title"].replace("\u200c", "")  # poppler drops the zero-width non-joiner
    assert title in text.replace("\u200c", "") or title.replace(" ", "") in text.replace(" ", "")
    assert config.kiosk.location_name in text and "2026-11-29" not in text  # the visitor's way of writing a date
    printed = long_date(PRINTED_ON, language)  # "November 29, 2026", "2026年11月29日"
    assert printed in text or (language in ("ar", "fa_AF") and all(w in text for w in printed.split())), printed
    assert "Letter" in pdf_info(pdf, tmp_path) or "letter" in pdf_info(pdf, tmp_path)


@pytest.mark.parametrize("language", ["ar", "fa_AF"])
def test_arabic_script_printout_is_joined_and_in_logical_order(demo_engine, answers, language, tmp_path):
    pdf = printout_for(demo_engine, answers, language, config=Config(), printed_on=PRINTED_ON)
    path = tmp_path / "rtl.pdf"
    path.write_bytes(pdf)
    raw = subprocess.run(["pdftotext", "-l", "1", str(path), "-"], capture_output=True, text=True).stdout
    # Contextual (joined) forms are drawn: the text layer holds presentation forms, not bare letters.
    assert sum(0xFE70 <= ord(c) <= 0xFEFF or 0xFB50 <= ord(c) <= 0xFDFF for c in raw) > 50
    text = pdf_text(pdf, tmp_path, 1, 1)
    assert LABELS[language]["title"].replace("\u200c", "") in text.replace("\u200c", "")
    assert "505-768-3040" in pdf_text(pdf, tmp_path)  # the fallback phone, digits in order


def test_fields_without_a_translation_are_marked_in_english(partly_translated_db_path, answers, tmp_path):
    from kiosk.directory import Directory
    from kiosk.pathway import PathwayEngine

    directory = Directory(partly_translated_db_path)  # service texts in Spanish only
    try:
        engine = PathwayEngine(directory, Config().kiosk.latitude, Config().kiosk.longitude)
        assert "(kwa Kiingereza)" in pdf_text(printout_for(engine, answers, "sw", config=Config(),
                                                           printed_on=PRINTED_ON), tmp_path)
        assert "(en inglés)" not in pdf_text(printout_for(engine, answers, "es", config=Config(),
                                                          printed_on=PRINTED_ON), tmp_path)
    finally:
        directory.close()


def test_bilingual_printout_carries_the_english_text_of_the_same_services(demo_engine, answers, tmp_path):
    pathway = demo_engine.build(answers, "es")
    twin = english_twin(demo_engine, pathway)
    assert [c.id for s in twin.steps for c in s.services] == [c.id for s in pathway.steps for c in s.services]
    pdf = render_pathway(pathway, config=Config(), bilingual_with=twin, printed_on=PRINTED_ON)
    text = " ".join(pdf_text(pdf, tmp_path).split())
    assert "Su ruta para su negocio" in text and "Your business pathway" in text
    assert "Teléfono · Phone" in text
    english_only = " ".join(pdf_text(render_pathway(pathway, config=Config(), printed_on=PRINTED_ON),
                                     tmp_path).split())
    assert "Your business pathway" not in english_only


def test_footer_on_every_page_has_the_human_fallback_and_page_numbers(demo_engine, answers, tmp_path):
    pdf = printout_for(demo_engine, answers, "en", config=Config(), printed_on=PRINTED_ON)
    pages = int(next(line.split()[-1] for line in pdf_info(pdf, tmp_path).splitlines() if line.startswith("Pages")))
    assert pages >= 2
    for page in range(1, pages + 1):
        text = " ".join(pdf_text(pdf, tmp_path, page, page).split())
        assert f"Page {page} of {pages}" in text
        assert "Need a person to help?" in text and "311" in text


def test_demo_notice_and_verification_lines_are_printed(demo_engine, answers, tmp_path):
    pdf = printout_for(demo_engine, answers, "en", config=Config(), printed_on=PRINTED_ON)
    text = " ".join(pdf_text(pdf, tmp_path).split())
    notice = demo_engine.directory.notice("en").text
    assert " ".join(notice.split()) in text
    assert "Information last checked on" in text or "Information not yet verified" in text


def test_a4_when_the_config_says_so(demo_engine, answers, tmp_path):
    config = Config()
    config.printing.paper = "a4"
    pdf = printout_for(demo_engine, answers, "fr", config=config, printed_on=PRINTED_ON)
    assert "(A4)" in pdf_info(pdf, tmp_path)


def test_a_step_without_services_says_so_plainly(demo_engine, answers, tmp_path):
    pathway = demo_engine.build(answers, "en")
    from dataclasses import replace

    empty = replace(pathway, steps=(replace(pathway.steps[0], services=()),))
    text = " ".join(pdf_text(render_pathway(empty, config=Config(), printed_on=PRINTED_ON), tmp_path).split())
    assert "No service in this directory matches this step yet" in text


def test_long_text_in_every_script_wraps_onto_more_pages_without_losing_words(demo_engine, answers, tmp_path):
    from dataclasses import replace

    pathway = demo_engine.build(answers, "ar")
    long_why = Localized(" ".join(["خدمات مجانية للمهاجرين (505) 768-3040"] * 120))
    step = replace(pathway.steps[0], why=long_why)
    pdf = render_pathway(replace(pathway, steps=(step,)), config=Config(), printed_on=PRINTED_ON)
    text = pdf_text(pdf, tmp_path)
    assert text.count("768-3040") >= 120


def test_shaped_runs_spread_over_several_font_subsets_are_drawn_and_extractable(tmp_path):
    """reportlab embeds at most 256 glyphs per font subset; a run may cross from one subset to the next."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from kiosk.printout.fonts import font_name
    from kiosk.printout.layout import Text, TextStyle

    forms = [chr(c) for c in range(0xFB50, 0xFDFF) if has_glyph(ARABIC, chr(c))]
    words = " ".join("".join(forms[i:i + 6]) for i in range(0, len(forms), 6))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=font_name(LATIN))
    paragraph = Text(f"بسم {words} (505) 768-3040", TextStyle(size=8), rtl_document=True)
    _, height = paragraph.wrap(500, 800)
    paragraph.drawOn(canvas, 50, 800 - height)
    canvas.save()
    pdf = buffer.getvalue()
    arabic = [row for row in pdf_fonts(pdf, tmp_path) if "NotoSansArabic" in row[0]]
    assert len(arabic) >= 2 and all(row[-5] == "yes" and row[-4] == "yes" for row in arabic)
    text = pdf_text(pdf, tmp_path)
    assert "(505) 768-3040" in text
    assert sum(script_of(c) == ARABIC for c in text) > 300  # the glyphs of every subset carry their letters


@pytest.mark.parametrize("language", ["ar", "es"])
def test_pathway_qr_code_sits_beside_the_title_within_the_margins(demo_engine, answers, language, tmp_path):
    config = Config()
    config.online.pathway_url = "https://camino.example.org/p"
    pdf = printout_for(demo_engine, answers, language, config=config, printed_on=PRINTED_ON)
    path = tmp_path / "url.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-bbox", "-l", "1", str(path), "-"], capture_output=True, text=True).stdout
    words = [(float(m[0]), float(m[1])) for m in re.findall(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', html)]
    assert words and all(x0 >= MARGIN - 0.5 and x1 <= 612 - MARGIN + 0.5 for x0, x1 in words)
    assert LABELS[language]["scan_pathway"].split()[-1] in pdf_text(pdf, tmp_path, 1, 1)


def _uncompressed_pdf(paragraphs: list) -> bytes:
    import io

    from reportlab.pdfgen.canvas import Canvas

    from kiosk.printout.fonts import font_name

    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=font_name(LATIN), pageCompression=0)
    y = 800.0
    for paragraph in paragraphs:
        _, height = paragraph.wrap(500, 800)
        y -= height
        paragraph.drawOn(canvas, 50, y)
    canvas.save()
    return buffer.getvalue()


def test_chinese_bold_is_the_regular_font_filled_and_stroked(tmp_path):
    """One Chinese font embedded, not two: WenKai Bold is WenKai Regular's outline 0.006 em wider
    all round, which is what stroking it 0.012 em wide draws."""
    from reportlab.lib.rl_accel import fp_str

    from kiosk.printout.fonts import STROKED_BOLD
    from kiosk.printout.layout import Text, TextStyle

    heading = "第 1 步: 在阿尔伯克基市登记"
    pdf = _uncompressed_pdf([Text(heading, TextStyle(size=14, bold=True)),
                             Text("为什么要做这一步 (505) 768-3040", TextStyle(size=10))])
    names = [row[0] for row in pdf_fonts(pdf, tmp_path)]
    assert any(n.endswith("+CaminoWenKai-Regular") for n in names) and any(n.endswith("+NotoSans-Bold") for n in names)
    assert not any("CaminoWenKai-Bold" in n for n in names)
    bold, body = re.findall(rb"BT (.*?) ET", pdf)
    width = fp_str(STROKED_BOLD[CJK] * 14).encode()
    # Hanzi stroked in the text colour; "1" and ":" in Noto Sans Bold, not stroked.
    assert re.search(rb"0 0 0 RG %s w 1 j 2 Tr /F\d\+0 14 Tf \(\\001\) Tj 0 Tr " % width, bold)
    assert bold.endswith(b"0 Tr") and b" Tr" not in body  # the render mode does not outlast the heading
    # The canvas's own stroke colour, width and join (check boxes, rules) come back after the text.
    assert re.search(rb"ET\s+0 0 0 RG\s+1 w\s+0 j\s", pdf)
    assert heading in " ".join(pdf_text(pdf, tmp_path).split())


def test_chinese_subset_embeds_the_glyphs_drawn_and_not_the_fonts_ascii():
    """Only Noto Sans draws ASCII; the other fonts' subsets hold just the glyphs their runs use."""
    import io

    from fontTools.ttLib import TTFont

    from kiosk.printout.layout import Text, TextStyle

    text = "您的创业路线图 Your business pathway (505) 768-3040"
    pdf = _uncompressed_pdf([Text(text, TextStyle(size=12))])
    programs = {}
    for m in re.finditer(rb"/Length (\d+) /Length1 \d+\s*>>\s*stream\r?\n", pdf):
        font = TTFont(io.BytesIO(pdf[m.end():m.end() + int(m.group(1))]))
        programs[font["name"].getDebugName(1)] = font["maxp"].numGlyphs
    assert programs["Camino WenKai"] <= len(set("您的创业路线图")) + 2  # + .notdef and the space
    assert programs["Noto Sans"] > 95  # ASCII kept in its first subset: readable, code 32 the space


@pytest.mark.parametrize("language", ["ar", "fa_AF"])
def test_bilingual_labels_keep_the_english_colon_on_the_english_side(language):
    from kiosk.printout.cards import CardWriter
    from kiosk.printout.scripts import isolate

    writer = CardWriter(LABELS[language], LABELS["en"], rtl=True, language=language)
    caption = writer._caption("phone")
    assert caption == f"{LABELS[language]['phone']} · {isolate('Phone:')}"
    # Laid out right to left, "Phone:" is still one left-to-right run, colon after the word.
    line = "".join(text for _script, text in visual_runs(caption, True))
    assert "Phone:" in line and ":Phone" not in line
    assert CardWriter(LABELS["es"], LABELS["en"], rtl=False, language="es")._caption("phone") == "Teléfono · Phone:"
