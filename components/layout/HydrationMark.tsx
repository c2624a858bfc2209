'use client';

import { useEffect } from 'react';
import { HYDRATED_EVENT } from '@/lib/html/runtime-loader';

/** Tells the runtime loader React is live, so it can replay button presses held before hydration. */
export function HydrationMark() {
  useEffect(() => {
    window.dispatchEvent(new Event(HYDRATED_EVENT));
  }, []);
  return null;
}
