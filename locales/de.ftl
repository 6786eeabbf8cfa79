# Oberflächentexte von caucus: Deutsch. Übersetzt aus en.ftl, der Quelle.
# Project-Fluent-Syntax (https://projectfluent.org/). Dieser Katalog hat
# genau dieselben Nachrichten-IDs und Attribute wie en.ftl (ein Test prüft
# das). Lassen Sie die { $placeholders } unverändert und setzen Sie die
# wenigen HTML-Tags (<strong>, <code>) um dieselben Wörter; übersetzt wird
# der Text drumherum. Befehle wie caucus receipt bleiben, wie sie sind.

## Alle Seiten

skip-to-content = Zum Inhalt springen
footer-privacy = Was diese Website über Sie erfasst und was nicht
language-switcher = Sprache

## Startseite

home-title = caucus
home-intro = Auf dieser Website laufen anonyme Umfragen und gemeinsame Erklärungen, die Kolleginnen und Kollegen organisieren. Wenn Ihnen jemand einen Einladungslink oder einen gedruckten Code gegeben hat, öffnen Sie den Link oder scannen Sie den Code, um zu antworten oder zu unterschreiben.
home-sealed = Ihre Antworten werden versiegelt, sobald sie ankommen, sodass nur das Organisationsteam sie öffnen kann. Ergebnisse werden immer nur für Gruppen gezeigt, die so groß sind, dass niemand darin erkennbar ist.
home-privacy-link = Lesen Sie genau, was erfasst wird und was nicht.

## Das Umfrageformular

survey-errors-title = Bitte prüfen Sie Ihre Antworten
survey-errors-heading =
    { $count ->
        [one] Bitte prüfen Sie { $count } Antwort
       *[other] Bitte prüfen Sie { $count } Antworten
    }
survey-length =
    { $count ->
        [one] { $count } Frage.
       *[other] { $count } Fragen.
    }
survey-length-required =
    { $count ->
        [one] { $count } Frage, davon { $required } { $required ->
                [one] Pflichtfrage.
               *[other] Pflichtfragen.
            }
       *[other] { $count } Fragen, davon { $required } { $required ->
                [one] Pflichtfrage.
               *[other] Pflichtfragen.
            }
    }
survey-min-group = Ergebnisse werden nur für Gruppen von mindestens { $min_group } Personen gezeigt.
survey-privacy-link = Was erfasst wird, wenn Sie antworten
survey-invite-by-message = Hat Sie diese Einladung per E-Mail oder Nachricht erreicht? Dann weiß die Person, die sie geschickt hat, dass es Ihre ist.
survey-trade-for-ticket = Tauschen Sie sie zuerst gegen ein anonymes Ticket ein und antworten Sie später mit dem Ticket.
survey-ticket-label = Ihr anonymes Ticket
survey-required = (erforderlich)
survey-optional = (optional)
survey-number-label = Eine ganze Zahl von { $min } bis { $max }
survey-send = Meine Antworten absenden
option-prefer-not-to-say = Keine Angabe
likert-1 = Stimme überhaupt nicht zu
likert-2 = Stimme nicht zu
likert-3 = Weder noch
likert-4 = Stimme zu
likert-5 = Stimme voll und ganz zu

## Einen kurzen Einladungscode eingeben

code-intro = Um zu antworten, geben Sie den Einladungscode ein, den Sie bekommen haben, zum Beispiel <code>{ $example }</code>. Groß- oder Kleinschreibung und Bindestriche spielen keine Rolle; I und L zählen als 1, O als 0. Jeder Code funktioniert nur einmal.
code-label = Einladungscode
code-open = Umfrage öffnen
code-ticket-heading = Oder mit einem anonymen Ticket antworten
code-ticket-intro = Wenn Sie Ihre Einladung gegen ein anonymes Ticket eingetauscht haben (mit <code>caucus ticket get</code>), können Sie damit antworten: Der Server kann nicht erkennen, von welcher Einladung ein Ticket stammt.
code-ticket-link = Mit dem Ticket antworten
code-ticket-key = Der Ticket-Schlüssel dieser Umfrage ist <code>{ $key }</code>: Er sollte mit dem auf Ihrem Einladungsblatt übereinstimmen.

