// Opens the search dialog from the header button, "/" or Ctrl/⌘K. This is all the JavaScript a
// page without interactive parts carries; the dialog's code and the engine load on first open.

const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');

function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
}

function open(): void {
  if (!dialog || dialog.open) return;
  dialog.showModal();
  dialog.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
  void import('./dialog.ts').then(({ attach }) => attach(dialog));
}

if (dialog) {
  document.addEventListener('click', (event) => {
    const launcher = (event.target as Element | null)?.closest('[data-search-launcher]');
    if (!launcher) return;
    event.preventDefault();
    open();
  });
  document.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
    if (shortcut || (event.key === '/' && !typing(event.target) && !event.altKey)) {
      event.preventDefault();
      open();
    }
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the panel) closes the dialog.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}
