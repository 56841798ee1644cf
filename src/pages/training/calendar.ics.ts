// Every upcoming session of every course (recurring schedules expanded for 12 months), as one
// calendar readers can import or subscribe to.
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { calendar } from '../../lib/ical.ts';
import { sessionEvents } from '../../lib/sessions.ts';
import { allUpcomingSessions, buildNow } from '../../site/sessions.ts';

export const GET: APIRoute = async ({ site }) => {
  const settings = (await getEntry('site', 'site'))!.data;
  const siteUrl = site?.href ?? settings.site;
  const events = sessionEvents(await allUpcomingSessions(), siteUrl ? { siteUrl } : {});
  return new Response(calendar({ name: `${settings.name}: training sessions`, events, stamp: buildNow }), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
