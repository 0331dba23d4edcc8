export { startZendeskEmulator } from "./zendesk-emulator";
export type {
  SignAppTokenOptions,
  ZendeskEmulator,
  ZendeskEmulatorCounters,
  ZendeskEmulatorOptions,
} from "./zendesk-emulator";
export type { Failure, Misbehaviour } from "./misbehaviour";
export type { WebhookDelivery, WebhookEvent, ZendeskWebhookBody } from "./webhooks";
export { signWebhook } from "./webhooks";
export type {
  AccountCredentials,
  AccountData,
  EmulatedComment,
  EmulatedTicket,
  EmulatedUser,
  TicketPriority,
  TicketStatus,
} from "./account-data";
