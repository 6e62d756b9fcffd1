/**
 * A record's own entry for a key taken from the text: "constructor" or
 * "toString" in an article must not find Object.prototype's members.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
