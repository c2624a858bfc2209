import { SITE_NAME } from '@/lib/site';

export function SiteHeader() {
  return (
    <header className="rule border-b">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-[var(--bg)] focus:p-2"
      >
        Skip to content
      </a>
      <nav aria-label="Site" className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <a href="/" className="text-lg font-bold no-underline" style={{ color: 'var(--fg)' }}>
          {SITE_NAME}
        </a>
        <a href="/stories">Stories</a>
        <a href="/charts">Charts</a>
        <a href="/explore">Explore</a>
        <a href="/check">Check a number</a>
        <a href="/counties">Counties</a>
        <a href="/data">Data</a>
        <a href="/record">Record</a>
        <a href="/methodology">Methodology</a>
      </nav>
    </header>
  );
}
