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
