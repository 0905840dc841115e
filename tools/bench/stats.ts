// Timing samples and the table the benchmark prints: every figure is a median over repeated runs, with its spread.

export interface Summary {
  runs: number;
  median: number;
  min: number;
  max: number;
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const runs = sorted.length;
  if (runs === 0) return { runs: 0, median: Number.NaN, min: Number.NaN, max: Number.NaN };
  const middle = Math.floor(runs / 2);
  const median = runs % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { runs, median, min: sorted[0] ?? 0, max: sorted[runs - 1] ?? 0 };
}

/** The value at a fraction (0…1) of the sorted samples, e.g. 0.95 for the 95th percentile. */
export function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

/**
 * Wall-clock samples (one per run) and the process's CPU time per run (mean, same unit). Other work on the
 * machine stretches wall-clock time far more than CPU time, so the two together tell a slow run from a busy machine.
 */
export interface Timed {
  samples: number[];
  cpuPerRun: number;
}

/** Measures CPU time (user + system) of this process from now on; `perRun` divides it over a number of runs (ms). */
export function cpuMeter(): { perRun: (runs: number) => number } {
  const start = process.cpuUsage();
  return {
    perRun: (runs) => {
      const { user, system } = process.cpuUsage(start);
      return runs > 0 ? (user + system) / 1000 / runs : Number.NaN;
    },
  };
}

/** The same measurement in another unit, e.g. ×1000 for ms → µs. */
export function scaled(timed: Timed, factor: number): Timed {
  return { samples: timed.samples.map((sample) => sample * factor), cpuPerRun: timed.cpuPerRun * factor };
}

/** Milliseconds per run of `work`, after `warmup` untimed runs (the first runs pay for JIT compilation). */
export function timeRuns(runs: number, work: () => void, warmup = 2): Timed {
  for (let index = 0; index < warmup; index++) work();
  const samples: number[] = [];
  const cpu = cpuMeter();
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return { samples, cpuPerRun: cpu.perRun(runs) };
}

export async function timeRunsAsync(runs: number, work: () => Promise<unknown>, warmup = 1): Promise<Timed> {
  for (let index = 0; index < warmup; index++) await work();
  const samples: number[] = [];
  const cpu = cpuMeter();
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return { samples, cpuPerRun: cpu.perRun(runs) };
}

export type Row =
  | { kind: 'timing'; section: string; label: string; unit: string; summary: Summary; cpuPerRun: number }
  | { kind: 'value'; section: string; label: string; value: string }
  | { kind: 'skipped'; section: string; label: string; reason: string };

/** Collects what each part measured, printed as one table at the end. */
export class Report {
  readonly rows: Row[] = [];

  /** A measurement: timed runs (with CPU time), or plain samples such as distances. */
  timing(section: string, label: string, unit: string, measured: Timed | readonly number[]): Summary {
    const timed = 'samples' in measured ? measured : undefined;
    const summary = summarise(timed ? timed.samples : (measured as readonly number[]));
    this.rows.push({ kind: 'timing', section, label, unit, summary, cpuPerRun: timed?.cpuPerRun ?? Number.NaN });
    return summary;
  }

  value(section: string, label: string, value: string | number): void {
    this.rows.push({ kind: 'value', section, label, value: typeof value === 'number' ? formatCount(value) : value });
  }

  skipped(section: string, label: string, reason: string): void {
    this.rows.push({ kind: 'skipped', section, label, reason });
  }
}

export function formatCount(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : formatNumber(value);
}

/** Three significant digits at most, without scientific notation. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return value.toFixed(0);
  if (magnitude >= 10) return value.toFixed(1);
  if (magnitude >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

export function renderTable(rows: readonly Row[]): string {
  const header = ['section', 'measure', 'median', 'min', 'max', 'cpu/run', 'unit', 'n'];
  const cells = rows.map((row): string[] => {
    if (row.kind === 'timing') {
      const { median, min, max, runs } = row.summary;
      const cpu = Number.isFinite(row.cpuPerRun) ? formatNumber(row.cpuPerRun) : '';
      return [row.section, row.label, formatNumber(median), formatNumber(min), formatNumber(max), cpu, row.unit, String(runs)];
    }
    if (row.kind === 'value') return [row.section, row.label, row.value, '', '', '', '', ''];
    return [row.section, row.label, `skipped: ${row.reason}`, '', '', '', '', ''];
  });
  // A skip reason may be long: it spills over the columns after it instead of widening them all.
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.filter((_, index) => rows[index]?.kind !== 'skipped' || column < 2).map((row) => (row[column] ?? '').length)),
  );
  const numeric = new Set([2, 3, 4, 5, 7]);
  const line = (row: readonly string[], skipped = false) =>
    row
      .map((cell, column) => {
        if (skipped && column >= 2) return column === 2 ? cell : '';
        const width = widths[column] ?? 0;
        return numeric.has(column) && row !== header ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const separator = widths.map((width) => '-'.repeat(width)).join('  ');
  const out = [line(header), separator];
  let previousSection = '';
  cells.forEach((row, index) => {
    const section = row[0] ?? '';
    const shown = section === previousSection ? ['', ...row.slice(1)] : row;
    previousSection = section;
    out.push(line(shown, rows[index]?.kind === 'skipped'));
  });
  return out.join('\n');
}
