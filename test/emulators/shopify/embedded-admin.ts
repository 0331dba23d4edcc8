import { escapeHtml, htmlPage } from "./http-kit";
import { encodeHost, signAdminQuery } from "./signatures";

export interface EmbeddedLaunch {
  shop: string;
  apiKey: string;
  apiSecret: string;
  appUrl: string;
  appPath: string;
  search: URLSearchParams;
  idToken: string;
  locale: string;
}

/**
 * The URL Shopify's admin loads for an embedded app: `${appUrl}/app{appPath}` with the signed
 * launch parameters (embedded, hmac, host, id_token, locale, session, shop, timestamp).
 */
export function embeddedAppUrl(options: EmbeddedLaunch) {
  const params: Record<string, string> = {
    embedded: "1",
    host: encodeHost(options.shop),
    id_token: options.idToken,
    locale: options.locale,
    session: Buffer.from(`${options.shop}:${options.apiKey}`).toString("hex").slice(0, 64),
    shop: options.shop,
    timestamp: String(Math.floor(Date.now() / 1000)),
  };
  // Query params of the admin URL (e.g. deep links) reach the app as they do in Shopify.
  for (const [key, value] of options.search)
    if (!(key in params) && key !== "frame") params[key] = value;
  params.hmac = signAdminQuery(options.apiSecret, params);
  const url = new URL(`${options.appUrl}/app${options.appPath}`);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

/**
 * The Shopify admin chrome (title bar, left navigation) around the app in an iframe. Only for
 * apps that allow being framed by the emulator's origin: shopify-app-remix's CSP
 * (frame-ancestors https://{shop} https://admin.shopify.com) forbids it, which is why the
 * default admin route redirects top-level instead.
 */
export function renderAdminFrame(options: { shopName: string; appUrl: string }) {
  const style = `
    body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,sans-serif;background:#f1f1f1;display:grid;grid-template-rows:56px 1fr;grid-template-columns:240px 1fr;height:100vh}
    header{grid-column:1/3;background:#1a1a1a;color:#fff;display:flex;align-items:center;padding:0 16px;gap:12px}
    nav{background:#ebebeb;padding:12px;font-size:14px} nav a{display:block;padding:6px 8px;color:#303030;text-decoration:none;border-radius:6px} nav a.active{background:#fff;font-weight:600}
    main{display:flex} iframe{border:0;flex:1;background:#fff}`;
  const body = `
    <header><strong>shopify</strong><span data-testid="admin-shop-name">${escapeHtml(options.shopName)}</span></header>
    <nav aria-label="Admin navigation"><a href="#">Home</a><a href="#">Orders</a><a href="#">Products</a><a href="#">Customers</a><a class="active" href="#">Concierge</a></nav>
    <main><iframe name="app-iframe" title="Concierge" data-testid="app-iframe" src="${escapeHtml(options.appUrl)}" allow="clipboard-write; microphone"></iframe></main>`;
  return htmlPage(`${options.shopName} · Concierge · Shopify`, body, `<style>${style}</style>`);
}

/**
 * The App Bridge stand-in served at `/app-bridge.js`. It gives the app what App Bridge v4 gives
 * it: `window.shopify` (config, idToken, toast, loading), an Authorization header on same-origin
 * fetches, one retry when the server answers `X-Shopify-Retry-Invalid-Session-Request`, the
 * reauthorize redirect, the session-token bounce page (`shopify-reload`), and `<ui-nav-menu>` /
 * `<ui-title-bar>` lifted out of the page into an "emulated admin" strip.
 */
export function appBridgeScript(emulatorUrl: string) {
  return `(function () {
  "use strict";
  if (window.shopify && window.shopify.__emulated) return;
  var script = document.currentScript;
  var apiKey = (script && script.getAttribute("data-api-key")) || "";
  var tokenOrigin = ${JSON.stringify(emulatorUrl)};
  var params = new URLSearchParams(window.location.search);
  var host = params.get("host") || "";
  var shop = params.get("shop") || "";
  if (!shop && host) {
    try { shop = atob(host).split("/")[0]; } catch (e) { shop = ""; }
  }
  // Pages loaded without shop/host (e.g. after a form redirect) keep the ones seen first, as App Bridge does.
  try {
    if (shop) { sessionStorage.setItem("app-bridge-stand-in:shop", shop); sessionStorage.setItem("app-bridge-stand-in:host", host); }
    else { shop = sessionStorage.getItem("app-bridge-stand-in:shop") || ""; host = host || sessionStorage.getItem("app-bridge-stand-in:host") || ""; }
  } catch (e) { /* storage may be blocked; the URL is enough then */ }
  var locale = params.get("locale") || "en";
  var cached = null;
  function fetchToken() {
    var url = tokenOrigin + "/__session-token?shop=" + encodeURIComponent(shop) + "&apiKey=" + encodeURIComponent(apiKey);
    return originalFetch(url, { mode: "cors", credentials: "omit" })
      .then(function (response) {
        if (!response.ok) throw new Error("App Bridge stand-in could not get a session token (" + response.status + ")");
        return response.json();
      })
      .then(function (body) {
        cached = { token: body.idToken, expiresAt: Date.now() + 50000 };
        return body.idToken;
      });
  }
  function idToken() {
    if (cached && cached.expiresAt > Date.now()) return Promise.resolve(cached.token);
    return fetchToken();
  }
  var originalFetch = window.fetch.bind(window);
  function sameOrigin(input) {
    var url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    try { return new URL(url, window.location.href).origin === window.location.origin; } catch (e) { return false; }
  }
  function withToken(input, init, forceFresh) {
    if (forceFresh) cached = null;
    return idToken().then(function (token) {
      var headers = new Headers((init && init.headers) || (input instanceof Request ? input.headers : undefined));
      if (!headers.has("Authorization")) headers.set("Authorization", "Bearer " + token);
      return originalFetch(input, Object.assign({}, init || {}, { headers: headers }));
    });
  }
  window.fetch = function (input, init) {
    if (!sameOrigin(input)) return originalFetch(input, init);
    return withToken(input, init, false).then(function (response) {
      var reauthorize = response.headers.get("X-Shopify-API-Request-Failure-Reauthorize-Url");
      if (reauthorize) { window.open(reauthorize, "_top"); return response; }
      if (response.status === 401 && response.headers.get("X-Shopify-Retry-Invalid-Session-Request") === "1") {
        return withToken(input, init, true);
      }
      return response;
    });
  };
  var toastHost = null;
  function showToast(message, options) {
    if (!toastHost) {
      toastHost = document.createElement("div");
      toastHost.setAttribute("role", "status");
      toastHost.setAttribute("data-testid", "app-bridge-toast");
      toastHost.style.cssText = "position:fixed;bottom:24px;left:50%;transform:translateX(-50%);background:#1a1a1a;color:#fff;padding:10px 16px;border-radius:8px;font:14px sans-serif;z-index:2147483647";
      document.body.appendChild(toastHost);
    }
    toastHost.textContent = String(message);
    toastHost.setAttribute("data-error", options && options.isError ? "true" : "false");
    toastHost.hidden = false;
    var duration = (options && options.duration) || 5000;
    setTimeout(function () { if (toastHost) toastHost.hidden = true; }, duration);
    return "toast-" + Date.now();
  }
  var loadingState = false;
  window.shopify = {
    __emulated: true,
    config: { apiKey: apiKey, shop: shop, host: host, locale: locale },
    environment: { embedded: true, mobile: false, pos: false },
    idToken: idToken,
    toast: { show: showToast, hide: function () { if (toastHost) toastHost.hidden = true; } },
    loading: function (isLoading) { if (typeof isLoading === "boolean") loadingState = isLoading; return loadingState; },
    user: function () { return Promise.resolve({ accountAccess: "Account owner" }); }
  };
  // <ui-nav-menu> and <ui-title-bar> belong to the admin, not the page: hide them in place and
  // mirror them in a strip marked as emulated admin. Clicks go back through the original elements
  // (shopify:navigate on the link, click() on the button), as App Bridge does.
  var strip = null;
  // The page is React's until it has hydrated: a node added to <body> before then is a hydration
  // mismatch (React error #418). Real App Bridge draws its nav outside the page, so nothing is lost
  // by waiting until React has claimed the last server-rendered node.
  var hydrated = false;
  function whenHydrated(callback) {
    var started = Date.now();
    (function check() {
      var loaded = document.readyState !== "loading";
      var last = document.body && document.body.lastElementChild;
      var claimed = last && Object.keys(last).some(function (key) { return key.indexOf("__reactFiber$") === 0; });
      var remixPage = typeof window.__remixContext !== "undefined";
      if ((loaded && (!remixPage || claimed)) || Date.now() - started > 5000) {
        hydrated = true;
        setTimeout(callback, 0);
        return;
      }
      setTimeout(check, 50);
    })();
  }
  function renderStrip() {
    if (!document.body || !hydrated) return;
    var menus = document.querySelectorAll("ui-nav-menu");
    var bars = document.querySelectorAll("ui-title-bar");
    if (!menus.length && !bars.length) { if (strip) strip.hidden = true; return; }
    if (!strip) {
      strip = document.createElement("div");
      strip.setAttribute("data-emulated-admin", "true");
      strip.setAttribute("data-testid", "emulated-admin-nav");
      strip.style.cssText = "position:fixed;top:0;left:0;right:0;z-index:2147483646;display:flex;gap:12px;align-items:center;padding:6px 12px;background:#1a1a1a;color:#fff;font:13px sans-serif";
      document.body.appendChild(strip);
      document.body.style.paddingTop = "40px";
    }
    strip.hidden = false;
    strip.textContent = "";
    var badge = document.createElement("strong");
    badge.textContent = "Admin (emulated)";
    strip.appendChild(badge);
    Array.prototype.forEach.call(menus, function (menu) {
      var nav = document.createElement("nav");
      nav.setAttribute("aria-label", "App navigation");
      nav.style.cssText = "display:flex;gap:8px";
      Array.prototype.forEach.call(menu.querySelectorAll("a"), function (link) {
        var copy = document.createElement("a");
        copy.href = link.getAttribute("href") || "#";
        copy.textContent = link.textContent;
        copy.style.color = "#fff";
        copy.addEventListener("click", function (event) {
          event.preventDefault();
          link.dispatchEvent(new CustomEvent("shopify:navigate", { bubbles: true }));
        });
        nav.appendChild(copy);
      });
      strip.appendChild(nav);
    });
    Array.prototype.forEach.call(bars, function (bar) {
      var title = document.createElement("span");
      title.setAttribute("data-testid", "emulated-title-bar");
      title.textContent = bar.getAttribute("title") || "";
      title.style.marginLeft = "auto";
      strip.appendChild(title);
      Array.prototype.forEach.call(bar.querySelectorAll("button"), function (button) {
        var copy = document.createElement("button");
        copy.type = "button";
        copy.textContent = button.textContent;
        copy.disabled = button.disabled;
        copy.addEventListener("click", function () { button.click(); });
        strip.appendChild(copy);
      });
    });
  }
  var observer = typeof MutationObserver === "function" ? new MutationObserver(function () { renderStrip(); }) : null;
  function defineAdminElement(name) {
    if (!window.customElements || window.customElements.get(name)) return;
    window.customElements.define(name, class extends HTMLElement {
      connectedCallback() {
        this.style.display = "none";
        if (observer) observer.observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
        renderStrip();
      }
      disconnectedCallback() { renderStrip(); }
    });
  }
  defineAdminElement("ui-nav-menu");
  defineAdminElement("ui-title-bar");
  whenHydrated(renderStrip);
  var reload = params.get("shopify-reload");
  if (reload) {
    idToken().then(function (token) {
      var target = new URL(reload, window.location.href);
      target.searchParams.set("id_token", token);
      window.location.replace(target.toString());
    });
  }
})();
`;
}
