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
survey-error-item = { $question }: { $problem }
page-title-with-problem = { $problem }: { $title }
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

## A página de uma declaração e os seus formulários de assinatura. { $about }
## nas mensagens de erro abaixo é survey, statement ou neither.

statement-errors-title = Verifique a sua assinatura
statement-signatures = Assinaturas
statement-count =
    { $count ->
        [one] <strong>{ $count }</strong> pessoa assinou:
       *[other] <strong>{ $count }</strong> pessoas assinaram:
    }
statement-count-kinds = { $named } com o nome e { $anonymous } de forma anônima, cada assinatura garantida por um convite.
statement-count-kinds-unverified =
    { $unverified ->
        [one] { $named } com o nome e { $anonymous } de forma anônima, cada assinatura garantida por um convite, e { $unverified } apoio externo com o nome.
       *[other] { $named } com o nome e { $anonymous } de forma anônima, cada assinatura garantida por um convite, e { $unverified } apoios externos com o nome.
    }
statement-count-withdrawn =
    { $count ->
        [one] { $count } pessoa retirou a assinatura.
       *[other] { $count } pessoas retiraram a assinatura.
    }
statement-count-struck =
    { $count ->
        [one] { $count } nome foi riscado pela organização por ser falso e não é contado.
       *[other] { $count } nomes foram riscados pela organização por serem falsos e não são contados.
    }
statement-names-unchecked = Os nomes não são comparados com a identidade de ninguém: quem tem um convite pode assinar com qualquer nome. A organização risca um nome quando se mostra que é falso; cada nome riscado é uma entrada pública do registro abaixo, assinada por quem publicou esta declaração.
statement-awaiting-reveal =
    { $reveal_at ->
        [one] <strong>O limite foi atingido:</strong> { $reveal_at } pessoa assinou com um convite. Os nomes estão selados e aguardam a organização, que vai publicá-los todos juntos.
       *[other] <strong>O limite foi atingido:</strong> { $reveal_at } pessoas assinaram com um convite. Os nomes estão selados e aguardam a organização, que vai publicá-los todos juntos.
    }
statement-sealed-until = Os nomes ficam selados até haver { $reveal_at } assinaturas com convite ({ $so_far } até agora). Então a organização publica todos juntos, para que ninguém fique sozinho.
statement-closed-heading = As assinaturas foram encerradas
statement-closed = As assinaturas foram encerradas no fim do dia { $closes } (UTC). A contagem acima e o registro abaixo são definitivos.
statement-trade-for-ticket = Troque-o primeiro por um bilhete anônimo e assine mais tarde com esse bilhete.
statement-errors-heading =
    { $count ->
        [one] A sua assinatura não foi aceita: verifique este ponto
       *[other] A sua assinatura não foi aceita: verifique estes { $count } pontos
    }
