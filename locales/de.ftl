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
survey-error-item = { $question }: { $problem }
page-title-with-problem = { $problem }: { $title }
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

## Die Seite einer Erklärung und ihre Unterschriftsformulare. { $about } in
## den Fehlermeldungen unten ist survey, statement oder neither.

statement-errors-title = Bitte prüfen Sie Ihre Unterschrift
statement-signatures = Unterschriften
statement-count =
    { $count ->
        [one] <strong>{ $count }</strong> Person hat unterschrieben:
       *[other] <strong>{ $count }</strong> Personen haben unterschrieben:
    }
statement-count-kinds = { $named } mit Namen und { $anonymous } anonym, jede Unterschrift durch eine Einladung gedeckt.
statement-count-kinds-unverified =
    { $unverified ->
        [one] { $named } mit Namen und { $anonymous } anonym, jede Unterschrift durch eine Einladung gedeckt, dazu { $unverified } Unterstützung von außerhalb mit Namen.
       *[other] { $named } mit Namen und { $anonymous } anonym, jede Unterschrift durch eine Einladung gedeckt, dazu { $unverified } Unterstützungen von außerhalb mit Namen.
    }
statement-count-withdrawn =
    { $count ->
        [one] { $count } Person hat ihre Unterschrift zurückgezogen.
       *[other] { $count } Personen haben ihre Unterschrift zurückgezogen.
    }
statement-count-struck =
    { $count ->
        [one] { $count } Name wurde von den Organisatoren als falsch gestrichen und wird nicht gezählt.
       *[other] { $count } Namen wurden von den Organisatoren als falsch gestrichen und werden nicht gezählt.
    }
statement-names-unchecked = Namen werden nicht mit der Identität einer Person abgeglichen: Wer eine Einladung hat, kann mit jedem beliebigen Namen unterschreiben. Die Organisatoren streichen einen Namen, der nachweislich falsch ist; jede Streichung ist ein öffentlicher Eintrag im Protokoll unten, signiert von der Person, die diese Erklärung veröffentlicht hat.
statement-awaiting-reveal =
    { $reveal_at ->
        [one] <strong>Die Schwelle ist erreicht:</strong> { $reveal_at } Person hat mit einer Einladung unterschrieben. Die Namen sind versiegelt und warten auf die Organisatoren, die alle gemeinsam veröffentlichen werden.
       *[other] <strong>Die Schwelle ist erreicht:</strong> { $reveal_at } Personen haben mit einer Einladung unterschrieben. Die Namen sind versiegelt und warten auf die Organisatoren, die alle gemeinsam veröffentlichen werden.
    }
statement-sealed-until = Die Namen bleiben versiegelt, bis es { $reveal_at } Unterschriften mit Einladung gibt (bisher { $so_far }). Dann veröffentlichen die Organisatoren alle gemeinsam, damit niemand allein dasteht.
statement-closed-heading = Die Unterschriftensammlung ist beendet
statement-closed = Die Unterschriftensammlung endete am Ende des { $closes } (UTC). Die Zahl oben und das Protokoll unten sind endgültig.
statement-trade-for-ticket = Tauschen Sie sie zuerst gegen ein anonymes Ticket ein und unterschreiben Sie später mit dem Ticket.
statement-errors-heading =
    { $count ->
        [one] Ihre Unterschrift wurde nicht angenommen: Bitte prüfen Sie diesen Punkt
       *[other] Ihre Unterschrift wurde nicht angenommen: Bitte prüfen Sie diese { $count } Punkte
    }
