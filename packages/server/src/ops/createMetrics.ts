/**
 * Prometheus metrics (`/metrics`): HTTP requests, queue depth, job durations, render speed
 * and failures by code. Each server or worker has its own registry.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { QueueCounts } from '../jobs/JobQueue.ts';

export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route'>;
  jobDuration: Histogram<'model' | 'outcome'>;
  renderFps: Histogram<'size'>;
  framesRendered: Counter;
  jobsFinished: Counter<'outcome'>;
  jobFailures: Counter<'code'>;
  jobsRunning: Gauge;
}

export function createMetrics(opts: { queueCounts?: () => Promise<QueueCounts>; defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (opts.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'klappe_' });
  const counts = opts.queueCounts;
  if (counts) {
    new Gauge({
      name: 'klappe_queue_depth',
      help: 'Render jobs by state: waiting to start, running, waiting for a retry',
      labelNames: ['state'],
      registers: [registry],
      async collect() {
        try {
          const c = await counts();
          this.set({ state: 'waiting' }, c.waiting);
          this.set({ state: 'active' }, c.active);
          this.set({ state: 'delayed' }, c.delayed);
        } catch {
          // The queue is unreachable right now; keep the last values.
        }
      },
    });
  }
  return {
    registry,
    httpRequests: new Counter({ name: 'klappe_http_requests_total', help: 'HTTP requests by route and status', labelNames: ['method', 'route', 'status'], registers: [registry] }),
    httpDuration: new Histogram({
      name: 'klappe_http_request_duration_seconds',
      help: 'HTTP request duration',
      labelNames: ['method', 'route'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    jobDuration: new Histogram({
      name: 'klappe_job_duration_seconds',
      help: 'Wall time of render jobs, from start to finished files',
      labelNames: ['model', 'outcome'],
      buckets: [1, 2, 5, 10, 20, 40, 80, 160, 320, 640],
      registers: [registry],
    }),
    renderFps: new Histogram({
      name: 'klappe_render_frames_per_second',
      help: 'Frames rendered and encoded per wall-clock second, per job',
      labelNames: ['size'],
      buckets: [1, 2, 5, 10, 20, 30, 45, 60, 90, 120, 240],
      registers: [registry],
    }),
    framesRendered: new Counter({ name: 'klappe_frames_rendered_total', help: 'Video frames rendered', registers: [registry] }),
    jobsFinished: new Counter({ name: 'klappe_jobs_finished_total', help: 'Render jobs finished, by outcome', labelNames: ['outcome'], registers: [registry] }),
    jobFailures: new Counter({ name: 'klappe_job_failures_total', help: 'Failed render attempts by error code (retried or final)', labelNames: ['code'], registers: [registry] }),
    jobsRunning: new Gauge({ name: 'klappe_jobs_running', help: 'Render jobs running in this process', registers: [registry] }),
  };
}
