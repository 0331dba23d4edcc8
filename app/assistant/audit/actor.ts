/**
 * The audit log's name for whoever acts in the admin: the staff member's Shopify user id from the
 * session token (`sub`), or "staff" when the token carries none.
 */
export function actorOf(sessionToken: { sub?: unknown } | undefined | null): string {
  const sub = sessionToken?.sub;
  return typeof sub === "string" && sub !== "" ? `staff:${sub}` : "staff";
}
