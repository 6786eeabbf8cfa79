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
survey-error-item = { $question } : { $problem }
page-title-with-problem = { $problem } : { $title }
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

## La page d’une déclaration et ses formulaires de signature. { $about }
## dans les messages d’erreur ci-dessous vaut survey, statement ou neither.

statement-errors-title = Veuillez vérifier votre signature
statement-signatures = Signatures
statement-count =
    { $count ->
        [one] <strong>{ $count }</strong> personne a signé :
       *[other] <strong>{ $count }</strong> personnes ont signé :
    }
statement-count-kinds = { $named } sous leur nom et { $anonymous } anonymement, chaque signature étant garantie par une invitation.
statement-count-kinds-unverified =
    { $unverified ->
        [one] { $named } sous leur nom et { $anonymous } anonymement, chaque signature étant garantie par une invitation, ainsi que { $unverified } soutien extérieur sous son nom.
       *[other] { $named } sous leur nom et { $anonymous } anonymement, chaque signature étant garantie par une invitation, ainsi que { $unverified } soutiens extérieurs sous leur nom.
    }
statement-count-withdrawn =
    { $count ->
        [one] { $count } personne a retiré sa signature.
       *[other] { $count } personnes ont retiré leur signature.
    }
statement-count-struck =
    { $count ->
        [one] { $count } nom a été rayé par les organisateurs comme faux et n’est pas compté.
       *[other] { $count } noms ont été rayés par les organisateurs comme faux et ne sont pas comptés.
    }
statement-names-unchecked = Les noms ne sont vérifiés auprès de l’identité de personne : quiconque détient une invitation peut signer sous n’importe quel nom. Les organisateurs rayent un nom dont il est démontré qu’il est faux ; chaque nom rayé est une entrée publique du journal ci-dessous, signée par l’organisateur qui a publié cette déclaration.
statement-awaiting-reveal =
    { $reveal_at ->
        [one] <strong>Le seuil est atteint :</strong> { $reveal_at } personne a signé avec une invitation. Les noms sont scellés et attendent les organisateurs, qui les publieront tous ensemble.
       *[other] <strong>Le seuil est atteint :</strong> { $reveal_at } personnes ont signé avec une invitation. Les noms sont scellés et attendent les organisateurs, qui les publieront tous ensemble.
    }
statement-sealed-until = Les noms restent scellés jusqu’à ce que le nombre de signatures avec invitation atteigne { $reveal_at } ({ $so_far } pour l’instant). Les organisateurs les publient alors tous ensemble, pour que personne ne se retrouve seul.
statement-closed-heading = Les signatures sont closes
statement-closed = Les signatures ont été closes à la fin du { $closes } (UTC). Le total ci-dessus et le journal ci-dessous sont définitifs.
statement-trade-for-ticket = Échangez-la d’abord contre un ticket anonyme, puis signez plus tard avec ce ticket.
statement-errors-heading =
    { $count ->
        [one] Votre signature n’a pas été prise en compte : veuillez vérifier ce point
       *[other] Votre signature n’a pas été prise en compte : veuillez vérifier ces { $count } points
    }
