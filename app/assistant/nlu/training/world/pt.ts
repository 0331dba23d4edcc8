import type { MorePhrases } from "../more/more-phrases";

/**
 * Eleventh round: questions and requests about the world outside the shop (o banco e os cartões
 * do cliente, viagens, alarmes e contas, cozinha, casa, carro, trabalho, saúde, conhecimentos
 * gerais, piadas, o próprio assistente, serviços de outras empresas), which the shop's assistant
 * does not answer: `other`. Many read like a request to the shop on the surface (um saldo, um voo
 * para acompanhar, uma reserva para cancelar, uma mala extraviada, uma conta para pagar).
 *
 * Twelfth round: advice about things the shop does not sell (an accountant, a restaurant, a
 * mechanic, a podcast, a holiday), beside the gift ideas that stay `recommendation`; left out, as
 * closest to questions about a product: baggage allowances, smart-home commands (lights, volume)
 * and trivia that the cross-validation read as product questions.
 */
export const worldPortuguese: Partial<MorePhrases> = {
  other: [
    // O banco e os cartões do cliente.
    "quanto tenho na minha conta corrente",
    "faz um pix de 50 reais pro meu irmão",
    "transfere 200 euros para a conta poupança",
    "qual é o limite do meu cartão de crédito",
    "quero aumentar o limite do cartão",
    "me mostra os últimos lançamentos da conta",
    "quanto gastei com ifood esse mês",
    "quanto tempo o banco leva pra mandar o cartão novo",
    "o caixa eletrônico engoliu meu cartão",
    "quanto dá 100 dólares em reais",
    "qual a cotação do euro hoje",
    "qual é o meu nib",
    "como vejo meu score de crédito",
    // Viagens.
    "meu voo pra Recife tá no horário?",
    "de qual portão sai o voo para Lisboa",
    "muda meu voo pra sexta de manhã",
    "cancela minha reserva de hotel em Gramado",
    "reserva um quarto no Porto pra duas noites",
    "a companhia aérea extraviou minha bagagem",
    "minha bagagem não apareceu na esteira do aeroporto",
    "brasileiro precisa de visto pros Estados Unidos?",
    "quanto tempo demora pra tirar o passaporte",
    "aluga um carro pra mim no aeroporto de Faro",
    "faz o check-in do meu voo de amanhã",
    "qual a diferença de fuso entre Lisboa e São Paulo",
    "a que horas sai o último alfa pendular para o Porto",
    // Alarmes, tempo, contas, palavras.
    "põe um timer de 10 minutos pro miojo",
    "me acorda às seis e meia",
    "desliga o despertador das sete",
    "me lembra amanhã de ligar pro síndico",
    "vai chover em Curitiba no fim de semana?",
    "preciso levar guarda-chuva hoje",
    "quanto é 15 por cento de 90",
    "raiz quadrada de 121",
    "como se diz obrigado em alemão",
    "exceção se escreve com ç ou ss",
    "o que significa a palavra saudade",
    "que dia da semana cai o natal",
    "manda um zap pra minha mãe dizendo que vou me atrasar",
    "me ajuda a achar meu celular",
    "um sinônimo de cansado",
    // Cozinha.
    "quanto tempo de forno pra um frango assado",
    "o que posso usar no lugar do fermento",
    "quantas calorias tem um pão de queijo",
    "me passa a receita de feijoada",
    "o que vai num bolo de cenoura",
    "reserva uma mesa pra quatro hoje à noite numa pizzaria",
    "cancela a reserva do restaurante de hoje",
    // Casa.
    "coloca leite e ovos na lista de compras",
    "tira o pão da lista do mercado",
    "o que tenho na lista de tarefas hoje",
    "o que tenho na agenda na sexta",
    "toca um samba",
    "pula essa música",
    // Carro.
    "quando tenho que trocar o óleo do carro",
    "qual a calibragem do pneu do onix",
    "quantos km por litro faz um gol",
    "quando vence o licenciamento do carro",
    "como tá o trânsito na marginal",
    "caminho mais rápido pro aeroporto sem pedágio",
    "onde tá a gasolina mais barata aqui perto",
    "acendeu a luz da injeção no painel",
    "quando pago o ipva",
    // Trabalho.
    "quando cai o salário esse mês",
    "quantos dias de férias ainda tenho",
    "pede folga na sexta pro meu chefe",
    "qual o próximo feriado",
    "até quando tenho que entregar o imposto de renda",
    "passa minha reunião das 3 pra quinta",
    "que reuniões tenho amanhã",
    "quanto sobra líquido de um salário de 5 mil",
    "como saco meu fgts",
    // Saúde.
    "tô com dor de garganta e febre, será gripe?",
    "o plano de saúde cobre dentista?",
    "marca uma consulta com o clínico geral",
    "quantos paracetamol posso tomar por dia",
    "como tiro a segunda via da carteirinha do plano",
    // Conhecimentos gerais, piadas, jogos.
    "quem descobriu o Brasil",
    "em que ano acabou a segunda guerra",
    "quantos habitantes tem Angola",
    "conta uma piada de pavê",
    "vamos jogar pedra papel tesoura",
    "me conta uma curiosidade sobre tubarões",
    "qual o nome dessa música",
    // O próprio assistente.
    "você é de onde",
    "você tem bicho de estimação?",
    "você trabalha pra quem",
    "posso te chamar de Zé?",
    "o que posso te perguntar",
    "quem te criou",
    // Serviços de outras empresas.
    "muda meu plano de celular pra internet ilimitada",
    "por que a conta de luz veio tão alta",
    "quero fazer portabilidade do meu número",
    "cancela meus ingressos do show de sábado",
    "como recupero o caução do apartamento",
    "em que pé está a emissão do meu passaporte",
    "a academia continua me cobrando mesmo depois de eu cancelar",
    // Advice about things the shop does not sell.
    "conhece um bom contador aqui na região",
    "que podcast eu escuto no caminho pro trabalho",
    "pra onde eu viajo nas férias de outubro",
    "me indica um restaurante bom pra um jantar a dois",
    "qual mecânico você recomenda aqui perto",
  ],
};
