import { safeCsvFormat } from '../../core/results/safeCsv.ts';
import type { TrendSummary } from '../../core/results/trendSummary.ts';

/** The Mod step per n as CSV (unrounded): TD̂'s percentiles and share, and each dose's chance of being carried forward. */
export function targetDoseCsv(rows: readonly TrendSummary[]): string {
  return safeCsvFormat(
    rows.map((t) => {
      const q = t.tdQuantiles;
      const out: Record<string, string | number> = {
        nPerArm: t.nPerArm,
        sims: t.sims,
        trueTargetDose: t.trueTargetDose ?? '',
        tdShare: q?.share ?? 0,
        tdP10: q?.p10 ?? '',
        tdP50: q?.p50 ?? '',
        tdP90: q?.p90 ?? '',
        tdEstimated: t.tdEstimated ?? '',
        tdEstimatedMcse: t.tdEstimatedMcse ?? '',
      };
      for (const d of t.tdCarry?.doses ?? []) {
        out[`carry ${d.arm}`] = d.p;
        out[`carry ${d.arm} MCSE`] = d.mcse;
      }
      out['carry none'] = t.tdCarry?.none.p ?? '';
      out['carry none MCSE'] = t.tdCarry?.none.mcse ?? '';
      return out;
    }),
  );
}

/** TD̂'s histogram at one n as CSV: each bin's edges, its trials and their share of all trials at that n. */
export function tdHistogramCsv(t: TrendSummary): string {
  const h = t.tdHistogram;
  if (!h) return '';
  const w = h.maxDose / h.counts.length;
  return safeCsvFormat(h.counts.map((c, i) => ({ nPerArm: t.nPerArm, binFrom: i * w, binTo: (i + 1) * w, trials: c, share: t.sims > 0 ? c / t.sims : '' })));
}
