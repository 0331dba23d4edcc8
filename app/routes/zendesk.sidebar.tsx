import { randomBytes } from "node:crypto";
import type { ActionFunctionArgs } from "@remix-run/node";
import { issueSidebarSession, verifyZendeskAppToken } from "~/assistant/escalation";
import { shopForZendeskAccount, sidebarSessionKey, zendeskAppPublicKey } from "~/zendesk.server";
import sidebarScript from "../../extensions/zendesk-sidebar/assets/sidebar.js?raw";

/**
 * The Zendesk ticket sidebar's page. The app is a `signedUrls` app: Zendesk opens it with a POST
 * whose form field `token` it signed (RS256). Verified here, it names the Zendesk account, which
 * names the one shop it is connected to; the page then carries a session token for that shop only.
 */

const ZAF_SDK = "https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js";

function page(options: {
  status: number;
  nonce: string;
  frameAncestor: string;
  body: string;
}): Response {
  const { nonce } = options;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Concierge</title>
<style nonce="${nonce}">
body{font:13px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;padding:8px;color:#2f3941}
h2{font-size:13px;margin:12px 0 4px}.muted{color:#68737d}.order{display:flex;flex-wrap:wrap;gap:4px 8px;padding:4px 0;border-bottom:1px solid #e9ebed}
.status{color:#68737d}.line{margin:2px 0;white-space:pre-wrap}.line.agent strong{color:#1f73b7}a{color:#1f73b7}
</style></head><body>${options.body}</body></html>`;
  return new Response(html, {
    status: options.status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": [
        "default-src 'none'",
        `script-src 'nonce-${nonce}' ${ZAF_SDK}`,
        `style-src 'nonce-${nonce}'`,
        "connect-src 'self'",
        "img-src 'self' data:",
        `frame-ancestors ${options.frameAncestor}`,
      ].join("; "),
      "Referrer-Policy": "no-referrer",
    },
  });
}

const refusal = (status: number, message: string) =>
  page({
    status,
    nonce: randomBytes(16).toString("base64"),
    frameAncestor: "https://*.zendesk.com",
    body: `<p>${message}</p>`,
  });

/** Opened outside Zendesk (no signed token): nothing to show. */
export async function loader() {
  return refusal(401, "Open Concierge from a ticket in Zendesk.");
}

export async function action({ request }: ActionFunctionArgs) {
  if (!zendeskAppPublicKey)
    return refusal(503, "The Zendesk app is not configured on this server.");
  const form = await request.formData();
  const token = form.get("token");
  const verified = await verifyZendeskAppToken({
    token: typeof token === "string" ? token : null,
    publicKeyPem: zendeskAppPublicKey,
  });
  if (!verified.ok) return refusal(401, "This request was not signed by Zendesk.");
  const shop = await shopForZendeskAccount(verified.subdomain);
  if (!shop)
    return refusal(403, "This Zendesk account is not connected to a Shopify store in Concierge.");

  const sessionToken = await issueSidebarSession({
    key: sidebarSessionKey,
    session: { shop, subdomain: verified.subdomain },
  });
  const nonce = randomBytes(16).toString("base64");
  // JSON inside a script element: "<" is escaped so no value can close the element.
  const config = JSON.stringify({ apiUrl: "/zendesk/sidebar-api", sessionToken }).replace(
    /</g,
    "\\u003c",
  );
  return page({
    status: 200,
    nonce,
    frameAncestor: `https://${verified.subdomain}.zendesk.com`,
    body: `<main id="concierge-sidebar" aria-live="polite"></main>
<script type="application/json" id="concierge-sidebar-config">${config}</script>
<script nonce="${nonce}" src="${ZAF_SDK}"></script>
<script nonce="${nonce}">${sidebarScript}</script>`,
  });
}
