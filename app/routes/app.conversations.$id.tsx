import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import {
  Badge,
  BlockStack,
  Box,
  Card,
  InlineStack,
  Layout,
  Link as PolarisLink,
  Page,
  Text,
} from "@shopify/polaris";
import { TitleBar } from "@shopify/app-bridge-react";
import { useTranslation } from "react-i18next";
import { ratingStars } from "~/components/rating-stars";
import { z } from "zod";
import { readTranscript } from "~/assistant/analytics";
import { actorOf } from "~/assistant/audit";
import { readShopSettings } from "~/assistant/settings";
import prisma from "~/db.server";
import { cipherBox } from "~/encryption.server";
import { authenticate } from "~/shopify.server";

const ParamsSchema = z.object({ id: z.string().min(1).max(100) });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { session, sessionToken } = await authenticate.admin(request);
  const { id } = ParamsSchema.parse(params);
  const settings = await readShopSettings({ prisma, shop: session.shop });
  const transcript = await readTranscript({
    prisma,
    box: cipherBox,
    shop: session.shop,
    actor: actorOf(sessionToken),
    conversationId: id,
    zendeskSubdomain: settings.escalation.zendesk?.subdomain ?? null,
  });
  if (!transcript) throw new Response("Not found", { status: 404 });
  return { transcript, timeZone: settings.timeZone };
}

const ROLE_BACKGROUND: Record<
  string,
  "bg-surface-secondary" | "bg-surface-info" | "bg-surface-success" | "bg-surface"
> = {
  shopper: "bg-surface-secondary",
  assistant: "bg-surface-info",
  agent: "bg-surface-success",
};

export default function TranscriptPage() {
  const { transcript, timeZone } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const time = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone,
  });
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent" });
  return (
    <Page
      backAction={{ content: t("conversations.title"), url: "/app/conversations" }}
      title={t("transcript.title")}
    >
      <TitleBar title={t("transcript.title")} />
      <Layout>
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              {transcript.messages.map((message) => (
                <Box
                  key={message.id}
                  background={ROLE_BACKGROUND[message.role] ?? "bg-surface"}
                  padding="300"
                  borderRadius="200"
                >
                  <BlockStack gap="100">
                    <InlineStack gap="200" blockAlign="center">
                      <Text as="span" variant="headingSm">
                        {message.authorName ?? t(`transcript.roles.${message.role}`)}
                      </Text>
                      <Text as="span" tone="subdued" variant="bodySm">
                        {time.format(new Date(message.createdAt))}
                      </Text>
                      {message.intent ? (
                        <Badge>
                          {t(`intents.${message.intent}`, { defaultValue: message.intent })}
                        </Badge>
                      ) : null}
                      {message.confidence !== null ? (
                        <Badge tone={message.confidence >= 0.45 ? "success" : "warning"}>
                          {t("transcript.confidence", {
                            value: percent.format(message.confidence),
                          })}
                        </Badge>
                      ) : null}
                      {message.language ? (
                        <Badge tone="info">
                          {t(`languages.${message.language}`, { defaultValue: message.language })}
                        </Badge>
                      ) : null}
                      {message.faqEntryId ? (
                        <Badge tone="success">{t("transcript.faqAnswer")}</Badge>
                      ) : null}
                      {message.vote ? (
                        <Badge tone={message.vote === "up" ? "success" : "critical"}>
                          {message.vote === "up" ? "👍" : "👎"}
                        </Badge>
                      ) : null}
                    </InlineStack>
                    <Text as="p">{message.body}</Text>
                  </BlockStack>
                </Box>
              ))}
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <Card>
            <BlockStack gap="200">
              <Text as="h2" variant="headingMd">
                {t("transcript.details")}
              </Text>
              <Text as="p">
                {t("transcript.started", { time: time.format(new Date(transcript.startedAt)) })}
              </Text>
              <Text as="p">
                {t("transcript.outcome", {
                  outcome: t(`outcomes.${transcript.outcome ?? "in_progress"}`),
                })}
              </Text>
              <Text as="p">
                {t("transcript.rating", {
                  rating: ratingStars(transcript.csat),
                })}
              </Text>
              {transcript.ticket ? (
                transcript.ticket.url ? (
                  <PolarisLink url={transcript.ticket.url} target="_blank">
                    {t("transcript.ticket", { id: transcript.ticket.id })}
                  </PolarisLink>
                ) : (
                  <Text as="p">
                    {t("transcript.ticketPending", { status: transcript.ticket.status })}
                  </Text>
                )
              ) : (
                <Text as="p" tone="subdued">
                  {t("transcript.noTicket")}
                </Text>
              )}
              <Text as="p" tone="subdued" variant="bodySm">
                {t("transcript.audited")}
              </Text>
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
