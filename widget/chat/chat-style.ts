/**
 * The panel's styles, scoped by the loader's shadow root so neither the theme nor the widget can
 * restyle the other. Logical properties (inline-start/end) make right-to-left work unchanged.
 * Colours: text #1a1a1a and muted #4d4d4d on white or #f2f2f2 pass WCAG AA; the accent's text
 * colour is chosen by contrast in the loader.
 */
export const CHAT_CSS = `
.panel{position:fixed;bottom:84px;inset-inline-end:20px;z-index:2147483001;width:380px;max-width:calc(100vw - 40px);
height:min(640px,calc(100vh - 110px));display:flex;flex-direction:column;background:#fff;color:#1a1a1a;border-radius:14px;
box-shadow:0 12px 40px rgba(0,0,0,.3);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;overflow:hidden}
.launcher.start~.panel{inset-inline-end:auto;inset-inline-start:20px}
.panel[hidden],[hidden]{display:none!important}
.head{display:flex;align-items:center;gap:8px;padding:10px 10px 10px 16px;padding-inline:16px 8px;background:var(--accent);color:var(--on-accent)}
.head h2{flex:1;margin:0;font-size:17px;font-weight:650}
.tools{display:flex;gap:2px}
.icon-button{display:inline-grid;place-items:center;width:40px;height:40px;border:0;border-radius:8px;background:transparent;color:inherit;cursor:pointer}
.icon-button svg{width:22px;height:22px}
.icon-button.small{width:32px;height:32px}.icon-button.small svg{width:18px;height:18px}
.icon-button[aria-pressed=true]{background:rgba(127,127,127,.28)}
button:focus-visible,a:focus-visible,textarea:focus-visible,.log:focus-visible{outline:3px solid #1a1a1a;outline-offset:1px;box-shadow:0 0 0 5px #fff}
.head button:focus-visible{outline-color:var(--on-accent);box-shadow:0 0 0 5px var(--accent)}
.log{flex:1;overflow-y:auto;padding:14px 14px 4px;overscroll-behavior:contain}
.messages{margin:0;padding:0;list-style:none}
.message{display:flex;flex-direction:column;align-items:flex-start;margin-bottom:12px;max-width:100%}
.message.from-shopper{align-items:flex-end}
.author{font-size:12.5px;color:#4d4d4d;margin:0 4px 3px}
.person-badge{display:inline-block;padding:0 6px;border-radius:8px;background:#8a4b00;color:#fff;font-size:11.5px;font-weight:600}
.bubble{max-width:88%;padding:9px 13px;border-radius:14px;background:#f2f2f2;overflow-wrap:anywhere}
.from-shopper .bubble{background:var(--accent);color:var(--on-accent)}
.from-agent .bubble{background:#fff4e0;border:1px solid #d9a25a}
.pending .bubble{opacity:.75}
.bubble p{margin:0}.bubble p+p,.bubble p+ul,.bubble ul+p,.bubble p+ol,.bubble ol+p{margin-top:8px}
.bubble ul,.bubble ol{margin:4px 0;padding-inline-start:20px}.bubble ul{list-style:disc}.items,.shipments{list-style:disc}
.bubble a{color:#0a4fb8;text-decoration:underline}.from-shopper .bubble a{color:inherit}
.votes{display:flex;gap:2px;margin-top:2px;color:#4d4d4d}
.cards{display:flex;flex-direction:column;gap:8px;margin-top:8px;width:88%}
.card{border:1px solid #c9c9c9;border-radius:12px;padding:10px 12px;background:#fff}
.card-head{display:flex;justify-content:space-between;gap:8px;align-items:baseline}
.status{font-size:13px;font-weight:600;padding:1px 8px;border-radius:10px;background:#e6eefc;color:#173f8a}
.status-delivered{background:#e3f4e6;color:#1d5b2a}.status-cancelled,.status-refunded{background:#fde7e7;color:#8a1c1c}
.muted{color:#4d4d4d;font-size:13.5px}
.label{font-weight:600;font-size:13.5px}
.items,.shipments{margin:4px 0;padding-inline-start:18px}
.shipment{display:flex;flex-direction:column}
.next{margin:6px 0 0}
.card a{color:#0a4fb8}
.product{display:flex;gap:10px}
.product img,.img-placeholder{width:72px;height:72px;border-radius:8px;object-fit:cover;background:#eee;flex:none}
.product-body{display:flex;flex-direction:column;gap:3px;min-width:0}
.product-title{font-weight:600;color:#1a1a1a!important}
.primary,.secondary,.danger,.chip{min-height:40px;padding:6px 14px;border-radius:20px;font:inherit;font-weight:600;cursor:pointer}
.primary{border:0;background:var(--accent);color:var(--on-accent);align-self:flex-start}
.primary:disabled{background:#dcdcdc;color:#4d4d4d;cursor:default}
.secondary{border:1px solid #767676;background:#fff;color:#1a1a1a}
.danger{border:0;background:#b3261e;color:#fff}
.secondary.small{min-height:32px;padding:2px 10px}
.chip-row{padding:0 14px}
.chips{display:flex;flex-wrap:wrap;gap:6px;padding-bottom:6px}
.chip{border:1px solid var(--accent);background:#fff;color:#1a1a1a;font-weight:500;min-height:36px}
.typing{padding:0 18px 6px}
.dots{display:inline-flex;gap:4px;padding:10px 12px;border-radius:14px;background:#f2f2f2}
.dots i{width:7px;height:7px;border-radius:50%;background:#6b6b6b}
.sheet{margin:0 12px 8px;padding:12px;border:1px solid #c9c9c9;border-radius:12px;background:#fafafa}
.sheet p{margin:0 0 10px}
.row{display:flex;flex-wrap:wrap;gap:8px}
.star{display:inline-grid;place-items:center;width:44px;height:44px;border:1px solid #767676;border-radius:10px;background:#fff;color:#8a5a00;cursor:pointer}
.star svg{width:24px;height:24px}
.banner{display:flex;align-items:center;gap:10px;margin:0 12px 8px;padding:8px 12px;border-radius:10px;background:#fde7e7;color:#6e1212;border:1px solid #e0a3a3}
.banner span{flex:1}
.notice{margin:0 12px 8px;padding:8px 12px;border-radius:10px;background:#e8f3ea;color:#1d5b2a}
.counter{padding:0 16px;font-size:12.5px;color:#4d4d4d;text-align:end}.counter.over{color:#8a1c1c;font-weight:600}
.composer{display:flex;align-items:flex-end;gap:6px;padding:8px 10px 10px;border-top:1px solid #dedede}
.composer textarea{flex:1;resize:none;min-height:40px;max-height:140px;padding:9px 12px;border:1px solid #767676;border-radius:20px;font:inherit;color:#1a1a1a;background:#fff}
.send{display:inline-grid;place-items:center;width:42px;height:42px;border:0;border-radius:50%;background:var(--accent);color:var(--on-accent);cursor:pointer}
.send svg{width:20px;height:20px}
[dir=rtl] .send svg{transform:scaleX(-1)}
.mic{color:#1a1a1a}.mic[aria-pressed=true]{background:#fde7e7;color:#b3261e}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:640px){
.panel{inset:0;width:100%;max-width:none;height:100%;border-radius:0}
.launcher.is-open{display:none}
}
@media (prefers-reduced-motion:no-preference){
.panel:not([hidden]){animation:rise .18s ease-out}
@keyframes rise{from{opacity:0;transform:translateY(12px)}}
.dots i{animation:blink 1.2s infinite}.dots i:nth-child(2){animation-delay:.2s}.dots i:nth-child(3){animation-delay:.4s}
@keyframes blink{50%{opacity:.25}}
}
`;
