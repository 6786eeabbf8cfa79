# Texto de la interfaz de caucus: español. Traducido de en.ftl, la fuente.
# Sintaxis de Project Fluent (https://projectfluent.org/). Este catálogo
# tiene exactamente los mismos identificadores de mensaje y atributos que
# en.ftl (una prueba lo comprueba). Deja los { $placeholders } tal cual y
# mantén las pocas etiquetas HTML (<strong>, <code>) en torno a las mismas
# palabras; traduce el texto que las rodea. Las órdenes como caucus receipt
# se quedan como están.

## Todas las páginas

skip-to-content = Saltar al contenido
footer-privacy = Qué registra este sitio sobre ti y qué no
language-switcher = Idioma

## Página de inicio

home-title = caucus
home-intro = Este sitio aloja encuestas anónimas y declaraciones colectivas organizadas por colegas. Si alguien te dio un enlace de invitación o un código impreso, abre el enlace o escanea el código para responder o firmar.
home-sealed = Tus respuestas quedan selladas en cuanto llegan, para que solo los organizadores puedan abrirlas, y los resultados solo se muestran para grupos lo bastante grandes como para que no se pueda identificar a nadie.
home-privacy-link = Lee exactamente qué se registra y qué no.

## El formulario de la encuesta

survey-errors-title = Revisa tus respuestas
survey-errors-heading =
    { $count ->
        [one] Revisa { $count } respuesta
       *[other] Revisa { $count } respuestas
    }
survey-error-item = { $question }: { $problem }
page-title-with-problem = { $problem }: { $title }
survey-length =
    { $count ->
        [one] { $count } pregunta.
       *[other] { $count } preguntas.
    }
survey-length-required =
    { $count ->
        [one] { $count } pregunta, { $required } de respuesta obligatoria.
       *[other] { $count } preguntas, { $required } de respuesta obligatoria.
    }
survey-min-group = Los resultados solo se muestran para grupos de al menos { $min_group } personas.
survey-privacy-link = Qué se registra cuando respondes
survey-invite-by-message = ¿Te llegó esta invitación por correo electrónico o por mensaje? Entonces quien la envió sabe que es tuya.
survey-trade-for-ticket = Cámbiala primero por un ticket anónimo y responde más tarde con ese ticket.
survey-ticket-label = Tu ticket anónimo
survey-required = (obligatoria)
survey-optional = (opcional)
survey-number-label = Un número entero del { $min } al { $max }
survey-send = Enviar mis respuestas
option-prefer-not-to-say = Prefiero no decirlo
likert-1 = Totalmente en desacuerdo
likert-2 = En desacuerdo
likert-3 = Ni de acuerdo ni en desacuerdo
likert-4 = De acuerdo
likert-5 = Totalmente de acuerdo

## Escribir un código de invitación corto

code-intro = Para responder, escribe el código de invitación que te dieron, por ejemplo <code>{ $example }</code>. Da igual si usas mayúsculas o minúsculas, y si pones los guiones o no; la I y la L cuentan como 1, y la O como 0. Cada código sirve una sola vez.
code-label = Código de invitación
code-open = Abrir la encuesta
code-ticket-heading = O responde con un ticket anónimo
code-ticket-intro = Si cambiaste tu invitación por un ticket anónimo (con <code>caucus ticket get</code>), puedes responder con él: el servidor no puede saber de qué invitación viene un ticket.
code-ticket-link = Responder con el ticket
code-ticket-key = La clave de tickets de esta encuesta es <code>{ $key }</code>: debería coincidir con la que aparece en tu hoja de invitación.

## Después de responder

thanks-page-title = Gracias
thanks-heading = Gracias: tus respuestas han llegado
thanks-stored = Tus respuestas a <strong>{ $title }</strong> se sellaron y se guardaron de forma segura. Tu invitación ya no se puede volver a usar.
thanks-before-closing = Antes de cerrar esta página
thanks-clear-history = <strong>Borra este sitio del historial de tu navegador</strong>, para que el enlace de invitación y esta página no queden en el dispositivo.
thanks-destroy-slip = <strong>Destruye el papel</strong> en el que venía tu invitación, o borra el mensaje en el que te llegó.
thanks-personal-device = Si respondiste desde un dispositivo del trabajo o en la red de la oficina, puede que tu empresa haya visto la visita, pero no tus respuestas. La próxima vez, usa tu propio teléfono o computadora y tu propia conexión.
thanks-receipt-heading = Tu recibo (opcional)
thanks-receipt-intro = Este recibo demuestra que tus respuestas selladas están en la urna. No dice qué respondiste, pero sí te vincula con tus respuestas selladas. Así que guárdalo en privado, o no lo guardes: no lo necesitas para nada más.
thanks-receipt-sealed = Respuestas selladas (SHA-256)
thanks-receipt-key = Firmado con la clave del servidor
thanks-receipt-signature = Firma
thanks-receipt-file = El recibo como archivo (cópialo y guárdalo como receipt.json)
thanks-check-intro = Para comprobarlo más adelante, con la herramienta gratuita <code>caucus</code>:
thanks-check-explained = Eso confirma que este sitio lo firmó. Solo los organizadores pueden mirar dentro de la urna: si quieres que confirmen que tu respuesta está ahí, dales el recibo (nunca tu invitación), y ellos ejecutan la misma orden con <code>--key</code> cuando la encuesta haya cerrado.
thanks-close = Ya puedes cerrar esta página.

## La página de una declaración y sus formularios de firma. { $about } en
## los mensajes de error de abajo es survey, statement o neither.

