/**
 * The body of a Pilotis e-mail, from plain paragraphs: a text version (read by every client and
 * by screen readers) and a simple HTML one carrying the same words. Every value is escaped, so
 * user texts (plan names, fiche titles) never become markup.
 */
export interface EmailBody {
  greeting?: string;
  paragraphs: string[];
  link?: { href: string; label: string };
  /** Why the recipient gets this e-mail, shown small at the end. */
  footer?: string;
}

const FOOTER_RULE = '—';

export function composeEmail({ greeting = 'Bonjour,', paragraphs, link, footer }: EmailBody) {
  const textParts = [greeting, ...paragraphs];
  if (link) textParts.push(`${link.label} : ${link.href}`);
  textParts.push('Pilotis');
  if (footer) textParts.push(`${FOOTER_RULE}\n${footer}`);

  const html = [
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"></head>',
    '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; color: #1a1b1e;">',
    `<p>${escapeHtml(greeting)}</p>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`),
    link ? `<p><a href="${escapeHtml(link.href)}" style="color: #1c5fb0;">${escapeHtml(link.label)}</a></p>` : '',
    '<p>Pilotis</p>',
    footer ? `<p style="font-size: 13px; color: #495057; border-top: 1px solid #dee2e6; padding-top: 8px;">${escapeHtml(footer)}</p>` : '',
    '</body></html>',
  ].join('');
  return { text: textParts.join('\n\n') + '\n', html };
}

export function escapeHtml(value: string) {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
