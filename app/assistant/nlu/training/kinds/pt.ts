import type { MorePhrases } from "../more/more-phrases";

/** Eighth round: kinds of message the cross-validation and the lead's probes showed missing. */
export const kindsPortuguese: Partial<MorePhrases> = {
  product_question: [
    "onde vocês fabricam os produtos",
    "as roupas são feitas no brasil?",
    "é fabricado em que país",
    "quem fabrica os produtos de vocês",
    "é feito à mão?",
    "os produtos são de comércio justo?",
    "isso vem da china?",
    "de onde vêm os materiais",
  ],
  payment: [
    "tem desconto para estudante?",
    "tem desconto na primeira compra",
    "vocês têm algum cupom agora",
    "dá desconto se eu comprar vários",
    "quando começa a liquidação",
    "vai ter promoção de black friday?",
    "ganho um cupom na primeira compra?",
    "posso usar dois cupons no mesmo pedido",
    "tem desconto para professor?",
    "quando começa a promoção de verão",
    "como consigo um cupom de desconto",
    "se eu me cadastrar ganho desconto?",
    "tem alguma promoção essa semana",
  ],
  shipping_info: [
    "vou ter que pagar taxa de importação",
    "os impostos de importação já estão no preço?",
    "se enviarem para portugal quem paga a alfândega",
    "o iva está incluído para envios fora da ue?",
    "vou pagar alguma taxa quando receber",
  ],
  complaint: [
    "a atendente no telefone foi muito grossa",
    "o atendimento de vocês nunca responde os emails, um absurdo",
    "fiquei uma hora esperando no telefone, péssimo serviço",
    "o atendente desligou na minha cara",
  ],
  account: [
    "quantos pontos eu tenho",
    "onde vejo meus pontos de fidelidade",
    "como uso o crédito da minha conta",
    "meus pontos sumiram da conta",
  ],
  return_refund: [
    "se eu devolver vocês reembolsam o frete",
    "quem paga o frete da devolução",
    "o valor do frete volta também?",
  ],
  order_status: [
    "onde encontro o código de rastreio do meu pedido",
    "não recebi o código de rastreamento",
  ],
};
