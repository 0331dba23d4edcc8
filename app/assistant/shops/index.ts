export { installShop } from "./install-shop";
export { handleWebhookOnce } from "./record-webhook";
export { uninstallShop } from "./uninstall-shop";
export {
  announceForgets,
  createShopCache,
  forgetShop,
  forgetShopKnowledge,
  forgetShopSession,
  forgetShopSettings,
  offlineSessionCache,
  shopKnowledgeCache,
  shopSettingsCache,
  watchForeignWrites,
} from "./shop-cache";
