/**
 * Builds the storefront widget from widget/ into the theme app extension's assets:
 * concierge-loader.js (painted on every page) and concierge-chat.js (loaded on intent).
 */
import { build } from "esbuild";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Plugin } from "esbuild";
import { SUPPORTED_LANGUAGES, type Language } from "../app/assistant/languages";
import { chatBundleFile } from "../widget/languages";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const WIDGET_ASSETS_DIR = path.join(root, "extensions/chat-widget/assets");

export const LOADER_FILE = "concierge-loader.js";
const LOADER_ENTRY = "widget/loader.ts";
const CHAT_ENTRY = "widget/chat/index.ts";

export interface BuiltBundle {
  file: string;
  language: Language | null;
  bytes: number;
  gzipBytes: number;
}

/** Swaps the chat's "./locales/active" module for one language's strings. */
function activeLanguage(language: Language): Plugin {
  return {
    name: "concierge-active-language",
    setup(plugin) {
      plugin.onResolve({ filter: /\/locales\/active$/ }, () => ({
        path: language,
        namespace: "concierge-language",
      }));
      plugin.onLoad({ filter: /.*/, namespace: "concierge-language" }, () => ({
        contents: `export { ${language.replace("-", "")} as strings } from "./${language}";\nexport const language = ${JSON.stringify(language)};`,
        resolveDir: path.join(root, "widget/chat/locales"),
        loader: "ts",
      }));
    },
  };
}

async function buildBundle(
  entry: string,
  file: string,
  language: Language | null,
): Promise<BuiltBundle> {
  const outfile = path.join(WIDGET_ASSETS_DIR, file);
  await build({
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2020", "safari14"],
    legalComments: "none",
    logLevel: "warning",
    plugins: language ? [activeLanguage(language)] : [],
  });
  const content = await readFile(outfile);
  return {
    file,
    language,
    bytes: content.length,
    gzipBytes: gzipSync(content, { level: 9 }).length,
  };
}

export async function buildWidget(): Promise<BuiltBundle[]> {
  const built = [await buildBundle(LOADER_ENTRY, LOADER_FILE, null)];
  for (const language of SUPPORTED_LANGUAGES)
    built.push(await buildBundle(CHAT_ENTRY, chatBundleFile(language), language));
  return built;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const built = await buildWidget();
  for (const bundle of built)
    console.log(`${bundle.file}: ${bundle.bytes} B, ${bundle.gzipBytes} B gzip`);
}
