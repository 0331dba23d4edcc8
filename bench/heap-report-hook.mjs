// Loaded with NODE_OPTIONS=--import by `npm run bench:load`: on SIGUSR2 the app server reports what
// its event loop went through since the last report (so the bench can say what a latency tail is
// made of), then collects garbage and prints its heap and array buffers, so the bench can show
// memory after GC without a debugger. Reported, per process, since the last SIGUSR2:
// - the event loop's delay (monitorEventLoopDelay, 1 ms resolution): how late a ready callback ran;
// - its utilisation (the share of the time it was running JavaScript or native work, not waiting);
// - garbage-collection pauses (count, total, longest, count over 10 ms; minor and major apart);
// - in a worker of several, the round trip of its admission messages to the primary.
import { isMainThread } from "node:worker_threads";
import {
  createHistogram,
  monitorEventLoopDelay,
  performance,
  PerformanceObserver,
} from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

const appServer =
  isMainThread && process.argv.some((argument) => /[/\\]server\.js$/.test(argument));

if (appServer) {
  setFlagsFromString("--expose-gc");
  const collectGarbage = runInNewContext("gc");

  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  let utilisationSince = performance.eventLoopUtilization();
  const emptyPauses = () => ({ count: 0, totalMs: 0, maxMs: 0, over10: 0 });
  let pauses = { minor: emptyPauses(), major: emptyPauses() };
  let periodStart = performance.now();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // The collection the bench asked for belongs to neither period.
      if (entry.startTime < periodStart) continue;
      // detail.kind: 1 = scavenge (minor); mark-compact, incremental marking and weak callbacks are major.
      const bucket = entry.detail?.kind === 1 ? pauses.minor : pauses.major;
      bucket.count += 1;
      bucket.totalMs += entry.duration;
      bucket.maxMs = Math.max(bucket.maxMs, entry.duration);
      if (entry.duration > 10) bucket.over10 += 1;
    }
  }).observe({ entryTypes: ["gc"] });

  // A worker's admissions go to the primary in "admit" messages answered by "admitted" ones
  // (app/platform/worker-cluster.ts): their round trips, measured from outside the app's code.
  // In microseconds (a histogram records integers), as the delay histogram does in nanoseconds.
  const roundTrips = createHistogram();
  if (process.send) {
    const sentAt = new Map();
    const send = process.send.bind(process);
    process.send = (message, ...rest) => {
      if (message?.type === "admit" && message.requests?.length)
        sentAt.set(message.requests[0].id, performance.now());
      return send(message, ...rest);
    };
    process.on("message", (message) => {
      const first = message?.type === "admitted" ? message.answers?.[0]?.id : undefined;
      const at = first === undefined ? undefined : sentAt.get(first);
      if (at === undefined) return;
      sentAt.delete(first);
      roundTrips.record(Math.max(1, Math.round((performance.now() - at) * 1000)));
    });
  }

  const ms = (nanoseconds) => (nanoseconds / 1e6).toFixed(1);
  const report = () => {
    const utilisation = performance.eventLoopUtilization(utilisationSince);
    const pauseText = (name, bucket) =>
      `${name} ${bucket.count} (${bucket.totalMs.toFixed(0)} ms, max ${bucket.maxMs.toFixed(1)}, >10 ms ${bucket.over10})`;
    const tripMs = (microseconds) => (microseconds / 1e3).toFixed(1);
    const admission =
      roundTrips.count === 0
        ? ""
        : `; admission round trips ${roundTrips.count}: p50 ${tripMs(roundTrips.percentile(50))} / p99 ${tripMs(roundTrips.percentile(99))} / max ${tripMs(roundTrips.max)} ms`;
    console.log(
      `bench-event-loop pid ${process.pid}: utilisation ${(utilisation.utilization * 100).toFixed(0)} %; delay p50 ${ms(delay.percentile(50))} / p99 ${ms(delay.percentile(99))} / p99.9 ${ms(delay.percentile(99.9))} / max ${ms(delay.max)} ms; GC pauses: ${pauseText("minor", pauses.minor)}, ${pauseText("major", pauses.major)}${admission}`,
    );
  };

  process.on("SIGUSR2", () => {
    report();
    collectGarbage();
    // Typed arrays (the intent model's weights, the replay guard's tables) live outside the V8 heap.
    const { heapUsed, arrayBuffers, rss } = process.memoryUsage();
    console.log(`bench-heap-after-gc ${heapUsed + arrayBuffers} ${rss}`);
    // The next period starts after the collection the bench asked for.
    periodStart = performance.now();
    delay.reset();
    roundTrips.reset();
    utilisationSince = performance.eventLoopUtilization();
    pauses = { minor: emptyPauses(), major: emptyPauses() };
  });
}
