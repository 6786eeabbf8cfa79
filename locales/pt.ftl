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
