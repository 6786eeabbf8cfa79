# Textos da interface do caucus: português. Traduzido de en.ftl, a fonte.
# Sintaxe Project Fluent (https://projectfluent.org/). Este catálogo tem
# exatamente os mesmos identificadores de mensagem e atributos que en.ftl
# (um teste verifica isso). Mantenha os { $placeholders } como estão e as
# poucas etiquetas HTML (<strong>, <code>) em volta das mesmas palavras;
# traduza o texto à volta delas. Comandos como caucus receipt ficam como
# estão. Português neutro (Brasil e Portugal), tratando o leitor por você;
# onde a grafia diverge, segue-se a do Brasil (anônimo).

## Todas as páginas

skip-to-content = Ir para o conteúdo
footer-privacy = O que este site guarda sobre você, e o que não guarda
language-switcher = Idioma

## Página inicial

home-title = caucus
home-intro = Neste site há questionários anônimos e declarações coletivas organizados por colegas. Se alguém lhe deu um link de convite ou um código impresso, abra o link ou leia o código para responder ou assinar.
home-sealed = As suas respostas são seladas assim que chegam, para que só os organizadores possam abri-las, e os resultados só são mostrados para grupos grandes o suficiente para que ninguém possa ser identificado.
home-privacy-link = Leia exatamente o que é guardado e o que não é.

## O formulário do questionário

survey-errors-title = Verifique as suas respostas
survey-errors-heading =
    { $count ->
        [one] Verifique { $count } resposta
       *[other] Verifique { $count } respostas
    }
survey-length =
    { $count ->
        [one] { $count } pergunta.
       *[other] { $count } perguntas.
    }
survey-length-required =
    { $count ->
        [one] { $count } pergunta, { $required } de resposta obrigatória.
       *[other] { $count } perguntas, { $required } de resposta obrigatória.
    }
survey-min-group = Os resultados só são mostrados para grupos de pelo menos { $min_group } pessoas.
survey-privacy-link = O que é guardado quando você responde
survey-invite-by-message = Você recebeu este convite por e-mail ou por mensagem? Então quem o enviou sabe que ele é seu.
survey-trade-for-ticket = Troque-o primeiro por um bilhete anônimo e responda mais tarde com esse bilhete.
survey-ticket-label = O seu bilhete anônimo
survey-required = (obrigatória)
survey-optional = (opcional)
survey-number-label = Um número inteiro de { $min } a { $max }
survey-send = Enviar as minhas respostas
option-prefer-not-to-say = Prefiro não dizer
likert-1 = Discordo totalmente
likert-2 = Discordo
likert-3 = Não concordo nem discordo
likert-4 = Concordo
likert-5 = Concordo totalmente

## Inserir um código de convite curto

code-intro = Para responder, escreva o código de convite que você recebeu, por exemplo <code>{ $example }</code>. Maiúsculas ou minúsculas, com ou sem traços, tanto faz; I e L contam como 1, e O como 0. Cada código só funciona uma vez.
code-label = Código de convite
code-open = Abrir o questionário
code-ticket-heading = Ou responda com um bilhete anônimo
code-ticket-intro = Se você trocou o seu convite por um bilhete anônimo (com <code>caucus ticket get</code>), pode responder com ele: o servidor não consegue saber de que convite veio um bilhete.
code-ticket-link = Responder com o bilhete
code-ticket-key = A chave de bilhetes deste questionário é <code>{ $key }</code>: deve ser igual à que está na sua folha de convite.

## Depois de responder

thanks-page-title = Obrigado
thanks-heading = Obrigado: as suas respostas chegaram
thanks-stored = As suas respostas a <strong>{ $title }</strong> foram seladas e guardadas em segurança. O seu convite já foi usado e não pode ser usado de novo.
thanks-before-closing = Antes de fechar esta página
thanks-clear-history = <strong>Apague este site do histórico do seu navegador</strong>, para que o link do convite e esta página não fiquem no dispositivo.
thanks-destroy-slip = <strong>Destrua o papel</strong> onde estava o seu convite, ou apague a mensagem em que ele chegou.
thanks-personal-device = Se você respondeu usando um dispositivo do trabalho ou a rede do escritório, a empresa pode ter visto a visita, mas não as suas respostas. Da próxima vez, use um telefone ou computador pessoal e a sua própria rede.
thanks-receipt-heading = O seu recibo (opcional)
thanks-receipt-intro = Este recibo comprova que as suas respostas seladas estão na urna. Ele não diz o que você respondeu, mas faz a ligação entre você e as suas respostas seladas. Por isso, guarde-o só para você, ou nem o guarde: você não precisa dele para mais nada.
thanks-receipt-sealed = Respostas seladas (SHA-256)
thanks-receipt-key = Assinado com a chave do servidor
thanks-receipt-signature = Assinatura
thanks-receipt-file = O recibo para guardar (copie-o e guarde-o como receipt.json)
thanks-check-intro = Para verificá-lo mais tarde, com a ferramenta gratuita <code>caucus</code>:
thanks-check-explained = Isso confirma que este site o assinou. Só os organizadores podem ver dentro da urna: se quiser que eles confirmem que a sua resposta está lá, entregue-lhes o recibo (nunca o seu convite), e eles executam o mesmo comando com <code>--key</code> quando o questionário estiver encerrado.
thanks-close = Você já pode fechar esta página.

