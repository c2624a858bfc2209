import type { ReactNode } from 'react';

/**
 * A table in a labelled, scrollable, focusable region (so a wide table scrolls by keyboard), with its
 * caption for screen readers. The caller gives the header and body rows.
 */
export function TableRegion({
  caption,
  head,
  children,
  testId,
}: {
  caption: string;
  head: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div className="my-3 overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>{head}</thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
