import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useNavigate } from "@remix-run/react";
import {
  Badge,
  BlockStack,
  Button,
  Card,
  EmptyState,
  IndexTable,
  InlineGrid,
  InlineStack,
  Layout,
  Page,
  Select,
  Text,
  TextField,
} from "@shopify/polaris";
import { TitleBar } from "@shopify/app-bridge-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ratingStars } from "~/components/rating-stars";
import {
  ConversationFilterSchema,
  findConversations,
  OUTCOMES,
  settleConversations,
} from "~/assistant/analytics";
import { INTENTS } from "~/assistant/nlu";
import { readShopSettings, SUPPORTED_LANGUAGES } from "~/assistant/settings";
import prisma from "~/db.server";
import { cipherBox } from "~/encryption.server";
import { authenticate } from "~/shopify.server";

const FILTER_KEYS = ["from", "to", "outcome", "intent", "language", "rating", "page"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const { session } = await authenticate.admin(request);
  const search = new URL(request.url).searchParams;
  const raw = Object.fromEntries(
    FILTER_KEYS.flatMap((key) => (search.get(key) ? [[key, search.get(key)]] : [])),
  );
  const parsed = ConversationFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : ConversationFilterSchema.parse({});
  const settings = await readShopSettings({ prisma, shop: session.shop });
  await settleConversations({ prisma, box: cipherBox, shop: session.shop, now: new Date() });
  const result = await findConversations({
    prisma,
    shop: session.shop,
    timeZone: settings.timeZone,
    filter,
  });
  return {
    ...result,
    filter,
    invalidFilter: !parsed.success,
    timeZone: settings.timeZone,
    outcomes: [...OUTCOMES, "in_progress"],
    intents: [...INTENTS],
    languages: [...SUPPORTED_LANGUAGES],
  };
}

const OUTCOME_TONES: Record<string, "success" | "attention" | "critical" | "info"> = {
  answered: "success",
  handed_off: "attention",
  abandoned: "critical",
};

