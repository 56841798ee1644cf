// Segments from site.yaml, looked up by id, for grouping plans and labelling courses.
import { getEntry } from 'astro:content';

export async function segments() {
  const site = (await getEntry('site', 'site'))!.data;
  return {
    list: site.segments,
    name: (id: string) => site.segments.find((segment) => segment.id === id)?.name ?? id,
    /** Whether there is a segment to choose: with one, it is everyone, and the training catalogue offers no segment filter. */
    choice: site.segments.length > 1,
  };
}
