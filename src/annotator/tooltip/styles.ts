/**
 * CSS inside the tooltip's shadow root (the page's CSS cannot reach it, and it cannot reach the page).
 * Theme: `data-theme` on the host is light, dark, or auto (follows prefers-color-scheme). Badge text
 * keeps at least 4.5:1 on its badge in both themes.
 */
/** Set by host.ts on the card's parent: the height the viewport leaves for the tooltip. */
export const MAX_HEIGHT_VAR = '--sp-max-h';

export const TOOLTIP_CSS = `
/* !important everywhere on :host: the page's rules on the host element (e.g. "* { all: unset }",
   "[role=tooltip] { display: none !important }") lose to important declarations of the shadow tree. */
:host{all:initial;position:fixed !important;top:0 !important;left:0 !important;
  z-index:2147483647 !important;display:block !important;opacity:1 !important;visibility:visible !important;
  margin:0 !important;padding:0 !important;border:0 !important;pointer-events:auto !important;
  width:max-content !important;max-width:min(380px,calc(100vw - 16px)) !important;
  --bg:#ffffff;--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--link:#0550ae;
  --s-supports-bg:#dafbe1;--s-supports-fg:#116329;--s-opposes-bg:#ffebe9;--s-opposes-fg:#a40e26;
  --s-conditional-bg:#fff8c5;--s-conditional-fg:#7d4e00;--s-mixed-bg:#fbefff;--s-mixed-fg:#6e40c9;
  --s-unclear-bg:#eaeef2;--s-unclear-fg:#424a53;
  font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg)}
:host([hidden]){display:none !important}
:host([data-theme="dark"]){--bg:#161b22;--fg:#e6edf3;--muted:#9da7b3;--line:#30363d;--link:#79c0ff;
  --s-supports-bg:#0f3d1f;--s-supports-fg:#7ee2a0;--s-opposes-bg:#4c1219;--s-opposes-fg:#ffaba8;
  --s-conditional-bg:#3d2e00;--s-conditional-fg:#f2cc60;--s-mixed-bg:#2f1b4e;--s-mixed-fg:#d2a8ff;
  --s-unclear-bg:#2d333b;--s-unclear-fg:#c9d1d9}
@media (prefers-color-scheme: dark){:host([data-theme="auto"]){--bg:#161b22;--fg:#e6edf3;--muted:#9da7b3;--line:#30363d;--link:#79c0ff;
  --s-supports-bg:#0f3d1f;--s-supports-fg:#7ee2a0;--s-opposes-bg:#4c1219;--s-opposes-fg:#ffaba8;
  --s-conditional-bg:#3d2e00;--s-conditional-fg:#f2cc60;--s-mixed-bg:#2f1b4e;--s-mixed-fg:#d2a8ff;
  --s-unclear-bg:#2d333b;--s-unclear-fg:#c9d1d9}}
.card{box-sizing:border-box;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-align:left;background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:8px;
  padding:10px 12px;box-shadow:0 8px 24px rgba(0,0,0,.18);max-height:min(70vh,520px,var(--sp-max-h,100vh));overflow:auto;overscroll-behavior:contain;
  animation:sp-in .12s ease-out}
@keyframes sp-in{from{opacity:0;transform:translateY(2px)}to{opacity:1;transform:none}}
@media (prefers-reduced-motion: reduce){.card{animation:none}}
.head{display:flex;align-items:baseline;gap:8px}
.kind{font-size:11px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
h2{font-size:15px;margin:0;flex:1}
h3{font-size:12px;margin:8px 0 4px;color:var(--muted);font-weight:600}
p{margin:4px 0}
.what{margin-top:2px}
.represents,.meta{color:var(--muted)}
ul{margin:0;padding:0;list-style:none}
.rows li,.points li{padding:4px 0;border-top:1px solid var(--line)}
.row-head{display:flex;align-items:center;gap:6px;flex-wrap:wrap}
.date{color:var(--muted);font-size:12px}
.summary,.change{font-size:13px}
.change>div{margin-top:2px}
.badge{display:inline-block;border-radius:10px;padding:0 7px;font-size:12px;font-weight:600;line-height:18px}
.badge-supports{background:var(--s-supports-bg);color:var(--s-supports-fg)}
.badge-opposes{background:var(--s-opposes-bg);color:var(--s-opposes-fg)}
.badge-conditional{background:var(--s-conditional-bg);color:var(--s-conditional-fg)}
.badge-mixed{background:var(--s-mixed-bg);color:var(--s-mixed-fg)}
.badge-unclear{background:var(--s-unclear-bg);color:var(--s-unclear-fg)}
.sources{color:var(--muted);font-size:12px}
a,.link{color:var(--link)}
.link{background:none;border:0;padding:0;font:inherit;cursor:pointer;text-decoration:underline}
.close{background:none;border:0;font-size:18px;line-height:1;color:var(--muted);cursor:pointer;padding:0 2px}
.foot{display:flex;justify-content:space-between;gap:8px;flex-wrap:wrap;margin-top:8px;padding-top:6px;
  border-top:1px solid var(--line);font-size:12px;color:var(--muted);
  position:sticky;bottom:-10px;padding-bottom:10px;margin-bottom:-10px;background:var(--bg)}
a:focus-visible,button:focus-visible{outline:2px solid var(--link);outline-offset:1px}
`;
