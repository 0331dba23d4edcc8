export {
  CipherBoxError,
  createCipherBox,
  isSealed,
  keyIdOf,
  type CipherBox,
  type CipherBoxOptions,
  type EncryptionKey,
  type SealOptions,
} from "./cipher-box";
export {
  EncryptionEnvironmentSchema,
  generateEncryptionKey,
  parseEncryptionKeys,
  type EncryptionEnvironment,
} from "./encryption-keys";
export {
  complianceRequestContext,
  conversationContext,
  escalationContext,
  learningQuestionContext,
  outboxJobContext,
  requesterEmailDigest,
} from "./contexts";
export { createPlainBox, openStored } from "./stored-values";
export {
  rotateEncryptionKey,
  type RotateEncryptionKeyOptions,
  type RotationProgress,
} from "./rotate-encryption-key";
