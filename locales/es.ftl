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
