// Open Badges 3.0 Achievement documents, one per certification level, at stable URLs, so a
// credential issued later can point at what it certifies.

export interface AchievementInput {
  /** Absolute URL of this JSON document: it is the achievement's id. */
  id: string;
  name: string;
  description: string;
  criteria: string;
  /** Absolute URL of the badge image (SVG). */
  image: string;
  /** The page describing the level. */
  page: string;
  issuer: { id: string; name: string; url: string; email?: string };
  tags?: string[];
}

export function achievementJson(input: AchievementInput) {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: input.id,
    type: ['Achievement'],
    achievementType: 'Certificate',
    name: input.name,
    description: input.description,
    criteria: { id: input.page, narrative: input.criteria },
    image: { id: input.image, type: 'Image', caption: `${input.name} badge` },
    creator: {
      id: input.issuer.id,
      type: ['Profile'],
      name: input.issuer.name,
      url: input.issuer.url,
      ...(input.issuer.email ? { email: input.issuer.email } : {}),
    },
    ...(input.tags && input.tags.length > 0 ? { tag: input.tags } : {}),
  };
}
