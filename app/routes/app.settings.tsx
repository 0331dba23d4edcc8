import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useFetcher, useLoaderData } from "@remix-run/react";
import {
  Banner,
  BlockStack,
  Box,
  Button,
  Card,
  Checkbox,
  ChoiceList,
  FormLayout,
  InlineGrid,
  InlineStack,
  Layout,
  Page,
  Select,
  Text,
  TextField,
} from "@shopify/polaris";
import { TitleBar } from "@shopify/app-bridge-react";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { actorOf } from "~/assistant/audit";
import { INTENTS } from "~/assistant/nlu";
import {
  PROACTIVE_TRIGGER_KINDS,
  readKeyring,
  readShopSettings,
  SUPPORTED_LANGUAGES,
  testZendeskConnection,
  TONES,
  updateShopSettings,
  viewZendeskConnection,
  zendeskConnector,
  type FieldErrors,
} from "~/assistant/settings";
import prisma from "~/db.server";
import { env } from "~/env.server";
import { authenticate } from "~/shopify.server";

// Read once at boot; the lead's env schema is the intended home for this variable.
const keyring = readKeyring(env.CONCIERGE_ENCRYPTION_KEYS);
const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
type Weekday = (typeof WEEKDAYS)[number];

export async function loader({ request }: LoaderFunctionArgs) {
  const { session } = await authenticate.admin(request);
  const settings = await readShopSettings({ prisma, shop: session.shop });
  const { zendesk: _secrets, ...escalation } = settings.escalation;
  return {
    settings: { ...settings, escalation },
    zendesk: viewZendeskConnection(settings),
    encryptionReady: keyring !== null,
    languages: [...SUPPORTED_LANGUAGES],
    tones: [...TONES],
    intents: [...INTENTS],
    triggerKinds: [...PROACTIVE_TRIGGER_KINDS],
    timeZones: Intl.supportedValuesOf("timeZone"),
  };
}

const TestConnectionSchema = z.object({ intent: z.literal("testZendesk") });

export async function action({ request }: ActionFunctionArgs) {
  const { session, sessionToken } = await authenticate.admin(request);
  const body: unknown = await request.json();
  const actor = actorOf(sessionToken);
  if (TestConnectionSchema.safeParse(body).success) {
    const result = await testZendeskConnection({
      prisma,
      shop: session.shop,
      actor,
      keyring,
      urlTemplate: env.ZENDESK_URL_TEMPLATE,
    });
    return { kind: "zendeskTest" as const, result };
  }
  const result = await updateShopSettings({
    prisma,
    shop: session.shop,
    actor,
    input: body,
    keyring,
    connectZendesk: zendeskConnector({
      prisma,
      shop: session.shop,
      appUrl: env.SHOPIFY_APP_URL,
      urlTemplate: env.ZENDESK_URL_TEMPLATE,
    }),
  });
  return result.ok
    ? {
        kind: "saved" as const,
        section: result.section,
        changed: result.changed.length,
        errors: {} as FieldErrors,
      }
    : { kind: "rejected" as const, section: result.section, changed: 0, errors: result.errors };
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;
type Settings = LoaderData["settings"];

/** One settings card: its own form, save button and messages. */
function Section(props: {
  id: string;
  title: string;
  description: string;
  values: () => Record<string, unknown>;
  children: (errors: FieldErrors) => ReactNode;
  extraActions?: ReactNode;
  footer?: ReactNode;
}) {
  const { t } = useTranslation();
  const fetcher = useFetcher<typeof action>();
  const result = fetcher.state === "idle" ? fetcher.data : undefined;
  const errors = result && result.kind === "rejected" ? result.errors : {};
  const generalError = errors[""] ?? errors.section;
  return (
    <Card>
      <section aria-labelledby={`section-${props.id}`} data-section={props.id}>
        <BlockStack gap="400">
          <BlockStack gap="100">
            <Text as="h2" variant="headingMd" id={`section-${props.id}`}>
              {props.title}
            </Text>
            <Text as="p" tone="subdued">
              {props.description}
            </Text>
          </BlockStack>
          {result?.kind === "saved" ? (
            <Banner tone="success" title={t("settings.saved")} />
          ) : result?.kind === "rejected" ? (
            <Banner tone="critical" title={t("settings.rejected")}>
              {generalError ? <p>{t(generalError)}</p> : null}
            </Banner>
          ) : null}
          {props.children(errors)}
          <InlineStack gap="200">
            <Button
              variant="primary"
              loading={fetcher.state !== "idle"}
              onClick={() =>
                fetcher.submit(
                  { section: props.id, ...props.values() },
                  { method: "post", encType: "application/json" },
                )
              }
            >
              {t("settings.save")}
            </Button>
            {props.extraActions}
          </InlineStack>
          {props.footer}
        </BlockStack>
      </section>
    </Card>
  );
}

const errorOf = (errors: FieldErrors, key: string, t: (key: string) => string) =>
  errors[key] ? t(errors[key]) : undefined;
const listText = (values: string[]) => values.join(", ");
const parseList = (text: string) =>
  text
    .split(",")
    .map((value) => value.trim())
    .filter(Boolean);
const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text));

