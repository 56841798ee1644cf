// The words of the benchmark's synthetic help center for "Lumen Analytics", written by hand, and
// the seeded, Zipf-weighted drawing that fills its templates for bench/generate.ts.
//
// Templates: {slot} takes a word the page settled on (an article keeps its features, events and
// customer) or draws one from a lexicon; {Slot} is capitalised and {a:slot} gets "a" or "an";
// THESAURUS slots ({records}, {change}…) follow the writer's habits; [one|two] picks an option.
// Prose holds no other "<" or "{", so the same text is valid Markdown and MDX.

import { slugify } from '../src/lib/slugs.ts';

/** A comma- or line-separated word list, written compactly. */
const list = (text: string) => text.trim().split(/\s*[,\n]\s*/);

export const COMPANY = { name: 'Lumen Analytics', portal: 'Lumen Academy', domain: 'lumen.example' };

// Products, integrations and the product's own words -------------------------------------------

/** Singular noun phrases; plurals are derived. */
export const FEATURES = list(`
  dashboard, funnel, chart, report, cohort, alert, user profile, segment, retention chart, saved view,
  data source, annotation, metric, breakdown, tracking plan, API key, export, warehouse sync, session replay,
  path analysis, formula, custom event, lookup table, goal, experiment, feature flag, notebook,
  scheduled report, embed, account group, user journey, heatmap, conversion window, data view,
  computed property, identity merge, insight, template, Slack digest, audit log, data dictionary,
  event schema, sampling rule, attribution model, revenue report, SQL query, forecast, anomaly detector,
  dashboard folder, KPI tile, custom domain, access request, retention curve, live view, event filter,
  project, destination, webhook, survey, milestone tracker, benchmark
`);

export const INTEGRATIONS = list(`
  Snowflake, BigQuery, Salesforce, Slack, HubSpot, Amazon Redshift, Segment, Zendesk, Okta, Databricks,
  Google Sheets, PostgreSQL, Stripe, Shopify, Intercom, Marketo, Braze, Microsoft Teams,
  Jira, Google Ads, Amazon S3, Fivetran, dbt, RudderStack, mParticle, Iterable, Customer.io, Looker,
  Tableau, Power BI, ClickHouse, Google Cloud Storage, Kafka, Amazon Kinesis, Auth0, OneLogin, JumpCloud,
  Google Workspace, Zapier, Webflow, WordPress, Chargebee, Zuora, Freshdesk, ServiceNow, PagerDuty,
  Datadog, Mailchimp, Gainsight, Metabase, MySQL, MongoDB, Airflow, LinkedIn Ads, Meta Ads, Microsoft Entra ID
`);

export const CRMS = list('Salesforce, HubSpot, Microsoft Dynamics 365, Pipedrive, Zoho CRM');
export const WAREHOUSES = list('Snowflake, BigQuery, Amazon Redshift, Databricks, PostgreSQL, ClickHouse');
export const IDENTITY_PROVIDERS = list('Okta, Microsoft Entra ID, Google Workspace, OneLogin, JumpCloud, Auth0');
export const SDKS = list(`
  JavaScript SDK, iOS SDK, Android SDK, React Native SDK, Node.js SDK, Python SDK, Flutter SDK, Java SDK,
  Go SDK, Ruby SDK, Unity SDK, .NET SDK, PHP SDK
`);

/** Base forms of what people do to things in Lumen. */
export const VERBS = list(`
  create, share, edit, export, schedule, duplicate, rename, filter, delete, embed, archive, restore, pin,
  move, compare, annotate, lock, publish, copy, tag, reorder, subscribe to, favourite, transfer, clone, review
`);

export const ROLES = list(`
  analyst, product manager, editor, viewer, workspace admin, owner, data engineer, billing admin,
  developer, marketing lead, customer success manager, security officer, IT administrator,
  growth marketer, data steward, team lead, executive sponsor, finance controller, support agent,
  designer, project admin, solutions architect
`);

export const TEAMS = list(`
  Product, Marketing, Finance, Sales, Support, Growth, Operations, Engineering, Data, Design,
  Lifecycle, Partnerships, Mobile, Checkout, Onboarding, Platform, Revenue, Retention, Payments, Research
`);

/** Menu paths, written as the interface shows them. */
export const MENUS = list(`
  Analyze → Funnels, Sources → Connections, Admin → Members, Dashboards → All dashboards,
  Keys and tokens → API keys, Tracking plan → Events, Alerts → Monitors, Analyze → Retention,
  Billing → Invoices, Security → Single sign-on, Warehouse → Sync jobs, Catalog → Properties, Admin → Roles,
  Analyze → Cohorts, Integrations → Catalog, Profile → Notifications, Experiments → Results,
  Govern → Data dictionary, Govern → Sampling, Projects → Environments, Admin → Audit trail, Analyze → Paths,
  Revenue → Reports, Live view, Lookup tables → Uploads, Flags → All flags, Govern → Block rules,
  Admin → Usage, Profile → Personal tokens, Notebooks → New notebook, SQL editor, Admin → Retention policy,
  Destinations → Outbound, Templates → Gallery, Help → Status
`);

export const BUTTONS = list(`
  Save, Share, New, Add filter, Apply, Test connection, Publish, Export, Run sync now, Invite, Create alert,
  Generate key, Connect, Add step, Add breakdown, Compare to past, Download CSV, Copy link, Duplicate,
  Revoke, Reconnect, Retry, Archive, Restore, Confirm, Save as, Request access, Start backfill, Verify
`);

/** Settings: name (lowercase, as it reads in a sentence) | default | what it does. */
export const SETTING_ROWS = `
  conversion window | 7 days | How long people have to finish a funnel
  session timeout | 30 minutes | Inactivity after which a visit is closed
  retention period | 25 months | How long raw history is kept
  sampling rate | 100% | Share of traffic stored for analysis
  reporting time zone | UTC | Zone that reporting periods follow
  sync frequency | Hourly | How often connectors pull changed rows
  alert threshold | 20% change | Movement that makes an alert fire
  identity resolution | On | Merges anonymous visitors with known people
  first weekday | Monday | Day that reporting weeks begin on
  currency | EUR | Currency that revenue is converted to
  fiscal year start | January | Month that quarters are counted from
  IP anonymisation | On | Drops the last octet of visitor addresses
  bot filtering | On | Ignores known crawlers and uptime checks
  batch size | 500 | Calls bundled into one request by the SDKs
  backfill window | 3 months | How far back a fresh connector reads
  initial date range | Last 4 weeks | Range a chart opens with
  notification digest | Daily | How often mentions and shares are summarised
  minimum group size | 5 | Smallest group shown in a breakdown
  query timeout | 120 seconds | When a long-running query is cancelled
  cache lifetime | 1 hour | How long results are reused
  export format | CSV | File type for downloads
  row limit | 10,000 | Rows shown before results are cut off
  allowed domains | None | E-mail domains that may join without an invitation
  password policy | 12 characters | Rules for passwords while SSO is off
  two-factor requirement | Off | Whether members need a second factor
  SCIM token expiry | 1 year | When provisioning tokens stop working
  audit log retention | 1 year | How long admin changes are kept
  hosting region | EU | Where your information is hosted
  monthly volume cap | None | Volume after which incoming traffic is dropped
  cohort refresh interval | 6 hours | How often saved cohorts are recomputed
  attribution window | 1 month | How far back a touchpoint can earn credit
  chart colour palette | Default | Colours used for series
  embed allowlist | None | Sites allowed to show embedded boards
  API rate limit | 600 per minute | Requests allowed for each token
  custom domain | None | Host for shared links
  property case sensitivity | Off | Whether Plan and plan count as different properties
  null handling | Show as (none) | How missing values appear in breakdowns
  deduplication window | 24 hours | Period in which repeated insert IDs are dropped
  late arrival cutoff | 2 weeks | Oldest timestamp still accepted
  default dashboard | None | Board that opens after sign-in
`
  .trim()
  .split('\n')
  .map((row) => row.split('|').map((cell) => cell.trim()) as [string, string, string]);
export const SETTINGS = SETTING_ROWS.map(([name]) => name);

export const SYMPTOMS = list(`
  empty, out of date, slow to load, missing recent events, showing duplicate users,
  different from the warehouse, stuck on Loading, showing zero conversions, counting internal traffic,
  timing out, lower than expected, higher than yesterday, not refreshing, cut off after 10000 rows,
  showing (none) values, blank in the e-mail
`);

export const PROBLEMS = [
  'a board shows nothing for yesterday',
  'numbers disagree with {warehouse}',
  'the {integration} connector stops without an error',
  'people appear twice',
  'charts time out',
  'invitations never arrive',
  'the snippet does not load',
  'exports come out empty',
  'alerts fire too often',
  'SSO loops back to the login page',
  'conversion drops to zero overnight',
  'properties show up as (none)',
  'the API returns 429 errors',
  'revenue totals are off by a factor of 100',
  'iOS activity is missing',
  'session counts double after a release',
  'scheduled reports arrive blank',
  'a funnel shows more people in a later step',
  'the warehouse copy duplicates rows',
  'events arrive hours late',
];

export const CAUSES = [
  'the API key was rotated and the old one revoked',
  'an ad blocker stops the tracking snippet',
  'the project time zone differs from the time zone in {warehouse}',
  'the event was renamed in the tracking plan',
  'the service user lost the USAGE privilege on the schema',
  'the conversion window is shorter than the real journey',
  'events carry a client timestamp far in the past',
  'an identity merge linked two people to one profile',
  'a dashboard filter excludes test users',
  'the sampling rate is below 100%',
  'SCIM deprovisioned the person who owned the sync',
  'the IP allowlist in {integration} blocks our servers',
  'the query hits the row limit of the {tier} plan',
  'the {sdk} is initialised twice on the same page',
  'the `{property}` property is sent as text on some events and as a number on others',
  'the user ID changes when people sign in',
  'the {integration} token expired after {days} days',
  'a block rule drops `{event}` before it is stored',
  'late events arrive after the cutoff and are discarded',
  'the currency setting does not match the currency of your orders',
];

export const FIXES = [
  'generate a new key in **Keys and tokens → API keys** and paste it into the source',
  'add our IP addresses to the allowlist in {integration}',
  'set the same time zone in the project and in {warehouse}',
  'grant the service user USAGE on the schema and SELECT on its tables',
  'make the conversion window longer, for example {days} days',
  'send a server timestamp, or turn on **Use received time**',
  'unmerge the two profiles from **Live view**',
  'remove the filter or save the dashboard with **Include test users** on',
  'set the sampling rate back to 100% in **Govern → Sampling**',
  'reconnect the source with a service account instead of a personal one',
  'call `init()` once, in the root layout',
  'send the property with one type everywhere and add a cast in the tracking plan',
  'call `identify` with the same ID on every platform',
  'reconnect {integration} and choose **Never expire** for the token',
  'edit the block rule so it only matches test traffic',
  'raise the late arrival cutoff in **Admin → Retention policy**',
];

export const ERROR_MESSAGES = [
  'Credentials for {integration} were rejected',
  'Query ran longer than {n} seconds',
  'Property {property} has the wrong type',
  'Too many requests, retry after {n} seconds',
  'Table not found in schema {schema}',
  'Service user lacks the USAGE privilege',
  'Payload larger than 1 MB',
  'Timestamp more than 30 days in the future',
  'Event name is empty',
  'Workspace quota exceeded',
  'Certificate has expired',
  'SAML response is not signed',
  'SCIM token has expired',
  'Unknown project ID',
  'Webhook endpoint returned 500',
  'Export bucket is not writable',
  'Column {property} changed type',
  'Duplicate insert ID',
  'Clock skew larger than {n} minutes',
  'Connection refused by host',
];

export const PLAN_TIERS = list('Free, Starter, Growth, Business, Enterprise');

export const UNITS = list(`
  seats, monthly tracked users, events per month, saved reports, API requests per minute, rows per sync,
  dashboards per project, alerts, projects, concurrent queries, properties per event, cohorts,
  GB of export per day, custom events, lookup tables, scheduled reports, notebooks, feature flags
`);

export const METRICS = list(`
  stickiness, activation rate, net revenue retention, weekly active users, average order value,
  time to value, daily active users, churn rate, session length, trial conversion rate, NPS,
  feature adoption rate, day-7 retention, checkout conversion, cart abandonment rate,
  onboarding completion rate, expansion revenue, signup rate, support ticket volume,
  customer lifetime value, monthly recurring revenue, time to first report, seat utilisation,
  free-to-paid conversion, search success rate, crash-free sessions, invite acceptance rate,
  renewal rate, payback period, lead-to-opportunity rate, repeat purchase rate, retention
`);

export const EXPORT_FORMATS = list('CSV, Parquet, JSON, PDF, PNG, Google Sheets, Excel');
export const INTERVALS = list('hourly, daily, every 15 minutes, every 6 hours, weekly, every 30 minutes, twice a day, nightly');
export const CHANNELS = list('e-mail, Slack, Microsoft Teams, webhook, PagerDuty, SMS');
export const REGIONS = list('EU, US, APAC, UK, Canada, Australia');
export const DURATIONS = list('a few minutes, 15 minutes, half an hour, an hour, 10 minutes, two hours, 5 minutes, a minute or two, 45 minutes, three hours');
export const KEYS = list('Ctrl + K, Ctrl + S, Ctrl + Enter, Shift + F, Ctrl + /, Esc, G then D, Alt + N');

// Long-tail name parts ---------------------------------------------------------------------------

export const EVENT_OBJECTS = list(`
  page, signup, checkout, order, product, cart, subscription, account, user, invoice, payment, session,
  report, dashboard, search, trial, project, file, message, document, task, video, course, lesson,
  article, form, profile, plan, coupon, ticket, invite, workspace, booking, shipment, listing, review,
  comment, notification, integration, export, template, lead, deal, campaign, survey, badge, reward,
  referral, card, transfer, loan, claim, appointment, prescription, ride, delivery, reservation, seat,
  playlist, wishlist, quote, contract, meeting, recording, upload, device, release, build, deployment,
  issue, sprint, recipe, level, match, quiz, donation, policy, vehicle, room, episode, podcast, story
`);

