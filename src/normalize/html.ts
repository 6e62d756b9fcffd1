/**
 * The text of an HTML page as a same-length string, so that every offset found
 * in it is an offset in the page: tags, comments, scripts and styles become
 * spaces, block elements become paragraph breaks, entities become their
 * character followed by fillers ("&amp;" -> "&" and four FILLER characters).
 */
import { FILLER } from '../shared/filler.js';
import { own } from '../shared/record.js';

const BLOCK =
  /^(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|pre|figure|figcaption|hr|dd|dt|dl|main|aside|nav|title)$/i;
const SKIP_CONTENT = /^(script|style|noscript|template|svg|head)$/i;

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '-',
  mdash: '-',
  lsquo: "'",
  rsquo: "'",
  ldquo: '"',
  rdquo: '"',
  hellip: '.',
  middot: '.',
  bull: '.',
  laquo: '"',
  raquo: '"',
  shy: '-',
  copy: 'c',
  reg: 'r',
};

/** Is this text clearly an HTML page or fragment (not prose that mentions a tag)? */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  if (!head.startsWith('<')) return false;
  const tags = text.slice(0, 20000).match(/<\/?(p|div|br|span|a|li|h[1-6]|body|article|section|table|script|meta)[\s>/]/gi);
  return (tags?.length ?? 0) >= 3;
}

/** The character and then fillers to the entity's length: "&amp;" -> "&" + 4 fillers, read as one "&". */
function pad(ch: string, length: number): string {
  return ch + FILLER.repeat(Math.max(0, length - ch.length));
}

/** Same-length text of an HTML string. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let i = 0;
  let skipUntil: string | null = null;
  const n = html.length;
  while (i < n) {
    const c = html[i] as string;
    if (c === '<') {
      if (html.startsWith('<!--', i)) {
        const end = html.indexOf('-->', i + 4);
        const stop = end < 0 ? n : end + 3;
        out.push(' '.repeat(stop - i));
        i = stop;
        continue;
      }
      const close = html.indexOf('>', i + 1);
      // "<!DOCTYPE html>", "<?xml ...?>", "<![CDATA[": declarations are not text
      if ((html[i + 1] === '!' || html[i + 1] === '?') && close > 0) {
        out.push(' '.repeat(close + 1 - i));
        i = close + 1;
        continue;
      }
      const m = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(html.slice(i, Math.min(n, i + 40)));
      if (close < 0 || !m) {
        // a lone "<" in the text
        out.push(skipUntil ? ' ' : c);
        i++;
        continue;
      }
      const name = (m[1] as string).toLowerCase();
      const isEnd = html[i + 1] === '/';
      const len = close + 1 - i;
      if (skipUntil) {
        if (isEnd && name === skipUntil) skipUntil = null;
        out.push(' '.repeat(len));
      } else {
        if (!isEnd && SKIP_CONTENT.test(name) && !html.slice(i, close).endsWith('/')) skipUntil = name;
        // a block element is a paragraph break: "\n\n" where the tag is long enough, "\n" otherwise
        out.push(BLOCK.test(name) ? `\n\n${' '.repeat(len - 2)}` : ' '.repeat(len));
      }
      i = close + 1;
      continue;
    }
    if (skipUntil) {
      out.push(c === '\n' ? '\n' : ' ');
      i++;
      continue;
    }
    if (c === '&') {
      const m = /^&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z]{2,8});/.exec(html.slice(i, i + 12));
      if (m) {
        const body = m[1] as string;
        let ch: string | undefined;
        if (body.startsWith('#x')) ch = safeChar(Number.parseInt(body.slice(2), 16));
        else if (body.startsWith('#')) ch = safeChar(Number.parseInt(body.slice(1), 10));
        else ch = own(NAMED, body.toLowerCase());
        if (ch !== undefined) {
          out.push(pad(ch, m[0].length));
          i += m[0].length;
          continue;
        }
      }
    }
    out.push(c);
    i++;
  }
  return out.join('');
}

/** A code point as one UTF-16 unit where it fits ("&#8217;" -> "'" after normalising), else a space. */
function safeChar(cp: number): string {
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0xffff || (cp >= 0xd800 && cp <= 0xdfff)) return ' ';
  const ch = String.fromCharCode(cp);
  return ch === '\u2019' || ch === '\u2018' ? "'" : ch === '\u201c' || ch === '\u201d' ? '"' : ch === '\u00a0' ? ' ' : ch;
}
