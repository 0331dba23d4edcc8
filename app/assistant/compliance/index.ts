export { exportCustomerData, redactCustomer, redactShop } from "./handle-compliance-request";
export { CustomerDataRequestSchema, CustomerRedactSchema, ShopRedactSchema } from "./payloads";
export type { CustomerDataRequest, CustomerRedact, ShopRedact } from "./payloads";
export {
  deleteExpiredConversations,
  startRetentionSchedule,
  type RetentionSchedule,
} from "./delete-expired-conversations";
export { eraseConversations, type ErasedRows } from "./erase-conversations";
