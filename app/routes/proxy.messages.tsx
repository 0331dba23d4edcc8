import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { callOfRequest, responseOf } from "~/http.server";
import { answerNewMessages, answerShopperMessage } from "~/shopper-messages.server";

// Production traffic to this route mostly arrives through server.ts's direct path to the same answers.
export async function loader({ request }: LoaderFunctionArgs) {
  return responseOf(await answerNewMessages(callOfRequest(request)));
}

export async function action({ request }: ActionFunctionArgs) {
  return responseOf(await answerShopperMessage(callOfRequest(request)));
}
