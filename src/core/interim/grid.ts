/**
 * Grid and Simpson weights for integrating a standard-deviation-1 density centred at `mean` over
 * [lo, hi], as in Jennison & Turnbull (2000), Group Sequential Methods, §19.2 (also gsDesign's gridpts):
 * 6r − 1 base points, dense (spacing 3/(2r)) within ±3 of the mean and thinning logarithmically out to
 * ±(3 + 4·ln r); the base points inside (lo, hi) plus the two ends, with midpoints added, carry the
 * Simpson weights of the intervals. J&T report errors of order 1e-6 in crossing probabilities at r = 16.
 */
export interface Grid {
  z: Float64Array;
  w: Float64Array;
}

/** Points per unit of the grid's dense core is 2r/3; gsDesign's default r = 18 gives ≈ 210 points per look. */
export const GRID_R = 18;

/** J&T §19.2 grid over [lo, hi] (±Infinity allowed) for a density centred at `mean`; empty when the range holds no mass. */
export function integrationGrid(mean: number, lo: number, hi: number, r: number = GRID_R): Grid {
  const base: number[] = [];
  for (let i = 1; i < 6 * r; i++) {
    if (i < r) base.push(mean - 3 - 4 * Math.log(r / i));
    else if (i <= 5 * r) base.push(mean - 3 + (3 * (i - r)) / (2 * r));
    else base.push(mean + 3 + 4 * Math.log(r / (6 * r - i)));
  }
  const from = Math.max(lo, base[0]);
  const to = Math.min(hi, base[base.length - 1]);
  if (!(from < to)) return { z: new Float64Array(0), w: new Float64Array(0) };
  const odd = [from, ...base.filter((x) => x > from && x < to), to];
  const m = odd.length;
  const z = new Float64Array(2 * m - 1);
  const w = new Float64Array(2 * m - 1);
  for (let j = 0; j < m; j++) z[2 * j] = odd[j];
  for (let j = 0; j + 1 < m; j++) {
    const d = odd[j + 1] - odd[j];
    z[2 * j + 1] = (odd[j] + odd[j + 1]) / 2;
    w[2 * j] += d / 6;
    w[2 * j + 1] += (4 * d) / 6;
    w[2 * j + 2] += d / 6;
  }
  return { z, w };
}