statement-sign-named = Mit Namen unterschreiben
statement-named-awaiting = Ihr Name, Ihre Funktion und Ihr Kommentar werden versiegelt, sobald Sie sie absenden, wie jeder Name vor Ihrem; es haben genug Personen unterschrieben, und die Organisatoren werden alle Namen gemeinsam veröffentlichen, Ihren mit. Danach erscheinen Namen, sobald sie unterschrieben sind.
statement-named-sealed = Ihr Name, Ihre Funktion und Ihr Kommentar werden versiegelt, sobald Sie sie absenden, sodass niemand, nicht einmal die Organisatoren, sie lesen kann, bis es { $reveal_at } Unterschriften mit Einladung gibt (bisher { $so_far }); dann veröffentlichen die Organisatoren alle Namen gemeinsam, und später unterschriebene Namen erscheinen sofort.
statement-named-revealed = Die { $reveal_at } Unterschriften mit Einladung, auf die diese Erklärung gewartet hat, liegen vor und die Namen sind veröffentlicht: Ihr Name, Ihre Funktion und Ihr Kommentar erscheinen also auf dieser Seite, sobald Sie unterschreiben, für alle lesbar.
statement-named-public = Ihr Name, Ihre Funktion und Ihr Kommentar erscheinen auf dieser Seite, sobald Sie unterschreiben, für alle lesbar.
statement-named-withdraw = Sie können später mit dem Geheimnis, das Sie erhalten, zurückziehen; Ihr Name wird dann gelöscht.
statement-name = Ihr Name
statement-role = Funktion oder Team (optional)
statement-comment = Kommentar (optional)
statement-invite-optional = Einladungscode (optional: ohne ihn zählen Sie als Unterstützung von außerhalb)
statement-sign-anon = Anonym unterschreiben
statement-anon-intro = Sie werden gezählt, gedeckt durch Ihre Einladung, und kein Name wird gespeichert.
statement-ticket-intro = Haben Sie Ihre Einladung gegen ein anonymes Ticket getauscht (mit <code>caucus ticket get</code>)? Unterschreiben Sie hier damit; der Server kann nicht erkennen, aus welcher Einladung es stammt.
statement-ticket-link = Mit dem Ticket unterschreiben
statement-ticket-key = Der Ticketschlüssel dieser Erklärung ist <code>{ $key }</code>, für alle derselbe; er ist Eintrag 1 des Protokolls unten, und <code>caucus verify</code> prüft ihn.
statement-check-heading = Wie jeder diese Zahl prüfen kann
statement-check-log = Jede Unterschrift ist ein Eintrag in einem öffentlichen Protokoll, an das nur angefügt werden kann. Der Server signiert eine kurze Zusammenfassung des Protokolls (einen Prüfpunkt), die seine Länge und seinen Inhalt festlegt: So kann die Zahl nicht aufgebläht und keine Unterschrift heimlich entfernt oder verschiedenen Menschen unterschiedlich gezeigt werden, ohne dass es auffällt. Namen, Funktionen und Kommentare stehen nicht im Protokoll; es enthält von jedem nur einen Fingerabdruck, weshalb ein zurückgezogener Name gelöscht werden kann und das Protokoll trotzdem stimmt.
statement-check-tool = Mit dem kostenlosen Werkzeug <code>caucus</code> kann jeder (eine Journalistin, eine Gewerkschaft, Ihr Arbeitgeber) das Protokoll herunterladen und die Zahl nachrechnen:
statement-text-hash = Der Text dieser Erklärung hat den SHA-256-Fingerabdruck <code>{ $hash }</code>; er kann sich nicht mehr ändern, sobald jemand unterschrieben hat.
statement-closes = Die Unterschriftensammlung endet am Ende des { $closes } (UTC).
statement-withdraw-link = Eine Unterschrift zurückziehen
statement-privacy-link = Was diese Website beim Unterschreiben speichert
statement-back = Zurück zur Erklärung
sign-error-required =
    { $field ->
        [name] Ihr Name fehlt
        [role] Funktion oder Team fehlt
       *[other] Der Kommentar fehlt
    }
sign-error-too-long =
    { $field ->
        [name] Ihr Name darf höchstens { $max } Zeichen lang sein
        [role] Funktion oder Team darf höchstens { $max } Zeichen lang sein
       *[other] Der Kommentar darf höchstens { $max } Zeichen lang sein
    }
sign-error-one-line =
    { $field ->
        [name] Ihr Name muss in eine Zeile passen, ohne Steuerzeichen
        [role] Funktion oder Team muss in eine Zeile passen, ohne Steuerzeichen
       *[other] Der Kommentar muss in eine Zeile passen, ohne Steuerzeichen
    }
