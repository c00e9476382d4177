/**
 * trendTest keys that a binary or responder endpoint's trend test (generalised MCP-Mod on the logit scale) cannot
 * honour, each refused with its reason: `variance` (the arms' variances follow from their rates, 1/(n·p(1 − p)), as
 * generalised MCP-Mod estimates them) and `estimate` (the Mod step fits arm means by least squares; on rates it would
 * need a logit-scale fit, not built yet).
 * @example checkBinaryTrend(refuse, {variance: 'pooled'}, 'binary') // refuse('trendTest.variance', 'is not used …')
 */
export function checkBinaryTrend(refuse: (path: string, message: string) => void, trendTest: unknown, type: 'binary' | 'responder'): void {
  if (typeof trendTest !== 'object' || trendTest === null) return;
  const t = trendTest as { variance?: unknown; estimate?: unknown };
  if (t.variance !== undefined)
    refuse('trendTest.variance', `is not used by a ${type} endpoint (each arm's variance on the logit scale comes from its observed rate); remove it`);
  if (t.estimate !== undefined)
    refuse('trendTest.estimate', `is not available for a ${type} endpoint yet (the Mod step fits means, not rates); remove it to run the MCP step alone`);
}
