// One session as its own calendar file, linked from the session on its course page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendar } from '../../../lib/ical.ts';
import { sessionEvents, type UpcomingSession } from '../../../lib/sessions.ts';
import { allUpcomingSessions, buildNow } from '../../../site/sessions.ts';

export const getStaticPaths = (async () => {
  const sessions = await allUpcomingSessions();
  return sessions.map((session) => ({ params: { course: session.courseId, session: session.id }, props: { session } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const session = props.session as UpcomingSession;
  const events = sessionEvents([session], site ? { siteUrl: site.href } : {});
  return new Response(calendar({ name: session.courseTitle, events, stamp: buildNow }), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
