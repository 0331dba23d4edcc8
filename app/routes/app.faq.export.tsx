import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { exportFaqEntries } from "~/assistant/knowledge";
import prisma from "~/db.server";
import { authenticate } from "~/shopify.server";

const FormatSchema = z.enum(["csv", "json"]).catch("csv");

/** The shop's FAQ as a CSV or JSON download, in the same form the import reads. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { session } = await authenticate.admin(request);
  const format = FormatSchema.parse(new URL(request.url).searchParams.get("format"));
  const content = await exportFaqEntries({ prisma, shop: session.shop, format });
  return new Response(content, {
    headers: {
      "Content-Type":
        format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="concierge-faq.${format}"`,
      "Cache-Control": "no-store",
    },
  });
}
