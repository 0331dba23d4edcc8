/**
 * Reduces a merchant's answer to the safe Markdown subset the widget renders: paragraphs, **bold**,
 * *italic*, "- " lists and [links](https://…). Raw HTML is removed (its text kept), and links to
 * anything but http(s) or mailto lose their target, so nothing a merchant pastes can run script.
 */
export function sanitiseAnswer(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, "\n")
    .replace(/<\s*(script|style|iframe|object)[^>]*>[\s\S]*?<\s*\/\s*\1\s*>/gi, "")
    .replace(/<\/?[a-z][^>]*>/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/[<>]/g, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(
      /\[([^\]]*)\]\(\s*((?:[^()\s]|\([^()]*\))*)[^)]*\)/g,
      (_match, label: string, target: string) =>
        /^(https?:\/\/|mailto:)/i.test(target) ? `[${label}](${target})` : label,
    )
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
