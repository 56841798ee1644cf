// Swaps the video facade for the real player on click, and lets chapter links start it at a time.
function play(facade: HTMLElement, start = 0): void {
  const src = facade.dataset.embed!;
  const title = facade.dataset.title ?? 'Video';
  let player: HTMLIFrameElement | HTMLVideoElement;
  if (facade.dataset.kind === 'file') {
    player = document.createElement('video');
    player.src = src;
    player.controls = true;
    player.autoplay = true;
    player.currentTime = start;
  } else {
    player = document.createElement('iframe');
    const url = new URL(src);
    if (start) url.host.includes('vimeo') ? (url.hash = `t=${start}s`) : url.searchParams.set('start', String(start));
    player.src = url.href;
    player.title = title;
    player.allow = 'autoplay; fullscreen; picture-in-picture';
    player.allowFullscreen = true;
  }
  facade.replaceChildren(player);
  player.focus();
}

const facade = document.querySelector<HTMLElement>('[data-video-facade]');
if (facade) {
  facade.querySelector('[data-video-play]')?.addEventListener('click', (event) => {
    event.preventDefault();
    play(facade);
  });
  for (const chapter of document.querySelectorAll<HTMLAnchorElement>('[data-chapter-start]')) {
    chapter.addEventListener('click', (event) => {
      event.preventDefault();
      play(facade, Number(chapter.dataset.chapterStart));
      facade.scrollIntoView({ block: 'nearest' });
    });
  }
}
