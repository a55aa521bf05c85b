/**
 * The journal's "light formatting" rule. A log entry is stored as plain text in a small Markdown
 * subset — paragraphs, **bold**, *italic*, `-`/`1.` lists and [links](https://…) — and the web
 * renders it with a Markdown renderer that never emits raw HTML. On the way in we also clean it,
 * so the stored text is safe for any other reader (exports, e-mails, a future renderer):
 * - HTML disappears: script/style/iframe/object/embed elements with their content, every other
 *   tag and comment (their text stays), and a `<` that would open a tag is dropped;
 * - control characters go (except line feed and tab), as do bidirectional overrides that could
 *   disguise a link; line endings become \n and runs of blank lines shrink to one;
 * - links keep only http/https destinations: `[texte](javascript:…)` becomes `texte`, reference
 *   definitions to other schemes are removed, and a bare `javascript:`/`vbscript:`/`data:` scheme
 *   loses its colon; images become their alt text (no outside request when the fiche is shown).
 */
export function sanitizeLogText(input: string): string {
  let text = input.replace(/\r\n?/g, '\n');
  // eslint-disable-next-line no-control-regex
  text = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '');
  text = stripHtml(text);
  text = text.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
  text = text.replace(/\[([^\]]*)\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))*)>?(?:\s+"[^"]*")?\s*\)/g, (_all, label: string, url: string) =>
    isWebUrl(url) ? `[${label}](${url})` : label,
  );
  text = text.replace(/^ {0,3}\[[^\]\n]+\]:[ \t]*<?(\S*?)>?(?:[ \t].*)?$/gm, (line, url: string) => (isWebUrl(url) ? line : ''));
  text = text.replace(/\b(javascript|vbscript|data)\s*:/gi, '$1 ');
  text = text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n');
  return text.trim();
}

const isWebUrl = (url: string) => /^https?:\/\/[^\s]+$/i.test(url);

function stripHtml(input: string): string {
  let text = input;
  let previous: string;
  // Repeat until stable: removing one tag must not assemble another ("<scr<script>ipt>").
  do {
    previous = text;
    text = text
      .replace(/<(script|style|iframe|object|embed|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<!--[\s\S]*?(-->|$)/g, '')
      .replace(/<\/?[a-zA-Z!?][^<>]*>/g, '');
  } while (text !== previous);
  // What is left of an unclosed tag ("<img src=x onerror=…" with no ">") must not open one later.
  return text.replace(/<(?=[a-zA-Z/!?])/g, '');
}