statement-sign-named = Assinar com o nome
statement-named-awaiting = O seu nome, a sua função e o seu comentário ficam selados assim que você os envia, como todos os nomes antes do seu; já assinaram pessoas suficientes, e a organização vai publicar todos os nomes juntos, o seu também. Depois disso, os nomes aparecem assim que são assinados.
statement-named-sealed = O seu nome, a sua função e o seu comentário ficam selados assim que você os envia, para que ninguém, nem mesmo a organização, possa lê-los antes de haver { $reveal_at } assinaturas com convite ({ $so_far } até agora); então a organização publica todos os nomes juntos, e os assinados depois aparecem na hora.
statement-named-revealed = As { $reveal_at } assinaturas com convite que esta declaração esperava já chegaram e os nomes foram publicados; por isso, o seu nome, a sua função e o seu comentário aparecem nesta página assim que você assinar, à vista de todos.
statement-named-public = O seu nome, a sua função e o seu comentário aparecem nesta página assim que você assinar, à vista de todos.
statement-named-withdraw = Você pode retirar a assinatura mais tarde com o segredo que vai receber; o seu nome é então apagado.
statement-name = O seu nome
statement-role = Função ou equipe (opcional)
statement-comment = Comentário (opcional)
statement-invite-optional = Código de convite (opcional: sem ele, você conta como apoio externo)
statement-sign-anon = Assinar de forma anônima
statement-anon-intro = Você é contado, com o seu convite como garantia, e nenhum nome é guardado.
statement-ticket-intro = Trocou o seu convite por um bilhete anônimo (com <code>caucus ticket get</code>)? Assine com ele aqui; o servidor não consegue saber de que convite ele veio.
statement-ticket-link = Assinar com o bilhete
statement-ticket-key = A chave de bilhetes desta declaração é <code>{ $key }</code>, a mesma para todos; é a entrada 1 do registro abaixo, e <code>caucus verify</code> a verifica.
statement-check-heading = Como qualquer pessoa pode verificar esta contagem
statement-check-log = Cada assinatura é uma entrada num registro público ao qual só se pode acrescentar. O servidor assina um breve resumo do registro (um ponto de verificação) que fixa o seu tamanho e o seu conteúdo; assim, a contagem não pode ser inflada, e nenhuma assinatura pode ser retirada às escondidas ou mostrada de forma diferente a pessoas diferentes sem que isso seja detectado. Nomes, funções e comentários ficam fora do registro; ele guarda só uma impressão digital de cada um, e é por isso que um nome retirado pode ser apagado sem que o registro deixe de conferir.
statement-check-tool = Com a ferramenta gratuita <code>caucus</code>, qualquer pessoa (uma jornalista, um sindicato, o seu empregador) pode baixar o registro e recalcular a contagem:
statement-text-hash = O texto desta declaração tem a impressão digital SHA-256 <code>{ $hash }</code>; ele não pode mudar depois que alguém assinou.
statement-closes = As assinaturas se encerram no fim do dia { $closes } (UTC).
statement-withdraw-link = Retirar uma assinatura
statement-privacy-link = O que este site registra quando você assina
statement-back = Voltar à declaração
sign-error-required =
    { $field ->
        [name] Falta o seu nome
        [role] Falta a função ou equipe
       *[other] Falta o comentário
    }
sign-error-too-long =
    { $field ->
        [name] O seu nome pode ter no máximo { $max } caracteres
        [role] A função ou equipe pode ter no máximo { $max } caracteres
       *[other] O comentário pode ter no máximo { $max } caracteres
    }
sign-error-one-line =
    { $field ->
        [name] O seu nome deve caber numa linha, sem caracteres de controle
        [role] A função ou equipe deve caber numa linha, sem caracteres de controle
       *[other] O comentário deve caber numa linha, sem caracteres de controle
    }
sign-error-control =
    { $field ->
        [name] O seu nome não pode conter caracteres de controle
        [role] A função ou equipe não pode conter caracteres de controle
       *[other] O comentário não pode conter caracteres de controle
    }
sign-error-invite-missing = Digite o seu código de convite
sign-error-invite-missing-advice = Ele está no link de convite que você recebeu, depois de “invite=”; ou assine com um bilhete anônimo que você obteve com ele.

## Depois de assinar, e ao retirar a assinatura

signed-page-title = Assinado
signed-heading = Obrigado: você assinou
signed-entry = A sua assinatura em <strong>{ $title }</strong> é a entrada { $index } do registro público.
signed-save-heading = Guarde estas duas coisas, em particular
signed-secret = <strong>O seu segredo para retirar a assinatura.</strong> Com ele, e só com ele, você pode retirar a sua assinatura mais tarde; o seu nome é então apagado. Ninguém consegue recuperá-lo para você.
signed-receipt = O seu recibo (salve como receipt.json): a prova de que a sua assinatura está no registro
signed-check = Quem tiver o recibo pode verificar que a sua entrada continua no registro com este comando:
signed-keep = Guarde os dois num aparelho pessoal, não num do trabalho.
withdraw-page-title = Retirar
withdrawn-heading = A sua assinatura foi retirada
withdrawn-text = A sua assinatura em <strong>{ $title }</strong> já não conta, e o nome, a função ou o comentário que você deu foram apagados. O registro anota que uma assinatura foi retirada, como deve, para que a contagem continue verificável.
withdraw-heading = Retirar uma assinatura
withdraw-intro = Em <strong>{ $title }</strong>. Cole o segredo para retirar a assinatura que você recebeu ao assinar.
withdraw-secret-label = Segredo para retirar a assinatura
withdraw-button = Retirar a minha assinatura

