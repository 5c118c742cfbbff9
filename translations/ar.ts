<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome — touch to start</source>
        <translation>أهلاً بك — المس الشاشة للبدء</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>المس للبدء</translation>
    </message>
    <message>
        <source>Find the services that help your business, step by step, in your language.</source>
        <translation>اعثر على الخدمات التي تساعد عملك، خطوة بخطوة، بلغتك.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Camino — front desk</source>
        <translation>Camino — مكتب الاستقبال</translation>
    </message>
    <message>
        <source>Visitor&apos;s &amp;language:</source>
        <translation>لغة الزائر (&amp;L):</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Printout preview</source>
        <translation>معاينة الطبعة</translation>
    </message>
    <message>
        <source>&amp;Bilingual (with English)</source>
        <translation>بلغتين (مع الإنجليزية) (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Print  (Ctrl+P)</source>
        <translation>اطبع (&amp;P)  (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Reset  (Ctrl+R)</source>
        <translation>إعادة ضبط (&amp;R)  (Ctrl+R)</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>النسخ (&amp;O):</translation>
    </message>
    <message>
        <source>Prin&amp;ter:</source>
        <translation>الطابعة (&amp;T):</translation>
    </message>
    <message>
        <source>Choose at least one need (question 1) to see the pathway.</source>
        <translation>اختر حاجة واحدة على الأقل (السؤال 1) لرؤية المسار.</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>تعذّر إنشاء المعاينة: %1</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>الطابعة الافتراضية</translation>
    </message>
    <message>
        <source>Nothing to print yet: choose at least one need.</source>
        <translation>لا شيء للطباعة بعد: اختر حاجة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <source>Ready for the next visitor.</source>
        <translation>جاهز للزائر التالي.</translation>
    </message>
</context>
<context>
    <name>FinishScreen</name>
    <message>
        <source>Take your pathway with you</source>
        <translation>خذ مسارك معك</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>اطبع</translation>
    </message>
    <message>
        <source>Take it on your phone</source>
        <translation>خذه على هاتفك</translation>
    </message>
    <message>
        <source>Show the QR code instead</source>
        <translation>اعرض رمز QR بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code.</source>
        <translation>وجّه كاميرا هاتفك نحو الرمز.</translation>
    </message>
    <message>
        <source>Did you find what you need?</source>
        <translation>هل وجدت ما تحتاجه؟</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>جزئيًا</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>What was missing?</source>
        <translation>ما الذي كان ناقصًا؟</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>أرسل</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>شكرًا لك!</translation>
    </message>
    <message>
        <source>Printing… please wait.</source>
        <translation>جارٍ الطباعة… يُرجى الانتظار.</translation>
    </message>
    <message>
        <source>Printed. Please take your pages from the printer.</source>
        <translation>تمت الطباعة. خذ أوراقك من الطابعة من فضلك.</translation>
    </message>
    <message>
        <source>Sorry, the printer is not working right now. You can take your pathway on your phone instead.</source>
        <translation>عذرًا، الطابعة لا تعمل الآن. يمكنك أخذ مسارك على هاتفك بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>SSN: Social Security number, the U.S. government&apos;s number for a person who may work in the U.S.</source>
        <translation>SSN: رقم الضمان الاجتماعي، رقم تعطيه الحكومة الأمريكية لمن يحق له العمل في الولايات المتحدة.</translation>
    </message>
    <message>
        <source>ITIN: a tax number from the IRS for people who cannot get an SSN. It is free.</source>
        <translation>ITIN: رقم ضريبي من مصلحة الضرائب (IRS) لمن لا يستطيع الحصول على SSN. وهو مجاني.</translation>
    </message>
    <message>
        <source>EIN: your business&apos;s tax number from the IRS. It is free.</source>
        <translation>EIN: الرقم الضريبي لمشروعك من مصلحة الضرائب (IRS). وهو مجاني.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>خط أكبر</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>ابدأ من جديد</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطَّ</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Delete last digit</source>
        <translation>احذف آخر رقم</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>امسح كل الأرقام</translation>
    </message>
</context>
<context>
    <name>OptionButton</name>
    <message>
        <source>chosen</source>
        <translation>مُختار</translation>
    </message>
</context>
<context>
    <name>PathwayScreen</name>
    <message>
        <source>Your pathway</source>
        <translation>مسارك</translation>
    </message>
    <message>
        <source>Do these steps in order. Tap a step to see who can help, best match first.</source>
        <translation>اتبع هذه الخطوات بالترتيب. المس خطوة لترى من يمكنه مساعدتك، والأنسب أولًا.</translation>
    </message>
    <message>
        <source>We did not find a service for: %1</source>
        <translation>لم نجد خدمة لـ: %1</translation>
    </message>
    <message>
        <source>We did not find a service for your answers</source>
        <translation>لم نجد خدمة تناسب إجاباتك</translation>
    </message>
    <message>
        <source>These people can help you find one. Call them or visit:</source>
        <translation>هؤلاء يمكنهم مساعدتك في إيجاد خدمة. اتصل بهم أو زرهم:</translation>
    </message>
    <message>
        <source>Not sure? Talk to a person</source>
        <translation>لست متأكدًا؟ تحدّث مع شخص</translation>
    </message>
    <message>
        <source>These people can point you to the right place. Call them or visit:</source>
        <translation>هؤلاء يمكنهم أن يدلّوك على المكان الصحيح. اتصل بهم أو زرهم:</translation>
    </message>
    <message>
        <source>Someone to call who can point you to the right place.</source>
        <translation>شخص تتصل به ليدلّك على المكان الصحيح.</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>بالإنجليزية</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>كل الخطوات</translation>
    </message>
    <message>
        <source>Why this step: %1</source>
        <translation>لماذا هذه الخطوة: %1</translation>
    </message>
    <message>
        <source>Take it with you</source>
        <translation>خذه معك</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Open in maps</source>
        <translation>افتح في الخرائط</translation>
    </message>
    <message>
        <source>Opening your pathway…</source>
        <translation>جارٍ فتح مسارك…</translation>
    </message>
    <message>
        <source>This link holds no pathway. These people can help you find one.</source>
        <translation>لا يحتوي هذا الرابط على مسار. يمكن لهؤلاء الأشخاص مساعدتك في إيجاد مسار.</translation>
    </message>
    <message>
        <source>The directory has been updated since the kiosk made this code. These are today&apos;s services for your steps.</source>
        <translation>تم تحديث الدليل بعد أن أنشأ الكشك هذا الرمز. هذه هي خدمات اليوم لخطواتك.</translation>
    </message>
    <message>
        <source>This service is no longer in the directory.</source>
        <translation>لم تعد هذه الخدمة موجودة في الدليل.</translation>
    </message>
    <message>
        <source>Your pathway is stored only in this link, on your phone. Nothing about you was sent to this website.</source>
        <translation>مسارك محفوظ في هذا الرابط فقط، على هاتفك. لم يُرسل أي شيء عنك إلى هذا الموقع.</translation>
    </message>
    <message>
        <source>This page could not load its directory. Connect to the internet and open the link again.</source>
        <translation>تعذّر على هذه الصفحة تحميل الدليل. اتصل بالإنترنت وافتح الرابط مرة أخرى.</translation>
    </message>
    <message>
        <source>Not shown here: {steps} steps, {services} services. Print the pathway to see them all.</source>
        <translation>غير معروض هنا: {steps} خطوات، {services} خدمات. اطبع المسار لرؤيتها كلها.</translation>
    </message>
    <message>
        <source>Skip to your pathway</source>
        <translation>انتقل إلى مسارك</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>رمز PIN للموظفين</translation>
    </message>
    <message>
        <source>Enter the staff PIN (4 to 8 digits).</source>
        <translation>أدخل رمز PIN الخاص بالموظفين (من 4 إلى 8 أرقام).</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more tries before staff entry locks.</source>
        <translation>
            <numerusform>رمز خاطئ. لم تبقَ محاولات (%n) قبل القفل.</numerusform>
            <numerusform>رمز خاطئ. بقيت محاولة واحدة (%n) قبل القفل.</numerusform>
            <numerusform>رمز خاطئ. بقيت محاولتان (%n) قبل القفل.</numerusform>
            <numerusform>رمز خاطئ. بقيت %n محاولات قبل القفل.</numerusform>
            <numerusform>رمز خاطئ. بقيت %n محاولة قبل القفل.</numerusform>
            <numerusform>رمز خاطئ. بقيت %n محاولة قبل القفل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Staff entry is locked; try again in %n minute(s).</source>
        <translation>
            <numerusform>رموز خاطئة كثيرة. دخول الموظفين مقفل؛ حاول بعد %n دقيقة.</numerusform>
            <numerusform>رموز خاطئة كثيرة. دخول الموظفين مقفل؛ حاول بعد دقيقة واحدة (%n).</numerusform>
            <numerusform>رموز خاطئة كثيرة. دخول الموظفين مقفل؛ حاول بعد دقيقتين (%n).</numerusform>
            <numerusform>رموز خاطئة كثيرة. دخول الموظفين مقفل؛ حاول بعد %n دقائق.</numerusform>
            <numerusform>رموز خاطئة كثيرة. دخول الموظفين مقفل؛ حاول بعد %n دقيقة.</numerusform>
            <numerusform>رموز خاطئة كثيرة. دخول الموظفين مقفل؛ حاول بعد %n دقيقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff entry locked</source>
        <translation>دخول الموظفين مقفل</translation>
    </message>
    <message>
        <source>No staff PIN is set</source>
        <translation>لم يُضبط رمز PIN للموظفين</translation>
    </message>
    <message>
        <source>Staff mode stays closed until a PIN is set. On this computer, run:
kiosk set-pin</source>
        <translation>يبقى وضع الموظفين مغلقًا حتى يُضبط رمز PIN. على هذا الحاسوب، شغّل:
kiosk set-pin</translation>
    </message>
    <message>
        <source>Staff entry is not possible</source>
        <translation>لا يمكن دخول وضع الموظفين</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>دخول</translation>
    </message>
    <message>
        <source>%1 digits entered</source>
        <translation>تم إدخال %1 أرقام</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>See step {n}</source>
        <translation>انظر الخطوة {n}</translation>
    </message>
    <message>
        <source>Your business pathway</source>
        <translation>مسار عملك التجاري</translation>
    </message>
    <message>
        <source>Printed at {place} on {date}</source>
        <translation>طُبع في {place} بتاريخ {date}</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>الخطوة {n}</translation>
    </message>
    <message>
        <source>Why this step</source>
        <translation>لماذا هذه الخطوة</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>من يمكنه المساعدة</translation>
    </message>
    <message>
        <source>No service in this directory matches this step yet. Ask 311 or the Office of Immigrant and Refugee Affairs.</source>
        <translation>لا توجد بعد خدمة في هذا الدليل تناسب هذه الخطوة. اسأل 311 أو مكتب شؤون المهاجرين واللاجئين.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>اللغات المستخدمة</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>مجاني</translation>
    </message>
    <message>
        <source>Accepts ITIN (no Social Security number needed)</source>
        <translation>يقبل رقم ITIN (لا حاجة إلى رقم الضمان الاجتماعي)</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>المستندات المطلوب إحضارها</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>طريقة التقديم</translation>
    </message>
    <message>
        <source>Information last checked on {date}</source>
        <translation>آخر تحقق من المعلومات في {date}</translation>
    </message>
    <message>
        <source>Information not yet verified</source>
        <translation>لم يتم التحقق من المعلومات بعد</translation>
    </message>
    <message>
        <source>May be out of date: call first</source>
        <translation>قد تكون المعلومات قديمة: اتصل أولاً</translation>
    </message>
    <message>
        <source>(in English)</source>
        <translation>(بالإنجليزية)</translation>
    </message>
    <message>
        <source>Needs this directory has no service for yet</source>
        <translation>احتياجات لا توجد لها خدمة في هذا الدليل بعد</translation>
    </message>
    <message>
        <source>Need a person to help?</source>
        <translation>هل تحتاج إلى شخص يساعدك؟</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>الصفحة {n} من {total}</translation>
    </message>
    <message>
        <source>Scan for the website</source>
        <translation>امسح الرمز لفتح الموقع</translation>
    </message>
    <message>
        <source>Scan to open this pathway on your phone</source>
        <translation>امسح الرمز لفتح هذا المسار على هاتفك</translation>
    </message>
</context>
<context>
    <name>ProgressIndicator</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source> (optional)</source>
        <translation> (اختياري)</translation>
    </message>
    <message>
        <source>ZIP code (empty: near here)</source>
        <translation>الرمز البريدي (فارغ: بالقرب من هنا)</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <source>Choose all that apply.</source>
        <translation>اختر كل ما ينطبق.</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>اختر واحدًا.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Option {n}</source>
        <translation>الخيار {n}</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>مُختار</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>غير مُختار</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>الخطوة {n}</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>استمع</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>أعِد</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>أوقف</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>أخفض</translation>
    </message>
    <message>
        <source>To hear everything on the screen read aloud, touch Listen at the top, or press any key.</source>
        <translation>لِسَماعِ كُلِّ ما عَلى الشّاشَةِ بِصَوْتٍ عالٍ، اِلْمِسْ «اِسْتَمِعْ» في الأَعْلى، أَوِ اضْغَطْ أَيَّ مِفْتاحٍ.</translation>
    </message>
    <message>
        <source>Reading aloud is on. Use the arrow keys to move, Enter to choose, and 0 to hear it again.</source>
        <translation>القِراءَةُ بِصَوْتٍ عالٍ مُفَعَّلَة. اِسْتَخْدِمِ الأَسْهُمَ لِلتَّنَقُّلِ، وَمِفْتاحَ الإِدْخالِ لِلاِخْتِيارِ، وَالصِّفْرَ لِلإِعادَة.</translation>
    </message>
    <message>
        <source>Volume {n}</source>
        <translation>مستوى الصوت {n}</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check your answers</source>
        <translation>راجع إجاباتك</translation>
    </message>
    <message>
        <source>Tap an answer to change it.</source>
        <translation>المس إجابة لتغييرها.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تم التخطي</translation>
    </message>
    <message>
        <source>Near this kiosk</source>
        <translation>بالقرب من هذا الكشك</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>غيّر</translation>
    </message>
    <message>
        <source>Show my pathway</source>
        <translation>اعرض مساري</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>ServiceCardWidget</name>
    <message>
        <source>Hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>اللغات المستخدمة</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Accepts ITIN</source>
        <translation>يقبل ITIN</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>مستندات يجب إحضارها</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>تم التحقق في</translation>
    </message>
    <message>
        <source>May be out of date: call first</source>
        <translation>قد تكون المعلومات قديمة: اتصل أولاً</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>بالإنجليزية</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>اتصل</translation>
    </message>
    <message>
        <source>Walk in</source>
        <translation>زيارة شخصية</translation>
    </message>
    <message>
        <source>Online only</source>
        <translation>عبر الإنترنت فقط</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>طريقة التقديم</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>من يمكنه الاستفادة</translation>
    </message>
    <message>
        <source>Speaks your language</source>
        <translation>يتحدث لغتك</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>مجاني</translation>
    </message>
    <message>
        <source>Near you</source>
        <translation>قريب منك</translation>
    </message>
    <message>
        <source>not yet verified</source>
        <translation>لم يُتحقق منه بعد</translation>
    </message>
</context>
<context>
    <name>SorryOverlay</name>
    <message>
        <source>Sorry, something went wrong.</source>
        <translation>عذرًا، حدث خطأ ما.</translation>
    </message>
    <message>
        <source>Starting again. Your answers have been erased.</source>
        <translation>سنبدأ من جديد. تم مسح إجاباتك.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff mode</source>
        <translation>وضع الموظفين</translation>
    </message>
    <message numerus="yes">
        <source>Closes by itself after %n minute(s) without a touch.</source>
        <translation>
            <numerusform>يُغلق تلقائيًا بعد %n دقيقة دون لمس.</numerusform>
            <numerusform>يُغلق تلقائيًا بعد دقيقة واحدة (%n) دون لمس.</numerusform>
            <numerusform>يُغلق تلقائيًا بعد دقيقتين (%n) دون لمس.</numerusform>
            <numerusform>يُغلق تلقائيًا بعد %n دقائق دون لمس.</numerusform>
            <numerusform>يُغلق تلقائيًا بعد %n دقيقة دون لمس.</numerusform>
            <numerusform>يُغلق تلقائيًا بعد %n دقيقة دون لمس.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close staff mode</source>
        <translation>أغلق وضع الموظفين</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>إعادة الطباعة</translation>
    </message>
    <message>
        <source>Reprint the last pathway</source>
        <translation>أعد طباعة آخر مسار</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <source>Bilingual printouts (visitor&apos;s language and English)</source>
        <translation>طباعة بلغتين (لغة الزائر والإنجليزية)</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <source>Fewer copies</source>
        <translation>نسخ أقل</translation>
    </message>
    <message>
        <source>More copies</source>
        <translation>نسخ أكثر</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <source>Check printers</source>
        <translation>افحص الطابعات</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>اطبع صفحة اختبار</translation>
    </message>
    <message>
        <source>Directory and sync</source>
        <translation>الدليل والمزامنة</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <source>This kiosk&apos;s location</source>
        <translation>موقع هذا الكشك</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>اسم المكان</translation>
    </message>
    <message>
        <source>ZIP code (sets where &quot;near this kiosk&quot; is measured from)</source>
        <translation>الرمز البريدي (تُقاس منه «بالقرب من هذا الكشك»)</translation>
    </message>
    <message>
        <source>Save location</source>
        <translation>احفظ الموقع</translation>
    </message>
    <message>
        <source>End the application</source>
        <translation>أنهِ التطبيق</translation>
    </message>
    <message>
        <source>Stops Camino on this kiosk until it is started again.</source>
        <translation>يوقف Camino على هذا الكشك حتى يُشغَّل من جديد.</translation>
    </message>
    <message>
        <source>Exit Camino</source>
        <translation>الخروج من Camino</translation>
    </message>
    <message>
        <source>The last print failed: %1</source>
        <translation>فشلت آخر طباعة: %1</translation>
    </message>
    <message>
        <source>Nothing to reprint. A printout is kept for 10 minutes and forgotten when the kiosk resets.</source>
        <translation>لا يوجد ما يُعاد طبعه. تُحفظ الطبعة 10 دقائق وتُنسى عند إعادة ضبط الكشك.</translation>
    </message>
    <message numerus="yes">
        <source>The last printout: %n step(s), in %1.</source>
        <translation>
            <numerusform>آخر طبعة: %n خطوة، بلغة %1.</numerusform>
            <numerusform>آخر طبعة: خطوة واحدة (%n)، بلغة %1.</numerusform>
            <numerusform>آخر طبعة: خطوتان (%n)، بلغة %1.</numerusform>
            <numerusform>آخر طبعة: %n خطوات، بلغة %1.</numerusform>
            <numerusform>آخر طبعة: %n خطوة، بلغة %1.</numerusform>
            <numerusform>آخر طبعة: %n خطوة، بلغة %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printout was forgotten (more than 10 minutes ago).</source>
        <translation>نُسيت الطبعة (قبل أكثر من 10 دقائق).</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation>%1 نسخ</translation>
    </message>
    <message>
        <source>Bilingual printouts on.</source>
        <translation>تم تشغيل الطباعة بلغتين.</translation>
    </message>
    <message>
        <source>Bilingual printouts off.</source>
        <translation>تم إيقاف الطباعة بلغتين.</translation>
    </message>
    <message>
        <source>Asking the printers…</source>
        <translation>جارٍ الاستعلام عن الطابعات…</translation>
    </message>
    <message>
        <source>The computer&apos;s default printer</source>
        <translation>الطابعة الافتراضية للحاسوب</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (الافتراضية)</translation>
    </message>
    <message>
        <source>Printer saved.</source>
        <translation>تم حفظ الطابعة.</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>جارٍ طباعة صفحة اختبار…</translation>
    </message>
    <message>
        <source>No sync source is set (sync.url in the config).</source>
        <translation>لم يُحدَّد مصدر للمزامنة (sync.url في الإعدادات).</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>%1 (kept as set)</source>
        <translation>%1 (كما هو)</translation>
    </message>
    <message>
        <source>Latitude %1, longitude %2</source>
        <translation>خط العرض %1، خط الطول %2</translation>
    </message>
    <message>
        <source>Give the place a name, e.g. the library&apos;s.</source>
        <translation>أعطِ المكان اسمًا، مثل اسم المكتبة.</translation>
    </message>
    <message>
        <source>Location saved: %1, %2.</source>
        <translation>تم حفظ الموقع: %1، %2.</translation>
    </message>
    <message>
        <source>Tap again to exit Camino</source>
        <translation>المس مرة أخرى للخروج من Camino</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
</context>
<context>
    <name>StartOverQuestion</name>
    <message>
        <source>Start over? Your answers will be cleared.</source>
        <translation>هل تريد البدء من جديد؟ ستُمحى إجاباتك.</translation>
    </message>
    <message>
        <source>Yes, start over</source>
        <translation>نعم، ابدأ من جديد</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>To protect your privacy, your answers will be erased.</source>
        <translation>لحماية خصوصيتك، ستُمحى إجاباتك.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>ما زلت هنا</translation>
    </message>
</context>
<context>
    <name>ZipScreen</name>
    <message>
        <source>Near this kiosk</source>
        <translation>بالقرب من هذا الكشك</translation>
    </message>
    <message>
        <source>Another ZIP code</source>
        <translation>رمز بريدي آخر</translation>
    </message>
    <message>
        <source>Type the 5 digits of the ZIP code:</source>
        <translation>اكتب أرقام الرمز البريدي الخمسة:</translation>
    </message>
    <message>
        <source>ZIP code: %1</source>
        <translation>الرمز البريدي: %1</translation>
    </message>
</context>
</TS>
