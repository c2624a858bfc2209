// North Carolina's detainer laws as dated events: the vetoes of 2019 and 2022, HB 10 (2024) and HB 318 (2025).
// Writes data/nc_law_events.csv (resource nc_law_events, statewide: fips 37) with its Table Schema and the
// reports it quotes in sources.csv. Each date and quote was read in a stored copy of the report (see the
// access notes); nothing here is from memory. Run from the project root: npx tsx scripts/derive/nc-law-events.ts
import path from 'node:path';
import { DATA_DIR, Row, csvText, mergeRows, upsertResource, writeIfChanged } from './write-rows';

const READ = 'Stored copy read through the research search tool (corpus pages).';
const sources: Row[] = [
  {
    id: 'wnct-2019-08-21-cooper-vetoes-hb370',
    title: 'Gov. Cooper vetoes bill requiring sheriffs to cooperate with ICE detainers',
    publisher: 'WNCT (WNCN report)',
    date: '2019-08-21',
    url: 'https://www.wnct.com/local-news/gov-cooper-vetoes-bill-requiring-sheriffs-to-cooperate-with-ice-detainers/',
    kind: 'news-report',
    access_note: `${READ} The page is dated 2019-08-21, a Wednesday, and names the bill: "House Bill 370, known as “An Act to Require Compliance with Immigration Detainers and Administrative Warrants,” passed 62-53 in the State House on Tuesday afternoon." WUNC's report of the same day (https://www.wunc.org/news/2019-08-21/gov-cooper-vetoes-legislation-requiring-local-sheriffs-to-cooperate-with-ice) says "Governor Roy Cooper today vetoed legislation".`,
  },
  {
    id: 'wunc-2022-07-11-cooper-vetoes-sheriffs-ice',
    title: 'Gov. Cooper vetoes 4 bills, 1 directing sheriffs to aid ICE',
    publisher: 'WUNC (Associated Press)',
    date: '2022-07-11',
    url: 'https://www.wunc.org/law/2022-07-11/nc-governor-vetoes-4-bills-1-directing-sheriffs-to-aid-ice',
    kind: 'news-report',
    access_note: `${READ} The address is dated 2022-07-11, a Monday; ABC11's copy of the same AP report is headed "Monday, July 11, 2022". This report does not give the bill's number; the Winston-Salem Journal's report of the veto does: "Gov. Roy Cooper on Monday vetoed Senate Bill 101, legislation that would require all sheriffs to hold suspects in certain crimes for at least 48 hours when their immigration status is unknown or they are in the country illegally." (https://journalnow.com/news/state-and-regional/govt-and-politics/governor-vetoes-ice-bill-says-it-is-meant-to-stir-fear-in-nc/article_bcb9398c-012e-11ed-977e-7315f74897c9.html).`,
  },
  {
    id: 'journalnow-2024-11-hb10-house-override',
    title: 'Expanding school vouchers, ICE cooperation bill one step away from law after House overrides Cooper veto',
    publisher: 'Winston-Salem Journal',
    date: '2024-11',
    url: 'https://journalnow.com/news/state-regional/government-politics/expanding-school-vouchers-ice-cooperation-bill-one-step-away-from-law-after-house-overrides-cooper-veto/article_ed5398ce-a697-11ef-a6ff-53f6fc19c356.html',
    kind: 'news-report',
    access_note: `${READ} Read in a mirrored copy (fanyv88.com). The sentence gives days without a year; the report is of the House's override vote of November 2024, and the ACLU of North Carolina's bill page (an advocacy page) gives the years: "The North Carolina House and Senate passed the bill on September 11, 2024. The Governor vetoed the bill on September 20, 2024."`,
  },
  {
    id: 'dailytarheel-2024-11-hb10-override',
    title: 'N.C. legislature overrides veto, implements ICE compliance for local sheriffs',
    publisher: 'The Daily Tar Heel',
    date: '2024-11',
    url: 'https://dailytarheel.com/article/2024/11/city-ncga-ice-regulations-sheriff-deportation',
    kind: 'news-report',
    access_note: `${READ} The address is dated 2024/11. ABC11 (dated 2024-11-20) reports the House's 72-44 override vote on Tuesday 2024-11-19; the Senate completed the override the next day, 30-19.`,
  },
  {
    id: 'carolinajournal-2024-11-hb10-sheriffs-notified',
    title: 'As NC cracks down on sanctuary cities, sheriffs notified of new ICE compliance law',
    publisher: 'Carolina Journal',
    date: '2024-11',
    url: 'https://www.carolinajournal.com/as-nc-cracks-down-on-sanctuary-cities-sheriffs-notified-of-new-ice-compliance-law/',
    kind: 'news-report',
    access_note: `${READ} The page's date is not visible in the stored copy; it reports the override "last week", so late November 2024.`,
  },
  {
    id: 'wunc-2025-04-29-hb318-house-passes',
    title: 'NC House passes bill to mandate expanded sheriff cooperation with ICE',
    publisher: 'WUNC',
    date: '2025-04-29',
    url: 'https://www.wunc.org/2025-04-29/nc-house-passes-bill-to-mandate-expanded-sheriff-cooperation-with-ice',
    kind: 'news-report',
    access_note: `${READ} Dated 2025-04-29, a Tuesday. The next paragraph names the bill: "House Bill 318, the Criminal Illegal Alien Enforcement Act".`,
  },
  {
    id: 'stanlyjournal-2025-07-29-veto-overrides',
    title: 'General Assembly completes 8 veto overrides',
    publisher: 'stanlyjournal.com',
    date: '2025-07-29',
    url: 'https://stanlyjournal.com/2025/07/29/general-assembly-completes-8-veto-overrides',
    kind: 'news-report',
    access_note: `${READ} A news report dated 2025-07-29, chosen over the research file's only source for the date, an advocacy page (Indivisible Defenders: "On July 29, 2025, The North Carolina General Assembly overrode Governor Josh Stein's veto of HB 318"). The quoted sentence is the photo caption; the report says "The bills with completed overrides listed below will now become law" and that "Rep. Carla Cunningham (D-Mecklenburg) was the one vote needed to override the veto" (the stored excerpt ends there). The Center Square reports the House vote as 72-48.`,
  },
  {
    id: 'elon-news-network-2025-11-hb318',
    title: 'NC sheriffs must work more closely with ICE under new law',
    publisher: 'Elon News Network',
    date: '2025-11',
    url: 'https://www.elonnewsnetwork.com/article/2025/11/nc-sheriffs-must-work-more-closely-with-ice-under-new-law',
    kind: 'news-report',
    access_note: `${READ} Read in a stored copy at brightgram.com. The sentence gives "Oct. 1" without a year; the report, of November 2025, is about the law then in force. The NC General Assembly's bill digest for H318 reads "Effective October 1, 2025" for the House committee substitute.`,
  },
];