## Resultados publicados (a página pública de resultados e o relatório HTML da linha de comando)

results-page-title = Resultados: { $title }
results-kicker = Resultados do questionário
results-responses =
    { $count ->
        [one] { $count } resposta
       *[other] { $count } respostas
    }
results-noisy-hidden = As contagens têm ruído aleatório; as contagens com ruído de 1 a { $max } ficam ocultas.
results-below-hidden = As contagens abaixo de { $min_group } ficam ocultas, junto com qualquer contagem que permitiria descobri-las.
results-published = Publicado em { $date }. Apenas dados agregados: nenhuma resposta individual.
results-hidden-explained = “oculto” significa que há poucas pessoas, ou que é necessário para proteger um grupo menor: uma contagem oculta nunca é mostrada como número.
results-everyone = Todas as pessoas
results-by = Por { $questions }
results-by-and = { " e " }
results-groups-intro =
    { $count ->
        [one] Uma seção para cada grupo de pessoas que deram a mesma resposta à pergunta de divisão. Os comentários nunca aparecem dentro de um grupo.
       *[other] Uma seção para cada grupo de pessoas que deram as mesmas respostas às perguntas de divisão. Os comentários nunca aparecem dentro de um grupo.
    }
results-group-hidden = Oculto: poucas pessoas, ou necessário para proteger um grupo menor.
results-group-empty = Ninguém deste grupo respondeu.
results-answered = Responderam:
results-noise-error = cada contagem { $error } (ruído)
results-chart = Gráfico: { $prompt }
results-table-answer = Resposta
results-table-count = Contagem
results-table-share = Parcela de quem respondeu
results-comments-in-group = Os comentários só são mostrados para todas as pessoas juntas, nunca dentro de um grupo.
results-comment-edited = (editado pelos organizadores)
results-no-comments = Nenhum comentário para mostrar.
results-comments-withheld = Comentários retidos: menos de { $count } pessoas responderam, e a forma de escrever pode apontar para quem escreveu, coisa que uma contagem não pode.
results-no-free-text = O texto livre não está incluído.
results-suppressed = Menos de { $min_group } respostas no total: todos os resultados estão ocultos.
results-noise =
    { $count ->
        [one] As contagens incluem ruído aleatório para privacidade diferencial ({ $mechanism }, ε = { $epsilon } no total, em { $count } tabela), para que não seja possível deduzir delas a resposta de ninguém. O valor ± de cada pergunta é o tamanho típico desse ruído.
       *[other] As contagens incluem ruído aleatório para privacidade diferencial ({ $mechanism }, ε = { $epsilon } no total, distribuído em { $count } tabelas), para que não seja possível deduzir delas a resposta de ninguém. O valor ± de cada pergunta é o tamanho típico desse ruído.
    }
results-redacted =
    { $count ->
        [one] Antes da publicação, os organizadores removeram { $count } comentário e editaram { $edited }, para proteger as pessoas que os escreveram.
       *[other] Antes da publicação, os organizadores removeram { $count } comentários e editaram { $edited }, para proteger as pessoas que os escreveram.
    }

## Gráficos: o texto desenhado neles, os seus nomes acessíveis e as suas notas

chart-hidden = oculto
chart-hidden-note = “oculto”: poucas pessoas, ou necessário para proteger um grupo menor.
chart-answered-hidden = O número de pessoas que responderam está oculto, por isso nenhuma porcentagem é mostrada.
chart-multi-note = Era possível marcar mais de uma resposta, por isso as porcentagens somam mais de 100%.
chart-likert-as-bars = Algumas contagens estão ocultas, por isso cada resposta tem a sua própria barra, em vez de uma única barra centrada na resposta neutra.
chart-no-answers = Ninguém respondeu a esta pergunta.
chart-kind-likert = Gráfico de barras divergentes, discordância à esquerda do centro, concordância à direita
chart-kind-bars = Gráfico de barras
chart-kind-columns = Gráfico de colunas
chart-disagree-side = Discordo { $figure }
chart-agree-side = Concordo { $figure }
chart-stats = média { $mean }, mediana { $median }
chart-stats-hidden = média e mediana ocultas (algumas contagens estão ocultas)
chart-likert-scale = (1 = discordo totalmente, 5 = concordo totalmente)

