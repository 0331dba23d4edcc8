import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import type { AdminGateway } from "~/assistant/commerce";
import { readSidebarSession, readSidebarView } from "~/assistant/escalation";
import prisma from "~/db.server";
import { cipherBox } from "~/encryption.server";
import { adminGatewayFor, shopForZendeskAccount, sidebarSessionKey } from "~/zendesk.server";

/**
 * The sidebar's data: the requester's Shopify profile and orders, and the ticket's chat. Only with
 * the session token the signed sidebar page received, and only for the shop it names, while that
 * shop is still the one the Zendesk account is connected to.
 */

const QuerySchema = z.object({
  email: z.string().max(320).default(""),
  ticketId: z
    .string()
    .regex(/^\d{0,20}$/)
    .default(""),
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
  });

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await readSidebarSession({
    key: sidebarSessionKey,
    authorization: request.headers.get("authorization"),
  });
  if (!session)
    return json(401, {
      error: { code: "unauthorized", message: "Open Concierge from a Zendesk ticket." },
    });
  if ((await shopForZendeskAccount(session.subdomain)) !== session.shop)
    return json(401, {
      error: {
        code: "unauthorized",
        message: "This Zendesk account is no longer connected to the store.",
      },
    });

  const query = QuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success)
    return json(400, {
      error: { code: "invalid_request", message: "email or ticketId is malformed." },
    });
  let gateway: AdminGateway;
  try {
    gateway = await adminGatewayFor(session.shop);
  } catch {
    return json(503, {
      error: {
        code: "server_error",
        message: "The store's Shopify session is missing: open Concierge in Shopify once.",
      },
    });
  }
  const view = await readSidebarView({
    prisma,
    box: cipherBox,
    gateway,
    requesterEmail: query.data.email || null,
    ticketId: query.data.ticketId || null,
  });
  return json(200, view);
}
