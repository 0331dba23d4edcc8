import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportConversations } from "~/assistant/analytics";
import { actorOf } from "~/assistant/audit";
import prisma from "~/db.server";
import { cipherBox } from "~/encryption.server";
import { authenticate } from "~/shopify.server";

/** The shop's conversations as a JSON download (privacy: the merchant's data export). */
export async function loader({ request }: LoaderFunctionArgs) {
  const { session, sessionToken } = await authenticate.admin(request);
  const data = await exportConversations({
    prisma,
    box: cipherBox,
    shop: session.shop,
    actor: actorOf(sessionToken),
  });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="concierge-conversations.json"',
      "Cache-Control": "no-store",
    },
  });
}