sign-error-control =
    { $field ->
        [name] Ihr Name darf keine Steuerzeichen enthalten
        [role] Funktion oder Team darf keine Steuerzeichen enthalten
       *[other] Der Kommentar darf keine Steuerzeichen enthalten
    }
sign-error-invite-missing = Geben Sie Ihren Einladungscode ein
sign-error-invite-missing-advice = Er steht in dem Einladungslink, den Sie erhalten haben, nach „invite=“; oder unterschreiben Sie mit einem anonymen Ticket, das Sie damit bekommen haben.

## Nach dem Unterschreiben, und beim Zurückziehen

signed-page-title = Unterschrieben
signed-heading = Danke: Sie haben unterschrieben
signed-entry = Ihre Unterschrift unter <strong>{ $title }</strong> ist Eintrag { $index } des öffentlichen Protokolls.
signed-save-heading = Bewahren Sie diese zwei Dinge privat auf
signed-secret = <strong>Ihr Geheimnis zum Zurückziehen.</strong> Damit, und nur damit, können Sie Ihre Unterschrift später zurückziehen; Ihr Name wird dann gelöscht. Niemand kann es für Sie wiederherstellen.
signed-receipt = Ihr Beleg (speichern als receipt.json): der Nachweis, dass Ihre Unterschrift im Protokoll steht
signed-check = Wer den Beleg hat, kann mit diesem Befehl prüfen, dass Ihr Eintrag im Protokoll bleibt:
signed-keep = Bewahren Sie beides auf einem privaten Gerät auf, nicht auf einem dienstlichen.
withdraw-page-title = Zurückziehen
withdrawn-heading = Ihre Unterschrift ist zurückgezogen
withdrawn-text = Ihre Unterschrift unter <strong>{ $title }</strong> zählt nicht mehr, und der Name, die Funktion oder der Kommentar, den Sie angegeben haben, wurde gelöscht. Das Protokoll vermerkt, dass eine Unterschrift zurückgezogen wurde, wie es muss, damit die Zahl prüfbar bleibt.
withdraw-heading = Eine Unterschrift zurückziehen
withdraw-intro = Unter <strong>{ $title }</strong>. Fügen Sie das Geheimnis zum Zurückziehen ein, das Sie beim Unterschreiben erhalten haben.
withdraw-secret-label = Geheimnis zum Zurückziehen
withdraw-button = Meine Unterschrift zurückziehen

## Die Seite für das anonyme Ticket. { $kind } ist survey oder statement.

ticket-page-title = Ein anonymes Ticket: { $title }
ticket-heading = Ein anonymes Ticket für „{ $title }“
ticket-intro =
    { $kind ->
        [survey] Wenn diese Einladung Sie per E-Mail oder Nachricht erreicht hat, weiß die Person, die sie geschickt hat, dass sie Ihnen gehört. Tauschen Sie sie gegen ein Ticket, das diese Website signiert, ohne es zu sehen: Dann kann niemand (Organisatoren, Betreiber oder wer eine Kopie des Servers hat) erkennen, aus welcher Einladung das Ticket stammt, und damit auch nicht, welche Antworten von Ihnen kommen.
       *[other] Wenn diese Einladung Sie per E-Mail oder Nachricht erreicht hat, weiß die Person, die sie geschickt hat, dass sie Ihnen gehört. Tauschen Sie sie gegen ein Ticket, das diese Website signiert, ohne es zu sehen: Dann kann niemand (Organisatoren, Betreiber oder wer eine Kopie des Servers hat) erkennen, aus welcher Einladung das Ticket stammt, und damit auch nicht, welche Unterschrift von Ihnen kommt.
    }
ticket-key =
    { $kind ->
        [survey] Der Ticketschlüssel dieser Umfrage ist <code>{ $key }</code>, für alle derselbe. Ihr Einladungsblatt oder Ihre Nachricht sollte denselben zeigen; wenn nicht, hören Sie auf und sagen Sie es den Organisatoren.
       *[other] Der Ticketschlüssel dieser Erklärung ist <code>{ $key }</code>, für alle derselbe. Ihr Einladungsblatt oder Ihre Nachricht sollte denselben zeigen; wenn nicht, hören Sie auf und sagen Sie es den Organisatoren.
    }
