import type { Intent } from "../types";

/**
 * Training phrases written by the team (never copied from evaluation sets). `phrases` are whole
 * messages; `cores` are verb phrases that are also combined with the language's request `prefixes`
 * ("I'd like to" + "cancel my order") so the model sees the many ways people ask for one thing.
 */
export interface TrainingSet {
  prefixes: string[];
  intents: Record<Intent, { cores: string[]; phrases: string[] }>;
}
