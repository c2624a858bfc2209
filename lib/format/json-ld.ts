/**
 * Serialises structured data for a <script type="application/ld+json"> block. Text from data may contain
 * "</script>" or HTML; escaping <, > and & as \u escapes keeps the JSON identical but unable to end the script.
 */
export function jsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
