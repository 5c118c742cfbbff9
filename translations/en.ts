<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome — touch to start</source>
        <translation>Welcome — touch to start</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Touch to start</translation>
    </message>
    <message>
        <source>Find the services that help your business, step by step, in your language.</source>
        <translation>Find the services that help your business, step by step, in your language.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Camino — front desk</source>
        <translation>Camino — front desk</translation>
    </message>
    <message>
        <source>Visitor&apos;s &amp;language:</source>
        <translation>Visitor&apos;s &amp;language:</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <source>Printout preview</source>
        <translation>Printout preview</translation>
    </message>
    <message>
        <source>&amp;Bilingual (with English)</source>
        <translation>&amp;Bilingual (with English)</translation>
    </message>
    <message>
        <source>&amp;Print  (Ctrl+P)</source>
        <translation>&amp;Print  (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Reset  (Ctrl+R)</source>
        <translation>&amp;Reset  (Ctrl+R)</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>C&amp;opies:</translation>
    </message>
    <message>
        <source>Prin&amp;ter:</source>
        <translation>Prin&amp;ter:</translation>
    </message>
    <message>
        <source>Choose at least one need (question 1) to see the pathway.</source>
        <translation>Choose at least one need (question 1) to see the pathway.</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>The preview could not be made: %1</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Default printer</translation>
    </message>
    <message>
        <source>Nothing to print yet: choose at least one need.</source>
        <translation>Nothing to print yet: choose at least one need.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Ready for the next visitor.</source>
        <translation>Ready for the next visitor.</translation>
    </message>
</context>
<context>
    <name>FinishScreen</name>
    <message>
        <source>Take your pathway with you</source>
        <translation>Take your pathway with you</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Take it on your phone</source>
        <translation>Take it on your phone</translation>
    </message>
    <message>
        <source>Show the QR code instead</source>
        <translation>Show the QR code instead</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code.</source>
        <translation>Point your phone&apos;s camera at the code.</translation>
    </message>
    <message>
        <source>Did you find what you need?</source>
        <translation>Did you find what you need?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Partly</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>What was missing?</source>
        <translation>What was missing?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Printing… please wait.</source>
        <translation>Printing… please wait.</translation>
    </message>
    <message>
        <source>Printed. Please take your pages from the printer.</source>
        <translation>Printed. Please take your pages from the printer.</translation>
    </message>
    <message>
        <source>Sorry, the printer is not working right now. You can take your pathway on your phone instead.</source>
        <translation>Sorry, the printer is not working right now. You can take your pathway on your phone instead.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>SSN: Social Security number, the U.S. government&apos;s number for a person who may work in the U.S.</source>
        <translation>SSN: Social Security number, the U.S. government&apos;s number for a person who may work in the U.S.</translation>
    </message>
    <message>
        <source>ITIN: a tax number from the IRS for people who cannot get an SSN. It is free.</source>
        <translation>ITIN: a tax number from the IRS for people who cannot get an SSN. It is free.</translation>
    </message>
    <message>
        <source>EIN: your business&apos;s tax number from the IRS. It is free.</source>
        <translation>EIN: your business&apos;s tax number from the IRS. It is free.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Delete last digit</source>
        <translation>Delete last digit</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>Clear all digits</translation>
    </message>
</context>
<context>
    <name>OptionButton</name>
    <message>
        <source>chosen</source>
        <translation>chosen</translation>
    </message>
</context>
<context>
    <name>PathwayScreen</name>
    <message>
        <source>Your pathway</source>
        <translation>Your pathway</translation>
    </message>
    <message>
        <source>Do these steps in order. Tap a step to see who can help, best match first.</source>
        <translation>Do these steps in order. Tap a step to see who can help, best match first.</translation>
    </message>
    <message>
        <source>We did not find a service for: %1</source>
        <translation>We did not find a service for: %1</translation>
    </message>
    <message>
        <source>We did not find a service for your answers</source>
        <translation>We did not find a service for your answers</translation>
    </message>
    <message>
        <source>These people can help you find one. Call them or visit:</source>
        <translation>These people can help you find one. Call them or visit:</translation>
    </message>
    <message>
        <source>Not sure? Talk to a person</source>
        <translation>Not sure? Talk to a person</translation>
    </message>
    <message>
        <source>These people can point you to the right place. Call them or visit:</source>
        <translation>These people can point you to the right place. Call them or visit:</translation>
    </message>
    <message>
        <source>Someone to call who can point you to the right place.</source>
        <translation>Someone to call who can point you to the right place.</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>in English</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>All steps</translation>
    </message>
    <message>
        <source>Why this step: %1</source>
        <translation>Why this step: %1</translation>
    </message>
    <message>
        <source>Take it with you</source>
        <translation>Take it with you</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Open in maps</source>
        <translation>Open in maps</translation>
    </message>
    <message>
        <source>Opening your pathway…</source>
        <translation>Opening your pathway…</translation>
    </message>
    <message>
        <source>This link holds no pathway. These people can help you find one.</source>
        <translation>This link holds no pathway. These people can help you find one.</translation>
    </message>
    <message>
        <source>The directory has been updated since the kiosk made this code. These are today&apos;s services for your steps.</source>
        <translation>The directory has been updated since the kiosk made this code. These are today&apos;s services for your steps.</translation>
    </message>
    <message>
        <source>This service is no longer in the directory.</source>
        <translation>This service is no longer in the directory.</translation>
    </message>
    <message>
        <source>Your pathway is stored only in this link, on your phone. Nothing about you was sent to this website.</source>
        <translation>Your pathway is stored only in this link, on your phone. Nothing about you was sent to this website.</translation>
    </message>
    <message>
        <source>This page could not load its directory. Connect to the internet and open the link again.</source>
        <translation>This page could not load its directory. Connect to the internet and open the link again.</translation>
    </message>
    <message>
        <source>Not shown here: {steps} steps, {services} services. Print the pathway to see them all.</source>
        <translation>Not shown here: {steps} steps, {services} services. Print the pathway to see them all.</translation>
    </message>
    <message>
        <source>Skip to your pathway</source>
        <translation>Skip to your pathway</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <source>Enter the staff PIN (4 to 8 digits).</source>
        <translation>Enter the staff PIN (4 to 8 digits).</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more tries before staff entry locks.</source>
        <translation>
            <numerusform>Wrong PIN. %n more try before staff entry locks.</numerusform>
            <numerusform>Wrong PIN. %n more tries before staff entry locks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Staff entry is locked; try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Staff entry is locked; try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs. Staff entry is locked; try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff entry locked</source>
        <translation>Staff entry locked</translation>
    </message>
    <message>
        <source>No staff PIN is set</source>
        <translation>No staff PIN is set</translation>
    </message>
    <message>
        <source>Staff mode stays closed until a PIN is set. On this computer, run:
kiosk set-pin</source>
        <translation>Staff mode stays closed until a PIN is set. On this computer, run:
kiosk set-pin</translation>
    </message>
    <message>
        <source>Staff entry is not possible</source>
        <translation>Staff entry is not possible</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>%1 digits entered</source>
        <translation>%1 digits entered</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>See step {n}</source>
        <translation>See step {n}</translation>
    </message>
    <message>
        <source>Your business pathway</source>
        <translation>Your business pathway</translation>
    </message>
    <message>
        <source>Printed at {place} on {date}</source>
        <translation>Printed at {place} on {date}</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>Step {n}</translation>
    </message>
    <message>
        <source>Why this step</source>
        <translation>Why this step</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Who can help</translation>
    </message>
    <message>
        <source>No service in this directory matches this step yet. Ask 311 or the Office of Immigrant and Refugee Affairs.</source>
        <translation>No service in this directory matches this step yet. Ask 311 or the Office of Immigrant and Refugee Affairs.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Accepts ITIN (no Social Security number needed)</source>
        <translation>Accepts ITIN (no Social Security number needed)</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documents to bring</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>How to apply</translation>
    </message>
    <message>
        <source>Information last checked on {date}</source>
        <translation>Information last checked on {date}</translation>
    </message>
    <message>
        <source>Information not yet verified</source>
        <translation>Information not yet verified</translation>
    </message>
    <message>
        <source>May be out of date: call first</source>
        <translation>May be out of date: call first</translation>
    </message>
    <message>
        <source>(in English)</source>
        <translation>(in English)</translation>
    </message>
    <message>
        <source>Needs this directory has no service for yet</source>
        <translation>Needs this directory has no service for yet</translation>
    </message>
    <message>
        <source>Need a person to help?</source>
        <translation>Need a person to help?</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Page {n} of {total}</translation>
    </message>
    <message>
        <source>Scan for the website</source>
        <translation>Scan for the website</translation>
    </message>
    <message>
        <source>Scan to open this pathway on your phone</source>
        <translation>Scan to open this pathway on your phone</translation>
    </message>
</context>
<context>
    <name>ProgressIndicator</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>ZIP code (empty: near here)</source>
        <translation>ZIP code (empty: near here)</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <source>Choose all that apply.</source>
        <translation>Choose all that apply.</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>Choose one.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Option {n}</source>
        <translation>Option {n}</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>Step {n}</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Louder</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Quieter</translation>
    </message>
    <message>
        <source>To hear everything on the screen read aloud, touch Listen at the top, or press any key.</source>
        <translation>To hear everything on the screen read aloud, touch Listen at the top, or press any key.</translation>
    </message>
    <message>
        <source>Reading aloud is on. Use the arrow keys to move, Enter to choose, and 0 to hear it again.</source>
        <translation>Reading aloud is on. Use the arrow keys to move, Enter to choose, and 0 to hear it again.</translation>
    </message>
    <message>
        <source>Volume {n}</source>
        <translation>Volume {n}</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check your answers</source>
        <translation>Check your answers</translation>
    </message>
    <message>
        <source>Tap an answer to change it.</source>
        <translation>Tap an answer to change it.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Near this kiosk</source>
        <translation>Near this kiosk</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Show my pathway</source>
        <translation>Show my pathway</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>ServiceCardWidget</name>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Accepts ITIN</source>
        <translation>Accepts ITIN</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documents to bring</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>May be out of date: call first</source>
        <translation>May be out of date: call first</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>in English</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Walk in</source>
        <translation>Walk in</translation>
    </message>
    <message>
        <source>Online only</source>
        <translation>Online only</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>How to apply</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Who can use it</translation>
    </message>
    <message>
        <source>Speaks your language</source>
        <translation>Speaks your language</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Near you</source>
        <translation>Near you</translation>
    </message>
    <message>
        <source>not yet verified</source>
        <translation>not yet verified</translation>
    </message>
</context>
<context>
    <name>SorryOverlay</name>
    <message>
        <source>Sorry, something went wrong.</source>
        <translation>Sorry, something went wrong.</translation>
    </message>
    <message>
        <source>Starting again. Your answers have been erased.</source>
        <translation>Starting again. Your answers have been erased.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff mode</source>
        <translation>Staff mode</translation>
    </message>
    <message numerus="yes">
        <source>Closes by itself after %n minute(s) without a touch.</source>
        <translation>
            <numerusform>Closes by itself after %n minute without a touch.</numerusform>
            <numerusform>Closes by itself after %n minutes without a touch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close staff mode</source>
        <translation>Close staff mode</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Reprint the last pathway</source>
        <translation>Reprint the last pathway</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Bilingual printouts (visitor&apos;s language and English)</source>
        <translation>Bilingual printouts (visitor&apos;s language and English)</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Fewer copies</source>
        <translation>Fewer copies</translation>
    </message>
    <message>
        <source>More copies</source>
        <translation>More copies</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Check printers</source>
        <translation>Check printers</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <source>Directory and sync</source>
        <translation>Directory and sync</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>This kiosk&apos;s location</source>
        <translation>This kiosk&apos;s location</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Place name</translation>
    </message>
    <message>
        <source>ZIP code (sets where &quot;near this kiosk&quot; is measured from)</source>
        <translation>ZIP code (sets where &quot;near this kiosk&quot; is measured from)</translation>
    </message>
    <message>
        <source>Save location</source>
        <translation>Save location</translation>
    </message>
    <message>
        <source>End the application</source>
        <translation>End the application</translation>
    </message>
    <message>
        <source>Stops Camino on this kiosk until it is started again.</source>
        <translation>Stops Camino on this kiosk until it is started again.</translation>
    </message>
    <message>
        <source>Exit Camino</source>
        <translation>Exit Camino</translation>
    </message>
    <message>
        <source>The last print failed: %1</source>
        <translation>The last print failed: %1</translation>
    </message>
    <message>
        <source>Nothing to reprint. A printout is kept for 10 minutes and forgotten when the kiosk resets.</source>
        <translation>Nothing to reprint. A printout is kept for 10 minutes and forgotten when the kiosk resets.</translation>
    </message>
    <message numerus="yes">
        <source>The last printout: %n step(s), in %1.</source>
        <translation>
            <numerusform>The last printout: %n step, in %1.</numerusform>
            <numerusform>The last printout: %n steps, in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printout was forgotten (more than 10 minutes ago).</source>
        <translation>The printout was forgotten (more than 10 minutes ago).</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation>%1 copies</translation>
    </message>
    <message>
        <source>Bilingual printouts on.</source>
        <translation>Bilingual printouts on.</translation>
    </message>
    <message>
        <source>Bilingual printouts off.</source>
        <translation>Bilingual printouts off.</translation>
    </message>
    <message>
        <source>Asking the printers…</source>
        <translation>Asking the printers…</translation>
    </message>
    <message>
        <source>The computer&apos;s default printer</source>
        <translation>The computer&apos;s default printer</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (default)</translation>
    </message>
    <message>
        <source>Printer saved.</source>
        <translation>Printer saved.</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>Printing a test page…</translation>
    </message>
    <message>
        <source>No sync source is set (sync.url in the config).</source>
        <translation>No sync source is set (sync.url in the config).</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>%1 (kept as set)</source>
        <translation>%1 (kept as set)</translation>
    </message>
    <message>
        <source>Latitude %1, longitude %2</source>
        <translation>Latitude %1, longitude %2</translation>
    </message>
    <message>
        <source>Give the place a name, e.g. the library&apos;s.</source>
        <translation>Give the place a name, e.g. the library&apos;s.</translation>
    </message>
    <message>
        <source>Location saved: %1, %2.</source>
        <translation>Location saved: %1, %2.</translation>
    </message>
    <message>
        <source>Tap again to exit Camino</source>
        <translation>Tap again to exit Camino</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>StartOverQuestion</name>
    <message>
        <source>Start over? Your answers will be cleared.</source>
        <translation>Start over? Your answers will be cleared.</translation>
    </message>
    <message>
        <source>Yes, start over</source>
        <translation>Yes, start over</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Keep going</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>To protect your privacy, your answers will be erased.</source>
        <translation>To protect your privacy, your answers will be erased.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>I am still here</translation>
    </message>
</context>
<context>
    <name>ZipScreen</name>
    <message>
        <source>Near this kiosk</source>
        <translation>Near this kiosk</translation>
    </message>
    <message>
        <source>Another ZIP code</source>
        <translation>Another ZIP code</translation>
    </message>
    <message>
        <source>Type the 5 digits of the ZIP code:</source>
        <translation>Type the 5 digits of the ZIP code:</translation>
    </message>
    <message>
        <source>ZIP code: %1</source>
        <translation>ZIP code: %1</translation>
    </message>
</context>
</TS>
