# caucus interface text: English, the source of every other catalogue.
# Project Fluent syntax (https://projectfluent.org/). Every other
# catalogue in this folder has exactly these message ids and attributes
# (a test checks it). Keep { $placeholders } as they are, and keep the
# few HTML tags (<strong>, <code>) around the same words; translate the
# text around them. Commands such as caucus receipt stay as written.

## Every page

skip-to-content = Skip to content
footer-privacy = What this site records about you, and what it does not
language-switcher = Language

## Home page

home-title = caucus
home-intro = This site hosts anonymous surveys and collective statements run by colleagues. If someone gave you an invite link or a printed code, open the link, or scan the code, to answer or sign.
home-sealed = Your answers are sealed the moment they arrive, so that only the organisers can open them, and results are only ever shown for groups large enough that no one can be picked out.
home-privacy-link = Read exactly what is and is not recorded.

## The survey form

survey-errors-title = Please check your answers
survey-errors-heading =
    { $count ->
        [one] Please check { $count } answer
       *[other] Please check { $count } answers
    }
# A question of the form and its problem, in the list at the top; the
# question is a link.
survey-error-item = { $question }: { $problem }
# A page's title when something sent needs fixing: "Please check your
# answers: <survey title>".
page-title-with-problem = { $problem }: { $title }
survey-length =
    { $count ->
        [one] { $count } question.
       *[other] { $count } questions.
    }
survey-length-required =
    { $count ->
        [one] { $count } question, { $required } of them required.
       *[other] { $count } questions, { $required } of them required.
    }
survey-min-group = Results are only shown for groups of at least { $min_group } people.
survey-privacy-link = What is recorded when you answer
survey-invite-by-message = Did this invite reach you by email or message? Then whoever sent it knows it is yours.
survey-trade-for-ticket = Trade it for an anonymous ticket first, and answer with the ticket later.
survey-ticket-label = Your anonymous ticket
survey-required = (required)
survey-optional = (optional)
survey-number-label = A whole number from { $min } to { $max }
survey-send = Send my answers
option-prefer-not-to-say = Prefer not to say
likert-1 = Strongly disagree
likert-2 = Disagree
likert-3 = Neither agree nor disagree
likert-4 = Agree
likert-5 = Strongly agree

## Entering a short invite code

code-intro = To answer, enter the invite code you were given, such as <code>{ $example }</code>. Capitals or not, with or without the dashes; I and L count as 1, O as 0. Each code works once.
code-label = Invite code
code-open = Open the survey
code-ticket-heading = Or answer with an anonymous ticket
code-ticket-intro = If you traded your invite for an anonymous ticket (with <code>caucus ticket get</code>), you can answer with it: the server cannot tell which invite a ticket came from.
code-ticket-link = Answer with the ticket
code-ticket-key = The ticket key of this survey is <code>{ $key }</code>: it should match the one on your invite sheet.

## After answering

thanks-page-title = Thank you
thanks-heading = Thank you: your answers are in
thanks-stored = Your answers to <strong>{ $title }</strong> were sealed and safely stored. Your invite is now used up.
thanks-before-closing = Before you close this page
thanks-clear-history = <strong>Clear this site from your browser history</strong>, so the invite link and this page are not left on the device.
thanks-destroy-slip = <strong>Destroy the slip</strong> your invite was on, or delete the message it came in.
thanks-personal-device = If you answered on a work device or the office network, your employer may have seen the visit, though not your answers. Next time, use a personal phone or computer and your own connection.
thanks-receipt-heading = Your receipt (optional)
thanks-receipt-intro = This receipt proves your sealed answers are in the ballot box. It does not say what you answered, but it does link you to your sealed answers, so keep it private, or do not keep it at all: you do not need it for anything else.
thanks-receipt-sealed = Sealed answers (SHA-256)
thanks-receipt-key = Signed by server key
thanks-receipt-signature = Signature
thanks-receipt-file = The receipt as a file (copy and save as receipt.json)
thanks-check-intro = To check it later, with the free <code>caucus</code> tool:
thanks-check-explained = That confirms this site signed it. Only the organisers can look into the ballot box: if you want them to confirm your answer is there, give them the receipt (never your invite), and they run the same command with <code>--key</code> once the survey has closed.
thanks-close = You can close this page now.