statement-sign-named = Signer sous mon nom
statement-named-awaiting = Votre nom, votre fonction et votre commentaire sont scellés dès leur envoi, comme tous les noms avant le vôtre ; assez de personnes ont signé, et les organisateurs publieront tous les noms ensemble, le vôtre compris. Ensuite, les noms apparaissent dès qu’ils sont signés.
statement-named-sealed = Votre nom, votre fonction et votre commentaire sont scellés dès leur envoi, pour que personne, pas même les organisateurs, ne puisse les lire avant que le nombre de signatures avec invitation atteigne { $reveal_at } ({ $so_far } pour l’instant) ; les organisateurs publient alors tous les noms ensemble, et ceux signés ensuite apparaissent aussitôt.
statement-named-revealed = Les { $reveal_at } signatures avec invitation qu’attendait cette déclaration sont réunies et les noms sont publiés : votre nom, votre fonction et votre commentaire apparaîtront donc sur cette page dès que vous signerez, à la vue de tous.
statement-named-public = Votre nom, votre fonction et votre commentaire apparaîtront sur cette page dès que vous signerez, à la vue de tous.
statement-named-withdraw = Vous pourrez retirer votre signature plus tard grâce au secret qui vous sera remis ; votre nom sera alors effacé.
statement-name = Votre nom
statement-role = Fonction ou équipe (facultatif)
statement-comment = Commentaire (facultatif)
statement-invite-optional = Code d’invitation (facultatif : sans code, vous êtes compté comme soutien extérieur)
statement-sign-anon = Signer anonymement
statement-anon-intro = Vous êtes compté, grâce à votre invitation, et aucun nom n’est conservé.
statement-ticket-intro = Vous avez échangé votre invitation contre un ticket anonyme (avec <code>caucus ticket get</code>) ? Signez avec lui ici ; le serveur ne peut pas savoir de quelle invitation il provient.
statement-ticket-link = Signer avec le ticket
statement-ticket-key = La clé des tickets de cette déclaration est <code>{ $key }</code>, la même pour tout le monde ; c’est l’entrée 1 du journal ci-dessous, et <code>caucus verify</code> la vérifie.
statement-check-heading = Comment chacun peut vérifier ce total
statement-check-log = Chaque signature est une entrée d’un journal public, auquel on peut seulement ajouter. Le serveur signe un court résumé du journal (un point de contrôle) qui en fixe la longueur et le contenu : on ne peut donc ni gonfler le total, ni retirer discrètement une signature, ni la montrer différemment à différentes personnes, sans que cela se voie. Les noms, fonctions et commentaires ne figurent pas dans le journal ; il n’en garde qu’une empreinte, ce qui permet d’effacer un nom retiré sans que le journal cesse d’être vérifiable.
statement-check-tool = Avec l’outil gratuit <code>caucus</code>, n’importe qui (un journaliste, un syndicat, votre employeur) peut télécharger le journal et recalculer le total :
statement-text-hash = Le texte de cette déclaration a l’empreinte SHA-256 <code>{ $hash }</code> ; il ne peut plus changer dès que quelqu’un a signé.
statement-closes = Les signatures seront closes à la fin du { $closes } (UTC).
statement-withdraw-link = Retirer une signature
statement-privacy-link = Ce que ce site enregistre quand vous signez
statement-back = Retour à la déclaration
sign-error-required =
    { $field ->
        [name] Votre nom est obligatoire
        [role] La fonction ou l’équipe est obligatoire
       *[other] Le commentaire est obligatoire
    }
sign-error-too-long =
    { $field ->
        [name] Votre nom doit compter au plus { $max } caractères
        [role] La fonction ou l’équipe doit compter au plus { $max } caractères
       *[other] Le commentaire doit compter au plus { $max } caractères
    }
sign-error-one-line =
    { $field ->
        [name] Votre nom doit tenir sur une ligne, sans caractères de contrôle
        [role] La fonction ou l’équipe doit tenir sur une ligne, sans caractères de contrôle
       *[other] Le commentaire doit tenir sur une ligne, sans caractères de contrôle
    }
sign-error-control =
    { $field ->
        [name] Votre nom ne doit pas contenir de caractères de contrôle
        [role] La fonction ou l’équipe ne doit pas contenir de caractères de contrôle
       *[other] Le commentaire ne doit pas contenir de caractères de contrôle
    }
sign-error-invite-missing = Saisissez votre code d’invitation
sign-error-invite-missing-advice = Il se trouve dans le lien d’invitation que vous avez reçu, après « invite= » ; ou signez avec un ticket anonyme obtenu grâce à lui.

## Après la signature, et le retrait

