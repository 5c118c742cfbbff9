"""The few words Camino itself says around what a screen shows, and the Listen controls' labels.

Machine-drafted translations (es, vi, zh_CN, ar, fa_AF, fr, sw): they need review by native
speakers before a kiosk is deployed. English is the source. ``{n}`` is a number. The Arabic hint
carries diacritics because espeak-ng's Arabic voice guesses vowels poorly without them.
"""

from __future__ import annotations

# TODO(native review): every language below except "en".
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "option": "Option {n}", "chosen": "chosen", "not_chosen": "not chosen", "step": "Step {n}",
        "listen": "Listen", "repeat": "Repeat", "stop": "Stop", "louder": "Louder", "quieter": "Quieter",
        "hint": "To hear everything on the screen read aloud, touch Listen at the top, or press any key.",
        "on": "Reading aloud is on. Use the arrow keys to move, Enter to choose, and 0 to hear it again.",
        "volume": "Volume {n}",
    },
    "es": {
        "option": "Opción {n}", "chosen": "elegida", "not_chosen": "no elegida", "step": "Paso {n}",
        "listen": "Escuchar", "repeat": "Repetir", "stop": "Parar", "louder": "Más alto", "quieter": "Más bajo",
        "hint": "Para escuchar en voz alta todo lo que hay en la pantalla, toque Escuchar arriba o pulse "
                "cualquier tecla.",
        "on": "La lectura en voz alta está activada. Use las flechas para moverse, Enter para elegir y 0 para "
              "volver a escuchar.",
        "volume": "Volumen {n}",
    },
    "vi": {
        "option": "Lựa chọn {n}", "chosen": "đã chọn", "not_chosen": "chưa chọn", "step": "Bước {n}",
        "listen": "Nghe", "repeat": "Nghe lại", "stop": "Dừng", "louder": "To hơn", "quieter": "Nhỏ hơn",
        "hint": "Để nghe đọc to mọi thứ trên màn hình, hãy chạm vào Nghe ở phía trên, hoặc nhấn phím bất kỳ.",
        "on": "Đã bật đọc to. Dùng phím mũi tên để di chuyển, Enter để chọn, và 0 để nghe lại.",
        "volume": "Âm lượng {n}",
    },
    "zh_CN": {
        "option": "选项 {n}", "chosen": "已选", "not_chosen": "未选", "step": "第 {n} 步",
        "listen": "朗读", "repeat": "重复", "stop": "停止", "louder": "大声", "quieter": "小声",
        "hint": "要听屏幕上的所有内容，请触摸上方的朗读，或按任意键。",
        "on": "朗读已打开。用方向键移动，按回车键选择，按 0 再听一遍。",
        "volume": "音量 {n}",
    },
    "ar": {
        "option": "الخيار {n}", "chosen": "مُختار", "not_chosen": "غير مُختار", "step": "الخطوة {n}",
        "listen": "استمع", "repeat": "أعِد", "stop": "أوقف", "louder": "أعلى", "quieter": "أخفض",
        "hint": "لِسَماعِ كُلِّ ما عَلى الشّاشَةِ بِصَوْتٍ عالٍ، اِلْمِسْ «اِسْتَمِعْ» في الأَعْلى، أَوِ اضْغَطْ "
                "أَيَّ مِفْتاحٍ.",
        "on": "القِراءَةُ بِصَوْتٍ عالٍ مُفَعَّلَة. اِسْتَخْدِمِ الأَسْهُمَ لِلتَّنَقُّلِ، وَمِفْتاحَ الإِدْخالِ "
              "لِلاِخْتِيارِ، وَالصِّفْرَ لِلإِعادَة.",
        "volume": "مستوى الصوت {n}",
    },
    "fa_AF": {
        "option": "گزینه {n}", "chosen": "انتخاب شده", "not_chosen": "انتخاب نشده", "step": "گام {n}",
        "listen": "شنیدن", "repeat": "تکرار", "stop": "توقف", "louder": "بلندتر", "quieter": "آهسته‌تر",
        "hint": "برای شنیدن همه چیز روی صفحه با صدای بلند، «شنیدن» را در بالا لمس کنید یا هر کلیدی را فشار دهید.",
        "on": "خواندن با صدای بلند روشن است. با کلیدهای جهت حرکت کنید، با Enter انتخاب کنید و با 0 دوباره بشنوید.",
        "volume": "صدا {n}",
    },
    "fr": {
        "option": "Choix {n}", "chosen": "choisi", "not_chosen": "non choisi", "step": "Étape {n}",
        "listen": "Écouter", "repeat": "Répéter", "stop": "Arrêter", "louder": "Plus fort",
        "quieter": "Moins fort",
        "hint": "Pour entendre à voix haute tout ce qui est à l'écran, touchez Écouter en haut, ou appuyez sur "
                "une touche.",
        "on": "La lecture à voix haute est activée. Utilisez les flèches pour vous déplacer, Entrée pour choisir, "
              "et 0 pour réécouter.",
        "volume": "Volume {n}",
    },
    "sw": {
        "option": "Chaguo {n}", "chosen": "kimechaguliwa", "not_chosen": "hakijachaguliwa", "step": "Hatua {n}",
        "listen": "Sikiliza", "repeat": "Rudia", "stop": "Simama", "louder": "Sauti juu",
        "quieter": "Sauti chini",
        "hint": "Kusikia kila kitu kilicho kwenye skrini kikisomwa kwa sauti, gusa Sikiliza juu, au bonyeza "
                "kitufe chochote.",
        "on": "Kusoma kwa sauti kumewashwa. Tumia vitufe vya mishale kusogea, Enter kuchagua, na 0 kusikia tena.",
        "volume": "Sauti {n}",
    },
}


def word(language: str, key: str, **values) -> str:
    """Camino's word ``key`` in ``language`` (English when the language has none), filled with ``values``."""
    text = WORDS.get(language, WORDS["en"]).get(key) or WORDS["en"][key]
    return text.format(**values) if values else text