statement-errors-title = Revisa tu firma
statement-signatures = Firmas
statement-count =
    { $count ->
        [one] Ha firmado <strong>{ $count }</strong> persona:
       *[other] Han firmado <strong>{ $count }</strong> personas:
    }
statement-count-kinds = { $named } con su nombre y { $anonymous } de forma anónima, cada una respaldada por una invitación.
statement-count-kinds-unverified =
    { $unverified ->
        [one] { $named } con su nombre y { $anonymous } de forma anónima, cada una respaldada por una invitación, y { $unverified } apoyo externo con su nombre.
       *[other] { $named } con su nombre y { $anonymous } de forma anónima, cada una respaldada por una invitación, y { $unverified } apoyos externos con su nombre.
    }
statement-count-withdrawn =
    { $count ->
        [one] { $count } persona retiró su firma.
       *[other] { $count } personas retiraron su firma.
    }
statement-count-struck =
    { $count ->
        [one] Los organizadores tacharon { $count } nombre por ser falso, y no se cuenta.
       *[other] Los organizadores tacharon { $count } nombres por ser falsos, y no se cuentan.
    }
statement-names-unchecked = Nadie comprueba los nombres con la identidad de nadie: quien tenga una invitación puede firmar con cualquier nombre. Los organizadores tachan un nombre cuando se demuestra que es falso; cada tachadura es una entrada pública del registro de abajo, firmada por quien publicó esta declaración.
statement-awaiting-reveal =
    { $reveal_at ->
        [one] <strong>Se ha alcanzado el umbral:</strong> { $reveal_at } persona ha firmado con una invitación. Los nombres están sellados a la espera de los organizadores, que los publicarán todos a la vez.
       *[other] <strong>Se ha alcanzado el umbral:</strong> { $reveal_at } personas han firmado con una invitación. Los nombres están sellados a la espera de los organizadores, que los publicarán todos a la vez.
    }
statement-sealed-until =
    { $reveal_at ->
        [one] Los nombres siguen sellados hasta que { $reveal_at } persona firme con una invitación (de momento, { $so_far }). Entonces los organizadores los publican todos a la vez, para que nadie quede solo.
       *[other] Los nombres siguen sellados hasta que { $reveal_at } personas firmen con una invitación (de momento, { $so_far }). Entonces los organizadores los publican todos a la vez, para que nadie quede solo.
    }
statement-closed-heading = Ya no se puede firmar
statement-closed = Las firmas se cerraron al terminar el día { $closes } (UTC). El recuento de arriba y el registro de abajo son definitivos.
statement-trade-for-ticket = Cámbiala primero por un ticket anónimo y firma más tarde con el ticket.
statement-errors-heading =
    { $count ->
        [one] No se ha recogido tu firma: revisa esto
       *[other] No se ha recogido tu firma: revisa estas { $count } cosas
    }
statement-sign-named = Firmar con mi nombre
statement-named-awaiting = Tu nombre, tu puesto y tu comentario se sellan en cuanto los envías, como todos los nombres anteriores; ya han firmado suficientes personas, y los organizadores publicarán todos los nombres a la vez, también el tuyo. Después, los nombres aparecen en cuanto se firman.
statement-named-sealed =
    { $reveal_at ->
        [one] Tu nombre, tu puesto y tu comentario se sellan en cuanto los envías, para que nadie, ni siquiera los organizadores, pueda leerlos hasta que { $reveal_at } persona haya firmado con una invitación (de momento, { $so_far }); entonces los organizadores publican todos los nombres a la vez, y los que se firmen después aparecen enseguida.
       *[other] Tu nombre, tu puesto y tu comentario se sellan en cuanto los envías, para que nadie, ni siquiera los organizadores, pueda leerlos hasta que { $reveal_at } personas hayan firmado con una invitación (de momento, { $so_far }); entonces los organizadores publican todos los nombres a la vez, y los que se firmen después aparecen enseguida.
    }
statement-named-revealed = Ya están las { $reveal_at } firmas con invitación que esperaba esta declaración y los nombres se han publicado, así que tu nombre, tu puesto y tu comentario aparecerán en esta página en cuanto firmes, a la vista de todo el mundo.
statement-named-public = Tu nombre, tu puesto y tu comentario aparecerán en esta página en cuanto firmes, a la vista de todo el mundo.
statement-named-withdraw = Más adelante puedes retirar tu firma con el secreto que recibirás; entonces se borra tu nombre.
statement-name = Tu nombre
statement-role = Puesto o equipo (opcional)
statement-comment = Comentario (opcional)
statement-invite-optional = Código de invitación (opcional: sin él cuentas como apoyo externo)
statement-sign-anon = Firmar de forma anónima
statement-anon-intro = Se te cuenta, con tu invitación como respaldo, y no se guarda ningún nombre.
statement-ticket-intro = ¿Cambiaste tu invitación por un ticket anónimo (con <code>caucus ticket get</code>)? Firma con él aquí; el servidor no puede saber de qué invitación salió.
statement-ticket-link = Firmar con el ticket
statement-ticket-key = La clave de tickets de esta declaración es <code>{ $key }</code>, la misma para todo el mundo; es la entrada 1 del registro de abajo, y <code>caucus verify</code> la comprueba.
statement-check-heading = Cómo puede cualquiera comprobar este recuento
statement-check-log = Cada firma es una entrada de un registro público al que solo se pueden añadir entradas. El servidor firma un breve resumen del registro (un punto de control) que fija su longitud y su contenido, así que no se puede inflar el recuento, ni quitar una firma a escondidas o mostrarla de forma distinta a distintas personas, sin que se note. Los nombres, puestos y comentarios no están en el registro; solo guarda una huella de cada uno, y por eso se puede borrar un nombre retirado sin que el registro deje de cuadrar.
statement-check-tool = Con la herramienta gratuita <code>caucus</code>, cualquiera (una periodista, un sindicato, tu empresa) puede descargar el registro y volver a calcular el recuento:
statement-text-hash = El texto de esta declaración tiene la huella SHA-256 <code>{ $hash }</code>; no puede cambiar en cuanto alguien ha firmado.
statement-closes = Las firmas se cierran al terminar el día { $closes } (UTC).
statement-withdraw-link = Retirar una firma
statement-privacy-link = Qué registra este sitio cuando firmas
statement-back = Volver a la declaración
sign-error-required =
    { $field ->
        [name] Falta tu nombre
        [role] Falta el puesto o equipo
       *[other] Falta el comentario
    }