export const EVENT_ACTIONS = list(`
  viewed, created, completed, started, clicked, submitted, updated, added, purchased, opened, shared,
  deleted, exported, downloaded, uploaded, removed, renewed, cancelled, upgraded, downgraded, failed,
  succeeded, scheduled, sent, received, accepted, declined, archived, restored, searched, filtered,
  paused, resumed, expired, approved, rejected, booked, refunded, verified, invited, abandoned, rated,
  saved, skipped, played, joined, left, connected, disconnected
`);

export const PROPERTY_QUALIFIERS = list(`
  plan, page, utm, referrer, device, browser, billing, account, user, product, order, signup, first,
  last, cart, company, app, os, session, campaign, country, screen, trial, subscription, payment,
  search, error, feature, content, region, city, locale, currency, seat, team, experiment, variant,
  article, video, lifetime, initial, current, previous, preferred, primary, shipping, checkout, course,
  coupon, invoice, integration, export, report, source, deal, lead, survey, ticket, store, network
`);

export const PROPERTY_NOUNS = list(`
  id, name, type, tier, count, total, amount, value, source, medium, channel, domain, url, path,
  category, status, version, model, language, code, duration, size, price, discount, quantity, rank,
  score, stage, step, date, timestamp, reason, method, label, segment, owner, role, term, position, index
`);

/** Error constants are SUBSYSTEM_CONDITION. */
export const ERROR_SUBSYSTEMS = list('SYNC, AUTH, QUERY, EXPORT, INGEST, SCHEMA, SSO, SCIM, BILLING, EMBED, API, WEBHOOK, ALERT, IDENTITY, CONNECTOR');
export const ERROR_CONDITIONS = list(`
  TIMEOUT, FORBIDDEN, NOT_FOUND, RATE_LIMITED, INVALID_TOKEN, SCHEMA_DRIFT, PAYLOAD_TOO_LARGE,
  QUOTA_EXCEEDED, CERT_EXPIRED, CLOCK_SKEW, DUPLICATE_KEY, MISSING_PRIVILEGE, UNREACHABLE, TYPE_MISMATCH
`);

/** Customer names are a head and a tail run together, then an industry word: "Cedarpoint Logistics". */
export const BRAND_HEADS = list(`
  North, Blue, Cedar, Silver, Oak, River, Stone, Summit, Harbor, Pine, Iron, Maple, Copper, Green, Red,
  Sun, Cloud, Star, Fox, Wolf, Bear, Eagle, Amber, Birch, Cobalt, Crimson, Ever, Fern, Granite, Juniper,
  Kestrel, Lark, Nimbus, Onyx, Opal, Quartz, Sage, Tidal, Velvet, Willow, Zephyr, Alder, Aspen, Basil,
  Clover, Coral, Dune, Ember, Falcon, Frost, Garnet, Hazel, Indigo, Jade, Kite, Lotus, Marble, Meadow,
  Nova, Orchid, Pebble, Raven, Saffron, Slate, Sparrow, Thistle, Tundra, Umber, Vale, Wren, Yarrow,
  Zinc, Atlas, Beacon, Canyon, Delta, Echo, Fable, Glacier, Halo, Ivory, Jasper, Krypton, Lumen, Mosaic
`).filter((head) => head !== 'Lumen');

export const BRAND_TAILS = list(`
  field, point, wave, stack, works, gate, path, bridge, crest, leaf, peak, port, ridge, shore, spark,
  vale, wind, wood, brook, forge, haven, hill, lake, light, mark, mill, moor, rock, side, stream, ton,
  view, ward, well, wick, yard, berry, bloom, craft, dale, fall, fold, frame, glen, grove, hurst, land,
  loft, more, nest, pine, pond, reach, run, scape, sky, stead, tree, ville
`);

export const INDUSTRIES = list(`
  Logistics, Health, Labs, Software, Retail, Games, Bank, Insurance, Media, Foods, Travel, Energy,
  Learning, Mobility, Pharma, Robotics, Studios, Apparel, Fitness, Telecom, Analytics, Capital, Homes,
  Markets, Payments, Security, Pets, Music, Outdoor, Clinics, Freight, Motors, Cosmetics, Furniture,
  Hotels, Airlines, Ventures, Systems, Bikes, Coffee
`);

export const FIRST_NAMES = list(`
  Amara, Jordan, Katrin, Wei Lin, Mateo, Priya, Olusegun, Sofia, Hiroshi, Elena, Noah, Fatima, Lukas,
  Chloé, Diego, Aisha, Tomás, Ingrid, Ravi, Mei, Samuel, Zainab, Henrik, Lucía, Kwame, Yara, Oskar,
  Nadia, Rafael, Sunita, Emeka, Camille, Jonas, Leila, Marco, Hana, Arjun, Greta, Tariq, Ana, Felix,
  Ngozi, Pedro, Saskia, Kenji, Malika, Bruno, Ayumi, Dmitri, Isabel, Yusuf, Freya, Thiago, Anika
`);

export const LAST_NAMES = list(`
  Ellis, Vogel, Tan, Okafor, Duarte, Nakamura, Lindqvist, Moreau, Kapoor, Haddad, Fischer, Santos,
  Adeyemi, Kowalski, Reyes, Chen, Novak, Bergström, Mensah, García, Larsen, Iyer, Schmidt, Rossi,
  Alvarez, Kimura, Oyelaran, Dubois, Petrov, Castillo, Hoffmann, Nguyen, Ibrahim, Costa, Brennan,
  Sato, Mahlangu, Varga, Ferreira, Lund, Osei, Horvat, Andersen, Patel, Silva, Walsh, Yilmaz, Kaur
`);

export const CS_TITLES = list(`
  Customer Success Manager, Senior Solutions Engineer, Customer Success Engineer, Onboarding Lead,
  Head of Customer Success, Technical Account Manager, Director of Onboarding, Senior CSM,
  Training Lead, Product Specialist
`);

/** Where live sessions take place, with the city used in session ids. */
export const ZONES = [
  { zone: 'America/New_York', city: 'new-york' },
  { zone: 'Europe/Berlin', city: 'berlin' },
  { zone: 'Europe/London', city: 'london' },
  { zone: 'Asia/Singapore', city: 'singapore' },
  { zone: 'America/Los_Angeles', city: 'san-francisco' },
  { zone: 'Australia/Sydney', city: 'sydney' },
  { zone: 'America/Sao_Paulo', city: 'sao-paulo' },
  { zone: 'Asia/Kolkata', city: 'bangalore' },
  { zone: 'Asia/Tokyo', city: 'tokyo' },
  { zone: 'Europe/Paris', city: 'paris' },
];

// The knowledge base's categories and sections ------------------------------------------------

/**
 * Categories in the order a small help center would have them, with the kind of article they
 * lean to and prose only they use. Each section is "Name" or "Name|subject" (the singular thing
 * its articles are about); a section named after an integration or SDK is about that.
 */
