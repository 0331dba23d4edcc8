import { instanceHealth } from "~/instance.server";

/**
 * `/healthz` for load balancers and orchestrators: 200 when the database, Redis and the job queue
 * answer, 503 when one does not or the instance is shutting down. Counts only, no shop data.
 */
export async function loader() {
  const health = await instanceHealth();
  return new Response(JSON.stringify(health), {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
  });
}
