/**
 * Shaping stances for people and programs: flat records, NDJSON, CSV (RFC
 * 4180, safe to open in a spreadsheet), Markdown, an aligned text table, and a
 * summary per holder. Pure functions, apart from the extraction itself.
 */
import type { Stance } from '../types.js';

/** One stance as a flat record, naming its document. */
export interface StanceRecord {
  readonly doc: string;
  readonly sentenceIndex: number;
  readonly holder: string;
  readonly kind: string;
  readonly kinds: string;
  readonly topics: string;
  readonly source: string;
  readonly cue: string;
  readonly cueStart: number;
  readonly cueEnd: number;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  readonly because: string;
  readonly sentence: string;
  /** The speaker's fullest naming ("Foreign Minister Wang Yi"), '' when none; its mention at speakerStart..speakerEnd (null, an empty cell, when none). */
  readonly speaker: string;
  readonly speakerTitle: string;
  readonly speakerStart: number | null;
  readonly speakerEnd: number | null;
  readonly target: string;
  readonly content: string;
  readonly contentStart: number | null;
  readonly contentEnd: number | null;
  /** 'direct', 'indirect', 'mixed' or ''. */
  readonly quote: string;
  readonly negated: boolean;
}

export const RECORD_FIELDS: readonly (keyof StanceRecord)[] = [
  'doc',
  'sentenceIndex',
  'holder',
  'kind',
  'kinds',
  'topics',
  'source',
  'cue',
  'cueStart',
  'cueEnd',
  'start',
  'end',
  'confidence',
  'because',
  'sentence',
  // (appended after the first fields, so that consumers of the older columns keep working)
  'speaker',
  'speakerTitle',
  'speakerStart',
  'speakerEnd',
  'target',
  'content',
  'contentStart',
  'contentEnd',
  'quote',
  'negated',
];

export function toRecord(doc: string, s: Stance): StanceRecord {
  return {
    doc,
    sentenceIndex: s.sentenceIndex,
    holder: s.holder,
    kind: s.kind,
    kinds: s.kinds.join('+'),
    topics: s.topics.join('; '),
    source: s.source ?? '',
    cue: s.cue.text,
    cueStart: s.cue.span.start,
    cueEnd: s.cue.span.end,
    start: s.span.start,
    end: s.span.end,
    confidence: s.confidence,
    because: s.because.join(' '),
    sentence: s.sentence,
    speaker: s.speaker?.text ?? '',
    speakerTitle: s.speaker?.title ?? '',
    speakerStart: s.speaker?.span.start ?? null,
    speakerEnd: s.speaker?.span.end ?? null,
    target: s.target ?? '',
    content: s.content?.text ?? '',
    contentStart: s.content?.span.start ?? null,
    contentEnd: s.content?.span.end ?? null,
    quote: s.quote ?? '',
    negated: s.negated,
  };
}

/** One JSON line: the whole stance with its document. */
export function ndjsonLine(doc: string, s: Stance): string {
  return `${JSON.stringify({ doc, ...s })}\n`;
}