sign-error-too-long =
    { $field ->
        [name] Tu nombre puede tener como máximo { $max } caracteres
        [role] El puesto o equipo puede tener como máximo { $max } caracteres
       *[other] El comentario puede tener como máximo { $max } caracteres
    }
sign-error-one-line =
    { $field ->
        [name] Tu nombre debe ir en una sola línea, sin caracteres de control
        [role] El puesto o equipo debe ir en una sola línea, sin caracteres de control
       *[other] El comentario debe ir en una sola línea, sin caracteres de control
    }
sign-error-control =
    { $field ->
        [name] Tu nombre no puede contener caracteres de control
        [role] El puesto o equipo no puede contener caracteres de control
       *[other] El comentario no puede contener caracteres de control
    }
sign-error-invite-missing = Escribe tu código de invitación
sign-error-invite-missing-advice = Está en el enlace de invitación que recibiste, después de «invite=»; o firma con un ticket anónimo que hayas obtenido con él.

## Después de firmar, y al retirar la firma

signed-page-title = Firmado
signed-heading = Gracias: has firmado
signed-entry = Tu firma en <strong>{ $title }</strong> es la entrada { $index } de su registro público.
signed-save-heading = Guarda estas dos cosas, en privado
signed-secret = <strong>Tu secreto para retirar la firma.</strong> Con él, y solo con él, puedes retirar tu firma más adelante; entonces se borra tu nombre. Nadie puede recuperarlo por ti.
signed-receipt = Tu comprobante (guárdalo como receipt.json): la prueba de que tu firma está en el registro
signed-check = Quien tenga el comprobante puede comprobar que tu entrada sigue en el registro con esta orden:
signed-keep = Guarda ambos en un dispositivo personal, no en uno del trabajo.
withdraw-page-title = Retirar
withdrawn-heading = Tu firma está retirada
withdrawn-text = Tu firma en <strong>{ $title }</strong> ya no cuenta, y se ha borrado el nombre, el puesto o el comentario que diste. El registro anota que se retiró una firma, como debe hacerlo para que el recuento se pueda seguir comprobando.
withdraw-heading = Retirar una firma
withdraw-intro = De <strong>{ $title }</strong>. Pega el secreto para retirar la firma que recibiste al firmar.
withdraw-secret-label = Secreto para retirar la firma
withdraw-button = Retirar mi firma

## La página del ticket anónimo. { $kind } es survey o statement.

ticket-page-title = Un ticket anónimo: { $title }
ticket-heading = Un ticket anónimo para «{ $title }»
ticket-intro =
    { $kind ->
        [survey] Si esta invitación te llegó por correo o por mensaje, quien la envió sabe que es tuya. Cámbiala por un ticket que este sitio firma sin verlo: así nadie (ni los organizadores, ni el alojamiento, ni quien tenga una copia del servidor) puede saber de qué invitación salió el ticket, ni por tanto qué respuestas son tuyas.
       *[other] Si esta invitación te llegó por correo o por mensaje, quien la envió sabe que es tuya. Cámbiala por un ticket que este sitio firma sin verlo: así nadie (ni los organizadores, ni el alojamiento, ni quien tenga una copia del servidor) puede saber de qué invitación salió el ticket, ni por tanto qué firma es tuya.
    }
ticket-key =
    { $kind ->
        [survey] La clave de tickets de esta encuesta es <code>{ $key }</code>, la misma para todo el mundo. Tu hoja o tu mensaje de invitación debería mostrar la misma; si no, detente y avisa a los organizadores.
       *[other] La clave de tickets de esta declaración es <code>{ $key }</code>, la misma para todo el mundo. Tu hoja o tu mensaje de invitación debería mostrar la misma; si no, detente y avisa a los organizadores.
    }
ticket-nojs = Para obtener un ticket en el navegador hace falta JavaScript. Sin él, ejecuta esto en una terminal y luego usa el ticket en la página de tickets:
ticket-later-link = La página de tickets
ticket-go-back = O vuelve atrás y usa la invitación tal cual
ticket-get-heading = Consigue tu ticket
ticket-used-up = Tu invitación quedará gastada, y el ticket ocupará su lugar.
ticket-get = Conseguir un ticket anónimo
ticket-getting = Consiguiendo tu ticket…
ticket-failed = No se ha creado ningún ticket.
ticket-failed-other = Comprueba tu conexión y vuelve a intentarlo dentro de un momento; si sigue fallando, vuelve atrás y usa la invitación tal cual.
ticket-key-unlisted = La clave de tickets de esta página no es la que publica este sitio, así que no se ha pedido ningún ticket. No uses esta página: avisa a los organizadores.
ticket-safer = Es más seguro guardar el ticket y usarlo más tarde, desde otra red (el wifi de casa en lugar del del trabajo, datos móviles o Tor Browser): un ticket usado horas después y desde otro sitio no se puede relacionar con tu invitación por la hora ni por la dirección.
ticket-text-label = Tu ticket (cópialo o guárdalo como archivo)
ticket-save = Guardar el ticket como archivo
ticket-use-now =
    { $kind ->
        [survey] Responder ahora con este ticket
       *[other] Firmar ahora con este ticket
    }

