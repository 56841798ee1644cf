// For the portal's Markdown renderer: which knowledge-base pages a link may not lead to in the
// edition being built (drafts, in the customer edition). Such a link shows its text instead; the
// validator warns about it (reference-to-draft), and the team edition keeps it.
import { currentValidation, loadContent, oncePerValidation } from './load.ts';

const unpublishedPaths = oncePerValidation(() => {
  const { articles, kbFolders } = loadContent();
  const published = new Set([...articles, ...kbFolders].map((entry) => entry.id));
  const { content } = currentValidation();
  return new Set(
    [...content.articles, ...content.kbFolders]
      .filter((entry) => !published.has(entry.id))
      .map((entry) => `/kb/${entry.id ? `${entry.id}/` : ''}`),
  );
});

/** Whether the page at `path` ("/kb/<id>/", from the portal's root, no anchor) is left out of this edition. */
export function unpublishedPage(path: string): boolean {
  return unpublishedPaths().has(path);
}