const EVENTS = [
  {
    id: 'hb370-veto-2019',
    date: '2019-08-21',
    bill: 'HB 370',
    event: 'HB 370 vetoed (the veto stood)',
    quote:
      'Gov. Roy Cooper on Wednesday vetoed legislation that would have required sheriff’s office’s to cooperate with Immigration and Customs Enforcement when it comes to immigration detainers.',
    source_id: 'wnct-2019-08-21-cooper-vetoes-hb370',
  },
  {
    id: 'sb101-veto-2022',
    date: '2022-07-11',
    bill: 'SB 101',
    event: 'SB 101 vetoed (the veto stood)',
    quote:
      "Gov. Roy Cooper vetoed legislation Monday for the second time in four years that would demand North Carolina sheriffs learn the immigration status of their jails' inmates and make an effort to hold those whom federal agents want to pick up.",
    source_id: 'wunc-2022-07-11-cooper-vetoes-sheriffs-ice',
  },
  {
    id: 'hb10-passed',
    date: '2024-09-11',
    bill: 'HB 10',
    event: 'HB 10 passed',
    quote: 'House Bill 10 passed the legislature on Sept. 11, but was vetoed by Cooper on Sept. 20.',
    source_id: 'journalnow-2024-11-hb10-house-override',
  },
  {
    id: 'hb10-vetoed',
    date: '2024-09-20',
    bill: 'HB 10',
    event: 'HB 10 vetoed',
    quote: 'House Bill 10 passed the legislature on Sept. 11, but was vetoed by Cooper on Sept. 20.',
    source_id: 'journalnow-2024-11-hb10-house-override',
  },
  {
    id: 'hb10-override',
    date: '2024-11-20',
    bill: 'HB 10',
    event: 'HB 10 veto overridden',
    quote:
      "On Nov. 20, the North Carolina General Assembly overrode Gov. Roy Cooper's veto on House Bill 10, approving both new immigration compliance regulations and allocating funding for private school vouchers.",
    source_id: 'dailytarheel-2024-11-hb10-override',
  },
  {
    id: 'hb10-in-force',
    date: '2024-12-01',
    bill: 'HB 10',
    event: 'HB 10 in force: sheriffs must honor ICE detainers',
    quote:
      'The North Carolina Sheriffs’ Association (NCSA) notified sheriffs on Friday about House Bill 10’s passage, a new law taking effect on December 1, 2024, that requires all law enforcement officers to cooperate with federal immigration detainers for undocumented immigrants.',
    source_id: 'carolinajournal-2024-11-hb10-sheriffs-notified',
  },
  {
    id: 'hb318-house-vote',
    date: '2025-04-29',
    bill: 'HB 318',
    event: 'HB 318 passed the House, 70 to 45',
    quote:
      'The North Carolina House passed a bill Tuesday to require sheriffs to cooperate even more closely with U.S. Immigration and Customs Enforcement — not just holding immigrants when ICE issues a detainer. The vote was 70 to 45.',
    source_id: 'wunc-2025-04-29-hb318-house-passes',
  },
  {
    id: 'hb318-override',
    date: '2025-07-29',
    bill: 'HB 318',
    event: 'HB 318 veto overridden',
    quote:
      'Rep. Carla Cunningham (D-Mecklenburg) speaks in favor of overriding Gov. Josh Stein’s veto of House Bill 318, the Criminal Illegal Alien Enforcement Act, during floor debate on July 29, 2025.',
    source_id: 'stanlyjournal-2025-07-29-veto-overrides',
  },
  {
    id: 'hb318-in-force',
    date: '2025-10-01',
    bill: 'HB 318',
    event: 'HB 318 in force: the 48-hour hold runs from release',
    quote:
      'Originally vetoed by Gov. Josh Stein, the NC House of Representatives and Senate overrode the veto and the bill took into effect Oct. 1.',
    source_id: 'elon-news-network-2025-11-hb318',
  },
];
const COLUMNS = ['id', 'date', 'fips', 'bill', 'event', 'quote', 'source_id'] as const;
writeIfChanged(
  path.join(DATA_DIR, 'nc_law_events.csv'),
  csvText(
    COLUMNS,
    EVENTS.map((e) => COLUMNS.map((c) => (c === 'fips' ? '37' : e[c]))),
  ),
);

