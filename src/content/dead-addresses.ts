// What the validator says about a link or image whose address no reader could follow from the
// portal (src/lib/link-schemes.ts): a warning, as the page shows the link's text, or the image's
// description, instead, and the rest of the help center still builds.
import type { DeadAddress } from '../lib/link-schemes.ts';

const WHAT: Record<DeadAddress, { link: string; image: string; hint: string; imageHint: string }> = {
  script: {
    link: 'runs a script, which the portal never puts on a page',
    image: 'runs a script instead of showing a picture',
    hint: 'Link the page it opened (https://…), or remove the link.',
    imageHint: 'Put the image beside the article and write its name (./screenshot.png), or remove it.',
  },
  'local-file': {
    link: 'opens a file on the computer the article was written on, not on a reader’s',
    image: 'is a file on the computer the article was written on, not on a reader’s',
    hint: 'Put the file beside the article and link it by its name (./price-list.pdf), or link where it is published.',
    imageHint: 'Put the image beside the article and write its name (./screenshot.png).',
  },
  placeholder: {
    link: 'is the placeholder Confluence exported for a macro it could not export',
    image: 'is the placeholder Confluence exported for a macro it could not export (a date, a list of Jira issues)',
    hint: 'Write what the macro showed into the article, or remove the placeholder.',
    imageHint: 'Write what the macro showed into the article, or remove the placeholder.',
  },
  person: {
    link: 'is a person’s profile on the wiki the article came from (an @mention)',
    image: 'is a person’s profile on the wiki the article came from',
    hint: 'Name the person or the team readers should contact, or remove the link.',
    imageHint: 'Remove it.',
  },
  nowhere: {
    link: 'does not lead to a page',
    image: 'is not a picture the portal can show',
    hint: 'Link the page readers should open, or remove the link.',
    imageHint: 'Put the image beside the article and write its name (./screenshot.png), or remove it.',
  },
};

/** The warning's message and hint for `url`, a link's or an image's address of kind `dead`. */
export function deadAddressProblem(url: string, image: boolean, dead: DeadAddress): { message: string; hint: string } {
  const shown = url.length > 60 ? `${url.slice(0, 59)}…` : url;
  const what = WHAT[dead];
  return image
    ? { message: `The image "${shown}" ${what.image}: readers see its description instead`, hint: what.imageHint }
    : { message: `The link "${shown}" ${what.link}: readers see its text, not a link`, hint: what.hint };
}
