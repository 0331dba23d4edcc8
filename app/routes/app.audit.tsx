import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import {
  BlockStack,
  Button,
  Card,
  DataTable,
  EmptyState,
  InlineStack,
  Layout,
  Page,
  Text,
} from "@shopify/polaris";
import { TitleBar } from "@shopify/app-bridge-react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { AuditActionSchema, listAuditLog } from "~/assistant/audit";
import { readShopSettings } from "~/assistant/settings";
import { describeAuditDetail } from "~/components/audit-detail";
import prisma from "~/db.server";
import { authenticate } from "~/shopify.server";

const QuerySchema = z.object({
  before: z.string().datetime().optional(),
  action: AuditActionSchema.optional(),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const { session } = await authenticate.admin(request);
  const search = new URL(request.url).searchParams;
  const query = QuerySchema.catch({}).parse({
    before: search.get("before") ?? undefined,
    action: search.get("action") ?? undefined,
  });
  const [log, settings] = await Promise.all([
    listAuditLog({
      prisma,
      shop: session.shop,
      before: query.before ? new Date(query.before) : undefined,
      action: query.action,
    }),
    readShopSettings({ prisma, shop: session.shop }),
  ]);
  return { ...log, timeZone: settings.timeZone };
}

const WRAPPED = {
  display: "block",
  maxWidth: 200,
  whiteSpace: "normal",
  overflowWrap: "anywhere",
} as const;

export default function AuditPage() {
  const { entries, hasMore, timeZone } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const time = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  });
  const last = entries[entries.length - 1];
  return (
    <Page>
      <TitleBar title={t("audit.title")} />
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Text as="p" tone="subdued">
              {t("audit.description")}
            </Text>
            <Card padding="0">
              {entries.length === 0 ? (
                <EmptyState heading={t("audit.empty")} image="" />
              ) : (
                <DataTable
                  columnContentTypes={["text", "text", "text", "text", "text"]}
                  headings={[
                    t("audit.when"),
                    t("audit.who"),
                    t("audit.action"),
                    t("audit.subject"),
                    t("audit.detail"),
                  ]}
                  verticalAlign="top"
                  rows={entries.map((entry) => [
                    <span key={entry.id} style={{ whiteSpace: "nowrap" }}>
                      {time.format(new Date(entry.createdAt))}
                    </span>,
                    entry.actor,
                    t(`audit.actions.${entry.action}`, { defaultValue: entry.action }),
                    // Ids are long unbroken words: they wrap inside their column instead of
                    // pushing the detail out of the card.
                    <span key={entry.id} style={WRAPPED}>
                      {entry.action === "transcript.viewed" && entry.subject ? (
                        <Link to={`/app/conversations/${entry.subject}`}>{entry.subject}</Link>
                      ) : (
                        (entry.subject ?? "—")
                      )}
                    </span>,
                    <span
                      key={entry.id}
                      style={{
                        ...WRAPPED,
                        maxWidth: 420,
                        whiteSpace: "pre-wrap",
                        fontFamily: "monospace",
                        fontSize: 12,
                      }}
                    >
                      {describeAuditDetail(entry.detail, t)}
                    </span>,
                  ])}
                />
              )}
            </Card>
            {hasMore && last ? (
              <InlineStack align="center">
                <Button url={`/app/audit?before=${encodeURIComponent(last.createdAt)}`}>
                  {t("audit.older")}
                </Button>
              </InlineStack>
            ) : null}
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
