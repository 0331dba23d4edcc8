import type { MorePhrases } from "../more/more-phrases";

/**
 * Ninth round: the same kinds as `ways/en.ts` in this language, and "how are you?" alone as a
 * greeting.
 * Tenth round: complaints about the support staff's conduct and questions outside the shop.
 */
export const waysPortuguese: Partial<MorePhrases> = {
  complaint: [
    "o entregador jogou minha caixa por cima do portão",
    "o motoboy foi muito grosso comigo",
    "deixaram o pacote na chuva e molhou tudo",
    "vou deixar uma avaliação de uma estrela em todo lugar",
    "vou abrir uma reclamação no procon",
    "meu advogado vai entrar em contato",
    // Tenth round: how the shop's support staff treated the shopper.
    "o suporte de vocês nunca responde meus e-mails",
    "a moça do telefone foi super grossa comigo",
    "fui muito maltratado pelos funcionários de vocês",
  ],
  shipping_info: [
    "se eu comprar agora quando chega",
    "vocês entregam no domingo?",
    "até que horas posso pedir pra receber amanhã",
  ],
  cancel_order: [
    "mudei de ideia, cancelem a compra",
    "segurem meu pedido antes de despachar",
    "desisti do pedido",
  ],
  return_refund: [
    "a calça que recebi ficou pequena, posso trocar por um tamanho maior",
    "o tênis chegou ontem e não serviu, quero um número acima",
    "devolvi o pacote faz dez dias e o dinheiro ainda não caiu",
    "vocês já receberam minha devolução, quando sai o estorno",
  ],
  payment: [
    "preciso da nota fiscal com meu cpf",
    "onde baixo o comprovante da compra",
    "como uso um cartão presente no pagamento",
  ],
  other: [
    "qual banco rende mais",
    "vale a pena investir em bitcoin",
    "como pago o ipva do carro",
    // Tenth round: facts and units, advice on things outside the shop, flights and matches.
    "quantos gramas tem uma libra",
    "qual a distância até a lua",
    "quantos habitantes tem o japão",
    "pra onde viajo nas férias de verão",
    "qual app é bom pra aprender inglês",
    "vê se meu voo está atrasado",
    "onde posso assistir o jogo hoje à noite",
  ],
  greeting: ["como vai?", "como vão vocês?", "tudo bem com você?"],
  // Session 7 (lead): "can you recommend a <thing the shop sells>", which read as small talk
  // (other) beside "can you recommend a dentist".
  recommendation: [
    "podes recomendar-me uma tenda para duas pessoas",
    "você pode me recomendar umas botas de caminhada",
    "me indica uma mochila para passeios",
    "que saco de dormir quente você recomenda",
    "pode me recomendar uma boa capa de chuva",
  ],
};
