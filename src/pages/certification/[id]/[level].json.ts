// Each certification level as an Open Badges 3.0 Achievement, at a stable URL.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry, type CollectionEntry } from 'astro:content';
import { entriesOf } from '../../../site/collections.ts';
import { achievementJson } from '../../../lib/open-badges.ts';
import { routes } from '../../../lib/routes.ts';

export const getStaticPaths = (async () => {
  const programs = await entriesOf('certifications');
  return programs.flatMap((program) =>
    program.data.levels.map((level) => ({ params: { id: program.id, level: level.id }, props: { program, level } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { program, level } = props as { program: CollectionEntry<'certifications'>; level: (typeof props.program.data.levels)[number] };
  const settings = (await getEntry('site', 'site'))!.data;
  const origin = site?.href ?? settings.site ?? 'https://milepost.invalid/';
  const base = import.meta.env.BASE_URL;
  const absolute = (path: string) => new URL(base.replace(/\/$/, '') + path, origin).href;
  const json = achievementJson({
    id: absolute(routes.achievement(program.id, level.id)),
    name: `${program.data.title}: ${level.name}`,
    description: level.summary,
    criteria: `Complete ${level.requires.length} requirement(s) and pass the exam (${level.exam.format}; ${level.exam.minutes} minutes; pass mark ${level.exam.passMark}%). Valid for ${level.validFor}.`,
    image: absolute(routes.badge(program.id, level.id)),
    page: absolute(routes.level(program.id, level.id)),
    issuer: { id: absolute('/'), name: program.data.issuer ?? settings.company, url: absolute('/'), email: settings.support.email },
  });
  return new Response(JSON.stringify(json, null, 2), { headers: { 'Content-Type': 'application/ld+json' } });
};
