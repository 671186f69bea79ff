/** scripts/bench/in-page.js is a classic script: loading it puts the baselines on `window.__bench`. */
export {};