## A statement's page and its signing forms. { $about } in the error
## messages below is survey, statement or neither (an address that names
## no survey or statement).

statement-errors-title = Please check your signature
statement-signatures = Signatures
statement-count =
    { $count ->
        [one] <strong>{ $count }</strong> person has signed:
       *[other] <strong>{ $count }</strong> people have signed:
    }
statement-count-kinds = { $named } by name and { $anonymous } anonymously, each backed by an invite.
statement-count-kinds-unverified =
    { $unverified ->
        [one] { $named } by name and { $anonymous } anonymously, each backed by an invite, and { $unverified } outside supporter by name.
       *[other] { $named } by name and { $anonymous } anonymously, each backed by an invite, and { $unverified } outside supporters by name.
    }
statement-count-withdrawn = { $count } withdrew.
statement-count-struck =
    { $count ->
        [one] { $count } name was struck by the organisers as false, and is not counted.
       *[other] { $count } names were struck by the organisers as false, and are not counted.
    }
statement-names-unchecked = Names are not checked against anyone's identity: whoever holds an invite can sign with any name. The organisers strike a name shown to be false; every strike is a public entry of the log below, signed by the organiser who published this statement.
statement-awaiting-reveal = <strong>The threshold has been reached:</strong> { $reveal_at } people have signed with an invite. The names are sealed and waiting for the organisers, who will publish all of them together.
statement-sealed-until = Names stay sealed until { $reveal_at } people have signed with an invite ({ $so_far } so far). Then the organisers publish all of them together, so no one stands alone.
statement-closed-heading = Signing has closed
statement-closed = Signing closed at the end of { $closes } (UTC). The count above and the log below are final.
statement-trade-for-ticket = Trade it for an anonymous ticket first, and sign with the ticket later.
statement-errors-heading =
    { $count ->
        [one] Your signature was not taken: please check this
       *[other] Your signature was not taken: please check these { $count } things
    }
statement-sign-named = Sign by name
statement-named-awaiting = Your name, role and comment are sealed as soon as you send them, like every name before yours; enough people have signed, and the organisers will publish all names together, yours with them. After that, names appear as soon as they are signed.
statement-named-sealed = Your name, role and comment are sealed as soon as you send them, so that nobody, not even the organisers, can read them until { $reveal_at } people have signed with an invite ({ $so_far } so far); then the organisers publish all names together, and names signed after that appear at once.
statement-named-revealed = The { $reveal_at } invite-backed signatures this statement waited for are in and the names are published, so your name, role and comment appear on this page as soon as you sign, for anyone to read.
statement-named-public = Your name, role and comment appear on this page as soon as you sign, for anyone to read.
statement-named-withdraw = You can withdraw later with the secret you are given; your name is then erased.
statement-name = Your name
statement-role = Role or team (optional)
statement-comment = Comment (optional)
statement-invite-optional = Invite code (optional: without one you are counted as an outside supporter)
statement-sign-anon = Sign anonymously
statement-anon-intro = You are counted, backed by your invite, and no name is kept.
statement-ticket-intro = Traded your invite for an anonymous ticket (with <code>caucus ticket get</code>)? Sign with it here; the server cannot tell which invite it came from.
statement-ticket-link = Sign with the ticket
statement-ticket-key = This statement's ticket key is <code>{ $key }</code>, the same for everyone; it is entry 1 of the log below, and <code>caucus verify</code> checks it.
statement-check-heading = How anyone can check this count
statement-check-log = Every signature is an entry in a public, append-only log. The server signs a short summary of the log (a checkpoint) that fixes its length and contents, so the count cannot be inflated, and no signature can be quietly removed or shown differently to different people, without it being detected. Names, roles and comments are kept off the log; it holds only a fingerprint of each, which is why a withdrawn name can be erased while the log still checks out.
statement-check-tool = With the free <code>caucus</code> tool, anyone (a journalist, a union, your employer) can download the log and recompute the count:
statement-text-hash = The text of this statement has the SHA-256 fingerprint <code>{ $hash }</code>; it cannot change once anyone has signed.
statement-closes = Signing closes at the end of { $closes } (UTC).
statement-withdraw-link = Withdraw a signature
statement-privacy-link = What this site records when you sign
statement-back = Back to the statement
sign-error-required =
    { $field ->
        [name] Your name is required
        [role] Role or team is required
       *[other] Comment is required
    }