## Nach dem Antworten

thanks-page-title = Vielen Dank
thanks-heading = Vielen Dank: Ihre Antworten sind angekommen
thanks-stored = Ihre Antworten zu <strong>{ $title }</strong> wurden versiegelt und sicher gespeichert. Ihre Einladung ist jetzt verbraucht.
thanks-before-closing = Bevor Sie diese Seite schließen
thanks-clear-history = <strong>Löschen Sie diese Website aus dem Verlauf Ihres Browsers</strong>, damit der Einladungslink und diese Seite nicht auf dem Gerät bleiben.
thanks-destroy-slip = <strong>Vernichten Sie den Zettel</strong>, auf dem Ihre Einladung stand, oder löschen Sie die Nachricht, mit der sie kam.
thanks-personal-device = Wenn Sie auf einem Dienstgerät oder im Firmennetz geantwortet haben, hat Ihr Arbeitgeber den Besuch vielleicht gesehen, Ihre Antworten aber nicht. Nutzen Sie beim nächsten Mal ein privates Handy oder einen privaten Computer und Ihre eigene Internetverbindung.
thanks-receipt-heading = Ihr Beleg (optional)
thanks-receipt-intro = Dieser Beleg beweist, dass Ihre versiegelten Antworten in der Urne liegen. Er verrät nicht, was Sie geantwortet haben, verbindet Sie aber mit Ihren versiegelten Antworten. Behalten Sie ihn also für sich oder bewahren Sie ihn gar nicht auf: Sie brauchen ihn für nichts anderes.
thanks-receipt-sealed = Versiegelte Antworten (SHA-256)
thanks-receipt-key = Signiert mit dem Serverschlüssel
thanks-receipt-signature = Signatur
thanks-receipt-file = Der Beleg als Datei (kopieren und als receipt.json speichern)
thanks-check-intro = Zur späteren Prüfung mit dem kostenlosen Programm <code>caucus</code>:
thanks-check-explained = Das bestätigt, dass diese Website ihn signiert hat. Nur das Organisationsteam kann in die Urne schauen: Wenn es bestätigen soll, dass Ihre Antwort darin liegt, geben Sie ihm den Beleg (niemals Ihre Einladung). Es führt dann nach dem Ende der Umfrage denselben Befehl mit <code>--key</code> aus.
thanks-close = Sie können diese Seite jetzt schließen.

## Veröffentlichte Ergebnisse (die öffentliche Ergebnisseite und der HTML-Bericht des Kommandozeilenwerkzeugs)

results-page-title = Ergebnisse: { $title }
results-kicker = Umfrageergebnisse
results-responses =
    { $count ->
        [one] { $count } Antwort
       *[other] { $count } Antworten
    }
results-noisy-hidden = Die Zahlen enthalten zufälliges Rauschen; verrauschte Zahlen von 1 bis { $max } werden ausgeblendet.
results-below-hidden = Zahlen unter { $min_group } werden ausgeblendet, ebenso jede Zahl, aus der sie sich ableiten ließen.
results-published = Veröffentlicht am { $date }. Nur zusammengefasste Zahlen: keine einzelnen Antworten.
results-hidden-explained = „ausgeblendet“ heißt: zu wenige Personen, oder nötig, um eine kleinere Gruppe zu schützen. Eine ausgeblendete Zahl wird nie als Zahl gezeigt.
results-everyone = Alle
results-by = Nach { $questions }
results-by-and = { " und " }
results-groups-intro =
    { $count ->
        [one] Ein Abschnitt pro Gruppe von Personen, die auf die Aufschlüsselungsfrage dieselbe Antwort gegeben haben. Kommentare erscheinen nie innerhalb einer Gruppe.
       *[other] Ein Abschnitt pro Gruppe von Personen, die auf die Aufschlüsselungsfragen dieselben Antworten gegeben haben. Kommentare erscheinen nie innerhalb einer Gruppe.
    }
