/** Closed-form powers against scipy-coded formulas and enumeration (tests/fixtures/distributions/power.json, binary_exact.json). */
import { ancovaPower } from '../../../src/core/power/ancovaPower.ts';
import { studentPower } from '../../../src/core/power/studentPower.ts';
import { welchPower } from '../../../src/core/power/welchPower.ts';
import { mannWhitneyPower } from '../../../src/core/power/mannWhitneyPower.ts';
import { exactBinaryPower, twoProportionPower } from '../../../src/core/power/proportionPower.ts';
import { binaryEnumeration } from '../../../src/core/power/binaryEnumeration.ts';
import { err, fixture, sci, worst, type ValidationRow } from '../kit.ts';

const fx = fixture('distributions/power.json');
const binary = fixture<any[]>('power/binary_exact.json');
const SP = `scipy ${fx.meta.scipy}`;

function row(method: string, reference: string, abs: number, pairs: [number, number][], testFile: string): ValidationRow {
  const w = worst(pairs, 0, abs);
  return { section: 'Closed-form power', method, reference, tolerance: `${sci(abs)} absolute`, result: `max ${err(w.absErr)} over ${w.n} designs`, pass: w.ok, testFile };
}

/** Student, Welch, ANCOVA, Mann–Whitney (Noether), two proportions, exact binary enumeration. */
export function powerChecks(): ValidationRow[] {
  const T = (f: string) => `tests/core/power/${f}.test.ts`;
  const enumeration: [number, number][] = binary.flatMap((c) => {
    const r = binaryEnumeration({ ...c, options: { level: c.alpha, sides: c.sides, sign: c.direction } });
    return [[r.power, c.power], [r.benefit, c.benefit]] as [number, number][];
  });
  return [
    row('Student t power (noncentral t)', `${SP} stats.nct`, 1e-10, fx.means.map((r: any) => [studentPower(r), r.student]), T('studentPower')),
    row('Welch t power (Satterthwaite df)', `${SP} stats.nct`, 1e-10, fx.means.map((r: any) => [welchPower(r), r.welch]), T('studentPower')),
    row('ANCOVA power (df n1+n2−3, sd·√(1−ρ²))', `${SP} stats.nct`, 1e-10, fx.ancova.map((r: any) => [ancovaPower(r), r.power]), T('studentPower')),
    row('Mann–Whitney power (Noether 1987)', `Noether's formula coded in ${SP}`, 1e-14, fx.mannWhitney.map((r: any) => [mannWhitneyPower(r), r.power]), T('mannWhitneyPower')),
    row('Two proportions, normal approximation (Fleiss)', `Fleiss (1981) formula coded in ${SP}`, 1e-13, fx.twoProportion.map((r: any) => [twoProportionPower(r), r.power]), T('proportionPower')),
    row('Exact binary power, chi-square and Fisher', 'full enumeration in numpy (Fisher decided in exact integers)', 1e-12,
      fx.exactBinary.flatMap((r: any) => [[exactBinaryPower({ ...r, test: 'chi-square' }), r.chiSquare], [exactBinaryPower({ ...r, test: 'fisher' }), r.fisher]]), T('proportionPower')),
    row('Exact binary power with dropout (enumeration)', `brute-force ${SP} fisher_exact / chi2_contingency`, 1e-8, enumeration, T('binaryEnumeration')),
  ];
}
