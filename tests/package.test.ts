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

  it('gives every stance its roles, typed', async () => {
    const pkg = await import('stances');
    const text = 'Foreign Minister Wang Yi urged the ROK to halt the drills.';
    const [s] = pkg.extractStances(text);
    const speaker: import('stances').Speaker | null | undefined = s?.speaker;
    const content: import('stances').Content | null | undefined = s?.content;
    const quote: import('stances').QuoteKind | null | undefined = s?.quote;
    expect(speaker?.text).toBe('Foreign Minister Wang Yi');
    expect(content?.text).toBe('to halt the drills');
    expect(quote).toBeNull();
    expect(s).toMatchObject({ target: 'ROK', negated: false });
  });
});

describe('import "stances/lexicon"', () => {
  it('exports compileCues, whose output "stances" takes as options.cues', async () => {
    const { compileCues } = await import('stances/lexicon');
    const { extractStances } = await import('stances');
    const cues = compileCues({ verbs: [{ lemmas: ['rebuff'], kinds: ['oppose'] }] });
    expect(extractStances('Seoul rebuffed the offer.', { cues }).map((s) => [s.holder, s.kind])).toEqual([['ROK', 'oppose']]);
  });
});
