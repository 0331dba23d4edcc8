// Loaded with NODE_OPTIONS=--import by `BENCH_CPU_PROFILE=1 npm run bench:load` (NODE_OPTIONS refuses
// --cpu-prof): profiles the app server process and writes the profile when it is told to stop.
// The bench's first SIGUSR2 (heap report before the measured run) restarts the profile, so it
// shows the steady message path, not the boot, the install and the first message's index build.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";

const appServer = process.argv.some((argument) => /[/\\]server\.js$/.test(argument));

if (appServer) {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 500 });
  await session.post("Profiler.start");
  process.once("SIGUSR2", () => {
    void session.post("Profiler.stop").then(() => session.post("Profiler.start"));
  });
  const writeProfile = async () => {
    const { profile } = await session.post("Profiler.stop");
    const folder = process.env.BENCH_CPU_PROFILE_DIR ?? ".";
    writeFileSync(path.join(folder, `app-${process.pid}.cpuprofile`), JSON.stringify(profile));
  };
  // The server's own SIGTERM handler ends with process.exit: the profile is written first.
  const exit = process.exit.bind(process);
  let written = null;
  process.exit = (code) => {
    written ??= writeProfile();
    void written.finally(() => exit(code));
  };
  process.once("SIGTERM", () => {
    written ??= writeProfile();
  });
}
