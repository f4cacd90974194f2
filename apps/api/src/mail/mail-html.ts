import type { Locale } from '@trp/contracts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function line(text: string): string {
  if (!/^https?:\/\/\S+$/.test(text)) return escapeHtml(text);
  const href = escapeHtml(text);
  return `<a href="${href}" style="color:#1a4f8b;font-weight:bold;word-break:break-all">${href}</a>`;
}

/**
 * The HTML part of a mail, made from its plain text: one paragraph per blank-line block, a line that is only a link
 * becomes a link with readable text; large type, good contrast, no images, no tracking, `lang` set.
 */
export function mailHtml(subject: string, text: string, locale: Locale = 'en'): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block) => `<p>${block.split('\n').map(line).join('<br>')}</p>`);
  return [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:16px;background:#ffffff;color:#1b1b1b;font-family:Arial,Helvetica,sans-serif;font-size:17px;line-height:1.5">',
    '<div style="max-width:560px">',
    ...paragraphs,
    '</div></body></html>',
  ].join('\n');
}