export const CATEGORIES: { name: string; lean: ArticleKind; prose: string[]; sections: string[] }[] = [
  {
    name: 'Getting started',
    prose: [
      'Most new workspaces send their first event within an hour of signing up; the snippet goes in the head of every page.',
      'Invite the {roles} who will own dashboards first, then everyone else once the first ones exist.',
      'A kickoff checklist keeps the first week short: owners, questions, a tracking plan and one shared dashboard.',
      'Start with three questions your team argues about today, such as what drives {metric}.',
      'Templates give new teams a working example before their own events arrive.',
      'If you are moving from spreadsheets, import last quarter as CSV so trends start with some history.',
      'Name one owner per project; owners approve new events and keep the tracking plan tidy.',
      'The sample project has six months of realistic data from {customer} to practise on.',
      'Your trial includes every feature of the Business tier for fourteen days, with no card required.',
      'A good first week ends with one board that the whole company bookmarks.',
      'Ask engineering for half a day: installing the snippet and naming five key actions is usually enough to begin.',
      'Sample questions help: which signup channel converts best, and where do trial users stall?',
      'The onboarding checklist in the sidebar ticks itself off as you complete each task.',
      'Keep the first tracking plan short; twenty well-named actions beat two hundred vague ones.',
      'Single-page apps need route changes tracked explicitly, or every visit looks like one page view.',
      'Import historical orders from a spreadsheet if you want year-over-year comparisons from day one.',
      'Your customer success manager joins the kickoff call and shares a tailored plan afterwards.',
      'Product, marketing and data teams usually want different boards; start with the product one.',
      'Migrating from another analytics tool? Map its naming to yours before importing anything.',
      'The glossary explains terms such as cohort, breakdown and conversion window in plain language.',
    ],
    lean: 'howto',
    sections: list(`
      Set up your workspace|workspace, Install the tracking snippet|tracking snippet, Your first week|dashboard,
      Plan your tracking|tracking plan, Invite your team|invitation, Key concepts|event, Quick wins|template,
      Migrating from another tool|migration, Lumen for product teams|product metric,
      Lumen for marketing teams|campaign report, Lumen for data teams|data model, Onboarding checklist|checklist,
      Glossary|term, Welcome to Lumen|workspace tour
    `),
  },
  {
    name: 'Data sources',
    prose: [
      'The connector reads from a dedicated schema and never writes to your tables.',
      'Give the service user in {warehouse} its own small compute so syncs do not queue behind reporting jobs.',
      'Incremental syncs use a cursor column, usually `updated_at`; without one, every run reads the whole table.',
      'Network policies must allow the three egress addresses listed on the connection page.',
      'Columns are mapped to properties on the first run; new columns appear after the next sync.',
      'A full refresh rebuilds history and counts against the rows-per-sync quota.',
      'Credentials are stored encrypted with a per-workspace key and can be rotated without downtime.',
      'Partitioned tables sync faster when the partition column is part of the cursor.',
      'Snowflake, BigQuery, Redshift and Databricks are supported as both sources and destinations.',
      'Key-pair authentication is recommended over passwords for warehouse service users.',
      'Views work as sources, but materialised tables sync faster and cost less compute.',
      'Soft-deleted rows are skipped when the table has a deleted flag you point the connector at.',
      'Schema drift, such as a renamed column, pauses the connector until someone approves the mapping.',
      'CSV imports accept files up to 2 GB, compressed or not, with a header row.',
      'Kafka topics are consumed with at-least-once delivery; duplicates are dropped by insert ID.',
      'Object storage sources read newline-delimited JSON and Parquet files from a prefix you choose.',
      'Each connection shows rows read, rows loaded and the cost estimate of its last run.',
      'Reverse ETL sends cohorts back to the warehouse as a table refreshed on a schedule.',
      'Bucket policies need list and read permissions on the prefix, nothing more.',
      'Clustering the source table by timestamp cuts the cost of incremental reads substantially.',
    ],
    lean: 'howto',
    sections: list(`
      Snowflake, BigQuery, Amazon Redshift, Databricks, PostgreSQL, Segment, ClickHouse, RudderStack,
      mParticle, Amazon S3, Google Cloud Storage, Kafka, CSV imports|CSV import, Server-side tracking|server-side event
    `),
  },
  {
    name: 'Dashboards',
    prose: [
      'A dashboard holds up to 40 tiles arranged on a twelve-column grid.',
      'Dashboard filters override tile filters only where both use the same property.',
      'Viewers see cached results; editors can force a refresh from the tile menu.',
      'Annotations mark releases and campaigns, so a spike in {metric} has its explanation right next to it.',
      'Folders mirror teams: each folder inherits the sharing settings of its parent.',
      'Scheduled deliveries render a PDF snapshot at the chosen hour.',
      'Embedding requires a signed token that expires after one hour by default.',
      'KPI tiles compare the current period with the previous one and colour the change.',
      'Tiles can show a chart, a single number, a table, a text note or an embedded video.',
      'Drag the corner of a tile to resize it; other tiles move out of the way.',
      'Cross-filtering lets a click on one chart filter every other tile on the board.',
      'Boards load tiles lazily, so the ones below the fold run their queries only when scrolled into view.',
      'Version history keeps the last fifty saves of each board, with the author of each.',
      'Dark and light themes apply to shared and embedded boards too.',
      'Public boards are read-only, and viewers cannot see the underlying queries.',
      'Text tiles support Markdown, so a board can explain its own numbers.',
      'Copying a board to another project remaps its charts to matching names where possible.',
      'Full-screen mode hides navigation and cycles through tabs every minute.',
      'Slow tiles show a timer; hovering it reveals how long the query took.',
      'Board-level date controls override the range of every chart that opts in.',
    ],
    lean: 'howto',
    sections: list(`
      Building dashboards|dashboard, Chart types|chart, Filters and date ranges|filter,
      Sharing and embedding|embed, Dashboard folders|dashboard folder, Templates|template, KPI tiles|KPI tile,
      Annotations|annotation, Scheduled reports|scheduled report, TV mode and displays|display screen,
      Comments|comment, Dashboard performance|dashboard query, Formulas|formula
    `),
  },
  {
    name: 'Reports and analysis',
    prose: [
      'Funnel steps must happen in order, within the conversion window, by the same person.',
      'Retention counts someone as returning if they perform the return event in a later interval.',
      'Cohorts are saved definitions, so membership updates as new people match.',
      'Paths show the most frequent sequences before or after a chosen event and group the long tail.',
      'Breakdowns by more than two properties quickly split the audience into groups too small to trust.',
      'Groups under a hundred people are noisy; the chart draws them with a dotted line.',
      'Formulas combine series, for example conversions divided by visits, with ordinary arithmetic.',
      'Revenue reports read the amount property and convert currencies at the daily rate.',
      'Conversion can be measured in unique people or in total completions of the journey.',
      'Holding a property constant ensures the same plan or device is used across all funnel steps.',
      'Unbounded retention counts anyone who returns on or after a given interval.',
      'Lifecycle charts split active people into new, returning, resurrected and dormant.',
      'Stickiness measures how many days per week or month someone comes back.',
      'Distribution charts show how often people repeat an action, for example orders per customer.',
      'Attribution models include first touch, last touch, linear and position-based.',
      'Forecasts project a metric forward with a confidence band that widens over time.',
      'Notebooks mix charts, SQL results and written analysis in one shareable document.',
      'The SQL editor autocompletes table and column names from the shared schema.',
      'Heatmaps aggregate clicks and scroll depth per page template rather than per address.',
      'Comparing two segments side by side highlights where their journeys diverge.',
    ],
    lean: 'concept',
    sections: list(`
      Funnels|funnel, Retention|retention chart, Cohorts|cohort, Paths|path analysis, Segmentation|segment,
      User profiles|user profile, Revenue|revenue report, Attribution|attribution model,
      Custom metrics|metric, Forecasts|forecast, Anomaly detection|anomaly detector, Notebooks|notebook,
      SQL editor|SQL query, Heatmaps|heatmap
    `),
  },
  {
    name: 'Administration',
    prose: [
      'Admins manage members, roles and projects; only the owner can transfer the workspace.',
      'Custom roles combine granular permissions such as export, share externally and manage the tracking plan.',
      'Deactivated members free their seat immediately, and their dashboards stay with the team.',
      'Access requests land in the admin inbox and expire after fourteen days.',
      'The audit log keeps every administrative change for at least one year.',
      'Environments separate production from staging, each with its own keys.',
      'Usage quotas are shown per project, so admins can see which team drives volume.',
      'A person may belong to several teams; the most generous role wins.',
      'Invitations expire after seven days; admins can resend them from the member list.',
      'Guests can view shared boards in one project without taking a paid seat.',
      'Project-level roles override workspace roles for that project only.',
      'Bulk actions let admins change the role of many members at once from a CSV.',
      'The usage page breaks volume down by source, project and day.',
      'Transferring ownership requires the new owner to accept within forty-eight hours.',
      'Deleting a workspace schedules permanent erasure after a thirty-day grace period.',
      'Domain capture lets anyone with a company e-mail join as a viewer automatically.',
      'Service accounts have no seat and cannot sign in to the interface.',
      'Admins receive a monthly summary of seats, usage and security events.',
      'Restricted projects stay invisible to members who are not explicitly added.',
      'Retention policies can be stricter for individual projects than for the workspace.',
    ],
    lean: 'howto',
    sections: list(`
      Équipes et rôles|role, Workspace settings|workspace setting, Users and seats|seat, Teams|team,
      Projects and environments|project, Custom roles|custom role, Access requests|access request,
      Audit log|audit log entry, Data retention|retention policy, Domains and allowlists|allowed domain,
      Workspace ownership|workspace owner, Usage and quotas|quota, Deleting a workspace|workspace deletion
    `),
  },
  {
    name: 'Billing',
    prose: [
      'Invoices are issued on the first business day of the month and payable within thirty days.',
      'Overages are billed in arrears at the rate on your order form.',
      'Seats are prorated when you add them mid-term; removals take effect at renewal.',
      'Card payments are processed by our payment provider; we never see the full card number.',
      'VAT is charged according to the billing address unless a valid VAT number is on file.',
      'Purchase order numbers appear on every invoice once a billing admin adds them.',
      'Downgrades keep your history; features above the new tier become read-only.',
      'Annual contracts renew automatically unless cancelled sixty days before the end of term.',
      'Prices are listed per month; annual billing saves the equivalent of two months.',
      'Credit notes are issued automatically when a downgrade takes effect mid-cycle.',
      'Invoices can be sent to several addresses, such as accounts payable and the budget owner.',
      'Bank transfers must reference the invoice number to be matched automatically.',
      'Volume tiers are applied per calendar month, never averaged over the year.',
      'Add-ons such as extra retention or premium support appear as separate invoice lines.',
      'Billing admins can download every invoice since the account was opened as a ZIP file.',
      'Failed card payments are retried three times over a week before the account is flagged.',
      'Nonprofits and schools can apply for a discount from the pricing page.',
      'Quotes for custom contracts are valid for thirty days.',
      'Usage-based charges are estimated daily on the billing page, so there are no surprises.',
      'Reseller customers are billed by their partner rather than by us.',
    ],
    lean: 'reference',
    sections: list(`
      Plans and pricing|plan, Invoices|invoice, Payment methods|payment method, Seats and licences|licence,
      Event volume and overages|overage, Upgrades and downgrades|plan change, Taxes and VAT|VAT number,
      Purchase orders|purchase order, Cancelling|cancellation, Credits and refunds|credit note,
      Annual contracts|contract
    `),
  },
  {
    name: 'Security & compliance',
    prose: [
      'Single sign-on works with any SAML 2.0 identity provider, including {idp}.',
      'SCIM creates, updates and deactivates accounts as people join, move or leave.',
      'Enforcing SSO turns off password sign-in for everyone except the break-glass owner.',
      'Stored data is encrypted with AES-256, and traffic uses TLS 1.2 or later.',
      'Deletion requests under GDPR are completed within thirty days and logged.',
      'Our SOC 2 Type II report is available under NDA from the trust center.',
      'IP allowlisting restricts sign-in and API access to the ranges you list.',
      'Subprocessors are listed publicly, with thirty days of notice before a new one is added.',
      'Session length can be capped, after which everyone signs in again through the identity provider.',
      'Group claims in the SAML assertion can assign roles automatically at sign-in.',
      'Just-in-time provisioning creates an account the first time someone signs in through SSO.',
      'Audit exports can be streamed to a security information and event management tool.',
      'Customer-managed encryption keys are available for enterprise contracts.',
      'Personal data can be pseudonymised at ingestion by hashing chosen properties.',
      'Data processing agreements are signed electronically from the trust center.',
      'A vulnerability disclosure programme rewards researchers who report issues responsibly.',
      'Backups are encrypted, stored in a second region and tested every quarter.',
      'Employees access customer data only through a logged, time-limited approval.',
      'The HIPAA add-on restricts which features may process protected health information.',
      'Right-to-access requests return everything stored about a person as a JSON file.',
    ],
    lean: 'howto',
    sections: list(`
      Single sign-on|SSO connection, SCIM provisioning|SCIM token, Okta, Microsoft Entra ID, Google Workspace,
      Two-factor authentication|two-factor code, IP allowlisting|IP allowlist, Data residency|data region,
      Protection des données|deletion request, SOC 2 and ISO 27001|audit report, Encryption|encryption key,
      HIPAA|business associate agreement, Penetration tests|security review, Subprocessors|subprocessor
    `),
  },
  {
    name: 'API & developers',
    prose: [
      'Every request needs a bearer token; service accounts are preferred over personal tokens.',
      'Responses are paginated with an opaque cursor, returned as `next_cursor`.',
      'The ingestion endpoint accepts batches of up to 500 events or 1 MB.',
      'Rate limits apply per token; the `Retry-After` header says how long to wait.',
      'Timestamps are ISO 8601 in UTC, and numbers are never quoted.',
      'Idempotency keys make retries safe: a repeated key returns the original result.',
      'Breaking changes ship in a new major version; the previous one stays for twelve months.',
      'Webhook payloads are signed with HMAC-SHA256 in the `X-Lumen-Signature` header.',
      'Base URLs differ by hosting region, so use the one shown in your workspace settings.',
      'Client libraries exist for Python, Node.js, Go and Java, all generated from the OpenAPI description.',
      'Sandbox projects accept the same calls without affecting production volume.',
      'Long-running exports return a job ID that you poll until the file is ready.',
      'Field selection with the fields parameter keeps responses small.',
      'Deprecation notices arrive in a response header months before an endpoint is removed.',
      'Batch endpoints return per-item results, so one invalid item does not fail the rest.',
      'Webhook deliveries are retried with exponential backoff for up to twenty-four hours.',
      'The Terraform provider manages projects, roles and alerts as code.',
      'Command-line tools read credentials from environment variables or a profile file.',
      'Embedded charts are authorised with short-lived tokens signed by your backend.',
      'The changelog lists every addition and fix, with the date it reached production.',
    ],
    lean: 'reference',
    sections: list(`
      API keys|API key, Authentication|access token, Query API|query request, Export API|export job,
      Ingestion API|batch request, Management API|management request, Webhooks|webhook, Rate limits|rate limit,
      Pagination|cursor, Errors and status codes|error code, CLI|CLI command, Embedding SDK|embed token,
      Terraform provider|Terraform resource, SDK changelog|SDK release
    `),
  },
  {
    name: 'Troubleshooting',
    prose: [
      'Compare a single day first; a mismatch over a whole month hides its cause.',
      'Browser developer tools show whether the collect request returned 200.',
      'Most discrepancies come from time zones, filters and deduplication, in that order.',
      'Clearing the chart cache rules out stale results.',
      'A private window rules out extensions that block requests.',
      'The status page lists incidents; subscribe to receive them by e-mail.',
      'Include the request ID from the error message when you contact support.',
      'Reproduce the problem in a test project before changing production settings.',
      'A hard refresh bypasses cached scripts after an SDK upgrade.',
      'Content security policies must allow our ingestion host, or the browser silently drops requests.',
      'Mismatched user IDs between web and mobile are the most frequent cause of duplicate profiles.',
      'Daylight saving changes can shift hourly charts by one hour twice a year.',
      'Corporate proxies sometimes strip authorisation headers from outgoing requests.',
      'An expired certificate on your own endpoint makes webhook deliveries fail.',
      'Query timeouts usually disappear when the date range is shortened or a filter is added.',
      'Old app versions still in use can keep sending deprecated names for months.',
      'Server clocks that drift produce timestamps in the future, which are rejected.',
      'Copying a chart between projects can break if the target project lacks the same names.',
      'Export failures are often caused by bucket permissions that changed after setup.',
      'Support engineers can reproduce most issues faster with a screen recording.',
    ],
    lean: 'troubleshooting',
    sections: list(`
      Missing data|missing event, Duplicate users|duplicate profile, Numbers don't match|discrepancy,
      Slow dashboards|slow query, Sync failures|sync error, Sign-in problems|sign-in error,
      Tracking snippet issues|tracking request, Ad blockers|blocked request, Time zones|time zone,
      Mobile SDK issues|SDK error, Export failures|export error, Error codes|error code, Browser support|browser
    `),
  },
  {
    name: 'Tracking & SDKs',
    prose: [
      'Initialise the SDK once, as early as possible, and before any track call.',
      'Events are queued on the device and sent in batches every few seconds, or when the app goes to the background.',
      'Anonymous IDs are merged with the user ID when `identify` is called after sign-in.',
      'The debug flag logs every call to the console without changing what is sent.',
      'Consent mode holds events in memory until the visitor agrees, then sends them.',
      'Offline events are stored for up to seven days and flushed when the connection returns.',
      'Automatic page views can be switched off if your router sends its own.',
      'Super properties are attached to every event after they are registered.',
      'Mobile SDKs respect the operating system advertising opt-out automatically.',
      'Group calls associate a person with a company, enabling account-level analysis.',
      'Screen views on mobile play the role that page views play on the web.',
      'Session replay can be sampled separately from analytics to limit bandwidth.',
      'Server-side libraries should flush their queue before a process exits.',
      'Reset clears the stored identity when someone signs out on a shared device.',
      'Timestamps should be sent in UTC; the SDKs do this for you.',
      'Custom storage lets browser SDKs keep identity in first-party cookies only.',
      'Network requests are compressed with gzip when the payload exceeds a few kilobytes.',
      'Event validation in development mode warns about names missing from the tracking plan.',
      'Automatic capture of clicks and form submissions can be enabled per page.',
      'Cross-domain tracking passes the anonymous ID in a query parameter.',
    ],
    lean: 'howto',
    sections: list(`
      JavaScript SDK, iOS SDK, Android SDK, React Native SDK, Node.js SDK, Python SDK, Flutter SDK, Java SDK,
      Go SDK, HTTP tracking API|tracking request, Identity and user IDs|user ID, Consent and cookies|consent banner,
      Debugging events|debugger, Ruby SDK
    `),
  },
  {
    name: 'Events and properties',
    prose: [
      'Event names are case-sensitive; a tracking plan keeps them consistent across platforms.',
      'Each property has one type; values of another type are stored but flagged.',
      'Computed properties derive a value, such as days since signup, at query time.',
      'Lookup tables enrich events with attributes from a CSV, joined on a key property.',
      'Block rules drop matching events before storage, so they never count toward volume.',
      'Late events are accepted for up to 30 days and recalculated into past charts.',
      'Renaming an event only changes its display name; merging combines the history of both.',
      'Data checks compare volume with the previous week and warn about sudden drops.',
      'Naming conventions such as object plus past-tense verb keep plans readable.',
      'Property descriptions appear as tooltips wherever the property is offered.',
      'Hidden properties stay stored but disappear from pickers to reduce clutter.',
      'Enumerated properties can list their allowed values, and others are flagged.',
      'User properties describe people, while event properties describe a single action.',
      'Derived events combine several raw events under one name for analysis.',
      'Verified events carry a badge, so analysts know which ones to trust.',
      'Schema approvals can require a reviewer from the data team.',
      'Array properties support contains and does-not-contain filters.',
      'Currency properties are converted at query time using the day of the event.',
      'Bulk edits in the data dictionary accept a CSV with names and descriptions.',
      'Archived names free up space in quotas without deleting history.',
    ],
    lean: 'concept',
    sections: list(`
      Tracking plan|tracking plan, Event schemas|event schema, Properties|property, User properties|user property,
      Computed properties|computed property, Lookup tables|lookup table, Data dictionary|data dictionary,
      Renaming and merging events|event, Block rules|block rule, Sampling|sampling rule,
      Late and out-of-order events|late event, Backfills|backfill, Data quality checks|data check
    `),
  },
  {
    name: 'Integrations',
    prose: [
      'The {integration} app installs from its marketplace and asks for read access only.',
      'Field mappings decide which {integration} fields become account properties.',
      'Syncs to {integration} run hourly and send only records that changed.',
      'Cohorts can be pushed to {integration} as lists, refreshed on each run.',
      'Disconnecting stops future syncs; what was already sent stays in {integration}.',
      'Sandbox accounts can be connected separately to test mappings.',
      'Each integration keeps its own activity log with the last 100 runs.',
      'OAuth tokens refresh automatically as long as the connecting user stays active.',
      'Integrations are configured per project, so staging and production stay separate.',
      'Two-way integrations can both read from and write to the connected tool.',
      'Custom objects are supported where the connected tool exposes them through its API.',
      'Rate limits of the connected tool are respected by slowing syncs down automatically.',
      'A test run sends ten records so you can check the mapping before going live.',
      'Usage fields such as last active date can appear on account records in the CRM.',
      'Marketing platforms receive audiences built from behaviour, updated hourly.',
      'Support tools can show a customer timeline next to each ticket.',
      'BI tools connect through the warehouse rather than directly.',
      'Zapier triggers fire when an alert goes off or a cohort changes size.',
      'Each destination has a field for a custom name shown in its activity log.',
      'Deleted records in the connected tool are not removed from our side automatically.',
    ],
    lean: 'howto',
    sections: list(`
      Salesforce, HubSpot, Zendesk, Slack, Intercom, Marketo, Braze, Iterable, Customer.io, Stripe, Shopify,
      Google Ads, Jira, Looker, Tableau, Power BI, Zapier, Gainsight
    `),
  },
  {
    name: 'Alerts and notifications',
    prose: [
      'An alert checks its metric on a schedule and fires when the value crosses the threshold.',
      'Baselines use the same weekday over the last four weeks, which avoids weekend false alarms.',
      'Snoozed alerts keep evaluating but stay silent until the snooze ends.',
      'Digests bundle several alerts into one message at a fixed hour.',
      'One alert can notify several channels, such as {channel} and an on-call rotation.',
      'Alert history keeps every evaluation for ninety days.',
      'Anomaly detection learns a band of normal values and flags points outside it.',
      'Mute an alert during planned maintenance rather than deleting it.',
      'Thresholds can be absolute values or percentage changes against a baseline.',
      'Evaluation frequency ranges from every five minutes to once a week.',
      'Recovery messages tell subscribers when a metric is back to normal.',
      'Alert messages include a small chart and a link to the underlying view.',
      'Quiet hours hold notifications overnight and deliver them at the start of the day.',
      'Escalation rules notify a second channel if nobody acknowledges within an hour.',
      'Personal alerts notify only their creator; shared alerts belong to the project.',
      'Webhook alerts post a JSON body that on-call tools understand.',
      'Seasonal baselines learn weekly and yearly patterns, such as holiday dips.',
      'Alert limits depend on the tier; archived alerts do not count.',
      'Testing an alert sends a sample message without waiting for the threshold.',
      'Labels help route alerts, for example to the payments squad.',
    ],
    lean: 'howto',
    sections: list(`
      Creating alerts|alert, Alert channels|alert channel, Slack notifications|Slack digest, E-mail digests|digest,
      Webhooks for alerts|webhook, Thresholds and baselines|threshold, Anomaly alerts|anomaly alert,
      Muting and snoozing|snooze, Alert history|alert event, Microsoft Teams notifications|Teams message,
      On-call tools|incident
    `),
  },
  {
    name: 'Experiments',
    prose: [
      'An experiment assigns each person to one variant and keeps them there.',
      'Guardrail metrics stop an experiment that hurts something important, such as {metric}.',
      'Significance is reported with a confidence interval, not just a p-value.',
      'Decide the sample size before launch and avoid stopping at the first good-looking result.',
      'Sequential testing allows peeking without inflating false positives.',
      'Holdout groups measure the combined effect of many launches over a quarter.',
      'Feature flags ship code dark and roll it out gradually by percentage.',
      'Exposure events record when a person actually saw the variant.',
      'Minimum detectable effect sets the smallest change worth detecting.',
      'Sample ratio mismatch warnings appear when traffic splits unevenly.',
      'Bayesian and frequentist results are both available for each metric.',
      'Experiments can target by country, platform, plan or any user property.',
      'Mutually exclusive layers stop one person from entering conflicting tests.',
      'Ramp-ups increase exposure in steps while guardrails are watched.',
      'Results are segmented by new and returning people automatically.',
      'Winsorising caps extreme values so a single whale does not decide the outcome.',
      'Flags can be evaluated on the server, in the browser or at the edge.',
      'Kill switches turn a feature off for everyone within seconds.',
      'Experiment reviews capture the hypothesis, decision and learnings.',
      'Novelty effects fade, so run tests over at least one full business cycle.',
    ],
    lean: 'concept',
    sections: list(`
      Setting up experiments|experiment, Feature flags|feature flag, Metrics and guardrails|guardrail metric,
      Statistical significance|significance test, Sample size|sample size, Variants and targeting|variant,
      Reading results|experiment result, Holdouts|holdout group, Flag providers|flag provider,
      Sequential testing|sequential test, Rollouts|rollout
    `),
  },
  {
    name: 'Account & profile',
    prose: [
      'Your profile holds your name, photo, language and time zone.',
      'Notification settings decide which mentions, shares and alerts reach your inbox.',
      'Personal tokens inherit your permissions and expire after ninety days.',
      'Favourites appear at the top of the sidebar on every device.',
      'Dark mode and reduced motion follow your system settings unless you override them.',
      'The mobile app shows dashboards and alerts; editing happens on the web.',
      'Pressing the question mark key lists every keyboard shortcut.',
      'Leaving a workspace removes your access but keeps what you built.',
      'Changing your e-mail address requires confirming the new one.',
      'Your time zone affects how dates appear to you, not the underlying numbers.',
      'Recovery codes let you sign in if you lose your authenticator app.',
      'The activity feed lists boards and reports you viewed recently.',
      'Language settings cover English, French, German, Spanish, Portuguese and Japanese.',
      'Notification e-mails can be turned off individually or all at once.',
      'High-contrast mode increases the contrast of charts and borders.',
      'Screen readers announce chart summaries, not just the image.',
      'Signing out everywhere ends sessions on every browser and device.',
      'Your avatar is taken from Gravatar unless you upload one.',
      'Push notifications on the mobile app can be limited to alerts.',
      'Pinned searches keep frequent queries one click away.',
    ],
    lean: 'howto',
    sections: list(`
      Your profile|profile, Notifications|notification, Password and sign-in|password, Language and region|language,
      Personal API tokens|personal token, Favourites|favourite, Themes and accessibility|theme, Mobile app|mobile app,
      Keyboard shortcuts|shortcut, Leaving a workspace|workspace membership
    `),
  },
  {
    name: 'Success with Lumen',
    prose: [
      'Your onboarding plan lists milestones, due dates and the training that helps with each.',
      'The health score combines adoption, engagement and support signals into one number.',
      'Your CSM reviews the plan with you every two weeks during onboarding.',
      'Business reviews look back at outcomes and agree goals for the next period.',
      'Certification exams can be taken online at any time and retaken after a week.',
      'Community events happen monthly, online and in person.',
      'Release notes are published every second Tuesday.',
      'Feature requests are tracked in the community forum, where votes shape the roadmap.',
      'Success plans are tailored to your segment: small teams, growing companies or large enterprises.',
      'Quarterly check-ins review adoption, open questions and upcoming launches.',
      'Office hours run twice a week for quick questions without an agenda.',
      'Customer advisory boards meet twice a year to shape the roadmap.',
      'Champions programmes recognise the people who help colleagues the most.',
      'Health scores are recalculated weekly and shared with your sponsor on request.',
      'Training paths combine self-paced courses with live sessions.',
      'Case studies show how companies in your industry measure value.',
      'Renewal conversations start ninety days before the end of the contract.',
      'Support SLAs depend on priority, from one hour for outages to two days for questions.',
      'Beta programmes give early access in exchange for feedback.',
      'Your account team can arrange a tailored workshop for a new department.',
    ],
    lean: 'concept',
    sections: list(`
      Your onboarding plan|onboarding plan, Health score|health score, Working with your CSM|CSM,
      Business reviews|business review, Training and certification|certification, Community|community event,
      Best practices|best practice, Customer stories|customer story, Release notes|release,
      Roadmap and feedback|feature request, Support and SLAs|support ticket
    `),
  },
];