sign-error-too-long =
    { $field ->
        [name] Your name must be at most { $max } characters
        [role] Role or team must be at most { $max } characters
       *[other] Comment must be at most { $max } characters
    }
sign-error-one-line =
    { $field ->
        [name] Your name must be one line, without control characters
        [role] Role or team must be one line, without control characters
       *[other] Comment must be one line, without control characters
    }
sign-error-control =
    { $field ->
        [name] Your name must not contain control characters
        [role] Role or team must not contain control characters
       *[other] Comment must not contain control characters
    }
sign-error-invite-missing = Enter your invite code
sign-error-invite-missing-advice = It is in the invite link you were given, after “invite=”; or sign with an anonymous ticket you got with it.

## After signing, and withdrawing

signed-page-title = Signed
signed-heading = Thank you: you have signed
signed-entry = Your signature on <strong>{ $title }</strong> is entry { $index } of its public log.
signed-save-heading = Save these two things, privately
signed-secret = <strong>Your withdrawal secret.</strong> With it, and only with it, you can withdraw your signature later; your name is then erased. No one can recover it for you.
signed-receipt = Your receipt (save as receipt.json): proof that your signature is in the log
signed-check = Anyone holding the receipt can check that your entry stays in the log with this command:
signed-keep = Keep both on a personal device, not a work one.
withdraw-page-title = Withdraw
withdrawn-heading = Your signature is withdrawn
withdrawn-text = Your signature on <strong>{ $title }</strong> no longer counts, and any name, role or comment you gave has been erased. The log records that one signature was withdrawn, as it must for the count to stay checkable.
withdraw-heading = Withdraw a signature
withdraw-intro = From <strong>{ $title }</strong>. Paste the withdrawal secret you were given when you signed.
withdraw-secret-label = Withdrawal secret
withdraw-button = Withdraw my signature

## The anonymous ticket page. { $kind } is survey or statement.

ticket-page-title = An anonymous ticket: { $title }
ticket-heading = An anonymous ticket for “{ $title }”
ticket-intro =
    { $kind ->
        [survey] If this invite reached you by email or message, whoever sent it knows it is yours. Trade it for a ticket that this site signs without seeing it: then nobody (organisers, host, or anyone with a copy of the server) can tell which invite the ticket came from, and so which answers came from you.
       *[other] If this invite reached you by email or message, whoever sent it knows it is yours. Trade it for a ticket that this site signs without seeing it: then nobody (organisers, host, or anyone with a copy of the server) can tell which invite the ticket came from, and so which signature came from you.
    }
ticket-key =
    { $kind ->
        [survey] The ticket key of this survey is <code>{ $key }</code>, the same for everyone. Your invite sheet or message should show the same; if not, stop and tell the organisers.
       *[other] The ticket key of this statement is <code>{ $key }</code>, the same for everyone. Your invite sheet or message should show the same; if not, stop and tell the organisers.
    }
ticket-nojs = Getting a ticket in the browser needs JavaScript. Without it, run this in a terminal, then use the ticket at the page for tickets:
ticket-later-link = The page for tickets
ticket-go-back = Or go back and use the invite as it is
ticket-get-heading = Get your ticket
ticket-used-up = Your invite will be used up, and the ticket will stand for it.
ticket-get = Get an anonymous ticket
ticket-getting = Getting your ticket…
ticket-failed = No ticket was made.
ticket-failed-other = Check your connection and try again in a moment; if it keeps failing, go back and use the invite as it is.
ticket-key-unlisted = This page’s ticket key is not the one this site publishes, so no ticket was asked for. Do not use this page: tell the organisers.
ticket-safer = It is safer to save the ticket and use it later, from another network (home Wi-Fi instead of work, mobile data, or Tor Browser): a ticket used hours later and from elsewhere cannot be matched to your invite by its time or address.
ticket-text-label = Your ticket (copy it, or save it as a file)
ticket-save = Save the ticket as a file
ticket-use-now =
    { $kind ->
        [survey] Answer now with this ticket
       *[other] Sign now with this ticket
    }

## The error page: a title, the error's own message (keyed by its code),
## advice, and a way back.

