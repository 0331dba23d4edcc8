import { intentModel } from "../../app/assistant/nlu/intent-model";

/**
 * Trains the intent model once before any test file starts (a cold cache costs ~11 s of CPU, more
 * on a busy machine), under the hook timeout rather than inside some test's 30 s. Every worker and
 * every app the tests start then loads it from node_modules/.cache in milliseconds.
 */
export default function warmIntentModel(): void {
  intentModel();
}