function LanguagesSection({ settings, languages }: { settings: Settings; languages: string[] }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string[]>(settings.languages);
  const [defaultLanguage, setDefaultLanguage] = useState<string>(settings.defaultLanguage);
  return (
    <Section
      id="languages"
      title={t("settings.languages.title")}
      description={t("settings.languages.description")}
      values={() => ({ languages: chosen, defaultLanguage })}
    >
      {(errors) => (
        <FormLayout>
          <ChoiceList
            allowMultiple
            title={t("settings.languages.languages")}
            choices={languages.map((language) => ({
              label: t(`languages.${language}`),
              value: language,
            }))}
            selected={chosen}
            onChange={setChosen}
            error={errorOf(errors, "languages", t)}
          />
          <Select
            label={t("settings.languages.default")}
            options={languages.map((language) => ({
              label: t(`languages.${language}`),
              value: language,
            }))}
            value={defaultLanguage}
            onChange={setDefaultLanguage}
            error={errorOf(errors, "defaultLanguage", t)}
          />
        </FormLayout>
      )}
    </Section>
  );
}

function GreetingSection({ settings, tones }: { settings: Settings; tones: string[] }) {
  const { t } = useTranslation();
  const [greeting, setGreeting] = useState<Record<string, string>>(settings.greeting);
  const [tone, setTone] = useState<string>(settings.tone);
  return (
    <Section
      id="greeting"
      title={t("settings.greeting.title")}
      description={t("settings.greeting.description")}
      values={() => ({ greeting, tone })}
    >
      {(errors) => (
        <FormLayout>
          {settings.languages.map((language) => (
            <TextField
              key={language}
              label={t("settings.greeting.for", { language: t(`languages.${language}`) })}
              value={greeting[language] ?? ""}
              onChange={(value) => setGreeting({ ...greeting, [language]: value })}
              autoComplete="off"
              multiline={2}
              error={errorOf(errors, `greeting.${language}`, t)}
            />
          ))}
          <Select
            label={t("settings.greeting.tone")}
            options={tones.map((value) => ({ label: t(`settings.tones.${value}`), value }))}
            value={tone}
            onChange={setTone}
          />
        </FormLayout>
      )}
    </Section>
  );
}