error-status = Error { $status }.
error-privacy-link = What this site records
error-back-home = Go to the home page
error-back-withdraw = Back to the withdrawal page
error-back-survey = Back to the survey
error-back-results = See the survey's published results
error-not-found-title =
    { $about ->
        [survey] There is no survey here
        [statement] There is no statement here
       *[other] There is no survey or statement here
    }
error-not-found-advice = Check the link you were given: it may have been cut short. Copy the whole link again, or ask whoever sent it.
error-no-route-title = There is no such page
error-no-route-advice = Check the address: it may have been cut short or mistyped.
error-not-published-title = No results published yet
error-not-published-advice = Results appear here only after the survey has closed and its organisers have counted the answers and chosen to publish them. Come back later.
error-method-title = This page cannot be sent that way
error-method-advice = Open the page from its link and use its form.
error-not-a-secret-title = This is not a withdrawal secret
error-not-a-secret-advice = Check that you copied the whole withdrawal secret from the page you saw when you signed: 64 characters, the digits 0-9 and letters a-f, with nothing missing. A lost secret cannot be recovered: no one, not even the organisers, holds a copy.
error-bad-request-title = This request could not be read
error-bad-request-advice = Nothing was stored. Go back, fill in the form again and send it from its page.
error-too-long-title = This is too long to store
error-too-long-advice = Nothing was stored. Shorten what you wrote and send the form again.
error-invite-forged-title =
    { $about ->
        [survey] This invite is not for this survey
        [statement] This invite is not for this statement
       *[other] This invite is not for this survey or statement
    }
error-invite-forged-advice =
    { $about ->
        [survey] Each invite belongs to one survey. Check that you opened the link you were given for this one, or ask an organiser, in person, for the right invite.
        [statement] Each invite belongs to one statement. Check that you opened the link you were given for this one, or ask an organiser, in person, for the right invite.
       *[other] Each invite belongs to one survey or statement. Check that you opened the link you were given for this one, or ask an organiser, in person, for the right invite.
    }
error-invite-invalid-title = This invite code does not work
error-invite-invalid-advice = Copy the whole link or code again: one cut short or mistyped does not work. If it still fails, ask an organiser for a new one.
error-spent-title = This invite has already been used
error-spent-advice =
    { $about ->
        [statement] Each invite signs once. If you signed with it already, your signature counts and there is nothing more to do. If you did not, tell an organiser in person.
       *[other] Each invite answers once. If you answered with it already, your answers are stored and there is nothing more to do. If you did not, tell an organiser in person.
    }
error-ticket-title = This ticket does not work
error-ticket-advice =
    { $about ->
        [survey] Paste the whole ticket again, exactly as it was given to you. A ticket works only for the survey and the site it was made for.
        [statement] Paste the whole ticket again, exactly as it was given to you. A ticket works only for the statement and the site it was made for.
       *[other] Paste the whole ticket again, exactly as it was given to you. A ticket works only for the survey or statement and the site it was made for.
    }
error-ticket-spent-title = This ticket has already been used
error-ticket-spent-advice = Each ticket counts once. If you did not use it yourself, tell an organiser in person.
error-no-credential-title = An invite is needed
error-no-credential-advice = Open the invite link you were given, or enter its code, or use an anonymous ticket you got with it.
error-signing-closed-title = Signing has closed
error-signing-closed-advice = This statement no longer takes signatures. Its count and public log stay on the statement's page.
error-closed-title =
    { $about ->
        [survey] This survey is closed
        [statement] This statement is closed
       *[other] This survey or statement is closed
    }
error-closed-advice = It no longer takes answers. If the organisers publish results, they appear on the survey's results page.
error-shredded-title =
    { $about ->
        [survey] This survey's stored records are gone
        [statement] This statement's stored records are gone
       *[other] This survey or statement's stored records are gone
    }
