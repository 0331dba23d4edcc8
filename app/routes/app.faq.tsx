import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useFetcher, useLoaderData } from "@remix-run/react";
import {
  Badge,
  Banner,
  BlockStack,
  Box,
  Button,
  Card,
  Checkbox,
  DropZone,
  EmptyState,
  FormLayout,
  InlineStack,
  Layout,
  List,
  Page,
  Select,
  Tabs,
  Text,
  TextField,
} from "@shopify/polaris";
import { TitleBar } from "@shopify/app-bridge-react";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { FaqEntryFields } from "~/components/faq-entry-fields";
import { z } from "zod";
import {
  adoptStarterFaq,
  deleteFaqEntry,
  importFaqEntries,
  listFaqEntries,
  loadShopKnowledge,
  saveFaqEntry,
} from "~/assistant/knowledge";
import { LANGUAGES, LanguageSchema, understandMessage } from "~/assistant/nlu";
import prisma from "~/db.server";
import { authenticate } from "~/shopify.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { session } = await authenticate.admin(request);
  const entries = await listFaqEntries({ prisma, shop: session.shop });
  return { entries, languages: [...LANGUAGES] };
}

const EntrySchema = z.object({
  id: z.string().trim().max(100).optional(),
  question: z.string(),
  alternatives: z.array(z.string()),
  answer: z.string(),
  language: LanguageSchema,
  tags: z.array(z.string()),
  enabled: z.boolean(),
});

const ActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("save"), entry: EntrySchema }),
  z.object({ intent: z.literal("delete"), id: z.string().min(1).max(100) }),
  z.object({
    intent: z.literal("import"),
    format: z.enum(["csv", "json"]),
    mode: z.enum(["merge", "replace"]),
    content: z.string().max(5_000_000),
  }),
  z.object({ intent: z.literal("try"), text: z.string().trim().min(1).max(1000) }),
  z.object({ intent: z.literal("adopt"), language: LanguageSchema }),
]);

