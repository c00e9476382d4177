import type { Multiplicity, Provenance, TestName, ResolvedScenario } from '../scenario/types.ts';
import type { ProvenanceField, ResolvedArm } from '../scenario/resolvedTypes.ts';
import { listJoin } from './formatReport.ts';
import { pct, signed } from './numberText.ts';

const TESTS: Record<TestName, string> = {
  welch: "Welch's two-sample t-test",
  student: "Student's two-sample t-test",
  'mann-whitney': 'the Mann–Whitney (Wilcoxon rank-sum) test',
  ancova: 'ANCOVA adjusting for the baseline value',
  'chi-square': "Pearson's chi-square test",
  fisher: "Fisher's exact test",
};

const MULTIPLICITY: Record<Exclude<Multiplicity, 'none'>, string> = {
  bonferroni: 'Bonferroni',
  holm: "Holm's step-down",
  hochberg: "Hochberg's step-up",
  dunnett: "Dunnett's many-to-one",
  'dunnett-stepdown': "Dunnett's step-down many-to-one",
};

/** Dunnett with Welch's test is Hasler & Hothorn's (2008) unequal-variance version. */
function multiplicityWords(a: ResolvedScenario['analysis']): string {
  const m = a.multiplicity as Exclude<Multiplicity, 'none'>;
  if (a.test === 'welch' && m === 'dunnett') return "Hasler and Hothorn's many-to-one (Dunnett-type, unequal variances)";
  if (a.test === 'welch' && m === 'dunnett-stepdown') return "Hasler and Hothorn's step-down many-to-one (Dunnett-type, unequal variances)";
  return MULTIPLICITY[m];
}

/** The primary endpoint in words, with its sign convention: "T25FW % improvement (…; positive = faster)". */
export function endpointPhrase(s: ResolvedScenario): string {
  const [what, convention] = endpointDefinition(s);
  return s.endpoint.label ? `${s.endpoint.label} (${what}; ${convention})` : `${what} (${convention})`;
}

function endpointDefinition(s: ResolvedScenario): [string, string] {
  const e = s.endpoint;
  const better = (d: string | undefined) => `${d === 'lower-is-better' ? 'lower' : 'higher'} is better`;
  switch (e.type) {
    case 'timed-walk':
      return e.measure === 'distance'
        ? ['% change in walking distance from baseline', 'positive = longer']
        : ['% improvement in walking time from baseline', 'positive = faster'];
    case 'binary':
      return ['proportion of responders', better(e.direction)];
    case 'continuous':
      return [`a continuous outcome${e.unit ? ` in ${e.unit}` : ''}`, better(e.direction)];
    case 'responder': {
      const src = e.source;
      const what =
        src.type === 'timed-walk'
          ? `an improvement of at least ${e.threshold}% in walking ${src.measure === 'distance' ? 'distance' : 'time'}`
          : `${src.direction === 'lower-is-better' ? 'a value at most' : 'a value of at least'} ${e.threshold}`;
      return ['proportion of responders', `a response is ${what}`];
    }
  }
}

const word = (a: ResolvedArm, f: ProvenanceField): Provenance => a.provenance[f];

function provenanceNote(a: ResolvedArm, fields: readonly [ProvenanceField, string][]): string {
  const words = fields.map(([f]) => word(a, f));
  if (words.every((w) => w === words[0])) return fields.length > 1 ? `all ${words[0]}` : words[0];
  return listJoin(fields.map(([, name], i) => `${name} ${words[i]}`));
}

/** Each arm's assumed parameters with the provenance of every number. */
export function armAssumptions(s: ResolvedScenario): string {
  const e = s.endpoint;
  return listJoin(
    s.arms.map((a) => {
      if (e.type === 'binary') return `${a.label} ${pct(a.mean)} (${provenanceNote(a, [['rate', 'rate']])})`;
      const unit = e.type === 'continuous' ? '' : '%';
      const fields: [ProvenanceField, string][] = [['mean', 'mean'], ['sd', 'SD']];
      return `${a.label} mean ${signed(a.mean)}${unit}, SD ${a.sd}${unit} (${provenanceNote(a, fields)})`;
    }),
  );
}

/** The timed-walk model's own assumptions, or an empty string. */
export function modelAssumptions(s: ResolvedScenario): string {
  const e = s.endpoint;
  const walk = e.type === 'timed-walk' ? e : e.type === 'responder' && e.source.type === 'timed-walk' ? e.source : null;
  if (walk === null) return '';
  return (
    `Outcomes are simulated on the log scale (a log-normal ratio of follow-up to baseline matched to these means and SDs); ` +
    `the baseline parameters (log-mean ${walk.baselineLogMean}, log-SD ${walk.baselineLogSd}, correlation ${walk.changeBaselineCorrelation}) are assumed, ` +
    `and the sign convention (positive = better) is inferred from the source's "% improvement".`
  );
}

/** The test, sidedness, alpha and multiplicity in words. */
export function analysisPhrase(s: ResolvedScenario): string {
  const a = s.analysis;
  const k = s.arms.length - 1;
  const mult = a.multiplicity === 'none' ? '' : `, with ${multiplicityWords(a)} adjustment over ${k} comparisons`;
  return `${TESTS[a.test]}, ${a.sides === 2 ? 'two-sided' : 'one-sided'}, at α = ${a.alpha}${mult}`;
}
