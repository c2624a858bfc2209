const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in ISO form (2019-02-30 is not one), or null. */
export function parseIsoDate(s: string): Date | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s ? d : null;
}
