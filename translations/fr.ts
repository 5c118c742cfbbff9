<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome — touch to start</source>
        <translation>Bienvenue — touchez pour commencer</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Touchez pour commencer</translation>
    </message>
    <message>
        <source>Find the services that help your business, step by step, in your language.</source>
        <translation>Trouvez les services qui aident votre entreprise, étape par étape, dans votre langue.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Camino — front desk</source>
        <translation>Camino — accueil</translation>
    </message>
    <message>
        <source>Visitor&apos;s &amp;language:</source>
        <translation>&amp;Langue du visiteur :</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Printout preview</source>
        <translation>Aperçu de l&apos;impression</translation>
    </message>
    <message>
        <source>&amp;Bilingual (with English)</source>
        <translation>&amp;Bilingue (avec l&apos;anglais)</translation>
    </message>
    <message>
        <source>&amp;Print  (Ctrl+P)</source>
        <translation>&amp;Imprimer  (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Reset  (Ctrl+R)</source>
        <translation>&amp;Réinitialiser  (Ctrl+R)</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>C&amp;opies :</translation>
    </message>
    <message>
        <source>Prin&amp;ter:</source>
        <translation>Impriman&amp;te :</translation>
    </message>
    <message>
        <source>Choose at least one need (question 1) to see the pathway.</source>
        <translation>Choisissez au moins un besoin (question 1) pour voir le parcours.</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>L&apos;aperçu n&apos;a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Imprimante par défaut</translation>
    </message>
    <message>
        <source>Nothing to print yet: choose at least one need.</source>
        <translation>Rien à imprimer pour l&apos;instant : choisissez au moins un besoin.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Ready for the next visitor.</source>
        <translation>Prêt pour le visiteur suivant.</translation>
    </message>
</context>
<context>
    <name>FinishScreen</name>
    <message>
        <source>Take your pathway with you</source>
        <translation>Emportez votre parcours</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Take it on your phone</source>
        <translation>Sur votre téléphone</translation>
    </message>
    <message>
        <source>Show the QR code instead</source>
        <translation>Afficher le code QR</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code.</source>
        <translation>Dirigez l&apos;appareil photo de votre téléphone vers le code.</translation>
    </message>
    <message>
        <source>Did you find what you need?</source>
        <translation>Avez-vous trouvé ce qu&apos;il vous faut ?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>What was missing?</source>
        <translation>Que manquait-il ?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message>
        <source>Printing… please wait.</source>
        <translation>Impression… veuillez patienter.</translation>
    </message>
    <message>
        <source>Printed. Please take your pages from the printer.</source>
        <translation>C&apos;est imprimé. Prenez vos feuilles dans l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Sorry, the printer is not working right now. You can take your pathway on your phone instead.</source>
        <translation>Désolé, l&apos;imprimante ne fonctionne pas pour le moment. Vous pouvez emporter votre parcours sur votre téléphone.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>SSN: Social Security number, the U.S. government&apos;s number for a person who may work in the U.S.</source>
        <translation>SSN : numéro de sécurité sociale, donné par le gouvernement des États-Unis aux personnes qui peuvent y travailler.</translation>
    </message>
    <message>
        <source>ITIN: a tax number from the IRS for people who cannot get an SSN. It is free.</source>
        <translation>ITIN : un numéro fiscal de l&apos;IRS pour les personnes qui ne peuvent pas avoir de SSN. Il est gratuit.</translation>
    </message>
    <message>
        <source>EIN: your business&apos;s tax number from the IRS. It is free.</source>
        <translation>EIN : le numéro fiscal de votre entreprise, donné par l&apos;IRS. Il est gratuit.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Delete last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>Effacer tous les chiffres</translation>
    </message>
</context>
<context>
    <name>OptionButton</name>
    <message>
        <source>chosen</source>
        <translation>choisi</translation>
    </message>
</context>
<context>
    <name>PathwayScreen</name>
    <message>
        <source>Your pathway</source>
        <translation>Votre parcours</translation>
    </message>
    <message>
        <source>Do these steps in order. Tap a step to see who can help, best match first.</source>
        <translation>Suivez ces étapes dans l&apos;ordre. Touchez une étape pour voir qui peut vous aider, le plus adapté en premier.</translation>
    </message>
    <message>
        <source>We did not find a service for: %1</source>
        <translation>Nous n&apos;avons pas trouvé de service pour : %1</translation>
    </message>
    <message>
        <source>We did not find a service for your answers</source>
        <translation>Nous n&apos;avons pas trouvé de service pour vos réponses</translation>
    </message>
    <message>
        <source>These people can help you find one. Call them or visit:</source>
        <translation>Ces personnes peuvent vous aider à en trouver un. Appelez-les ou allez les voir :</translation>
    </message>
    <message>
        <source>Not sure? Talk to a person</source>
        <translation>Pas sûr ? Parlez à quelqu&apos;un</translation>
    </message>
    <message>
        <source>These people can point you to the right place. Call them or visit:</source>
        <translation>Ces personnes peuvent vous orienter au bon endroit. Appelez-les ou allez les voir :</translation>
    </message>
    <message>
        <source>Someone to call who can point you to the right place.</source>
        <translation>Quelqu&apos;un à appeler pour vous orienter au bon endroit.</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>en anglais</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Why this step: %1</source>
        <translation>Pourquoi cette étape : %1</translation>
    </message>
    <message>
        <source>Take it with you</source>
        <translation>Emporter</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Open in maps</source>
        <translation>Ouvrir dans les cartes</translation>
    </message>
    <message>
        <source>Opening your pathway…</source>
        <translation>Ouverture de votre parcours…</translation>
    </message>
    <message>
        <source>This link holds no pathway. These people can help you find one.</source>
        <translation>Ce lien ne contient pas de parcours. Ces personnes peuvent vous aider à en trouver un.</translation>
    </message>
    <message>
        <source>The directory has been updated since the kiosk made this code. These are today&apos;s services for your steps.</source>
        <translation>Le répertoire a été mis à jour depuis que la borne a créé ce code. Voici les services d&apos;aujourd&apos;hui pour vos étapes.</translation>
    </message>
    <message>
        <source>This service is no longer in the directory.</source>
        <translation>Ce service n&apos;est plus dans le répertoire.</translation>
    </message>
    <message>
        <source>Your pathway is stored only in this link, on your phone. Nothing about you was sent to this website.</source>
        <translation>Votre parcours est enregistré uniquement dans ce lien, sur votre téléphone. Rien sur vous n&apos;a été envoyé à ce site.</translation>
    </message>
    <message>
        <source>This page could not load its directory. Connect to the internet and open the link again.</source>
        <translation>Cette page n&apos;a pas pu charger son répertoire. Connectez-vous à internet et ouvrez le lien à nouveau.</translation>
    </message>
    <message>
        <source>Not shown here: {steps} steps, {services} services. Print the pathway to see them all.</source>
        <translation>Non affiché ici : {steps} étapes, {services} services. Imprimez le parcours pour tout voir.</translation>
    </message>
    <message>
        <source>Skip to your pathway</source>
        <translation>Aller à votre parcours</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>Code PIN du personnel</translation>
    </message>
    <message>
        <source>Enter the staff PIN (4 to 8 digits).</source>
        <translation>Saisissez le code PIN du personnel (4 à 8 chiffres).</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more tries before staff entry locks.</source>
        <translation>
            <numerusform>Code PIN erroné. Encore %n essai avant le blocage.</numerusform>
            <numerusform>Code PIN erroné. Encore %n essais avant le blocage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Staff entry is locked; try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de codes PIN erronés. L&apos;accès est bloqué ; réessayez dans %n minute.</numerusform>
            <numerusform>Trop de codes PIN erronés. L&apos;accès est bloqué ; réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff entry locked</source>
        <translation>Accès du personnel bloqué</translation>
    </message>
    <message>
        <source>No staff PIN is set</source>
        <translation>Aucun code PIN du personnel</translation>
    </message>
    <message>
        <source>Staff mode stays closed until a PIN is set. On this computer, run:
kiosk set-pin</source>
        <translation>Le mode personnel reste fermé tant qu&apos;aucun code PIN n&apos;est défini. Sur cet ordinateur, lancez :
kiosk set-pin</translation>
    </message>
    <message>
        <source>Staff entry is not possible</source>
        <translation>Accès du personnel impossible</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrer</translation>
    </message>
    <message>
        <source>%1 digits entered</source>
        <translation>%1 chiffres saisis</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>See step {n}</source>
        <translation>Voir l&apos;étape {n}</translation>
    </message>
    <message>
        <source>Your business pathway</source>
        <translation>Votre parcours d&apos;entreprise</translation>
    </message>
    <message>
        <source>Printed at {place} on {date}</source>
        <translation>Imprimé à {place} le {date}</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>Étape {n}</translation>
    </message>
    <message>
        <source>Why this step</source>
        <translation>Pourquoi cette étape</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Qui peut vous aider</translation>
    </message>
    <message>
        <source>No service in this directory matches this step yet. Ask 311 or the Office of Immigrant and Refugee Affairs.</source>
        <translation>Aucun service de ce répertoire ne correspond encore à cette étape. Demandez au 311 ou au Bureau des affaires des immigrants et des réfugiés.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Accepts ITIN (no Social Security number needed)</source>
        <translation>Accepte l&apos;ITIN (pas besoin de numéro de sécurité sociale)</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documents à apporter</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Comment faire la demande</translation>
    </message>
    <message>
        <source>Information last checked on {date}</source>
        <translation>Informations vérifiées pour la dernière fois le {date}</translation>
    </message>
    <message>
        <source>Information not yet verified</source>
        <translation>Informations pas encore vérifiées</translation>
    </message>
    <message>
        <source>May be out of date: call first</source>
        <translation>Peut-être plus à jour : appelez d&apos;abord</translation>
    </message>
    <message>
        <source>(in English)</source>
        <translation>(en anglais)</translation>
    </message>
    <message>
        <source>Needs this directory has no service for yet</source>
        <translation>Besoins pour lesquels ce répertoire n&apos;a pas encore de service</translation>
    </message>
    <message>
        <source>Need a person to help?</source>
        <translation>Besoin qu&apos;une personne vous aide ?</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Page {n} sur {total}</translation>
    </message>
    <message>
        <source>Scan for the website</source>
        <translation>Scannez pour ouvrir le site web</translation>
    </message>
    <message>
        <source>Scan to open this pathway on your phone</source>
        <translation>Scannez pour ouvrir ce parcours sur votre téléphone</translation>
    </message>
</context>
<context>
    <name>ProgressIndicator</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source> (optional)</source>
        <translation> (facultatif)</translation>
    </message>
    <message>
        <source>ZIP code (empty: near here)</source>
        <translation>Code postal (vide : près d&apos;ici)</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <source>Choose all that apply.</source>
        <translation>Choisissez toutes les réponses qui conviennent.</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>Choisissez-en une.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Option {n}</source>
        <translation>Choix {n}</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>choisi</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>non choisi</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>Étape {n}</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Plus fort</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Moins fort</translation>
    </message>
    <message>
        <source>To hear everything on the screen read aloud, touch Listen at the top, or press any key.</source>
        <translation>Pour entendre à voix haute tout ce qui est à l&apos;écran, touchez Écouter en haut, ou appuyez sur une touche.</translation>
    </message>
    <message>
        <source>Reading aloud is on. Use the arrow keys to move, Enter to choose, and 0 to hear it again.</source>
        <translation>La lecture à voix haute est activée. Utilisez les flèches pour vous déplacer, Entrée pour choisir, et 0 pour réécouter.</translation>
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
        <translation>Vérifiez vos réponses</translation>
    </message>
    <message>
        <source>Tap an answer to change it.</source>
        <translation>Touchez une réponse pour la changer.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Near this kiosk</source>
        <translation>Près de cette borne</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Show my pathway</source>
        <translation>Voir mon parcours</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>ServiceCardWidget</name>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Accepts ITIN</source>
        <translation>Accepte l&apos;ITIN</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documents à apporter</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>May be out of date: call first</source>
        <translation>Peut-être plus à jour : appelez d&apos;abord</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>en anglais</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Walk in</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Online only</source>
        <translation>En ligne seulement</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Comment faire la demande</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>Speaks your language</source>
        <translation>Parle votre langue</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Near you</source>
        <translation>Près de vous</translation>
    </message>
    <message>
        <source>not yet verified</source>
        <translation>pas encore vérifié</translation>
    </message>
</context>
<context>
    <name>SorryOverlay</name>
    <message>
        <source>Sorry, something went wrong.</source>
        <translation>Désolé, un problème est survenu.</translation>
    </message>
    <message>
        <source>Starting again. Your answers have been erased.</source>
        <translation>On recommence. Vos réponses ont été effacées.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff mode</source>
        <translation>Mode personnel</translation>
    </message>
    <message numerus="yes">
        <source>Closes by itself after %n minute(s) without a touch.</source>
        <translation>
            <numerusform>Se ferme seul après %n minute sans contact.</numerusform>
            <numerusform>Se ferme seul après %n minutes sans contact.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close staff mode</source>
        <translation>Fermer le mode personnel</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <source>Reprint the last pathway</source>
        <translation>Réimprimer le dernier parcours</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Bilingual printouts (visitor&apos;s language and English)</source>
        <translation>Impressions bilingues (langue du visiteur et anglais)</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Fewer copies</source>
        <translation>Moins de copies</translation>
    </message>
    <message>
        <source>More copies</source>
        <translation>Plus de copies</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Check printers</source>
        <translation>Vérifier les imprimantes</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Imprimer une page de test</translation>
    </message>
    <message>
        <source>Directory and sync</source>
        <translation>Répertoire et synchronisation</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>This kiosk&apos;s location</source>
        <translation>Emplacement de cette borne</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Nom du lieu</translation>
    </message>
    <message>
        <source>ZIP code (sets where &quot;near this kiosk&quot; is measured from)</source>
        <translation>Code postal (d&apos;où « près de cette borne » est mesuré)</translation>
    </message>
    <message>
        <source>Save location</source>
        <translation>Enregistrer l&apos;emplacement</translation>
    </message>
    <message>
        <source>End the application</source>
        <translation>Quitter l&apos;application</translation>
    </message>
    <message>
        <source>Stops Camino on this kiosk until it is started again.</source>
        <translation>Arrête Camino sur cette borne jusqu&apos;au prochain démarrage.</translation>
    </message>
    <message>
        <source>Exit Camino</source>
        <translation>Quitter Camino</translation>
    </message>
    <message>
        <source>The last print failed: %1</source>
        <translation>La dernière impression a échoué : %1</translation>
    </message>
    <message>
        <source>Nothing to reprint. A printout is kept for 10 minutes and forgotten when the kiosk resets.</source>
        <translation>Rien à réimprimer. Une impression est gardée 10 minutes et oubliée quand la borne se réinitialise.</translation>
    </message>
    <message numerus="yes">
        <source>The last printout: %n step(s), in %1.</source>
        <translation>
            <numerusform>La dernière impression : %n étape, en %1.</numerusform>
            <numerusform>La dernière impression : %n étapes, en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printout was forgotten (more than 10 minutes ago).</source>
        <translation>L&apos;impression a été oubliée (il y a plus de 10 minutes).</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation>%1 copies</translation>
    </message>
    <message>
        <source>Bilingual printouts on.</source>
        <translation>Impressions bilingues activées.</translation>
    </message>
    <message>
        <source>Bilingual printouts off.</source>
        <translation>Impressions bilingues désactivées.</translation>
    </message>
    <message>
        <source>Asking the printers…</source>
        <translation>Interrogation des imprimantes…</translation>
    </message>
    <message>
        <source>The computer&apos;s default printer</source>
        <translation>L&apos;imprimante par défaut de l&apos;ordinateur</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (par défaut)</translation>
    </message>
    <message>
        <source>Printer saved.</source>
        <translation>Imprimante enregistrée.</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>Impression d&apos;une page de test…</translation>
    </message>
    <message>
        <source>No sync source is set (sync.url in the config).</source>
        <translation>Aucune source de synchronisation (sync.url dans la configuration).</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>%1 (kept as set)</source>
        <translation>%1 (inchangé)</translation>
    </message>
    <message>
        <source>Latitude %1, longitude %2</source>
        <translation>Latitude %1, longitude %2</translation>
    </message>
    <message>
        <source>Give the place a name, e.g. the library&apos;s.</source>
        <translation>Donnez un nom au lieu, par exemple celui de la bibliothèque.</translation>
    </message>
    <message>
        <source>Location saved: %1, %2.</source>
        <translation>Emplacement enregistré : %1, %2.</translation>
    </message>
    <message>
        <source>Tap again to exit Camino</source>
        <translation>Touchez encore pour quitter Camino</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>StartOverQuestion</name>
    <message>
        <source>Start over? Your answers will be cleared.</source>
        <translation>Recommencer ? Vos réponses seront effacées.</translation>
    </message>
    <message>
        <source>Yes, start over</source>
        <translation>Oui, recommencer</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là ?</translation>
    </message>
    <message>
        <source>To protect your privacy, your answers will be erased.</source>
        <translation>Pour protéger votre vie privée, vos réponses seront effacées.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Je suis encore là</translation>
    </message>
</context>
<context>
    <name>ZipScreen</name>
    <message>
        <source>Near this kiosk</source>
        <translation>Près de cette borne</translation>
    </message>
    <message>
        <source>Another ZIP code</source>
        <translation>Un autre code postal</translation>
    </message>
    <message>
        <source>Type the 5 digits of the ZIP code:</source>
        <translation>Tapez les 5 chiffres du code postal :</translation>
    </message>
    <message>
        <source>ZIP code: %1</source>
        <translation>Code postal : %1</translation>
    </message>
</context>
</TS>
