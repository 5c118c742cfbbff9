<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome — touch to start</source>
        <translation>خوش آمدید — برای شروع لمس کنید</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>برای شروع لمس کنید</translation>
    </message>
    <message>
        <source>Find the services that help your business, step by step, in your language.</source>
        <translation>خدماتی را که به کاروبار شما کمک می‌کند، گام به گام و به زبان خودتان پیدا کنید.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Camino — front desk</source>
        <translation>Camino — میز پذیرش</translation>
    </message>
    <message>
        <source>Visitor&apos;s &amp;language:</source>
        <translation>زبان مراجع (&amp;L):</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>مسیر</translation>
    </message>
    <message>
        <source>Printout preview</source>
        <translation>پیش‌نمایش چاپ</translation>
    </message>
    <message>
        <source>&amp;Bilingual (with English)</source>
        <translation>دو زبانه (با انگلیسی) (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Print  (Ctrl+P)</source>
        <translation>چاپ (&amp;P)  (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Reset  (Ctrl+R)</source>
        <translation>از نو (&amp;R)  (Ctrl+R)</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>نسخه‌ها (&amp;O):</translation>
    </message>
    <message>
        <source>Prin&amp;ter:</source>
        <translation>پرنتر (&amp;T):</translation>
    </message>
    <message>
        <source>Choose at least one need (question 1) to see the pathway.</source>
        <translation>برای دیدن مسیر، دست کم یک نیاز (سوال 1) را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>پیش‌نمایش ساخته نشد: %1</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>پرنتر پیش‌فرض</translation>
    </message>
    <message>
        <source>Nothing to print yet: choose at least one need.</source>
        <translation>هنوز چیزی برای چاپ نیست: دست کم یک نیاز را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>در حال چاپ…</translation>
    </message>
    <message>
        <source>Ready for the next visitor.</source>
        <translation>آماده برای مراجع بعدی.</translation>
    </message>
</context>
<context>
    <name>FinishScreen</name>
    <message>
        <source>Take your pathway with you</source>
        <translation>مسیر خود را با خود ببرید</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ کنید</translation>
    </message>
    <message>
        <source>Take it on your phone</source>
        <translation>در تلفون خود ببرید</translation>
    </message>
    <message>
        <source>Show the QR code instead</source>
        <translation>کد QR را نشان بدهید</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code.</source>
        <translation>کمرهٔ تلفون خود را به طرف کد بگیرید.</translation>
    </message>
    <message>
        <source>Did you find what you need?</source>
        <translation>آیا چیزی را که ضرورت داشتید پیدا کردید؟</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بلی</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>تا اندازه‌ای</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نخیر</translation>
    </message>
    <message>
        <source>What was missing?</source>
        <translation>چه چیزی کم بود؟</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>بفرستید</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>تشکر!</translation>
    </message>
    <message>
        <source>Printing… please wait.</source>
        <translation>در حال چاپ… لطفاً صبر کنید.</translation>
    </message>
    <message>
        <source>Printed. Please take your pages from the printer.</source>
        <translation>چاپ شد. لطفاً کاغذهای خود را از پرنتر بگیرید.</translation>
    </message>
    <message>
        <source>Sorry, the printer is not working right now. You can take your pathway on your phone instead.</source>
        <translation>معذرت می‌خواهیم، پرنتر فعلاً کار نمی‌کند. می‌توانید مسیر خود را در تلفون خود ببرید.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>SSN: Social Security number, the U.S. government&apos;s number for a person who may work in the U.S.</source>
        <translation>SSN: نمبر تامین اجتماعی، نمبری که حکومت امریکا به کسی می‌دهد که اجازه کار در امریکا را دارد.</translation>
    </message>
    <message>
        <source>ITIN: a tax number from the IRS for people who cannot get an SSN. It is free.</source>
        <translation>ITIN: نمبر مالیاتی از اداره مالیات (IRS) برای کسانی که SSN گرفته نمی‌توانند. رایگان است.</translation>
    </message>
    <message>
        <source>EIN: your business&apos;s tax number from the IRS. It is free.</source>
        <translation>EIN: نمبر مالیاتی کاروبار شما از اداره مالیات (IRS). رایگان است.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>زبان: %1</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>متن بزرگ‌تر</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تضاد بالا</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Back</source>
        <translation>برگشت</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>از نو شروع کنید</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>رد شوید</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>زبان خود را انتخاب کنید</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>زبان خود را انتخاب کنید</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Delete last digit</source>
        <translation>رقم آخر را پاک کنید</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>همهٔ رقم‌ها را پاک کنید</translation>
    </message>
</context>
<context>
    <name>OptionButton</name>
    <message>
        <source>chosen</source>
        <translation>انتخاب شده</translation>
    </message>
</context>
<context>
    <name>PathwayScreen</name>
    <message>
        <source>Your pathway</source>
        <translation>مسیر شما</translation>
    </message>
    <message>
        <source>Do these steps in order. Tap a step to see who can help, best match first.</source>
        <translation>این گام‌ها را به ترتیب انجام دهید. روی یک گام بزنید تا ببینید چه کسی کمک کرده می‌تواند؛ مناسب‌ترین اول است.</translation>
    </message>
    <message>
        <source>We did not find a service for: %1</source>
        <translation>برای این مورد خدمتی پیدا نکردیم: %1</translation>
    </message>
    <message>
        <source>We did not find a service for your answers</source>
        <translation>برای جواب‌های شما خدمتی پیدا نکردیم</translation>
    </message>
    <message>
        <source>These people can help you find one. Call them or visit:</source>
        <translation>این اشخاص می‌توانند در پیدا کردن خدمت کمک کنند. زنگ بزنید یا بروید:</translation>
    </message>
    <message>
        <source>Not sure? Talk to a person</source>
        <translation>مطمئن نیستید؟ با یک نفر صحبت کنید</translation>
    </message>
    <message>
        <source>These people can point you to the right place. Call them or visit:</source>
        <translation>این‌ها می‌توانند شما را به جای درست رهنمایی کنند. به آن‌ها زنگ بزنید یا بروید:</translation>
    </message>
    <message>
        <source>Someone to call who can point you to the right place.</source>
        <translation>کسی که به او زنگ بزنید و شما را به جای درست رهنمایی کند.</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>به انگلیسی</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>همه گام‌ها</translation>
    </message>
    <message>
        <source>Why this step: %1</source>
        <translation>چرا این گام: %1</translation>
    </message>
    <message>
        <source>Take it with you</source>
        <translation>با خود ببرید</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>زنگ زدن</translation>
    </message>
    <message>
        <source>Open in maps</source>
        <translation>باز کردن در نقشه</translation>
    </message>
    <message>
        <source>Opening your pathway…</source>
        <translation>مسیر شما باز می‌شود…</translation>
    </message>
    <message>
        <source>This link holds no pathway. These people can help you find one.</source>
        <translation>این لینک هیچ مسیری ندارد. این اشخاص می‌توانند به شما کمک کنند.</translation>
    </message>
    <message>
        <source>The directory has been updated since the kiosk made this code. These are today&apos;s services for your steps.</source>
        <translation>فهرست پس از ساختن این کود توسط کیوسک به‌روز شده است. این‌ها خدمات امروز برای گام‌های شما هستند.</translation>
    </message>
    <message>
        <source>This service is no longer in the directory.</source>
        <translation>این خدمت دیگر در فهرست نیست.</translation>
    </message>
    <message>
        <source>Your pathway is stored only in this link, on your phone. Nothing about you was sent to this website.</source>
        <translation>مسیر شما فقط در این لینک، روی تلفن شما نگهداری می‌شود. هیچ چیزی در بارهٔ شما به این ویب‌سایت فرستاده نشد.</translation>
    </message>
    <message>
        <source>This page could not load its directory. Connect to the internet and open the link again.</source>
        <translation>این صفحه نتوانست فهرست را بار کند. به انترنت وصل شوید و لینک را دوباره باز کنید.</translation>
    </message>
    <message>
        <source>Not shown here: {steps} steps, {services} services. Print the pathway to see them all.</source>
        <translation>در اینجا نشان داده نشده: {steps} گام، {services} خدمت. مسیر را چاپ کنید تا همه را ببینید.</translation>
    </message>
    <message>
        <source>Skip to your pathway</source>
        <translation>رفتن به مسیر شما</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>پین کارمندان</translation>
    </message>
    <message>
        <source>Enter the staff PIN (4 to 8 digits).</source>
        <translation>پین کارمندان را وارد کنید (4 تا 8 رقم).</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more tries before staff entry locks.</source>
        <translation>
            <numerusform>پین اشتباه است. %n بار دیگر کوشش کنید، بعد قفل می‌شود.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Staff entry is locked; try again in %n minute(s).</source>
        <translation>
            <numerusform>پین اشتباه زیاد وارد شد. ورود کارمندان قفل است؛ %n دقیقه بعد دوباره کوشش کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff entry locked</source>
        <translation>ورود کارمندان قفل شد</translation>
    </message>
    <message>
        <source>No staff PIN is set</source>
        <translation>پین کارمندان تنظیم نشده است</translation>
    </message>
    <message>
        <source>Staff mode stays closed until a PIN is set. On this computer, run:
kiosk set-pin</source>
        <translation>تا پین تنظیم نشود، حالت کارمندان بسته می‌ماند. در این کمپیوتر اجرا کنید:
kiosk set-pin</translation>
    </message>
    <message>
        <source>Staff entry is not possible</source>
        <translation>ورود کارمندان ممکن نیست</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>%1 digits entered</source>
        <translation>%1 رقم وارد شد</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>See step {n}</source>
        <translation>گام {n} را ببینید</translation>
    </message>
    <message>
        <source>Your business pathway</source>
        <translation>مسیر کسب‌وکار شما</translation>
    </message>
    <message>
        <source>Printed at {place} on {date}</source>
        <translation>چاپ شده در {place} به تاریخ {date}</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>گام {n}</translation>
    </message>
    <message>
        <source>Why this step</source>
        <translation>چرا این گام</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>چه کسی می‌تواند کمک کند</translation>
    </message>
    <message>
        <source>No service in this directory matches this step yet. Ask 311 or the Office of Immigrant and Refugee Affairs.</source>
        <translation>هنوز هیچ خدمتی در این فهرست با این گام مطابقت ندارد. از 311 یا دفتر امور مهاجران و پناهندگان بپرسید.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفون</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>آدرس</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ساعات کاری</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>زبان‌های قابل استفاده</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>رایگان</translation>
    </message>
    <message>
        <source>Accepts ITIN (no Social Security number needed)</source>
        <translation>نمبر ITIN را می‌پذیرد (به نمبر تأمین اجتماعی نیاز نیست)</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>اسنادی که باید با خود بیاورید</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ویب‌سایت</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>طریقه درخواست</translation>
    </message>
    <message>
        <source>Information last checked on {date}</source>
        <translation>معلومات آخرین بار در {date} بررسی شد</translation>
    </message>
    <message>
        <source>Information not yet verified</source>
        <translation>معلومات هنوز تأیید نشده است</translation>
    </message>
    <message>
        <source>May be out of date: call first</source>
        <translation>ممکن است معلومات کهنه باشد: اول زنگ بزنید</translation>
    </message>
    <message>
        <source>(in English)</source>
        <translation>(به انگلیسی)</translation>
    </message>
    <message>
        <source>Needs this directory has no service for yet</source>
        <translation>نیازهایی که این فهرست هنوز برایشان خدمتی ندارد</translation>
    </message>
    <message>
        <source>Need a person to help?</source>
        <translation>آیا به کمک یک شخص نیاز دارید؟</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>صفحه {n} از {total}</translation>
    </message>
    <message>
        <source>Scan for the website</source>
        <translation>برای باز کردن ویب‌سایت اسکن کنید</translation>
    </message>
    <message>
        <source>Scan to open this pathway on your phone</source>
        <translation>برای باز کردن این مسیر در تلفون خود اسکن کنید</translation>
    </message>
</context>
<context>
    <name>ProgressIndicator</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>گام %1 از %2</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source> (optional)</source>
        <translation> (اختیاری)</translation>
    </message>
    <message>
        <source>ZIP code (empty: near here)</source>
        <translation>کود پستی (خالی: نزدیک همین جا)</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <source>Choose all that apply.</source>
        <translation>همه موارد مناسب را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>یکی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Option {n}</source>
        <translation>گزینه {n}</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>انتخاب شده</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>انتخاب نشده</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>گام {n}</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>شنیدن</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>تکرار</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>بلندتر</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>آهسته‌تر</translation>
    </message>
    <message>
        <source>To hear everything on the screen read aloud, touch Listen at the top, or press any key.</source>
        <translation>برای شنیدن همه چیز روی صفحه با صدای بلند، «شنیدن» را در بالا لمس کنید یا هر کلیدی را فشار دهید.</translation>
    </message>
    <message>
        <source>Reading aloud is on. Use the arrow keys to move, Enter to choose, and 0 to hear it again.</source>
        <translation>خواندن با صدای بلند روشن است. با کلیدهای جهت حرکت کنید، با Enter انتخاب کنید و با 0 دوباره بشنوید.</translation>
    </message>
    <message>
        <source>Volume {n}</source>
        <translation>صدا {n}</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check your answers</source>
        <translation>جواب‌های خود را ببینید</translation>
    </message>
    <message>
        <source>Tap an answer to change it.</source>
        <translation>برای تغییر، جواب را لمس کنید.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>رد شده</translation>
    </message>
    <message>
        <source>Near this kiosk</source>
        <translation>نزدیک همین کیوسک</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>Show my pathway</source>
        <translation>مسیر مرا نشان بده</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
</context>
<context>
    <name>ServiceCardWidget</name>
    <message>
        <source>Hours</source>
        <translation>ساعات کاری</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Accepts ITIN</source>
        <translation>ITIN را قبول می‌کند</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بلی</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ویب‌سایت</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>اسنادی که با خود بیاورید</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>تأیید شده در</translation>
    </message>
    <message>
        <source>May be out of date: call first</source>
        <translation>ممکن است معلومات کهنه باشد: اول زنگ بزنید</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>به انگلیسی</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>زنگ بزنید</translation>
    </message>
    <message>
        <source>Walk in</source>
        <translation>حضوری بروید</translation>
    </message>
    <message>
        <source>Online only</source>
        <translation>فقط آنلاین</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>طریقه درخواست</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>چه کسی استفاده کرده می‌تواند</translation>
    </message>
    <message>
        <source>Speaks your language</source>
        <translation>به زبان شما صحبت می‌کند</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>رایگان</translation>
    </message>
    <message>
        <source>Near you</source>
        <translation>نزدیک شما</translation>
    </message>
    <message>
        <source>not yet verified</source>
        <translation>هنوز تأیید نشده</translation>
    </message>
</context>
<context>
    <name>SorryOverlay</name>
    <message>
        <source>Sorry, something went wrong.</source>
        <translation>معذرت می‌خواهیم، مشکلی پیش آمد.</translation>
    </message>
    <message>
        <source>Starting again. Your answers have been erased.</source>
        <translation>دوباره شروع می‌کنیم. جواب‌های شما پاک شد.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff mode</source>
        <translation>حالت کارمندان</translation>
    </message>
    <message numerus="yes">
        <source>Closes by itself after %n minute(s) without a touch.</source>
        <translation>
            <numerusform>اگر %n دقیقه لمس نشود، خودش بسته می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close staff mode</source>
        <translation>بستن حالت کارمندان</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>چاپ دوباره</translation>
    </message>
    <message>
        <source>Reprint the last pathway</source>
        <translation>چاپ دوبارهٔ آخرین مسیر</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>Bilingual printouts (visitor&apos;s language and English)</source>
        <translation>چاپ دو زبانه (زبان مراجع و انگلیسی)</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>نسخه‌ها</translation>
    </message>
    <message>
        <source>Fewer copies</source>
        <translation>نسخهٔ کمتر</translation>
    </message>
    <message>
        <source>More copies</source>
        <translation>نسخهٔ بیشتر</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>پرنتر</translation>
    </message>
    <message>
        <source>Check printers</source>
        <translation>پرنترها را بررسی کنید</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>چاپ صفحهٔ آزمایشی</translation>
    </message>
    <message>
        <source>Directory and sync</source>
        <translation>فهرست و همگام‌سازی</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>همین حالا همگام‌سازی کنید</translation>
    </message>
    <message>
        <source>This kiosk&apos;s location</source>
        <translation>موقعیت این کیوسک</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>نام جا</translation>
    </message>
    <message>
        <source>ZIP code (sets where &quot;near this kiosk&quot; is measured from)</source>
        <translation>کود پستی («نزدیک همین کیوسک» از اینجا سنجیده می‌شود)</translation>
    </message>
    <message>
        <source>Save location</source>
        <translation>ذخیرهٔ موقعیت</translation>
    </message>
    <message>
        <source>End the application</source>
        <translation>بستن برنامه</translation>
    </message>
    <message>
        <source>Stops Camino on this kiosk until it is started again.</source>
        <translation>Camino را در این کیوسک تا شروع دوباره متوقف می‌کند.</translation>
    </message>
    <message>
        <source>Exit Camino</source>
        <translation>خروج از Camino</translation>
    </message>
    <message>
        <source>The last print failed: %1</source>
        <translation>آخرین چاپ ناکام شد: %1</translation>
    </message>
    <message>
        <source>Nothing to reprint. A printout is kept for 10 minutes and forgotten when the kiosk resets.</source>
        <translation>چیزی برای چاپ دوباره نیست. چاپ 10 دقیقه نگه داشته می‌شود و با از نو شدن کیوسک پاک می‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>The last printout: %n step(s), in %1.</source>
        <translation>
            <numerusform>آخرین چاپ: %n گام، به زبان %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printout was forgotten (more than 10 minutes ago).</source>
        <translation>چاپ پاک شد (بیش از 10 دقیقه پیش).</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>در حال چاپ…</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation>%1 نسخه</translation>
    </message>
    <message>
        <source>Bilingual printouts on.</source>
        <translation>چاپ دو زبانه روشن شد.</translation>
    </message>
    <message>
        <source>Bilingual printouts off.</source>
        <translation>چاپ دو زبانه خاموش شد.</translation>
    </message>
    <message>
        <source>Asking the printers…</source>
        <translation>در حال پرسیدن از پرنترها…</translation>
    </message>
    <message>
        <source>The computer&apos;s default printer</source>
        <translation>پرنتر پیش‌فرض کمپیوتر</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (پیش‌فرض)</translation>
    </message>
    <message>
        <source>Printer saved.</source>
        <translation>پرنتر ذخیره شد.</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>در حال چاپ صفحهٔ آزمایشی…</translation>
    </message>
    <message>
        <source>No sync source is set (sync.url in the config).</source>
        <translation>منبع همگام‌سازی تنظیم نشده است (sync.url در تنظیمات).</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>در حال همگام‌سازی…</translation>
    </message>
    <message>
        <source>%1 (kept as set)</source>
        <translation>%1 (بدون تغییر)</translation>
    </message>
    <message>
        <source>Latitude %1, longitude %2</source>
        <translation>عرض جغرافیایی %1، طول جغرافیایی %2</translation>
    </message>
    <message>
        <source>Give the place a name, e.g. the library&apos;s.</source>
        <translation>برای این جا یک نام بدهید، مثلاً نام کتابخانه.</translation>
    </message>
    <message>
        <source>Location saved: %1, %2.</source>
        <translation>موقعیت ذخیره شد: %1، %2.</translation>
    </message>
    <message>
        <source>Tap again to exit Camino</source>
        <translation>برای خروج از Camino دوباره لمس کنید</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>StartOverQuestion</name>
    <message>
        <source>Start over? Your answers will be cleared.</source>
        <translation>از نو شروع می‌کنید؟ جواب‌های شما پاک می‌شوند.</translation>
    </message>
    <message>
        <source>Yes, start over</source>
        <translation>بلی، از نو شروع شود</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>ادامه دهید</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>آیا هنوز اینجا هستید؟</translation>
    </message>
    <message>
        <source>To protect your privacy, your answers will be erased.</source>
        <translation>برای حفظ حریم شخصی شما، جواب‌هایتان پاک می‌شود.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>هنوز اینجا هستم</translation>
    </message>
</context>
<context>
    <name>ZipScreen</name>
    <message>
        <source>Near this kiosk</source>
        <translation>نزدیک همین کیوسک</translation>
    </message>
    <message>
        <source>Another ZIP code</source>
        <translation>کود پستی دیگر</translation>
    </message>
    <message>
        <source>Type the 5 digits of the ZIP code:</source>
        <translation>5 رقم کود پستی را بنویسید:</translation>
    </message>
    <message>
        <source>ZIP code: %1</source>
        <translation>کود پستی: %1</translation>
    </message>
</context>
</TS>