## La página de error: un título, el mensaje del propio error (según su
## código), un consejo y un camino de vuelta.

error-status = Error { $status }.
error-privacy-link = Qué registra este sitio
error-back-home = Ir a la página de inicio
error-back-withdraw = Volver a la página para retirar la firma
error-back-survey = Volver a la encuesta
error-back-results = Ver los resultados publicados de la encuesta
error-not-found-title =
    { $about ->
        [survey] Aquí no hay ninguna encuesta
        [statement] Aquí no hay ninguna declaración
       *[other] Aquí no hay ninguna encuesta ni declaración
    }
error-not-found-advice = Revisa el enlace que te dieron: puede que esté cortado. Vuelve a copiar el enlace completo o pregunta a quien te lo envió.
error-no-route-title = Esta página no existe
error-no-route-advice = Revisa la dirección: puede que esté cortada o mal escrita.
error-not-published-title = Todavía no hay resultados publicados
error-not-published-advice = Los resultados aparecen aquí solo cuando la encuesta se ha cerrado y sus organizadores han contado las respuestas y han decidido publicarlas. Vuelve más adelante.
error-method-title = Esta página no se puede enviar así
error-method-advice = Abre la página desde su enlace y usa su formulario.
error-not-a-secret-title = Esto no es un secreto para retirar la firma
error-not-a-secret-advice = Comprueba que copiaste el secreto completo de la página que viste al firmar: 64 caracteres, los dígitos 0-9 y las letras a-f, sin que falte nada. Un secreto perdido no se puede recuperar: nadie, ni siquiera los organizadores, guarda una copia.
error-bad-request-title = No se ha podido leer esta solicitud
error-bad-request-advice = No se ha guardado nada. Vuelve atrás, rellena el formulario de nuevo y envíalo desde su página.
error-too-long-title = Esto es demasiado largo para guardarlo
error-too-long-advice = No se ha guardado nada. Acorta lo que escribiste y vuelve a enviar el formulario.
error-invite-forged-title =
    { $about ->
        [survey] Esta invitación no es para esta encuesta
        [statement] Esta invitación no es para esta declaración
       *[other] Esta invitación no es para esta encuesta o declaración
    }
error-invite-forged-advice =
    { $about ->
        [survey] Cada invitación pertenece a una sola encuesta. Comprueba que abriste el enlace que te dieron para esta, o pide en persona a alguien de la organización la invitación correcta.
        [statement] Cada invitación pertenece a una sola declaración. Comprueba que abriste el enlace que te dieron para esta, o pide en persona a alguien de la organización la invitación correcta.
       *[other] Cada invitación pertenece a una sola encuesta o declaración. Comprueba que abriste el enlace que te dieron para esta, o pide en persona a alguien de la organización la invitación correcta.
    }
error-invite-invalid-title = Este código de invitación no funciona
error-invite-invalid-advice = Vuelve a copiar el enlace o el código completo: si está cortado o mal escrito, no funciona. Si sigue fallando, pide uno nuevo a alguien de la organización.
error-spent-title = Esta invitación ya se ha usado
error-spent-advice =
    { $about ->
        [statement] Cada invitación sirve para firmar una vez. Si ya firmaste con ella, tu firma cuenta y no tienes que hacer nada más. Si no fuiste tú, díselo en persona a alguien de la organización.
       *[other] Cada invitación sirve para responder una vez. Si ya respondiste con ella, tus respuestas están guardadas y no tienes que hacer nada más. Si no fuiste tú, díselo en persona a alguien de la organización.
    }
error-ticket-title = Este ticket no funciona
error-ticket-advice =
    { $about ->
        [survey] Vuelve a pegar el ticket completo, tal como te lo dieron. Un ticket solo sirve para la encuesta y el sitio para los que se hizo.
        [statement] Vuelve a pegar el ticket completo, tal como te lo dieron. Un ticket solo sirve para la declaración y el sitio para los que se hizo.
       *[other] Vuelve a pegar el ticket completo, tal como te lo dieron. Un ticket solo sirve para la encuesta o declaración y el sitio para los que se hizo.
    }
error-ticket-spent-title = Este ticket ya se ha usado
error-ticket-spent-advice = Cada ticket cuenta una sola vez. Si no lo usaste tú, díselo en persona a alguien de la organización.
error-no-credential-title = Hace falta una invitación
error-no-credential-advice = Abre el enlace de invitación que te dieron, escribe su código o usa un ticket anónimo que hayas obtenido con ella.
error-signing-closed-title = Ya no se puede firmar
error-signing-closed-advice = Esta declaración ya no admite firmas. Su recuento y su registro público siguen en la página de la declaración.
error-closed-title =
    { $about ->
        [survey] Esta encuesta está cerrada
        [statement] Esta declaración está cerrada
       *[other] Esta encuesta o declaración está cerrada
    }
error-closed-advice = Ya no admite respuestas. Si los organizadores publican resultados, aparecerán en la página de resultados de la encuesta.
error-shredded-title =
    { $about ->
        [survey] Los datos guardados de esta encuesta ya no existen
        [statement] Los datos guardados de esta declaración ya no existen
       *[other] Los datos guardados de esta encuesta o declaración ya no existen
    }
