<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome — touch to start</source>
        <translation>Karibu — gusa ili uanze</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Gusa ili kuanza</translation>
    </message>
    <message>
        <source>Find the services that help your business, step by step, in your language.</source>
        <translation>Pata huduma zinazosaidia biashara yako, hatua kwa hatua, kwa lugha yako.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Camino — front desk</source>
        <translation>Camino — mapokezi</translation>
    </message>
    <message>
        <source>Visitor&apos;s &amp;language:</source>
        <translation>&amp;Lugha ya mgeni:</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Njia</translation>
    </message>
    <message>
        <source>Printout preview</source>
        <translation>Onyesho la chapisho</translation>
    </message>
    <message>
        <source>&amp;Bilingual (with English)</source>
        <translation>Lugha &amp;mbili (pamoja na Kiingereza)</translation>
    </message>
    <message>
        <source>&amp;Print  (Ctrl+P)</source>
        <translation>&amp;Chapisha  (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Reset  (Ctrl+R)</source>
        <translation>&amp;Anza upya  (Ctrl+R)</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>&amp;Nakala:</translation>
    </message>
    <message>
        <source>Prin&amp;ter:</source>
        <translation>&amp;Printa:</translation>
    </message>
    <message>
        <source>Choose at least one need (question 1) to see the pathway.</source>
        <translation>Chagua angalau hitaji moja (swali la 1) ili kuona njia.</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>Onyesho halikuweza kutengenezwa: %1</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Printa ya msingi</translation>
    </message>
    <message>
        <source>Nothing to print yet: choose at least one need.</source>
        <translation>Bado hakuna cha kuchapisha: chagua angalau hitaji moja.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Inachapisha…</translation>
    </message>
    <message>
        <source>Ready for the next visitor.</source>
        <translation>Tayari kwa mgeni anayefuata.</translation>
    </message>
</context>
<context>
    <name>FinishScreen</name>
    <message>
        <source>Take your pathway with you</source>
        <translation>Chukua njia yako</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Chapisha</translation>
    </message>
    <message>
        <source>Take it on your phone</source>
        <translation>Ichukue kwenye simu</translation>
    </message>
    <message>
        <source>Show the QR code instead</source>
        <translation>Onyesha msimbo wa QR</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code.</source>
        <translation>Elekeza kamera ya simu yako kwenye msimbo.</translation>
    </message>
    <message>
        <source>Did you find what you need?</source>
        <translation>Umepata unachohitaji?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ndiyo</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Kiasi</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hapana</translation>
    </message>
    <message>
        <source>What was missing?</source>
        <translation>Nini kilikosekana?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Tuma</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Asante!</translation>
    </message>
    <message>
        <source>Printing… please wait.</source>
        <translation>Inachapisha… tafadhali subiri.</translation>
    </message>
    <message>
        <source>Printed. Please take your pages from the printer.</source>
        <translation>Imechapishwa. Tafadhali chukua karatasi zako kwenye printa.</translation>
    </message>
    <message>
        <source>Sorry, the printer is not working right now. You can take your pathway on your phone instead.</source>
        <translation>Samahani, printa haifanyi kazi sasa. Unaweza kuchukua njia yako kwenye simu badala yake.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>SSN: Social Security number, the U.S. government&apos;s number for a person who may work in the U.S.</source>
        <translation>SSN: namba ya Social Security, namba ya serikali ya Marekani kwa mtu anayeruhusiwa kufanya kazi Marekani.</translation>
    </message>
    <message>
        <source>ITIN: a tax number from the IRS for people who cannot get an SSN. It is free.</source>
        <translation>ITIN: namba ya kodi kutoka IRS kwa watu wasioweza kupata SSN. Ni bure.</translation>
    </message>
    <message>
        <source>EIN: your business&apos;s tax number from the IRS. It is free.</source>
        <translation>EIN: namba ya kodi ya biashara yako kutoka IRS. Ni bure.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Lugha: %1</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Herufi kubwa zaidi</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Utofautishaji mkubwa</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Back</source>
        <translation>Rudi</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Anza upya</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ruka</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Chagua lugha yako</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Chagua lugha yako</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Delete last digit</source>
        <translation>Futa tarakimu ya mwisho</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Futa yote</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>Futa tarakimu zote</translation>
    </message>
</context>
<context>
    <name>OptionButton</name>
    <message>
        <source>chosen</source>
        <translation>imechaguliwa</translation>
    </message>
</context>
<context>
    <name>PathwayScreen</name>
    <message>
        <source>Your pathway</source>
        <translation>Njia yako</translation>
    </message>
    <message>
        <source>Do these steps in order. Tap a step to see who can help, best match first.</source>
        <translation>Fanya hatua hizi kwa mpangilio. Gusa hatua uone nani anaweza kukusaidia, anayefaa zaidi kwanza.</translation>
    </message>
    <message>
        <source>We did not find a service for: %1</source>
        <translation>Hatukupata huduma ya: %1</translation>
    </message>
    <message>
        <source>We did not find a service for your answers</source>
        <translation>Hatukupata huduma kwa majibu yako</translation>
    </message>
    <message>
        <source>These people can help you find one. Call them or visit:</source>
        <translation>Watu hawa wanaweza kukusaidia kupata huduma. Wapigie simu au watembelee:</translation>
    </message>
    <message>
        <source>Not sure? Talk to a person</source>
        <translation>Huna uhakika? Ongea na mtu</translation>
    </message>
    <message>
        <source>These people can point you to the right place. Call them or visit:</source>
        <translation>Watu hawa wanaweza kukuelekeza mahali sahihi. Wapigie simu au uwatembelee:</translation>
    </message>
    <message>
        <source>Someone to call who can point you to the right place.</source>
        <translation>Mtu wa kumpigia simu atakayekuelekeza mahali sahihi.</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>kwa Kiingereza</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Hatua zote</translation>
    </message>
    <message>
        <source>Why this step: %1</source>
        <translation>Kwa nini hatua hii: %1</translation>
    </message>
    <message>
        <source>Take it with you</source>
        <translation>Ichukue</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Chapisha</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Piga simu</translation>
    </message>
    <message>
        <source>Open in maps</source>
        <translation>Fungua kwenye ramani</translation>
    </message>
    <message>
        <source>Opening your pathway…</source>
        <translation>Inafungua njia yako…</translation>
    </message>
    <message>
        <source>This link holds no pathway. These people can help you find one.</source>
        <translation>Kiungo hiki hakina njia. Watu hawa wanaweza kukusaidia kupata moja.</translation>
    </message>
    <message>
        <source>The directory has been updated since the kiosk made this code. These are today&apos;s services for your steps.</source>
        <translation>Saraka imesasishwa tangu kibanda kilipotengeneza msimbo huu. Hizi ni huduma za leo kwa hatua zako.</translation>
    </message>
    <message>
        <source>This service is no longer in the directory.</source>
        <translation>Huduma hii haipo tena kwenye saraka.</translation>
    </message>
    <message>
        <source>Your pathway is stored only in this link, on your phone. Nothing about you was sent to this website.</source>
        <translation>Njia yako imehifadhiwa kwenye kiungo hiki tu, kwenye simu yako. Hakuna chochote kukuhusu kilichotumwa kwa tovuti hii.</translation>
    </message>
    <message>
        <source>This page could not load its directory. Connect to the internet and open the link again.</source>
        <translation>Ukurasa huu haukuweza kupakia saraka yake. Unganisha intaneti na ufungue kiungo tena.</translation>
    </message>
    <message>
        <source>Not shown here: {steps} steps, {services} services. Print the pathway to see them all.</source>
        <translation>Hazijaonyeshwa hapa: hatua {steps}, huduma {services}. Chapisha njia ili kuziona zote.</translation>
    </message>
    <message>
        <source>Skip to your pathway</source>
        <translation>Nenda kwenye njia yako</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN ya wafanyakazi</translation>
    </message>
    <message>
        <source>Enter the staff PIN (4 to 8 digits).</source>
        <translation>Ingiza PIN ya wafanyakazi (tarakimu 4 hadi 8).</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more tries before staff entry locks.</source>
        <translation>
            <numerusform>PIN si sahihi. Jaribio %n limebaki kabla ya kufungwa.</numerusform>
            <numerusform>PIN si sahihi. Majaribio %n yamebaki kabla ya kufungwa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Staff entry is locked; try again in %n minute(s).</source>
        <translation>
            <numerusform>PIN zisizo sahihi ni nyingi mno. Kuingia kumefungwa; jaribu tena baada ya dakika %n.</numerusform>
            <numerusform>PIN zisizo sahihi ni nyingi mno. Kuingia kumefungwa; jaribu tena baada ya dakika %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff entry locked</source>
        <translation>Kuingia kwa wafanyakazi kumefungwa</translation>
    </message>
    <message>
        <source>No staff PIN is set</source>
        <translation>Hakuna PIN ya wafanyakazi</translation>
    </message>
    <message>
        <source>Staff mode stays closed until a PIN is set. On this computer, run:
kiosk set-pin</source>
        <translation>Hali ya wafanyakazi itabaki imefungwa hadi PIN iwekwe. Kwenye kompyuta hii, endesha:
kiosk set-pin</translation>
    </message>
    <message>
        <source>Staff entry is not possible</source>
        <translation>Wafanyakazi hawawezi kuingia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Ingia</translation>
    </message>
    <message>
        <source>%1 digits entered</source>
        <translation>Tarakimu %1 zimeingizwa</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>See step {n}</source>
        <translation>Tazama hatua ya {n}</translation>
    </message>
    <message>
        <source>Your business pathway</source>
        <translation>Njia ya biashara yako</translation>
    </message>
    <message>
        <source>Printed at {place} on {date}</source>
        <translation>Imechapishwa {place} tarehe {date}</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>Hatua ya {n}</translation>
    </message>
    <message>
        <source>Why this step</source>
        <translation>Kwa nini hatua hii</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Nani anaweza kusaidia</translation>
    </message>
    <message>
        <source>No service in this directory matches this step yet. Ask 311 or the Office of Immigrant and Refugee Affairs.</source>
        <translation>Bado hakuna huduma katika saraka hii inayolingana na hatua hii. Uliza 311 au Ofisi ya Masuala ya Wahamiaji na Wakimbizi.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anwani</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Saa za kazi</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Lugha zinazozungumzwa</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Gharama</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Bure</translation>
    </message>
    <message>
        <source>Accepts ITIN (no Social Security number needed)</source>
        <translation>Inakubali ITIN (hakuna haja ya nambari ya Hifadhi ya Jamii)</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Hati za kuleta</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Tovuti</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Jinsi ya kuomba</translation>
    </message>
    <message>
        <source>Information last checked on {date}</source>
        <translation>Taarifa ziliangaliwa mara ya mwisho tarehe {date}</translation>
    </message>
    <message>
        <source>Information not yet verified</source>
        <translation>Taarifa bado hazijathibitishwa</translation>
    </message>
    <message>
        <source>May be out of date: call first</source>
        <translation>Huenda taarifa zimepitwa na wakati: piga simu kwanza</translation>
    </message>
    <message>
        <source>(in English)</source>
        <translation>(kwa Kiingereza)</translation>
    </message>
    <message>
        <source>Needs this directory has no service for yet</source>
        <translation>Mahitaji ambayo saraka hii bado haina huduma kwayo</translation>
    </message>
    <message>
        <source>Need a person to help?</source>
        <translation>Unahitaji mtu wa kukusaidia?</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Ukurasa {n} wa {total}</translation>
    </message>
    <message>
        <source>Scan for the website</source>
        <translation>Changanua ili kufungua tovuti</translation>
    </message>
    <message>
        <source>Scan to open this pathway on your phone</source>
        <translation>Changanua ili kufungua njia hii kwenye simu yako</translation>
    </message>
</context>
<context>
    <name>ProgressIndicator</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Hatua %1 kati ya %2</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source> (optional)</source>
        <translation> (si lazima)</translation>
    </message>
    <message>
        <source>ZIP code (empty: near here)</source>
        <translation>Namba ya posta (tupu: karibu hapa)</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <source>Choose all that apply.</source>
        <translation>Chagua zote zinazohusika.</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>Chagua moja.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Endelea</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Option {n}</source>
        <translation>Chaguo {n}</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>kimechaguliwa</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>hakijachaguliwa</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>Hatua {n}</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Sikiliza</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Rudia</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Simama</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Sauti juu</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Sauti chini</translation>
    </message>
    <message>
        <source>To hear everything on the screen read aloud, touch Listen at the top, or press any key.</source>
        <translation>Kusikia kila kitu kilicho kwenye skrini kikisomwa kwa sauti, gusa Sikiliza juu, au bonyeza kitufe chochote.</translation>
    </message>
    <message>
        <source>Reading aloud is on. Use the arrow keys to move, Enter to choose, and 0 to hear it again.</source>
        <translation>Kusoma kwa sauti kumewashwa. Tumia vitufe vya mishale kusogea, Enter kuchagua, na 0 kusikia tena.</translation>
    </message>
    <message>
        <source>Volume {n}</source>
        <translation>Sauti {n}</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check your answers</source>
        <translation>Angalia majibu yako</translation>
    </message>
    <message>
        <source>Tap an answer to change it.</source>
        <translation>Gusa jibu ili kulibadilisha.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Imerukwa</translation>
    </message>
    <message>
        <source>Near this kiosk</source>
        <translation>Karibu na kioski hiki</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Badilisha</translation>
    </message>
    <message>
        <source>Show my pathway</source>
        <translation>Onyesha njia yangu</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Next</source>
        <translation>Endelea</translation>
    </message>
</context>
<context>
    <name>ServiceCardWidget</name>
    <message>
        <source>Hours</source>
        <translation>Saa za kazi</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Gharama</translation>
    </message>
    <message>
        <source>Accepts ITIN</source>
        <translation>Inakubali ITIN</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ndiyo</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Tovuti</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Hati za kuleta</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Ilithibitishwa tarehe</translation>
    </message>
    <message>
        <source>May be out of date: call first</source>
        <translation>Huenda taarifa zimepitwa na wakati: piga simu kwanza</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>kwa Kiingereza</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Piga simu</translation>
    </message>
    <message>
        <source>Walk in</source>
        <translation>Fika ana kwa ana</translation>
    </message>
    <message>
        <source>Online only</source>
        <translation>Mtandaoni tu</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Jinsi ya kuomba</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Nani anaweza kutumia</translation>
    </message>
    <message>
        <source>Speaks your language</source>
        <translation>Anazungumza lugha yako</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Bure</translation>
    </message>
    <message>
        <source>Near you</source>
        <translation>Karibu nawe</translation>
    </message>
    <message>
        <source>not yet verified</source>
        <translation>bado haijathibitishwa</translation>
    </message>
</context>
<context>
    <name>SorryOverlay</name>
    <message>
        <source>Sorry, something went wrong.</source>
        <translation>Samahani, kuna tatizo limetokea.</translation>
    </message>
    <message>
        <source>Starting again. Your answers have been erased.</source>
        <translation>Tunaanza upya. Majibu yako yamefutwa.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff mode</source>
        <translation>Hali ya wafanyakazi</translation>
    </message>
    <message numerus="yes">
        <source>Closes by itself after %n minute(s) without a touch.</source>
        <translation>
            <numerusform>Hujifunga baada ya dakika %n bila kuguswa.</numerusform>
            <numerusform>Hujifunga baada ya dakika %n bila kuguswa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close staff mode</source>
        <translation>Funga hali ya wafanyakazi</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Chapisha tena</translation>
    </message>
    <message>
        <source>Reprint the last pathway</source>
        <translation>Chapisha tena njia ya mwisho</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Uchapishaji</translation>
    </message>
    <message>
        <source>Bilingual printouts (visitor&apos;s language and English)</source>
        <translation>Chapa kwa lugha mbili (lugha ya mgeni na Kiingereza)</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Nakala</translation>
    </message>
    <message>
        <source>Fewer copies</source>
        <translation>Nakala chache</translation>
    </message>
    <message>
        <source>More copies</source>
        <translation>Nakala zaidi</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printa</translation>
    </message>
    <message>
        <source>Check printers</source>
        <translation>Kagua printa</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Chapisha ukurasa wa majaribio</translation>
    </message>
    <message>
        <source>Directory and sync</source>
        <translation>Saraka na usawazishaji</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sawazisha sasa</translation>
    </message>
    <message>
        <source>This kiosk&apos;s location</source>
        <translation>Mahali pa kioski hiki</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Jina la mahali</translation>
    </message>
    <message>
        <source>ZIP code (sets where &quot;near this kiosk&quot; is measured from)</source>
        <translation>Namba ya posta (&quot;karibu na kioski hiki&quot; hupimwa kutoka hapa)</translation>
    </message>
    <message>
        <source>Save location</source>
        <translation>Hifadhi mahali</translation>
    </message>
    <message>
        <source>End the application</source>
        <translation>Funga programu</translation>
    </message>
    <message>
        <source>Stops Camino on this kiosk until it is started again.</source>
        <translation>Inasimamisha Camino kwenye kioski hiki hadi kianzishwe tena.</translation>
    </message>
    <message>
        <source>Exit Camino</source>
        <translation>Toka Camino</translation>
    </message>
    <message>
        <source>The last print failed: %1</source>
        <translation>Uchapishaji wa mwisho haukufaulu: %1</translation>
    </message>
    <message>
        <source>Nothing to reprint. A printout is kept for 10 minutes and forgotten when the kiosk resets.</source>
        <translation>Hakuna cha kuchapisha tena. Chapisho huhifadhiwa dakika 10 na husahaulika kioski kikianza upya.</translation>
    </message>
    <message numerus="yes">
        <source>The last printout: %n step(s), in %1.</source>
        <translation>
            <numerusform>Chapisho la mwisho: hatua %n, kwa %1.</numerusform>
            <numerusform>Chapisho la mwisho: hatua %n, kwa %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printout was forgotten (more than 10 minutes ago).</source>
        <translation>Chapisho limesahaulika (zaidi ya dakika 10 zilizopita).</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Inachapisha…</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation>Nakala %1</translation>
    </message>
    <message>
        <source>Bilingual printouts on.</source>
        <translation>Kuchapa kwa lugha mbili kumewashwa.</translation>
    </message>
    <message>
        <source>Bilingual printouts off.</source>
        <translation>Kuchapa kwa lugha mbili kumezimwa.</translation>
    </message>
    <message>
        <source>Asking the printers…</source>
        <translation>Inauliza printa…</translation>
    </message>
    <message>
        <source>The computer&apos;s default printer</source>
        <translation>Printa ya msingi ya kompyuta</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (chaguo-msingi)</translation>
    </message>
    <message>
        <source>Printer saved.</source>
        <translation>Printa imehifadhiwa.</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>Inachapisha ukurasa wa majaribio…</translation>
    </message>
    <message>
        <source>No sync source is set (sync.url in the config).</source>
        <translation>Hakuna chanzo cha usawazishaji (sync.url kwenye mipangilio).</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Inasawazisha…</translation>
    </message>
    <message>
        <source>%1 (kept as set)</source>
        <translation>%1 (kama ilivyowekwa)</translation>
    </message>
    <message>
        <source>Latitude %1, longitude %2</source>
        <translation>Latitudo %1, longitudo %2</translation>
    </message>
    <message>
        <source>Give the place a name, e.g. the library&apos;s.</source>
        <translation>Pea mahali hapa jina, kwa mfano la maktaba.</translation>
    </message>
    <message>
        <source>Location saved: %1, %2.</source>
        <translation>Mahali pamehifadhiwa: %1, %2.</translation>
    </message>
    <message>
        <source>Tap again to exit Camino</source>
        <translation>Gusa tena ili kutoka Camino</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Haijahifadhiwa: %1</translation>
    </message>
</context>
<context>
    <name>StartOverQuestion</name>
    <message>
        <source>Start over? Your answers will be cleared.</source>
        <translation>Anza upya? Majibu yako yatafutwa.</translation>
    </message>
    <message>
        <source>Yes, start over</source>
        <translation>Ndiyo, anza upya</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Endelea</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Bado upo?</translation>
    </message>
    <message>
        <source>To protect your privacy, your answers will be erased.</source>
        <translation>Ili kulinda faragha yako, majibu yako yatafutwa.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Bado nipo</translation>
    </message>
</context>
<context>
    <name>ZipScreen</name>
    <message>
        <source>Near this kiosk</source>
        <translation>Karibu na kioski hiki</translation>
    </message>
    <message>
        <source>Another ZIP code</source>
        <translation>Namba nyingine ya posta</translation>
    </message>
    <message>
        <source>Type the 5 digits of the ZIP code:</source>
        <translation>Andika tarakimu 5 za namba ya posta:</translation>
    </message>
    <message>
        <source>ZIP code: %1</source>
        <translation>Namba ya posta: %1</translation>
    </message>
</context>
</TS>
