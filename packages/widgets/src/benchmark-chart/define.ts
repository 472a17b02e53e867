/** Registers `<om-benchmark-chart>`: import this entry to use it alone. */
import { defineElement } from '../internal/define.js';
import { OmBenchmarkChart } from './benchmark-chart.js';

defineElement('om-benchmark-chart', OmBenchmarkChart);

export { OmBenchmarkChart };
