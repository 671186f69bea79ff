#!/usr/bin/env node
/**
 * Draws Standpoint's icon (a marker standing on a baseline, i.e. "where someone stands")
 * as SVG and renders it to the PNG sizes both stores ask for: 16, 32, 48, 96, 128.
 * The PNGs are committed; rerun with `node scripts/make-icons.mjs` after changing the drawing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'public', 'icons');

// 128-unit canvas. Small sizes drop the baseline ticks so the marker stays legible at 16 px.
function svg(size) {
  const detail = size >= 32;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#1d3557"/>
  <path d="M64 22c-17.7 0-32 14.1-32 31.6 0 22.4 26.2 45.3 29.4 48a4 4 0 0 0 5.2 0C69.8 98.9 96 76 96 53.6 96 36.1 81.7 22 64 22z" fill="#f1faee"/>
  <circle cx="64" cy="54" r="13" fill="#ffb703"/>
  ${detail ? '<rect x="26" y="108" width="76" height="6" rx="3" fill="#a8dadc"/>' : ''}
</svg>`;
}

mkdirSync(outDir, { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  const png = new Resvg(svg(size), { fitTo: { mode: 'width', value: size } }).render().asPng();
  const file = path.join(outDir, `icon-${size}.png`);
  writeFileSync(file, png);
  console.log(`wrote ${path.relative(root, file)} (${png.length} bytes)`);
}
