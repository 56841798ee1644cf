// Stands in for Docusaurus's useBaseUrl (@docusaurus/useBaseUrl): a path on the site ("/img/chart.png",
// "img/chart.png") with the base path the portal is deployed under; URLs, anchors and paths that
// already have the base as they are, as Docusaurus leaves them.
import { href } from '../../site/href.ts';

export default function useBaseUrl(url: string): string {
  if (url === '' || url.startsWith('#') || url.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith(href('/')))
    return url;
  return href(url);
}