/** Each intent calls one knowledge function; the page shows what it answered. */
export async function action({ request }: ActionFunctionArgs) {
  const { session } = await authenticate.admin(request);
  const parsed = ActionSchema.safeParse(await request.json());
  if (!parsed.success)
    return { intent: "invalid" as const, error: parsed.error.issues[0]?.message ?? "invalid" };
  const shop = session.shop;
  const input = parsed.data;
  switch (input.intent) {
    case "save": {
      const checked = z
        .object({
          question: z.string().trim().min(2).max(300),
          answer: z.string().trim().min(1).max(4000),
          alternatives: z.array(z.string().trim().min(2).max(300)).max(30),
        })
        .safeParse(input.entry);
      if (!checked.success)
        return {
          intent: "save" as const,
          error: `faq.errors.${String(checked.error.issues[0]?.path[0] ?? "entry")}`,
        };
      const entry = await saveFaqEntry({ prisma, shop, entry: input.entry });
      return { intent: "save" as const, saved: entry.id };
    }
    case "delete":
      return {
        intent: "delete" as const,
        deleted: await deleteFaqEntry({ prisma, shop, id: input.id }),
      };
    case "import":
      return {
        intent: "import" as const,
        result: await importFaqEntries({
          prisma,
          shop,
          format: input.format,
          content: input.content,
          mode: input.mode,
        }),
      };
    case "adopt":
      return {
        intent: "adopt" as const,
        added: await adoptStarterFaq({ prisma, shop, language: input.language }),
      };
    case "try": {
      const knowledge = await loadShopKnowledge({ prisma, shop });
      const understanding = understandMessage({ text: input.text, knowledge });
      const entries = await listFaqEntries({ prisma, shop });
      const questionOf = (id: string) => entries.find((entry) => entry.id === id);
      const chosen = understanding.faq ? questionOf(understanding.faq.entryId) : undefined;
      return {
        intent: "try" as const,
        understanding: {
          language: understanding.language,
          intent: understanding.intent,
          confidence: understanding.confidence,
          alternatives: understanding.alternatives.slice(0, 3),
          answer: chosen
            ? {
                id: chosen.id,
                question: chosen.question,
                answer: chosen.answer,
                score: understanding.faq?.score ?? 0,
              }
            : null,
          runnersUp: (understanding.faq?.runnersUp ?? []).slice(0, 3).map((runner) => ({
            id: runner.entryId,
            question: questionOf(runner.entryId)?.question ?? runner.entryId,
            score: runner.score,
          })),
        },
      };
    }
  }
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;
type Entry = LoaderData["entries"][number];

const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

function EntryEditor({
  entry,
  languages,
  onDone,
}: {
  entry: Entry | null;
  languages: string[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const fetcher = useFetcher<typeof action>();
  const [question, setQuestion] = useState(entry?.question ?? "");
  const [alternatives, setAlternatives] = useState((entry?.alternatives ?? []).join("\n"));
  const [answer, setAnswer] = useState(entry?.answer ?? "");
  const [language, setLanguage] = useState<string>(entry?.language ?? "en");
  const [tags, setTags] = useState((entry?.tags ?? []).join(", "));
  const [enabled, setEnabled] = useState(entry?.enabled ?? true);
  const result = fetcher.state === "idle" && fetcher.data?.intent === "save" ? fetcher.data : null;
  const saved = result && "saved" in result;
  useEffect(() => {
    if (saved) onDone();
  }, [saved, onDone]);
  const save = () =>
    fetcher.submit(
      {
        intent: "save",
        entry: {
          ...(entry ? { id: entry.id } : {}),
          question,
          alternatives: lines(alternatives),
          answer,
          language,
          tags: tags
            .split(",")
            .map((tag) => tag.trim())
            .filter(Boolean),
          enabled,
        },
      },
      { method: "post", encType: "application/json" },
    );
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          {entry ? t("faq.edit") : t("faq.new")}
        </Text>
        {result && "error" in result && result.error ? (
          <Banner tone="critical" title={t(result.error)} />
        ) : null}
        <FormLayout>
          <FaqEntryFields
            question={question}
            onQuestionChange={setQuestion}
            alternatives={alternatives}
            onAlternativesChange={setAlternatives}
            answer={answer}
            onAnswerChange={setAnswer}
          />
          <FormLayout.Group>
            <Select
              label={t("faq.language")}
              options={languages.map((value) => ({ label: value, value }))}
              value={language}
              onChange={setLanguage}
            />
            <TextField label={t("faq.tags")} value={tags} onChange={setTags} autoComplete="off" />
          </FormLayout.Group>
          <Checkbox label={t("faq.enabled")} checked={enabled} onChange={setEnabled} />
        </FormLayout>
        <InlineStack gap="200">
          <Button variant="primary" onClick={save} loading={fetcher.state !== "idle"}>
            {t("faq.save")}
          </Button>
          <Button onClick={onDone}>{t("faq.cancel")}</Button>
        </InlineStack>
      </BlockStack>
    </Card>
  );
}

function ImportCard() {
  const { t } = useTranslation();
  const fetcher = useFetcher<typeof action>();
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [mode, setMode] = useState("merge");
  const result =
    fetcher.state === "idle" && fetcher.data?.intent === "import" ? fetcher.data.result : null;
  const format = file?.name.toLowerCase().endsWith(".json") ? "json" : "csv";
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          {t("faq.import.title")}
        </Text>
        <Text as="p" tone="subdued">
          {t("faq.import.description")}
        </Text>
        <DropZone
          accept=".csv,.json,text/csv,application/json"
          allowMultiple={false}
          label={t("faq.import.file")}
          onDrop={(_all, accepted) => {
            const dropped = accepted[0];
            if (dropped)
              void dropped.text().then((content) => setFile({ name: dropped.name, content }));
          }}
        >
          {file ? (
            <Box padding="400">{file.name}</Box>
          ) : (
            <DropZone.FileUpload actionHint={t("faq.import.hint")} />
          )}
        </DropZone>
        <Select
          label={t("faq.import.mode")}
          options={[
            { label: t("faq.import.merge"), value: "merge" },
            { label: t("faq.import.replace"), value: "replace" },
          ]}
          value={mode}
          onChange={setMode}
        />
        <InlineStack>
          <Button
            variant="primary"
            disabled={!file}
            loading={fetcher.state !== "idle"}
            onClick={() =>
              file &&
              fetcher.submit(
                { intent: "import", format, mode, content: file.content },
                { method: "post", encType: "application/json" },
              )
            }
          >
            {t("faq.import.action")}
          </Button>
        </InlineStack>
        {result?.ok ? (
          <Banner tone="success" title={t("faq.import.done", { count: result.imported })} />
        ) : null}
        {result && !result.ok ? (
          <Banner tone="critical" title={t("faq.import.failed", { count: result.errors.length })}>
            <div data-testid="import-errors">
              <List type="bullet">
                {result.errors.map((error) => (
                  <List.Item key={`${error.line}:${error.message}`}>
                    {t("faq.import.line", { line: error.line, message: error.message })}
                  </List.Item>
                ))}
              </List>
            </div>
          </Banner>
        ) : null}
      </BlockStack>
    </Card>
  );
}

function TryConsole() {
  const { t } = useTranslation();
  const fetcher = useFetcher<typeof action>();
  const [text, setText] = useState("");
  const result = fetcher.data?.intent === "try" ? fetcher.data.understanding : null;
  const percent = (value: number) => `${Math.round(value * 100)}%`;
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          {t("faq.try.title")}
        </Text>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            fetcher.submit(
              { intent: "try", text },
              { method: "post", encType: "application/json" },
            );
          }}
        >
          <BlockStack gap="200">
            <TextField
              label={t("faq.try.question")}
              value={text}
              onChange={setText}
              autoComplete="off"
              placeholder={t("faq.try.placeholder")}
            />
            <InlineStack>
              <Button
                submit
                variant="primary"
                loading={fetcher.state !== "idle"}
                disabled={!text.trim()}
              >
                {t("faq.try.action")}
              </Button>
            </InlineStack>
          </BlockStack>
        </form>
        {result ? (
          <BlockStack gap="200" id="try-result">
            <InlineStack gap="200">
              <Badge tone="info">{t("faq.try.language", { language: result.language })}</Badge>
              <Badge>
                {t("faq.try.intent", {
                  intent: t(`intents.${result.intent}`, { defaultValue: result.intent }),
                })}
              </Badge>
              <Badge tone={result.confidence >= 0.45 ? "success" : "warning"}>
                {t("faq.try.confidence", { value: percent(result.confidence) })}
              </Badge>
            </InlineStack>
            {result.answer ? (
              <Box padding="300" background="bg-surface-success" borderRadius="200">
                <BlockStack gap="100">
                  <Text as="h3" variant="headingSm">
                    {t("faq.try.chosen", {
                      question: result.answer.question,
                      score: result.answer.score.toFixed(2),
                    })}
                  </Text>
                  <Text as="p">{result.answer.answer}</Text>
                </BlockStack>
              </Box>
            ) : (
              <Banner tone="warning" title={t("faq.try.noAnswer")} />
            )}
            {result.runnersUp.length ? (
              <BlockStack gap="100">
                <Text as="h3" variant="headingSm">
                  {t("faq.try.runnersUp")}
                </Text>
                <List>
                  {result.runnersUp.map((runner) => (
                    <List.Item key={runner.id}>
                      {runner.question} ({runner.score.toFixed(2)})
                    </List.Item>
                  ))}
                </List>
              </BlockStack>
            ) : null}
            {result.alternatives.length ? (
              <Text as="p" tone="subdued" variant="bodySm">
                {t("faq.try.otherIntents", {
                  intents: result.alternatives
                    .map(
                      (alternative) =>
                        `${t(`intents.${alternative.intent}`, { defaultValue: alternative.intent })} ${percent(alternative.confidence)}`,
                    )
                    .join(", "),
                })}
              </Text>
            ) : null}
          </BlockStack>
        ) : null}
      </BlockStack>
    </Card>
  );
}

