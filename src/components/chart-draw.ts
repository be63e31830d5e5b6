/** Draws one chart.js chart from its canvas's data-chart-config (KpiChart). Loaded only when a chart is about to be seen. */
import {
  Chart,
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  PieController,
  DoughnutController,
  ArcElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
} from 'chart.js';
import { wrapLabel } from '../core/chart-labels.ts';
Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  PieController,
  DoughnutController,
  ArcElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);
const nl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const accent = getComputedStyle(document.documentElement).getPropertyValue('--mja-accent').trim() || '#1b4f72';
/** The value axis in Dutch notation, with a % sign when every series is a percentage. */
const valueTicksFor = (percent: boolean) => ({ callback: (v: number | string) => `${nl.format(Number(v))}${percent ? '%' : ''}` });
const palette = [accent, '#b35900', '#4d4d4d', '#2e7d32', '#6a1b9a', '#00838f', '#8d6e00', '#ad1457'];
/** Text at a readable size (chart.js draws 12 px by default, too small on a phone). */
Chart.defaults.font.size = 14;
Chart.defaults.font.family = getComputedStyle(document.body).fontFamily || Chart.defaults.font.family;
Chart.defaults.color = '#1a1a1a';

/** The system colours of forced-colours mode (Windows high contrast), read from the page. */
function systemColours() {
  const probe = document.createElement('span');
  document.body.append(probe);
  const read = (c: string) => {
    probe.style.color = c;
    return getComputedStyle(probe).color;
  };
  const colours = { text: read('CanvasText'), highlight: read('Highlight'), grey: read('GrayText'), link: read('LinkText') };
  probe.remove();
  return colours;
}
const forced = matchMedia('(forced-colors: active)');

export function drawChart(canvas: HTMLCanvasElement) {
  const cfg = JSON.parse(canvas.dataset.chartConfig!);
  const round = cfg.type === 'pie' || cfg.type === 'doughnut';
  const print = !!canvas.closest('.chart-print');
  const box = canvas.parentElement as HTMLElement;
  // a column chart with several categories on a narrow screen is drawn lying down: labels stay level and whole
  const narrow = !print && box.clientWidth < 560;
  const horizontal = cfg.type === 'horizontalBar' || (narrow && cfg.type === 'bar' && cfg.labels.length > 3);
  const perLine = horizontal ? (narrow ? 15 : 28) : Math.max(10, Math.floor(box.clientWidth / cfg.labels.length / 9));
  const labels = cfg.labels.map((l: string) => wrapLabel(l, perLine));
  if (horizontal && !print) {
    // room for every bar and every line of its label
    const lines = labels.reduce((n: number, l: string[]) => n + Math.max(l.length, cfg.datasets.length), 0);
    box.style.height = `${Math.max(288, lines * 22 + cfg.labels.length * 14 + 90)}px`;
  }
  const valueTicks = valueTicksFor(cfg.datasets.every((d: { unit: string }) => d.unit === 'procent'));
  const fc = forced.matches ? systemColours() : undefined;
  const fill = (i: number) => (fc ? [fc.highlight, fc.text, fc.link, fc.grey][i % 4] : palette[i % palette.length]);
  // on paper the canvas is scaled to the width of the page: its text is set so that it prints at 9 pt (12 CSS px at 96 dpi), never below 8 pt
  const scale = print ? canvas.getBoundingClientRect().width / Number(canvas.getAttribute('width')) || 1 : 1;
  const fontSize = print ? Math.ceil(12 / scale) : undefined;
  const chart = new Chart(canvas, {
    type: horizontal ? 'bar' : cfg.type,
    data: {
      labels,
      datasets: cfg.datasets.map((s: any, i: number) => ({
        label: s.label,
        data: s.data,
        backgroundColor: round ? cfg.labels.map((_: unknown, k: number) => fill(k)) : fill(i),
        borderColor: fc ? fc.text : round ? '#fff' : fill(i),
        borderWidth: fc ? 2 : round ? 2 : 0,
      })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      maintainAspectRatio: false,
      animation: false,
      // print editions: enough pixels for paper; drawn once, before the PDF is made
      ...(print ? { devicePixelRatio: 2, responsive: false } : {}),
      locale: 'nl-NL',
      color: fc?.text,
      ...(fontSize ? { font: { size: fontSize } } : {}),
      borderColor: fc?.text,
      // the value axis in Dutch notation; the category axis shows the row labels level, wrapped, never tilted
      scales: round
        ? {}
        : {
            x: {
              stacked: cfg.stacked,
              ticks: { ...(horizontal ? valueTicks : { maxRotation: 0, autoSkip: false }), ...(fc ? { color: fc.text } : {}) },
              grid: fc ? { color: fc.grey } : {},
              border: fc ? { color: fc.text } : {},
            },
            y: {
              stacked: cfg.stacked,
              ticks: { ...(horizontal ? { autoSkip: false } : valueTicks), ...(fc ? { color: fc.text } : {}) },
              grid: fc ? { color: fc.grey } : {},
              border: fc ? { color: fc.text } : {},
            },
          },
      plugins: {
        legend: {
          display: cfg.datasets.length > 1 || round,
          position: round ? 'bottom' : 'top',
          labels: {
            ...(fc ? { color: fc.text } : {}),
            // a slice is named with its value, so a thin slice is found by its text, not only by its colour
            ...(round
              ? {
                  generateLabels: (c: Chart) => {
                    const base = Chart.overrides.doughnut.plugins.legend.labels.generateLabels(c);
                    const values = (c.data.datasets[0].data as (number | null)[]).map((v) => v ?? 0);
                    const total = values.reduce((a, b) => a + b, 0);
                    const unit = cfg.datasets[0].unit;
                    return base.map((item, k) => {
                      const v = values[k];
                      const value =
                        unit === 'procent'
                          ? `${nl.format(v)}%`
                          : `${nl.format(v)}${total ? ` (${nl.format(Math.round((v / total) * 1000) / 10)}%)` : ''}`;
                      return { ...item, text: `${cfg.labels[k]}: ${value}` };
                    });
                  },
                }
              : {}),
          },
        },
        tooltip: { enabled: !print },
      },
    },
  });
  // forced colours switched on or off while the page is open: draw again in the new colours
  if (!print && !canvas.dataset.watch) {
    canvas.dataset.watch = '';
    forced.addEventListener('change', () => {
      chart.destroy();
      drawChart(canvas);
    });
  }
  // what the category axis shows, for checks on the built page: the row's label when the lines drawn are
  // exactly that label wrapped, else the text drawn (an index number, a cut label)
  if (!round) {
    const ticks = chart.scales[horizontal ? 'y' : 'x'].ticks;
    canvas.dataset.axisLabels = JSON.stringify(
      ticks.map((t) => {
        const lines = Array.isArray(t.label) ? t.label.map(String) : [String(t.label)];
        const row: string | undefined = cfg.labels[t.value];
        return row !== undefined && JSON.stringify(wrapLabel(row, perLine)) === JSON.stringify(lines) ? row : lines.join(' ');
      }),
    );
  }
  // the size its text prints at, in pt, for checks on the print edition
  if (print) canvas.dataset.fontPt = ((fontSize! * scale * 72) / 96).toFixed(1);
  canvas.dataset.drawn = '';
}
