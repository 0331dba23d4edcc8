import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useFetcher, useLoaderData, useNavigate } from "@remix-run/react";
import {
  Badge,
  Banner,
  BlockStack,
  Box,
  Button,
  Card,
  EmptyState,
  FormLayout,
  InlineGrid,
  InlineStack,
  Layout,
  Page,
  Select,
  Text,
} from "@shopify/polaris";
import { BarChart, DonutChart, PolarisVizProvider } from "@shopify/polaris-viz";
import vizStyles from "@shopify/polaris-viz/build/esm/styles.css?url";
import { TitleBar } from "@shopify/app-bridge-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { FaqEntryFields } from "~/components/faq-entry-fields";
import { z } from "zod";
import {
  addDays,
  localDateOf,
  settleConversations,
  summariseDashboard,
} from "~/assistant/analytics";
import { actorOf } from "~/assistant/audit";
import { listLearningQueue, turnLearningGroupIntoFaq } from "~/assistant/knowledge";
import { LanguageSchema } from "~/assistant/nlu";
import { readShopSettings } from "~/assistant/settings";
import prisma from "~/db.server";
import { cipherBox } from "~/encryption.server";
import { authenticate } from "~/shopify.server";

export const links = () => [{ rel: "stylesheet", href: vizStyles }];

const RANGES = ["7", "30", "90"] as const;
const RangeSchema = z.enum(RANGES).catch("30");

export async function loader({ request }: LoaderFunctionArgs) {
  const { session } = await authenticate.admin(request);
  const range = RangeSchema.parse(new URL(request.url).searchParams.get("days") ?? "30");
  const settings = await readShopSettings({ prisma, shop: session.shop });
  const now = new Date();
  await settleConversations({ prisma, box: cipherBox, shop: session.shop, now });
  const to = localDateOf(now, settings.timeZone);
  const [dashboard, learningQueue] = await Promise.all([
    summariseDashboard({
      prisma,
      shop: session.shop,
      timeZone: settings.timeZone,
      from: addDays(to, -(Number(range) - 1)),
      to,
    }),
    listLearningQueue({ prisma, box: cipherBox, shop: session.shop }),
  ]);
  return { range, dashboard, learningQueue };
}

const TeachSchema = z.object({
  groupKey: z.string().min(1).max(200),
  digests: z.array(z.string().min(1).max(200)).min(1).max(300),
  language: LanguageSchema,
  question: z.string().trim().min(2).max(300),
  alternatives: z.array(z.string().trim().min(2).max(300)).max(30),
  answer: z.string().trim().min(1).max(4000),
});

