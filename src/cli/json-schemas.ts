// JSON Schemas generated from the zod schemas, so editors (VS Code's YAML extension) complete
// and check plan and content files as they are typed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { FILE_KINDS, type Kind } from '../schemas/index.ts';

export function jsonSchemaFor(kind: Kind): string {
  const { schema } = FILE_KINDS.find((entry) => entry.kind === kind)!;
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return JSON.stringify(json, null, 2) + '\n';
}

export function writeJsonSchemas(folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  return FILE_KINDS.map(({ kind }) => {
    const file = join(folder, `${kind}.schema.json`);
    writeFileSync(file, jsonSchemaFor(kind));
    return file;
  });
}