export default function FaqPage() {
  const { entries, languages } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const deleter = useFetcher<typeof action>();
  const adopter = useFetcher<typeof action>();
  const [query, setQuery] = useState("");
  const [tab, setTab] = useState(0);
  const [editing, setEditing] = useState<Entry | "new" | null>(null);
  const present = useMemo(
    () => languages.filter((language) => entries.some((entry) => entry.language === language)),
    [entries, languages],
  );
  const tabs = [
    { id: "all", content: t("faq.allLanguages", { count: entries.length }) },
    ...present.map((language) => ({
      id: language,
      content: `${language} (${entries.filter((entry) => entry.language === language).length})`,
    })),
  ];
  const language = tab === 0 ? null : present[tab - 1];
  const needle = query.trim().toLowerCase();
  const shown = entries.filter(
    (entry) =>
      (!language || entry.language === language) &&
      (!needle ||
        [entry.question, entry.answer, ...entry.alternatives, ...entry.tags].some((text) =>
          text.toLowerCase().includes(needle),
        )),
  );
  async function download(format: "csv" | "json") {
    const response = await fetch(`/app/faq/export?format=${format}`);
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement("a");
    link.href = url;
    link.download = `concierge-faq.${format}`;
    link.click();
    URL.revokeObjectURL(url);
  }
  return (
    <Page>
      <TitleBar title={t("faq.title")} />
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            {editing ? (
              <EntryEditor
                key={editing === "new" ? "new" : editing.id}
                entry={editing === "new" ? null : editing}
                languages={languages}
                onDone={() => setEditing(null)}
              />
            ) : null}
            <Card padding="0">
              <Tabs tabs={tabs} selected={tab} onSelect={setTab}>
                <Box padding="400">
                  <BlockStack gap="300">
                    <InlineStack gap="200" align="space-between" blockAlign="end">
                      <div style={{ flex: 1 }}>
                        <TextField
                          label={t("faq.search")}
                          labelHidden
                          placeholder={t("faq.search")}
                          value={query}
                          onChange={setQuery}
                          autoComplete="off"
                          clearButton
                          onClearButtonClick={() => setQuery("")}
                        />
                      </div>
                      <Button variant="primary" onClick={() => setEditing("new")}>
                        {t("faq.new")}
                      </Button>
                      <Button onClick={() => void download("csv")}>{t("faq.exportCsv")}</Button>
                      <Button onClick={() => void download("json")}>{t("faq.exportJson")}</Button>
                    </InlineStack>
                    {entries.length === 0 ? (
                      <EmptyState
                        heading={t("faq.empty")}
                        image=""
                        action={{
                          content: t("faq.adopt"),
                          onAction: () =>
                            adopter.submit(
                              { intent: "adopt", language: "en" },
                              { method: "post", encType: "application/json" },
                            ),
                        }}
                      >
                        <p>{t("faq.emptyBody")}</p>
                      </EmptyState>
                    ) : (
                      <BlockStack gap="200">
                        {shown.map((entry) => (
                          <Box
                            key={entry.id}
                            padding="300"
                            borderWidth="025"
                            borderColor="border"
                            borderRadius="200"
                          >
                            <InlineStack
                              align="space-between"
                              blockAlign="start"
                              wrap={false}
                              gap="300"
                            >
                              <BlockStack gap="100">
                                <InlineStack gap="200" blockAlign="center">
                                  <Text as="h3" variant="headingSm">
                                    {entry.question}
                                  </Text>
                                  <Badge tone="info">{entry.language}</Badge>
                                  {!entry.enabled ? <Badge>{t("faq.disabled")}</Badge> : null}
                                </InlineStack>
                                {entry.alternatives.length ? (
                                  <Text as="p" tone="subdued" variant="bodySm">
                                    {t("faq.alsoAsked", {
                                      phrasings: entry.alternatives.join(" · "),
                                    })}
                                  </Text>
                                ) : null}
                                <Text as="p">
                                  {entry.answer.length > 240
                                    ? `${entry.answer.slice(0, 240)}…`
                                    : entry.answer}
                                </Text>
                              </BlockStack>
                              <InlineStack gap="200" wrap={false}>
                                <Button onClick={() => setEditing(entry)}>{t("faq.edit")}</Button>
                                <Button
                                  tone="critical"
                                  variant="plain"
                                  onClick={() =>
                                    deleter.submit(
                                      { intent: "delete", id: entry.id },
                                      { method: "post", encType: "application/json" },
                                    )
                                  }
                                >
                                  {t("faq.delete")}
                                </Button>
                              </InlineStack>
                            </InlineStack>
                          </Box>
                        ))}
                        {shown.length === 0 ? (
                          <Text as="p" tone="subdued">
                            {t("faq.noMatch")}
                          </Text>
                        ) : null}
                      </BlockStack>
                    )}
                  </BlockStack>
                </Box>
              </Tabs>
            </Card>
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <BlockStack gap="400">
            <TryConsole />
            <ImportCard />
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