results-group-hidden = Ausgeblendet: zu wenige Personen, oder nötig, um eine kleinere Gruppe zu schützen.
results-group-empty = Niemand aus dieser Gruppe hat geantwortet.
results-answered = Beantwortet:
results-noise-error = jede Zahl { $error } (Rauschen)
results-chart = Diagramm: { $prompt }
results-table-answer = Antwort
results-table-count = Anzahl
results-table-share = Anteil derer, die geantwortet haben
results-comments-in-group = Kommentare werden nur für alle zusammen gezeigt, nie innerhalb einer Gruppe.
results-comment-edited = (vom Organisationsteam bearbeitet)
results-no-comments = Keine Kommentare vorhanden.
results-comments-withheld = Kommentare zurückgehalten: Weniger als { $count } Personen haben geantwortet, und eine Formulierung kann auf die Person hinweisen, die sie geschrieben hat, was eine Zahl nicht kann.
results-no-free-text = Freitext ist nicht enthalten.
results-suppressed = Insgesamt weniger als { $min_group } Antworten: Alle Ergebnisse sind ausgeblendet.
results-noise =
    { $count ->
        [one] Die Zahlen enthalten zufälliges Rauschen für Differential Privacy ({ $mechanism }, ε = { $epsilon } insgesamt, über { $count } Tabelle), sodass sich aus ihnen niemandes Antwort ableiten lässt. Die ±-Angabe bei jeder Frage ist die typische Größe dieses Rauschens.
       *[other] Die Zahlen enthalten zufälliges Rauschen für Differential Privacy ({ $mechanism }, ε = { $epsilon } insgesamt, verteilt auf { $count } Tabellen), sodass sich aus ihnen niemandes Antwort ableiten lässt. Die ±-Angabe bei jeder Frage ist die typische Größe dieses Rauschens.
    }
results-redacted =
    { $count ->
        [one] Vor der Veröffentlichung hat das Organisationsteam { $count } Kommentar entfernt und { $edited } bearbeitet, um die Personen zu schützen, die sie geschrieben haben.
       *[other] Vor der Veröffentlichung hat das Organisationsteam { $count } Kommentare entfernt und { $edited } bearbeitet, um die Personen zu schützen, die sie geschrieben haben.
    }

## Diagramme: der Text darin, ihre barrierefreien Namen und Hinweise

chart-hidden = ausgeblendet
chart-hidden-note = „ausgeblendet“: zu wenige Personen, oder nötig, um eine kleinere Gruppe zu schützen.
chart-answered-hidden = Die Zahl derer, die geantwortet haben, ist ausgeblendet, daher werden keine Prozentwerte gezeigt.
chart-multi-note = Man konnte mehr als eine Antwort ankreuzen, daher ergeben die Prozentwerte zusammen mehr als 100 %.
chart-likert-as-bars = Einige Zahlen sind ausgeblendet, daher hat jede Antwort einen eigenen Balken statt eines gemeinsamen Balkens um die neutrale Antwort herum.
chart-no-answers = Niemand hat diese Frage beantwortet.
chart-kind-likert = Divergierendes Balkendiagramm, Ablehnung links der Mitte, Zustimmung rechts
chart-kind-bars = Balkendiagramm
chart-kind-columns = Säulendiagramm
chart-disagree-side = Ablehnung { $figure }
chart-agree-side = Zustimmung { $figure }
chart-stats = Mittelwert { $mean }, Median { $median }
chart-stats-hidden = Mittelwert und Median ausgeblendet (einige Zahlen sind ausgeblendet)
chart-likert-scale = (1 = stimme überhaupt nicht zu, 5 = stimme voll und ganz zu)

## Der eigenständige HTML-Bericht des Kommandozeilenwerkzeugs

