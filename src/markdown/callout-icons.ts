// The kind of note a callout's icon says, where a tool writes its callouts with an icon first
// (Notion: "💡 …" a tip, "⚠️ …" a warning); undefined for any other icon, which is a note. Used for
// Notion's HTML export (html-callouts.ts) and its Markdown export's <aside> (export-tags.ts).
const ICON_KINDS: [RegExp, string][] = [
  [/^💡/u, 'tip'],
  [/^(?:⚠\uFE0F?|🚧)/u, 'warning'],
  [/^(?:❗\uFE0F?|‼\uFE0F?|🚨|⛔\uFE0F?)/u, 'danger'],
  [/^(?:ℹ\uFE0F?|📘)/u, 'info'],
];

/** The kind the icon at the start of `text` says, or undefined. */
export const calloutKindOfIcon = (text: string): string | undefined => ICON_KINDS.find(([icon]) => icon.test(text.trim()))?.[1];
