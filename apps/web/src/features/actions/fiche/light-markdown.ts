/**
 * Light Markdown of log entries, parsed into a small tree that React renders as elements (never as
 * HTML): paragraphs, bullet and numbered lists, **bold**, *italic*, and http(s) links.
 */
export type Inline = { kind: 'text' | 'bold' | 'italic'; text: string } | { kind: 'link'; text: string; href: string };
export type Block = { kind: 'paragraph'; lines: Inline[][] } | { kind: 'list'; ordered: boolean; items: Inline[][] };

const inlinePattern = /\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g;

export function parseInline(line: string): Inline[] {
  const result: Inline[] = [];
  let last = 0;
  for (const match of line.matchAll(inlinePattern)) {
    const index = match.index ?? 0;
    if (index > last) result.push({ kind: 'text', text: line.slice(last, index) });
    if (match[1] !== undefined) result.push({ kind: 'bold', text: match[1] });
    else if (match[2] !== undefined) result.push({ kind: 'italic', text: match[2] });
    else if (match[3] !== undefined && match[4] !== undefined) result.push({ kind: 'link', text: match[3], href: match[4] });
    else if (match[5] !== undefined) result.push({ kind: 'link', text: match[5], href: match[5] });
    last = index + match[0].length;
  }
  if (last < line.length) result.push({ kind: 'text', text: line.slice(last) });
  return result;
}

const bullet = /^\s*[-*+]\s+(.*)$/;
const numbered = /^\s*\d+[.)]\s+(.*)$/;

export function parseLightMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    let current: Block | null = null;
    for (const line of lines) {
      const b = bullet.exec(line);
      const n = b ? null : numbered.exec(line);
      const item = b?.[1] ?? n?.[1];
      if (item !== undefined) {
        const ordered = n !== null;
        if (!current || current.kind !== 'list' || current.ordered !== ordered) {
          current = { kind: 'list', ordered, items: [] };
          blocks.push(current);
        }
        current.items.push(parseInline(item));
      } else {
        if (!current || current.kind !== 'paragraph') {
          current = { kind: 'paragraph', lines: [] };
          blocks.push(current);
        }
        current.lines.push(parseInline(line.trim()));
      }
    }
  }
  return blocks;
}
