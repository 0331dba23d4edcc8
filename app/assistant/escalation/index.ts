export {
  NewSupportTicketSchema,
  SupportDeskError,
  TicketPrioritySchema,
  type NewSupportTicket,
  type SupportDesk,
  type SupportDeskProblem,
  type SupportTicketRef,
  type TicketPriority,
} from "./support-desk";
export {
  createZendeskCall,
  createZendeskDesk,
  zendeskEndpointUri,
  type ZendeskCall,
  type ZendeskDeskOptions,
} from "./zendesk-desk";
export {
  buildTicket,
  externalIdFor,
  storeHandle,
  type BuildTicketOptions,
  type TranscriptLine,
  type VerifiedCustomer,
} from "./build-ticket";
export {
  decidePriority,
  isVip,
  PriorityRulesSchema,
  type PriorityCustomer,
  type PriorityRules,
} from "./priority";
export {
  decideHandoff,
  HandoffRulesSchema,
  type DecideHandoffOptions,
  type HandoffDecision,
  type HandoffReason,
  type HandoffRules,
} from "./decide-handoff";
export {
  BusinessHoursSchema,
  expectedReplyAt,
  formatOpeningTime,
  type BusinessHours,
  type ExpectedReply,
} from "./business-hours";
export {
  CREATE_TICKET_JOB,
  CreateTicketJobSchema,
  requestEscalation,
  writeEscalation,
  type CreateTicketJob,
  type EscalationView,
  type RequestEscalationOptions,
} from "./request-escalation";
export { escalateConversation, type EscalateConversationOptions } from "./escalate-conversation";
export { findVerifiedCustomer } from "./find-verified-customer";
export { findShopContact } from "./find-shop-contact";
export { openJobPayload, openRequesterEmail } from "./sealed-rows";
export {
  ADD_COMMENT_JOB,
  AddCommentJobSchema,
  commentReference,
  queueShopperComment,
  type AddCommentJob,
  type QueueShopperCommentOptions,
} from "./queue-shopper-comment";
export {
  backoffDelayMs,
  DEFAULT_RETRY_POLICY,
  deliverEscalations,
  startEscalationWorker,
  type DeliverEscalationsOptions,
  type DeliveryReport,
  type EscalationWorker,
  type RetryPolicy,
} from "./deliver-escalations";
export {
  verifyZendeskWebhook,
  type VerifyZendeskWebhookOptions,
  type WebhookVerification,
} from "./verify-zendesk-webhook";
export {
  CONCIERGE_TAG,
  connectZendesk,
  zendeskWebhookUrl,
  type ConnectZendeskOptions,
  type ConnectZendeskResult,
} from "./connect-zendesk";
export {
  receiveZendeskWebhook,
  type ReceivedZendeskWebhook,
  type ReceiveZendeskWebhookOptions,
} from "./receive-zendesk-webhook";
export {
  applyZendeskEvent,
  parseZendeskWebhookEvent,
  ZendeskWebhookEventSchema,
  type ApplyZendeskEventResult,
  type ZendeskWebhookEvent,
} from "./apply-zendesk-event";
export {
  EscalationSettingsSchema,
  ZendeskConnectionSchema,
  type EscalationSettings,
  type ZendeskConnection,
} from "./escalation-settings";
export {
  verifyZendeskAppToken,
  type VerifyZendeskAppTokenOptions,
  type ZendeskAppTokenCheck,
  type ZendeskAppTokenProblem,
} from "./zendesk-app-token";
export { issueSidebarSession, readSidebarSession, type SidebarSession } from "./sidebar-session";
export {
  customerByEmailQuery,
  readSidebarView,
  type ReadSidebarViewOptions,
  type SidebarOrder,
  type SidebarView,
} from "./read-sidebar-view";
