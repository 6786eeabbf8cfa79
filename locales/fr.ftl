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

## Ce qui est enregistré (la page de confidentialité). C’est une promesse : chaque affirmation doit rester exacte.

privacy-page-title = Ce qui est enregistré
privacy-heading = Ce qui est enregistré, et ce qui ne l’est pas
privacy-intro = Ce site accueille deux sortes de campagnes : les { $surveys }, auxquels vous répondez, et les { $statements }, que vous signez. Chacune conserve des choses différentes, pendant des durées différentes, lisibles par des personnes différentes. Cette page dit lesquelles.
privacy-intro-surveys = questionnaires
privacy-intro-statements = déclarations
privacy-never-heading = Jamais conservé, ni pour l’un ni pour l’autre
privacy-never-device = Votre adresse IP, votre navigateur, votre appareil ou votre système d’exploitation.
privacy-never-time = L’heure à laquelle vous avez répondu ou signé.
privacy-never-code = Votre code d’invitation lui-même.
privacy-never-cookies = Les cookies : ce site n’en dépose aucun. Il ne charge rien depuis un autre site. Il exécute un seul script facultatif qui lui est propre, sur la page qui obtient un ticket anonyme ; tout le reste n’exécute aucun script et fonctionne de la même façon sans.
privacy-surveys-heading = Questionnaires
privacy-surveys-kept-heading = Ce qui est conservé, et pendant combien de temps
privacy-surveys-answers = <strong>Vos réponses, scellées.</strong> Elles sont chiffrées dès leur arrivée, pour des clés que seule l’équipe organisatrice du questionnaire détient, sur ses propres appareils. Le serveur lui-même ne peut pas les lire, ni quiconque copie son disque. Elles sont conservées jusqu’à la fin de la durée de conservation du questionnaire : un nombre de jours fixé par l’équipe organisatrice, 90 sauf autre choix de sa part, compté à partir du jour de clôture du questionnaire. Ensuite, les réponses scellées sont supprimées et la clé du questionnaire est détruite, de sorte qu’aucune copie restée dans une ancienne sauvegarde ne puisse plus être ouverte. Les résultats publiés restent.
privacy-surveys-invite = <strong>Le fait qu’une invitation a été utilisée.</strong> Une empreinte à sens unique de chaque invitation utilisée est conservée, pour qu’elle ne puisse pas servir deux fois. Ce n’est pas votre code, et aucun enregistrement ne mène d’elle à vos réponses scellées. (La base de données écrit les deux en une seule opération : une personne disposant d’une copie du disque peut donc deviner qu’elles vont ensemble ; elle ne peut toujours pas ouvrir les réponses, et si les invitations ont été distribuées mélangées, personne ne sait qui détenait quelle invitation.) Ces empreintes sont supprimées avec les réponses à la fin de la durée de conservation.
privacy-surveys-ticket = <strong>Si vous avez utilisé un ticket anonyme :</strong> le fait que votre invitation a été échangée contre un ticket (avec une empreinte de la requête masquée envoyée par votre navigateur, qui ne dit rien du ticket), et, lorsque vous répondez, une empreinte du ticket pour qu’il ne puisse pas servir deux fois. Rien ne relie les deux : le site signe le ticket sans jamais le voir. Seul le moment pourrait le faire, si vous répondez juste après avoir obtenu le ticket ; répondez donc plus tard, depuis un autre réseau.
privacy-surveys-days = <strong>Le jour d’ouverture et de clôture d’un questionnaire.</strong> Jamais l’heure à laquelle vous avez répondu.
privacy-readers-heading = Qui peut lire vos réponses
privacy-readers = Uniquement l’équipe organisatrice, avec ses clés, sur ses propres ordinateurs : le site ne remet les réponses scellées à personne d’autre. Son outil de dépouillement, <code>caucus tally</code>, affiche des totaux. Tout nombre inférieur au groupe minimal du questionnaire (en général 5) est masqué, de même que tout autre nombre qui permettrait de le retrouver.
privacy-readers-comments = Les commentaires écrits sont l’exception : lorsque l’équipe organisatrice les demande (<code>caucus tally --include-text</code>), l’outil affiche mot pour mot les réponses écrites à une question, dès qu’au moins 10 personnes (ou le groupe minimal, s’il est plus grand) ont répondu à cette question. Elles apparaissent dans un ordre mélangé, jamais réparties par groupe ni affichées à côté de vos autres réponses. L’équipe organisatrice peut modifier ou supprimer des commentaires avant de publier, et les résultats publiés indiquent quand elle l’a fait. Si elle publie avec les commentaires, ceux-ci apparaissent sur la page publique des résultats du questionnaire. N’écrivez donc rien dans un commentaire que vous ne voudriez pas voir lu par d’autres, et évitez les détails que personne d’autre que vous ne connaîtrait.
privacy-readers-keys = Les clés de l’équipe organisatrice peuvent ouvrir toutes les réponses scellées. L’outil de dépouillement ne montre jamais que ce qui est décrit ci-dessus, mais un logiciel écrit dans ce but pourrait montrer une réponse à la fois. Cette réponse ne porterait toujours ni nom, ni invitation, ni adresse.
privacy-statements-heading = Déclarations
privacy-log-heading = Le journal public
privacy-log-intro = Chaque signature est une entrée du journal public de la déclaration, que tout le monde peut télécharger et vérifier. Pour chaque signature, le journal ne contient que :
privacy-log-kind = son type : signée nominativement avec une invitation, anonymement avec une invitation, ou nominativement sans invitation (un soutien extérieur) ;
privacy-log-fingerprint = une empreinte salée du nom, de la fonction et du commentaire (une signature anonyme n’en a pas), qui les fixe sans les révéler ;
privacy-log-secret = une empreinte de votre secret de retrait, que personne d’autre que vous ne détient.
privacy-log-never = Il ne contient jamais votre invitation, votre adresse IP, votre navigateur ni l’heure. Si l’équipe organisatrice a désigné des témoins, la contre-signature du journal par chaque témoin porte l’heure à laquelle elle a été faite : elle montre combien de signatures le journal contenait alors, pas qui a signé. Le journal reste tant que le site fonctionne, comme trace publique.
privacy-names-heading = Votre nom, votre fonction et votre commentaire
privacy-names-sealed = <strong>Scellés jusqu’à la révélation.</strong> Ils sont chiffrés dès leur arrivée, pour les clés de l’équipe organisatrice, et jamais écrits sur le disque sous forme lisible avant la révélation. Une déclaration peut fixer un nombre de signatures avec invitation à attendre : tant que ce nombre de personnes n’a pas signé avec une invitation, le site ne remet les noms scellés à personne, pas même à l’équipe organisatrice, et quiconque copie le disque les trouve scellés. Seules les propres clés de l’équipe organisatrice les ouvrent, si bien qu’elle pourrait ouvrir plus tôt une copie du disque ; choisissez une équipe organisatrice à qui vous confiez votre nom, ou signez anonymement.
privacy-names-published = <strong>Puis publiés tous ensemble.</strong> Une fois que suffisamment de personnes ont signé, l’équipe organisatrice récupère les noms scellés, les ouvre sur ses propres ordinateurs et les publie tous ensemble. Le site vérifie chacun d’eux par rapport à son empreinte dans le journal, de sorte qu’aucun nom ne peut être modifié ni glissé en plus. Dès lors, les noms sont publics sur la page de la déclaration, et ceux des personnes qui signent plus tard y apparaissent aussitôt.
privacy-names-withdraw = <strong>Le retrait</strong>, avec le secret qui vous a été remis lorsque vous avez signé, efface du disque votre nom, votre fonction et votre commentaire (écrasés, puis supprimés), avant ou après la révélation. Le journal garde une entrée indiquant que cette signature a été retirée, pour que le décompte reste vérifiable. Un nom qui était déjà public a pu être copié par quelqu’un pendant qu’il l’était.
privacy-names-false = <strong>Faux noms.</strong> Les noms ne sont pas vérifiés par rapport à l’identité de qui que ce soit. L’équipe organisatrice peut rayer une signature nominative dont la fausseté est démontrée : la radiation est une entrée publique du journal, signée par elle, et le nom, la fonction et le commentaire sont effacés.
privacy-names-anonymous = <strong>Les signatures anonymes</strong> ne portent aucun nom, aucune fonction ni aucun commentaire : elles sont comptées, garanties par une invitation.
privacy-invites-heading = Quelles invitations ont été utilisées
privacy-invites = Une empreinte à sens unique de chaque invitation (ou ticket) utilisée est conservée, pour qu’elle ne puisse pas signer deux fois. Ce n’est pas votre code, et le journal n’y renvoie pas. Si la déclaration a un jour de clôture, ces empreintes sont détruites à la fin de sa durée de conservation : un nombre de jours fixé par l’équipe organisatrice, 90 sauf autre choix de sa part, compté à partir du lendemain de la clôture des signatures. Le journal et les noms publiés restent.
privacy-protect-heading = Comment vous protéger
privacy-protect-device = Répondez ou signez depuis un téléphone ou un ordinateur personnel, jamais depuis un appareil professionnel : de nombreux employeurs enregistrent les frappes au clavier et les écrans sur les appareils professionnels.
privacy-protect-network = Utilisez vos propres données mobiles ou votre connexion internet à la maison, pas le réseau du bureau. Le navigateur Tor cache aussi votre adresse à ce site.
privacy-protect-comments = Dans les commentaires, évitez les détails que personne d’autre que vous ne connaîtrait.
privacy-protect-secrets = Conservez votre secret de retrait et vos reçus sur un appareil personnel. Un secret de retrait perdu ne peut pas être récupéré.
privacy-receipts = Un reçu de questionnaire prouve que votre réponse scellée a été enregistrée. Il ne dit pas ce que vous avez répondu. Un reçu de déclaration prouve que votre signature figure dans le journal.