report-page-title = { $title } – Ergebnisse
report-survey = Umfrage
report-made-on = Bericht erstellt am { $date }. Er enthält nur zusammengefasste Zahlen: keine einzelnen Antworten.
report-made-with = Erstellt mit caucus.
report-print-page = Seite
report-print-of = von

## Was gespeichert wird (die Datenschutzseite). Ein Versprechen: Jede Aussage muss genau bleiben.

privacy-page-title = Was gespeichert wird
privacy-heading = Was gespeichert wird und was nicht
privacy-intro = Auf dieser Website laufen zwei Arten von Kampagnen: { $surveys }, die Sie beantworten, und { $statements }, die Sie unterschreiben. Jede speichert andere Dinge, unterschiedlich lange, lesbar für unterschiedliche Personen. Diese Seite sagt, welche.
privacy-intro-surveys = Umfragen
privacy-intro-statements = Erklärungen
privacy-never-heading = Nie gespeichert, bei keiner von beiden
privacy-never-device = Ihre IP-Adresse, Ihr Browser, Ihr Gerät oder Ihr Betriebssystem.
privacy-never-time = Die Uhrzeit, zu der Sie geantwortet oder unterschrieben haben.
privacy-never-code = Ihr Einladungscode selbst.
privacy-never-cookies = Cookies: Diese Website setzt keine. Sie lädt nichts von einer anderen Website. Sie führt ein einziges, optionales eigenes Skript aus, auf der Seite, die ein anonymes Ticket holt; alles andere führt kein Skript aus und funktioniert ohne es genauso.
privacy-surveys-heading = Umfragen
privacy-surveys-kept-heading = Was gespeichert wird, und wie lange
privacy-surveys-answers = <strong>Ihre Antworten, versiegelt.</strong> Sie werden verschlüsselt, sobald sie ankommen, und zwar für Schlüssel, die nur das Organisationsteam der Umfrage besitzt, auf seinen eigenen Geräten. Der Server selbst kann sie nicht lesen, und ebenso wenig jemand, der seine Festplatte kopiert. Sie werden aufbewahrt, bis die Aufbewahrungsfrist der Umfrage endet: eine Anzahl von Tagen, die das Organisationsteam festlegt, 90, wenn es nichts anderes gewählt hat, gezählt ab dem Tag, an dem die Umfrage geschlossen wird. Dann werden die versiegelten Antworten gelöscht und der Schlüssel der Umfrage wird vernichtet, sodass keine Kopie, die in einer alten Sicherung zurückgeblieben ist, mehr geöffnet werden kann. Veröffentlichte Ergebnisse bleiben.
privacy-surveys-invite = <strong>Dass eine Einladung verwendet wurde.</strong> Ein Einweg-Fingerabdruck jeder verwendeten Einladung wird gespeichert, damit sie nicht zweimal verwendet werden kann. Er ist nicht Ihr Code, und kein Eintrag führt von ihm zu Ihren versiegelten Antworten. (Die Datenbank schreibt beides in einem Schritt, daher könnte jemand mit einer Kopie der Festplatte vermuten, dass beides zusammengehört; die Antworten öffnen kann diese Person trotzdem nicht, und wenn die Einladungen gemischt verteilt wurden, weiß niemand, wer welche Einladung hatte.) Diese Fingerabdrücke werden mit den Antworten gelöscht, wenn die Aufbewahrungsfrist endet.
privacy-surveys-ticket = <strong>Wenn Sie ein anonymes Ticket verwendet haben:</strong> dass Ihre Einladung gegen ein Ticket eingetauscht wurde (mit einem Fingerabdruck der verschleierten Anfrage, die Ihr Browser gesendet hat und die nichts über das Ticket verrät), und, wenn Sie antworten, ein Fingerabdruck des Tickets, damit es nicht zweimal verwendet werden kann. Nichts verbindet die beiden: Die Website signiert das Ticket, ohne es je zu sehen. Nur der Zeitpunkt könnte es, wenn Sie direkt nach dem Holen des Tickets antworten; antworten Sie also später, aus einem anderen Netz.
privacy-surveys-days = <strong>Der Tag, an dem eine Umfrage geöffnet und geschlossen wurde.</strong> Nie die Uhrzeit, zu der Sie geantwortet haben.
privacy-readers-heading = Wer Ihre Antworten lesen kann
privacy-readers = Nur das Organisationsteam, mit seinen Schlüsseln, auf seinen eigenen Computern: Die Website gibt die versiegelten Antworten niemand anderem heraus. Sein Auszählwerkzeug, <code>caucus tally</code>, gibt Summen aus. Jede Zahl unter der Mindestgruppe der Umfrage (meist 5) wird ausgeblendet, ebenso alle anderen Zahlen, aus denen sie sich ableiten ließe.
privacy-readers-comments = Schriftliche Kommentare sind die Ausnahme: Wenn das Organisationsteam sie anfordert (<code>caucus tally --include-text</code>), gibt das Werkzeug die schriftlichen Antworten auf eine Frage wortwörtlich aus, sobald mindestens 10 Personen (oder die Mindestgruppe, falls sie größer ist) diese Frage beantwortet haben. Sie erscheinen in gemischter Reihenfolge, nie nach Gruppen getrennt und nie neben Ihren anderen Antworten. Das Organisationsteam kann Kommentare vor der Veröffentlichung bearbeiten oder entfernen, und veröffentlichte Ergebnisse sagen, wann es das getan hat. Wenn es mit Kommentaren veröffentlicht, erscheinen die Kommentare auf der öffentlichen Ergebnisseite der Umfrage. Schreiben Sie also nichts in einen Kommentar, das andere nicht lesen sollen, und vermeiden Sie Details, die nur Sie kennen.
privacy-readers-keys = Die Schlüssel des Organisationsteams können jede versiegelte Antwort öffnen. Das Auszählwerkzeug zeigt immer nur das oben Beschriebene, aber eigens dafür geschriebene Software könnte eine Antwort nach der anderen zeigen. Diese Antwort trüge trotzdem keinen Namen, keine Einladung und keine Adresse.
privacy-statements-heading = Erklärungen
privacy-log-heading = Das öffentliche Protokoll
privacy-log-intro = Jede Unterschrift ist ein Eintrag im öffentlichen Protokoll der Erklärung, das alle herunterladen und prüfen können. Zu jeder Unterschrift enthält das Protokoll nur:
privacy-log-kind = ihre Art: mit Namen und mit Einladung unterschrieben, anonym mit Einladung, oder mit Namen ohne Einladung (eine Unterstützung von außen);
privacy-log-fingerprint = einen gesalzenen Fingerabdruck von Name, Funktion und Kommentar (eine anonyme Unterschrift hat keine), der sie festlegt, ohne sie preiszugeben;
privacy-log-secret = einen Fingerabdruck Ihres Rückzugsgeheimnisses, das nur Sie besitzen.
privacy-log-never = Es enthält nie Ihre Einladung, Ihre IP-Adresse, Ihren Browser oder die Uhrzeit. Wenn das Organisationsteam Zeuginnen oder Zeugen benannt hat, trägt deren Gegenzeichnung des Protokolls den Zeitpunkt, zu dem sie erstellt wurde: Sie zeigt, wie viele Unterschriften das Protokoll damals enthielt, nicht, wer unterschrieben hat. Das Protokoll bleibt, solange die Website läuft, als öffentlicher Nachweis.
privacy-names-heading = Ihr Name, Ihre Funktion und Ihr Kommentar
privacy-names-sealed = <strong>Versiegelt bis zur Enthüllung.</strong> Sie werden verschlüsselt, sobald sie ankommen, und zwar für die Schlüssel des Organisationsteams, und vor der Enthüllung nie lesbar auf die Festplatte geschrieben. Eine Erklärung kann eine Anzahl von Unterschriften mit Einladung festlegen, auf die gewartet wird: Bis so viele Personen mit einer Einladung unterschrieben haben, gibt die Website die versiegelten Namen niemandem heraus, auch nicht dem Organisationsteam, und wer die Festplatte kopiert, findet sie versiegelt vor. Nur die eigenen Schlüssel des Organisationsteams öffnen sie, daher könnte das Organisationsteam eine Kopie der Festplatte vorzeitig öffnen; wählen Sie ein Organisationsteam, dem Sie Ihren Namen anvertrauen, oder unterschreiben Sie anonym.
privacy-names-published = <strong>Dann gemeinsam veröffentlicht.</strong> Sobald genug Personen unterschrieben haben, holt das Organisationsteam die versiegelten Namen ab, öffnet sie auf seinen eigenen Computern und veröffentlicht sie alle gemeinsam. Die Website prüft jeden gegen seinen Fingerabdruck im Protokoll, sodass kein Name geändert oder hinzugeschmuggelt werden kann. Von da an sind die Namen auf der Seite der Erklärung öffentlich, und später unterschriebene Namen erscheinen dort sofort.
privacy-names-withdraw = <strong>Der Rückzug</strong>, mit dem Geheimnis, das Sie beim Unterschreiben erhalten haben, löscht Ihren Namen, Ihre Funktion und Ihren Kommentar von der Festplatte (überschrieben, dann gelöscht), vor oder nach der Enthüllung. Das Protokoll behält einen Eintrag, dass diese Unterschrift zurückgezogen wurde, damit die Zählung überprüfbar bleibt. Ein Name, der bereits öffentlich war, kann von jemandem kopiert worden sein, solange er es war.
privacy-names-false = <strong>Falsche Namen.</strong> Namen werden nicht mit der Identität einer Person abgeglichen. Das Organisationsteam kann eine Unterschrift mit Namen streichen, die nachweislich falsch ist: Die Streichung ist ein öffentlicher Eintrag im Protokoll, von ihm signiert, und Name, Funktion und Kommentar werden gelöscht.
privacy-names-anonymous = <strong>Anonyme Unterschriften</strong> tragen überhaupt keinen Namen, keine Funktion und keinen Kommentar: Sie werden gezählt, gedeckt durch eine Einladung.
privacy-invites-heading = Welche Einladungen verwendet wurden
privacy-invites = Ein Einweg-Fingerabdruck jeder verwendeten Einladung (oder jedes verwendeten Tickets) wird gespeichert, damit sie nicht zweimal unterschreiben kann. Er ist nicht Ihr Code, und das Protokoll verweist nicht auf ihn. Wenn die Erklärung einen Schlusstag hat, werden diese Fingerabdrücke vernichtet, wenn ihre Aufbewahrungsfrist endet: eine Anzahl von Tagen, die das Organisationsteam festlegt, 90, wenn es nichts anderes gewählt hat, gezählt ab dem Tag nach dem Ende der Unterzeichnung. Das Protokoll und die veröffentlichten Namen bleiben.
privacy-protect-heading = Wie Sie sich schützen
privacy-protect-device = Antworten oder unterschreiben Sie auf einem privaten Telefon oder Computer, nie auf einem Arbeitsgerät: Viele Arbeitgeber zeichnen auf Arbeitsgeräten Tastatureingaben und Bildschirme auf.
privacy-protect-network = Nutzen Sie Ihre eigenen mobilen Daten oder Ihr Internet zu Hause, nicht das Büronetz. Der Tor Browser verbirgt Ihre Adresse auch vor dieser Website.
privacy-protect-comments = Vermeiden Sie in Kommentaren Details, die nur Sie kennen.
privacy-protect-secrets = Bewahren Sie Ihr Rückzugsgeheimnis und Ihre Belege auf einem privaten Gerät auf. Ein verlorenes Rückzugsgeheimnis lässt sich nicht wiederherstellen.
privacy-receipts = Ein Umfragebeleg beweist, dass Ihre versiegelte Antwort gespeichert wurde. Er verrät nicht, was Sie geantwortet haben. Ein Erklärungsbeleg beweist, dass Ihre Unterschrift im Protokoll steht.