/** Diagram titles for a section's images/ folder. */
export const DIAGRAMS = [
  'How {integration} feeds {features}',
  '{Subject} settings panel',
  'Where to find {subjects} in the sidebar',
  'The {subject} lifecycle',
  '{Subjects} and {features2} side by side',
  'Permissions for {subjects} by role',
  '{Subject} at a glance',
  'The sync schedule for {subjects}',
];

// Articles -------------------------------------------------------------------------------------

export type ArticleKind = 'howto' | 'troubleshooting' | 'reference' | 'concept';

export const TITLES: Record<ArticleKind, string[]> = {
  howto: [
    'How to {verb} {a:feature}',
    'Create {a:feature} from {a:feature2}',
    '{Verb} {features} with {roles}',
    'Set up {subjects} for your [team|workspace|project]',
    'Track {event} with the {sdk}',
    '{Verb} {features} in bulk',
    'Change the {setting} of {a:feature}',
    'Build {a:metric} dashboard',
    'Measure {metric} with {features}',
    'Filter {features} by {property}',
    'Get started with {subjects}',
    'Give {roles} access to {features}',
    'Send {features} to {integration}',
    'Export {features} to {format}',
    'Automate {features} with the Management API',
    'Add {a:feature} to a dashboard',
    'Turn on {setting} for {features}',
    'Move {features} between projects',
  ],
  troubleshooting: [
    'Why is my {feature} {symptom}?',
    'Why are my {features} {symptom}?',
    'Fix "{message}" ({error})',
    '{Features} show different numbers than {integration}',
    'Events from the {sdk} do not arrive',
    "I can't {verb} {a:feature}",
    '{Error}: {message}',
    'What to do when {problem}',
    '{Subject} problems after changing the {setting}',
    'Troubleshooting checklist for {subjects}',
    '{Feature} shows {event} twice',
  ],
  reference: [
    '{Feature} limits and quotas',
    '{Subject} settings reference',
    'Error codes for {features}',
    '{Feature} properties reference',
    'Keyboard shortcuts for {features}',
    '{Sdk} configuration options',
    'The {setting} setting',
    '{Unit} on the {tier} plan',
    'API reference: {features}',
    'Glossary: {feature}',
    'Default values for {subjects}',
  ],
  concept: [
    'Understanding {features}',
    'How {features} work',
    'How Lumen counts {unit}',
    '{Features} vs. {features2}',
    'When to use {a:feature}',
    'Best practices for {features}',
    'How {feature} data flows from {integration}',
    'What is {a:feature}?',
    'Designing {features} for {roles}',
    'Choosing {a:setting}',
    'A guide to {metric}',
    '{Subjects} for {roles}',
    'Common mistakes with {features}',
    '{Metric}: definitions and examples',
  ],
};

/** Titles for sections named after an integration or an SDK. */
export const PROPER_TITLES: Record<'integration' | 'sdk', Record<ArticleKind, string[]>> = {
  integration: {
    howto: ['Connect {integration} to Lumen', 'Use {integration} data in {features}', 'Map {integration} fields to Lumen properties', 'Schedule the {integration} sync', 'Rotate {integration} credentials', 'Migrate to the new {integration} connector'],
    troubleshooting: ['{Integration} sync fails with {error}', 'Why is the {integration} sync {symptom}?', '{Integration}: {message}'],
    reference: ['{Integration} connector reference', '{Integration} permissions and privileges', 'Data types in {integration}', '{Integration} connector changes in {version}'],
    concept: ['How Lumen reads from {integration}', '{Integration} and Lumen: who owns which data', 'When to sync {integration} {interval}'],
  },
  sdk: {
    howto: ['Install the {sdk}', 'Track {event} with the {sdk}', 'Identify users with the {sdk}', 'Upgrade the {sdk} to {version}', 'Send {property} with the {sdk}'],
    troubleshooting: ['Events from the {sdk} do not arrive', 'The {sdk} reports {error}', 'Why are {sdk} events {symptom}?'],
    reference: ['{Sdk} configuration options', '{Sdk} methods reference', '{Sdk} release {version}'],
    concept: ['Batching and retries in the {sdk}', 'The {sdk} and consent banners', 'How the {sdk} identifies devices'],
  },
};

export const DESCRIPTIONS: Record<ArticleKind, string[]> = {
  howto: [
    'Learn how to {verb} {features}[, step by step| in a few minutes].',
    'Set up {features} with {integration} and share them with {roles}.',
    'The steps to [connect|configure|roll out] {subjects} [for|in] your workspace.',
    'A short walkthrough for {roles} who [need|want] {features} they can trust.',
  ],
  troubleshooting: [
    'What to check when {problem}.',
    'Causes and fixes for {features} that look {symptom}.',
    'How to solve {error} and similar problems with {subjects}.',
    'A checklist for {roles} when {problem}.',
  ],
  reference: [
    'Every {setting} option, default and limit for {features}.',
    'Limits, defaults and permissions for {subjects}, by plan.',
    'Fields, types and error codes for {subjects}.',
  ],
  concept: [
    'What {features} are, how Lumen counts them, and when to use them.',
    'An introduction to {subjects} for {roles}.',
    'The ideas behind {features}, with examples from real workspaces.',
  ],
};

/**
 * Words an article's author settles on once: each row is "slot forms: option, option…", every
 * option giving the same forms, so {records} and {record} agree. Using them for the everyday
 * words keeps any one of those words off most pages, as different writers' habits do.
 */
