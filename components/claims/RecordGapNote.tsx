import type { RecordAnswer } from '@/lib/view/record-coverage';

/** For a claim whose stated period has no published record: the sentence, and the page of which records exist. */
export function RecordGapNote({ gap }: { gap: RecordAnswer | null | undefined }) {
  if (!gap?.sentence) return null;
  return (
    <p className="mt-1 text-sm" data-testid="record-gap">
      {gap.sentence}
      {gap.existing && <> The records that exist: {gap.existing}.</>}{' '}
      <a href={gap.href}>What has been published, and when</a>.
    </p>
  );
}
