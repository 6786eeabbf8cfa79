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

report-page-title = { $title } — results
report-survey = Survey
report-made-on = Report made on { $date }. It holds aggregates only: no one's individual answers.
report-made-with = Made with caucus.
report-print-page = Page
report-print-of = of