error-shredded-advice = Terminó su plazo de conservación y se destruyó lo que podía identificar a alguien, como se prometió. Solo queda lo que publicaron los organizadores.
error-unknown-secret-title = Este secreto para retirar la firma no coincide
error-unknown-secret-advice = { error-not-a-secret-advice }
error-withdrawn-title = Esta firma ya estaba retirada
error-withdrawn-advice = No tienes que hacer nada más: ya no cuenta, y se ha borrado el nombre, el puesto o el comentario que llevaba.
error-flooded-title = Demasiados intentos fallidos
error-flooded-advice =
    { $about ->
        [survey] Se han enviado muchos códigos incorrectos a esta encuesta en poco tiempo, así que por ahora se rechazan los incorrectos. Revisa tu código y vuelve a enviarlo dentro de { $retry_after } segundos; una invitación válida se acepta incluso ahora.
        [statement] Se han enviado muchos códigos incorrectos a esta declaración en poco tiempo, así que por ahora se rechazan los incorrectos. Revisa tu código y vuelve a enviarlo dentro de { $retry_after } segundos; una invitación válida se acepta incluso ahora.
       *[other] Se han enviado muchos códigos incorrectos en poco tiempo, así que por ahora se rechazan los incorrectos. Revisa tu código y vuelve a enviarlo dentro de { $retry_after } segundos; una invitación válida se acepta incluso ahora.
    }
error-busy-title = El servidor está ocupado
error-busy-advice = No se ha guardado nada. Espera unos segundos y vuelve a enviar el formulario.
error-timeout-title = El formulario tardó demasiado en llegar
error-timeout-advice = No se ha guardado nada. Vuelve a enviarlo, con una conexión más estable si puedes.
error-internal-title = Algo ha fallado en el servidor
error-internal-advice = No es culpa de nada que hayas hecho, y no se ha cambiado nada. Vuelve a intentarlo más tarde; si sigue pasando, díselo a alguien de la organización.
error-refused-title = Se ha rechazado esta solicitud
error-refused-advice = No se ha cambiado nada. El mensaje de arriba explica por qué.
error-message-not-found =
    { $about ->
        [survey] No hay ninguna encuesta en esta dirección.
        [statement] No hay ninguna declaración en esta dirección.
       *[other] No existe esa encuesta ni esa declaración.
    }
error-message-no-route = Esta página no existe.
error-message-not-published = Los organizadores todavía no han publicado resultados de esta encuesta.
error-message-method-not-allowed = Esta dirección solo admite { $methods }.
error-message-bad-request = No se ha podido leer esta solicitud.
error-message-form-not-utf8 = El formulario no se envió como texto UTF-8 válido, así que no se ha podido leer.
error-message-form-unreadable = No se ha podido leer el formulario.
error-message-too-large = Lo enviado es demasiado grande.
error-message-answers-too-long = Estas respuestas son demasiado largas para guardarlas; acorta las respuestas escritas.
error-message-unsupported-media-type = Esto no se envió como lo envía el formulario de la página (application/x-www-form-urlencoded).
error-message-unauthorized = No se ha podido comprobar esta solicitud de la organización, o ya se había usado.
error-message-invite-forged =
    { $about ->
        [survey] Los organizadores de esta encuesta no emitieron esta invitación para ella.
        [statement] Los organizadores de esta declaración no emitieron esta invitación para ella.
       *[other] Los organizadores no emitieron esta invitación para esta encuesta o declaración.
    }
error-message-invite-invalid = Falta este código de invitación, está incompleto o está mal escrito.
error-message-invite-spent = Esta invitación ya se ha usado.
error-message-ticket-malformed = Este ticket está incompleto o no tiene la forma correcta.
error-message-ticket-invalid = Este ticket no se hizo para este lugar.
error-message-ticket-spent = Este ticket ya se ha usado.
error-message-credential-missing = Para esto hace falta un código de invitación, o un ticket anónimo obtenido con uno.
error-message-closed =
    { $about ->
        [survey] Esta encuesta está cerrada.
        [statement] Ya no se puede firmar esta declaración.
       *[other] Esta encuesta o declaración está cerrada.
    }
error-message-retention-over = Terminó su plazo de conservación, y sus respuestas guardadas y su clave se destruyeron el { $date }; solo quedan los resultados publicados.
error-message-already-withdrawn = Esta firma ya se había retirado.
error-message-withdrawal-hash-taken = Este hash de retirada ya está en uso: crea un secreto nuevo y envía su hash.
error-message-checkpoint-moved = La cofirma no se verifica con el punto de control actual: descárgalo y vuelve a cofirmar.
error-message-unknown-witness = Esta clave no es de ninguno de los testigos que nombraron los organizadores de la declaración.
error-message-not-processed = No se ha podido llevar a cabo esta solicitud, y no ha cambiado nada.
error-message-not-header-organiser = Solo la clave de organización que firmó la cabecera de la declaración puede tachar una firma.
error-message-already-struck = Esta firma ya se había retirado o tachado.
error-message-unknown-secret = Ninguna firma de esta declaración tiene este secreto para retirarla.
error-message-survey-open = Esta encuesta sigue abierta: ciérrala primero, para que no se puedan comparar resultados mientras llegan respuestas.
error-message-reveal-not-due = Los nombres siguen sellados hasta que haya { $needed } firmas con invitación; esta declaración tiene { $signed }.
error-message-openings-missing = Esta revelación deja sin abrir algunos nombres sellados, así que no se ha publicado nada.
error-message-opening-mismatch = La apertura de la entrada { $entry } no coincide con su entrada del registro, así que no se ha publicado nada.
error-message-release-differencing = Se ha rechazado esta publicación: está demasiado cerca de una anterior, y compararlas dejaría ver respuestas.
error-message-release-stale = La encuesta tiene ahora { $now } respuestas, no las { $claimed } con las que se contó esta publicación; vuelve a hacer el recuento.
error-message-invalid-answers = Algunas respuestas no encajan con la encuesta.
error-message-invalid-survey = Este archivo de encuesta no es válido.
error-message-busy = El servidor está ocupado; vuelve a intentarlo en un momento.
error-message-too-many-failures =
    { $about ->
        [survey] Demasiados intentos fallidos en esta encuesta; vuelve a intentarlo dentro de { $retry_after } s (una invitación válida se acepta siempre).
        [statement] Demasiados intentos fallidos en esta declaración; vuelve a intentarlo dentro de { $retry_after } s (una invitación válida se acepta siempre).
       *[other] Demasiados intentos fallidos; vuelve a intentarlo dentro de { $retry_after } s (una invitación válida se acepta siempre).
    }
