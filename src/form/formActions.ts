import { LIMITS } from '../core/scenario/limits.ts';
import { TESTS_FOR } from '../core/sim/path.ts';
import type { Endpoint } from '../core/scenario/types.ts';
import type { ArmForm, EndpointChoice, FormState } from './formTypes.ts';
import { retargetWalkValues } from './walkValues.ts';

const TYPE_OF: Record<EndpointChoice, Endpoint['type']> = {
  t25fw: 'timed-walk',
  '6mwt': 'timed-walk',
  binary: 'binary',
  'responder-walk': 'responder',
  'responder-normal': 'responder',
  continuous: 'continuous',
};

/** Tests the validator accepts for an endpoint choice. */
export function testsFor(choice: EndpointChoice) {
  return TESTS_FOR[TYPE_OF[choice]];
}

/**
 * Switches the endpoint; an unusable test is replaced. Arm values that describe another walk
 * measure are put aside and replaced (see retargetWalkValues); switching back restores them.
 */
export function setEndpoint(f: FormState, choice: EndpointChoice): void {
  f.endpoint = choice;
  const tests = testsFor(choice);
  if (!tests.includes(f.test)) f.test = tests[0];
  if (choice === 'responder-walk' && f.threshold.trim() === '') f.threshold = '20';
  retargetWalkValues(f);
}

export const canAddArm = (f: FormState): boolean => f.arms.length < LIMITS.maxArms;

/** Adds a treatment arm, copying the last arm's values (edited values count as assumed). */
export function addArm(f: FormState): void {
  if (!canAddArm(f)) return;
  const last = f.arms[f.arms.length - 1];
  const taken = new Set(f.arms.map((a) => a.label));
  let i = f.arms.length;
  while (taken.has(`Treatment ${i}`)) i++;
  const arm: ArmForm = { ...last, label: `Treatment ${i}`, note: '', provenance: {}, loaded: {} };
  if (f.doseModel !== 'none') {
    // A new dose arm takes its mean from the curve (explicit models need one typed) at twice the last dose.
    const d = Number(last.dose);
    arm.dose = last.dose.trim() !== '' && Number.isFinite(d) ? String(d > 0 ? d * 2 : 1) : '';
    if (f.doseModel !== 'explicit') arm.mean = '';
  }
  f.arms.push(arm);
}

/** Removes treatment arm i (never the control, never the last treatment arm). */
export function removeArm(f: FormState, i: number): void {
  if (i <= 0 || f.arms.length <= 2) return;
  f.arms.splice(i, 1);
  if (f.arms.length === 2) f.multiplicity = 'none';
}