signed-page-title = Signé
signed-heading = Merci : vous avez signé
signed-entry = Votre signature sur <strong>{ $title }</strong> est l’entrée { $index } de son journal public.
signed-save-heading = Conservez ces deux éléments, en privé
signed-secret = <strong>Votre secret de retrait.</strong> Avec lui, et seulement avec lui, vous pourrez retirer votre signature plus tard ; votre nom sera alors effacé. Personne ne peut le retrouver pour vous.
signed-receipt = Votre reçu (à enregistrer sous receipt.json) : la preuve que votre signature figure dans le journal
signed-check = Toute personne qui détient le reçu peut vérifier que votre entrée reste dans le journal avec cette commande :
signed-keep = Conservez les deux sur un appareil personnel, pas sur un appareil professionnel.
withdraw-page-title = Retrait
withdrawn-heading = Votre signature est retirée
withdrawn-text = Votre signature sur <strong>{ $title }</strong> ne compte plus, et le nom, la fonction ou le commentaire que vous aviez donnés ont été effacés. Le journal indique qu’une signature a été retirée, comme il le doit pour que le total reste vérifiable.
withdraw-heading = Retirer une signature
withdraw-intro = Pour <strong>{ $title }</strong>. Collez le secret de retrait qui vous a été remis quand vous avez signé.
withdraw-secret-label = Secret de retrait
withdraw-button = Retirer ma signature

## La page du ticket anonyme. { $kind } vaut survey ou statement.

ticket-page-title = Un ticket anonyme : { $title }
ticket-heading = Un ticket anonyme pour « { $title } »
ticket-intro =
    { $kind ->
        [survey] Si cette invitation vous est parvenue par e-mail ou par message, la personne qui l’a envoyée sait qu’elle est à vous. Échangez-la contre un ticket que ce site signe sans le voir : ainsi, personne (organisateurs, hébergeur, ou quiconque détient une copie du serveur) ne peut savoir de quelle invitation provient le ticket, ni donc quelles réponses viennent de vous.
       *[other] Si cette invitation vous est parvenue par e-mail ou par message, la personne qui l’a envoyée sait qu’elle est à vous. Échangez-la contre un ticket que ce site signe sans le voir : ainsi, personne (organisateurs, hébergeur, ou quiconque détient une copie du serveur) ne peut savoir de quelle invitation provient le ticket, ni donc quelle signature vient de vous.
    }
ticket-key =
    { $kind ->
        [survey] La clé des tickets de ce questionnaire est <code>{ $key }</code>, la même pour tout le monde. Votre feuille ou votre message d’invitation devrait indiquer la même ; sinon, arrêtez-vous et prévenez les organisateurs.
       *[other] La clé des tickets de cette déclaration est <code>{ $key }</code>, la même pour tout le monde. Votre feuille ou votre message d’invitation devrait indiquer la même ; sinon, arrêtez-vous et prévenez les organisateurs.
    }
ticket-nojs = Obtenir un ticket dans le navigateur nécessite JavaScript. Sans lui, lancez ceci dans un terminal, puis utilisez le ticket sur la page des tickets :
ticket-later-link = La page des tickets
ticket-go-back = Ou revenez en arrière et utilisez l’invitation telle quelle
ticket-get-heading = Obtenir votre ticket
ticket-used-up = Votre invitation sera utilisée, et le ticket la remplacera.
ticket-get = Obtenir un ticket anonyme
ticket-getting = Obtention de votre ticket…
ticket-failed = Aucun ticket n’a été créé.
ticket-failed-other = Vérifiez votre connexion et réessayez dans un instant ; si cela échoue encore, revenez en arrière et utilisez l’invitation telle quelle.
ticket-key-unlisted = La clé des tickets de cette page n’est pas celle que publie ce site : aucun ticket n’a donc été demandé. N’utilisez pas cette page et prévenez les organisateurs.
ticket-safer = Il est plus sûr d’enregistrer le ticket et de l’utiliser plus tard, depuis un autre réseau (le Wi-Fi de chez vous plutôt que celui du travail, les données mobiles ou Tor Browser) : un ticket utilisé des heures plus tard et depuis ailleurs ne peut pas être rattaché à votre invitation par l’heure ni par l’adresse.
ticket-text-label = Votre ticket (copiez-le ou enregistrez-le dans un fichier)
ticket-save = Enregistrer le ticket dans un fichier
ticket-use-now =
    { $kind ->
        [survey] Répondre maintenant avec ce ticket
       *[other] Signer maintenant avec ce ticket
    }

