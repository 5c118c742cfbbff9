<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome — touch to start</source>
        <translation>Bienvenido — toque para empezar</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Toque para empezar</translation>
    </message>
    <message>
        <source>Find the services that help your business, step by step, in your language.</source>
        <translation>Encuentre los servicios que ayudan a su negocio, paso a paso, en su idioma.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Camino — front desk</source>
        <translation>Camino — recepción</translation>
    </message>
    <message>
        <source>Visitor&apos;s &amp;language:</source>
        <translation>&amp;Idioma del visitante:</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Printout preview</source>
        <translation>Vista previa de la impresión</translation>
    </message>
    <message>
        <source>&amp;Bilingual (with English)</source>
        <translation>&amp;Bilingüe (con inglés)</translation>
    </message>
    <message>
        <source>&amp;Print  (Ctrl+P)</source>
        <translation>&amp;Imprimir  (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Reset  (Ctrl+R)</source>
        <translation>&amp;Reiniciar  (Ctrl+R)</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>C&amp;opias:</translation>
    </message>
    <message>
        <source>Prin&amp;ter:</source>
        <translation>Impre&amp;sora:</translation>
    </message>
    <message>
        <source>Choose at least one need (question 1) to see the pathway.</source>
        <translation>Elija al menos una necesidad (pregunta 1) para ver la ruta.</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>No se pudo crear la vista previa: %1</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Impresora predeterminada</translation>
    </message>
    <message>
        <source>Nothing to print yet: choose at least one need.</source>
        <translation>Aún no hay nada que imprimir: elija al menos una necesidad.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Ready for the next visitor.</source>
        <translation>Listo para el siguiente visitante.</translation>
    </message>
</context>
<context>
    <name>FinishScreen</name>
    <message>
        <source>Take your pathway with you</source>
        <translation>Lleve su ruta con usted</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Take it on your phone</source>
        <translation>Llévela en su teléfono</translation>
    </message>
    <message>
        <source>Show the QR code instead</source>
        <translation>Mostrar el código QR</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code.</source>
        <translation>Apunte la cámara de su teléfono al código.</translation>
    </message>
    <message>
        <source>Did you find what you need?</source>
        <translation>¿Encontró lo que necesita?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>What was missing?</source>
        <translation>¿Qué le faltó?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>Printing… please wait.</source>
        <translation>Imprimiendo… espere, por favor.</translation>
    </message>
    <message>
        <source>Printed. Please take your pages from the printer.</source>
        <translation>Listo. Tome sus hojas de la impresora.</translation>
    </message>
    <message>
        <source>Sorry, the printer is not working right now. You can take your pathway on your phone instead.</source>
        <translation>Lo sentimos, la impresora no funciona ahora. Puede llevar su ruta en su teléfono.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>SSN: Social Security number, the U.S. government&apos;s number for a person who may work in the U.S.</source>
        <translation>SSN: número de Seguro Social, el número que da el gobierno de EE. UU. a quien puede trabajar en EE. UU.</translation>
    </message>
    <message>
        <source>ITIN: a tax number from the IRS for people who cannot get an SSN. It is free.</source>
        <translation>ITIN: un número de impuestos del IRS para personas que no pueden tener SSN. Es gratis.</translation>
    </message>
    <message>
        <source>EIN: your business&apos;s tax number from the IRS. It is free.</source>
        <translation>EIN: el número de impuestos de su negocio, del IRS. Es gratis.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Delete last digit</source>
        <translation>Borrar el último número</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>Borrar todos los números</translation>
    </message>
</context>
<context>
    <name>OptionButton</name>
    <message>
        <source>chosen</source>
        <translation>elegido</translation>
    </message>
</context>
<context>
    <name>PathwayScreen</name>
    <message>
        <source>Your pathway</source>
        <translation>Su ruta</translation>
    </message>
    <message>
        <source>Do these steps in order. Tap a step to see who can help, best match first.</source>
        <translation>Siga estos pasos en orden. Toque un paso para ver quién puede ayudarle; el más adecuado va primero.</translation>
    </message>
    <message>
        <source>We did not find a service for: %1</source>
        <translation>No encontramos un servicio para: %1</translation>
    </message>
    <message>
        <source>We did not find a service for your answers</source>
        <translation>No encontramos un servicio para sus respuestas</translation>
    </message>
    <message>
        <source>These people can help you find one. Call them or visit:</source>
        <translation>Estas personas pueden ayudarle a encontrar uno. Llame o visítelos:</translation>
    </message>
    <message>
        <source>Not sure? Talk to a person</source>
        <translation>¿No está seguro? Hable con una persona</translation>
    </message>
    <message>
        <source>These people can point you to the right place. Call them or visit:</source>
        <translation>Estas personas pueden indicarle a dónde ir. Llámelas o visítelas:</translation>
    </message>
    <message>
        <source>Someone to call who can point you to the right place.</source>
        <translation>Alguien a quien llamar que puede indicarle a dónde ir.</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>en inglés</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Todos los pasos</translation>
    </message>
    <message>
        <source>Why this step: %1</source>
        <translation>Por qué este paso: %1</translation>
    </message>
    <message>
        <source>Take it with you</source>
        <translation>Llévela con usted</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Open in maps</source>
        <translation>Abrir en mapas</translation>
    </message>
    <message>
        <source>Opening your pathway…</source>
        <translation>Abriendo su ruta…</translation>
    </message>
    <message>
        <source>This link holds no pathway. These people can help you find one.</source>
        <translation>Este enlace no contiene una ruta. Estas personas pueden ayudarle a encontrar una.</translation>
    </message>
    <message>
        <source>The directory has been updated since the kiosk made this code. These are today&apos;s services for your steps.</source>
        <translation>El directorio se actualizó después de que el quiosco hizo este código. Estos son los servicios de hoy para sus pasos.</translation>
    </message>
    <message>
        <source>This service is no longer in the directory.</source>
        <translation>Este servicio ya no está en el directorio.</translation>
    </message>
    <message>
        <source>Your pathway is stored only in this link, on your phone. Nothing about you was sent to this website.</source>
        <translation>Su ruta se guarda solo en este enlace, en su teléfono. No se envió nada sobre usted a este sitio web.</translation>
    </message>
    <message>
        <source>This page could not load its directory. Connect to the internet and open the link again.</source>
        <translation>Esta página no pudo cargar su directorio. Conéctese a internet y abra el enlace otra vez.</translation>
    </message>
    <message>
        <source>Not shown here: {steps} steps, {services} services. Print the pathway to see them all.</source>
        <translation>No se muestra aquí: {steps} pasos, {services} servicios. Imprima la ruta para verlos todos.</translation>
    </message>
    <message>
        <source>Skip to your pathway</source>
        <translation>Ir a su ruta</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>Enter the staff PIN (4 to 8 digits).</source>
        <translation>Escriba el PIN del personal (4 a 8 números).</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more tries before staff entry locks.</source>
        <translation>
            <numerusform>PIN incorrecto. Queda %n intento antes del bloqueo.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos antes del bloqueo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Staff entry is locked; try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. La entrada está bloqueada; inténtelo en %n minuto.</numerusform>
            <numerusform>Demasiados PIN incorrectos. La entrada está bloqueada; inténtelo en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff entry locked</source>
        <translation>Entrada del personal bloqueada</translation>
    </message>
    <message>
        <source>No staff PIN is set</source>
        <translation>No hay PIN del personal</translation>
    </message>
    <message>
        <source>Staff mode stays closed until a PIN is set. On this computer, run:
kiosk set-pin</source>
        <translation>El modo del personal sigue cerrado hasta que se ponga un PIN. En esta computadora, ejecute:
kiosk set-pin</translation>
    </message>
    <message>
        <source>Staff entry is not possible</source>
        <translation>No se puede entrar como personal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>%1 digits entered</source>
        <translation>%1 números escritos</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>See step {n}</source>
        <translation>Vea el paso {n}</translation>
    </message>
    <message>
        <source>Your business pathway</source>
        <translation>Su ruta para su negocio</translation>
    </message>
    <message>
        <source>Printed at {place} on {date}</source>
        <translation>Impreso en {place} el {date}</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>Paso {n}</translation>
    </message>
    <message>
        <source>Why this step</source>
        <translation>Por qué este paso</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Quién puede ayudarle</translation>
    </message>
    <message>
        <source>No service in this directory matches this step yet. Ask 311 or the Office of Immigrant and Refugee Affairs.</source>
        <translation>Todavía no hay ningún servicio en este directorio para este paso. Pregunte al 311 o a la Oficina de Asuntos de Inmigrantes y Refugiados.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Idiomas que hablan</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Accepts ITIN (no Social Security number needed)</source>
        <translation>Acepta ITIN (no necesita número de Seguro Social)</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documentos que debe traer</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Cómo solicitar</translation>
    </message>
    <message>
        <source>Information last checked on {date}</source>
        <translation>Información revisada por última vez el {date}</translation>
    </message>
    <message>
        <source>Information not yet verified</source>
        <translation>Información aún no verificada</translation>
    </message>
    <message>
        <source>May be out of date: call first</source>
        <translation>Puede estar desactualizada: llame antes de ir</translation>
    </message>
    <message>
        <source>(in English)</source>
        <translation>(en inglés)</translation>
    </message>
    <message>
        <source>Needs this directory has no service for yet</source>
        <translation>Necesidades que este directorio aún no cubre</translation>
    </message>
    <message>
        <source>Need a person to help?</source>
        <translation>¿Necesita que una persona le ayude?</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
    <message>
        <source>Scan for the website</source>
        <translation>Escanee para ver el sitio web</translation>
    </message>
    <message>
        <source>Scan to open this pathway on your phone</source>
        <translation>Escanee para abrir esta ruta en su teléfono</translation>
    </message>
</context>
<context>
    <name>ProgressIndicator</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source> (optional)</source>
        <translation> (opcional)</translation>
    </message>
    <message>
        <source>ZIP code (empty: near here)</source>
        <translation>Código postal (vacío: cerca de aquí)</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <source>Choose all that apply.</source>
        <translation>Elija todas las que correspondan.</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>Elija una.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Option {n}</source>
        <translation>Opción {n}</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>elegida</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>no elegida</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>Paso {n}</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Más bajo</translation>
    </message>
    <message>
        <source>To hear everything on the screen read aloud, touch Listen at the top, or press any key.</source>
        <translation>Para escuchar en voz alta todo lo que hay en la pantalla, toque Escuchar arriba o pulse cualquier tecla.</translation>
    </message>
    <message>
        <source>Reading aloud is on. Use the arrow keys to move, Enter to choose, and 0 to hear it again.</source>
        <translation>La lectura en voz alta está activada. Use las flechas para moverse, Enter para elegir y 0 para volver a escuchar.</translation>
    </message>
    <message>
        <source>Volume {n}</source>
        <translation>Volumen {n}</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check your answers</source>
        <translation>Revise sus respuestas</translation>
    </message>
    <message>
        <source>Tap an answer to change it.</source>
        <translation>Toque una respuesta para cambiarla.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Near this kiosk</source>
        <translation>Cerca de este quiosco</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Show my pathway</source>
        <translation>Ver mi ruta</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>ServiceCardWidget</name>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Idiomas que hablan</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Accepts ITIN</source>
        <translation>Acepta ITIN</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documentos que debe traer</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Comprobado el</translation>
    </message>
    <message>
        <source>May be out of date: call first</source>
        <translation>Puede estar desactualizado: llame antes de ir</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>en inglés</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llame</translation>
    </message>
    <message>
        <source>Walk in</source>
        <translation>Vaya en persona</translation>
    </message>
    <message>
        <source>Online only</source>
        <translation>Solo en internet</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Cómo solicitar</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Quién puede usarlo</translation>
    </message>
    <message>
        <source>Speaks your language</source>
        <translation>Habla su idioma</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Near you</source>
        <translation>Cerca de usted</translation>
    </message>
    <message>
        <source>not yet verified</source>
        <translation>aún no verificado</translation>
    </message>
</context>
<context>
    <name>SorryOverlay</name>
    <message>
        <source>Sorry, something went wrong.</source>
        <translation>Lo sentimos, algo salió mal.</translation>
    </message>
    <message>
        <source>Starting again. Your answers have been erased.</source>
        <translation>Empezamos de nuevo. Sus respuestas se borraron.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff mode</source>
        <translation>Modo del personal</translation>
    </message>
    <message numerus="yes">
        <source>Closes by itself after %n minute(s) without a touch.</source>
        <translation>
            <numerusform>Se cierra solo tras %n minuto sin tocarlo.</numerusform>
            <numerusform>Se cierra solo tras %n minutos sin tocarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close staff mode</source>
        <translation>Cerrar modo del personal</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <source>Reprint the last pathway</source>
        <translation>Reimprimir la última ruta</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Bilingual printouts (visitor&apos;s language and English)</source>
        <translation>Impresiones bilingües (idioma del visitante e inglés)</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copias</translation>
    </message>
    <message>
        <source>Fewer copies</source>
        <translation>Menos copias</translation>
    </message>
    <message>
        <source>More copies</source>
        <translation>Más copias</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Check printers</source>
        <translation>Revisar impresoras</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Imprimir página de prueba</translation>
    </message>
    <message>
        <source>Directory and sync</source>
        <translation>Directorio y sincronización</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>This kiosk&apos;s location</source>
        <translation>Ubicación de este quiosco</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Nombre del lugar</translation>
    </message>
    <message>
        <source>ZIP code (sets where &quot;near this kiosk&quot; is measured from)</source>
        <translation>Código postal (desde donde se mide «cerca de este quiosco»)</translation>
    </message>
    <message>
        <source>Save location</source>
        <translation>Guardar ubicación</translation>
    </message>
    <message>
        <source>End the application</source>
        <translation>Cerrar la aplicación</translation>
    </message>
    <message>
        <source>Stops Camino on this kiosk until it is started again.</source>
        <translation>Detiene Camino en este quiosco hasta que se vuelva a iniciar.</translation>
    </message>
    <message>
        <source>Exit Camino</source>
        <translation>Salir de Camino</translation>
    </message>
    <message>
        <source>The last print failed: %1</source>
        <translation>La última impresión falló: %1</translation>
    </message>
    <message>
        <source>Nothing to reprint. A printout is kept for 10 minutes and forgotten when the kiosk resets.</source>
        <translation>No hay nada que reimprimir. Una impresión se guarda 10 minutos y se borra cuando el quiosco se reinicia.</translation>
    </message>
    <message numerus="yes">
        <source>The last printout: %n step(s), in %1.</source>
        <translation>
            <numerusform>La última impresión: %n paso, en %1.</numerusform>
            <numerusform>La última impresión: %n pasos, en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printout was forgotten (more than 10 minutes ago).</source>
        <translation>La impresión se borró (hace más de 10 minutos).</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation>%1 copias</translation>
    </message>
    <message>
        <source>Bilingual printouts on.</source>
        <translation>Impresiones bilingües activadas.</translation>
    </message>
    <message>
        <source>Bilingual printouts off.</source>
        <translation>Impresiones bilingües desactivadas.</translation>
    </message>
    <message>
        <source>Asking the printers…</source>
        <translation>Consultando las impresoras…</translation>
    </message>
    <message>
        <source>The computer&apos;s default printer</source>
        <translation>La impresora predeterminada de la computadora</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (predeterminada)</translation>
    </message>
    <message>
        <source>Printer saved.</source>
        <translation>Impresora guardada.</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>Imprimiendo página de prueba…</translation>
    </message>
    <message>
        <source>No sync source is set (sync.url in the config).</source>
        <translation>No hay fuente de sincronización (sync.url en la configuración).</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>%1 (kept as set)</source>
        <translation>%1 (se mantiene)</translation>
    </message>
    <message>
        <source>Latitude %1, longitude %2</source>
        <translation>Latitud %1, longitud %2</translation>
    </message>
    <message>
        <source>Give the place a name, e.g. the library&apos;s.</source>
        <translation>Ponga un nombre al lugar, por ejemplo el de la biblioteca.</translation>
    </message>
    <message>
        <source>Location saved: %1, %2.</source>
        <translation>Ubicación guardada: %1, %2.</translation>
    </message>
    <message>
        <source>Tap again to exit Camino</source>
        <translation>Toque otra vez para salir de Camino</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>StartOverQuestion</name>
    <message>
        <source>Start over? Your answers will be cleared.</source>
        <translation>¿Empezar de nuevo? Sus respuestas se borrarán.</translation>
    </message>
    <message>
        <source>Yes, start over</source>
        <translation>Sí, empezar de nuevo</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>To protect your privacy, your answers will be erased.</source>
        <translation>Para proteger su privacidad, se borrarán sus respuestas.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Sigo aquí</translation>
    </message>
</context>
<context>
    <name>ZipScreen</name>
    <message>
        <source>Near this kiosk</source>
        <translation>Cerca de este quiosco</translation>
    </message>
    <message>
        <source>Another ZIP code</source>
        <translation>Otro código postal</translation>
    </message>
    <message>
        <source>Type the 5 digits of the ZIP code:</source>
        <translation>Escriba los 5 números del código postal:</translation>
    </message>
    <message>
        <source>ZIP code: %1</source>
        <translation>Código postal: %1</translation>
    </message>
</context>
</TS>
