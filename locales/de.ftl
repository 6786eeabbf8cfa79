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
