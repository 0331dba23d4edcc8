import { createContext, useContext } from "react";

/**
 * The nonce of this response's Content-Security-Policy, given to every inline script the document
 * renders. Only the server knows it; in the browser it is empty, and the scripts already ran.
 */
export const ScriptNonce = createContext("");

export function useScriptNonce(): string {
  return useContext(ScriptNonce);
}