## La page d’erreur : un titre, le message de l’erreur elle-même (selon son
## code), un conseil et un chemin de retour.

error-status = Erreur { $status }.
error-privacy-link = Ce que ce site enregistre
error-back-home = Aller à la page d’accueil
error-back-withdraw = Retour à la page de retrait
error-back-survey = Retour au questionnaire
error-back-results = Voir les résultats publiés du questionnaire
error-not-found-title =
    { $about ->
        [survey] Il n’y a pas de questionnaire ici
        [statement] Il n’y a pas de déclaration ici
       *[other] Il n’y a ni questionnaire ni déclaration ici
    }
error-not-found-advice = Vérifiez le lien que vous avez reçu : il a peut-être été tronqué. Copiez à nouveau le lien en entier, ou demandez à la personne qui vous l’a envoyé.
error-no-route-title = Cette page n’existe pas
error-no-route-advice = Vérifiez l’adresse : elle a peut-être été tronquée ou mal saisie.
error-not-published-title = Aucun résultat publié pour l’instant
error-not-published-advice = Les résultats n’apparaissent ici qu’une fois le questionnaire clos, les réponses comptées et leur publication décidée par les organisateurs. Revenez plus tard.
error-method-title = Cette page ne peut pas être envoyée ainsi
error-method-advice = Ouvrez la page depuis son lien et utilisez son formulaire.
error-not-a-secret-title = Ce n’est pas un secret de retrait
error-not-a-secret-advice = Vérifiez que vous avez copié le secret de retrait en entier depuis la page affichée quand vous avez signé : 64 caractères, les chiffres 0-9 et les lettres a-f, sans rien oublier. Un secret perdu ne peut pas être retrouvé : personne, pas même les organisateurs, n’en garde de copie.
error-bad-request-title = Cette demande n’a pas pu être lue
error-bad-request-advice = Rien n’a été enregistré. Revenez en arrière, remplissez à nouveau le formulaire et envoyez-le depuis sa page.
error-too-long-title = C’est trop long pour être enregistré
error-too-long-advice = Rien n’a été enregistré. Raccourcissez ce que vous avez écrit et envoyez à nouveau le formulaire.
error-invite-forged-title =
    { $about ->
        [survey] Cette invitation n’est pas pour ce questionnaire
        [statement] Cette invitation n’est pas pour cette déclaration
       *[other] Cette invitation n’est pas pour ce questionnaire ou cette déclaration
    }
error-invite-forged-advice =
    { $about ->
        [survey] Chaque invitation appartient à un seul questionnaire. Vérifiez que vous avez ouvert le lien reçu pour celui-ci, ou demandez en personne la bonne invitation à un organisateur.
        [statement] Chaque invitation appartient à une seule déclaration. Vérifiez que vous avez ouvert le lien reçu pour celle-ci, ou demandez en personne la bonne invitation à un organisateur.
       *[other] Chaque invitation appartient à un seul questionnaire ou à une seule déclaration. Vérifiez que vous avez ouvert le bon lien, ou demandez en personne la bonne invitation à un organisateur.
    }
error-invite-invalid-title = Ce code d’invitation ne fonctionne pas
error-invite-invalid-advice = Copiez à nouveau le lien ou le code en entier : un code tronqué ou mal saisi ne fonctionne pas. Si cela échoue encore, demandez-en un nouveau à un organisateur.
error-spent-title = Cette invitation a déjà été utilisée
error-spent-advice =
    { $about ->
        [statement] Chaque invitation permet de signer une fois. Si vous avez déjà signé avec elle, votre signature compte et vous n’avez rien d’autre à faire. Sinon, prévenez un organisateur en personne.
       *[other] Chaque invitation permet de répondre une fois. Si vous avez déjà répondu avec elle, vos réponses sont enregistrées et vous n’avez rien d’autre à faire. Sinon, prévenez un organisateur en personne.
    }
