"""Words of the phone page and the text QR code, in Camino's eight languages.

The printout's labels (``kiosk/printout/labels.py``) give the shared ones (step, phone, hours, how
to apply…); these are the words only a phone needs. Machine-drafted translations (all but English):
they need review by native speakers before a kiosk is deployed. Placeholders: {steps}, {services}
counts; {version} a directory version.
"""

from __future__ import annotations

from kiosk.printout.labels import LABELS

# TODO(native review): every language below except "en".
PHONE_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "language": "Language",
        "print": "Print",
        "call": "Call",
        "map": "Open in maps",
        "loading": "Opening your pathway…",
        "no_pathway": "This link holds no pathway. These people can help you find one.",
        "changed": "The directory has been updated since the kiosk made this code. These are today's "
                   "services for your steps.",
        "gone": "This service is no longer in the directory.",
        "private": "Your pathway is stored only in this link, on your phone. Nothing about you was sent "
                   "to this website.",
        "offline_error": "This page could not load its directory. Connect to the internet and open the "
                         "link again.",
        "left_out": "Not shown here: {steps} steps, {services} services. Print the pathway to see them all.",
        "skip": "Skip to your pathway",
    },
    "es": {
        "language": "Idioma",
        "print": "Imprimir",
        "call": "Llamar",
        "map": "Abrir en mapas",
        "loading": "Abriendo su ruta…",
        "no_pathway": "Este enlace no contiene una ruta. Estas personas pueden ayudarle a encontrar una.",
        "changed": "El directorio se actualizó después de que el quiosco hizo este código. Estos son los "
                   "servicios de hoy para sus pasos.",
        "gone": "Este servicio ya no está en el directorio.",
        "private": "Su ruta se guarda solo en este enlace, en su teléfono. No se envió nada sobre usted a "
                   "este sitio web.",
        "offline_error": "Esta página no pudo cargar su directorio. Conéctese a internet y abra el enlace "
                         "otra vez.",
        "left_out": "No se muestra aquí: {steps} pasos, {services} servicios. Imprima la ruta para verlos "
                    "todos.",
        "skip": "Ir a su ruta",
    },
    "vi": {
        "language": "Ngôn ngữ",
        "print": "In",
        "call": "Gọi",
        "map": "Mở trong bản đồ",
        "loading": "Đang mở lộ trình của bạn…",
        "no_pathway": "Liên kết này không có lộ trình. Những người này có thể giúp bạn tìm một lộ trình.",
        "changed": "Danh bạ đã được cập nhật sau khi ki-ốt tạo mã này. Đây là các dịch vụ hiện nay cho "
                   "các bước của bạn.",
        "gone": "Dịch vụ này không còn trong danh bạ.",
        "private": "Lộ trình của bạn chỉ được lưu trong liên kết này, trên điện thoại của bạn. Không có "
                   "thông tin nào về bạn được gửi đến trang web này.",
        "offline_error": "Trang này không tải được danh bạ. Hãy kết nối internet và mở lại liên kết.",
        "left_out": "Không hiển thị ở đây: {steps} bước, {services} dịch vụ. Hãy in lộ trình để xem tất cả.",
        "skip": "Đi đến lộ trình của bạn",
    },
    "zh_CN": {
        "language": "语言",
        "print": "打印",
        "call": "拨打",
        "map": "在地图中打开",
        "loading": "正在打开您的路线图…",
        "no_pathway": "此链接中没有路线图。以下机构可以帮助您。",
        "changed": "自服务终端生成此二维码以来，目录已经更新。以下是您各个步骤目前的服务。",
        "gone": "此服务已不在目录中。",
        "private": "您的路线图只保存在此链接中，在您的手机上。没有任何关于您的信息被发送到此网站。",
        "offline_error": "此页面无法加载目录。请连接互联网后重新打开链接。",
        "left_out": "此处未显示：{steps} 个步骤，{services} 项服务。请打印路线图查看全部内容。",
        "skip": "跳到您的路线图",
    },
    "ar": {
        "language": "اللغة",
        "print": "طباعة",
        "call": "اتصال",
        "map": "افتح في الخرائط",
        "loading": "جارٍ فتح مسارك…",
        "no_pathway": "لا يحتوي هذا الرابط على مسار. يمكن لهؤلاء الأشخاص مساعدتك في إيجاد مسار.",
        "changed": "تم تحديث الدليل بعد أن أنشأ الكشك هذا الرمز. هذه هي خدمات اليوم لخطواتك.",
        "gone": "لم تعد هذه الخدمة موجودة في الدليل.",
        "private": "مسارك محفوظ في هذا الرابط فقط، على هاتفك. لم يُرسل أي شيء عنك إلى هذا الموقع.",
        "offline_error": "تعذّر على هذه الصفحة تحميل الدليل. اتصل بالإنترنت وافتح الرابط مرة أخرى.",
        "left_out": "غير معروض هنا: {steps} خطوات، {services} خدمات. اطبع المسار لرؤيتها كلها.",
        "skip": "انتقل إلى مسارك",
    },
    "fa_AF": {
        "language": "زبان",
        "print": "چاپ",
        "call": "زنگ زدن",
        "map": "باز کردن در نقشه",
        "loading": "مسیر شما باز می‌شود…",
        "no_pathway": "این لینک هیچ مسیری ندارد. این اشخاص می‌توانند به شما کمک کنند.",
        "changed": "فهرست پس از ساختن این کود توسط کیوسک به‌روز شده است. این‌ها خدمات امروز برای گام‌های "
                   "شما هستند.",
        "gone": "این خدمت دیگر در فهرست نیست.",
        "private": "مسیر شما فقط در این لینک، روی تلفن شما نگهداری می‌شود. هیچ چیزی در بارهٔ شما به این "
                   "ویب‌سایت فرستاده نشد.",
        "offline_error": "این صفحه نتوانست فهرست را بار کند. به انترنت وصل شوید و لینک را دوباره باز کنید.",
        "left_out": "در اینجا نشان داده نشده: {steps} گام، {services} خدمت. مسیر را چاپ کنید تا همه را "
                    "ببینید.",
        "skip": "رفتن به مسیر شما",
    },
    "fr": {
        "language": "Langue",
        "print": "Imprimer",
        "call": "Appeler",
        "map": "Ouvrir dans les cartes",
        "loading": "Ouverture de votre parcours…",
        "no_pathway": "Ce lien ne contient pas de parcours. Ces personnes peuvent vous aider à en trouver un.",
        "changed": "Le répertoire a été mis à jour depuis que la borne a créé ce code. Voici les services "
                   "d'aujourd'hui pour vos étapes.",
        "gone": "Ce service n'est plus dans le répertoire.",
        "private": "Votre parcours est enregistré uniquement dans ce lien, sur votre téléphone. Rien sur "
                   "vous n'a été envoyé à ce site.",
        "offline_error": "Cette page n'a pas pu charger son répertoire. Connectez-vous à internet et ouvrez "
                         "le lien à nouveau.",
        "left_out": "Non affiché ici : {steps} étapes, {services} services. Imprimez le parcours pour tout "
                    "voir.",
        "skip": "Aller à votre parcours",
    },
    "sw": {
        "language": "Lugha",
        "print": "Chapisha",
        "call": "Piga simu",
        "map": "Fungua kwenye ramani",
        "loading": "Inafungua njia yako…",
        "no_pathway": "Kiungo hiki hakina njia. Watu hawa wanaweza kukusaidia kupata moja.",
        "changed": "Saraka imesasishwa tangu kibanda kilipotengeneza msimbo huu. Hizi ni huduma za leo kwa "
                   "hatua zako.",
        "gone": "Huduma hii haipo tena kwenye saraka.",
        "private": "Njia yako imehifadhiwa kwenye kiungo hiki tu, kwenye simu yako. Hakuna chochote kukuhusu "
                   "kilichotumwa kwa tovuti hii.",
        "offline_error": "Ukurasa huu haukuweza kupakia saraka yake. Unganisha intaneti na ufungue kiungo "
                         "tena.",
        "left_out": "Hazijaonyeshwa hapa: hatua {steps}, huduma {services}. Chapisha njia ili kuziona zote.",
        "skip": "Nenda kwenye njia yako",
    },
}

# The printout's words the phone page shows too.
SHARED = ("title", "step", "why", "services", "no_service", "phone", "address", "hours", "languages", "cost",
          "free", "itin", "documents", "website", "how_to_apply", "verified", "not_verified", "in_english",
          "help_title")


def phone_words(language: str) -> dict[str, str]:
    """Every word the phone page needs in ``language`` (English for any word not yet translated)."""
    words = {**{k: LABELS["en"][k] for k in SHARED}, **PHONE_WORDS["en"]}
    words.update({k: LABELS.get(language, {})[k] for k in SHARED if k in LABELS.get(language, {})})
    words.update(PHONE_WORDS.get(language, {}))
    return words