## A página do bilhete anônimo. { $kind } é survey ou statement.

ticket-page-title = Um bilhete anônimo: { $title }
ticket-heading = Um bilhete anônimo para “{ $title }”
ticket-intro =
    { $kind ->
        [survey] Se este convite chegou até você por e-mail ou mensagem, quem o enviou sabe que ele é seu. Troque-o por um bilhete que este site assina sem vê-lo: assim ninguém (organização, hospedagem ou quem tiver uma cópia do servidor) consegue saber de que convite veio o bilhete, nem, portanto, que respostas são suas.
       *[other] Se este convite chegou até você por e-mail ou mensagem, quem o enviou sabe que ele é seu. Troque-o por um bilhete que este site assina sem vê-lo: assim ninguém (organização, hospedagem ou quem tiver uma cópia do servidor) consegue saber de que convite veio o bilhete, nem, portanto, que assinatura é sua.
    }
ticket-key =
    { $kind ->
        [survey] A chave de bilhetes deste questionário é <code>{ $key }</code>, a mesma para todos. A sua folha ou mensagem de convite deve mostrar a mesma; se não mostrar, pare e avise a organização.
       *[other] A chave de bilhetes desta declaração é <code>{ $key }</code>, a mesma para todos. A sua folha ou mensagem de convite deve mostrar a mesma; se não mostrar, pare e avise a organização.
    }
ticket-nojs = Obter um bilhete no navegador exige JavaScript. Sem ele, execute isto num terminal e depois use o bilhete na página de bilhetes:
ticket-later-link = A página de bilhetes
ticket-go-back = Ou volte e use o convite como está
ticket-get-heading = Obtenha o seu bilhete
ticket-used-up = O seu convite será gasto, e o bilhete ficará no lugar dele.
ticket-get = Obter um bilhete anônimo
ticket-getting = Obtendo o seu bilhete…
ticket-failed = Nenhum bilhete foi criado.
ticket-failed-other = Verifique a sua conexão e tente de novo em instantes; se continuar a falhar, volte atrás e use o convite como está.
ticket-key-unlisted = A chave de bilhetes desta página não é a que este site publica, por isso nenhum bilhete foi pedido. Não use esta página: avise os organizadores.
ticket-safer = É mais seguro salvar o bilhete e usá-lo mais tarde, a partir de outra rede (o Wi-Fi de casa em vez do trabalho, dados móveis ou o Tor Browser): um bilhete usado horas depois e de outro lugar não pode ser ligado ao seu convite pelo horário nem pelo endereço.
ticket-text-label = O seu bilhete (copie-o ou salve-o como arquivo)
ticket-save = Salvar o bilhete como arquivo
ticket-use-now =
    { $kind ->
        [survey] Responder agora com este bilhete
       *[other] Assinar agora com este bilhete
    }

## A página de erro: um título, a mensagem do próprio erro (pelo seu
## código), um conselho e um caminho de volta.

error-status = Erro { $status }.
error-privacy-link = O que este site registra
error-back-home = Ir para a página inicial
error-back-withdraw = Voltar à página para retirar a assinatura
error-back-survey = Voltar ao questionário
error-back-results = Ver os resultados publicados do questionário
error-not-found-title =
    { $about ->
        [survey] Não há nenhum questionário aqui
        [statement] Não há nenhuma declaração aqui
       *[other] Não há nenhum questionário nem declaração aqui
    }
