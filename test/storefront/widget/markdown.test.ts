import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../support/browser";

/** The widget's Markdown renderer, bundled as the widget bundles it, running in Chromium's DOM. */
async function rendererPage(browser: Browser): Promise<Page> {
  const bundle = await build({
    stdin: {
      contents: `import { renderMarkdown } from "./widget/chat/markdown";
        window.renderToHtml = (text) => {
          const box = document.createElement("div");
          box.append(renderMarkdown(text, document));
          return box.innerHTML;
        };`,
      resolveDir: process.cwd(),
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    write: false,
  });
  const page = await browser.newPage();
  await page.setContent("<!doctype html><title>renderer</title>");
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  return page;
}

describe("the widget's Markdown subset", () => {
  let browser: Browser;
  let page: Page;
  const render = (text: string) =>
    page.evaluate(
      (input) => (window as unknown as { renderToHtml(t: string): string }).renderToHtml(input),
      text,
    );

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await rendererPage(browser);
  }, 60_000);
  afterAll(() => browser?.close());

  it("shows backslash-escaped markup characters as themselves", async () => {
    expect(
      await render("- Carrier \\[JA\\] 1Z1: [Track parcel](https://carrier.example/t?n=1)"),
    ).toBe(
      '<ul><li>Carrier [JA] 1Z1: <a href="https://carrier.example/t?n=1" target="_blank" rel="noopener noreferrer">Track parcel</a></li></ul>',
    );
    expect(await render("5 \\*\\* stars \\\\ done")).toBe("<p>5 ** stars \\ done</p>");
  });

  it("keeps parentheses, bold and lists as they were", async () => {
    expect(await render("**Shipped** by Yamato (JA)\n\n1. one\n2. two")).toBe(
      "<p><strong>Shipped</strong> by Yamato (JA)</p><ol><li>one</li><li>two</li></ol>",
    );
  });

  it("never turns a reply into markup or a script link", async () => {
    expect(await render('<img src=x onerror="alert(1)"> [click](javascript:alert(1))')).toBe(
      '<p>&lt;img src=x onerror="alert(1)"&gt; click)</p>',
    );
  });
});