## O relatório HTML independente da linha de comando

report-page-title = { $title } — resultados
report-survey = Questionário
report-made-on = Relatório gerado em { $date }. Contém apenas dados agregados: nenhuma resposta individual.
report-made-with = Feito com caucus.
report-print-page = Página
report-print-of = de

## O que é registrado (a página de privacidade). É uma promessa: cada afirmação deve continuar exata.

privacy-page-title = O que é registrado
privacy-heading = O que é registrado, e o que não é
privacy-intro = Este site tem dois tipos de campanha: { $surveys }, que você responde, e { $statements }, que você assina. Cada um guarda coisas diferentes, por prazos diferentes, que podem ser lidas por pessoas diferentes. Esta página diz quais.
privacy-intro-surveys = questionários
privacy-intro-statements = declarações
privacy-never-heading = Nunca guardado, em nenhum dos dois
privacy-never-device = O seu endereço IP, navegador, dispositivo ou sistema operacional.
privacy-never-time = A hora do dia em que você respondeu ou assinou.
privacy-never-code = O seu código de convite em si.
privacy-never-cookies = Cookies: este site não define nenhum. Ele não carrega nada de nenhum outro site. Ele executa um único script opcional próprio, na página que obtém um bilhete anônimo; todo o resto não executa nenhum script e funciona igual sem ele.
privacy-surveys-heading = Questionários
privacy-surveys-kept-heading = O que é guardado, e por quanto tempo
privacy-surveys-answers = <strong>As suas respostas, seladas.</strong> Elas são criptografadas assim que chegam, para chaves que só os organizadores do questionário têm, nos seus próprios dispositivos. O próprio servidor não consegue lê-las, nem qualquer pessoa que copie o disco dele. Elas são guardadas até o fim do período de retenção do questionário: um número de dias definido pelos organizadores, 90 se não tiverem escolhido outro, contados a partir do dia em que o questionário é encerrado. Então as respostas seladas são apagadas e a chave do questionário é destruída, para que nenhuma cópia que tenha ficado num backup antigo possa mais ser aberta. Os resultados publicados permanecem.
privacy-surveys-invite = <strong>Que um convite foi usado.</strong> Uma impressão digital de mão única de cada convite usado é guardada, para que ele não possa ser usado duas vezes. Ela não é o seu código, e nenhum registro leva dela às suas respostas seladas. (O banco de dados grava as duas coisas numa única etapa, então alguém com uma cópia do disco pode supor que elas estão ligadas; mesmo assim, não consegue abrir as respostas, e se os convites foram distribuídos embaralhados, ninguém sabe quem tinha qual convite.) Essas impressões digitais são apagadas junto com as respostas quando termina o período de retenção.
privacy-surveys-ticket = <strong>Se você usou um bilhete anônimo:</strong> que o seu convite foi trocado por um bilhete (com uma impressão digital do pedido mascarado que o seu navegador enviou, que não diz nada sobre o bilhete) e, quando você responde, uma impressão digital do bilhete, para que ele não possa ser usado duas vezes. Nada liga os dois: o site assina o bilhete sem nunca vê-lo. Só o momento poderia ligá-los, se você responder logo depois de obter o bilhete; por isso, responda mais tarde, a partir de outra rede.
privacy-surveys-days = <strong>O dia em que um questionário foi aberto e encerrado.</strong> Nunca a hora em que você respondeu.
privacy-readers-heading = Quem pode ler as suas respostas
privacy-readers = Só os organizadores, com as suas chaves, nos seus próprios computadores: o site não entrega as respostas seladas a mais ninguém. A ferramenta de contagem deles, <code>caucus tally</code>, imprime totais. Qualquer número menor que o grupo mínimo do questionário (normalmente 5) fica oculto, assim como qualquer outro número que permitiria descobri-lo.
privacy-readers-comments = Os comentários escritos são a exceção: quando um organizador os pede (<code>caucus tally --include-text</code>), a ferramenta imprime palavra por palavra as respostas escritas a uma pergunta, assim que pelo menos 10 pessoas (ou o grupo mínimo, se for maior) tiverem respondido a essa pergunta. Elas aparecem em ordem embaralhada, nunca divididas por grupo nem mostradas ao lado das suas outras respostas. Os organizadores podem editar ou remover comentários antes de publicar, e os resultados publicados dizem quando fizeram isso. Se publicarem com comentários, os comentários aparecem na página pública de resultados do questionário. Por isso, não escreva num comentário nada que você não queira que outras pessoas leiam, e evite detalhes que só você saberia.
privacy-readers-keys = As chaves dos organizadores podem abrir todas as respostas seladas. A ferramenta de contagem só mostra o que está descrito acima, mas um programa escrito para isso poderia mostrar uma resposta de cada vez. Essa resposta continuaria sem nome, convite ou endereço.
privacy-statements-heading = Declarações
privacy-log-heading = O registro público
privacy-log-intro = Cada assinatura é uma entrada no registro público da declaração, que qualquer pessoa pode baixar e verificar. Para cada assinatura, o registro guarda apenas:
privacy-log-kind = o seu tipo: assinada com nome e com convite, anonimamente com convite, ou com nome e sem convite (um apoio externo);
privacy-log-fingerprint = uma impressão digital com sal do nome, do cargo e do comentário (uma assinatura anônima não tem nenhum deles), que os fixa sem revelá-los;
privacy-log-secret = uma impressão digital do seu segredo de retirada, que só você tem.
privacy-log-never = Ele nunca guarda o seu convite, o seu endereço IP, o seu navegador nem a hora do dia. Se os organizadores indicaram testemunhas, a contra-assinatura do registro feita por cada testemunha traz a hora em que foi feita: ela mostra quantas assinaturas o registro tinha naquele momento, não quem assinou. O registro fica enquanto o site funcionar, como documento público.
privacy-names-heading = O seu nome, cargo e comentário
privacy-names-sealed = <strong>Selados até a revelação.</strong> Eles são criptografados assim que chegam, para as chaves dos organizadores, e nunca são gravados no disco de forma legível antes da revelação. Uma declaração pode definir um número de assinaturas com convite a esperar: até que esse número de pessoas tenha assinado com um convite, o site não entrega os nomes selados a ninguém, nem mesmo aos organizadores, e quem copiar o disco os encontra selados. Só as chaves dos próprios organizadores os abrem, então os organizadores poderiam abrir uma cópia do disco antes da hora; escolha organizadores a quem você confiaria o seu nome, ou assine anonimamente.
privacy-names-published = <strong>Depois, publicados todos juntos.</strong> Quando pessoas suficientes tiverem assinado, os organizadores buscam os nomes selados, abrem-nos nos seus próprios computadores e publicam todos juntos. O site confere cada um com a sua impressão digital no registro, para que nenhum nome possa ser alterado ou incluído às escondidas. A partir daí, os nomes são públicos na página da declaração, e os nomes assinados depois aparecem lá imediatamente.
privacy-names-withdraw = <strong>Retirar a assinatura</strong>, com o segredo que você recebeu ao assinar, apaga do disco o seu nome, cargo e comentário (sobrescritos e depois apagados), antes ou depois da revelação. O registro mantém uma entrada dizendo que aquela assinatura foi retirada, para que a contagem continue verificável. Um nome que já era público pode ter sido copiado por alguém enquanto era.
privacy-names-false = <strong>Nomes falsos.</strong> Os nomes não são conferidos com a identidade de ninguém. Os organizadores podem riscar uma assinatura com nome que se prove falsa: o risco é uma entrada pública do registro, assinada por eles, e o nome, o cargo e o comentário são apagados.
privacy-names-anonymous = <strong>Assinaturas anônimas</strong> não têm nenhum nome, cargo ou comentário: elas são contadas, garantidas por um convite.
privacy-invites-heading = Quais convites foram usados
privacy-invites = Uma impressão digital de mão única de cada convite (ou bilhete) usado é guardada, para que ele não possa assinar duas vezes. Ela não é o seu código, e o registro não aponta para ela. Se a declaração tiver um dia de encerramento, essas impressões digitais são destruídas quando termina o seu período de retenção: um número de dias definido pelos organizadores, 90 se não tiverem escolhido outro, contados a partir do dia seguinte ao encerramento das assinaturas. O registro e os nomes publicados permanecem.
privacy-protect-heading = Como se proteger
privacy-protect-device = Responda ou assine num celular ou computador pessoal, nunca num dispositivo de trabalho: muitos empregadores registram o que se digita e o que aparece na tela nos dispositivos de trabalho.
privacy-protect-network = Use os seus próprios dados móveis ou a internet de casa, não a rede do escritório. O Tor Browser também esconde o seu endereço deste site.
privacy-protect-comments = Nos comentários, evite detalhes que só você saberia.
privacy-protect-secrets = Guarde o seu segredo de retirada e os seus recibos num dispositivo pessoal. Um segredo de retirada perdido não pode ser recuperado.
privacy-receipts = Um recibo de questionário comprova que a sua resposta selada foi guardada. Ele não diz o que você respondeu. Um recibo de declaração comprova que a sua assinatura está no registro.
