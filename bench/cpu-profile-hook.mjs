// Loaded with NODE_OPTIONS=--import by `BENCH_CPU_PROFILE=1 npm run bench:load` (NODE_OPTIONS refuses
// --cpu-prof): profiles the app server process and writes the profile when it is told to stop.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";

if (process.argv.some((argument) => argument.includes("@remix-run/serve"))) {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 500 });
  await session.post("Profiler.start");
  process.once("SIGTERM", async () => {
    const { profile } = await session.post("Profiler.stop");
    const folder = process.env.BENCH_CPU_PROFILE_DIR ?? ".";
    writeFileSync(path.join(folder, `app-${process.pid}.cpuprofile`), JSON.stringify(profile));
    process.exit(0);
  });
}