ticket-nojs = Ein Ticket im Browser zu holen, braucht JavaScript. Ohne JavaScript führen Sie dies in einem Terminal aus und verwenden das Ticket dann auf der Seite für Tickets:
ticket-later-link = Die Seite für Tickets
ticket-go-back = Oder gehen Sie zurück und verwenden Sie die Einladung, wie sie ist
ticket-get-heading = Ihr Ticket holen
ticket-used-up = Ihre Einladung wird dabei verbraucht, und das Ticket tritt an ihre Stelle.
ticket-get = Ein anonymes Ticket holen
ticket-getting = Ihr Ticket wird geholt…
ticket-failed = Es wurde kein Ticket erstellt.
ticket-failed-other = Prüfen Sie Ihre Verbindung und versuchen Sie es gleich noch einmal; wenn es weiterhin fehlschlägt, gehen Sie zurück und verwenden Sie die Einladung, wie sie ist.
ticket-key-unlisted = Der Ticketschlüssel dieser Seite ist nicht der, den diese Website veröffentlicht; daher wurde kein Ticket angefordert. Verwenden Sie diese Seite nicht, und informieren Sie das Organisationsteam.
ticket-safer = Sicherer ist es, das Ticket zu speichern und später zu verwenden, aus einem anderen Netz (WLAN zu Hause statt bei der Arbeit, mobile Daten oder Tor Browser): Ein Ticket, das Stunden später und von woanders verwendet wird, lässt sich weder über die Uhrzeit noch über die Adresse Ihrer Einladung zuordnen.
ticket-text-label = Ihr Ticket (kopieren Sie es oder speichern Sie es als Datei)
ticket-save = Das Ticket als Datei speichern
ticket-use-now =
    { $kind ->
        [survey] Jetzt mit diesem Ticket antworten
       *[other] Jetzt mit diesem Ticket unterschreiben
    }

## Die Fehlerseite: ein Titel, die Meldung des Fehlers selbst (nach seinem
## Code), ein Rat und ein Weg zurück.

error-status = Fehler { $status }.
error-privacy-link = Was diese Website speichert
error-back-home = Zur Startseite
error-back-withdraw = Zurück zur Seite zum Zurückziehen
error-back-survey = Zurück zur Umfrage
error-back-results = Die veröffentlichten Ergebnisse der Umfrage ansehen
error-not-found-title =
    { $about ->
        [survey] Hier gibt es keine Umfrage
        [statement] Hier gibt es keine Erklärung
       *[other] Hier gibt es weder eine Umfrage noch eine Erklärung
    }
error-not-found-advice = Prüfen Sie den Link, den Sie erhalten haben: Er ist vielleicht abgeschnitten. Kopieren Sie den ganzen Link noch einmal, oder fragen Sie die Person, die ihn geschickt hat.
error-no-route-title = Diese Seite gibt es nicht
error-no-route-advice = Prüfen Sie die Adresse: Sie ist vielleicht abgeschnitten oder vertippt.
error-not-published-title = Noch keine Ergebnisse veröffentlicht
error-not-published-advice = Ergebnisse erscheinen hier erst, wenn die Umfrage beendet ist und die Organisatoren die Antworten ausgezählt und sich für die Veröffentlichung entschieden haben. Schauen Sie später wieder vorbei.
error-method-title = Diese Seite kann so nicht gesendet werden
error-method-advice = Öffnen Sie die Seite über ihren Link und verwenden Sie ihr Formular.
error-not-a-secret-title = Das ist kein Geheimnis zum Zurückziehen
error-not-a-secret-advice = Prüfen Sie, ob Sie das ganze Geheimnis zum Zurückziehen von der Seite kopiert haben, die Sie beim Unterschreiben gesehen haben: 64 Zeichen, die Ziffern 0-9 und die Buchstaben a-f, ohne dass etwas fehlt. Ein verlorenes Geheimnis lässt sich nicht wiederherstellen: Niemand, auch nicht die Organisatoren, hat eine Kopie.
error-bad-request-title = Diese Anfrage konnte nicht gelesen werden
error-bad-request-advice = Es wurde nichts gespeichert. Gehen Sie zurück, füllen Sie das Formular erneut aus und senden Sie es von seiner Seite.
error-too-long-title = Das ist zu lang zum Speichern
error-too-long-advice = Es wurde nichts gespeichert. Kürzen Sie, was Sie geschrieben haben, und senden Sie das Formular erneut.
error-invite-forged-title =
    { $about ->
        [survey] Diese Einladung ist nicht für diese Umfrage
        [statement] Diese Einladung ist nicht für diese Erklärung
       *[other] Diese Einladung ist nicht für diese Umfrage oder Erklärung
    }
