"""The pathway as a first-time visitor meets it: every step at a glance, a page that ends with its content,
help options in view on the needs screen, and every message they can see in their language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from test_ui_journey import tap

from kiosk.questionnaire import Answers
from ui import fonts

SIZES = [(1920, 1080), (1280, 800), (1024, 768), (1080, 1920)]


@pytest.fixture
def kiosk(shared_kiosk):
    """One window for the module, each test on a visit wiped by Start over: these tests only look."""
    return shared_kiosk


def show_pathway(kiosk, needs: list[str]) -> None:
    kiosk.begin_session()
    kiosk.language_chosen("en")
    answers = {"needs": needs, "stage": "stage-starting", "kind": "kind-food", "identity": "id-itin", "where": "near"}
    kiosk.session.answers.values.update(answers)
    kiosk.show_page("pathway")
    kiosk.pathway_screen.finish_building()
    QCoreApplication.processEvents()
    QCoreApplication.processEvents()


def page_bottom(screen) -> int:
    """Where the page's last visible content ends, plus the page's bottom margin."""
    content = screen.content
    shown = [w for w in content.children() if w.isWidgetType() and w.isVisibleTo(content)]
    return max(w.geometry().bottom() + 1 for w in shown) + content.layout().contentsMargins().bottom()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("needs", [["need-start", "need-money", "need-taxes", "need-food"], ["need-legal"]])
def test_the_pathway_page_ends_where_its_content_ends(qtbot, kiosk, needs, size):
    kiosk.resize(*size)
    show_pathway(kiosk, needs)
    screen = kiosk.pathway_screen
    viewport = screen.area.viewport().height()
    bottom = page_bottom(screen)
    # No empty screens of background below the last card: the page is as tall as what is on it
    # (or exactly one screen, when all of it fits).
    assert screen.content.height() == max(bottom, viewport), (screen.content.height(), bottom, viewport)
    assert screen.area.verticalScrollBar().maximum() == max(0, bottom - viewport)


def test_the_overview_shows_every_step_and_the_person_to_call_on_the_first_screen(qtbot, kiosk, demo_engine):
    kiosk.resize(1920, 1080)
    show_pathway(kiosk, ["need-start", "need-money"])
    screen = kiosk.pathway_screen
    pathway = demo_engine.build(Answers(dict(kiosk.session.answers.values)), "en")
    assert [row.number for row in screen.rows] == [s.number for s in pathway.steps] + [None]
    first_row = screen.rows[0]
    assert first_row.mapTo(screen.area.viewport(), QPoint(0, 0)).y() < screen.area.viewport().height()
    # Each row opens its step: the step's section comes to the top of the screen.
    for index in (2, 0):
        tap(qtbot, screen.rows[index])
        section = screen._sections[index]
        assert section.mapTo(screen.area.viewport(), QPoint(0, 0)).y() == 0
    tap(qtbot, screen._to_top[0])
    assert screen.area.verticalScrollBar().value() == 0


def test_a_card_leads_with_how_to_reach_the_service(qtbot, kiosk):
    show_pathway(kiosk, ["need-start", "need-money", "need-taxes", "need-food", "need-bank"])
    cards = kiosk.pathway_screen.cards
    online = [c for c in cards if c.card.url and not c.card.phone and not c.card.address]
    assert online, "the demo has services reached only online"
    for card in online:
        caption, _line = card._rows["online"]
        assert caption.isVisibleTo(card) and caption.text() == "Online only"
        assert card.site_qr.isVisibleTo(card) and card.site_qr.modules, "a QR code of the site"
        assert not card._rows["website"][0].isVisibleTo(card)
    callable_ = next(c for c in cards if c.card.phone)
    caption, _ = callable_._rows["phone"]
    assert caption.text() == "Call" and not callable_.site_qr.isVisibleTo(callable_)
    # How to reach and how to apply come before what the service does.
    applying = next(c for c in cards if c.card.how_to_apply and c.card.description)
    _apply_caption, apply_line = applying._rows["apply"]
    assert apply_line.text.isVisibleTo(applying)
    description = applying._description.text
    assert apply_line.text.mapTo(applying, QPoint(0, 0)).y() < description.mapTo(applying, QPoint(0, 0)).y()
    # The IRS's warning against sites that charge for an EIN is on screen, not only on paper.
    ein = next(c for c in cards if c.card.id == "svc-irs-ein")
    _cost_caption, cost_line = ein._rows["cost"]
    assert cost_line.text.isVisibleTo(ein) and "not the IRS" in cost_line.text.text()


@pytest.mark.parametrize("language", ["en", "es", "vi", "zh_CN", "ar", "fa_AF", "fr", "sw"])
def test_a_printer_failure_is_told_in_the_visitors_language_without_its_technical_cause(qtbot, kiosk, language):
    kiosk.switch_language(language)
    cause = "The printer camino-pdf is not accepting jobs (client-error-not-possible)."
    kiosk.finish.show_print_failed(cause)
    shown = kiosk.finish.status.text()
    english = "Sorry, the printer is not working right now. You can take your pathway on your phone instead."
    assert cause not in shown and "camino-pdf" not in shown
    assert shown == QCoreApplication.translate("FinishScreen", english)
    assert (shown == english) == (language == "en")
    assert kiosk.finish.qr_instead.isVisibleTo(kiosk.finish) or kiosk.finish.qr_box.isVisibleTo(kiosk.finish)


def test_the_attract_screen_invites_in_each_language_in_turn(qtbot, kiosk):
    attract = kiosk.attract
    seen = {}
    for _ in attract.languages:
        attract._cycle()
        lang = attract.languages[attract._index % len(attract.languages)]
        seen[lang] = (attract.subtitle.text(), attract.start.text(), kiosk.header.language.text())
    assert seen["es"] == ("Encuentre los servicios que ayudan a su negocio, paso a paso, en su idioma.",
                          "Toque para empezar", "Idioma")
    assert seen["zh_CN"][2] == "语言" and seen["sw"][1] != seen["en"][1]
    assert len({texts[0] for texts in seen.values()}) == len(seen), "the invitation in every language"
    kiosk.begin_session()  # once the visit starts the button names the visitor's language again
    assert kiosk.header.language.text() == "English"


def ink(font: QFont, text: str) -> int:
    image = QImage(600, 80, QImage.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.drawText(10, 60, text)
    painter.end()
    return sum(image.pixelColor(x, y).value() < 128 for x in range(0, 600, 2) for y in range(0, 80, 2))


def test_chinese_bold_shows_on_screen(qtbot, kiosk):
    font = QFont(fonts.family_for("zh_CN"))
    font.setPixelSize(36)
    regular = ink(font, "您的路线图申请小企业贷款")
    font.setBold(True)
    bold = ink(font, "您的路线图申请小企业贷款")
    assert bold > regular * 1.15, (regular, bold)


def test_lists_join_the_visitors_way(qtbot, kiosk):
    kiosk.switch_language("zh_CN")
    kiosk.session.answers.set("needs", ["need-start", "need-money", "need-bank"])
    question = next(q for q in kiosk.questions() if q.id == "needs")
    assert "、" in kiosk.review.answer_text(question) and ", " not in kiosk.review.answer_text(question)


def test_acronyms_are_explained_where_they_first_appear(qtbot, kiosk):
    kiosk.switch_language("es")
    identity = kiosk.screens["q:identity"]
    assert identity.terms.isVisibleTo(identity)
    assert identity.terms.text().startswith("SSN: número de Seguro Social") and "ITIN:" in identity.terms.text()
    needs = kiosk.screens["q:needs"]
    assert not needs.terms.isVisibleTo(needs)
    kiosk.switch_language("en")
    show_pathway(kiosk, ["need-start"])
    from PySide6.QtWidgets import QLabel

    texts = [w.text() for w in kiosk.pathway_screen.content.findChildren(QLabel)]
    assert sum(t.startswith("EIN: your business's tax number") for t in texts) == 1


def test_the_cards_of_the_longest_pathway_are_built_before_the_first_visitor(qtbot, kiosk, demo_engine):
    # Kept for reuse, cards grew with the longest pathway seen: a long run's memory climbed for its
    # first thousand visitors. Built ahead, the longest pathway takes no new card.
    directory = demo_engine.directory
    longest = len(directory.steps) * demo_engine.services_per_step + len(directory.fallback_service_ids)
    screen = kiosk.pathway_screen
    ready = screen.cards_ready
    assert ready >= longest, (ready, longest)
    every_need = [o.id for q in directory.questions("en") if q.facet == "need" for o in q.options]
    show_pathway(kiosk, every_need)
    assert len(screen.cards) > 12  # more than the cards built before this change
    assert screen.cards_ready == ready