error-shredded-advice = Its retention period ended and what could identify anyone was destroyed, as promised. Only what the organisers published remains.
error-unknown-secret-title = This withdrawal secret does not match
error-unknown-secret-advice = { error-not-a-secret-advice }
error-withdrawn-title = This signature was already withdrawn
error-withdrawn-advice = There is nothing more to do: it no longer counts, and any name, role or comment it carried has been erased.
error-flooded-title = Too many failed attempts
error-flooded-advice =
    { $about ->
        [survey] Many wrong codes were sent to this survey in a short time, so wrong ones are turned away for now. Check your code, and send it again in { $retry_after } seconds; a valid invite is accepted even now.
        [statement] Many wrong codes were sent to this statement in a short time, so wrong ones are turned away for now. Check your code, and send it again in { $retry_after } seconds; a valid invite is accepted even now.
       *[other] Many wrong codes were sent to this survey or statement in a short time, so wrong ones are turned away for now. Check your code, and send it again in { $retry_after } seconds; a valid invite is accepted even now.
    }
error-busy-title = The server is busy
error-busy-advice = Nothing was stored. Wait a few seconds and send the form again.
error-timeout-title = The form took too long to arrive
error-timeout-advice = Nothing was stored. Send it again, on a steadier connection if you can.
error-internal-title = Something went wrong on the server
error-internal-advice = Nothing you did caused this, and nothing was changed. Try again later; if it keeps happening, tell an organiser.
error-refused-title = This request was refused
error-refused-advice = Nothing was changed. The message above says why.
error-message-not-found =
    { $about ->
        [survey] There is no survey at this address.
        [statement] There is no statement at this address.
       *[other] No such survey or statement.
    }
error-message-no-route = No such page.
error-message-not-published = The organisers have not published results for this survey yet.
error-message-method-not-allowed = This address takes only { $methods }.
error-message-bad-request = This request could not be read.
error-message-form-not-utf8 = The form is not valid UTF-8 text, so it could not be read.
error-message-form-unreadable = The form could not be read.
error-message-too-large = What was sent is too large.
error-message-answers-too-long = These answers are too long to store; please shorten the written answers.
error-message-unsupported-media-type = This was not sent as an HTML form (application/x-www-form-urlencoded), the way the page’s form sends it.
error-message-unauthorized = This organiser's request could not be checked, or was already used.
error-message-invite-forged =
    { $about ->
        [survey] This invite was not issued for this survey by its organisers.
        [statement] This invite was not issued for this statement by its organisers.
       *[other] This invite was not issued for this survey or statement by its organisers.
    }
error-message-invite-invalid = This invite code is missing, incomplete or mistyped.
error-message-invite-spent = This invite has already been used.
error-message-ticket-malformed = This ticket is incomplete or not in the right form.
error-message-ticket-invalid = This ticket was not made for this place.
error-message-ticket-spent = This ticket has already been used.
error-message-credential-missing = This needs an invite code, or an anonymous ticket obtained with one.
error-message-closed =
    { $about ->
        [survey] This survey is closed.
        [statement] Signing of this statement has closed.
       *[other] This survey or statement is closed.
    }
error-message-retention-over = Its retention period ended and its stored responses and key were destroyed on { $date }; only published results remain.
error-message-already-withdrawn = This signature has already been withdrawn.
error-message-withdrawal-hash-taken = This withdrawal hash is already in use: make a new secret and send its hash.
error-message-checkpoint-moved = The cosignature does not verify against the current checkpoint: fetch it and cosign again.
error-message-unknown-witness = This key is not one of the witnesses the statement's organisers named.
error-message-not-processed = This request could not be carried out, and changed nothing.
error-message-not-header-organiser = Only the organiser key that signed the statement's header may strike a signature.
error-message-already-struck = This signature was already withdrawn or struck.
error-message-unknown-secret = No signature of this statement has this withdrawal secret.
error-message-survey-open = This survey is still open: close it first, so results cannot be compared as answers arrive.
error-message-reveal-not-due = Names stay sealed until { $needed } invite-backed signatures; this statement has { $signed }.
error-message-openings-missing = This reveal leaves some sealed names unopened, so nothing was published.
error-message-opening-mismatch = The opening for entry { $entry } does not match its log entry, so nothing was published.
error-message-release-differencing = This release was refused: it is too close to an earlier one, and comparing the two would expose answers.
error-message-release-stale = The survey now has { $now } responses, not the { $claimed } this release was counted from; tally again.
error-message-invalid-answers = Some answers do not fit the survey.
error-message-invalid-survey = This survey file is not valid.
error-message-busy = The server is busy; try again in a moment.
error-message-too-many-failures =
    { $about ->
        [survey] Too many failed attempts on this survey; try again in { $retry_after } s (a valid invite is always accepted).
        [statement] Too many failed attempts on this statement; try again in { $retry_after } s (a valid invite is always accepted).
       *[other] Too many failed attempts on this survey or statement; try again in { $retry_after } s (a valid invite is always accepted).
    }
