/**
 * HOOK: the text of docs/validation.md for the report's validation summary, or null while that file
 * does not exist. When it lands, replace the null with `import validationMd from '../../docs/validation.md?raw'`
 * (Vite inlines it in the app, the command line and the tests alike).
 */
export const VALIDATION_MARKDOWN: string | null = null;
