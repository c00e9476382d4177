const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML and XML, in element content and in quoted attribute values alike: the
 * five characters with a meaning in markup become entities, so `<script>` in a label stays text.
 * @example escapeHtml('<b a="1">&') // → "&lt;b a=&quot;1&quot;&gt;&amp;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
