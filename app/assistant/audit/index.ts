export {
  AUDIT_ACTIONS,
  AuditActionSchema,
  recordAudit,
  SECRET_MARK,
  type AuditAction,
  type RecordAuditOptions,
} from "./record-audit";
export { listAuditLog, type AuditEntry, type ListAuditLogOptions } from "./list-audit-log";
export { actorOf } from "./actor";