export const THESAURUS = [
  'account/accounts: account/accounts, workspace/workspaces, organisation/organisations, tenant/tenants',
  'record/records: record/records, entry/entries, row/rows, data point/data points',
  'history: history, past data, older periods, earlier results',
  'refresh/refreshes/refreshed: refresh/refreshes/refreshed, update/updates/updated, recompute/recomputes/recomputed, reload/reloads/reloaded',
  'data: data, information, figures, numbers',
  'new: new, fresh, newly created, brand-new',
  'default: default, preset, standard value, built-in value',
  'stay: stay, remain, are kept',
  'view/views: view/views, open/opens, inspect/inspects, browse/browses',
  'tierWord: tier, plan, edition, subscription',
  'compare: compare, check, cross-check, measure',
  'admin/admins: admin/admins, administrator/administrators, account owner/account owners, workspace manager/workspace managers',
  'differ: differ, vary, diverge, deviate',
  'filter/filters: filter/filters, condition/conditions, criterion/criteria, rule/rules',
  'daily: daily, every day, each day, day by day',
  'people: people, users, visitors, members',
  'group/groups: group/groups, team/teams, squad/squads, crew/crews',
  'later: later, afterwards, down the line, at a later point',
  'pick: pick, choose, select, take',
  'send/sends/sent: send/sends/sent, transmit/transmits/transmitted, post/posts/posted, deliver/delivers/delivered',
  'change/changes/changed/changing: change/changes/changed/changing, edit/edits/edited/editing, adjust/adjusts/adjusted/adjusting, modify/modifies/modified/modifying',
  'start/starts: start/starts, begin/begins, kick off/kicks off, get going/gets going',
  'key/keys: key/keys, token/tokens, credential/credentials, secret/secrets',
  'show/shows/shown: show/shows/shown, display/displays/displayed, list/lists/listed, present/presents/presented',
  'problem/problems: problem/problems, issue/issues, glitch/glitches, fault/faults',
  'options: settings, preferences, options, configuration',
  'environment: environment, project, space, area',
  'board/boards: board/boards, dashboard/dashboards, report page/report pages, overview/overviews',
  'log: log, activity log, run history, event log',
  'connector/connectors: connector/connectors, integration/integrations, pipeline/pipelines, sync/syncs',
  'run/runs: run/runs, job/jobs, pass/passes, cycle/cycles',
  'large: large, big, busy, high-volume',
  'usually: usually, typically, most of the time, in most cases',
  'quota/quotas: quota/quotas, allowance/allowances, cap/caps, limit/limits',
  'weekly: weekly, every week, each week, once a week',
  'release/releases: release/releases, deploy/deploys, launch/launches, rollout/rollouts',
  'check: check, verify, confirm, make sure',
  'quickly: quickly, in seconds, without delay, in one go',
  'guide: guide, article, page, walkthrough',
  'wait: wait, hold on, give it time, be patient',
  'range: the last 30 days, this quarter, the last 7 days, year to date, last month, the previous 12 months',
];

export const INTROS: Record<ArticleKind, string[]> = {
  howto: [
    'This {guide} walks you through {features}, step by step.',
    '{Features} let {roles} answer questions about {metric} without writing SQL.',
    'If your company already {sends} {records} from {integration}, you can turn them into {a:feature} in under an hour.',
    'Most customers do this during onboarding, often together with {a:feature2}.',
    'To follow along, you need the {role} role or higher.',
    'At {customer}, the {team} {group} watches `{event}` [each morning|before each {release}|in their Monday review] with {a:feature}.',
  ],
  troubleshooting: [
    'If {problem}, work through the causes below in order; the top two solve most cases.',
    'Here is why {features} can look {symptom}, and what to do about it.',
    'Tickets about {subjects} {usually} come down to [a handful of|three or four] causes.',
    'When {a:feature} is {symptom}, nothing is lost: {records} are {usually} filtered, delayed or attributed to somebody else.',
    'You may also spot {error} ("{message}") in the [{log}|browser console].',
    'First, {check} that the drop is real: {compare} yesterday against the same weekday before it.',
  ],
  reference: [
    'Below is each {setting} option for {features}, with {default} values and {quotas} by {tier}.',
    'Use this reference when you [configure|audit|review] {subjects} [for {a:new} {group}|across environments|before a renewal].',
    'Values apply across the whole {account} unless {a:admin} overrides them.',
    '{Quotas} are measured per {account} and reset at the start of each billing month.',
    'These tables are {refreshed} with each {release}; the latest {change} came with version {version}.',
    'Fields marked optional may be left out; everything else is required.',
  ],
  concept: [
    '{Features} are one of the building blocks of the product. Here is what they are and when they help.',
    'Before you build {a:feature}, it helps to know how {unit} are counted.',
    'Companies that understand {subjects} early reach their goals sooner and argue less about {data}.',
    'Think of {a:feature} as a [saved question|lens on your {data}|reusable view]: it remembers the {filters} and range you chose.',
    'In this {guide} we follow a fictional company, {customer}, and its {metric}.',
    'Why do {features} behave the way they do? Mostly because of three design decisions.',
  ],
};

/** Explanatory sentences that fit any article. */
export const PROSE = [
  '{Features} {refresh} {interval}, so fresh activity appears without reloading the page.',
  'Each {feature} belongs to exactly one {environment}; moving it keeps its comments and annotations.',
  'The {setting} applies to {features2} created afterwards; older ones retain their own value.',
  'Grouping by `{property}` {shows} the top {n} values and folds the remainder into Other.',
  '{Roles} can {view} {features} but cannot {change} them unless {a:admin} grants that right.',
  '{Records} from {integration} arrive within {duration} on average; backfills take longer.',
  'The {customer} crew compares `{event}` week over week to catch regressions before customers notice.',
  'Editing the {setting} {later} recalculates {history}, which can take a while on {large} {accounts}.',
  'Counts follow the reporting zone, which can {differ} from the one {integration} uses.',
  '{A:feature} can hold up to {limit} {unit} on the {tier} {tierWord}.',
  'Unlike {features2}, {features} remember the order in which things happen.',
  'Pinned to {a:board}, {a:feature} retains its own {filters} unless you switch on **Apply {board} {filters}**.',
  'Behind the scenes, each {record} carries `{property}`, an identifier and a server timestamp.',
  'A sensible {default} is to {refresh} {interval} and keep at most {n} breakdowns.',
  'Anything you build can go to {integration} as {format}.',
  '{Metric} is the number many {roles} look at before anything else, so put it in the top row.',
  'Results may {differ} slightly between the {sdk} and {integration}, because each records `{property}` its own way.',
  '{Accounts} hosted in the {region} region {stay} there, {format} exports included.',
  'No sampling happens on the {tier} {tierWord}, so {features} {show} exact counts even over long ranges.',
  'A popular setup is one {feature} per {group}, reviewed at stand-up.',
  'Pair {a:feature2} with {features} when you need to {compare} segments at a glance.',
  'Edits to {features} go into the audit trail, with who made them and when.',
  'Out of the box, {new} {features} inherit the {account}-wide {setting}.',
  'Archiving `{event}` hides it from pickers but does not delete {history}.',
  '{Person}, a solutions engineer here, suggests starting small: {pick} {metric} and grow from there.',
  'The {team} {group} at {customer} cut the wait for an answer about {metric} from a week to an hour this way.',
  '{Large} {accounts} {send} more than {limit} {records} {daily}; none of the steps here {differ} for them.',
  '`{property}` is filled in automatically by the {sdk}; server-side sources must {send} it explicitly.',
  'When two {features} disagree, look at their ranges and {filters}: that explains almost any gap.',
  '{Roles} often {start} with a template and adapt it to their own product, such as `{event}`.',
  'Nothing {changes} for viewers until you publish; drafts {stay} private.',
  'Heavy breakdowns are cached for {n} hours, then rebuilt on the next visit.',
  'Colours {stay} consistent: `{property}` gets the same colour on each chart.',
  'You can duplicate {a:feature} to experiment without disturbing colleagues.',
  'Comments mention {people} with @, and they hear about it by {channel}.',
  'The version panel {shows} earlier versions, and any of them can be restored.',
];

export const TROUBLE = [
  'The usual culprit: {cause}.',
  'Another frequent reason is that {cause}.',
  'To {check}, go to **{menu}** and read the [last {n} {runs}|status column|latest entries].',
  'If the {log} {shows} {error}, {fix}.',
  'The remedy: {fix}, then press **{button}**.',
  'Once fixed, {new} {records} appear shortly; older gaps can be repaired with a backfill.',
  'This mostly affects {accounts} combining {integration} with a second source.',
  '{Compare} a single day against the same query in {warehouse}; a gap above {pct}% points to [a {filter}|a zone mismatch|duplicates].',
  'Still {symptom}? {Check} whether `{property}` is {sent} with each {record}.',
  'Failures like {error} are retried {n} times with backoff before the {connector} pauses.',
  'Ad blockers can stop around {pct}% of browser traffic; a proxy on your own domain avoids most of that.',
  'Rolling back the last {change} is often the fastest way to prove the cause.',
  'Write down what you {changed} and when; it saves a lot of guessing {later}.',
  'If nothing above helps, contact support with the {account} ID `{workspace}` and a screenshot.',
];

export const REFERENCE = [
  'Values above the limit are rejected with {error}.',
  '{Quotas} are [soft|hard] on the {tier} {tierWord}: a warning goes out at {pct}%.',
  '`{property}` is [optional|required] and takes [a string|a number|an ISO 8601 timestamp] of up to {n} characters.',
  'Enterprise contracts can raise any limit.',
  'Deprecated {options} keep working for {n} months after their replacement is announced.',
  '{Options} marked with an asterisk can only be {changed} by {roles}.',
  '{Default} values were chosen for {accounts} of about {limit} monthly {records}.',
  'Numbers are rounded to two decimals in the interface and kept exact in exports.',
];

/** Numbered steps come in three phases: get there, do it, finish. */
export const STEPS: Record<'open' | 'act' | 'finish', string[]> = {
  open: [
    'Go to **{menu}**.',
    'In the sidebar, select **{menu}**.',
    'Inside {integration}, create [a service user|an app|a connection] for us and grant it [read access|the {role} role].',
    '{View} the {feature} you want to {change}.',
    'Sign in as {a:role} and head to **{menu}**.',
  ],
  act: [
    'Press **{button}**.',
    'Give it a name, such as *{Metric} – {team}*.',
    '{Pick} `{event}` as the starting step and `{event}` as the final one.',
    'Under **{Setting}**, enter {n} [hours|weeks].',
    'Put {a:filter} on `{property}` to [exclude test {accounts}|keep only {customer} staff|drop internal traffic].',
    'Paste the [connection string|service {key}|{key}] from {integration}, then choose **Test connection**.',
    'Switch on **{Setting}**.',
    'Decide who may {view} it: [only you|your {group}|everyone|{roles}].',
    'Set it to {refresh} {interval}.',
    'Copy the {account} ID `{workspace}` into **{Setting}**.',
    '[Set|Change|Switch] the range to {range}.',
    'Drag `{property}` into **Breakdown**.',
    'Drop `{event}` in from the picker.',
  ],
  finish: [
    'Confirm with **{button}**; a green tick appears.',
    'Press <kbd>{shortcut}</kbd> to [save|run the query].',
    '{Wait} for the initial {run}, roughly {duration} per {limit} {records}.',
    '{Check} that `{event}` is {shown} with today’s date.',
    'Optionally, describe what it measures so {roles} find it {later}.',
    'Review the preview on the right and adjust the colours if needed.',
    'Close the panel; your edits are saved automatically.',
  ],
};

export const PREREQUISITES = [
  'The {role} role',
  '{Admin} rights in {integration}, or [a service account|permission to create apps]',
  'At least one tracked event, such as `{event}`, from {range}',
  'The {tier} {tierWord} or above',
  'About {duration} and [a test {account}|your {keys}|the {account} ID]',
  'The {sdk}, version {version} or later',
  'A list of {roles} who should get access',
  'Approval from IT to connect {integration}',
  'A browser that does not block third-party requests',
  'Someone who knows your {release} process',
];

export const BULLETS = [
  '**{Feature}**: answers how many {people} reached `{event}`',
  '`{property}`: a label attached to `{event}`',
  '{Roles} [may view|may edit|may share] {features}',
  '{A:feature} about {metric}, reviewed {weekly}',
  '{Records} from {integration} since {date}',
  'At most {limit} {unit}',
  'Compatible with {integration} out of the box',
  'Output in {format}',
  'Hosted in the {region} region',
  '{Metric} broken down by `{property}`',
  'Alerts by {channel} when {metric} moves',
  'Ownership by {a:role}',
];

export const SYMPTOM_BULLETS = [
  'The {feature} looks {symptom}',
  '{Error} appears in the {log}',
  '`{event}` is missing since {date}',
  'Totals {differ} from {integration} by more than {pct}%',
  '{People} get [a blank page|an error] when opening {a:feature}',
  'Only some browsers are affected',
];

export const ALERTS: Record<'NOTE' | 'TIP' | 'WARNING', string[]> = {
  NOTE: [
    '{Changes} to the {setting} take effect within {duration}.',
    'Only {roles} can {change} this.',
    '{Features} created before version {version} keep the old behaviour until edited.',
    'Available on the {tier} {tierWord} and above.',
    'We never store passwords from {integration}, only an encrypted {key}.',
    'Shared links open in read-only mode for {people} outside your company.',
    '{History} is recalculated overnight after this {change}.',
    'Mobile apps pick up the {change} at their next launch.',
    'This option is hidden while {a:feature2} is being edited by someone else.',
    'Archived items still count toward {quotas} until they are deleted.',
  ],
  TIP: [
    'Put an alert on the {feature}, so a drop in {metric} reaches you before the next review.',
    'Press <kbd>{shortcut}</kbd> anywhere to bring up the command menu.',
    'Name {features} after the question they answer, not after whoever built them.',
    'Save the {filter} as a segment, so {roles} can reuse it {quickly}.',
    'Try it on a single day first; backfilling a whole quarter takes longer.',
    'Duplicate an existing {feature} instead of starting from a blank page.',
    'Star the things you use {daily}; they move to the top of the sidebar.',
    'Write a short description, because future colleagues will thank you.',
    'Group related charts under a heading tile to make long {boards} scannable.',
    'Use {integration} as the source of truth for account owners and keep it in sync.',
  ],
  WARNING: [
    'Deleting {a:feature} cannot be undone, and {boards} that rely on it break.',
    'Rotating {keys} breaks each {connector} still using the old ones.',
    'Do not {send} personal information in `{property}`; an identifier is enough.',
    '{Changing} the {setting} rewrites past results for each {feature}.',
    'The {integration} connection stops if the service password expires.',
    'Removing the owner role from the last owner locks everyone out of billing.',
    'A block rule also discards matching {history} during backfills.',
    'Lowering the sampling rate makes small segments unreliable.',
    'Public links can be forwarded; revoke them when a project ends.',
    'Merging two profiles is permanent.',
  ],
};