error-message-request-timeout = The request did not arrive in time.
error-message-internal = Something went wrong on the server.

## Published results (the public results page and the CLI's HTML report)

results-page-title = Results: { $title }
results-kicker = Survey results
results-responses =
    { $count ->
        [one] { $count } response
       *[other] { $count } responses
    }
results-noisy-hidden = Counts carry random noise; noisy counts from 1 to { $max } are hidden.
results-below-hidden = Counts below { $min_group } are hidden, together with any count that would reveal them.
results-published = Published on { $date }. Aggregates only: no one's individual answers.
results-hidden-explained = “hidden” means too few people, or needed to protect a smaller group: a hidden count is never shown as a number.
results-everyone = Everyone
results-by = By { $questions }
results-by-and = { " and " }
results-groups-intro =
    { $count ->
        [one] One section per group of people who gave the same answer to the breakdown question. Comments never appear within a group.
       *[other] One section per group of people who gave the same answers to the breakdown questions. Comments never appear within a group.
    }
results-group-hidden = Hidden: too few people, or needed to protect a smaller group.
results-group-empty = No one in this group responded.
results-answered = Answered:
results-noise-error = each count { $error } (noise)
results-chart = Chart: { $prompt }
results-table-answer = Answer
results-table-count = Count
results-table-share = Share of those who answered
results-comments-in-group = Comments are shown only for everyone together, never within a group.
results-comment-edited = (edited by the organisers)
results-no-comments = No comments to show.
results-comments-withheld = Comments withheld: fewer than { $count } people answered, and wording can point at its author where a count cannot.
results-no-free-text = Free text is not included.
results-suppressed = Fewer than { $min_group } responses in all: every result is hidden.
results-noise =
    { $count ->
        [one] Counts include random noise for differential privacy ({ $mechanism }, ε = { $epsilon } in all, over { $count } table), so no one's answer can be worked out from them. The ± figure with each question is the typical size of that noise.
       *[other] Counts include random noise for differential privacy ({ $mechanism }, ε = { $epsilon } in all, over { $count } tables), so no one's answer can be worked out from them. The ± figure with each question is the typical size of that noise.
    }
results-redacted =
    { $count ->
        [one] Before publication the organisers removed { $count } comment and edited { $edited }, to protect the people who wrote them.
       *[other] Before publication the organisers removed { $count } comments and edited { $edited }, to protect the people who wrote them.
    }

## Charts: text drawn in the pictures, their accessible names and notes

chart-hidden = hidden
chart-hidden-note = “hidden”: too few people, or needed to protect a smaller group.
chart-answered-hidden = The number who answered is hidden, so no percentages are shown.
chart-multi-note = People could tick more than one answer, so percentages add up to more than 100%.
chart-likert-as-bars = Some counts are hidden, so each answer has its own bar instead of one bar centred on the neutral answer.
chart-no-answers = No one answered this question.
chart-kind-likert = Diverging bar chart, disagree left of centre, agree right
chart-kind-bars = Bar chart
chart-kind-columns = Column chart
chart-disagree-side = Disagree { $figure }
chart-agree-side = Agree { $figure }
chart-stats = mean { $mean }, median { $median }
chart-stats-hidden = mean and median hidden (some counts are hidden)
chart-likert-scale = (1 = strongly disagree, 5 = strongly agree)

## The CLI's standalone HTML report
## (report-print-page and report-print-of go into a CSS string: no quotes)

report-page-title = { $title } — results
report-survey = Survey
report-made-on = Report made on { $date }. It holds aggregates only: no one's individual answers.
report-made-with = Made with caucus.
report-print-page = Page
report-print-of = of

## What is recorded (the privacy page). A promise: every claim must stay exact.

