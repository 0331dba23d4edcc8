import { z } from "zod";
import { HandoffRulesSchema } from "./decide-handoff";
import { PriorityRulesSchema } from "./priority";

/** How a shop reaches its Zendesk. The API token and signing secret are secrets: never log them. */
export const ZendeskConnectionSchema = z.object({
  subdomain: z.string().regex(/^[a-z0-9][a-z0-9-]*$/i, "is the part before .zendesk.com"),
  email: z.string().email(),
  apiToken: z.string().min(1),
  webhookSigningSecret: z.string().min(1),
});
export type ZendeskConnection = z.infer<typeof ZendeskConnectionSchema>;

/** The merchant's hand-off settings, meant to live under `escalation` in the shop's settings JSON. */
export const EscalationSettingsSchema = z.object({
  zendesk: ZendeskConnectionSchema.nullable().catch(null).default(null),
  handoff: HandoffRulesSchema.catch(HandoffRulesSchema.parse({})).default({}),
  priority: PriorityRulesSchema.catch(PriorityRulesSchema.parse({})).default({}),
  /** Street addresses are removed from transcripts sent to the desk when true. */
  redactAddresses: z.boolean().catch(false).default(false),
});
export type EscalationSettings = z.infer<typeof EscalationSettingsSchema>;
