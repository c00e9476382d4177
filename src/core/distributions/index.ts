export { normalPdf, normalCdf, normalSf, normalQuantile, normalTailFactor, normalCentral } from './normal.ts';
export { normalCdfTabulated, tabulatedPdf } from './normalTable.ts';
export { logGamma, regLowerGamma, regUpperGamma, stirlingCorrection, log1pmx } from './gammaFn.ts';
export { logBeta, logBetaPowerTerm, regIncBeta, regIncBetaUpper, regIncBetaXY } from './beta.ts';
export { betaFraction, betaAsymptoticLargeA } from './betaExpansions.ts';
export { tPdf, tCdf, tSf, tQuantile } from './studentT.ts';
export { noncentralTCdf, noncentralTSf } from './noncentralT.ts';
export { chiSquarePdf, chiSquareCdf, chiSquareSf, chiSquareQuantile } from './chiSquare.ts';
export { stirlingError, bd0, poissonPmf, binomialPmfRaw } from './saddlePoint.ts';
export { logChoose, binomialPmf, binomialPmfTable, binomialCdfTable } from './binomial.ts';
export {
  hypergeometricPmfTable,
  fisherExactTwoSided,
  fisherExactOneSided,
  fisherTwoSidedPValues,
  type HypergeometricTable,
} from './hypergeometric.ts';
export { dunnettCdf, dunnettCritical, dunnettLambdas } from './dunnett.ts';
export { buildDunnettRule, chiRule, type DunnettRule } from './dunnettRule.ts';
