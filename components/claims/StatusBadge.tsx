import type { ComparisonStatus } from '@/lib/vocabulary/statuses';

const STYLE: Record<ComparisonStatus, string> = {
  consistent: 'border-emerald-700 text-emerald-800 dark:border-emerald-400 dark:text-emerald-300',
  overstates: 'border-red-700 text-red-800 dark:border-red-400 dark:text-red-300',
  understates: 'border-amber-700 text-amber-800 dark:border-amber-400 dark:text-amber-300',
  'self-sourced': 'border-sky-700 text-sky-800 dark:border-sky-400 dark:text-sky-300',
  'two-counts': 'border-purple-700 text-purple-800 dark:border-purple-400 dark:text-purple-300',
  'not-comparable': 'border-slate-600 text-slate-700 dark:border-slate-300 dark:text-slate-200',
  'no-official-data': 'border-slate-600 text-slate-700 dark:border-slate-300 dark:text-slate-200',
};

/** The status in words, with a border; never colour alone. */
export function StatusBadge({ status, label }: { status: ComparisonStatus; label: string }) {
  return (
    <span
      className={`inline-block rounded border-2 px-2 py-0.5 text-sm font-semibold ${STYLE[status]}`}
      data-status={status}
    >
      {label}
    </span>
  );
}
