import type { Language } from "../types";

/**
 * What shoppers put around a request (a greeting, a bit of story, politeness, anger or a swear
 * word), per language. Training adds a copy of each written phrase inside one of them, so that
 * these words count for no intent in particular and a long or angry message keeps its request's
 * intent. Written apart from `scripts/nlu-noise.ts`, which measures the same thing with others.
 */
export const REQUEST_WRAPPERS: Record<Language, { before: string[]; after: string[] }> = {
  en: {
    before: [
      "hi, ",
      "sorry to bother you but ",
      "ugh ",
      "what the hell, ",
      "this is driving me crazy, ",
      "i ordered from you before and ",
    ],
    after: [" thank you", " pls", " thanks!", " can you help", " this is a joke", " damn", " wtf"],
  },
  es: {
    before: [
      "hola, ",
      "perdona que moleste pero ",
      "qué rabia, ",
      "mierda, ",
      "hace poco les compré algo y ",
    ],
    after: [" gracias", " por favor", " gracias!!", " me pueden ayudar?", " es una vergüenza"],
  },
  fr: {
    before: [
      "salut, ",
      "désolé de vous déranger mais ",
      "c'est énervant, ",
      "merde, ",
      "j'ai déjà commandé chez vous et ",
    ],
    after: [" merci", " s'il vous plaît", " merci beaucoup", " vous pouvez m'aider ?", " bordel"],
  },
  de: {
    before: [
      "hi, ",
      "sorry für die störung, aber ",
      "das nervt, ",
      "scheiße, ",
      "ich habe schon mal bei euch bestellt und ",
    ],
    after: [" danke", " bitte schön", " vielen dank", " könnt ihr helfen?", " echt jetzt"],
  },
  it: {
    before: ["salve, ", "che rabbia, ", "merda, ", "ho già comprato da voi e "],
    after: [" grazie", " per piacere", " grazie mille", " potete aiutarmi?", " porca miseria"],
  },
  pt: {
    before: [
      "olá, ",
      "desculpa incomodar mas ",
      "que raiva, ",
      "merda, ",
      "já comprei com vocês e ",
    ],
    after: [" obrigado", " por gentileza", " valeu", " podem me ajudar?", " é um absurdo"],
  },
  ja: {
    before: [
      "すみません、",
      "何度もすみませんが、",
      "もう腹が立つ。",
      "前にも注文したことがあるんですが、",
    ],
    after: ["。お願いします", "。教えてください", "。ありがとうございます", "。いい加減にして"],
  },
  "zh-Hans": {
    before: ["您好，", "不好意思，", "烦死了，", "我之前在你们家买过，"],
    after: ["，谢谢了", "，在线等", "，麻烦回复一下", "，太坑了"],
  },
  "zh-Hant": {
    before: ["您好，", "不好意思，", "很火大，", "我之前有跟你們買過，"],
    after: ["，謝謝囉", "，線上等", "，麻煩回覆", "，太扯了"],
  },
};