error-not-found-advice = Confira o link que você recebeu: ele pode ter sido cortado. Copie o link inteiro de novo, ou pergunte a quem o enviou.
error-no-route-title = Esta página não existe
error-no-route-advice = Confira o endereço: ele pode ter sido cortado ou digitado errado.
error-not-published-title = Ainda não há resultados publicados
error-not-published-advice = Os resultados só aparecem aqui depois que o questionário foi encerrado e a organização contou as respostas e decidiu publicá-las. Volte mais tarde.
error-method-title = Esta página não pode ser enviada assim
error-method-advice = Abra a página pelo link dela e use o formulário dela.
error-not-a-secret-title = Isto não é um segredo para retirar a assinatura
error-not-a-secret-advice = Confira se você copiou o segredo inteiro da página que viu ao assinar: 64 caracteres, os dígitos 0-9 e as letras a-f, sem faltar nada. Um segredo perdido não pode ser recuperado: ninguém, nem mesmo a organização, guarda uma cópia.
error-bad-request-title = Não foi possível ler este pedido
error-bad-request-advice = Nada foi guardado. Volte, preencha o formulário de novo e envie-o pela página dele.
error-too-long-title = Isto é longo demais para ser guardado
error-too-long-advice = Nada foi guardado. Encurte o que você escreveu e envie o formulário de novo.
error-invite-forged-title =
    { $about ->
        [survey] Este convite não é para este questionário
        [statement] Este convite não é para esta declaração
       *[other] Este convite não é para este questionário ou declaração
    }
error-invite-forged-advice =
    { $about ->
        [survey] Cada convite pertence a um único questionário. Confira se você abriu o link que recebeu para este, ou peça pessoalmente o convite certo a alguém da organização.
        [statement] Cada convite pertence a uma única declaração. Confira se você abriu o link que recebeu para esta, ou peça pessoalmente o convite certo a alguém da organização.
       *[other] Cada convite pertence a um único questionário ou declaração. Confira se você abriu o link certo, ou peça pessoalmente o convite certo a alguém da organização.
    }
error-invite-invalid-title = Este código de convite não funciona
error-invite-invalid-advice = Copie o link ou o código inteiro de novo: um código cortado ou digitado errado não funciona. Se continuar falhando, peça um novo a alguém da organização.
error-spent-title = Este convite já foi usado
error-spent-advice =
    { $about ->
        [statement] Cada convite assina uma vez. Se você já assinou com ele, a sua assinatura conta e não há mais nada a fazer. Se não foi você, avise pessoalmente alguém da organização.
       *[other] Cada convite responde uma vez. Se você já respondeu com ele, as suas respostas estão guardadas e não há mais nada a fazer. Se não foi você, avise pessoalmente alguém da organização.
    }
error-ticket-title = Este bilhete não funciona
error-ticket-advice =
    { $about ->
        [survey] Cole o bilhete inteiro de novo, exatamente como você o recebeu. Um bilhete só funciona para o questionário e o site para os quais foi feito.
        [statement] Cole o bilhete inteiro de novo, exatamente como você o recebeu. Um bilhete só funciona para a declaração e o site para os quais foi feito.
       *[other] Cole o bilhete inteiro de novo, exatamente como você o recebeu. Um bilhete só funciona onde foi feito para funcionar.
    }
error-ticket-spent-title = Este bilhete já foi usado
error-ticket-spent-advice = Cada bilhete conta uma vez. Se não foi você que o usou, avise pessoalmente alguém da organização.
error-no-credential-title = É preciso um convite
error-no-credential-advice = Abra o link de convite que você recebeu, digite o código dele ou use um bilhete anônimo que você obteve com ele.
error-signing-closed-title = As assinaturas foram encerradas
error-signing-closed-advice = Esta declaração não aceita mais assinaturas. A contagem e o registro público continuam na página da declaração.
error-closed-title =
    { $about ->
        [survey] Este questionário está encerrado
        [statement] Esta declaração está encerrada
       *[other] Este questionário ou declaração está encerrado
    }
error-closed-advice = Ele não aceita mais respostas. Se a organização publicar resultados, eles aparecem na página de resultados do questionário.
error-shredded-title =
    { $about ->
        [survey] Os dados guardados deste questionário já não existem
        [statement] Os dados guardados desta declaração já não existem
       *[other] Os dados guardados já não existem
    }
