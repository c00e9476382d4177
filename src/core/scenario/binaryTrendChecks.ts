/**
 * trendTest keys that a binary or responder endpoint's trend test (generalised MCP-Mod on the logit scale) cannot
 * honour, each refused with its reason: `variance` (the arms' variances follow from their rates, 1/(n·p(1 − p)), as
 * generalised MCP-Mod estimates them) and, on a responder endpoint, `estimate` (the Mod step reads TD̂ where the fitted
 * response rate beats placebo's by Δ, a difference of rates, but a responder's relevantEffect is on its source's scale).
 * @example checkBinaryTrend(refuse, {variance: 'pooled'}, 'binary') // refuse('trendTest.variance', 'is not used …')
 */
export function checkBinaryTrend(refuse: (path: string, message: string) => void, trendTest: unknown, type: 'binary' | 'responder'): void {
  if (typeof trendTest !== 'object' || trendTest === null) return;
  const t = trendTest as { variance?: unknown; estimate?: unknown };
  if (t.variance !== undefined)
    refuse('trendTest.variance', `is not used by a ${type} endpoint (each arm's variance on the logit scale comes from its observed rate); remove it`);
  if (t.estimate !== undefined && type === 'responder')
    refuse(
      'trendTest.estimate',
      "is not available for a responder endpoint (the Mod step's target dose needs Δ as a difference of response rates, but a responder's doseResponse.relevantEffect is on its source's scale); remove it, or model the response as a binary endpoint",
    );
}
