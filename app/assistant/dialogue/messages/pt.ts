import type { DialogueMessages } from "./catalogue";

export const pt: DialogueMessages = {
  greeting: "Olá! Posso ajudar com pedidos, entregas, devoluções e produtos. Como posso ajudar?",
  goodbye: "De nada! Tenha um ótimo dia.",
  askOrderNumber:
    "Claro, qual é o número do pedido? Ele tem a forma #1001 e está no e-mail de confirmação.",
  orderNumberHelp:
    "Preciso do número do pedido para procurá-lo. Ele está no e-mail de confirmação que enviamos quando você comprou (no formato #1001) e na sua conta, se você tiver uma.",
  askContact:
    "Obrigado. Para proteger seus dados, qual e-mail ou telefone você usou no pedido {order}?",
  orderFound: "Aqui está o pedido {order}: **{status}**.",
  orderNotFound:
    "Não encontrei um pedido com esse número e contato. Confira os dois e tente de novo.",
  orderLimited:
    "Por segurança não posso procurar mais pedidos agora. Uma pessoa da equipe pode ajudar.",
  noOrders: "Ainda não vejo pedidos na sua conta.",
  orderChangeHandoff:
    "Passei para a equipe seu pedido de alteração do pedido {order}; eles confirmam em breve.",
  orderCancelHandoff:
    "Pedi à equipe para cancelar o pedido {order}; eles confirmam assim que estiver feito.",
  returnHelp: "Posso ajudar com a devolução. Me diga o número do pedido e eu verifico.",
  clarify: "Só para confirmar: você quer dizer {options}?",
  dontKnow: "Desculpe, ainda não sei responder isso.",
  offerHuman: "Quer que eu chame uma pessoa da equipe?",
  handoff: "Estou chamando uma pessoa da equipe. Ela vai responder aqui.",
  outsideHours: "Nossa equipe está offline agora; vai responder assim que voltar.",
  languageNote: "(Respondemos em {language}.)",
  angry: "Sinto muito mesmo. Vou chamar agora uma pessoa da equipe.",
  complaint: "Sinto muito. Passei isso para a equipe para que uma pessoa verifique.",
  empathy: {
    negative: "Sinto muito por isso; vamos resolver.",
    anxious: "Entendo a sua preocupação; vou ajudar você agora mesmo.",
  },
  productWhich: "De qual produto você fala? Pode me dizer o nome.",
  productPrice: "{title} custa {price}.",
  productInStock: "Está em estoque.",
  productOutOfStock: "No momento está esgotado.",
  productOptions: "{name}: {values}.",
  productSummary: "Isto é o que sei sobre {title}:",
  productChoiceInStock: "Sim, {title} em {choice} está em estoque.",
  productChoiceSoldOut: "{title} em {choice} está esgotado no momento.",
  productChoicesInStock: "Em estoque: {choices}.",
  productChoiceMissing: "{title} não vem em {asked}.",
  productPageSays: "Isto é o que diz a página de {title}:",
  productPageSilent: "A página do produto não diz mais nada sobre isso.",
  recommendIntro: "Algumas sugestões:",
  recommendNoneCheaper: "Esses são os mais baratos que tenho para isso. Quer ver outra coisa?",
  recommendNone: "Não encontrei nada adequado. Pode me contar um pouco mais?",
  topicHelp: "Posso ajudar com isso. Pode me dar mais detalhes?",
  humanQuickReply: "Falar com uma pessoa",
  askHandoffEmail:
    "Vou passar isto para uma pessoa da equipe. Para qual e-mail ela pode responder?",
  invalidEmail:
    "“{email}” não parece um e-mail completo: precisa de um nome, um @ e um domínio como exemplo.com. Pode verificar?",
  handoffEmailDeclined:
    "Sem problema. Sem um e-mail a equipe não consegue responder depois que você sair, então não encaminhei nada. Digite seu e-mail quando quiser ou pergunte outra coisa.",
  expectReplyAt: "Nossa equipe está offline agora; espere uma resposta a partir de {time}.",
  noDeskContact:
    "Não consigo chamar uma pessoa aqui no chat. Você pode falar com a loja pelo e-mail {email}.",
  noDeskNeutral:
    "Não consigo chamar uma pessoa aqui no chat. Use os contatos que estão no site da loja.",
  actionKept: "Certo, não alterei nada no pedido {order}.",
  yesWords: ["sim", "claro", "ok", "pode ser", "confirmo"],
  notKnownWords: [
    "não lembro",
    "nao lembro",
    "não me lembro",
    "nao me lembro",
    "não sei",
    "nao sei",
    "não tenho",
    "nao tenho",
    "perdi",
    "não encontro",
    "nao encontro",
    "esqueci",
    "não faço ideia",
    "nao faco ideia",
  ],
  noWords: ["não", "nao", "não obrigado", "não obrigada", "agora não", "deixa pra lá"],
  intentLabels: {
    order_status: "onde está seu pedido",
    cancel_order: "cancelar um pedido",
    change_order: "alterar um pedido",
    return_refund: "uma devolução ou reembolso",
    shipping_info: "a entrega",
    payment: "o pagamento",
    product_question: "um produto",
    recommendation: "uma recomendação",
    account: "sua conta",
    human_agent: "falar com uma pessoa",
    complaint: "uma reclamação",
    greeting: "cumprimentar",
    thanks_goodbye: "despedir-se",
    other: "outra coisa",
  },
};
