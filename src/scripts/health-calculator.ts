// The health score calculator: a slider per factor, the weighted score and its band, computed
// with the same healthScore/bandFor the build and the tests use.
import { bandFor, healthScore, type ScoreBand } from '../lib/health-score.ts';

const calculator = document.querySelector<HTMLElement>('[data-calculator]');
const data = document.querySelector<HTMLScriptElement>('#health-model-data');

if (calculator && data) {
  const model = JSON.parse(data.textContent ?? '{}') as { factors: { id: string; weight: number }[]; bands: ScoreBand[] };
  const sliders = [...calculator.querySelectorAll<HTMLInputElement>('input[type="range"]')];
  const score = calculator.querySelector<HTMLElement>('[data-score]')!;
  const band = calculator.querySelector<HTMLElement>('[data-band]')!;
  const meter = calculator.querySelector<HTMLElement>('[data-score-bar]')!;
  calculator.hidden = false;

  const update = () => {
    const values: Record<string, number> = {};
    for (const slider of sliders) {
      values[slider.name] = Number(slider.value);
      const output = calculator.querySelector<HTMLOutputElement>(`output[for="${slider.id}"]`);
      if (output) output.value = slider.value;
    }
    const total = healthScore(model.factors, values);
    const current = bandFor(total, model.bands);
    score.textContent = String(total);
    band.textContent = current.label;
    band.dataset.bandIndex = String(model.bands.indexOf(current));
    meter.style.width = `${total}%`;
  };
  for (const slider of sliders) slider.addEventListener('input', update);
  update();
}
