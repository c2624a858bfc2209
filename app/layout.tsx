import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { HydrationMark } from '@/components/layout/HydrationMark';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SITE_NAME, SITE_ORIGIN, SITE_TAGLINE } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  // Absolute share URLs only when SITE_URL names the origin (lib/view/page-meta.ts).
  ...(SITE_ORIGIN ? { metadataBase: new URL(SITE_ORIGIN) } : {}),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_TAGLINE,
  openGraph: { type: 'website', siteName: SITE_NAME, title: SITE_NAME, description: SITE_TAGLINE },
  twitter: { card: 'summary', title: SITE_NAME, description: SITE_TAGLINE },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-3xl px-4 py-6">
          {children}
        </main>
        <SiteFooter />
        <HydrationMark />
      </body>
    </html>
  );
}