error-message-request-timeout = La solicitud no llegó a tiempo.
error-message-internal = Algo ha fallado en el servidor.

## Resultados publicados (la página pública de resultados y el informe HTML de la línea de órdenes)

results-page-title = Resultados: { $title }
results-kicker = Resultados de la encuesta
results-responses =
    { $count ->
        [one] { $count } respuesta
       *[other] { $count } respuestas
    }
results-noisy-hidden = Los recuentos llevan ruido aleatorio; los recuentos con ruido de 1 a { $max } están ocultos.
results-below-hidden = Los recuentos por debajo de { $min_group } están ocultos, junto con cualquier recuento que permitiría deducirlos.
results-published = Publicado el { $date }. Solo datos agregados: ninguna respuesta individual.
results-hidden-explained = «oculto» significa que hay demasiado pocas personas, o que hace falta para proteger a un grupo más pequeño: un recuento oculto nunca se muestra como número.
results-everyone = Todas las personas
results-by = Por { $questions }
results-by-and = { " y " }
results-groups-intro =
    { $count ->
        [one] Una sección por cada grupo de personas que dieron la misma respuesta a la pregunta de desglose. Los comentarios nunca aparecen dentro de un grupo.
       *[other] Una sección por cada grupo de personas que dieron las mismas respuestas a las preguntas de desglose. Los comentarios nunca aparecen dentro de un grupo.
    }
results-group-hidden = Oculto: demasiado pocas personas, o hace falta para proteger a un grupo más pequeño.
results-group-empty = Nadie de este grupo respondió.
results-answered = Respondieron:
results-noise-error = cada recuento { $error } (ruido)
results-chart = Gráfico: { $prompt }
results-table-answer = Respuesta
results-table-count = Recuento
results-table-share = Proporción de quienes respondieron
results-comments-in-group = Los comentarios solo se muestran para todas las personas juntas, nunca dentro de un grupo.
results-comment-edited = (editado por los organizadores)
results-no-comments = No hay comentarios que mostrar.
results-comments-withheld = Comentarios retenidos: respondieron menos de { $count } personas, y la forma de escribir puede delatar a quien escribió, cosa que un recuento no puede.
results-no-free-text = El texto libre no está incluido.
results-suppressed = Menos de { $min_group } respuestas en total: todos los resultados están ocultos.
results-noise =
    { $count ->
        [one] Los recuentos incluyen ruido aleatorio para la privacidad diferencial ({ $mechanism }, ε = { $epsilon } en total, en { $count } tabla), de modo que no se puede deducir de ellos la respuesta de nadie. La cifra ± de cada pregunta es el tamaño típico de ese ruido.
       *[other] Los recuentos incluyen ruido aleatorio para la privacidad diferencial ({ $mechanism }, ε = { $epsilon } en total, repartido en { $count } tablas), de modo que no se puede deducir de ellos la respuesta de nadie. La cifra ± de cada pregunta es el tamaño típico de ese ruido.
    }
results-redacted =
    { $count ->
        [one] Antes de publicar, los organizadores eliminaron { $count } comentario y editaron { $edited }, para proteger a las personas que los escribieron.
       *[other] Antes de publicar, los organizadores eliminaron { $count } comentarios y editaron { $edited }, para proteger a las personas que los escribieron.
    }

## Gráficos: el texto dibujado en ellos, sus nombres accesibles y sus notas

chart-hidden = oculto
chart-hidden-note = «oculto»: demasiado pocas personas, o hace falta para proteger a un grupo más pequeño.
chart-answered-hidden = El número de personas que respondieron está oculto, así que no se muestran porcentajes.
chart-multi-note = Se podía marcar más de una respuesta, así que los porcentajes suman más del 100%.
chart-likert-as-bars = Algunos recuentos están ocultos, así que cada respuesta tiene su propia barra en lugar de una sola barra centrada en la respuesta neutral.
chart-no-answers = Nadie respondió a esta pregunta.
chart-kind-likert = Gráfico de barras divergentes, desacuerdo a la izquierda del centro, acuerdo a la derecha
chart-kind-bars = Gráfico de barras
chart-kind-columns = Gráfico de columnas
chart-disagree-side = En desacuerdo { $figure }
chart-agree-side = De acuerdo { $figure }
chart-stats = media { $mean }, mediana { $median }
chart-stats-hidden = media y mediana ocultas (algunos recuentos están ocultos)
chart-likert-scale = (1 = totalmente en desacuerdo, 5 = totalmente de acuerdo)

## El informe HTML independiente de la línea de órdenes

report-page-title = { $title }: resultados
report-survey = Encuesta
report-made-on = Informe generado el { $date }. Solo contiene datos agregados: ninguna respuesta individual.
report-made-with = Hecho con caucus.
report-print-page = Página
report-print-of = de

## Qué se registra (la página de privacidad). Es una promesa: cada afirmación debe seguir siendo exacta.