function HoursSection({ settings, timeZones }: { settings: Settings; timeZones: string[] }) {
  const { t } = useTranslation();
  const stored = settings.escalation.handoff.businessHours;
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [enabled, setEnabled] = useState(stored !== null);
  const [week, setWeek] = useState<Record<Weekday, { open: boolean; from: string; to: string }>>(
    () =>
      Object.fromEntries(
        WEEKDAYS.map((day) => {
          const slot = stored?.week[day]?.[0];
          return [
            day,
            {
              open: Boolean(slot) || (!stored && day !== "sat" && day !== "sun"),
              from: slot?.open ?? "09:00",
              to: slot?.close ?? "17:00",
            },
          ];
        }),
      ) as Record<Weekday, { open: boolean; from: string; to: string }>,
  );
  const [closedDates, setClosedDates] = useState(listText(stored?.closedDates ?? []));
  const values = () => ({
    timeZone,
    enabled,
    week: Object.fromEntries(
      WEEKDAYS.map((day) => [
        day,
        week[day].open ? [{ open: week[day].from, close: week[day].to }] : [],
      ]),
    ),
    closedDates: parseList(closedDates),
  });
  return (
    <Section
      id="hours"
      title={t("settings.hours.title")}
      description={t("settings.hours.description")}
      values={values}
    >
      {(errors) => (
        <FormLayout>
          <Select
            label={t("settings.hours.timeZone")}
            options={timeZones.includes(timeZone) ? timeZones : [timeZone, ...timeZones]}
            value={timeZone}
            onChange={setTimeZone}
            error={errorOf(errors, "timeZone", t)}
          />
          <Checkbox label={t("settings.hours.enabled")} checked={enabled} onChange={setEnabled} />
          {enabled ? (
            <BlockStack gap="200">
              {WEEKDAYS.map((day) => (
                <InlineGrid key={day} columns={3} gap="200" alignItems="center">
                  <Checkbox
                    label={t(`weekdays.${day}`)}
                    checked={week[day].open}
                    onChange={(open) => setWeek({ ...week, [day]: { ...week[day], open } })}
                  />
                  <TextField
                    label={t("settings.hours.opens")}
                    labelHidden
                    prefix={t("settings.hours.opens")}
                    value={week[day].from}
                    disabled={!week[day].open}
                    onChange={(from) => setWeek({ ...week, [day]: { ...week[day], from } })}
                    autoComplete="off"
                    error={errorOf(errors, `week.${day}.0.open`, t)}
                  />
                  <TextField
                    label={t("settings.hours.closes")}
                    labelHidden
                    prefix={t("settings.hours.closes")}
                    value={week[day].to}
                    disabled={!week[day].open}
                    onChange={(to) => setWeek({ ...week, [day]: { ...week[day], to } })}
                    autoComplete="off"
                    error={errorOf(errors, `week.${day}.0.close`, t)}
                  />
                </InlineGrid>
              ))}
              <TextField
                label={t("settings.hours.closedDates")}
                helpText={t("settings.hours.closedDatesHelp")}
                value={closedDates}
                onChange={setClosedDates}
                autoComplete="off"
                error={
                  Object.keys(errors).some((key) => key.startsWith("closedDates"))
                    ? t("errors.date")
                    : undefined
                }
              />
            </BlockStack>
          ) : null}
        </FormLayout>
      )}
    </Section>
  );
}

function HandoffSection({ settings, intents }: { settings: Settings; intents: string[] }) {
  const { t } = useTranslation();
  const { handoff, priority } = settings.escalation;
  const [keywords, setKeywords] = useState(listText(handoff.keywords));
  const [humanOnlyIntents, setHumanOnlyIntents] = useState<string[]>(handoff.humanOnlyIntents);
  const [threshold, setThreshold] = useState(String(handoff.confidenceThreshold));
  const [vipTags, setVipTags] = useState(listText(priority.vipTags));
  const [lifetimeValue, setLifetimeValue] = useState(
    priority.lifetimeValueThreshold === null ? "" : String(priority.lifetimeValueThreshold),
  );
  const [urgentIntents, setUrgentIntents] = useState<string[]>(priority.urgentIntents);
  const [highIntents, setHighIntents] = useState<string[]>(priority.highIntents);
  const intentChoices = intents.map((intent) => ({ label: t(`intents.${intent}`), value: intent }));
  const values = () => ({
    keywords: parseList(keywords),
    humanOnlyIntents,
    confidenceThreshold: Number(threshold),
    vipTags: parseList(vipTags),
    lifetimeValueThreshold: numberOrNull(lifetimeValue),
    urgentIntents,
    highIntents,
  });
  return (
    <Section
      id="handoff"
      title={t("settings.handoff.title")}
      description={t("settings.handoff.description")}
      values={values}
    >
      {(errors) => (
        <FormLayout>
          <TextField
            label={t("settings.handoff.keywords")}
            helpText={t("settings.listHelp")}
            value={keywords}
            onChange={setKeywords}
            autoComplete="off"
            error={errorOf(errors, "keywords", t)}
          />
          <TextField
            label={t("settings.handoff.threshold")}
            helpText={t("settings.handoff.thresholdHelp")}
            type="number"
            step={0.05}
            value={threshold}
            onChange={setThreshold}
            autoComplete="off"
            error={errorOf(errors, "confidenceThreshold", t)}
          />
          <ChoiceList
            allowMultiple
            title={t("settings.handoff.humanOnly")}
            choices={intentChoices}
            selected={humanOnlyIntents}
            onChange={setHumanOnlyIntents}
          />
          <Text as="h3" variant="headingSm">
            {t("settings.handoff.vipHeading")}
          </Text>
          <TextField
            label={t("settings.handoff.vipTags")}
            helpText={t("settings.listHelp")}
            value={vipTags}
            onChange={setVipTags}
            autoComplete="off"
            error={errorOf(errors, "vipTags", t)}
          />
          <TextField
            label={t("settings.handoff.lifetimeValue")}
            helpText={t("settings.handoff.lifetimeValueHelp")}
            type="number"
            value={lifetimeValue}
            onChange={setLifetimeValue}
            autoComplete="off"
            error={errorOf(errors, "lifetimeValueThreshold", t)}
          />
          <InlineGrid columns={2} gap="400">
            <ChoiceList
              allowMultiple
              title={t("settings.handoff.urgent")}
              choices={intentChoices}
              selected={urgentIntents}
              onChange={setUrgentIntents}
            />
            <ChoiceList
              allowMultiple
              title={t("settings.handoff.high")}
              choices={intentChoices}
              selected={highIntents}
              onChange={setHighIntents}
            />
          </InlineGrid>
        </FormLayout>
      )}
    </Section>
  );
}

