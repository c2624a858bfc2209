import { StatusBadge } from '@/components/claims/StatusBadge';
import type { HomeView } from '@/lib/view/home-view';

/** How every claim we checked compares with the record, at a glance: a count per verdict, in words. */
export function VerdictSummary({ verdicts, total }: { verdicts: HomeView['verdicts']; total: number }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-3" data-testid="verdicts">
      {verdicts.map((v) => (
        <li key={v.status} className="flex items-center gap-2 text-sm">
          <StatusBadge status={v.status} label={v.label} />
          <span>
            <span className="font-semibold">{v.count}</span> of {total}
          </span>
        </li>
      ))}
    </ul>
  );
}