export async function action({ request }: ActionFunctionArgs) {
  const { session, sessionToken } = await authenticate.admin(request);
  const parsed = TeachSchema.safeParse(await request.json());
  if (!parsed.success) return { ok: false as const, groupKey: null, error: "errors.teach" };
  const { groupKey, digests, language, question, alternatives, answer } = parsed.data;
  const result = await turnLearningGroupIntoFaq({
    prisma,
    shop: session.shop,
    actor: actorOf(sessionToken),
    digests,
    entry: { question, alternatives, answer, language },
  });
  return { ok: true as const, groupKey, error: null, resolved: result.resolved };
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

function Metric({
  id,
  label,
  value,
  help,
}: {
  id: string;
  label: string;
  value: string;
  help?: string;
}) {
  return (
    <Card>
      <BlockStack gap="100">
        <Text as="h3" variant="headingSm" tone="subdued">
          {label}
        </Text>
        <Text as="p" variant="headingXl" id={id}>
          {value}
        </Text>
        {help ? (
          <Text as="p" variant="bodySm" tone="subdued">
            {help}
          </Text>
        ) : null}
      </BlockStack>
    </Card>
  );
}

function LearningGroupCard({ group }: { group: LoaderData["learningQueue"][number] }) {
  const { t } = useTranslation();
  const fetcher = useFetcher<typeof action>();
  const [open, setOpen] = useState(false);
  const [question, setQuestion] = useState(group.examples[0] ?? "");
  const [alternatives, setAlternatives] = useState(group.examples.slice(1).join("\n"));
  const [answer, setAnswer] = useState("");
  const done = fetcher.state === "idle" && fetcher.data?.ok;
  return (
    <Box padding="300" borderWidth="025" borderColor="border" borderRadius="200">
      <BlockStack gap="200">
        <InlineStack align="space-between" blockAlign="center">
          <BlockStack gap="100">
            <Text as="h3" variant="headingSm">
              “{group.examples[0] ?? ""}”
            </Text>
            <InlineStack gap="200">
              <Badge>{t("analytics.learning.asked", { count: group.questions })}</Badge>
              {group.unanswered ? (
                <Badge tone="warning">
                  {t("analytics.learning.unanswered", { count: group.unanswered })}
                </Badge>
              ) : null}
              {group.lowConfidence ? (
                <Badge tone="attention">
                  {t("analytics.learning.lowConfidence", { count: group.lowConfidence })}
                </Badge>
              ) : null}
              {group.thumbsDown ? (
                <Badge tone="critical">
                  {t("analytics.learning.thumbsDown", { count: group.thumbsDown })}
                </Badge>
              ) : null}
              {group.language ? (
                <Badge tone="info">
                  {t(`languages.${group.language}`, { defaultValue: group.language })}
                </Badge>
              ) : null}
            </InlineStack>
          </BlockStack>
          {done ? (
            <Badge tone="success">{t("analytics.learning.done")}</Badge>
          ) : (
            <Button onClick={() => setOpen(!open)}>{t("analytics.learning.teach")}</Button>
          )}
        </InlineStack>
        {open && !done ? (
          <FormLayout>
            {fetcher.data && !fetcher.data.ok ? (
              <Banner tone="critical" title={t(fetcher.data.error)} />
            ) : null}
            <FaqEntryFields
              question={question}
              onQuestionChange={setQuestion}
              alternatives={alternatives}
              onAlternativesChange={setAlternatives}
              answer={answer}
              onAnswerChange={setAnswer}
            />
            <InlineStack>
              <Button
                variant="primary"
                loading={fetcher.state !== "idle"}
                onClick={() =>
                  fetcher.submit(
                    {
                      groupKey: group.key,
                      digests: group.digests,
                      language: group.language ?? "en",
                      question,
                      alternatives: alternatives
                        .split("\n")
                        .map((line) => line.trim())
                        .filter(Boolean),
                      answer,
                    },
                    { method: "post", encType: "application/json" },
                  )
                }
              >
                {t("analytics.learning.save")}
              </Button>
            </InlineStack>
          </FormLayout>
        ) : null}
      </BlockStack>
    </Box>
  );
}

export default function AnalyticsPage() {
  const { range, dashboard, learningQueue } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  // polaris-viz measures the DOM: the charts render in the browser only.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const percent = (value: number | null) =>
    value === null
      ? "—"
      : new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 1 }).format(
          value,
        );
  const seconds = (ms: number | null) =>
    ms === null ? "—" : t("analytics.seconds", { value: (ms / 1000).toFixed(1) });
  // Numeric ("11/17") fits under a bar in every language; "11月17日" was cut off.
  const day = new Intl.DateTimeFormat(i18n.language, {
    month: "numeric",
    day: "numeric",
    timeZone: "UTC",
  });
  const perDay = [
    {
      name: t("outcomes.answered"),
      data: dashboard.days.map((entry) => ({
        key: day.format(new Date(`${entry.date}T00:00:00Z`)),
        value: entry.answered,
      })),
    },
    {
      name: t("outcomes.handed_off"),
      data: dashboard.days.map((entry) => ({
        key: day.format(new Date(`${entry.date}T00:00:00Z`)),
        value: entry.handedOff,
      })),
    },
    {
      name: t("outcomes.abandoned"),
      data: dashboard.days.map((entry) => ({
        key: day.format(new Date(`${entry.date}T00:00:00Z`)),
        value: entry.abandoned,
      })),
    },
  ];
  const intents = [
    {
      name: t("analytics.conversations"),
      data: dashboard.topIntents.map((row) => ({
        key: t(`intents.${row.intent}`, { defaultValue: row.intent }),
        value: row.conversations,
      })),
    },
  ];
  const languages = dashboard.languages.map((row) => ({
    name: t(`languages.${row.language}`, { defaultValue: row.language }),
    data: [{ key: row.language, value: row.conversations }],
  }));

  return (
    <Page>
      <TitleBar title={t("analytics.title")} />
      <PolarisVizProvider>
        <BlockStack gap="500">
          <InlineStack align="space-between" blockAlign="center">
            <Text as="p" tone="subdued">
              {t("analytics.range", {
                from: dashboard.from,
                to: dashboard.to,
                timeZone: dashboard.timeZone,
              })}
              {dashboard.inProgress
                ? ` · ${t("analytics.inProgress", { count: dashboard.inProgress })}`
                : ""}
            </Text>
            <Select
              label={t("analytics.period")}
              labelInline
              options={RANGES.map((value) => ({
                label: t("analytics.lastDays", { count: Number(value) }),
                value,
              }))}
              value={range}
              onChange={(value) => navigate(`/app/analytics?days=${value}`)}
            />
          </InlineStack>
          <InlineGrid columns={{ xs: 2, md: 3, lg: 6 }} gap="300">
            <Metric
              id="metric-conversations"
              label={t("analytics.conversations")}
              value={String(dashboard.totals.conversations)}
            />
            <Metric
              id="metric-automation"
              label={t("analytics.automation")}
              value={percent(dashboard.automationRate)}
              help={t("analytics.automationHelp")}
            />
            <Metric
              id="metric-handoff"
              label={t("analytics.handoff")}
              value={percent(dashboard.handoffRate)}
            />
            <Metric
              id="metric-abandoned"
              label={t("analytics.abandoned")}
              value={percent(dashboard.abandonRate)}
            />
            <Metric
              id="metric-csat"
              label={t("analytics.csat")}
              value={
                dashboard.csat.average === null ? "—" : `${dashboard.csat.average.toFixed(2)} / 5`
              }
              help={t("analytics.csatHelp", {
                satisfied: percent(dashboard.csat.satisfiedRate),
                count: dashboard.csat.responses,
              })}
            />
            <Metric
              id="metric-first-reply"
              label={t("analytics.firstReply")}
              value={seconds(dashboard.firstReply.medianMs)}
              help={t("analytics.firstReplyHelp", {
                average: seconds(dashboard.firstReply.averageMs),
              })}
            />
          </InlineGrid>
          <Layout>
            <Layout.Section>
              <Card>
                <BlockStack gap="300">
                  <Text as="h2" variant="headingMd">
                    {t("analytics.perDay")}
                  </Text>
                  <div style={{ height: 280 }} data-testid="chart-per-day">
                    {mounted ? (
                      <BarChart data={perDay} type="stacked" theme="Light" isAnimated={false} />
                    ) : null}
                  </div>
                </BlockStack>
              </Card>
            </Layout.Section>
            <Layout.Section variant="oneThird">
              <Card>
                <BlockStack gap="300">
                  <Text as="h2" variant="headingMd">
                    {t("analytics.languages")}
                  </Text>
                  <div style={{ height: languages.length ? 280 : "auto" }}>
                    {!languages.length ? (
                      <Text as="p" tone="subdued">
                        {t("analytics.noData")}
                      </Text>
                    ) : mounted ? (
                      <DonutChart
                        data={languages}
                        theme="Light"
                        legendPosition="bottom"
                        isAnimated={false}
                      />
                    ) : null}
                  </div>
                </BlockStack>
              </Card>
            </Layout.Section>
          </Layout>
          <Layout>
            <Layout.Section variant="oneHalf">
              <Card>
                <BlockStack gap="300">
                  <Text as="h2" variant="headingMd">
                    {t("analytics.topIntents")}
                  </Text>
                  <div style={{ height: dashboard.topIntents.length ? 320 : "auto" }}>
                    {!dashboard.topIntents.length ? (
                      <Text as="p" tone="subdued">
                        {t("analytics.noData")}
                      </Text>
                    ) : mounted ? (
                      <BarChart
                        data={intents}
                        direction="horizontal"
                        theme="Light"
                        isAnimated={false}
                      />
                    ) : null}
                  </div>
                </BlockStack>
              </Card>
            </Layout.Section>
            <Layout.Section variant="oneHalf">
              <Card>
                <BlockStack gap="300">
                  <Text as="h2" variant="headingMd">
                    {t("analytics.learning.title")}
                  </Text>
                  <Text as="p" tone="subdued">
                    {t("analytics.learning.description")}
                  </Text>
                  {learningQueue.length === 0 ? (
                    <EmptyState heading={t("analytics.learning.empty")} image="" />
                  ) : (
                    learningQueue.map((group) => (
                      <LearningGroupCard key={group.key} group={group} />
                    ))
                  )}
                </BlockStack>
              </Card>
            </Layout.Section>
          </Layout>
        </BlockStack>
      </PolarisVizProvider>
    </Page>
  );
}