upsertResource(
  {
    name: 'nc_law_events',
    path: 'nc_law_events.csv',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    title: "North Carolina's detainer laws: votes, vetoes and effective dates, 2019-2025",
    description:
      'Dated statewide events for the charts, county pages and claims\' relative periods (a claim\'s period "since" one of these events): the vetoed bills of 2019 (HB 370) and 2022 (SB 101), and HB 10 (2024) and HB 318 (2025), each quoted from a news report.',
    caveats:
      "Dates are as the reports state them; where a sentence gives a weekday or a day without a year, the report's own date supplies it (each source's access note says how). The HB 318 override date is from a news report, not the advocacy page the research first found. A veto that stood changed no law.",
    sources: sources.map((s) => ({ title: s.title, path: s.url })),
    schema: {
      fields: [
        {
          name: 'id',
          type: 'string',
          description: "Stable slug, referenced by a claim's period_rule (since:<id>) in claims",
          constraints: { required: true, unique: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
        },
        {
          name: 'date',
          type: 'date',
          description: 'Date of the event, as the report states it',
          constraints: { required: true },
        },
        {
          name: 'fips',
          type: 'string',
          description: 'Where the event applies: 37 for North Carolina (a statewide law)',
          constraints: { required: true, pattern: '^37([0-9]{3})?$' },
        },
        {
          name: 'bill',
          type: 'string',
          description: 'The bill: HB 370, SB 101, HB 10, HB 318',
          constraints: { required: true },
        },
        {
          name: 'event',
          type: 'string',
          description: "What happened, in a few words (the charts' label)",
          constraints: { required: true },
        },
        {
          name: 'quote',
          type: 'string',
          description: "The report's sentence that dates it, word for word",
          constraints: { required: true },
        },
        {
          name: 'source_id',
          type: 'string',
          description: 'Id of the report in sources',
          constraints: { required: true },
        },
      ],
      primaryKey: 'id',
      foreignKeys: [{ fields: 'source_id', reference: { resource: 'sources', fields: 'id' } }],
    },
  },
  'nc_287g_moa_pdfs_2026',
);
const owned = new Set(sources.map((s) => s.id));
mergeRows('sources.csv', (r) => owned.has(r.id), sources);
console.log(`nc-law-events: ${EVENTS.length} events, ${sources.length} sources`);