error-invite-forged-advice =
    { $about ->
        [survey] Jede Einladung gehört zu genau einer Umfrage. Prüfen Sie, ob Sie den Link geöffnet haben, den Sie für diese erhalten haben, oder bitten Sie jemanden aus dem Organisationsteam persönlich um die richtige Einladung.
        [statement] Jede Einladung gehört zu genau einer Erklärung. Prüfen Sie, ob Sie den Link geöffnet haben, den Sie für diese erhalten haben, oder bitten Sie jemanden aus dem Organisationsteam persönlich um die richtige Einladung.
       *[other] Jede Einladung gehört zu genau einer Umfrage oder Erklärung. Prüfen Sie, ob Sie den richtigen Link geöffnet haben, oder bitten Sie jemanden aus dem Organisationsteam persönlich um die richtige Einladung.
    }
error-invite-invalid-title = Dieser Einladungscode funktioniert nicht
error-invite-invalid-advice = Kopieren Sie den ganzen Link oder Code noch einmal: Ein abgeschnittener oder vertippter funktioniert nicht. Wenn es weiter nicht klappt, bitten Sie das Organisationsteam um einen neuen.
error-spent-title = Diese Einladung wurde schon verwendet
error-spent-advice =
    { $about ->
        [statement] Mit jeder Einladung kann man einmal unterschreiben. Wenn Sie damit schon unterschrieben haben, zählt Ihre Unterschrift und Sie müssen nichts weiter tun. Wenn nicht, sagen Sie es jemandem aus dem Organisationsteam persönlich.
       *[other] Mit jeder Einladung kann man einmal antworten. Wenn Sie damit schon geantwortet haben, sind Ihre Antworten gespeichert und Sie müssen nichts weiter tun. Wenn nicht, sagen Sie es jemandem aus dem Organisationsteam persönlich.
    }
error-ticket-title = Dieses Ticket funktioniert nicht
error-ticket-advice =
    { $about ->
        [survey] Fügen Sie das ganze Ticket noch einmal ein, genau so, wie Sie es bekommen haben. Ein Ticket funktioniert nur für die Umfrage und die Website, für die es erstellt wurde.
        [statement] Fügen Sie das ganze Ticket noch einmal ein, genau so, wie Sie es bekommen haben. Ein Ticket funktioniert nur für die Erklärung und die Website, für die es erstellt wurde.
       *[other] Fügen Sie das ganze Ticket noch einmal ein, genau so, wie Sie es bekommen haben. Ein Ticket funktioniert nur dort, wofür es erstellt wurde.
    }
error-ticket-spent-title = Dieses Ticket wurde schon verwendet
error-ticket-spent-advice = Jedes Ticket zählt nur einmal. Wenn Sie es nicht selbst verwendet haben, sagen Sie es jemandem aus dem Organisationsteam persönlich.
error-no-credential-title = Eine Einladung ist nötig
error-no-credential-advice = Öffnen Sie den Einladungslink, den Sie erhalten haben, geben Sie seinen Code ein, oder verwenden Sie ein anonymes Ticket, das Sie damit bekommen haben.
error-signing-closed-title = Die Unterschriftensammlung ist beendet
error-signing-closed-advice = Diese Erklärung nimmt keine Unterschriften mehr an. Ihre Zahl und ihr öffentliches Protokoll bleiben auf der Seite der Erklärung.
error-closed-title =
    { $about ->
        [survey] Diese Umfrage ist beendet
        [statement] Diese Erklärung ist beendet
       *[other] Diese Umfrage oder Erklärung ist beendet
    }
