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
