export {
  passesLuhn,
  redactText,
  REDACTION_MARKS,
  type RedactionKind,
  type RedactionOptions,
  type RedactionResult,
} from "./redact";
