import { SITE_NAME } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className="rule mt-12 border-t">
      <div className="muted mx-auto max-w-3xl px-4 py-6 text-sm">
        <p>
          {SITE_NAME} compares numbers, not people: every figure links to its published source.{' '}
          <a href="/methodology">How we check</a>. <a href="/record">What has been published, and when</a>.
        </p>
      </div>
    </footer>
  );
}