function ProactiveSection({ settings, kinds }: { settings: Settings; kinds: string[] }) {
  const { t } = useTranslation();
  const [triggers, setTriggers] = useState(() =>
    kinds.map((kind) => {
      const stored = settings.proactive.triggers.find((trigger) => trigger.kind === kind);
      return {
        kind,
        enabled: stored?.enabled ?? false,
        delaySeconds: String(stored?.delaySeconds ?? 30),
        message: stored?.message ?? "",
        minimumCartValue: String(stored?.minimumCartValue ?? ""),
      };
    }),
  );
  const [orderStatus, setOrderStatus] = useState(settings.proactive.orderStatus);
  const [productQuestions, setProductQuestions] = useState(settings.proactive.productQuestions);
  const [nudgesPerDay, setNudgesPerDay] = useState(String(settings.proactive.nudgesPerDay));
  const update = (index: number, change: Partial<(typeof triggers)[number]>) =>
    setTriggers(
      triggers.map((trigger, position) =>
        position === index ? { ...trigger, ...change } : trigger,
      ),
    );
  const values = () => ({
    triggers: triggers.map((trigger) => ({
      ...trigger,
      delaySeconds: Number(trigger.delaySeconds),
      minimumCartValue: trigger.minimumCartValue === "" ? null : Number(trigger.minimumCartValue),
    })),
    orderStatus,
    productQuestions,
    nudgesPerDay: Number(nudgesPerDay),
  });
  return (
    <Section
      id="proactive"
      title={t("settings.proactive.title")}
      description={t("settings.proactive.description")}
      values={values}
    >
      {(errors) => (
        <BlockStack gap="300">
          <Checkbox
            label={t("settings.proactive.orderStatus")}
            checked={orderStatus}
            onChange={setOrderStatus}
          />
          <Checkbox
            label={t("settings.proactive.productQuestions")}
            checked={productQuestions}
            onChange={setProductQuestions}
          />
          <TextField
            label={t("settings.proactive.nudgesPerDay")}
            helpText={t("settings.proactive.nudgesHelp")}
            type="number"
            value={nudgesPerDay}
            onChange={setNudgesPerDay}
            autoComplete="off"
            error={errorOf(errors, "nudgesPerDay", t)}
          />
          {errors.triggers ? (
            <Text as="p" tone="critical">
              {t(errors.triggers)}
            </Text>
          ) : null}
          {triggers.map((trigger, index) => (
            <InlineGrid
              key={trigger.kind}
              columns={["oneThird", "oneThird", "twoThirds"]}
              gap="200"
              alignItems="start"
            >
              <Checkbox
                label={t(`settings.proactive.kinds.${trigger.kind}`)}
                checked={trigger.enabled}
                onChange={(enabled) => update(index, { enabled })}
              />
              <TextField
                label={t("settings.proactive.delay")}
                type="number"
                value={trigger.delaySeconds}
                onChange={(delaySeconds) => update(index, { delaySeconds })}
                autoComplete="off"
                error={errorOf(errors, `triggers.${index}.delaySeconds`, t)}
              />
              <TextField
                label={t("settings.proactive.message")}
                value={trigger.message}
                onChange={(message) => update(index, { message })}
                autoComplete="off"
                error={errorOf(errors, `triggers.${index}.message`, t)}
              />
              {trigger.kind === "cart_value" ? (
                <TextField
                  label={t("settings.proactive.minimumCartValue")}
                  type="number"
                  value={trigger.minimumCartValue}
                  onChange={(minimumCartValue) => update(index, { minimumCartValue })}
                  autoComplete="off"
                  error={errorOf(errors, `triggers.${index}.minimumCartValue`, t)}
                />
              ) : null}
            </InlineGrid>
          ))}
        </BlockStack>
      )}
    </Section>
  );
}

function OrderActionsSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const [cancelUnfulfilled, setCancel] = useState(settings.orderActions.cancelUnfulfilled);
  const [returnsEnabled, setReturnsEnabled] = useState(settings.orderActions.returns.enabled);
  const [windowDays, setWindowDays] = useState(String(settings.orderActions.returns.windowDays));
  const values = () => ({
    cancelUnfulfilled,
    returns: { enabled: returnsEnabled, windowDays: Number(windowDays) },
  });
  return (
    <Section
      id="orderActions"
      title={t("settings.orderActions.title")}
      description={t("settings.orderActions.description")}
      values={values}
    >
      {(errors) => (
        <FormLayout>
          <Checkbox
            label={t("settings.orderActions.cancel")}
            helpText={t("settings.orderActions.cancelHelp")}
            checked={cancelUnfulfilled}
            onChange={setCancel}
          />
          <Checkbox
            label={t("settings.orderActions.returns")}
            checked={returnsEnabled}
            onChange={setReturnsEnabled}
          />
          <TextField
            label={t("settings.orderActions.windowDays")}
            type="number"
            value={windowDays}
            onChange={setWindowDays}
            disabled={!returnsEnabled}
            autoComplete="off"
            error={errorOf(errors, "returns.windowDays", t)}
          />
        </FormLayout>
      )}
    </Section>
  );
}

function WidgetSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const [voice, setVoice] = useState(settings.widget.voice);
  const [position, setPosition] = useState<string>(settings.widget.position);
  const [accent, setAccent] = useState(settings.widget.accent);
  return (
    <Section
      id="widget"
      title={t("settings.widget.title")}
      description={t("settings.widget.description")}
      values={() => ({ voice, position, accent })}
    >
      {(errors) => (
        <FormLayout>
          <Checkbox label={t("settings.widget.voice")} checked={voice} onChange={setVoice} />
          <Select
            label={t("settings.widget.position")}
            options={[
              { label: t("settings.widget.bottomRight"), value: "bottom-right" },
              { label: t("settings.widget.bottomLeft"), value: "bottom-left" },
            ]}
            value={position}
            onChange={setPosition}
          />
          <TextField
            label={t("settings.widget.accent")}
            value={accent}
            onChange={setAccent}
            autoComplete="off"
            prefix={
              <span
                aria-hidden
                style={{
                  display: "inline-block",
                  width: 16,
                  height: 16,
                  borderRadius: 4,
                  background: /^#[0-9a-f]{6}$/i.test(accent) ? accent : "transparent",
                  border: "1px solid #ccc",
                }}
              />
            }
            error={errorOf(errors, "accent", t)}
          />
        </FormLayout>
      )}
    </Section>
  );
}

