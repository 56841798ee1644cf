// What readers see for a course's format and level, everywhere they are shown.
export const FORMAT_LABELS: Record<string, string> = { 'self-paced': 'Self-paced', 'one-on-one': 'One-on-one', group: 'Group session', webinar: 'Webinar' };
export const LEVEL_LABELS: Record<string, string> = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' };
