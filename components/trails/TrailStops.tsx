import { StatusBadge } from '@/components/claims/StatusBadge';
import { StoryDate } from '@/components/claims/StoryDate';
import type { TrailStopRow } from '@/lib/view/trails';

/**
 * The trail as a dated list: each claim with its date, outlet, speaker, words and number exactly as stated,
 * its verdict, and any drift from the figure it states, marked in words. Plain HTML: complete without JavaScript.
 */
export function TrailStops({ stops }: { stops: TrailStopRow[] }) {
  return (
    <ol className="mt-4 space-y-4 border-l-4 pl-4" style={{ borderColor: 'var(--rule)' }}>
      {stops.map((s) => (
        <li key={s.claimId} id={s.claimId} className="rule rounded border p-4" data-testid="trail-stop">
          <p className="text-sm font-semibold">
            <StoryDate date={s.date} />
            {s.placed && <span className="font-normal"> ({s.placed})</span>} · <a href={s.storyHref}>{s.outlet}</a>
          </p>
          <blockquote className="mt-2 border-l-4 pl-3" style={{ borderColor: 'var(--rule)' }}>
            <p>{s.quote}</p>
          </blockquote>
          <p className="muted mt-1 text-sm">
            {s.speaker}
            {s.attributedTo !== s.speaker && <> · credited to {s.attributedTo}</>}
          </p>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium">Number as stated</dt>
            <dd data-testid="stated">{s.stated}</dd>
            <dt className="font-medium">Figure it states</dt>
            <dd>{s.quotes}</dd>
            <dt className="font-medium">Verdict</dt>
            <dd>
              <StatusBadge status={s.status} label={s.statusLabel} />{' '}
              <a href={s.href} aria-label={`Why: the check of this claim by ${s.outlet}`}>
                Why
              </a>
            </dd>
            <dt className="font-medium">Drift</dt>
            <dd data-testid="drift">
              {s.drift.length === 0 ? (
                'None: the same unit, period and place as the figure'
              ) : (
                <ul className="list-disc pl-5">
                  {s.drift.map((d) => (
                    <li key={d.label}>
                      <strong>{d.label} changed:</strong> {d.text}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            {s.repeats && (
              <>
                <dt className="font-medium">Repeats</dt>
                <dd>
                  <a href={s.repeats.href}>{s.repeats.label}</a>, as the article says
                </dd>
              </>
            )}
          </dl>
        </li>
      ))}
    </ol>
  );
}
