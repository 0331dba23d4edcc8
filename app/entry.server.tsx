import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable, type EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { startBackgroundJobs } from "~/background-jobs.server";
import { env } from "~/env.server";
import { addDocumentSecurityHeaders, JSON_API_HEADERS, newScriptNonce } from "~/http.server";
import { ScriptNonce } from "~/script-nonce";
import { addDocumentResponseHeaders } from "~/shopify.server";

const streamTimeout = 5000;

startBackgroundJobs();

// For the production server entry (server.ts): health while draining, and a clean stop.
export { startDraining, stopInstance } from "~/instance.server";
// For server.ts's direct path to the chat's route module: how much of a body it reads.
export { MAX_BODY_BYTES } from "~/http.server";
// server.ts answers the chat's messages from here, without Remix.
export { directMessages } from "~/shopper-messages.server";

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  const nonce = newScriptNonce();
  addDocumentResponseHeaders(request, responseHeaders);
  addDocumentSecurityHeaders(responseHeaders, { appBridgeUrl: env.APP_BRIDGE_URL, nonce });
  const userAgent = request.headers.get("user-agent");
  const callbackName = isbot(userAgent ?? "") ? "onAllReady" : "onShellReady";

  return new Promise((resolve, reject) => {
    const { pipe, abort } = renderToPipeableStream(
      <ScriptNonce.Provider value={nonce}>
        <RemixServer context={remixContext} url={request.url} nonce={nonce} />
      </ScriptNonce.Provider>,
      {
        nonce,
        [callbackName]: () => {
          const body = new PassThrough();
          const stream = createReadableStreamFromReadable(body);
          responseHeaders.set("Content-Type", "text/html");
          resolve(new Response(stream, { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error) {
          reject(error);
        },
        onError(error) {
          responseStatusCode = 500;
          console.error(error);
        },
      },
    );
    // Let React flush rejected boundaries before the stream is aborted.
    setTimeout(abort, streamTimeout + 1000);
  });
}

/** Loader and action data of the admin is one merchant's: never cached, never sniffed. */
export function handleDataRequest(response: Response): Response {
  // A copy: some responses (redirects) come with immutable headers.
  const secured = new Response(response.body, response);
  if (!secured.headers.has("Cache-Control"))
    secured.headers.set("Cache-Control", JSON_API_HEADERS["Cache-Control"]!);
  secured.headers.set("X-Content-Type-Options", "nosniff");
  return secured;
}
