import { createHash } from "node:crypto";
import { escapeHtml } from "./http-kit";

const PALETTE = [
  "#2f5d50",
  "#3b4a6b",
  "#b5532d",
  "#6b8fa3",
  "#2b2b2b",
  "#c2a878",
  "#7a4e8c",
  "#4f7942",
];

/** A generated product picture: the same handle always draws the same colours and shape. */
export function renderProductImage(handle: string, title: string) {
  const digest = createHash("sha256").update(handle).digest();
  const background = PALETTE[(digest[0] ?? 0) % PALETTE.length] ?? "#2f5d50";
  const accent = PALETTE[(digest[1] ?? 1) % PALETTE.length] ?? "#c2a878";
  const peak = 200 + ((digest[2] ?? 0) % 200);
  const label = escapeHtml(title);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800" role="img" aria-label="${label}">
<rect width="800" height="800" fill="${background}"/>
<polygon points="0,800 ${peak},${260 + ((digest[3] ?? 0) % 120)} 800,800" fill="${accent}" opacity="0.85"/>
<circle cx="${560 + ((digest[4] ?? 0) % 120)}" cy="${180 + ((digest[5] ?? 0) % 80)}" r="70" fill="#f4efe6" opacity="0.9"/>
<text x="400" y="730" font-family="Helvetica, Arial, sans-serif" font-size="40" fill="#ffffff" text-anchor="middle">${label}</text>
</svg>`;
}
