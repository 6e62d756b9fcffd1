/** A literal string as a regular-expression source: "U.S." -> "U\.S\.". */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