/** Second-level headings by article kind; COMMON_HEADINGS recur across the whole site. */
export const HEADINGS: Record<ArticleKind, string[]> = {
  howto: ['Set up {a:feature}', 'Connect {integration}', 'Choose the {setting}', 'Share it', 'Verify the result', 'Narrow it down', 'Schedule deliveries', 'Customise {features}', 'Put it on a board', 'Automate with the API', 'Invite {roles}', 'Tidy up afterwards'],
  troubleshooting: ['The {setting}', '{Integration} permissions', 'Hidden filters', 'Compare with {warehouse}', 'Time zones', 'Ad blockers', 'Naming mismatches', 'Identity merges', 'The activity log', 'Expired credentials'],
  reference: ['Options', 'Quotas by tier', 'Fields', 'Error codes', 'Who can change what', 'Types', 'Defaults', 'Deprecated options'],
  concept: ['How it works', 'How {features} are counted', 'Examples', 'When to reach for {features}', 'Best practices', 'Common mistakes', '{Features} and {features2}', 'Dates and zones', 'Identity', 'Sampling and accuracy', 'A worked example'],
};

export const COMMON_HEADINGS = { before: 'Before you start', symptoms: 'Symptoms', causes: 'Common causes', stuck: 'Still stuck?', next: 'Next steps', related: 'Related articles', limits: 'Limits' };

export const LINK_SENTENCES = [
  'For the details, see [{title}]({href}).',
  'If you have not done so yet, [read|start with] [{title}]({href}).',
  '[{title}]({href}) [explains|covers] the next step.',
  'This works best together with [{title}]({href}).',
];

// MDX-only prose: {limits.*} are expressions bound to an `export const limits` in the article.
export const MDX_LIMIT_SENTENCES = [
  'On the Starter plan you can keep up to {limits.starter} {limits.unit}; Growth raises that to {limits.growth}.',
  'Enterprise workspaces get {limits.enterprise} {limits.unit}, and the number is in your contract.',
];
export const MDX_DETAILS_SUMMARIES = ['What counts toward the limit?', 'Why is there a limit at all?', 'What happens above the limit?'];

// Plans -------------------------------------------------------------------------------------------

export interface MilestoneIdea {
  phase: 1 | 2 | 3 | 4 | 5;
  name: string;
  description: string;
  done: string[];
  ifMissed: string[];
  /** Category whose articles help most. */
  category: string;
}

export const MILESTONES: MilestoneIdea[] = [
  {
    phase: 1,
    name: 'Kickoff complete',
    description: 'Both teams agree on goals, owners and the first {n} questions Lumen should answer for {customer}.',
    done: ['Kickoff call held with the project lead and executive sponsor', 'Success criteria written down in the shared plan', 'Admins named for every team in scope'],
    ifMissed: ['Your CSM books a 30-minute call within two business days to finish the kickoff.', 'We send the kickoff checklist again and hold a short catch-up with the project lead.'],
    category: 'Getting started',
  },
  {
    phase: 1,
    name: 'Tracking live',
    description: 'The tracking snippet or the {sdk} sends events from production.',
    done: ['Events arrive in the live view from production', 'The signup event is tracked with its key properties', 'Internal traffic is filtered out'],
    ifMissed: ['A solutions engineer pairs with your developers for an hour to finish the install.', 'We review your tracking plan and send a list of the events still missing.'],
    category: 'Tracking & SDKs',
  },
  {
    phase: 1,
    name: 'Secure access in place',
    description: 'Everyone signs in through {idp} and accounts are created and removed automatically.',
    done: ['SAML single sign-on is enforced for all users', 'SCIM provisioning creates and deactivates users', 'Password sign-in is turned off'],
    ifMissed: ['Your technical account manager schedules a joint session with your identity team.', 'Security review blockers go into the shared action log and the weekly sync.'],
    category: 'Security & compliance',
  },
  {
    phase: 1,
    name: 'Workspace configured',
    description: 'Projects, teams and roles in Lumen mirror how {customer} is organised.',
    done: ['One project per product or environment', 'Teams and roles set up for {n} or more people', 'Time zone and currency match your reporting'],
    ifMissed: ['We run the admin bootcamp privately for your admins.', 'Your CSM sets up the first two teams with you on a call.'],
    category: 'Administration',
  },
  {
    phase: 2,
    name: 'First dashboard shared',
    description: 'A dashboard about {metric} is shared with the {team} team and reviewed every week.',
    done: ['One dashboard shared with three or more people', 'The dashboard is opened in two consecutive weeks', 'An owner is named for it'],
    ifMissed: ['We send a dashboard template for your industry and build it with you.', 'Your CSM joins your weekly review once to show what the dashboard can do.'],
    category: 'Dashboards',
  },
  {
    phase: 2,
    name: 'Warehouse connected',
    description: 'Lumen and {warehouse} stay in sync, so analysts can join product data with everything else.',
    done: ['The sync to {warehouse} runs on schedule', 'The data team has queried Lumen tables from the warehouse', 'Retention settings match your data policy'],
    ifMissed: ['Our solutions engineer pairs with your data team for half a day to finish the connection.', 'We review the sync log with you and fix the privileges together.'],
    category: 'Data sources',
  },
  {
    phase: 2,
    name: 'Key events verified',
    description: 'The {n} events that matter most for {metric} are tracked, named consistently and documented.',
    done: ['The tracking plan lists every key event and its properties', 'No event in the plan has a type mismatch', 'The data dictionary describes each event'],
    ifMissed: ['We run a tracking-plan review and send fixes as a pull request.', 'A data steward from your team joins a working session with our solutions engineer.'],
    category: 'Events and properties',
  },
  {
    phase: 2,
    name: 'CRM connected',
    description: 'Account data from {crm} enriches product usage, so sales and success see the same picture.',
    done: ['{Crm} accounts are matched to Lumen account groups', 'Account owners see usage in {crm}', 'Sync errors are below 1% of records'],
    ifMissed: ['We map the fields with your CRM admin on a call.', 'Your CSM shares the field mapping template used by similar customers.'],
    category: 'Integrations',
  },
  {
    phase: 3,
    name: 'Team adoption',
    description: 'Lumen is part of how the {team} team works every week.',
    done: ['{pct}% or more of seats are active each week', 'Every team in scope has at least one saved report', 'Questions go to Lumen before they go to the data team'],
    ifMissed: ['Your CSM runs an adoption workshop with the teams that are behind.', 'We send usage highlights to your executive sponsor and agree next steps.'],
    category: 'Reports and analysis',
  },
  {
    phase: 3,
    name: 'Core team certified',
    description: 'A core team of builders can create trustworthy dashboards and help colleagues.',
    done: ['[Three|Five|Ten] or more people hold the Certified Analyst level', 'Each business unit has at least one certified builder'],
    ifMissed: ['We add a private exam-preparation session and extend exam vouchers by 30 days.', 'Your CSM pairs each candidate with a study plan.'],
    category: 'Success with Lumen',
  },
  {
    phase: 3,
    name: 'First alert live',
    description: 'A drop in {metric} reaches the right people through {channel} before anyone has to look.',
    done: ['At least one alert watches {metric}', 'Alerts go to a shared channel, not one person', 'The alert fired and someone acted on it'],
    ifMissed: ['We set up the first alert with you during office hours.', 'Your CSM suggests thresholds based on the last 90 days of data.'],
    category: 'Alerts and notifications',
  },
  {
    phase: 3,
    name: 'Funnels for key journeys',
    description: 'Funnels cover signup, activation and checkout, with breakdowns that explain drop-off.',
    done: ['Funnels exist for the three key journeys', 'Each funnel has a breakdown by `{property}`', 'Conversion is on the team dashboard'],
    ifMissed: ['We build the first funnel with your product manager.', 'A template for your industry is added to your workspace.'],
    category: 'Reports and analysis',
  },
  {
    phase: 4,
    name: 'Rollout complete',
    description: 'Lumen is available to every team in scope, each with dashboards it reviews.',
    done: ['Every team in the rollout plan reviews a dashboard weekly', '{pct}% or more of seats are active each week', 'Alerts cover the metrics leadership watches'],
    ifMissed: ['The account team runs a rollout retrospective and re-plans the remaining teams in two-week waves.', 'We add extra office hours for the teams still to start.'],
    category: 'Administration',
  },
  {
    phase: 4,
    name: 'First experiment shipped',
    description: 'The {team} team runs an experiment in Lumen and makes a decision from its results.',
    done: ['An experiment ran to its planned sample size', 'Guardrail metrics were defined before launch', 'The decision is written down with the result'],
    ifMissed: ['Our experimentation specialist reviews your design with you.', 'We share three experiment ideas from similar customers.'],
    category: 'Experiments',
  },
  {
    phase: 4,
    name: 'Weekly review habit',
    description: 'Leaders at {customer} open the same dashboard every week and discuss {metric}.',
    done: ['A weekly review uses a Lumen dashboard for four weeks in a row', 'Actions from the review are tracked', 'The dashboard has annotations for releases'],
    ifMissed: ['Your CSM joins two reviews to help set up the ritual.', 'We send a review template with suggested questions.'],
    category: 'Dashboards',
  },
  {
    phase: 4,
    name: 'Data quality checks in place',
    description: 'Broken tracking is caught within a day, not at the end of the quarter.',
    done: ['Data checks watch the key events', 'Schema changes need an approval', 'Someone on your team owns data quality'],
    ifMissed: ['A solutions engineer sets up the first checks with your data steward.', 'We share the checks used by customers of your size.'],
    category: 'Events and properties',
  },
  {
    phase: 5,
    name: 'Executive business review',
    description: 'Executives on both sides review outcomes and agree the goals for the next year.',
    done: ['The review took place with your executive sponsor', 'Outcomes are measured against the goals set at kickoff', 'A success plan for the next 12 months is signed off'],
    ifMissed: ['We reschedule within 30 days and send the written review in advance.', 'Your CSM shares the review deck with your sponsor for comments.'],
    category: 'Success with Lumen',
  },
  {
    phase: 5,
    name: 'Value realised',
    description: '{Customer} can show a measurable change in {metric} since kickoff.',
    done: ['{Metric} improved by {pct}% or more since kickoff', 'The improvement is on a shared dashboard', 'The sponsor has presented it internally'],
    ifMissed: ['We run a value workshop to find the metric that moved most.', 'Your CSM helps write the internal case study.'],
    category: 'Reports and analysis',
  },
  {
    phase: 5,
    name: 'Expansion plan agreed',
    description: 'The next teams and use cases for Lumen at {customer} are agreed with a timeline.',
    done: ['Two or more new teams are named', 'Each new team has a sponsor', 'A start date is agreed'],
    ifMissed: ['Your account team prepares an expansion proposal with usage evidence.', 'We hold a discovery call with the next team.'],
    category: 'Success with Lumen',
  },
];

export const PHASE_DAYS: Record<MilestoneIdea['phase'], [number, number]> = { 1: [5, 18], 2: [21, 40], 3: [45, 70], 4: [75, 100], 5: [110, 180] };

export const PLAN_SUMMARIES = [
  'A {days}-day plan for {customer}, rolling out Lumen to {n} teams. It starts with {first}, connects {integration}, and ends with {last}.',
  '{Customer} wants to understand {metric} across its {team} and {team} teams. This plan gets them from kickoff to {last} in {days} days.',
  'Onboarding for {customer}: {first} in the first weeks, then habits, training and {last}. Success means {metric} is on a dashboard leaders trust.',
];

export interface FactorIdea {
  id: string;
  name: string;
  description: string;
  signals: string[];
}

export const HEALTH_FACTORS: FactorIdea[] = [
  { id: 'adoption', name: 'Feature adoption', description: 'Breadth and depth of use across dashboards, funnels, cohorts and alerts.', signals: ['Features used in the last 30 days', 'Saved funnels and cohorts'] },
  { id: 'engagement', name: 'Engagement', description: 'Weekly active users as a share of seats.', signals: ['Weekly active users ÷ seats', 'Teams with a weekly active user'] },
  { id: 'support', name: 'Support experience', description: 'Severity and age of open tickets, and satisfaction with answers.', signals: ['Open priority-1 tickets', 'Support satisfaction score'] },
  { id: 'sponsor', name: 'Executive sponsorship', description: 'Whether the executive sponsor is engaged and answers within a week.', signals: ['Attended the last review'] },
  { id: 'milestones', name: 'Milestone completion', description: 'Onboarding milestones reached on time.', signals: ['Milestones reached ÷ milestones due'] },
  { id: 'data-quality', name: 'Data quality', description: 'Share of key events that arrive on time and match the tracking plan.', signals: ['Failed data checks', 'Events with type mismatches'] },
  { id: 'seats', name: 'Seat utilisation', description: 'Paid seats that were used in the last 30 days.', signals: ['Active seats ÷ paid seats'] },
  { id: 'training', name: 'Training completion', description: 'People who finished a course or hold a certification.', signals: ['Course completions', 'Certified users'] },
  { id: 'sentiment', name: 'Customer sentiment', description: 'NPS and what the champion says in calls.', signals: ['Latest NPS answer', 'CSM sentiment rating'] },
  { id: 'integrations', name: 'Integration depth', description: 'Connected sources and destinations that run without errors.', signals: ['Healthy syncs', 'Destinations in use'] },
  { id: 'champions', name: 'Internal champions', description: 'Named people who help colleagues and speak for Lumen internally.', signals: ['Champions named', 'Champion activity'] },
];

export const BAND_SETS = [
  [['healthy', 'Healthy'], ['at-risk', 'At risk'], ['critical', 'Critical']],
  [['thriving', 'Thriving'], ['healthy', 'Healthy'], ['at-risk', 'At risk'], ['critical', 'Critical']],
  [['on-track', 'On track'], ['needs-attention', 'Needs attention'], ['off-track', 'Off track']],
  [['green', 'Green'], ['yellow', 'Yellow'], ['orange', 'Orange'], ['red', 'Red']],
] as const;

