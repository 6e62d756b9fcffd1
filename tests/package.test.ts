/** The built package, imported by its name as a user would. */
import { describe, expect, it } from 'vitest';

describe('import "stances"', () => {
  it('exports extractStances, createExtractor, splitSentences, StanceError and STANCE_KINDS', async () => {
    const pkg = await import('stances');
    expect(typeof pkg.extractStances).toBe('function');
    expect(typeof pkg.createExtractor).toBe('function');
    expect(typeof pkg.splitSentences).toBe('function');
    expect(pkg.STANCE_KINDS).toContain('reaffirm');
    expect(new pkg.StanceError('INVALID_TEXT', 'x', 'y', 1)).toBeInstanceOf(Error);
    const [s] = pkg.extractStances('The ROK has acknowledged the concerns.');
    expect(s).toMatchObject({ holder: 'ROK', kind: 'acknowledge', sentenceIndex: 0 });
  });
});
