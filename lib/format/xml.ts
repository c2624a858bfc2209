/**
 * XML text for the SVG exports. Every string from the data goes through escapeXml before it is put
 * into markup: quotes and titles are hostile input (they may hold "<script>", "\"><img onerror=…>", "</svg>").
 */

/**
 * Characters XML 1.0 does not allow anywhere, not even as character references:
 * C0 controls except tab, LF and CR; lone UTF-16 surrogates; U+FFFE and U+FFFF.
 * Bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E/F) are valid XML and are kept.
 */
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters an XML 1.0 document may not contain. */
export function stripInvalidXml(text: string): string {
  return text.replace(INVALID_XML, '');
}

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Safe in a text node and in a single- or double-quoted attribute value. */
export function escapeXml(text: string): string {
  return stripInvalidXml(String(text)).replace(/[&<>"']/g, (c) => ENTITY[c]);
}