error-ticket-title = Ce ticket ne fonctionne pas
error-ticket-advice =
    { $about ->
        [survey] Collez à nouveau le ticket en entier, exactement tel qu’il vous a été remis. Un ticket ne fonctionne que pour le questionnaire et le site pour lesquels il a été fait.
        [statement] Collez à nouveau le ticket en entier, exactement tel qu’il vous a été remis. Un ticket ne fonctionne que pour la déclaration et le site pour lesquels il a été fait.
       *[other] Collez à nouveau le ticket en entier, exactement tel qu’il vous a été remis. Un ticket ne fonctionne que là où il a été fait.
    }
error-ticket-spent-title = Ce ticket a déjà été utilisé
error-ticket-spent-advice = Chaque ticket ne compte qu’une fois. Si vous ne l’avez pas utilisé vous-même, prévenez un organisateur en personne.
error-no-credential-title = Une invitation est nécessaire
error-no-credential-advice = Ouvrez le lien d’invitation que vous avez reçu, saisissez son code, ou utilisez un ticket anonyme obtenu grâce à elle.
error-signing-closed-title = Les signatures sont closes
error-signing-closed-advice = Cette déclaration n’accepte plus de signatures. Son total et son journal public restent sur la page de la déclaration.
error-closed-title =
    { $about ->
        [survey] Ce questionnaire est clos
        [statement] Cette déclaration est close
       *[other] Ce questionnaire ou cette déclaration est clos
    }
error-closed-advice = Il n’accepte plus de réponses. Si les organisateurs publient des résultats, ils apparaîtront sur la page des résultats du questionnaire.
error-shredded-title =
    { $about ->
        [survey] Les données conservées de ce questionnaire n’existent plus
        [statement] Les données conservées de cette déclaration n’existent plus
       *[other] Les données conservées n’existent plus
    }
error-shredded-advice = Sa durée de conservation a pris fin et tout ce qui pouvait identifier quelqu’un a été détruit, comme promis. Seul reste ce que les organisateurs ont publié.
error-unknown-secret-title = Ce secret de retrait ne correspond pas
error-unknown-secret-advice = { error-not-a-secret-advice }
error-withdrawn-title = Cette signature a déjà été retirée
error-withdrawn-advice = Vous n’avez rien d’autre à faire : elle ne compte plus, et le nom, la fonction ou le commentaire qu’elle portait ont été effacés.
error-flooded-title = Trop de tentatives échouées
error-flooded-advice =
    { $about ->
        [survey] Beaucoup de codes erronés ont été envoyés à ce questionnaire en peu de temps : les codes erronés sont donc refusés pour l’instant. Vérifiez votre code et renvoyez-le dans { $retry_after } secondes ; une invitation valide est acceptée même maintenant.
        [statement] Beaucoup de codes erronés ont été envoyés à cette déclaration en peu de temps : les codes erronés sont donc refusés pour l’instant. Vérifiez votre code et renvoyez-le dans { $retry_after } secondes ; une invitation valide est acceptée même maintenant.
       *[other] Beaucoup de codes erronés ont été envoyés en peu de temps : les codes erronés sont donc refusés pour l’instant. Vérifiez votre code et renvoyez-le dans { $retry_after } secondes ; une invitation valide est acceptée même maintenant.
    }
error-busy-title = Le serveur est occupé
error-busy-advice = Rien n’a été enregistré. Attendez quelques secondes et envoyez à nouveau le formulaire.
error-timeout-title = Le formulaire a mis trop de temps à arriver
error-timeout-advice = Rien n’a été enregistré. Envoyez-le à nouveau, si possible avec une connexion plus stable.
error-internal-title = Un problème est survenu sur le serveur
error-internal-advice = Vous n’y êtes pour rien, et rien n’a été modifié. Réessayez plus tard ; si cela se reproduit, prévenez un organisateur.
error-refused-title = Cette demande a été refusée
error-refused-advice = Rien n’a été modifié. Le message ci-dessus explique pourquoi.
error-message-not-found =
    { $about ->
        [survey] Il n’y a pas de questionnaire à cette adresse.
        [statement] Il n’y a pas de déclaration à cette adresse.
       *[other] Ce questionnaire ou cette déclaration n’existe pas.
    }
