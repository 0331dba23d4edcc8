import { remixHandler } from "~/http.server";
import { answerNewMessages, answerShopperMessage } from "~/shopper-messages.server";

// Production traffic to this route mostly arrives through server.ts's direct path to the same answers.
export const loader = remixHandler(answerNewMessages);

export const action = remixHandler(answerShopperMessage);
