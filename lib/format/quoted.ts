/** Opening and closing marks a recorded quote may already carry (straight or curly, double or single). */
const OPENING = /^["“”'‘]/;
const CLOSING = /["“”'’]$/;

/**
 * A verbatim quote between curly quotation marks, shortened to `max` characters at a word boundary when asked.
 * A quote recorded with its own marks keeps them instead of gaining a second pair: `“"Across…` never happens.
 */
export function quoted(text: string, max = Infinity): string {
  let body = text.trim();
  let cut = false;
  if (body.length > max) {
    const room = body.slice(0, max);
    body = (room.lastIndexOf(' ') > max / 2 ? room.slice(0, room.lastIndexOf(' ')) : room).replace(/[\s,;:.]+$/, '');
    cut = true;
  }
  const own = OPENING.test(body) ? body[0] : '';
  // A cut quote closes with the mark that matches its opening one, so "Across…" does not end in a curly mark.
  const match = own === '"' ? '"' : own === "'" ? "'" : own === '‘' ? '’' : '”';
  const open = own ? '' : '“';
  const close = cut ? `…${match}` : CLOSING.test(body) ? '' : '”';
  return `${open}${body}${close}`;
}