error-message-no-route = Cette page n’existe pas.
error-message-not-published = Les organisateurs n’ont pas encore publié de résultats pour ce questionnaire.
error-message-method-not-allowed = Cette adresse n’accepte que { $methods }.
error-message-bad-request = Cette demande n’a pas pu être lue.
error-message-form-not-utf8 = Le formulaire n’a pas été envoyé en texte UTF-8 valide, il n’a donc pas pu être lu.
error-message-form-unreadable = Le formulaire n’a pas pu être lu.
error-message-too-large = Ce qui a été envoyé est trop volumineux.
error-message-answers-too-long = Ces réponses sont trop longues pour être enregistrées ; veuillez raccourcir les réponses écrites.
error-message-unsupported-media-type = Ceci n’a pas été envoyé comme l’envoie le formulaire de la page (application/x-www-form-urlencoded).
error-message-unauthorized = Cette demande d’organisateur n’a pas pu être vérifiée, ou a déjà été utilisée.
error-message-invite-forged =
    { $about ->
        [survey] Cette invitation n’a pas été émise pour ce questionnaire par ses organisateurs.
        [statement] Cette invitation n’a pas été émise pour cette déclaration par ses organisateurs.
       *[other] Cette invitation n’a pas été émise ici par les organisateurs.
    }
error-message-invite-invalid = Ce code d’invitation manque, est incomplet ou est mal saisi.
error-message-invite-spent = Cette invitation a déjà été utilisée.
error-message-ticket-malformed = Ce ticket est incomplet ou n’a pas la bonne forme.
error-message-ticket-invalid = Ce ticket n’a pas été fait pour cet endroit.
error-message-ticket-spent = Ce ticket a déjà été utilisé.
error-message-credential-missing = Il faut pour cela un code d’invitation, ou un ticket anonyme obtenu grâce à lui.
error-message-closed =
    { $about ->
        [survey] Ce questionnaire est clos.
        [statement] Les signatures de cette déclaration sont closes.
       *[other] Ce questionnaire ou cette déclaration est clos.
    }
error-message-retention-over = Sa durée de conservation a pris fin, et ses réponses conservées et sa clé ont été détruites le { $date } ; seuls les résultats publiés restent.
error-message-already-withdrawn = Cette signature a déjà été retirée.
error-message-withdrawal-hash-taken = Ce hachage de retrait est déjà utilisé : créez un nouveau secret et envoyez son hachage.
error-message-checkpoint-moved = La cosignature ne se vérifie pas avec le point de contrôle actuel : récupérez-le et cosignez à nouveau.
error-message-unknown-witness = Cette clé n’est celle d’aucun des témoins désignés par les organisateurs de la déclaration.
error-message-not-processed = Cette demande n’a pas pu être exécutée, et n’a rien modifié.
error-message-not-header-organiser = Seule la clé d’organisateur qui a signé l’en-tête de la déclaration peut rayer une signature.
error-message-already-struck = Cette signature a déjà été retirée ou rayée.
error-message-unknown-secret = Aucune signature de cette déclaration n’a ce secret de retrait.
error-message-survey-open = Ce questionnaire est encore ouvert : clôturez-le d’abord, pour que les résultats ne puissent pas être comparés au fil des réponses.
error-message-reveal-not-due = Les noms restent scellés jusqu’à { $needed } signatures avec invitation ; cette déclaration en a { $signed }.
error-message-openings-missing = Cette révélation laisse des noms scellés non ouverts : rien n’a donc été publié.
error-message-opening-mismatch = L’ouverture de l’entrée { $entry } ne correspond pas à son entrée du journal : rien n’a donc été publié.
error-message-release-differencing = Cette publication a été refusée : elle est trop proche d’une précédente, et les comparer exposerait des réponses.
error-message-release-stale = Le questionnaire compte maintenant { $now } réponses, et non les { $claimed } à partir desquelles cette publication a été comptée ; recomptez.
error-message-invalid-answers = Certaines réponses ne correspondent pas au questionnaire.
error-message-invalid-survey = Ce fichier de questionnaire n’est pas valide.
error-message-busy = Le serveur est occupé ; réessayez dans un instant.
error-message-too-many-failures =
    { $about ->
        [survey] Trop de tentatives échouées sur ce questionnaire ; réessayez dans { $retry_after } s (une invitation valide est toujours acceptée).
        [statement] Trop de tentatives échouées sur cette déclaration ; réessayez dans { $retry_after } s (une invitation valide est toujours acceptée).
       *[other] Trop de tentatives échouées ; réessayez dans { $retry_after } s (une invitation valide est toujours acceptée).
    }