privacy-page-title = What is recorded
privacy-heading = What is recorded, and what is not
privacy-intro = This site runs two kinds of campaign: { $surveys }, which you answer, and { $statements }, which you sign. Each keeps different things, for different lengths of time, readable by different people. This page says which.
privacy-intro-surveys = surveys
privacy-intro-statements = statements
privacy-never-heading = Never kept, for either
privacy-never-device = Your IP address, browser, device or operating system.
privacy-never-time = The time of day you answered or signed.
privacy-never-code = Your invite code itself.
privacy-never-cookies = Cookies: this site sets none. It loads nothing from any other site. It runs one optional script of its own, on the page that gets an anonymous ticket; everything else runs no script, and works the same without it.
privacy-surveys-heading = Surveys
privacy-surveys-kept-heading = What is kept, and for how long
privacy-surveys-answers = <strong>Your answers, sealed.</strong> They are encrypted as soon as they arrive, to keys that only the survey's organisers hold, on their own devices. The server itself cannot read them, and neither can anyone who copies its disk. They are kept until the survey's retention period ends: a number of days the organisers set, 90 unless they chose otherwise, counted from the day the survey closes. Then the sealed answers are deleted and the survey's key is destroyed, so that any copy left in an old backup can no longer be opened. Published results stay.
privacy-surveys-invite = <strong>That an invite was used.</strong> A one-way fingerprint of each used invite is kept, so it cannot be used twice. It is not your code, and no record points from it to your sealed answers. (The database writes both in one step, so someone with a copy of the disk may guess they belong together; they still cannot open the answers, and if invites were handed out shuffled, no one knows who held which invite.) These fingerprints are deleted with the answers when the retention period ends.
privacy-surveys-ticket = <strong>If you used an anonymous ticket:</strong> that your invite was traded for a ticket (with a fingerprint of the scrambled request your browser sent, which says nothing about the ticket), and, when you answer, a fingerprint of the ticket so it cannot be used twice. Nothing links the two: the site signs the ticket without ever seeing it. Only the timing could, if you answer right after getting the ticket, so answer later, from another network.
privacy-surveys-days = <strong>The day a survey opened and closed.</strong> Never the time you answered.
privacy-readers-heading = Who can read your answers
privacy-readers = Only the organisers, with their keys, on their own computers: the site serves the sealed answers to no one else. Their counting tool, <code>caucus tally</code>, prints totals. Any number smaller than the survey's minimum group (usually 5) is hidden, and so are any other numbers that would let someone work it out.
privacy-readers-comments = Written comments are the exception: when an organiser asks for them (<code>caucus tally --include-text</code>), the tool prints the written answers to a question word for word, once at least 10 people (or the minimum group, if larger) answered that question. They come in a shuffled order, never split by group or shown beside your other answers. Organisers can edit or remove comments before they publish, and published results say when they did. If they publish with comments, the comments appear on the survey's public results page. So write nothing in a comment that you would not want read by others, and avoid details only you would know.
privacy-readers-keys = The organisers' keys can open every sealed answer. The counting tool only ever shows what is described above, but software written for the purpose could show one answer at a time. That answer would still carry no name, invite or address.
privacy-statements-heading = Statements
privacy-log-heading = The public log
privacy-log-intro = Every signature is an entry in the statement's public log, which anyone can download and check. For each signature, the log holds only:
privacy-log-kind = its kind: signed by name with an invite, anonymously with an invite, or by name without an invite (an outside supporter);
privacy-log-fingerprint = a salted fingerprint of the name, role and comment (for an anonymous signature there are none), which fixes them without revealing them;
privacy-log-secret = a fingerprint of your withdrawal secret, which only you hold.
privacy-log-never = It never holds your invite, your IP address, your browser or the time of day. If the organisers named witnesses, each witness's countersignature of the log carries the time it was made: it shows how many signatures the log held then, not who signed. The log stays for as long as the site runs, as the public record.
privacy-names-heading = Your name, role and comment
privacy-names-sealed = <strong>Sealed until the reveal.</strong> They are encrypted as soon as they arrive, to the organisers' keys, and never written to the disk in readable form before the reveal. A statement can set a number of invite-backed signatures to wait for: until that many people have signed with an invite, the site gives the sealed names to no one, the organisers included, and anyone who copies the disk finds them sealed. Only the organisers' own keys open them, so the organisers could open a copy of the disk early; choose organisers you trust with your name, or sign anonymously.
privacy-names-published = <strong>Then published together.</strong> Once enough people have signed, the organisers fetch the sealed names, open them on their own computers and publish them all together. The site checks each one against its fingerprint in the log, so no name can be changed or slipped in. From then on the names are public on the statement's page, and names signed later appear there straight away.
privacy-names-withdraw = <strong>Withdrawing</strong>, with the secret you were given when you signed, erases your name, role and comment from the disk (overwritten, then deleted), before or after the reveal. The log keeps an entry saying that signature was withdrawn, so the count stays checkable. A name that was already public may have been copied by someone while it was.
privacy-names-false = <strong>False names.</strong> Names are not checked against anyone's identity. The organisers may strike a named signature shown to be false: the strike is a public entry of the log, signed by them, and the name, role and comment are erased.
privacy-names-anonymous = <strong>Anonymous signatures</strong> carry no name, role or comment at all: they are counted, backed by an invite.
privacy-invites-heading = Which invites were used
privacy-invites = A one-way fingerprint of each used invite (or ticket) is kept, so it cannot sign twice. It is not your code, and the log does not point to it. If the statement has a closing day, these fingerprints are destroyed when its retention period ends: a number of days the organisers set, 90 unless they chose otherwise, counted from the day after signing closes. The log and the published names stay.
privacy-protect-heading = How to protect yourself
privacy-protect-device = Answer or sign on a personal phone or computer, never a work device: many employers record keystrokes and screens on work devices.
privacy-protect-network = Use your own mobile data or home internet, not the office network. Tor Browser hides your address from this site too.
privacy-protect-comments = In comments, avoid details only you would know.
privacy-protect-secrets = Keep your withdrawal secret and receipts on a personal device. A lost withdrawal secret cannot be recovered.
privacy-receipts = A survey receipt proves your sealed answer was stored. It does not say what you answered. A statement receipt proves your signature is in the log.

