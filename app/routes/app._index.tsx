import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useFetcher, useLoaderData } from "@remix-run/react";
import {
  Badge,
  BlockStack,
  Box,
  Button,
  Card,
  Icon,
  InlineStack,
  Layout,
  Page,
  ProgressBar,
  Text,
} from "@shopify/polaris";
import { CheckCircleIcon } from "@shopify/polaris-icons";
import { TitleBar } from "@shopify/app-bridge-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { summariseRecentActivity } from "~/assistant/analytics";
import { actorOf } from "~/assistant/audit";
import { ConfirmableStepSchema, confirmOnboardingStep, readOnboarding } from "~/assistant/settings";
import prisma from "~/db.server";
import { env } from "~/env.server";
import { authenticate } from "~/shopify.server";

const ShopNameResponseSchema = z.object({
  data: z.object({ shop: z.object({ name: z.string() }) }),
});

const SEVEN_DAYS_MS = 7 * 24 * 60 * 60 * 1000;

export async function loader({ request }: LoaderFunctionArgs) {
  const { admin, session } = await authenticate.admin(request);
  const response = await admin.graphql(`#graphql
    query ConciergeHomeShop { shop { name } }`);
  const { data } = ShopNameResponseSchema.parse(await response.json());
  const [activity, onboarding] = await Promise.all([
    summariseRecentActivity({
      prisma,
      shop: session.shop,
      since: new Date(Date.now() - SEVEN_DAYS_MS),
    }),
    readOnboarding({ prisma, shop: session.shop }),
  ]);
  const store = session.shop.replace(/\.myshopify\.com$/, "");
  return {
    shopName: data.shop.name,
    activity,
    onboarding,
    themeEditorUrl: `https://admin.shopify.com/store/${store}/themes/current/editor?context=apps&activateAppId=${env.SHOPIFY_API_KEY}/chat-embed`,
  };
}

const ConfirmSchema = z.object({ step: ConfirmableStepSchema });

export async function action({ request }: ActionFunctionArgs) {
  const { session, sessionToken } = await authenticate.admin(request);
  const { step } = ConfirmSchema.parse(await request.json());
  await confirmOnboardingStep({ prisma, shop: session.shop, actor: actorOf(sessionToken), step });
  return { ok: true };
}

function Step(props: {
  id: string;
  done: boolean;
  title: string;
  body: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Box
      padding="300"
      borderWidth="025"
      borderColor="border"
      borderRadius="200"
      background={props.done ? "bg-surface-secondary" : "bg-surface"}
    >
      <div data-step={props.id} data-done={props.done ? "true" : "false"}>
        <InlineStack align="space-between" blockAlign="center" gap="300" wrap={false}>
          <InlineStack gap="300" blockAlign="start" wrap={false}>
            <Box>
              {props.done ? (
                <Icon source={CheckCircleIcon} tone="success" />
              ) : (
                <span
                  style={{
                    display: "inline-block",
                    width: 20,
                    height: 20,
                    borderRadius: 10,
                    border: "2px dashed #8a8a8a",
                  }}
                />
              )}
            </Box>
            <BlockStack gap="100">
              <InlineStack gap="200">
                <Text as="h3" variant="headingSm">
                  {props.title}
                </Text>
                {props.done ? <Badge tone="success">{t("home.steps.done")}</Badge> : null}
              </InlineStack>
              <Text as="p" tone="subdued">
                {props.body}
              </Text>
            </BlockStack>
          </InlineStack>
          <InlineStack gap="200" wrap={false}>
            {props.children}
          </InlineStack>
        </InlineStack>
      </div>
    </Box>
  );
}

export default function Home() {
  const { shopName, activity, onboarding, themeEditorUrl } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const confirm = useFetcher<typeof action>();
  const adopt = useFetcher();
  const { steps } = onboarding;
  const confirmStep = (step: "embed" | "privacy") =>
    confirm.submit({ step }, { method: "post", encType: "application/json" });
  return (
    <Page>
      <TitleBar title={t("home.title")} />
      <Layout>
        <Layout.Section>
          <BlockStack gap="500">
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingLg">
                  {shopName}
                </Text>
                <Text as="p" variant="bodyMd">
                  {t("home.welcome")}
                </Text>
              </BlockStack>
            </Card>
            <Card>
              <BlockStack gap="400">
                <BlockStack gap="200">
                  <Text as="h2" variant="headingMd">
                    {t("home.checklist.heading")}
                  </Text>
                  <Text as="p" tone="subdued" id="onboarding-progress">
                    {t("home.checklist.progress", {
                      done: onboarding.done,
                      total: onboarding.total,
                    })}
                  </Text>
                  <ProgressBar
                    progress={(onboarding.done / onboarding.total) * 100}
                    tone="success"
                    size="small"
                  />
                </BlockStack>
                <Step
                  id="embed"
                  done={steps.embed}
                  title={t("home.embed.heading")}
                  body={t("home.embed.body")}
                >
                  <Button
                    url={themeEditorUrl}
                    target="_top"
                    variant={steps.embed ? "secondary" : "primary"}
                  >
                    {t("home.embed.action")}
                  </Button>
                  {!steps.embed ? (
                    <Button onClick={() => confirmStep("embed")}>{t("home.embed.confirm")}</Button>
                  ) : null}
                </Step>
                <Step
                  id="faq"
                  done={steps.faq}
                  title={t("home.steps.faq.title")}
                  body={t("home.steps.faq.body")}
                >
                  {!steps.faq ? (
                    <Button
                      loading={adopt.state !== "idle"}
                      onClick={() =>
                        adopt.submit(
                          { intent: "adopt", language: "en" },
                          { method: "post", action: "/app/faq", encType: "application/json" },
                        )
                      }
                    >
                      {t("home.steps.faq.adopt")}
                    </Button>
                  ) : null}
                  <Link to="/app/faq">{t("home.steps.faq.action")}</Link>
                </Step>
                <Step
                  id="languages"
                  done={steps.languages}
                  title={t("home.steps.languages.title")}
                  body={t("home.steps.languages.body")}
                >
                  <Link to="/app/settings#languages">{t("home.steps.languages.action")}</Link>
                </Step>
                <Step
                  id="zendesk"
                  done={steps.zendesk}
                  title={t("home.steps.zendesk.title")}
                  body={t("home.steps.zendesk.body")}
                >
                  <Link to="/app/settings#zendesk">{t("home.steps.zendesk.action")}</Link>
                </Step>
                <Step
                  id="privacy"
                  done={steps.privacy}
                  title={t("home.steps.privacy.title")}
                  body={t("home.steps.privacy.body")}
                >
                  <Link to="/app/settings#privacy">{t("home.steps.privacy.action")}</Link>
                  {!steps.privacy ? (
                    <Button onClick={() => confirmStep("privacy")}>
                      {t("home.steps.privacy.confirm")}
                    </Button>
                  ) : null}
                </Step>
              </BlockStack>
            </Card>
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <Card>
            <BlockStack gap="200">
              <Text as="h2" variant="headingMd">
                {t("home.activity.heading")}
              </Text>
              {activity.conversations === 0 ? (
                <Text as="p" tone="subdued">
                  {t("home.activity.empty")}
                </Text>
              ) : (
                <Box>
                  <Text as="p" variant="headingXl" id="activity-conversations">
                    {t("home.activity.conversations", { count: activity.conversations })}
                  </Text>
                  <Text as="p" tone="subdued">
                    {t("home.activity.messages", { count: activity.shopperMessages })}
                  </Text>
                </Box>
              )}
              <Link to="/app/analytics">{t("home.activity.analytics")}</Link>
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