error-closed-advice = Sie nimmt keine Antworten mehr an. Wenn die Organisatoren Ergebnisse veröffentlichen, erscheinen sie auf der Ergebnisseite der Umfrage.
error-shredded-title =
    { $about ->
        [survey] Die gespeicherten Daten dieser Umfrage sind gelöscht
        [statement] Die gespeicherten Daten dieser Erklärung sind gelöscht
       *[other] Die gespeicherten Daten sind gelöscht
    }
error-shredded-advice = Die Aufbewahrungsfrist ist abgelaufen, und alles, was jemanden erkennbar machen könnte, wurde wie versprochen vernichtet. Es bleibt nur, was die Organisatoren veröffentlicht haben.
error-unknown-secret-title = Dieses Geheimnis zum Zurückziehen passt nicht
error-unknown-secret-advice = { error-not-a-secret-advice }
error-withdrawn-title = Diese Unterschrift wurde schon zurückgezogen
error-withdrawn-advice = Sie müssen nichts weiter tun: Sie zählt nicht mehr, und der Name, die Funktion oder der Kommentar dazu wurde gelöscht.
error-flooded-title = Zu viele fehlgeschlagene Versuche
error-flooded-advice =
    { $about ->
        [survey] In kurzer Zeit wurden viele falsche Codes an diese Umfrage geschickt, deshalb werden falsche vorerst abgewiesen. Prüfen Sie Ihren Code und senden Sie ihn in { $retry_after } Sekunden erneut; eine gültige Einladung wird auch jetzt angenommen.
        [statement] In kurzer Zeit wurden viele falsche Codes an diese Erklärung geschickt, deshalb werden falsche vorerst abgewiesen. Prüfen Sie Ihren Code und senden Sie ihn in { $retry_after } Sekunden erneut; eine gültige Einladung wird auch jetzt angenommen.
       *[other] In kurzer Zeit wurden viele falsche Codes geschickt, deshalb werden falsche vorerst abgewiesen. Prüfen Sie Ihren Code und senden Sie ihn in { $retry_after } Sekunden erneut; eine gültige Einladung wird auch jetzt angenommen.
    }
error-busy-title = Der Server ist ausgelastet
error-busy-advice = Es wurde nichts gespeichert. Warten Sie einige Sekunden und senden Sie das Formular erneut.
error-timeout-title = Das Formular kam zu spät an
error-timeout-advice = Es wurde nichts gespeichert. Senden Sie es erneut, wenn möglich über eine stabilere Verbindung.
error-internal-title = Auf dem Server ist etwas schiefgegangen
error-internal-advice = Es liegt nicht an Ihnen, und es wurde nichts verändert. Versuchen Sie es später noch einmal; wenn es wieder passiert, sagen Sie es dem Organisationsteam.
error-refused-title = Diese Anfrage wurde abgelehnt
error-refused-advice = Es wurde nichts verändert. Die Meldung oben sagt, warum.
error-message-not-found =
    { $about ->
        [survey] Unter dieser Adresse gibt es keine Umfrage.
        [statement] Unter dieser Adresse gibt es keine Erklärung.
       *[other] Diese Umfrage oder Erklärung gibt es nicht.
    }
