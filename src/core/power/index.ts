export { tTestPower, type TwoSampleMeanInput } from './tTestPower.ts';
export { studentPower } from './studentPower.ts';
export { welchPower } from './welchPower.ts';
export { twoProportionPower, exactBinaryPower, type TwoProportionInput } from './proportionPower.ts';
export { mannWhitneyPower, normalSuperiority, type MannWhitneyPowerInput } from './mannWhitneyPower.ts';
export { ancovaPower, type AncovaPowerInput } from './ancovaPower.ts';