privacy-page-title = Qué se registra
privacy-heading = Qué se registra y qué no
privacy-intro = Este sitio aloja dos tipos de campaña: { $surveys }, que respondes, y { $statements }, que firmas. Cada una guarda cosas distintas, durante plazos distintos, y las pueden leer personas distintas. Esta página dice cuáles.
privacy-intro-surveys = encuestas
privacy-intro-statements = declaraciones
privacy-never-heading = Nunca se guarda, en ninguno de los dos casos
privacy-never-device = Tu dirección IP, tu navegador, tu dispositivo ni tu sistema operativo.
privacy-never-time = La hora del día a la que respondiste o firmaste.
privacy-never-code = Tu código de invitación en sí.
privacy-never-cookies = Cookies: este sitio no pone ninguna. No carga nada de ningún otro sitio. Ejecuta un único script opcional propio, en la página que obtiene un ticket anónimo; todo lo demás no ejecuta ningún script y funciona igual sin él.
privacy-surveys-heading = Encuestas
privacy-surveys-kept-heading = Qué se guarda y durante cuánto tiempo
privacy-surveys-answers = <strong>Tus respuestas, selladas.</strong> Se cifran en cuanto llegan, con claves que solo tienen los organizadores de la encuesta, en sus propios dispositivos. El propio servidor no puede leerlas, ni tampoco nadie que copie su disco. Se guardan hasta que termina el periodo de conservación de la encuesta: un número de días que fijan los organizadores, 90 si no eligieron otro, contados desde el día en que se cierra la encuesta. Entonces las respuestas selladas se borran y la clave de la encuesta se destruye, de modo que ninguna copia que quede en una copia de seguridad antigua pueda abrirse ya. Los resultados publicados se quedan.
privacy-surveys-invite = <strong>Que se usó una invitación.</strong> Se guarda una huella digital unidireccional de cada invitación usada, para que no pueda usarse dos veces. No es tu código, y ningún registro lleva de ella a tus respuestas selladas. (La base de datos escribe ambas cosas en un solo paso, así que alguien con una copia del disco podría suponer que van juntas; aun así no puede abrir las respuestas, y si las invitaciones se repartieron barajadas, nadie sabe quién tenía cada invitación). Estas huellas se borran junto con las respuestas cuando termina el periodo de conservación.
privacy-surveys-ticket = <strong>Si usaste un ticket anónimo:</strong> que tu invitación se cambió por un ticket (con una huella digital de la solicitud enmascarada que envió tu navegador, que no dice nada del ticket) y, cuando respondes, una huella digital del ticket para que no pueda usarse dos veces. Nada vincula las dos: el sitio firma el ticket sin verlo nunca. Solo el momento podría hacerlo, si respondes justo después de obtener el ticket; así que responde más tarde, desde otra red.
privacy-surveys-days = <strong>El día en que se abrió y se cerró la encuesta.</strong> Nunca la hora a la que respondiste.
privacy-readers-heading = Quién puede leer tus respuestas
privacy-readers = Solo los organizadores, con sus claves, en sus propios ordenadores: el sitio no entrega las respuestas selladas a nadie más. Su herramienta de recuento, <code>caucus tally</code>, imprime totales. Cualquier número menor que el grupo mínimo de la encuesta (normalmente 5) se oculta, y también cualquier otro número que permitiría deducirlo.
privacy-readers-comments = Los comentarios escritos son la excepción: cuando un organizador los pide (<code>caucus tally --include-text</code>), la herramienta imprime palabra por palabra las respuestas escritas a una pregunta, una vez que al menos 10 personas (o el grupo mínimo, si es mayor) han respondido a esa pregunta. Salen en orden aleatorio, nunca divididos por grupo ni junto a tus otras respuestas. Los organizadores pueden editar o eliminar comentarios antes de publicar, y los resultados publicados dicen cuándo lo hicieron. Si publican con comentarios, los comentarios aparecen en la página pública de resultados de la encuesta. Así que no escribas en un comentario nada que no quieras que lean otras personas, y evita detalles que solo tú sabrías.
privacy-readers-keys = Las claves de los organizadores pueden abrir todas las respuestas selladas. La herramienta de recuento solo muestra lo descrito arriba, pero un programa escrito a propósito podría mostrar las respuestas de una en una. Esa respuesta seguiría sin llevar ningún nombre, invitación ni dirección.
privacy-statements-heading = Declaraciones
privacy-log-heading = El registro público
privacy-log-intro = Cada firma es una entrada en el registro público de la declaración, que cualquiera puede descargar y comprobar. De cada firma, el registro guarda solo:
privacy-log-kind = su tipo: firmada con nombre y con invitación, anónima con invitación, o con nombre y sin invitación (un apoyo externo);
privacy-log-fingerprint = una huella digital con sal del nombre, el cargo y el comentario (una firma anónima no tiene ninguno), que los fija sin revelarlos;
privacy-log-secret = una huella digital de tu secreto de retirada, que solo tienes tú.
privacy-log-never = Nunca guarda tu invitación, tu dirección IP, tu navegador ni la hora del día. Si los organizadores nombraron testigos, la contrafirma del registro de cada testigo lleva la hora en que se hizo: muestra cuántas firmas tenía el registro en ese momento, no quién firmó. El registro se mantiene mientras el sitio funcione, como constancia pública.
privacy-names-heading = Tu nombre, tu cargo y tu comentario
privacy-names-sealed = <strong>Sellados hasta la revelación.</strong> Se cifran en cuanto llegan, con las claves de los organizadores, y nunca se escriben en el disco de forma legible antes de la revelación. Una declaración puede fijar un número de firmas con invitación que esperar: hasta que esa cantidad de personas haya firmado con invitación, el sitio no entrega los nombres sellados a nadie, tampoco a los organizadores, y quien copie el disco los encuentra sellados. Solo las claves de los propios organizadores los abren, así que los organizadores podrían abrir antes de tiempo una copia del disco; elige organizadores a quienes confiarías tu nombre, o firma de forma anónima.
privacy-names-published = <strong>Después, se publican todos juntos.</strong> Cuando han firmado suficientes personas, los organizadores obtienen los nombres sellados, los abren en sus propios ordenadores y los publican todos juntos. El sitio comprueba cada uno con su huella digital en el registro, así que ningún nombre puede cambiarse ni colarse. A partir de entonces los nombres son públicos en la página de la declaración, y los nombres que firmen más tarde aparecen ahí enseguida.
privacy-names-withdraw = <strong>Retirar la firma</strong>, con el secreto que recibiste al firmar, borra del disco tu nombre, tu cargo y tu comentario (se sobrescriben y luego se eliminan), antes o después de la revelación. El registro conserva una entrada que dice que esa firma se retiró, para que el recuento siga siendo comprobable. Un nombre que ya era público puede haber sido copiado por alguien mientras lo fue.
privacy-names-false = <strong>Nombres falsos.</strong> Los nombres no se comprueban con la identidad de nadie. Los organizadores pueden tachar una firma con nombre que se demuestre falsa: la tachadura es una entrada pública del registro, firmada por ellos, y el nombre, el cargo y el comentario se borran.
privacy-names-anonymous = <strong>Las firmas anónimas</strong> no llevan ningún nombre, cargo ni comentario: se cuentan, respaldadas por una invitación.
privacy-invites-heading = Qué invitaciones se usaron
privacy-invites = Se guarda una huella digital unidireccional de cada invitación (o ticket) usada, para que no pueda firmar dos veces. No es tu código, y el registro no apunta a ella. Si la declaración tiene un día de cierre, estas huellas se destruyen cuando termina su periodo de conservación: un número de días que fijan los organizadores, 90 si no eligieron otro, contados desde el día siguiente al cierre de las firmas. El registro y los nombres publicados se quedan.
privacy-protect-heading = Cómo protegerte
privacy-protect-device = Responde o firma desde un teléfono o un ordenador personal, nunca desde un dispositivo del trabajo: muchas empresas registran las pulsaciones de teclado y la pantalla en los dispositivos del trabajo.
privacy-protect-network = Usa tus propios datos móviles o el internet de casa, no la red de la oficina. El navegador Tor oculta tu dirección también a este sitio.
privacy-protect-comments = En los comentarios, evita detalles que solo tú sabrías.
privacy-protect-secrets = Guarda tu secreto de retirada y tus recibos en un dispositivo personal. Un secreto de retirada perdido no se puede recuperar.
privacy-receipts = El recibo de una encuesta demuestra que tu respuesta sellada se guardó. No dice qué respondiste. El recibo de una declaración demuestra que tu firma está en el registro.

