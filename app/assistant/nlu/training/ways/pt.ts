import type { MorePhrases } from "../more/more-phrases";

/**
 * Ninth round: the same kinds as `ways/en.ts` in this language, and "how are you?" alone as a
 * greeting.
 */
export const waysPortuguese: Partial<MorePhrases> = {
  complaint: [
    "o entregador jogou minha caixa por cima do portão",
    "o motoboy foi muito grosso comigo",
    "deixaram o pacote na chuva e molhou tudo",
    "vou deixar uma avaliação de uma estrela em todo lugar",
    "vou abrir uma reclamação no procon",
    "meu advogado vai entrar em contato",
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
  other: ["qual banco rende mais", "vale a pena investir em bitcoin", "como pago o ipva do carro"],
  greeting: ["como vai?", "como vão vocês?", "tudo bem com você?"],
};
