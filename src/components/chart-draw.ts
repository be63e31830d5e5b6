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
const valueTicks = { callback: (v: number | string) => nl.format(Number(v)) };
const palette = [accent, '#b35900', '#4d4d4d', '#2e7d32', '#6a1b9a', '#00838f', '#8d6e00', '#ad1457'];
export function drawChart(canvas: HTMLCanvasElement) {
  const cfg = JSON.parse(canvas.dataset.chartConfig!);
  const round = cfg.type === 'pie' || cfg.type === 'doughnut';
  const horizontal = cfg.type === 'horizontalBar';
  const print = !!canvas.closest('.chart-print');
  // on paper the canvas is scaled to the width of the page: its text is set so that it prints at 9 pt (12 CSS px at 96 dpi), never below 8 pt
  const scale = print ? canvas.getBoundingClientRect().width / Number(canvas.getAttribute('width')) || 1 : 1;
  const fontSize = print ? Math.ceil(12 / scale) : undefined;
  const chart = new Chart(canvas, {
    type: horizontal ? 'bar' : cfg.type,
    data: {
      labels: cfg.labels,
      datasets: cfg.datasets.map((s: any, i: number) => ({
        label: s.label,
        data: s.data,
        backgroundColor: round ? cfg.labels.map((_: unknown, k: number) => palette[k % palette.length]) : palette[i % palette.length],
        borderColor: round ? '#fff' : palette[i % palette.length],
      })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      maintainAspectRatio: false,
      animation: false,
      // print editions: enough pixels for paper; drawn once, before the PDF is made
      ...(print ? { devicePixelRatio: 2, responsive: false } : {}),
      locale: 'nl-NL',
      ...(fontSize ? { font: { size: fontSize } } : {}),
      // the value axis in Dutch notation; the category axis keeps chart.js's own labels (the row labels)
      scales: round
        ? {}
        : {
            x: { stacked: cfg.stacked, ...(horizontal ? { ticks: valueTicks } : {}) },
            y: { stacked: cfg.stacked, ...(horizontal ? {} : { ticks: valueTicks }) },
          },
      plugins: { legend: { display: cfg.datasets.length > 1 || round }, tooltip: { enabled: !print } },
    },
  });
  // what the category axis shows, for checks on the built page
  if (!round) canvas.dataset.axisLabels = JSON.stringify(chart.scales[horizontal ? 'y' : 'x'].ticks.map((t) => t.label));
  // the size its text prints at, in pt, for checks on the print edition
  if (print) canvas.dataset.fontPt = ((fontSize! * scale * 72) / 96).toFixed(1);
  canvas.dataset.drawn = '';
}
