// Building blocks shared by every file kind: ids, references, URLs, Markdown text.
import { z } from 'zod';
import { isTimeZone } from '../lib/time-zones.ts';

/** The rule id a custom check reports; the validator turns it into the diagnostic's rule. */
export const rule = (id: string) => ({ params: { rule: id } });

/**
 * Rule ids of pattern checks, by the pattern as zod prints it ("/^…$/"). zod keeps the pattern on the issue (and in the
 * JSON Schema, for editors) but not custom params, so the validator looks the rule up here.
 */
export const PATTERN_RULES = new Map<string, string>();

export function pattern(regex: RegExp, ruleId: string, message: string) {
  PATTERN_RULES.set(String(regex), ruleId);
  return { regex, message };
}

export const matching = (regex: RegExp, ruleId: string, message: string) => z.string().regex(regex, pattern(regex, ruleId, message).message);

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const id = (what: string) =>
  matching(KEBAB, 'id-format', `The ${what} id must be kebab-case: lowercase letters, digits and single hyphens, like "first-dashboard"`)
    .meta({ description: `Identifier of the ${what}, kebab-case and unique.` });

/** An IANA time zone name the runtime knows; `example` is the second name the message suggests. */
export const timeZone = (ruleId: string, example: string, type = z.string()) =>
  type.refine(isTimeZone, { message: `Not a known IANA time zone; write a name like "Europe/Berlin" or "${example}"`, ...rule(ruleId) });

export const REFERENCE_KINDS = ['kb', 'course', 'video', 'faq', 'cert', 'milestone'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

const REFERENCE = /^(kb|course|video|faq|cert|milestone):[^\s:]+$/;

/** A `kind:id` pointer to another piece of content; resolved across files by the validator. */
export const reference = (kinds: readonly ReferenceKind[] = REFERENCE_KINDS) =>
  matching(REFERENCE, 'reference-format', `A reference is written kind:id, where kind is one of ${kinds.join(', ')} (for example "course:admin-bootcamp")`)
    // A malformed reference is reported once, by the pattern above.
    .refine((value) => !REFERENCE.test(value) || kinds.includes(value.slice(0, value.indexOf(':')) as ReferenceKind), {
      message: `Only ${kinds.map((k) => `${k}:`).join(', ')} references are allowed here`,
      ...rule('reference-kind'),
    })
    .meta({ description: `A reference written kind:id (${kinds.map((k) => `${k}:…`).join(', ')}).` });

/** Schemes a link may have: web pages, e-mail, and a phone's call and text message (support lines in help centers). */
export const ALLOWED_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:', 'sms:'];

/** Whether an address may be a link's on the portal: relative, or with an allowed scheme (no "javascript:"). */
export const isLinkable = (value: string): boolean => !/^[a-z][a-z0-9+.-]*:/i.test(value.trim()) || hasAllowedScheme(value.trim());

export function hasAllowedScheme(value: string): boolean {
  try {
    return ALLOWED_SCHEMES.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

export const url = (description: string) =>
  z
    .string()
    .refine(hasAllowedScheme, {
      message: 'Links must be absolute and start with https://, http://, mailto: or tel:',
      ...rule('url-scheme'),
    })
    .meta({ description });

export const httpsUrl = (description: string) =>
  z
    .string()
    .refine((value) => value.startsWith('https://') && hasAllowedScheme(value), {
      message: 'This link must start with https://',
      ...rule('url-scheme'),
    })
    .meta({ description });

/** Every Markdown field's schema, so the validator can find Markdown text and check the links in it. */
export const MARKDOWN_FIELDS = new WeakSet<z.core.$ZodType>();

/** Text rendered as Markdown with raw HTML disabled. */
export const markdown = (description: string) => {
  const schema = z.string().min(1).meta({ description: `${description} (Markdown).` });
  MARKDOWN_FIELDS.add(schema);
  return schema;
};

export const text = (description: string) => z.string().min(1).meta({ description });

export const segmentId = id('segment');

export const segmentIds = z
  .array(segmentId)
  .meta({ description: 'Segments (ids from content/site.yaml) this applies to; empty or absent means every segment.' });
