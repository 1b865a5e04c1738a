/** A one-line progress bar with frame count and ETA, redrawn in place on a terminal. */
export interface ProgressBar {
  update(done: number, total: number): void;
  finish(): void;
}

export function createProgressBar(stream: NodeJS.WriteStream, label: string): ProgressBar {
  const started = performance.now();
  let lastDraw = 0;
  return {
    update(done, total) {
      const now = performance.now();
      if (done < total && now - lastDraw < 80) return;
      lastDraw = now;
      const width = 28;
      const filled = Math.round((done / total) * width);
      const elapsed = (now - started) / 1000;
      const eta = done > 0 ? (elapsed / done) * (total - done) : 0;
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
      stream.write(`\r${label} ${bar} ${done}/${total} frames ${Math.round((done / total) * 100)}%  ETA ${eta.toFixed(1)}s `);
    },
    finish() {
      stream.write('\n');
    },
  };
}
