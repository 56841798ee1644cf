// The JSON Schemas in schemas/ are what editors check YAML against: they must match the zod schemas.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFor } from '../../src/cli/json-schemas.ts';
import { FILE_KINDS } from '../../src/schemas/index.ts';

describe('schemas/*.schema.json', () => {
  for (const { kind } of FILE_KINDS) {
    it(`${kind}.schema.json is up to date (run \`npm run schema\` if this fails)`, () => {
      const committed = readFileSync(new URL(`../../schemas/${kind}.schema.json`, import.meta.url), 'utf8');
      expect(committed).toBe(jsonSchemaFor(kind));
    });
  }

  it('describes every field, so editors show help on hover', () => {
    const plan = JSON.parse(jsonSchemaFor('plan'));
    const milestone = plan.properties.milestones.items;
    expect(milestone.properties.dueDay.description).toMatch(/Days after kickoff/);
    expect(milestone.additionalProperties).toBe(false);
    expect(milestone.required).toEqual(expect.arrayContaining(['id', 'name', 'dueDay', 'done', 'health', 'ifMissed']));
  });
});
