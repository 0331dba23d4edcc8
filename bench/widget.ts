/**
 * Prints what the chat widget costs a storefront: gzip sizes of the loader and of the chat bundle
 * loaded after the click, and the Lighthouse performance score of the demo storefront's product
 * page with and without the app embed (median of several alternating runs, one Chromium each).
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { buildWidget } from "../scripts/build-widget";
import { serveStorefront } from "../test/storefront/serve-storefront";

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const LOADER_BUDGET = 6 * 1024;
const CHAT_BUDGET = 35 * 1024;

process.env.CHROME_PATH ??= "/usr/bin/chromium";

async function lighthouseScore(url: string): Promise<number> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH,
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ["performance"],
      output: "json",
      logLevel: "error",
    });
    const score = result?.lhr.categories.performance?.score;
    if (typeof score !== "number")
      throw new Error(`Lighthouse gave no performance score for ${url}`);
    return Math.round(score * 100);
  } finally {
    await chrome.kill();
  }
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KB`;

const built = await buildWidget();
const loader = built.find((bundle) => bundle.language === null);
const chats = built.filter((bundle) => bundle.language !== null);
if (!loader || chats.length === 0) throw new Error("the widget build produced no bundles");
const largestChat = chats.reduce((largest, bundle) =>
  bundle.gzipBytes > largest.gzipBytes ? bundle : largest,
);

console.log("Widget size (gzip -9)");
console.log(
  `  loader (every page)            ${kb(loader.gzipBytes)}  (${loader.bytes} B raw)  budget ${kb(LOADER_BUDGET)}  ${loader.gzipBytes <= LOADER_BUDGET ? "OK" : "OVER"}`,
);
for (const chat of chats)
  console.log(
    `  chat after click [${chat.language}]`.padEnd(33) +
      `${kb(chat.gzipBytes)}  (${chat.bytes} B raw)`,
  );
console.log(
  `  largest chat after click       ${kb(largestChat.gzipBytes)}  budget ${kb(CHAT_BUDGET)}  ${largestChat.gzipBytes <= CHAT_BUDGET ? "OK" : "OVER"}`,
);

const shop = { permanentDomain: "concierge-demo.myshopify.com", name: "Demo Outfitters" };
const withWidget = await serveStorefront({ shop, widget: true, locale: "en" });
const withoutWidget = await serveStorefront({ shop, widget: false, locale: "en" });
try {
  const scores = { with: [] as number[], without: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    scores.without.push(await lighthouseScore(`${withoutWidget.url}/products/trail-jacket`));
    scores.with.push(await lighthouseScore(`${withWidget.url}/products/trail-jacket`));
  }
  const difference = median(scores.without) - median(scores.with);
  console.log(
    `Lighthouse performance, product page (median of ${RUNS}, Chromium ${CHROME_FLAGS.join(" ")})`,
  );
  console.log(`  without widget  ${median(scores.without)}   runs ${scores.without.join(", ")}`);
  console.log(`  with widget     ${median(scores.with)}   runs ${scores.with.join(", ")}`);
  console.log(
    `  difference      ${difference} point(s)  budget 1  ${difference <= 1 ? "OK" : "OVER"}`,
  );
} finally {
  await withWidget.close();
  await withoutWidget.close();
}