export const BAND_DESCRIPTIONS = [
  ['The rollout is on track.', 'Everything is going to plan.'],
  ['Healthy, with room to grow.', 'On track; a few teams are still ramping up.'],
  ['One or more teams are behind; the account team acts this week.', 'Something needs attention soon.'],
  ['The rollout is stalled; executives on both sides are involved.', 'At risk of churn; we escalate.'],
];

/** Response protocols from the healthiest band to the worst. */
export const RESPONSES = [
  ['Monthly check-in; share usage highlights with the sponsor.', 'monthly'],
  ['Review usage with the project lead and agree one action.', '1 week'],
  ['Account team agrees a recovery plan with the project lead.', '2 business days'],
  ['Executive escalation; the VP Customer Success calls the executive sponsor.', '1 business day'],
] as const;

export const RETENTION_INSIGHTS = [
  'Accounts like {customer} that reach {first} by day {firstDay} renew at {pct}% with a median seat expansion of {pct}%.',
  'Customers whose sponsor misses the business review churn three times as often in the following year.',
  'Teams that connect {integration} in the first month open {n}% fewer how-to tickets.',
  'When {metric} is on a shared dashboard by day {firstDay}, renewal rates are {pct}% higher.',
];

export const MONITORED_BY = [
  'The account team (CSM, technical account manager, account executive) in a weekly account review',
  'The pooled CSM team, through the health dashboard',
  'The onboarding pod (CSM and solutions engineer) in the Monday stand-up',
  'The named CSM, with a monthly review by the CS lead',
];

export const COMMUNITY = [
  { name: 'Lumen Community forum', url: 'https://community.lumen.example', description: 'Ask questions, share dashboards and vote on the roadmap.' },
  { name: 'Lumen Slack community', url: 'https://lumen.example/slack', description: 'Chat with other analysts and the Lumen team.' },
  { name: 'Lumen user groups', url: 'https://lumen.example/user-groups', description: 'Meetups in Berlin, London, New York, São Paulo and Singapore.' },
];

// Courses, videos, FAQs, certifications -------------------------------------------------------------

export const COURSE_TITLES = [
  '{Feature} essentials',
  '{Integration} deep dive',
  '{Features} for {roles}',
  'Advanced {features}',
  'Mastering {metric}',
  'Office hours: {features}',
  '{Integration} setup clinic',
  'From events to {features}',
  '{Feature} design workshop',
  'Admin bootcamp: {features}',
  'Data modelling with {integration}',
  '{Metric} in practice',
];

export const COURSE_SUMMARIES = [
  'A [hands-on|practical] course for {roles} who [want to|need to] [build|own] {features}. You leave with your own {feature}, not a demo one.',
  'Learn how {features} and {features2} work together, with examples from {customer}.',
  'We connect {integration}, check the data together, and build the first {feature} on top of it.',
  'Bring a question about {metric}; an expert works through it with you [live|in your own workspace].',
];

export const MODULE_TITLES = ['{Features} from scratch', 'Working with {integration}', 'Sharing and permissions', 'Reading {features}', 'Measuring {metric}', 'Automating {features}', 'Data you can trust', 'Q&A and next steps'];

export const OUTCOMES = [
  '[Build|Create] {a:feature} for {metric}',
  'Explain how Lumen counts {unit}',
  'Connect {integration} and check the first sync',
  'Share {features} with {roles} safely',
  'Fix the {n} most common problems with {features}',
  'Choose the right {setting} for your team',
  'Break down {metric} by `{property}`',
];

export const AUDIENCES = ['Workspace admins', 'Analysts and product managers', 'Data engineers', 'Anyone using Lumen', 'Marketing teams', 'Team leads', 'New users in their first month'];

export const SEGMENT_NOTES = [
  'We use examples from companies of your size.',
  'Bring a list of your teams; we set up roles for them during the session.',
  'Run privately for your team, with your own data.',
  'Ask for a breakout room if you want to share confidential data.',
  'The quickest way to a second pair of eyes on your first {feature}.',
];

export const RRULES = [
  ['FREQ=WEEKLY;BYDAY=TU', 2],
  ['FREQ=WEEKLY;BYDAY=TH;INTERVAL=2', 4],
  ['FREQ=MONTHLY;BYDAY=1WE', 3],
  ['FREQ=WEEKLY;BYDAY=MO,WE', 1],
] as const;

export const VIDEO_TITLES = [
  'Tour of {features}',
  'Connect {integration} in {minutes} minutes',
  '{Feature} walkthrough',
  'Build {a:feature} for {metric}',
  '{Features} for {roles}',
  'What is new in {features}',
  'Five tips for {features}',
  'Set up {integration} with {a:feature}',
];

export const CHAPTER_TITLES = ['Introduction', 'Before you start', 'Connect {integration}', 'Build the {feature}', 'Add filters', 'Share it', 'Common mistakes', 'Wrap-up', 'Read the results', 'Set an alert'];

export const TRANSCRIPT = [
  'Hi, I am {person} from the Lumen [customer success|solutions] team, and today we look at {features}.',
  'You will need the {role} role and [a few minutes|{duration}].',
  'I am in a demo workspace for {customer}; your menus look the same.',
  'First, open {menu} and [click|choose] {button}.',
  'Here I pick `{event}`, which the {team} team tracks on every [release|page].',
  'Notice the {setting}: the default works for most teams, but [check it|change it] if your journeys are longer.',
  'Now I add a breakdown by `{property}`, and you can see the difference straight away.',
  'If the chart is {symptom}, the first thing to check is the date range.',
  'Let me save this and share it with the {team} team.',
  'One more tip: [put|add] it on a dashboard and set an alert on {metric}.',
  'That is it for {features}. Links to the articles are [below|in the description].',
  'People often ask whether this works with {integration}. It does, and the steps are the same.',
  'So why does this matter? Because {metric} is what your leadership asks about first.',
  'You can see the numbers update as soon as I change the range.',
  'I will zoom in a little so the menu is easier to read.',
  'This part trips people up, so let us go slowly.',
  'A quick word on permissions: {roles} can view this, but only editors can change it.',
  'If you prefer the keyboard, press {shortcut} instead.',
  'Behind the scenes, every event carries `{property}`, which is why this works.',
  'Let us switch to the {integration} side for a moment.',
  'There we go: the first results are in.',
  'I like to name things after the question they answer, so I call this one {Metric} by plan.',
  'Compare this week with last week, and the drop on Tuesday stands out.',
  'Remember, nothing here changes your raw data; it only changes how we look at it.',
  'If you get error {error}, pause the video and check the article linked below.',
  'Our customers at {customer} use exactly this view in their Monday meeting.',
  'Let me undo that, because it is not what we want.',
  'And that is the whole setup; it took {duration}.',
];

export const FAQ_SET_TITLES = list(`
  Getting started, Billing and accounts, Data and security, Warehouse sync, Tracking and SDKs, Dashboards,
  Single sign-on and provisioning, API and developers, Funnels and retention, Alerts, Experiments,
  Plans and seats, Data quality, Privacy and GDPR, Onboarding and training, Integrations, Mobile apps,
  Exports, Permissions, Performance
`);

/** Questions with their answers. */
export const FAQ_ITEMS: [string, string][] = [
  ['Can I {verb} {features} on the {tier} plan?', 'Yes. {Features} are available on every plan; the {tier} plan adds [scheduling|sharing outside the workspace].'],
  ['How long until {records} from {integration} show up?', 'Usually within {duration}. Backfills of older history can take a few hours.'],
  ['Who can see the {features} I build?', 'Only you, until you share them. You can share with people, with a team, or with the whole workspace.'],
  ['Do {roles} need a paid seat?', 'Viewers are free on every plan; editors and admins count as seats.'],
  ['Why is my {feature} {symptom}?', 'Most often because {cause}.'],
  ['How does Lumen count {unit}?', 'Each person counts once per billing month, however many devices they use.'],
  ['Can I connect more than one {integration} account?', 'Yes, as many as you like; each becomes its own source with its own schedule.'],
  ['What happens when we reach the limit of {unit}?', 'We keep collecting and send you an e-mail at {pct}%; nothing is dropped.'],
  ['Where is our data stored?', 'In the {region} region you chose when the workspace was created.'],
  ['Can I undo deleting {a:feature}?', 'Within 30 days an admin can restore it from **Admin → Audit trail**.'],
  ['How do I change the {setting}?', 'Go to **{menu}** and change it there; admins can set a default for the workspace.'],
  ['Does Lumen work with {integration}?', 'Yes. Connect it from **Integrations → Catalog**; most teams are done in {duration}.'],
  ['What does error {error} mean?', 'It means "{message}". To fix it, {fix}.'],
  ['Can {roles} export {features} to {format}?', 'Yes, if their role allows exports. Admins can turn exports off per project.'],
  ['Is there a limit on {features} per project?', 'Up to {limit} on the {tier} plan; Enterprise contracts can raise it.'],
  ['How do I invite {roles}?', 'Open **Admin → Members**, choose **Invite** and pick their role.'],
  ['Can we use single sign-on with {idp}?', 'Yes, on the Business and Enterprise plans, with SCIM provisioning included.'],
  ['Why do numbers differ from {warehouse}?', 'Usually time zones or filters; compare one day first, in the same zone.'],
];

export interface CertificationIdea {
  id: string;
  title: string;
  summary: string;
  adoption: string;
  levels: { id: string; name: string; badge: string; summary: string; validFor: string; benefits: string[] }[];
}

export const CERTIFICATIONS: CertificationIdea[] = [
  {
    id: 'lumen-certified',
    title: 'Lumen Certified',
    summary: 'A certification for people who build with Lumen. Each level is an online exam you can take at any time, with a digital badge you can share.',
    adoption: 'Accounts with at least one Certified Builder use more than twice as many features and open 40% fewer how-to tickets.',
    levels: [
      { id: 'analyst', name: 'Certified Analyst', badge: '#2563eb', summary: 'Reads and builds dashboards, funnels and retention charts on their own.', validFor: '2 years', benefits: ['A Certified Analyst badge', "Access to the analysts' channel in the Slack community"] },
      { id: 'builder', name: 'Certified Builder', badge: '#7c3aed', summary: 'Designs dashboards for other teams, sets up alerts and helps colleagues.', validFor: '2 years', benefits: ['A Certified Builder badge', 'Early access to new chart types'] },
      { id: 'architect', name: 'Certified Architect', badge: '#b45309', summary: 'Owns a Lumen rollout end to end, from tracking plans and SSO to the warehouse sync.', validFor: '1 year', benefits: ['A Certified Architect badge', 'A listing in the expert directory', 'An invitation to the customer advisory board'] },
    ],
  },
  {
    id: 'lumen-data-engineer',
    title: 'Lumen Data Engineer',
    summary: 'For data engineers who connect Lumen to the warehouse, model events and keep data quality high.',
    adoption: 'Workspaces with a certified data engineer have half as many sync failures in their first year.',
    levels: [
      { id: 'associate', name: 'Associate Data Engineer', badge: '#0f766e', summary: 'Connects a warehouse, reads the sync log and fixes common errors.', validFor: '2 years', benefits: ['An Associate badge', 'A seat in the data engineering office hours'] },
      { id: 'professional', name: 'Professional Data Engineer', badge: '#be123c', summary: 'Designs tracking plans, data checks and backfills for large workspaces.', validFor: '18 months', benefits: ['A Professional badge', 'Beta access to new connectors', 'A yearly architecture review'] },
    ],
  },
  {
    id: 'lumen-admin',
    title: 'Lumen Workspace Admin',
    summary: 'For admins who run Lumen for their company: access, security, billing and governance.',
    adoption: 'Certified admins resolve access requests three times faster and rarely need support for SSO.',
    levels: [
      { id: 'administrator', name: 'Certified Administrator', badge: '#1d4ed8', summary: 'Manages users, teams, roles, SSO and billing.', validFor: '2 years', benefits: ['An Administrator badge', 'Priority support queue'] },
      { id: 'governance', name: 'Governance Specialist', badge: '#4d7c0f', summary: 'Owns data governance: retention, block rules, audit and compliance.', validFor: '2 years', benefits: ['A Governance badge', 'Invitations to the security roundtable'] },
      { id: 'enterprise', name: 'Enterprise Administrator', badge: '#92400e', summary: 'Runs Lumen across many workspaces, regions and identity providers.', validFor: '1 year', benefits: ['An Enterprise badge', 'Direct line to the product security team'] },
    ],
  },
];

export const EXAM_FORMATS = ['Online, open book, at any time', 'Online, proctored, with a practical task', 'Online, proctored, with a tracking-plan review'];

// The portal --------------------------------------------------------------------------------------

export const SEGMENTS = [
  { id: 'smb', name: 'Small business', description: 'Teams of up to 50 people who set Lumen up themselves, with a customer success manager on call.' },
  { id: 'mid-market', name: 'Mid-market', description: 'Companies of 50 to 1,000 people with a named customer success manager and guided training.' },
  { id: 'enterprise', name: 'Enterprise', description: 'Organisations with single sign-on, a data warehouse and many teams, supported by a dedicated success team.' },
];

export const SYNONYMS = [
  ['sign in', 'log in', 'login', 'signin'],
  ['sign up', 'register', 'create account'],
  ['SSO', 'single sign-on', 'SAML', 'Okta', 'Entra ID'],
  ['SCIM', 'provisioning', 'user sync'],
  ['dashboard', 'report', 'board'],
  ['chart', 'graph', 'visualisation', 'visualization'],
  ['funnel', 'conversion'],
  ['retention', 'cohort', 'churn'],
  ['alert', 'notification', 'monitor'],
  ['billing', 'invoice', 'payment', 'receipt'],
  ['warehouse', 'Snowflake', 'BigQuery', 'Redshift'],
  ['API key', 'token', 'access key'],
  ['MTU', 'monthly tracked users'],
  ['experiment', 'A/B test', 'split test'],
];

