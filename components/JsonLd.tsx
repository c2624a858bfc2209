import { jsonLd } from '@/lib/format/json-ld';

/** Structured data for search engines and fact-check aggregators; the JSON is escaped so data text cannot end the script. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(data) }} />;
}
