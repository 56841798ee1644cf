// Embed URLs for video links: YouTube (privacy-enhanced domain), Vimeo, or a plain video file.

export interface VideoEmbed {
  kind: 'iframe' | 'file';
  src: string;
  host: string;
}

export function embedUrl(url: string, startSeconds = 0): VideoEmbed {
  const parsed = new URL(url);
  const youtubeId = parsed.hostname.endsWith('youtu.be') ? parsed.pathname.slice(1) : parsed.hostname.includes('youtube.com') ? parsed.searchParams.get('v') : null;
  if (youtubeId) return { kind: 'iframe', src: `https://www.youtube-nocookie.com/embed/${encodeURIComponent(youtubeId)}?autoplay=1${startSeconds ? `&start=${startSeconds}` : ''}`, host: 'YouTube' };
  const vimeoId = parsed.hostname.includes('vimeo.com') ? /\/(\d+)/.exec(parsed.pathname)?.[1] : undefined;
  if (vimeoId) return { kind: 'iframe', src: `https://player.vimeo.com/video/${vimeoId}?autoplay=1${startSeconds ? `#t=${startSeconds}s` : ''}`, host: 'Vimeo' };
  return { kind: 'file', src: url, host: parsed.hostname };
}
