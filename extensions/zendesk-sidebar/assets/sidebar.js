/*
 * Concierge ticket sidebar. Served by the app inside the page that Zendesk's signed request
 * opened; it asks ZAF for the ticket's requester and id, then the app's API (with the session
 * token the page carries) for the shopper's Shopify profile, orders and chat transcript.
 * Everything is written with textContent: nothing from a shopper or an order becomes markup.
 */
(function () {
  "use strict";

  var MESSAGES = {
    en: {
      loading: "Loading…",
      noCustomer: "No Shopify customer with this email.",
      orders: "Recent orders",
      noOrders: "No orders yet.",
      transcript: "Chat transcript",
      noTranscript: "This ticket did not come from the chat.",
      spent: "Total spent",
      ordersCount: "Orders",
      tracking: "Track",
      failed: "Concierge could not load this shopper. Reload the ticket to try again.",
      roles: { shopper: "Shopper", assistant: "Assistant", agent: "Agent", system: "System" },
    },
    de: {
      loading: "Wird geladen…",
      noCustomer: "Kein Shopify-Kunde mit dieser E-Mail.",
      orders: "Letzte Bestellungen",
      noOrders: "Noch keine Bestellungen.",
      transcript: "Chatverlauf",
      noTranscript: "Dieses Ticket kam nicht aus dem Chat.",
      spent: "Gesamtumsatz",
      ordersCount: "Bestellungen",
      tracking: "Verfolgen",
      failed: "Concierge konnte diese Person nicht laden. Laden Sie das Ticket neu.",
      roles: { shopper: "Kunde", assistant: "Assistent", agent: "Agent", system: "System" },
    },
    es: {
      loading: "Cargando…",
      noCustomer: "No hay ningún cliente de Shopify con este correo.",
      orders: "Pedidos recientes",
      noOrders: "Aún no hay pedidos.",
      transcript: "Transcripción del chat",
      noTranscript: "Este ticket no viene del chat.",
      spent: "Total gastado",
      ordersCount: "Pedidos",
      tracking: "Seguir",
      failed: "Concierge no pudo cargar a este cliente. Vuelve a cargar el ticket.",
      roles: { shopper: "Cliente", assistant: "Asistente", agent: "Agente", system: "Sistema" },
    },
    fr: {
      loading: "Chargement…",
      noCustomer: "Aucun client Shopify avec cet e-mail.",
      orders: "Commandes récentes",
      noOrders: "Aucune commande.",
      transcript: "Transcription du chat",
      noTranscript: "Ce ticket ne vient pas du chat.",
      spent: "Total dépensé",
      ordersCount: "Commandes",
      tracking: "Suivre",
      failed: "Concierge n’a pas pu charger ce client. Rechargez le ticket.",
      roles: { shopper: "Client", assistant: "Assistant", agent: "Agent", system: "Système" },
    },
    it: {
      loading: "Caricamento…",
      noCustomer: "Nessun cliente Shopify con questa email.",
      orders: "Ordini recenti",
      noOrders: "Ancora nessun ordine.",
      transcript: "Trascrizione della chat",
      noTranscript: "Questo ticket non viene dalla chat.",
      spent: "Totale speso",
      ordersCount: "Ordini",
      tracking: "Traccia",
      failed: "Concierge non è riuscito a caricare questo cliente. Ricarica il ticket.",
      roles: { shopper: "Cliente", assistant: "Assistente", agent: "Agente", system: "Sistema" },
    },
    ja: {
      loading: "読み込み中…",
      noCustomer: "このメールアドレスの Shopify 顧客はいません。",
      orders: "最近の注文",
      noOrders: "注文はまだありません。",
      transcript: "チャット履歴",
      noTranscript: "このチケットはチャットから作成されていません。",
      spent: "購入総額",
      ordersCount: "注文数",
      tracking: "追跡",
      failed: "Concierge はこの顧客を読み込めませんでした。チケットを再読み込みしてください。",
      roles: {
        shopper: "顧客",
        assistant: "アシスタント",
        agent: "エージェント",
        system: "システム",
      },
    },
    pt: {
      loading: "Carregando…",
      noCustomer: "Nenhum cliente da Shopify com este e-mail.",
      orders: "Pedidos recentes",
      noOrders: "Ainda sem pedidos.",
      transcript: "Transcrição do chat",
      noTranscript: "Este ticket não veio do chat.",
      spent: "Total gasto",
      ordersCount: "Pedidos",
      tracking: "Rastrear",
      failed: "O Concierge não conseguiu carregar este cliente. Recarregue o ticket.",
      roles: { shopper: "Cliente", assistant: "Assistente", agent: "Agente", system: "Sistema" },
    },
    "zh-CN": {
      loading: "加载中…",
      noCustomer: "没有使用此邮箱的 Shopify 顾客。",
      orders: "最近订单",
      noOrders: "暂无订单。",
      transcript: "聊天记录",
      noTranscript: "此工单并非来自聊天。",
      spent: "消费总额",
      ordersCount: "订单数",
      tracking: "追踪",
      failed: "Concierge 无法加载此顾客，请重新加载工单。",
      roles: { shopper: "顾客", assistant: "助手", agent: "客服", system: "系统" },
    },
    "zh-TW": {
      loading: "載入中…",
      noCustomer: "沒有使用此電子郵件的 Shopify 顧客。",
      orders: "最近訂單",
      noOrders: "尚無訂單。",
      transcript: "聊天紀錄",
      noTranscript: "此工單並非來自聊天。",
      spent: "消費總額",
      ordersCount: "訂單數",
      tracking: "追蹤",
      failed: "Concierge 無法載入此顧客，請重新載入工單。",
      roles: { shopper: "顧客", assistant: "助理", agent: "客服", system: "系統" },
    },
  };

  function pickMessages(locale) {
    var tag = String(locale || "en");
    if (MESSAGES[tag]) return MESSAGES[tag];
    if (/^zh-(tw|hk|hant)/i.test(tag)) return MESSAGES["zh-TW"];
    if (/^zh/i.test(tag)) return MESSAGES["zh-CN"];
    return MESSAGES[tag.slice(0, 2).toLowerCase()] || MESSAGES.en;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function safeLink(url, text) {
    // Only http(s) links: a javascript: URL from an order must never become clickable.
    if (!/^https?:\/\//i.test(String(url || ""))) return element("span", null, text);
    var link = element("a", null, text);
    link.href = url;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    return link;
  }

  function money(amount, currency, locale) {
    try {
      return new Intl.NumberFormat(locale, { style: "currency", currency: currency }).format(
        amount,
      );
    } catch (error) {
      return amount + " " + currency;
    }
  }

  function render(root, view, t, locale) {
    root.textContent = "";
    if (view.customer) {
      var profile = element("section", "profile");
      profile.appendChild(safeLink(view.customer.adminUrl, view.customer.name));
      profile.appendChild(
        element(
          "p",
          "muted",
          [view.customer.email, view.customer.phone].filter(Boolean).join(" · "),
        ),
      );
      if (view.customer.tags.length)
        profile.appendChild(element("p", "tags", view.customer.tags.join(", ")));
      profile.appendChild(
        element(
          "p",
          null,
          t.ordersCount +
            ": " +
            view.customer.ordersCount +
            " · " +
            t.spent +
            ": " +
            money(view.customer.totalSpent.amount, view.customer.totalSpent.currencyCode, locale),
        ),
      );
      root.appendChild(profile);
    } else {
      root.appendChild(element("p", "muted", t.noCustomer));
    }

    var orders = element("section", "orders");
    orders.appendChild(element("h2", null, t.orders));
    if (!view.orders.length) orders.appendChild(element("p", "muted", t.noOrders));
    view.orders.forEach(function (order) {
      var row = element("div", "order");
      row.appendChild(safeLink(order.adminUrl, order.name));
      row.appendChild(
        element(
          "span",
          "status",
          [order.fulfillmentStatus, order.financialStatus].filter(Boolean).join(" · "),
        ),
      );
      order.tracking.forEach(function (tracking) {
        row.appendChild(
          safeLink(
            tracking.url,
            t.tracking + " " + [tracking.company, tracking.number].filter(Boolean).join(" "),
          ),
        );
      });
      orders.appendChild(row);
    });
    root.appendChild(orders);

    var transcript = element("section", "transcript");
    transcript.appendChild(element("h2", null, t.transcript));
    if (!view.transcript) transcript.appendChild(element("p", "muted", t.noTranscript));
    (view.transcript || []).forEach(function (line) {
      var row = element("p", "line " + line.role);
      row.appendChild(element("strong", null, (t.roles[line.role] || line.role) + ": "));
      row.appendChild(document.createTextNode(line.text));
      transcript.appendChild(row);
    });
    root.appendChild(transcript);
  }

  var config = JSON.parse(document.getElementById("concierge-sidebar-config").textContent);
  var root = document.getElementById("concierge-sidebar");
  var client = window.ZAFClient ? window.ZAFClient.init() : null;
  if (!client) return;
  client.invoke("resize", { width: "100%", height: "420px" });

  // The installation's "store_label" setting (manifest parameter) names the store for agents.
  client.metadata().then(function (metadata) {
    var label = metadata && metadata.settings && metadata.settings.store_label;
    if (label) document.body.insertBefore(element("p", "muted", label), root);
  });

  client.get(["ticket.requester.email", "ticket.id", "currentUser.locale"]).then(function (data) {
    var locale = data["currentUser.locale"] || "en";
    var t = pickMessages(locale);
    root.textContent = t.loading;
    var query = new URLSearchParams({
      email: data["ticket.requester.email"] || "",
      ticketId: String(data["ticket.id"] || ""),
    });
    return fetch(config.apiUrl + "?" + query.toString(), {
      headers: { Authorization: "Bearer " + config.sessionToken },
    })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(function (view) {
        render(root, view, t, locale);
      })
      .catch(function () {
        root.textContent = t.failed;
      });
  });
})();
