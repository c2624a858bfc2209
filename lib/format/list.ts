/** Names in running text: "Wake", "Wake and Durham", "Wake, Durham and Mecklenburg". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