error-message-no-route = Diese Seite gibt es nicht.
error-message-not-published = Die Organisatoren haben für diese Umfrage noch keine Ergebnisse veröffentlicht.
error-message-method-not-allowed = Diese Adresse nimmt nur { $methods } an.
error-message-bad-request = Diese Anfrage konnte nicht gelesen werden.
error-message-form-not-utf8 = Das Formular wurde nicht als gültiger UTF-8-Text gesendet und konnte daher nicht gelesen werden.
error-message-form-unreadable = Das Formular konnte nicht gelesen werden.
error-message-too-large = Was gesendet wurde, ist zu groß.
error-message-answers-too-long = Diese Antworten sind zu lang zum Speichern; bitte kürzen Sie die schriftlichen Antworten.
error-message-unsupported-media-type = Dies wurde nicht so gesendet, wie das Formular der Seite es sendet (application/x-www-form-urlencoded).
error-message-unauthorized = Diese Anfrage des Organisationsteams konnte nicht geprüft werden oder wurde schon verwendet.
error-message-invite-forged =
    { $about ->
        [survey] Diese Einladung wurde nicht von den Organisatoren dieser Umfrage für sie ausgegeben.
        [statement] Diese Einladung wurde nicht von den Organisatoren dieser Erklärung für sie ausgegeben.
       *[other] Diese Einladung wurde hierfür nicht von den Organisatoren ausgegeben.
    }
error-message-invite-invalid = Dieser Einladungscode fehlt, ist unvollständig oder vertippt.
error-message-invite-spent = Diese Einladung wurde schon verwendet.
error-message-ticket-malformed = Dieses Ticket ist unvollständig oder hat nicht die richtige Form.
error-message-ticket-invalid = Dieses Ticket wurde nicht für diesen Ort erstellt.
error-message-ticket-spent = Dieses Ticket wurde schon verwendet.
error-message-credential-missing = Dafür braucht es einen Einladungscode oder ein anonymes Ticket, das damit geholt wurde.
error-message-closed =
    { $about ->
        [survey] Diese Umfrage ist beendet.
        [statement] Die Unterschriftensammlung dieser Erklärung ist beendet.
       *[other] Diese Umfrage oder Erklärung ist beendet.
    }
error-message-retention-over = Die Aufbewahrungsfrist ist abgelaufen, und die gespeicherten Antworten und der Schlüssel wurden am { $date } vernichtet; nur veröffentlichte Ergebnisse bleiben.
error-message-already-withdrawn = Diese Unterschrift wurde schon zurückgezogen.
error-message-withdrawal-hash-taken = Dieser Hash zum Zurückziehen wird schon verwendet: Erzeugen Sie ein neues Geheimnis und senden Sie dessen Hash.
error-message-checkpoint-moved = Die Kosignatur passt nicht zum aktuellen Prüfpunkt: Holen Sie ihn und kosignieren Sie erneut.
error-message-unknown-witness = Dieser Schlüssel gehört keinem der Zeugen, die die Organisatoren der Erklärung benannt haben.
error-message-not-processed = Diese Anfrage konnte nicht ausgeführt werden und hat nichts verändert.
error-message-not-header-organiser = Nur der Organisationsschlüssel, der den Kopf der Erklärung signiert hat, darf eine Unterschrift streichen.
error-message-already-struck = Diese Unterschrift wurde schon zurückgezogen oder gestrichen.
error-message-unknown-secret = Keine Unterschrift dieser Erklärung hat dieses Geheimnis zum Zurückziehen.
error-message-survey-open = Diese Umfrage ist noch offen: Beenden Sie sie zuerst, damit Ergebnisse nicht verglichen werden können, während Antworten eintreffen.
error-message-reveal-not-due = Die Namen bleiben versiegelt bis zu { $needed } Unterschriften mit Einladung; diese Erklärung hat { $signed }.
error-message-openings-missing = Diese Offenlegung lässt einige versiegelte Namen ungeöffnet, deshalb wurde nichts veröffentlicht.
error-message-opening-mismatch = Die Öffnung für Eintrag { $entry } passt nicht zu seinem Protokolleintrag, deshalb wurde nichts veröffentlicht.
error-message-release-differencing = Diese Veröffentlichung wurde abgelehnt: Sie liegt zu nah an einer früheren, und ein Vergleich der beiden würde Antworten offenlegen.
error-message-release-stale = Die Umfrage hat jetzt { $now } Antworten, nicht die { $claimed }, aus denen diese Veröffentlichung gezählt wurde; zählen Sie neu aus.
error-message-invalid-answers = Einige Antworten passen nicht zur Umfrage.
error-message-invalid-survey = Diese Umfragedatei ist nicht gültig.
error-message-busy = Der Server ist ausgelastet; versuchen Sie es gleich noch einmal.
error-message-too-many-failures =
    { $about ->
        [survey] Zu viele fehlgeschlagene Versuche bei dieser Umfrage; versuchen Sie es in { $retry_after } s erneut (eine gültige Einladung wird immer angenommen).
        [statement] Zu viele fehlgeschlagene Versuche bei dieser Erklärung; versuchen Sie es in { $retry_after } s erneut (eine gültige Einladung wird immer angenommen).
       *[other] Zu viele fehlgeschlagene Versuche; versuchen Sie es in { $retry_after } s erneut (eine gültige Einladung wird immer angenommen).
    }
