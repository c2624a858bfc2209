/** Only http(s) links leave the site; anything else (javascript:, data:, relative tricks) becomes inert. check:data refuses them too. */
export function safeHref(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '#';
  } catch {
    return '#';
  }
}
