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
