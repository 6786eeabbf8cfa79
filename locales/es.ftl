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
