# Texte de l’interface de caucus : français. Traduit de en.ftl, la source.
# Syntaxe Project Fluent (https://projectfluent.org/). Ce catalogue a
# exactement les mêmes identifiants de message et attributs que en.ftl
# (un test le vérifie). Laissez les { $placeholders } tels quels et gardez
# les quelques balises HTML (<strong>, <code>) autour des mêmes mots ;
# traduisez le texte autour. Les commandes comme caucus receipt restent
# telles quelles. Espaces insécables : U+00A0 avant les deux-points,
# U+202F avant le point-virgule, le point d’interrogation et le point
# d’exclamation.

## Toutes les pages

skip-to-content = Aller au contenu
footer-privacy = Ce que ce site enregistre sur vous, et ce qu’il n’enregistre pas
language-switcher = Langue

## Page d’accueil

home-title = caucus
home-intro = Ce site héberge des questionnaires anonymes et des déclarations collectives organisés par des collègues. Si quelqu’un vous a donné un lien d’invitation ou un code imprimé, ouvrez le lien ou scannez le code pour répondre ou signer.
home-sealed = Vos réponses sont scellées dès leur arrivée, pour que seule l’équipe organisatrice puisse les ouvrir, et les résultats ne sont affichés que pour des groupes assez grands pour que personne ne puisse être repéré.
home-privacy-link = Lisez exactement ce qui est enregistré et ce qui ne l’est pas.

## Le formulaire du questionnaire

survey-errors-title = Vérifiez vos réponses
survey-errors-heading =
    { $count ->
        [one] { $count } réponse à vérifier
       *[other] { $count } réponses à vérifier
    }
survey-length =
    { $count ->
        [one] { $count } question.
       *[other] { $count } questions.
    }
survey-length-required =
    { $count ->
        [one] { $count } question, dont { $required } { $required ->
                [one] obligatoire.
               *[other] obligatoires.
            }
       *[other] { $count } questions, dont { $required } { $required ->
                [one] obligatoire.
               *[other] obligatoires.
            }
    }
survey-min-group = Les résultats ne sont affichés que pour des groupes d’au moins { $min_group } personnes.
survey-privacy-link = Ce qui est enregistré quand vous répondez
survey-invite-by-message = Cette invitation vous est-elle parvenue par e-mail ou par message ? Dans ce cas, la personne qui l’a envoyée sait qu’elle est à vous.
survey-trade-for-ticket = Échangez-la d’abord contre un ticket anonyme, puis répondez plus tard avec ce ticket.
survey-ticket-label = Votre ticket anonyme
survey-required = (obligatoire)
survey-optional = (facultatif)
survey-number-label = Un nombre entier de { $min } à { $max }
survey-send = Envoyer mes réponses
option-prefer-not-to-say = Je préfère ne pas répondre
likert-1 = Pas du tout d’accord
likert-2 = Pas d’accord
likert-3 = Ni d’accord ni pas d’accord
likert-4 = D’accord
likert-5 = Tout à fait d’accord

## Saisir un code d’invitation court

code-intro = Pour répondre, saisissez le code d’invitation que vous avez reçu, par exemple <code>{ $example }</code>. En majuscules ou non, avec ou sans les tirets ; I et L comptent comme 1, O comme 0. Chaque code ne sert qu’une fois.
code-label = Code d’invitation
code-open = Ouvrir le questionnaire
code-ticket-heading = Ou répondez avec un ticket anonyme
code-ticket-intro = Si vous avez échangé votre invitation contre un ticket anonyme (avec <code>caucus ticket get</code>), vous pouvez l’utiliser pour répondre : le serveur ne peut pas savoir de quelle invitation vient un ticket.
code-ticket-link = Répondre avec le ticket
code-ticket-key = La clé des tickets de ce questionnaire est <code>{ $key }</code> : elle devrait être la même que celle de votre feuille d’invitation.

## Après avoir répondu

thanks-page-title = Merci
thanks-heading = Merci : vos réponses sont bien arrivées
thanks-stored = Vos réponses à <strong>{ $title }</strong> ont été scellées et enregistrées en lieu sûr. Votre invitation ne peut plus servir.
thanks-before-closing = Avant de fermer cette page
thanks-clear-history = <strong>Effacez ce site de l’historique de votre navigateur</strong>, pour que le lien d’invitation et cette page ne restent pas sur l’appareil.
thanks-destroy-slip = <strong>Détruisez le papier</strong> sur lequel figurait votre invitation, ou supprimez le message par lequel elle est arrivée.
thanks-personal-device = Si vous avez répondu sur un appareil professionnel ou sur le réseau du bureau, votre employeur a peut-être vu la visite, mais pas vos réponses. La prochaine fois, utilisez un téléphone ou un ordinateur personnel, et votre propre connexion.
thanks-receipt-heading = Votre reçu (facultatif)
thanks-receipt-intro = Ce reçu prouve que vos réponses scellées sont dans l’urne. Il ne dit pas ce que vous avez répondu, mais il vous relie bien à vos réponses scellées. Gardez-le donc pour vous, ou ne le gardez pas du tout : il ne vous sert à rien d’autre.
thanks-receipt-sealed = Réponses scellées (SHA-256)
thanks-receipt-key = Signé par la clé du serveur
thanks-receipt-signature = Signature
thanks-receipt-file = Le reçu sous forme de fichier (copiez-le et enregistrez-le sous le nom receipt.json)
thanks-check-intro = Pour le vérifier plus tard, avec l’outil gratuit <code>caucus</code> :
thanks-check-explained = Cela confirme que ce site l’a signé. Seule l’équipe organisatrice peut regarder dans l’urne : si vous voulez qu’elle confirme que votre réponse s’y trouve, donnez-lui le reçu (jamais votre invitation), et elle lancera la même commande avec <code>--key</code> une fois le questionnaire clos.
thanks-close = Vous pouvez maintenant fermer cette page.

