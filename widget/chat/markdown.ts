/**
 * The reply's safe Markdown subset (paragraphs, **bold**, [links](https://…), "- " and "1. "
 * lists) turned into DOM nodes. Text only ever reaches the page through text nodes, so no
 * markup in a reply (or in a shopper's echoed words) can run.
 */

// A backslash keeps the next markup character literal (CommonMark), e.g. a carrier named "[JA]".
const INLINE = /\\([\\[\]*])|\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Absolute http(s) links and same-site paths; anything else (javascript:, data:) stays text. */
export function safeHref(raw: string, base: string): string | null {
  if (raw.startsWith("//")) return null;
  try {
    const url = new URL(raw, base);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

function appendInline(parent: Node, text: string, doc: Document): void {
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) parent.appendChild(doc.createTextNode(text.slice(last, index)));
    const [whole, escaped, bold, label, href] = match;
    if (escaped !== undefined) {
      parent.appendChild(doc.createTextNode(escaped));
    } else if (bold !== undefined) {
      const strong = doc.createElement("strong");
      strong.textContent = bold;
      parent.appendChild(strong);
    } else {
      const safe =
        href === undefined
          ? null
          : safeHref(href, doc.location?.href ?? "https://invalid.example/");
      if (safe === null) {
        parent.appendChild(doc.createTextNode(label ?? whole));
      } else {
        const link = doc.createElement("a");
        link.href = safe;
        link.textContent = label ?? safe;
        if (new URL(safe).origin !== doc.location?.origin) {
          link.target = "_blank";
          link.rel = "noopener noreferrer";
        }
        parent.appendChild(link);
      }
    }
    last = index + whole.length;
  }
  if (last < text.length) parent.appendChild(doc.createTextNode(text.slice(last)));
}

const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

export function renderMarkdown(text: string, doc: Document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const block of text.replace(/\r\n?/g, "\n").split(/\n{2,}/)) {
    const lines = block.split("\n").filter((line) => line.trim() !== "");
    if (lines.length === 0) continue;
    let list: HTMLElement | null = null;
    let listTag: "ul" | "ol" | null = null;
    let paragraph: HTMLElement | null = null;
    for (const line of lines) {
      const bullet = BULLET.exec(line);
      const numbered = bullet ? null : NUMBERED.exec(line);
      const item = bullet?.[1] ?? numbered?.[1];
      if (item !== undefined) {
        const tag = bullet ? "ul" : "ol";
        if (list === null || listTag !== tag) {
          list = doc.createElement(tag);
          listTag = tag;
          fragment.appendChild(list);
        }
        const entry = doc.createElement("li");
        appendInline(entry, item, doc);
        list.appendChild(entry);
        paragraph = null;
      } else {
        list = null;
        listTag = null;
        if (paragraph) paragraph.appendChild(doc.createElement("br"));
        else {
          paragraph = doc.createElement("p");
          fragment.appendChild(paragraph);
        }
        appendInline(paragraph, line, doc);
      }
    }
  }
  return fragment;
}
