/** Trend test (MCP step) against scipy, and the Mod step fits against DoseFinding 1.0.3 fitMod. */
import { maxContrastCriticalDetail } from '../../../src/core/mcpmod/critical.ts';
import { DoseResponseFit } from '../../../src/core/mcpmod/fit/doseResponseFit.ts';
import { fits } from '../../core/mcpmod/fit/fitFixtures.ts';
import { fx } from '../../core/mcpmod/fixtures.ts';
import { err, num, sci, worst, type ValidationRow } from '../kit.ts';

const S = 'Trend test (MCP-Mod)';

/** Critical values of the maximum contrast, and least-squares fits of each candidate model. */
export function mcpmodChecks(): ValidationRow[] {
  const crit = worst(fx.critical.map((r) => [maxContrastCriticalDetail(r.correlation, num(r.df), r.alpha).q, r.q] as [number, number]), 0, 2e-3);
  let fitsOk = 0;
  let fitsN = 0;
  for (const ds of fits.datasets)
    for (const ref of ds.fits) {
      const f = new DoseResponseFit(ref.model, ds.data.doses, { offset: ds.off });
      fitsN++;
      // Ours must never be a worse optimum than fitMod's (relative RSS excess ≤ 1e-9).
      const excess = f.fit(ds.data) ? f.rss / ref.rss - 1 : Infinity;
      if (excess <= 1e-9) fitsOk++;
    }
  return [
    {
      section: S,
      method: 'MCP step: critical value of the maximum contrast t',
      reference: 'scipy multivariate_t / multivariate_normal (full rank), exact angular quadrature (rank 2)',
      tolerance: '2e-3 absolute',
      result: `max ${err(crit.absErr)} over ${crit.n} critical values`,
      pass: crit.ok,
      testFile: 'tests/core/mcpmod/critical.test.ts',
    },
    {
      section: S,
      method: 'Mod step: least-squares fit of each candidate model',
      reference: 'DoseFinding 1.0.3 fitMod (type "normal")',
      tolerance: 'RSS ≤ fitMod RSS × (1 + 1e-9)',
      result: `${fitsOk} of ${fitsN} fits at or below fitMod's RSS`,
      pass: fitsOk === fitsN && fitsN > 0,
      testFile: 'tests/core/mcpmod/fit/doseResponseFit.test.ts',
    },
  ];
}