export default function ConversationsPage() {
  const data = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  // With no filter, an empty list means the shop has no conversations yet, not that none match.
  const filtered = Object.entries(data.filter).some(
    ([key, value]) => key !== "page" && value !== undefined,
  );
  const navigate = useNavigate();
  const [filter, setFilter] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      Object.entries(data.filter).flatMap(([key, value]) =>
        key === "page" || value === undefined ? [] : [[key, String(value)]],
      ),
    ),
  );
  const apply = (page = 1) => {
    const params = new URLSearchParams(Object.entries(filter).filter(([, value]) => value !== ""));
    if (page > 1) params.set("page", String(page));
    navigate(`/app/conversations?${params.toString()}`);
  };
  const set = (key: string) => (value: string) => setFilter({ ...filter, [key]: value });
  const any = { label: t("conversations.any"), value: "" };
  const dateTime = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: data.timeZone,
  });

  return (
    <Page>
      <TitleBar title={t("conversations.title")} />
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Card>
              <BlockStack gap="300">
                <InlineGrid columns={{ xs: 2, md: 6 }} gap="300">
                  <TextField
                    label={t("conversations.from")}
                    type="date"
                    value={filter.from ?? ""}
                    onChange={set("from")}
                    autoComplete="off"
                  />
                  <TextField
                    label={t("conversations.to")}
                    type="date"
                    value={filter.to ?? ""}
                    onChange={set("to")}
                    autoComplete="off"
                  />
                  <Select
                    label={t("conversations.outcome")}
                    options={[
                      any,
                      ...data.outcomes.map((value) => ({ label: t(`outcomes.${value}`), value })),
                    ]}
                    value={filter.outcome ?? ""}
                    onChange={set("outcome")}
                  />
                  <Select
                    label={t("conversations.intent")}
                    options={[
                      any,
                      ...data.intents.map((value) => ({
                        label: t(`intents.${value}`, { defaultValue: value }),
                        value,
                      })),
                    ]}
                    value={filter.intent ?? ""}
                    onChange={set("intent")}
                  />
                  <Select
                    label={t("conversations.language")}
                    options={[
                      any,
                      ...data.languages.map((value) => ({
                        label: t(`languages.${value}`, { defaultValue: value }),
                        value,
                      })),
                    ]}
                    value={filter.language ?? ""}
                    onChange={set("language")}
                  />
                  <Select
                    label={t("conversations.rating")}
                    options={[
                      any,
                      ...[5, 4, 3, 2, 1].map((stars) => ({
                        label: t("conversations.stars", { count: stars }),
                        value: String(stars),
                      })),
                      { label: t("conversations.unrated"), value: "unrated" },
                    ]}
                    value={filter.rating ?? ""}
                    onChange={set("rating")}
                  />
                </InlineGrid>
                <InlineStack gap="200">
                  <Button variant="primary" onClick={() => apply()}>
                    {t("conversations.apply")}
                  </Button>
                  <Button
                    onClick={() => {
                      setFilter({});
                      navigate("/app/conversations");
                    }}
                  >
                    {t("conversations.clear")}
                  </Button>
                </InlineStack>
                {data.invalidFilter ? (
                  <Text as="p" tone="critical">
                    {t("conversations.invalidFilter")}
                  </Text>
                ) : null}
              </BlockStack>
            </Card>
            <Card padding="0">
              {data.conversations.length === 0 ? (
                <EmptyState
                  heading={t(filtered ? "conversations.empty" : "conversations.none")}
                  image=""
                >
                  <p>{t(filtered ? "conversations.emptyBody" : "conversations.noneBody")}</p>
                </EmptyState>
              ) : (
                <IndexTable
                  itemCount={data.conversations.length}
                  selectable={false}
                  headings={[
                    { title: t("conversations.started") },
                    { title: t("conversations.outcome") },
                    { title: t("conversations.intent") },
                    { title: t("conversations.language") },
                    { title: t("conversations.rating") },
                    { title: t("conversations.messages") },
                  ]}
                >
                  {data.conversations.map((conversation, index) => (
                    <IndexTable.Row id={conversation.id} key={conversation.id} position={index}>
                      <IndexTable.Cell>
                        <Link
                          to={`/app/conversations/${conversation.id}`}
                          data-testid="conversation-link"
                        >
                          {dateTime.format(new Date(conversation.startedAt))}
                        </Link>
                      </IndexTable.Cell>
                      <IndexTable.Cell>
                        <Badge tone={OUTCOME_TONES[conversation.outcome ?? ""] ?? "info"}>
                          {t(`outcomes.${conversation.outcome ?? "in_progress"}`)}
                        </Badge>
                      </IndexTable.Cell>
                      <IndexTable.Cell>
                        {conversation.intent
                          ? t(`intents.${conversation.intent}`, {
                              defaultValue: conversation.intent,
                            })
                          : "—"}
                      </IndexTable.Cell>
                      <IndexTable.Cell>
                        {conversation.language
                          ? t(`languages.${conversation.language}`, {
                              defaultValue: conversation.language,
                            })
                          : "—"}
                      </IndexTable.Cell>
                      <IndexTable.Cell>
                        <span
                          title={
                            conversation.csat
                              ? t("conversations.stars", { count: conversation.csat })
                              : undefined
                          }
                        >
                          {ratingStars(conversation.csat)}
                        </span>
                      </IndexTable.Cell>
                      <IndexTable.Cell>{conversation.messages}</IndexTable.Cell>
                    </IndexTable.Row>
                  ))}
                </IndexTable>
              )}
            </Card>
            <InlineStack gap="200" align="center">
              <Button disabled={data.page <= 1} onClick={() => apply(data.page - 1)}>
                {t("conversations.previous")}
              </Button>
              <Button disabled={!data.hasMore} onClick={() => apply(data.page + 1)}>
                {t("conversations.next")}
              </Button>
            </InlineStack>
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
