// Escaping for every output. Policy text is data: it never becomes markup, a link target,
// a style or a script in any format the renderer writes.

/** C0 controls other than tab and line feed, DEL, C1 controls and non-characters: no format carries them safely. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

const NEEDS_STRIP = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

export function stripControls(s: string): string {
  return NEEDS_STRIP.test(s) ? s.replace(CONTROL, '').replace(/\r\n?/g, '\n') : s;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Text for an HTML element or a quoted attribute value. */
const HTML_SPECIAL = /[&<>"'`]/;

export function escapeHtml(s: string): string {
  const clean = stripControls(s);
  return HTML_SPECIAL.test(clean) ? clean.replace(/[&<>"'`]/g, c => HTML_ESCAPES[c]) : clean;
}

/**
 * An href the renderer may emit: http(s) URLs and mailto addresses built from validated facts.
 * Anything else (javascript:, data:, vbscript:, relative paths, command: URIs) gives undefined.
 */
export function safeHref(href: string): string | undefined {
  const s = href.trim();
  if (/^mailto:/i.test(s)) {
    const address = s.slice(7);
    return /^[^\s@<>()[\]\\,;:"'`]+@[^\s@<>()[\]\\,;:"'`]+\.[^\s@<>()[\]\\,;:"'`]{2,}$/u.test(address) ? `mailto:${address}` : undefined;
  }
  try {
    const url = new URL(s);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.username || url.password) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/** A DOM id / anchor made of [A-Za-z0-9_-] only, whatever ids the policy declares. */
export function domId(id: string): string {
  // every other character becomes _<hex>_ (so «a.b» and «a_b» stay apart)
  return 'c-' + id.replace(/[^A-Za-z0-9-]/gu, ch => `_${ch.codePointAt(0)!.toString(16)}_`);
}

/**
 * Markdown text: HTML is neutralised with entities (Markdown passes raw HTML through), and the
 * punctuation that starts emphasis, links, code, tables and line-start blocks is backslash-escaped.
 */
export function escapeMarkdown(s: string): string {
  return stripControls(s)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}|~!])/g, '\\$1')
    .replace(/^(\s*)([#+=-]|\d+[.)])/gm, (_, sp: string, m: string) => `${sp}${m.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])$/, '$1\\$2')}`);
}

/** Text for XML (DOCX parts): escaped, without the characters XML 1.0 cannot hold. */
export function escapeXml(s: string): string {
  return stripControls(s).replace(/[&<>"']/g, c => HTML_ESCAPES[c]);
}
