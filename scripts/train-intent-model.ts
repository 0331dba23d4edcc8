/**
 * `npm run build` ends here: trains the intent model from the phrases in this release (10–15 s of
 * CPU) and caches it in node_modules/.cache/concierge-nlu, where the app loads it in milliseconds.
 * Without it the first chat message after a deploy whose phrases changed trains it, in each
 * worker, while the shopper waits. A cache already trained for these phrases is kept.
 */
import { intentModel } from "../app/assistant/nlu/intent-model";

const started = performance.now();
intentModel();
console.log(`Intent model ready (${((performance.now() - started) / 1000).toFixed(1)} s)`);
