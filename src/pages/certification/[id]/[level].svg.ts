// Each certification level's badge as an SVG file, for profiles and e-mail signatures.
import type { APIRoute, GetStaticPaths } from 'astro';
import { entriesOf } from '../../../site/collections.ts';
import { badgeSvg } from '../../../lib/badge.ts';

export const getStaticPaths = (async () => {
  const programs = await entriesOf('certifications');
  return programs.flatMap((program) =>
    program.data.levels.map((level) => ({
      params: { id: program.id, level: level.id },
      props: { svg: badgeSvg({ name: level.name, programTitle: program.data.title, colour: level.badge }) },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${props.svg as string}`, { headers: { 'Content-Type': 'image/svg+xml' } });
