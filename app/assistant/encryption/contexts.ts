/**
 * What each sealed value is bound to (the cipher's authenticated data). A value only opens in the
 * row it was written for: same shop, same conversation or request.
 */
export function conversationContext(options: { shop: string; conversationId: string }): string {
  return `${options.shop}:${options.conversationId}`;
}

export function complianceRequestContext(options: { shop: string; requestId: string }): string {
  return `${options.shop}:compliance:${options.requestId}`;
}
