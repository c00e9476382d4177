/** Distribution functions against the mpmath/scipy fixtures of tests/fixtures/distributions (make_dist_fixtures.py). */
import { normalCdf, normalSf } from '../../../src/core/distributions/normal.ts';
import { tCdf, tSf } from '../../../src/core/distributions/studentT.ts';
import { noncentralTCdf, noncentralTSf } from '../../../src/core/distributions/noncentralT.ts';
import { chiSquareCdf, chiSquareSf } from '../../../src/core/distributions/chiSquare.ts';
import { regIncBeta, regIncBetaUpper } from '../../../src/core/distributions/beta.ts';
import { binomialPmfTable } from '../../../src/core/distributions/binomial.ts';
import { fisherExactOneSided, fisherExactTwoSided, hypergeometricPmfTable } from '../../../src/core/distributions/hypergeometric.ts';
import { dunnettCritical } from '../../../src/core/distributions/dunnett.ts';
import { err, fixture, num, sci, worst, type ValidationRow } from '../kit.ts';

const fx = fixture('distributions/dist.json');
const MP = `mpmath ${fx.meta.mpmath} (50 digits) / scipy ${fx.meta.scipy}`;
const TINY = 1e-300;
const S = 'Distributions';

/** cdf and sf pairs where the reference is a normal double. */
function tails(rows: any[], f: (r: any) => [number, number]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    const [cdf, sf] = f(r);
    if (num(r.cdf) > TINY) out.push([cdf, num(r.cdf)]);
    if (num(r.sf) > TINY) out.push([sf, num(r.sf)]);
  }
  return out;
}

function relRow(method: string, reference: string, rel: number, pairs: [number, number][], testFile: string): ValidationRow {
  const w = worst(pairs, rel);
  return { section: S, method, reference, tolerance: `${sci(rel)} relative`, result: `max ${err(w.relErr)} relative over ${w.n} values`, pass: w.ok, testFile };
}

function absRow(method: string, reference: string, abs: number, pairs: [number, number][], testFile: string): ValidationRow {
  const w = worst(pairs, 0, abs);
  return { section: S, method, reference, tolerance: `${sci(abs)} absolute`, result: `max ${err(w.absErr)} absolute over ${w.n} values`, pass: w.ok, testFile };
}

const T = (f: string) => `tests/core/distributions/${f}.test.ts`;

/** Normal, t, noncentral t, chi-square, incomplete beta, binomial, hypergeometric, Fisher, Dunnett. */
export function distributionChecks(): ValidationRow[] {
  const binom: [number, number][] = [];
  for (const t of fx.binomial.tables) {
    const pmf = binomialPmfTable(t.n, t.p);
    t.k.forEach((k: number, i: number) => num(t.pmf[i]) > 1e-280 && binom.push([pmf[k], num(t.pmf[i])]));
  }
  const hyper: [number, number][] = [];
  for (const t of fx.hypergeometric.tables) {
    const { pmf } = hypergeometricPmfTable(t.s, t.n1, t.n2);
    t.pmf.forEach((v: number, i: number) => num(v) > 1e-280 && hyper.push([pmf[i], num(v)]));
  }
  const fisher: [number, number][] = fx.hypergeometric.fisher.flatMap((f: any) => [
    [fisherExactTwoSided(f.x, f.n1, f.s, f.n2), f.twoSided],
    [fisherExactOneSided(f.x, f.n1, f.s, f.n2, 'greater'), f.greater],
    [fisherExactOneSided(f.x, f.n1, f.s, f.n2, 'less'), f.less],
  ]);
  const beta: [number, number][] = [];
  for (const r of fx.beta.inc) {
    if (num(r.i) > TINY) beta.push([regIncBeta(r.x, r.a, r.b), num(r.i)]);
    if (num(r.ic) > TINY) beta.push([regIncBetaUpper(r.x, r.a, r.b), num(r.ic)]);
  }
  const dunnett: [number, number][] = fx.dunnett.critical.map((r: any) => [dunnettCritical(r.alpha, r.lambdas, num(r.df), r.sides), r.critical]);
  const published = fx.dunnett.critical.filter((r: any) => r.published !== null);
  const pubOk = published.every((r: any) => Math.round(dunnettCritical(r.alpha, r.lambdas, num(r.df), r.sides) * 100) / 100 === r.published);
  return [
    relRow('Normal cdf and sf, |x| ≤ 37', MP, 1e-14, tails(fx.normal.values, (r) => [normalCdf(r.x), normalSf(r.x)]), T('normal')),
    relRow('Student t cdf and sf, df 0.3 to 1e14', MP, 1e-13, tails(fx.t.values, (r) => [tCdf(r.t, r.df), tSf(r.t, r.df)]), T('studentT')),
    absRow('Noncentral t cdf and sf (AS 243), ncp −40 to 40', `scipy ${fx.meta.scipy} stats.nct (Boost)`, 1e-11,
      fx.nct.values.flatMap((r: any) => [[noncentralTCdf(r.t, r.df, r.ncp), num(r.cdf)], [noncentralTSf(r.t, r.df, r.ncp), num(r.sf)]]), T('noncentralT')),
    relRow('Chi-square cdf and sf, df 0.5 to 1e5', MP, 2e-13, tails(fx.chi2.values, (r) => [chiSquareCdf(r.x, r.df), chiSquareSf(r.x, r.df)]), T('chiSquare')),
    relRow('Regularised incomplete beta, both tails', MP, 1e-12, beta, T('beta')),
    relRow('Binomial pmf table, n up to 1e5', `exact sums, ${MP}`, 1e-12, binom, T('binomial')),
    relRow('Hypergeometric pmf table', `scipy ${fx.meta.scipy} stats.hypergeom`, 1e-12, hyper, T('hypergeometric')),
    relRow("Fisher exact p-values (R's fisher.test rule)", 'exact rational arithmetic (Python fractions)', 1e-12, fisher, T('hypergeometric')),
    absRow('Dunnett multivariate t critical values', 'scipy.integrate.quad of the same integral', 1e-6, dunnett, T('dunnett')),
    {
      section: S,
      method: 'Dunnett critical values, published table',
      reference: 'Dunnett (1955, 1964) tables, α = 0.05, equal n',
      tolerance: 'equal to 2 decimals',
      result: `${published.filter((r: any) => Math.round(dunnettCritical(r.alpha, r.lambdas, num(r.df), r.sides) * 100) / 100 === r.published).length} of ${published.length} equal`,
      pass: pubOk && published.length > 0,
      testFile: T('dunnett'),
    },
  ];
}
