/**
 * Documents from the command line's inputs: files, folders (recursively:
 * *.txt, *.md, *.html, *.htm), standard input, and with `--ndjson-in` one
 * JSON object `{ id, text }` a line. Problems are yielded as errors that name
 * the file and line, never thrown, so the rest is still read.
 */
import fs from 'node:fs';
import path from 'node:path';

export type Input =
  | { readonly kind: 'doc'; readonly id: string; readonly text: string; readonly html: boolean }
  | { readonly kind: 'error'; readonly message: string };

const EXTENSIONS = /\.(txt|md|html?)$/i;
const decoder = () => new TextDecoder('utf-8', { fatal: true });

function decode(buf: Uint8Array, where: string): Input | string {
  try {
    return decoder()
      .decode(buf)
      .replace(/^\uFEFF/, '');
  } catch {
    return { kind: 'error', message: `${where}: expected UTF-8 text, found invalid UTF-8 bytes` };
  }
}

/** Files to read, in a stable order: folders walked recursively, names sorted. */
export function expand(paths: readonly string[]): { files: string[]; errors: Input[] } {
  const files: string[] = [];
  const errors: Input[] = [];
  const walk = (p: string) => {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      errors.push({ kind: 'error', message: `${p}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) {
        const child = path.join(p, name);
        if (fs.statSync(child).isDirectory() || EXTENSIONS.test(name)) walk(child);
      }
    } else files.push(p);
  };
  for (const p of paths) {
    if (p === '-') files.push('-');
    else walk(p);
  }
  return { files, errors };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** Lines of a byte stream, as bytes (so a bad line can be named), without holding the stream in memory. */
async function* lines(stream: NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const c of stream) {
    const chunk = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    let buf = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    let nl = buf.indexOf(10);
    while (nl >= 0) {
      yield buf.subarray(0, nl);
      buf = buf.subarray(nl + 1);
      nl = buf.indexOf(10);
    }
    rest = Buffer.from(buf);
  }
  if (rest.length > 0) yield rest;
}

function docOf(id: string, text: string, where: string, forceHtml: boolean): Input {
  if (text.trim() === '') return { kind: 'error', message: `${where}: expected a document with text, found an empty document` };
  return { kind: 'doc', id, text, html: forceHtml };
}

export async function* documents(paths: readonly string[], ndjson: boolean, stdin: NodeJS.ReadableStream): AsyncGenerator<Input> {
  const { files, errors } = expand(paths.length === 0 ? ['-'] : paths);
  yield* errors;
  for (const file of files) {
    const where = file === '-' ? '<stdin>' : file;
    const stream = file === '-' ? stdin : fs.createReadStream(file);
    if (ndjson) {
      let n = 0;
      try {
        for await (const raw of lines(stream)) {
          n++;
          const at = `${where}:${n}`;
          const line = decode(raw, at);
          if (typeof line !== 'string') {
            yield line;
            continue;
          }
          if (line.trim() === '') continue;
          let obj: unknown;
          try {
            obj = JSON.parse(line);
          } catch (e) {
            yield {
              kind: 'error',
              message: `${at}: expected a JSON object { "id", "text" }, found malformed JSON (${(e as Error).message})`,
            };
            continue;
          }
          const r = obj as Record<string, unknown>;
          if (
            !r ||
            typeof r !== 'object' ||
            Array.isArray(r) ||
            typeof r.text !== 'string' ||
            (typeof r.id !== 'string' && typeof r.id !== 'number')
          ) {
            yield { kind: 'error', message: `${at}: expected a JSON object with "id" (string or number) and "text" (string)` };
            continue;
          }
          yield docOf(String(r.id), r.text, `${at} (id ${String(r.id)})`, false);
        }
      } catch (e) {
        yield { kind: 'error', message: `${where}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
      }
      continue;
    }
    let buf: Buffer;
    try {
      buf = await readAll(stream);
    } catch (e) {
      yield { kind: 'error', message: `${where}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
      continue;
    }
    const text = decode(buf, where);
    if (typeof text !== 'string') {
      yield text;
      continue;
    }
    yield docOf(file === '-' ? '-' : file, text, where, /\.html?$/i.test(file));
  }
}