error-message-request-timeout = La demande n’est pas arrivée à temps.
error-message-internal = Un problème est survenu sur le serveur.

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

## Une réponse refusée

answer-not-an-object = les réponses doivent être un objet JSON dont les clés sont les identifiants des questions
answer-unknown-question = n’est pas une question de ce questionnaire
answer-required-choose = est obligatoire : choisissez une réponse
answer-required-tick = est obligatoire : cochez au moins une case
answer-required-number = est obligatoire : choisissez un nombre de { $min } à { $max }
answer-required-text = est obligatoire : écrivez une réponse
answer-not-option-text = doit être le texte de l’une des options
answer-not-an-option = « { $value } » n’est pas l’une des options
answer-not-a-list = doit être une liste de textes d’options
answer-twice = cite une option deux fois
answer-not-likert = doit être un nombre entier de 1 (pas du tout d’accord) à 5 (tout à fait d’accord)
answer-out-of-range = doit être un nombre entier de { $min } à { $max }
answer-not-text = doit être du texte
answer-too-long =
    { $max ->
        [one] doit compter au plus { $max } caractère
       *[other] doit compter au plus { $max } caractères
    }
answer-control-characters = ne doit pas contenir de caractères de contrôle

## La feuille d’invitations à imprimer

invites-page-title = Invitations : { $title }
invites-heading = Invitations pour « { $title } »
invites-count =
    { $count ->
        [one] { $count } invitation.
       *[other] { $count } invitations.
    }
invites-intro = Imprimez la feuille, découpez le long des pointillés, <strong>mélangez</strong> les cartes et distribuez-les en main propre, afin que personne, organisateurs compris, ne sache qui détient laquelle. Chacune ne sert qu’une fois. Ne gardez aucune trace de qui a reçu quoi. Cette note ne s’imprime pas.
invites-how = Scannez avec un téléphone <strong>personnel</strong> (pas un appareil professionnel), ou ouvrez { $url } et saisissez le code :
invites-how-short = Scannez avec un téléphone <strong>personnel</strong> (pas un appareil professionnel), ou ouvrez { $url } et saisissez le code (en majuscules ou non ; I et L comptent comme 1, O comme 0) :
invites-ticket-key = Clé des tickets :
invites-qr-label = Code QR du lien d’invitation

# Punctuation between figures, names and quotations, as each language
# writes it.
chart-percent = { $value } %
chart-percent-under-one = <1 %
chart-row-figures = { $name } : { $count } ({ $percent })
chart-row-figure = { $name } : { $count }
chart-rows-separator = { "\u00A0; " }
chart-legend-item = { $name } : <strong>{ $value }</strong>
statement-signer-role = <strong>{ $name }</strong>, { $role }
statement-signer-comment = { $signer } : « { $comment } »
statement-error-with-advice = { $error }. { $advice }
chart-hidden-question = { $prompt } : <em>{ $hidden }</em>
