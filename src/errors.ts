/** Stable codes of {@link StanceError}. */
export type StanceErrorCode =
  | 'INVALID_TEXT'
  | 'TEXT_TOO_LONG'
  | 'INVALID_OPTIONS'
  | 'UNKNOWN_OPTION'
  | 'UNKNOWN_ACTOR'
  | 'INVALID_OFFICIAL';

/**
 * Thrown on misuse only (a wrong argument); a doubtful reading is returned as
 * data (a lower confidence), never thrown.
 */
export class StanceError extends Error {
  readonly code: StanceErrorCode;
  readonly expected: string;
  readonly found: string;

  constructor(code: StanceErrorCode, call: string, expected: string, found: unknown) {
    const shown = describe(found);
    super(`${call}: expected ${expected}, found ${shown}`);
    this.name = 'StanceError';
    this.code = code;
    this.expected = expected;
    this.found = shown;
  }
}

/** A short, safe description of any value for an error message. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === 'string') {
    const cut = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
