export { FaqEntrySchema, FaqEntryInputSchema } from "./faq-entry";
export type { FaqEntry, FaqEntryInput, ParsedFaqEntryInput } from "./faq-entry";
export { buildShopKnowledge } from "./build-shop-knowledge";
export type { ShopKnowledge, AnswerVotes } from "./build-shop-knowledge";
export { sanitiseAnswer } from "./sanitise-answer";
export { starterFaq } from "./starter-faq";
export { demoShopFaq } from "./demo-shop-faq";
export { parseFaqFile, FAQ_CSV_COLUMNS } from "./parse-faq-file";
export type { ParsedFaqFile, FaqFileError } from "./parse-faq-file";
export { formatFaqFile } from "./format-faq-file";
export {
  listFaqEntries,
  saveFaqEntry,
  deleteFaqEntry,
  importFaqEntries,
  exportFaqEntries,
  adoptStarterFaq,
} from "./manage-faq-entries";
export type { ImportFaqResult } from "./manage-faq-entries";
export { loadShopKnowledge } from "./load-shop-knowledge";
export { groupUnansweredQuestions } from "./group-unanswered-questions";
export type { QuestionGroup, QuestionToGroup } from "./group-unanswered-questions";
export {
  learningQuestionRows,
  LearningReasonSchema,
  listLearningQueue,
  queueLearningQuestions,
  recordAnswerVote,
  sealCarriedQuestions,
  turnLearningGroupIntoFaq,
} from "./learning-loop";
export type {
  LearningCandidate,
  LearningGroup,
  LearningReason,
  TurnLearningGroupIntoFaqOptions,
} from "./learning-loop";
