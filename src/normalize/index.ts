/**
 * Stage 1: a same-length working copy of the caller's text.
 *
 * Every later stage reads the copy, so an offset found there is an offset in
 * the original: only one-code-unit to one-code-unit replacements are made.
 */

// "China’s" -> "China's", “we” -> "we", NBSP -> space, full-width ASCII -> ASCII.
const SINGLE: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u3000': ' ',
  '\u200b': ' ', // zero-width space: a space of width zero is still a boundary
  '\ufeff': ' ',
  '\u00ad': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  '\r': '\n', // CR and CRLF line ends: "\r\n" becomes "\n\n" only where a CR stands alone
};

const NEEDS_WORK =
  /[\u2018-\u201f\u2032\u00ab\u00bb\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000\u200b\ufeff\u00ad\u2010\u2011\u2212\r\uff01-\uff5e]/;

export function normalize(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\r') {
      // "\r\n" -> " \n" keeps one line break; a lone "\r" is a line break.
      out += text[i + 1] === '\n' ? ' ' : '\n';
      continue;
    }
    const mapped = SINGLE[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const code = ch.charCodeAt(0);
    // full-width forms "，" "（" "Ａ" map one to one onto ASCII
    out += code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch;
  }
  return out;
}