/** A CSV cell (RFC 4180), with a leading =, +, -, @, tab or CR escaped so that spreadsheets do not run it. */
export function csvCell(value: string | number | boolean | null): string {
  let v = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function csvHeader(): string {
  return `${RECORD_FIELDS.join(',')}\r\n`;
}

export function csvRow(r: StanceRecord): string {
  return `${RECORD_FIELDS.map((f) => csvCell(r[f])).join(',')}\r\n`;
}

const MD_FIELDS: readonly (keyof StanceRecord)[] = [
  'doc',
  'sentenceIndex',
  'holder',
  'kinds',
  'topics',
  'source',
  'cue',
  'sentence',
  'speaker',
  'target',
  'content',
  'quote',
  'negated',
];

function mdCell(v: string | number | boolean | null): string {
  return (v === null ? '' : String(v)).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function markdownHeader(): string {
  return `| ${MD_FIELDS.join(' | ')} |\n|${MD_FIELDS.map(() => ' --- ').join('|')}|\n`;
}

export function markdownRow(r: StanceRecord): string {
  return `| ${MD_FIELDS.map((f) => mdCell(r[f])).join(' | ')} |\n`;
}

const TABLE_FIELDS: readonly [keyof StanceRecord, string, number][] = [
  ['doc', 'doc', 28],
  ['sentenceIndex', '#', 4],
  ['holder', 'holder', 14],
  ['kinds', 'kind', 20],
  ['topics', 'topics', 26],
  ['source', 'source', 22],
  ['speaker', 'speaker', 24],
  ['target', 'target', 10],
  ['cue', 'cue', 28],
];

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A fixed-width text table row (the header with `header: true`). */
export function tableRow(r: StanceRecord | null): string {
  const cells = TABLE_FIELDS.map(([f, title, w]) =>
    cut(r === null ? title : f === 'sentenceIndex' ? String(r[f] + 1) : String(r[f]) || '-', w).padEnd(w),
  );
  return `${cells.join(' ').trimEnd()}\n`;
}

/** Counts of kinds and topics per holder across many documents. */
export class Summary {
  private readonly holders = new Map<string, { stances: number; kinds: Map<string, number>; topics: Map<string, number> }>();
  /** Kinds by holder and target: who opposes whom. */
  private readonly pairs = new Map<string, Map<string, Map<string, number>>>();
  documents = 0;

  add(stances: readonly Stance[]): void {
    this.documents++;
    for (const s of stances) {
      let h = this.holders.get(s.holder);
      if (!h) {
        h = { stances: 0, kinds: new Map(), topics: new Map() };
        this.holders.set(s.holder, h);
      }
      h.stances++;
      h.kinds.set(s.kind, (h.kinds.get(s.kind) ?? 0) + 1);
      for (const t of s.topics) h.topics.set(t, (h.topics.get(t) ?? 0) + 1);
      if (s.target === null) continue;
      const byTarget = this.pairs.get(s.holder) ?? new Map<string, Map<string, number>>();
      this.pairs.set(s.holder, byTarget);
      const kinds = byTarget.get(s.target) ?? new Map<string, number>();
      byTarget.set(s.target, kinds);
      kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
    }
  }

  toJSON(): {
    documents: number;
    holders: Record<string, { stances: number; kinds: Record<string, number>; topics: Record<string, number> }>;
    /** holder -> target -> kind -> count, for the stances with a target. */
    targets: Record<string, Record<string, Record<string, number>>>;
  } {
    const sorted = (m: Map<string, number>) => Object.fromEntries([...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
    return {
      documents: this.documents,
      holders: Object.fromEntries(
        [...this.holders]
          .sort((a, b) => b[1].stances - a[1].stances)
          .map(([k, v]) => [k, { stances: v.stances, kinds: sorted(v.kinds), topics: sorted(v.topics) }]),
      ),
      targets: Object.fromEntries(
        [...this.pairs]
          .sort((a, b) => (a[0] < b[0] ? -1 : 1))
          .map(([h, byTarget]) => [
            h,
            Object.fromEntries([...byTarget].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([t, k]) => [t, sorted(k)])),
          ]),
      ),
    };
  }

  /** One small table per holder: its kinds, then its topics, with counts. */
  toText(): string {
    const j = this.toJSON();
    const out: string[] = [`${j.documents} documents\n`];
    for (const [holder, v] of Object.entries(j.holders)) {
      out.push(`\n${holder}: ${v.stances} stances\n`);
      out.push(`  kind         count\n`);
      for (const [k, n] of Object.entries(v.kinds)) out.push(`  ${k.padEnd(12)} ${n}\n`);
      if (Object.keys(v.topics).length > 0) out.push(`  topic                         count\n`);
      for (const [k, n] of Object.entries(v.topics)) out.push(`  ${cut(k, 28).padEnd(29)} ${n}\n`);
    }
    out.push(...targetTable(j.targets));
    return out.join('');
  }
}

/**
 * Who takes which stance towards whom: a row per holder, a column per target, the kinds in each cell.
 *   holder   ROK               China
 *   China    oppose 2, urge 1  -
 */
function targetTable(targets: Record<string, Record<string, Record<string, number>>>): string[] {
  const holders = Object.keys(targets);
  if (holders.length === 0) return [];
  const columns = [...new Set(holders.flatMap((h) => Object.keys(targets[h] ?? {})))].sort();
  const cell = (h: string, t: string) =>
    Object.entries(targets[h]?.[t] ?? {})
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || '-';
  const rows = [['holder \\ target', ...columns], ...holders.map((h) => [h, ...columns.map((t) => cell(h, t))])];
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return [
    '\nstances by holder and target (kinds)\n',
    ...rows.map(
      (r) =>
        `  ${r
          .map((c, i) => c.padEnd(widths[i] ?? 0))
          .join('  ')
          .trimEnd()}\n`,
    ),
  ];
}

export type OutputFormat = 'table' | 'ndjson' | 'json' | 'csv' | 'markdown';

/** What a format prints before the first document. */
export function formatHead(format: OutputFormat): string {
  return format === 'csv'
    ? csvHeader()
    : format === 'markdown'
      ? markdownHeader()
      : format === 'table'
        ? tableRow(null)
        : format === 'json'
          ? '['
          : '';
}

/** The stances of one document in a format; for JSON, its array items joined by ",\n" (the caller adds the separators). */
export function formatDoc(format: OutputFormat, doc: string, stances: readonly Stance[]): string {
  if (format === 'ndjson') return stances.map((s) => ndjsonLine(doc, s)).join('');
  if (format === 'json') return stances.map((s) => JSON.stringify({ doc, ...s })).join(',\n');
  const row = format === 'csv' ? csvRow : format === 'markdown' ? markdownRow : tableRow;
  return stances.map((s) => row(toRecord(doc, s))).join('');
}
