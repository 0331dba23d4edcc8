// Loaded with NODE_OPTIONS=--import by `npm run bench:load`: on SIGUSR2 the app server collects
// garbage and prints its heap, so the bench can show memory after GC without a debugger.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc");

process.on("SIGUSR2", () => {
  collectGarbage();
  const { heapUsed, rss } = process.memoryUsage();
  console.log(`bench-heap-after-gc ${heapUsed} ${rss}`);
});