error-message-request-timeout = Die Anfrage kam nicht rechtzeitig an.
error-message-internal = Auf dem Server ist etwas schiefgegangen.

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

## Eine abgelehnte Antwort

answer-not-an-object = die Antworten müssen ein JSON-Objekt sein, dessen Schlüssel die IDs der Fragen sind
answer-unknown-question = ist keine Frage dieser Umfrage
answer-required-choose = ist eine Pflichtfrage: Wählen Sie eine Antwort
answer-required-tick = ist eine Pflichtfrage: Kreuzen Sie mindestens ein Kästchen an
answer-required-number = ist eine Pflichtfrage: Wählen Sie eine Zahl von { $min } bis { $max }
answer-required-text = ist eine Pflichtfrage: Schreiben Sie eine Antwort
answer-not-option-text = muss der Text einer der Optionen sein
answer-not-an-option = „{ $value }“ ist keine der Optionen
answer-not-a-list = muss eine Liste von Optionstexten sein
answer-twice = nennt eine Option zweimal
answer-not-likert = muss eine ganze Zahl von 1 (stimme überhaupt nicht zu) bis 5 (stimme voll und ganz zu) sein
answer-out-of-range = muss eine ganze Zahl von { $min } bis { $max } sein
answer-not-text = muss Text sein
answer-too-long = darf höchstens { $max } Zeichen lang sein
answer-control-characters = darf keine Steuerzeichen enthalten

## Der Einladungsbogen zum Ausdrucken

invites-page-title = Einladungen: { $title }
invites-heading = Einladungen für „{ $title }“
invites-count =
    { $count ->
        [one] { $count } Einladung.
       *[other] { $count } Einladungen.
    }
invites-intro = Drucken Sie den Bogen aus, schneiden Sie entlang der gestrichelten Linien, <strong>mischen</strong> Sie die Karten und verteilen Sie sie persönlich, damit niemand, auch nicht das Organisationsteam, weiß, wer welche hat. Jede funktioniert nur einmal. Notieren Sie nicht, wer welche bekommen hat. Dieser Hinweis wird nicht gedruckt.
invites-how = Scannen Sie mit einem <strong>privaten</strong> Telefon (keinem Dienstgerät), oder öffnen Sie { $url } und geben Sie den Code ein:
invites-how-short = Scannen Sie mit einem <strong>privaten</strong> Telefon (keinem Dienstgerät), oder öffnen Sie { $url } und geben Sie den Code ein (Groß- oder Kleinschreibung egal; I und L zählen als 1, O als 0):
invites-ticket-key = Ticket-Schlüssel:
invites-qr-label = QR-Code des Einladungslinks

# Punctuation between figures, names and quotations, as each language
# writes it.
chart-percent = { $value } %
chart-percent-under-one = <1 %
chart-row-figures = { $name }: { $count } ({ $percent })
chart-row-figure = { $name }: { $count }
chart-rows-separator = { "; " }
chart-legend-item = { $name }: <strong>{ $value }</strong>
statement-signer-role = <strong>{ $name }</strong>, { $role }
statement-signer-comment = { $signer }: „{ $comment }“
statement-error-with-advice = { $error }. { $advice }
chart-hidden-question = { $prompt }: <em>{ $hidden }</em>
