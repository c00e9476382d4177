// Display rounding is shared with the report sentences in core.
export { displayScenario } from '../../core/report/displayScenario.ts';
