/**
 * Browser-side helpers for the widget's end-to-end tests: locating the widget inside its shadow
 * root, an axe-core scan, and a stand-in for the speech services headless Chromium lacks.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

export const widget = (page: Page) => page.locator("#concierge-chat-host");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) over the page, open shadow roots included. */
export async function scanAccessibility(page: Page): Promise<AxeViolation[]> {
  const source = await readFile(
    createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
    "utf8",
  );
  await page.addScriptTag({ content: source });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: unknown,
          ): Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  });
}

/**
 * Installs a SpeechRecognition stand-in before any page script runs. The test makes it "hear"
 * words with window.__speech.say(text); spoken replies are recorded in window.__speech.spoken.
 */
export async function installSpeechStandIn(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Handler = ((event: unknown) => void) | null;
    const state = {
      instances: [] as StandIn[],
      spoken: [] as { text: string; lang: string }[],
      languages: [] as string[],
    };
    class StandIn {
      lang = "";
      interimResults = false;
      continuous = false;
      maxAlternatives = 1;
      onresult: Handler = null;
      onerror: Handler = null;
      onend: Handler = null;
      start() {
        state.languages.push(this.lang);
        state.instances.push(this);
      }
      stop() {
        this.onend?.({});
      }
      abort() {
        this.onend?.({});
      }
    }
    const speech = {
      ...state,
      get listening() {
        return state.instances.length;
      },
      say(text: string) {
        const recognition = state.instances.at(-1);
        if (!recognition) throw new Error("nobody is listening");
        recognition.onresult?.({
          resultIndex: 0,
          results: [Object.assign([{ transcript: text }], { isFinal: true })],
        });
        recognition.onend?.({});
      },
    };
    Object.assign(window, {
      SpeechRecognition: StandIn,
      webkitSpeechRecognition: StandIn,
      __speech: speech,
    });
    window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
      state.spoken.push({ text: utterance.text, lang: utterance.lang });
    };
  });
}