error-shredded-advice = O prazo de conservação terminou e o que poderia identificar alguém foi destruído, como prometido. Só resta o que a organização publicou.
error-unknown-secret-title = Este segredo para retirar a assinatura não confere
error-unknown-secret-advice = { error-not-a-secret-advice }
error-withdrawn-title = Esta assinatura já tinha sido retirada
error-withdrawn-advice = Não há mais nada a fazer: ela já não conta, e o nome, a função ou o comentário que ela trazia foram apagados.
error-flooded-title = Tentativas falhadas demais
error-flooded-advice =
    { $about ->
        [survey] Muitos códigos errados foram enviados a este questionário em pouco tempo, por isso os errados estão sendo recusados por enquanto. Confira o seu código e envie-o de novo daqui a { $retry_after } segundos; um convite válido é aceito mesmo agora.
        [statement] Muitos códigos errados foram enviados a esta declaração em pouco tempo, por isso os errados estão sendo recusados por enquanto. Confira o seu código e envie-o de novo daqui a { $retry_after } segundos; um convite válido é aceito mesmo agora.
       *[other] Muitos códigos errados foram enviados em pouco tempo, por isso os errados estão sendo recusados por enquanto. Confira o seu código e envie-o de novo daqui a { $retry_after } segundos; um convite válido é aceito mesmo agora.
    }
error-busy-title = O servidor está ocupado
error-busy-advice = Nada foi guardado. Espere alguns segundos e envie o formulário de novo.
error-timeout-title = O formulário demorou demais para chegar
error-timeout-advice = Nada foi guardado. Envie-o de novo, com uma conexão mais estável se puder.
error-internal-title = Algo deu errado no servidor
error-internal-advice = Nada do que você fez causou isto, e nada foi alterado. Tente de novo mais tarde; se continuar acontecendo, avise alguém da organização.
error-refused-title = Este pedido foi recusado
error-refused-advice = Nada foi alterado. A mensagem acima diz por quê.
error-message-not-found =
    { $about ->
        [survey] Não há nenhum questionário neste endereço.
        [statement] Não há nenhuma declaração neste endereço.
       *[other] Esse questionário ou declaração não existe.
    }
error-message-no-route = Esta página não existe.
error-message-not-published = A organização ainda não publicou resultados deste questionário.
error-message-method-not-allowed = Este endereço só aceita { $methods }.
error-message-bad-request = Não foi possível ler este pedido.
error-message-form-not-utf8 = O formulário não foi enviado como texto UTF-8 válido, por isso não foi possível lê-lo.
error-message-form-unreadable = Não foi possível ler o formulário.
error-message-too-large = O que foi enviado é grande demais.
error-message-answers-too-long = Estas respostas são longas demais para serem guardadas; encurte as respostas escritas.
error-message-unsupported-media-type = Isto não foi enviado da forma como o formulário da página envia (application/x-www-form-urlencoded).
error-message-unauthorized = Não foi possível verificar este pedido da organização, ou ele já tinha sido usado.
error-message-invite-forged =
    { $about ->
        [survey] Este convite não foi emitido para este questionário pela organização dele.
        [statement] Este convite não foi emitido para esta declaração pela organização dela.
       *[other] Este convite não foi emitido para cá pela organização.
    }
error-message-invite-invalid = Este código de convite está faltando, incompleto ou digitado errado.
error-message-invite-spent = Este convite já foi usado.
error-message-ticket-malformed = Este bilhete está incompleto ou não tem a forma certa.
error-message-ticket-invalid = Este bilhete não foi feito para este lugar.
error-message-ticket-spent = Este bilhete já foi usado.
error-message-credential-missing = Para isto é preciso um código de convite, ou um bilhete anônimo obtido com um.
error-message-closed =
    { $about ->
        [survey] Este questionário está encerrado.
        [statement] As assinaturas desta declaração foram encerradas.
       *[other] Este questionário ou declaração está encerrado.
    }
