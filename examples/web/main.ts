/** The page: reads the article, asks the worker, shows every sentence by holder and a table of stances. */

import { csvHeader, csvRow, type Stance, toRecord } from 'stances';
import reference from '../../fixtures/thaad-2017-china-daily.txt?raw';
import ExtractWorker from './worker.ts?worker';

interface Reply {
  readonly id: number;
  readonly stances?: Stance[];
  readonly sentences?: { index: number; start: number; end: number; role: string }[];
  readonly ms?: number;
  readonly error?: string;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const textEl = $<HTMLTextAreaElement>('text');
const actorA = $<HTMLInputElement>('actor-a');
const actorB = $<HTMLInputElement>('actor-b');
const status = $<HTMLParagraphElement>('status');
const list = $<HTMLOListElement>('sentences');
const rows = $<HTMLTableSectionElement>('rows');
const filterHolder = $<HTMLSelectElement>('filter-holder');
const filterKind = $<HTMLSelectElement>('filter-kind');

// the worker, and with it wink's model, is started on the first extraction, not on page load
let worker: Worker | undefined;
let asked = 0;
let shown: { text: string; stances: Stance[] } = { text: '', stances: [] };

function classOf(holders: string[], a: string, b: string): string {
  if (holders.length === 0) return 'h-none';
  if (holders.length > 1) return 'h-mixed';
  return holders[0] === 'both' ? 'h-both' : holders[0] === a ? 'h-a' : holders[0] === b ? 'h-b' : 'h-mixed';
}

function tag(holder: string, a: string, b: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = `tag ${holder === 'both' ? 'h-both' : holder === a ? 'h-a' : holder === b ? 'h-b' : 'h-none'}`;
  span.textContent = holder;
  return span;
}

/** The sentence's text with its cues underlined and what the stances hold (their content) highlighted. */
function sentenceBody(text: string, start: number, end: number, stances: Stance[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  // each character's marks: 1 a cue, 2 a content
  const marks = new Uint8Array(Math.max(0, end - start));
  const paint = (span: { start: number; end: number }, bit: number) => {
    for (let i = Math.max(span.start, start); i < Math.min(span.end, end); i++) marks[i - start] = (marks[i - start] ?? 0) | bit;
  };
  for (const s of stances) {
    paint(s.cue.span, 1);
    if (s.content) paint(s.content.span, 2);
  }
  let at = 0;
  while (at < marks.length) {
    const m = marks[at] ?? 0;
    let to = at + 1;
    while (to < marks.length && marks[to] === m) to++;
    const words = text.slice(start + at, start + to);
    let node: Node = document.createTextNode(words);
    if (m & 1) {
      const u = document.createElement('u');
      u.append(node);
      node = u;
    }
    if (m & 2) {
      const mark = document.createElement('mark');
      mark.append(node);
      node = mark;
    }
    frag.append(node);
    at = to;
  }
  return frag;
}

function render(text: string, reply: Reply): void {
  const stances = reply.stances ?? [];
  shown = { text, stances };
  const [a, b] = [actorA.value.trim(), actorB.value.trim()];
  $('legend-a').textContent = a;
  $('legend-b').textContent = b;
  list.replaceChildren();
  for (const s of reply.sentences ?? []) {
    const mine = stances.filter((st) => st.sentenceIndex === s.index);
    const holders = [...new Set(mine.map((st) => st.holder))].sort();
    const li = document.createElement('li');
    li.className = classOf(holders, a, b);
    li.dataset.index = String(s.index);
    li.dataset.holders = holders.join(',');
    li.tabIndex = 0;
    for (const h of holders) li.append(tag(h, a, b));
    if (holders.length === 0) {
      const none = document.createElement('span');
      none.className = 'visually-hidden';
      none.textContent = '(no claim) ';
      li.append(none);
    }
    li.append(sentenceBody(text, s.start, s.end, mine));
    list.append(li);
  }
  const fill = (sel: HTMLSelectElement, values: string[]) => {
    const keep = sel.value;
    sel.replaceChildren(new Option('all', ''), ...values.map((v) => new Option(v, v)));
    sel.value = values.includes(keep) ? keep : '';
  };
  fill(filterHolder, [...new Set(stances.map((s) => s.holder))].sort());
  fill(filterKind, [...new Set(stances.map((s) => s.kind))].sort());
  renderRows();
  const withClaims = new Set(stances.map((s) => s.sentenceIndex)).size;
  status.className = '';
  status.textContent = `${stances.length} stances in ${withClaims} of ${reply.sentences?.length ?? 0} sentences (${Math.round(reply.ms ?? 0)} ms)`;
}

function renderRows(): void {
  rows.replaceChildren();
  for (const s of shown.stances) {
    if (filterHolder.value && s.holder !== filterHolder.value) continue;
    if (filterKind.value && s.kind !== filterKind.value) continue;
    const tr = document.createElement('tr');
    const cells = [
      String(s.sentenceIndex + 1),
      s.holder,
      s.kinds.join(' + ') + (s.negated ? ' (negated)' : ''),
      s.speaker?.text ?? '',
      s.target ?? '',
      s.topics.join(', '),
      s.source ?? '',
      s.cue.text,
    ];
    for (const v of cells) {
      const td = document.createElement('td');
      td.textContent = v;
      tr.append(td);
    }
    rows.append(tr);
  }
}

function extract(): void {
  const text = textEl.value;
  const id = ++asked;
  status.className = '';
  status.textContent = 'Extracting…';
  if (!worker) {
    worker = new ExtractWorker();
    worker.onmessage = (e: MessageEvent<Reply>) => {
      if (e.data.id !== asked) return; // an older request
      if (e.data.error) {
        status.className = 'error';
        status.textContent = e.data.error;
        return;
      }
      render(textEl.value, e.data);
    };
  }
  worker.postMessage({ id, text, actors: [actorA.value.trim(), actorB.value.trim()] });
}

function download(name: string, type: string, body: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([body], { type }));
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
}

let timer: ReturnType<typeof setTimeout> | undefined;
const soon = () => {
  clearTimeout(timer);
  timer = setTimeout(extract, 300);
};
textEl.addEventListener('input', soon);
actorA.addEventListener('change', extract);
actorB.addEventListener('change', extract);
$('extract').addEventListener('click', extract);
$('reference').addEventListener('click', () => {
  textEl.value = reference;
  extract();
});
$('permalink').addEventListener('click', async () => {
  const hash = `#a=${encodeURIComponent(actorA.value)}&b=${encodeURIComponent(actorB.value)}&text=${encodeURIComponent(textEl.value)}`;
  history.replaceState(null, '', hash);
  await navigator.clipboard?.writeText(location.href).catch(() => undefined);
  status.textContent = 'Permalink copied to the address bar (and the clipboard where allowed).';
});
filterHolder.addEventListener('change', renderRows);
filterKind.addEventListener('change', renderRows);
$('download-json').addEventListener('click', () => download('stances.json', 'application/json', JSON.stringify(shown.stances, null, 2)));
$('download-csv').addEventListener('click', () =>
  download('stances.csv', 'text/csv', csvHeader() + shown.stances.map((s) => csvRow(toRecord('web', s))).join('')),
);
textEl.addEventListener('dragover', (e) => {
  e.preventDefault();
  textEl.classList.add('drop');
});
textEl.addEventListener('dragleave', () => textEl.classList.remove('drop'));
textEl.addEventListener('drop', async (e) => {
  e.preventDefault();
  textEl.classList.remove('drop');
  const file = e.dataTransfer?.files[0];
  if (file) {
    textEl.value = await file.text();
    extract();
  }
});

// a permalink: #a=US&b=China&text=...
const params = new URLSearchParams(location.hash.slice(1));
if (params.get('a')) actorA.value = params.get('a') as string;
if (params.get('b')) actorB.value = params.get('b') as string;
if (params.get('text')) {
  textEl.value = params.get('text') as string;
  extract();
}