export const SITE = {
  name: COMPANY.portal,
  tagline: 'Everything your team needs to get value from Lumen, from kickoff to certification.',
  company: COMPANY.name,
  site: `https://academy.${COMPANY.domain}`,
  support: { email: `support@${COMPANY.domain}`, url: `https://support.${COMPANY.domain}`, hours: 'Monday to Friday, 8:00–20:00 CET and 9:00–18:00 ET' },
  segments: SEGMENTS,
  community: COMMUNITY,
  search: { synonyms: SYNONYMS },
};

// Code samples and example values -------------------------------------------------------------------

export const CODE: Record<'sql' | 'json' | 'bash' | 'js', string[]> = {
  sql: [
    `SELECT {property}, COUNT(DISTINCT user_id) AS reached
FROM {schema}.events
WHERE event_name = '{event}'
  AND event_time >= DATEADD(day, -{days}, CURRENT_DATE)
GROUP BY 1
ORDER BY reached DESC;`,
    `SELECT DATE_TRUNC('week', e.occurred_at) AS week, a.{property}, COUNT(*) AS {event}_count
FROM {schema}.tracks AS e
JOIN {schema}.accounts AS a ON a.account_id = e.account_id
WHERE e.name = '{event}'
GROUP BY 1, 2
ORDER BY 1;`,
    `-- Rows that failed to load into {warehouse} in the last {days} days
SELECT insert_id, received_at, error_code
FROM {schema}.sync_audit
WHERE error_code = '{error}'
ORDER BY received_at DESC
LIMIT 100;`,
  ],
  json: [
    `{
  "event": "{event}",
  "user_id": "u_{n}{minutes}",
  "timestamp": "{isodate}",
  "properties": {
    "{property}": "{value}",
    "{property}": {n}
  }
}`,
    `{
  "error": {
    "code": "{error}",
    "message": "{message}",
    "request_id": "req_{days}{minutes}{n}"
  }
}`,
    `{
  "name": "{Metric} – {team}",
  "type": "{feature}",
  "filters": [{ "property": "{property}", "operator": "is", "value": "{value}" }],
  "refresh": "{interval}"
}`,
  ],
  bash: [
    `curl -X POST https://ingest.lumenhq.example/v2/batch \\
  -H "Authorization: Bearer $LUMEN_TOKEN" \\
  -H "Content-Type: application/json" \\
  -d '{"event": "{event}", "user_id": "u_{n}", "properties": {"{property}": "{value}"}}'`,
    `lm login --workspace {workspace}
lm sync run --source {integrationSlug} --since 2026-03-01 --dry-run`,
    `lm events list --name {event} --limit {n}
lm events inspect {event} --property {property}`,
  ],
  js: [
    `import { init, track } from '@lumenhq/web';

init('{workspace}');
track('{event}', { {property}: '{value}', {property}: {n} });`,
    `identify('u_{n}{minutes}', {
  {property}: '{value}',
  {property}: '{value}',
});`,
    `const report = await client.reports.get('{workspace}', { type: '{featureSlug}' });
console.log(report.rows.length, 'rows for', '{event}');`,
  ],
};

export const EXAMPLE_VALUES = list(`
  de-DE, mobile, organic, google, annual, EUR, iOS 18.2, checkout-v2, newsletter, growth, enterprise,
  pt-BR, android, trial, referral, paid-search, monthly, USD, web, variant-b, onboarding, spring-sale,
  ja-JP, desktop, partner, GBP, tablet, in-app, webinar, fr-FR
`);

// Drawing words -----------------------------------------------------------------------------------

const ZIPF = new WeakMap<readonly unknown[], Float64Array>();

/** Seeded choices (an LCG, never Math.random), so one seed always gives the same site. */
export class Dice {
  #state: number;
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }
  next() {
    this.#state = (this.#state * 1664525 + 1013904223) >>> 0;
    return this.#state / 2 ** 32;
  }
  int = (min: number, max: number) => min + Math.floor(this.next() * (max - min + 1));
  chance = (p: number) => this.next() < p;
  pick = <T>(items: readonly T[]): T => items[Math.floor(this.next() * items.length)]!;
  /** The item at rank r comes up in proportion to r^-1.1: a few are common, most are rare. */
  zipf = <T>(items: readonly T[]): T => {
    let sums = ZIPF.get(items);
    if (!sums) {
      sums = new Float64Array(items.length);
      items.forEach((_, rank) => (sums![rank] = (rank > 0 ? sums![rank - 1]! : 0) + (rank + 1) ** -1.1));
      ZIPF.set(items, sums);
    }
    const target = this.next() * sums[sums.length - 1]!;
    let [low, high] = [0, sums.length - 1];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sums[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return items[low]!;
  };
  /** Up to `count` different items. */
  some = <T>(items: readonly T[], count: number, draw: (items: readonly T[]) => T = this.pick): T[] => {
    const chosen = new Set<T>();
    for (let tries = 0; chosen.size < Math.min(count, items.length) && tries < count * 10; tries++) chosen.add(draw(items));
    return [...chosen];
  };
}

export type Pools = Record<string, readonly string[]>;

export const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
export const plural = (noun: string) =>
  noun.endsWith('sis') ? `${noun.slice(0, -2)}es` : /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : /(s|x|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`;
const withArticle = (phrase: string) =>
  `${(/^[A-Z]{2}/.test(phrase) ? /^[AEFHILMNORSX]/.test(phrase) : /^(?:[aeio]|u(?!s|ni))/i.test(phrase)) ? 'an' : 'a'} ${phrase}`;
export const shortSlug = (text: string, words = 7) => slugify(text).split('-').slice(0, words).join('-');
export const date2026 = (d: Dice) => `2026-${String(d.int(1, 12)).padStart(2, '0')}-${String(d.int(1, 28)).padStart(2, '0')}`;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const LEXICON: Record<string, readonly string[]> = {
  feature: FEATURES, feature2: FEATURES, subject: FEATURES, integration: INTEGRATIONS, warehouse: WAREHOUSES, crm: CRMS,
  idp: IDENTITY_PROVIDERS, sdk: SDKS, verb: VERBS, role: ROLES, team: TEAMS, menu: MENUS, button: BUTTONS,
  setting: SETTINGS, symptom: SYMPTOMS, problem: PROBLEMS, cause: CAUSES, fix: FIXES, message: ERROR_MESSAGES,
  tier: PLAN_TIERS, unit: UNITS, metric: METRICS, format: EXPORT_FORMATS, interval: INTERVALS,
  channel: CHANNELS, region: REGIONS, shortcut: KEYS, duration: DURATIONS, value: EXAMPLE_VALUES,
};
const PLURAL_OF: Record<string, string> = { features: 'feature', features2: 'feature2', roles: 'role', subjects: 'subject' };

const brand = (d: Dice) => `${d.zipf(BRAND_HEADS)}${d.zipf(BRAND_TAILS)}`;
export const person = (d: Dice) => `${d.pick(FIRST_NAMES)} ${d.pick(LAST_NAMES)}`;

const MADE_UP = ['customer', 'workspace', 'schema', 'person', 'n', 'pct', 'days', 'minutes', 'limit', 'version', 'date'];

/** One word for every lexicon and made-up slot: what one article settles on and keeps using. */
export const oneOfEach = (d: Dice): Pools => Object.fromEntries([...Object.keys(LEXICON), ...MADE_UP].map((name) => [name, [freshWord(d, name)]]));

/** A value for a slot no pool fills: drawn from the lexicons, or made up (identifiers, numbers). */
export function freshWord(d: Dice, name: string): string {
  const words = LEXICON[name];
  if (words) return d.zipf(words);
  switch (name) {
    // Identifiers of two or three parts make most of the long tail, as in real tracking plans.
    case 'event': return `${d.zipf(EVENT_OBJECTS)}_${d.chance(0.35) ? `${d.zipf(PROPERTY_QUALIFIERS)}_` : ''}${d.zipf(EVENT_ACTIONS)}`;
    case 'property': return `${d.chance(0.3) ? `${d.zipf(EVENT_OBJECTS)}_` : ''}${d.zipf(PROPERTY_QUALIFIERS)}_${d.zipf(PROPERTY_NOUNS)}`;
    case 'error': return d.chance(0.8) ? `E-${d.int(1000, 9999)}` : `${d.pick(ERROR_SUBSYSTEMS)}_${d.pick(ERROR_CONDITIONS)}`;
    case 'customer': return `${brand(d)} ${d.zipf(INDUSTRIES)}`;
    case 'workspace': return `${brand(d).toLowerCase()}-${d.pick(['prod', 'eu', 'us', 'main', 'web', 'app', 'staging'])}`;
    case 'schema': return `${brand(d).toLowerCase()}_${d.pick(['analytics', 'prod', 'lumen', 'events'])}`;
    case 'person': return person(d);
    case 'n': return String(d.zipf([3, 5, 10, 2, 4, 20, 6, 12, 8, 25, 15, 50, 30, 100, 7, 9, 40, 60, 250, 500]));
    case 'pct': return String(d.int(2, 95));
    case 'days': return String(d.zipf([30, 7, 14, 90, 60, 28, 180, 3, 45, 365]));
    case 'minutes': return String(d.int(2, 45));
    case 'limit': return d.zipf(['10,000', '1,000', '100,000', '1 million', '500', '50,000', '10 million', '250', '5,000', '2 million']);
    case 'version': return `${d.int(2, 6)}.${d.int(0, 24)}.${d.int(0, 9)}`;
    case 'date': return `${d.pick(MONTHS)} ${d.int(1, 28)}`;
    case 'isodate': return `${date2026(d)}T${String(d.int(0, 23)).padStart(2, '0')}:${String(d.int(0, 59)).padStart(2, '0')}:00Z`;
  }
  throw new Error(`bench/vocabulary.ts: no words for the template slot {${name}}`);
}

/** Thesaurus slots by name: which row, which form, and the options' forms. */
const SYNONYM_SLOTS = new Map(
  THESAURUS.flatMap((line, row) => {
    const [slots, options] = line.split(': ') as [string, string];
    const forms = options.split(', ').map((option) => option.split('/'));
    return slots.split('/').map((slot, form) => [slot, { row, form, options: forms }] as const);
  }),
);

const ALTERNATIVES = /\[([^[\]|]*\|[^[\]]*)\]/g;
const SLOT = /\{([aA]:)?([A-Za-z]+\d?)\}/g;

/**
 * Fills templates (syntax at the top of this file). Slots with a pool take its values in turn, so one
 * article keeps talking about its own features, events and customer; others are drawn fresh.
 */
export function narrator(d: Dice, pools: Pools = {}) {
  const turns = new Map<string, number>();
  const habits = new Map<number, number>();
  const value = (name: string): string => {
    const pool = pools[name];
    if (pool && pool.length > 0) {
      const turn = turns.get(name) ?? 0;
      turns.set(name, turn + 1);
      return pool[turn % pool.length]!;
    }
    if (PLURAL_OF[name]) return plural(value(PLURAL_OF[name]));
    const synonym = SYNONYM_SLOTS.get(name);
    if (synonym) {
      if (!habits.has(synonym.row)) habits.set(synonym.row, d.int(0, synonym.options.length - 1));
      return synonym.options[habits.get(synonym.row)!]![synonym.form]!;
    }
    if (name.endsWith('Slug')) return slugify(value(name.slice(0, -4)));
    return freshWord(d, name);
  };
  const say = (template: string): string =>
    template
      .replace(ALTERNATIVES, (_, options: string) => d.pick(options.split('|')))
      .replace(SLOT, (_, article: string | undefined, raw: string) => {
        const name = raw.charAt(0).toLowerCase() + raw.slice(1);
        let text = value(name);
        if (text.includes('{')) text = say(text);
        if (article) text = withArticle(text);
        return raw !== name || article === 'A:' ? capital(text) : text;
      });
  return say;
}

/** What one article talks about: its section's subject, one pick from every lexicon, a few events. */
export function articleWords(d: Dice, section: { name: string; subject: string; proper?: 'integration' | 'sdk' }): Pools {
  const few = (name: string, count: number) => Array.from({ length: count }, () => freshWord(d, name));
  return {
    ...oneOfEach(d),
    subject: [section.subject],
    subjects: [section.proper ? section.subject : plural(section.subject)],
    feature: section.proper ? few('feature', 2) : [section.subject, d.zipf(FEATURES)],
    feature2: few('feature', 1).map((feature) => (feature === section.subject ? 'segment' : feature)),
    ...(section.proper ? { [section.proper]: [section.name] } : {}),
    event: few('event', d.int(2, 5)),
    property: few('property', d.int(2, 5)),
    error: few('error', d.int(1, 3)),
  };
}

/**
 * The writer of one article: the words it settled on, its habits, and its own share of every
 * template list, so that no wording ends up on every page, as in a real help center.
 */
export class Author {
  readonly say: (template: string) => string;
  #d: Dice;
  #shares = new Map<readonly string[], string[]>();
  #uses = new Map<string, number>();
  #written = new Set<string>();

  constructor(d: Dice, pools: Pools) {
    this.#d = d;
    this.say = narrator(d, pools);
  }

  /** A sentence from this author's share of `templates` not written yet (a template with slots may come back `repeats` times, with other words); '' when none is left. */
  draw(templates: readonly string[], repeats = 1): string {
    const d = this.#d;
    if (!this.#shares.has(templates)) this.#shares.set(templates, d.some(templates, Math.max(2, Math.round(templates.length * 0.3))));
    const share = this.#shares.get(templates)!;
    for (let attempt = 0; attempt < 4; attempt++) {
      const fresh = share.filter((t) => !this.#uses.has(t));
      const template = fresh.length > 0 ? d.pick(fresh) : d.pick(share.filter((t) => t.includes('{') && this.#uses.get(t)! <= repeats));
      if (template === undefined) break;
      const sentence = this.say(template);
      this.#uses.set(template, (this.#uses.get(template) ?? 0) + 1);
      if (!this.#written.has(sentence)) return this.#written.add(sentence), sentence;
    }
    return '';
  }

  /** One of `templates` this author has not used yet, or ''. */
  once(templates: readonly string[]): string {
    const template = this.#d.pick(templates.filter((t) => !this.#uses.has(t)));
    if (template === undefined) return '';
    this.#uses.set(template, 1);
    return this.say(template);
  }
}