error-message-retention-over = O prazo de conservação terminou, e as respostas guardadas e a chave foram destruídas em { $date }; só restam os resultados publicados.
error-message-already-withdrawn = Esta assinatura já tinha sido retirada.
error-message-withdrawal-hash-taken = Este hash de retirada já está em uso: crie um segredo novo e envie o hash dele.
error-message-checkpoint-moved = A coassinatura não confere com o ponto de verificação atual: baixe-o e coassine de novo.
error-message-unknown-witness = Esta chave não é de nenhuma das testemunhas indicadas pela organização da declaração.
error-message-not-processed = Não foi possível executar este pedido, e nada foi alterado.
error-message-not-header-organiser = Só a chave de organização que assinou o cabeçalho da declaração pode riscar uma assinatura.
error-message-already-struck = Esta assinatura já tinha sido retirada ou riscada.
error-message-unknown-secret = Nenhuma assinatura desta declaração tem este segredo para retirá-la.
error-message-survey-open = Este questionário ainda está aberto: encerre-o primeiro, para que os resultados não possam ser comparados enquanto as respostas chegam.
error-message-reveal-not-due = Os nomes ficam selados até haver { $needed } assinaturas com convite; esta declaração tem { $signed }.
error-message-openings-missing = Esta revelação deixa alguns nomes selados sem abrir, por isso nada foi publicado.
error-message-opening-mismatch = A abertura da entrada { $entry } não confere com a entrada dela no registro, por isso nada foi publicado.
error-message-release-differencing = Esta publicação foi recusada: ela está perto demais de uma anterior, e comparar as duas exporia respostas.
error-message-release-stale = O questionário agora tem { $now } respostas, não as { $claimed } com que esta publicação foi contada; conte de novo.
error-message-invalid-answers = Algumas respostas não combinam com o questionário.
error-message-invalid-survey = Este arquivo de questionário não é válido.
error-message-busy = O servidor está ocupado; tente de novo daqui a pouco.
error-message-too-many-failures =
    { $about ->
        [survey] Tentativas falhadas demais neste questionário; tente de novo daqui a { $retry_after } s (um convite válido é sempre aceito).
        [statement] Tentativas falhadas demais nesta declaração; tente de novo daqui a { $retry_after } s (um convite válido é sempre aceito).
       *[other] Tentativas falhadas demais; tente de novo daqui a { $retry_after } s (um convite válido é sempre aceito).
    }
error-message-request-timeout = O pedido não chegou a tempo.
error-message-internal = Algo deu errado no servidor.

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

## Uma resposta recusada

answer-not-an-object = as respostas devem ser um objeto JSON cujas chaves são os identificadores das perguntas
answer-unknown-question = não é uma pergunta deste questionário
answer-required-choose = é obrigatória: escolha uma resposta
answer-required-tick = é obrigatória: marque pelo menos uma opção
answer-required-number = é obrigatória: escolha um número de { $min } a { $max }
answer-required-text = é obrigatória: escreva uma resposta
answer-not-option-text = deve ser o texto de uma das opções
answer-not-an-option = “{ $value }” não é uma das opções
answer-not-a-list = deve ser uma lista de textos de opções
answer-twice = indica uma opção duas vezes
answer-not-likert = deve ser um número inteiro de 1 (discordo totalmente) a 5 (concordo totalmente)
answer-out-of-range = deve ser um número inteiro de { $min } a { $max }
answer-not-text = deve ser texto
answer-too-long =
    { $max ->
        [one] pode ter no máximo { $max } caractere
       *[other] pode ter no máximo { $max } caracteres
    }
answer-control-characters = não pode conter caracteres de controle

## A folha de convites para imprimir

invites-page-title = Convites: { $title }
invites-heading = Convites para “{ $title }”
invites-count =
    { $count ->
        [one] { $count } convite.
       *[other] { $count } convites.
    }
invites-intro = Imprima a folha, recorte pelas linhas tracejadas, <strong>embaralhe</strong> os cartões e entregue-os pessoalmente, para que ninguém, nem mesmo quem organiza, saiba quem tem qual. Cada um funciona uma só vez. Não guarde registro de quem recebeu o quê. Esta nota não é impressa.
invites-how = Leia com um celular <strong>pessoal</strong> (não um aparelho do trabalho), ou abra { $url } e digite o código:
invites-how-short = Leia com um celular <strong>pessoal</strong> (não um aparelho do trabalho), ou abra { $url } e digite o código (em maiúsculas ou não; I e L contam como 1, O como 0):
invites-ticket-key = Chave dos bilhetes:
invites-qr-label = Código QR do link de convite

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