## Résultats publiés (la page publique des résultats et le rapport HTML de l’outil en ligne de commande)

results-page-title = Résultats : { $title }
results-kicker = Résultats du questionnaire
results-responses =
    { $count ->
        [one] { $count } réponse
       *[other] { $count } réponses
    }
results-noisy-hidden = Les effectifs comportent un bruit aléatoire ; les effectifs bruités de 1 à { $max } sont masqués.
results-below-hidden = Les effectifs inférieurs à { $min_group } sont masqués, de même que tout effectif qui permettrait de les retrouver.
results-published = Publié le { $date }. Uniquement des agrégats : aucune réponse individuelle.
results-hidden-explained = « masqué » signifie trop peu de personnes, ou nécessaire pour protéger un groupe plus petit : un effectif masqué n’est jamais affiché sous forme de nombre.
results-everyone = Tout le monde
results-by = Par { $questions }
results-by-and = { " et " }
results-groups-intro =
    { $count ->
        [one] Une section par groupe de personnes ayant donné la même réponse à la question de ventilation. Les commentaires n’apparaissent jamais au sein d’un groupe.
       *[other] Une section par groupe de personnes ayant donné les mêmes réponses aux questions de ventilation. Les commentaires n’apparaissent jamais au sein d’un groupe.
    }
results-group-hidden = Masqué : trop peu de personnes, ou nécessaire pour protéger un groupe plus petit.
results-group-empty = Personne dans ce groupe n’a répondu.
results-answered = Réponses :
results-noise-error = chaque effectif { $error } (bruit)
results-chart = Graphique : { $prompt }
results-table-answer = Réponse
results-table-count = Effectif
results-table-share = Part des personnes ayant répondu
results-comments-in-group = Les commentaires ne sont affichés que pour l’ensemble des personnes, jamais au sein d’un groupe.
results-comment-edited = (modifié par l’équipe organisatrice)
results-no-comments = Aucun commentaire à afficher.
results-comments-withheld = Commentaires retenus : moins de { $count } personnes ont répondu, et une formulation peut désigner son auteur là où un effectif ne le peut pas.
results-no-free-text = Le texte libre n’est pas inclus.
results-suppressed = Moins de { $min_group } réponses au total : tous les résultats sont masqués.
results-noise =
    { $count ->
        [one] Les effectifs comprennent un bruit aléatoire au titre de la confidentialité différentielle ({ $mechanism }, ε = { $epsilon } au total, sur { $count } tableau), de sorte que la réponse de personne ne peut en être déduite. Le chiffre ± indiqué pour chaque question est l’ampleur typique de ce bruit.
       *[other] Les effectifs comprennent un bruit aléatoire au titre de la confidentialité différentielle ({ $mechanism }, ε = { $epsilon } au total, sur { $count } tableaux), de sorte que la réponse de personne ne peut en être déduite. Le chiffre ± indiqué pour chaque question est l’ampleur typique de ce bruit.
    }
results-redacted =
    { $count ->
        [one] Avant publication, l’équipe organisatrice a supprimé { $count } commentaire et en a modifié { $edited }, pour protéger les personnes qui les ont écrits.
       *[other] Avant publication, l’équipe organisatrice a supprimé { $count } commentaires et en a modifié { $edited }, pour protéger les personnes qui les ont écrits.
    }

## Graphiques : le texte qu’ils affichent, leurs noms accessibles et leurs notes

chart-hidden = masqué
chart-hidden-note = « masqué » : trop peu de personnes, ou nécessaire pour protéger un groupe plus petit.
chart-answered-hidden = Le nombre de personnes ayant répondu est masqué ; aucun pourcentage n’est donc affiché.
chart-multi-note = Il était possible de cocher plusieurs réponses ; les pourcentages totalisent donc plus de 100 %.
chart-likert-as-bars = Certains effectifs sont masqués ; chaque réponse a donc sa propre barre au lieu d’une barre unique centrée sur la réponse neutre.
chart-no-answers = Personne n’a répondu à cette question.
chart-kind-likert = Diagramme en barres divergentes, désaccord à gauche du centre, accord à droite
chart-kind-bars = Diagramme en barres
chart-kind-columns = Histogramme
chart-disagree-side = Pas d’accord { $figure }
chart-agree-side = D’accord { $figure }
chart-stats = moyenne { $mean }, médiane { $median }
chart-stats-hidden = moyenne et médiane masquées (certains effectifs sont masqués)
chart-likert-scale = (1 = pas du tout d’accord, 5 = tout à fait d’accord)

## Le rapport HTML autonome de l’outil en ligne de commande

report-page-title = { $title } — résultats
report-survey = Questionnaire
report-made-on = Rapport établi le { $date }. Il ne contient que des agrégats : aucune réponse individuelle.
report-made-with = Réalisé avec caucus.
report-print-page = Page
report-print-of = sur
