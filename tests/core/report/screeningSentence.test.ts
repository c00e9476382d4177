import { describe, expect, it } from 'vitest';
import { screeningSentence } from '../../../src/core/report/screeningSentence.ts';

describe('screeningSentence', () => {
  it('states patients randomised, screened and the burden per patient', () => {
    expect(screeningSentence('EDSS 6.0–6.5', 0.45, 36)).toBe(
      'To randomise 36 patients with EDSS 6.0–6.5, about 80 must be screened (2.2 screened per patient randomised, as 45% of those screened are in that group).',
    );
    expect(screeningSentence('EDSS 6.0–6.5', 0.5, 40)).toContain('about 80 must be screened'); // no rounding up from 80.0000001
  });

  it('is empty for a share outside (0, 1]', () => {
    expect(screeningSentence('x', 0, 10)).toBe('');
    expect(screeningSentence('x', 1.5, 10)).toBe('');
  });
});
