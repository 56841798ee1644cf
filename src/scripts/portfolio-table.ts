// The portfolio table without a framework: column headers are buttons that sort (again to
// reverse), the selects filter rows, and the CSV download holds the rows shown, in their order.
const table = document.querySelector<HTMLTableElement>('[data-portfolio]');
const form = document.querySelector<HTMLFormElement>('[data-portfolio-filters]');

if (table && form) {
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  const count = document.querySelector<HTMLElement>('[data-portfolio-count]')!;
  const empty = document.querySelector<HTMLElement>('[data-portfolio-empty]')!;
  const csvLink = document.querySelector<HTMLAnchorElement>('[data-portfolio-csv]')!;
  const staticCsv = csvLink.href;
  const columns = [...table.tHead!.rows[0]!.cells];

  const valueOf = (row: HTMLTableRowElement, index: number) => row.cells[index]!.dataset.value ?? '';
  const compare = (a: string, b: string) => {
    const [x, y] = [Number(a), Number(b)];
    return a !== '' && b !== '' && !Number.isNaN(x) && !Number.isNaN(y) ? x - y : a.localeCompare(b, undefined, { numeric: true });
  };

  const visible = () => rows.filter((row) => !row.hidden);

  const refreshCsv = () => {
    if (csvLink.href.startsWith('blob:')) URL.revokeObjectURL(csvLink.href);
    const shown = visible();
    if (shown.length === rows.length && !table.querySelector('th[aria-sort]:not([aria-sort="none"])')) {
      csvLink.href = staticCsv;
      return;
    }
    // Attribute values lose their CRLF to the HTML parser's newline normalisation: lines are joined again here.
    const lines = [table.dataset.csvHeader ?? '', ...[...body.rows].filter((row) => !row.hidden).map((row) => row.dataset.csv ?? '')];
    const text = lines.map((line) => line.replace(/\r?\n$/, '')).join('\r\n') + '\r\n';
    csvLink.href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  };

  const applyFilters = () => {
    const chosen = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')].filter((select) => select.value !== '');
    for (const row of rows) row.hidden = !chosen.every((select) => row.dataset[select.dataset.filter!] === select.value);
    const shown = visible().length;
    count.textContent = `${shown} of ${rows.length} customers`;
    empty.hidden = shown > 0;
    refreshCsv();
  };

  const sortBy = (column: HTMLTableCellElement) => {
    const index = columns.indexOf(column);
    const direction = column.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    for (const other of columns) other.setAttribute('aria-sort', 'none');
    column.setAttribute('aria-sort', direction);
    const sign = direction === 'ascending' ? 1 : -1;
    const sorted = [...body.rows].sort((a, b) => sign * compare(valueOf(a, index), valueOf(b, index)));
    body.append(...sorted);
    refreshCsv();
  };

  table.tHead!.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button[data-sort]');
    if (button) sortBy(button.closest('th')!);
  });
  form.addEventListener('change', applyFilters);
  form.addEventListener('reset', () => setTimeout(applyFilters));
}
