export { installShop } from "./install-shop";
export { handleWebhookOnce } from "./record-webhook";
export { uninstallShop } from "./uninstall-shop";