## Una respuesta rechazada

answer-not-an-object = las respuestas deben ser un objeto JSON con los identificadores de las preguntas como claves
answer-unknown-question = no es una pregunta de esta encuesta
answer-required-choose = es obligatoria: elige una respuesta
answer-required-tick = es obligatoria: marca al menos una casilla
answer-required-number = es obligatoria: elige un número del { $min } al { $max }
answer-required-text = es obligatoria: escribe una respuesta
answer-not-option-text = debe ser el texto de una de las opciones
answer-not-an-option = «{ $value }» no es una de las opciones
answer-not-a-list = debe ser una lista de textos de opciones
answer-twice = nombra una opción dos veces
answer-not-likert = debe ser un número entero del 1 (totalmente en desacuerdo) al 5 (totalmente de acuerdo)
answer-out-of-range = debe ser un número entero del { $min } al { $max }
answer-not-text = debe ser texto
answer-too-long =
    { $max ->
        [one] puede tener como máximo { $max } carácter
       *[other] puede tener como máximo { $max } caracteres
    }
answer-control-characters = no debe contener caracteres de control

## La hoja de invitaciones para imprimir

invites-page-title = Invitaciones: { $title }
invites-heading = Invitaciones para «{ $title }»
invites-count =
    { $count ->
        [one] { $count } invitación.
       *[other] { $count } invitaciones.
    }
invites-intro = Imprime la hoja, corta por las líneas discontinuas, <strong>baraja</strong> las tarjetas y repártelas en persona, para que nadie, ni siquiera quienes organizan, sepa quién tiene cuál. Cada una sirve una sola vez. No guardes ninguna lista de quién recibió qué. Esta nota no se imprime.
invites-how = Escanea con un teléfono <strong>personal</strong> (no uno del trabajo), o abre { $url } y escribe el código:
invites-how-short = Escanea con un teléfono <strong>personal</strong> (no uno del trabajo), o abre { $url } y escribe el código (en mayúsculas o no; la I y la L cuentan como 1, la O como 0):
invites-ticket-key = Clave de los tickets:
invites-qr-label = Código QR del enlace de invitación

# Punctuation between figures, names and quotations, as each language
# writes it.
chart-percent = { $value } %
chart-percent-under-one = <1 %
chart-row-figures = { $name }: { $count } ({ $percent })
chart-row-figure = { $name }: { $count }
chart-rows-separator = { "; " }
chart-legend-item = { $name }: <strong>{ $value }</strong>
statement-signer-role = <strong>{ $name }</strong>, { $role }
statement-signer-comment = { $signer }: «{ $comment }»
statement-error-with-advice = { $error }. { $advice }
chart-hidden-question = { $prompt }: <em>{ $hidden }</em>
