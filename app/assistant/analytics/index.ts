export { summariseRecentActivity, type RecentActivity } from "./recent-activity";
export {
  classifyConversation,
  EMPTY_OUTCOME,
  OUTCOMES,
  unansweredReason,
  type ClassifiedMessage,
  type ConversationClassification,
  type Outcome,
} from "./classify-conversation";
export {
  DEFAULT_IDLE_MS,
  forgetConversations,
  rateConversation,
  settleConversations,
  type SettleConversationsOptions,
} from "./settle-conversations";
export {
  summariseDashboard,
  type Dashboard,
  type DashboardDay,
  type SummariseDashboardOptions,
} from "./summarise-dashboard";
export {
  addDays,
  localDateOf,
  localDays,
  LocalDateSchema,
  startOfLocalDate,
  type LocalDate,
  type LocalDay,
} from "./local-days";
export { alignConversationDays } from "./conversation-days";
export {
  ConversationFilterSchema,
  exportConversations,
  findConversations,
  readTranscript,
  type ConversationFilter,
  type ConversationRow,
  type Transcript,
  type TranscriptMessage,
} from "./review-conversations";
