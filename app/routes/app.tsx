import type { HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Link, Outlet, useLoaderData, useRouteError } from "@remix-run/react";
import { NavMenu } from "@shopify/app-bridge-react";
import polarisStyles from "@shopify/polaris/build/esm/styles.css?url";
import polarisEnglish from "@shopify/polaris/locales/en.json";
import polarisChinese from "@shopify/polaris/locales/zh-CN.json";
import { AppProvider } from "@shopify/shopify-app-remix/react";
import { boundary } from "@shopify/shopify-app-remix/server";
import { useMemo } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { env } from "~/env.server";
import { adminLanguageFor, createAdminI18n } from "~/i18n";
import { authenticate } from "~/shopify.server";

export const links = () => [{ rel: "stylesheet", href: polarisStyles }];

export async function loader({ request }: LoaderFunctionArgs) {
  await authenticate.admin(request);
  return {
    apiKey: env.SHOPIFY_API_KEY,
    appBridgeUrl: env.APP_BRIDGE_URL ?? null,
    language: adminLanguageFor(new URL(request.url).searchParams.get("locale")),
  };
}

function Navigation() {
  const { t } = useTranslation();
  return (
    <NavMenu>
      <Link to="/app" rel="home">
        {t("nav.home")}
      </Link>
      <Link to="/app/faq">{t("nav.faq")}</Link>
      <Link to="/app/conversations">{t("nav.conversations")}</Link>
      <Link to="/app/analytics">{t("nav.analytics")}</Link>
      <Link to="/app/settings">{t("nav.settings")}</Link>
      <Link to="/app/audit">{t("nav.audit")}</Link>
    </NavMenu>
  );
}

export default function App() {
  const { apiKey, appBridgeUrl, language } = useLoaderData<typeof loader>();
  const i18n = useMemo(() => createAdminI18n(language), [language]);
  return (
    <AppProvider
      isEmbeddedApp
      apiKey={apiKey}
      i18n={language === "zh-CN" ? polarisChinese : polarisEnglish}
      {...(appBridgeUrl ? { __APP_BRIDGE_URL: appBridgeUrl } : {})}
    >
      <I18nextProvider i18n={i18n}>
        <Navigation />
        <Outlet />
      </I18nextProvider>
    </AppProvider>
  );
}

// Shopify needs Remix to catch some thrown responses so that their headers reach the browser.
export function ErrorBoundary() {
  return boundary.error(useRouteError());
}

export const headers: HeadersFunction = (headersArgs) => boundary.headers(headersArgs);
