import type { ReactNode } from 'react';
import { type ShareCardData, shareFrame } from '@/lib/charts/share-svg';
import { FrameSvg } from './FrameSvg';

/**
 * A page's 1200×630 share image: a claim's quote, status and sentence, or a series chart's title and source, with
 * the chart (children, when the card has one) scaled into the larger of two layouts (lib/charts/share-svg.ts).
 */
export function ShareCard({ card, children }: { card: ShareCardData; children?: ReactNode }) {
  return <FrameSvg frame={shareFrame(card)}>{children}</FrameSvg>;
}