## A survey answer refused, after the question's prompt and a colon on the
## form (the API gives the same problems in English). { $value } is what
## was sent, as given.

answer-not-an-object = answers must be a JSON object keyed by question id
answer-unknown-question = is not a question of this survey
answer-required-choose = is required: choose one answer
answer-required-tick = is required: tick at least one box
answer-required-number = is required: choose a number from { $min } to { $max }
answer-required-text = is required: write an answer
answer-not-option-text = must be the text of one of the options
answer-not-an-option = `{ $value }` is not one of the options
answer-not-a-list = must be a list of option texts
answer-twice = names an option twice
answer-not-likert = must be a whole number from 1 (strongly disagree) to 5 (strongly agree)
answer-out-of-range = must be a whole number from { $min } to { $max }
answer-not-text = must be text
answer-too-long =
    { $max ->
        [one] must be at most { $max } character
       *[other] must be at most { $max } characters
    }
answer-control-characters = must not contain control characters

## The printable invite sheet (caucus invites --format html). The note at
## the top (invites-count, invites-intro) does not print; the rest is on
## every card. { $url } is the page where a code is typed.

invites-page-title = Invites: { $title }
invites-heading = Invites for “{ $title }”
invites-count =
    { $count ->
        [one] { $count } invite.
       *[other] { $count } invites.
    }
invites-intro = Print, cut along the dashed lines, <strong>shuffle</strong>, and hand them out in person so that no one, organisers included, knows who holds which. Each works once. Do not keep a copy of who received what. This note does not print.
invites-how = Scan with a <strong>personal</strong> phone (not a work device), or open { $url } and type the code:
invites-how-short = Scan with a <strong>personal</strong> phone (not a work device), or open { $url } and type the code (capitals or not; I and L count as 1, O as 0):
invites-ticket-key = Ticket key:
invites-qr-label = QR code of the invite link

# Punctuation between figures, names and quotations, as each language
# writes it.
chart-percent = { $value }%
chart-percent-under-one = <1%
chart-row-figures = { $name }: { $count } ({ $percent })
chart-row-figure = { $name }: { $count }
chart-rows-separator = { "; " }
chart-legend-item = { $name }: <strong>{ $value }</strong>
statement-signer-role = <strong>{ $name }</strong>, { $role }
statement-signer-comment = { $signer }: “{ $comment }”
statement-error-with-advice = { $error }. { $advice }
chart-hidden-question = { $prompt }: <em>{ $hidden }</em>