function PrivacySection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const [consentRequired, setConsent] = useState(settings.privacy.consentRequired);
  const [retentionDays, setRetention] = useState(String(settings.privacy.retentionDays));
  const [redactPii, setRedactPii] = useState(settings.privacy.redactPii);
  const [redactAddresses, setRedactAddresses] = useState(settings.escalation.redactAddresses);
  const [exporting, setExporting] = useState(false);
  async function exportData() {
    setExporting(true);
    try {
      const response = await fetch("/app/settings/export");
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = "concierge-conversations.json";
      link.click();
      URL.revokeObjectURL(url);
    } finally {
      setExporting(false);
    }
  }
  const values = () => ({
    consentRequired,
    retentionDays: Number(retentionDays),
    redactPii,
    redactAddresses,
  });
  return (
    <Section
      id="privacy"
      title={t("settings.privacy.title")}
      description={t("settings.privacy.description")}
      values={values}
      extraActions={
        <Button onClick={() => void exportData()} loading={exporting}>
          {t("settings.privacy.export")}
        </Button>
      }
    >
      {(errors) => (
        <FormLayout>
          <Checkbox
            label={t("settings.privacy.consent")}
            helpText={t("settings.privacy.consentHelp")}
            checked={consentRequired}
            onChange={setConsent}
          />
          <TextField
            label={t("settings.privacy.retention")}
            helpText={t("settings.privacy.retentionHelp")}
            type="number"
            value={retentionDays}
            onChange={setRetention}
            autoComplete="off"
            error={errorOf(errors, "retentionDays", t)}
          />
          <Checkbox
            label={t("settings.privacy.redactPii")}
            checked={redactPii}
            onChange={setRedactPii}
          />
          <Checkbox
            label={t("settings.privacy.redactAddresses")}
            checked={redactAddresses}
            onChange={setRedactAddresses}
          />
        </FormLayout>
      )}
    </Section>
  );
}

function ZendeskSection({
  zendesk,
  encryptionReady,
}: {
  zendesk: LoaderData["zendesk"];
  encryptionReady: boolean;
}) {
  const { t } = useTranslation();
  const tester = useFetcher<typeof action>();
  const [subdomain, setSubdomain] = useState(zendesk?.subdomain ?? "");
  const [email, setEmail] = useState(zendesk?.email ?? "");
  const [apiToken, setApiToken] = useState("");
  const test =
    tester.state === "idle" && tester.data?.kind === "zendeskTest" ? tester.data.result : null;
  return (
    <Section
      id="zendesk"
      title={t("settings.zendesk.title")}
      description={t("settings.zendesk.description")}
      values={() => ({ subdomain, email, apiToken })}
      extraActions={
        <Button
          onClick={() =>
            tester.submit(
              { intent: "testZendesk" },
              { method: "post", encType: "application/json" },
            )
          }
          loading={tester.state !== "idle"}
          disabled={!zendesk}
        >
          {t("settings.zendesk.test")}
        </Button>
      }
      footer={
        test ? (
          <Banner
            tone={test.ok ? "success" : "critical"}
            title={
              test.ok
                ? t("settings.zendesk.testOk", { email: test.agentEmail })
                : t(`settings.zendesk.problems.${test.problem}`)
            }
          />
        ) : null
      }
    >
      {(errors) => (
        <FormLayout>
          {!encryptionReady ? (
            <Banner tone="warning" title={t("errors.encryptionKeyMissing")} />
          ) : null}
          <TextField
            label={t("settings.zendesk.subdomain")}
            suffix=".zendesk.com"
            value={subdomain}
            onChange={setSubdomain}
            autoComplete="off"
            error={errorOf(errors, "subdomain", t)}
          />
          <TextField
            label={t("settings.zendesk.email")}
            type="email"
            value={email}
            onChange={setEmail}
            autoComplete="off"
            error={errorOf(errors, "email", t)}
          />
          <TextField
            label={t("settings.zendesk.apiToken")}
            type="password"
            value={apiToken}
            onChange={setApiToken}
            autoComplete="new-password"
            helpText={
              zendesk?.hasApiToken
                ? t("settings.zendesk.stored")
                : t("settings.zendesk.apiTokenHelp")
            }
            error={errorOf(errors, "apiToken", t)}
          />
        </FormLayout>
      )}
    </Section>
  );
}

export default function SettingsPage() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page>
      <TitleBar title={t("settings.title")} />
      <Layout>
        <Layout.Section>
          <Box paddingBlockEnd="800">
            <BlockStack gap="500">
              <LanguagesSection settings={data.settings} languages={data.languages} />
              <GreetingSection settings={data.settings} tones={data.tones} />
              <HoursSection settings={data.settings} timeZones={data.timeZones} />
              <HandoffSection settings={data.settings} intents={data.intents} />
              <ProactiveSection settings={data.settings} kinds={data.triggerKinds} />
              <OrderActionsSection settings={data.settings} />
              <WidgetSection settings={data.settings} />
              <PrivacySection settings={data.settings} />
              <ZendeskSection zendesk={data.zendesk} encryptionReady={data.encryptionReady} />
            </BlockStack>
          </Box>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
