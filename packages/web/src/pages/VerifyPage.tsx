import { useState, type DragEvent } from 'react';
import { api } from '../api/client.ts';
import { ApiError, errorMessage } from '../api/ApiError.ts';
import type { TrustReport } from '../api/types.ts';
import { PageHeader } from '../components/PageHeader.tsx';
import { ErrorNote, Spinner } from '../components/Notice.tsx';
import { Icon } from '../components/Icon.tsx';

type Tone = 'good' | 'warn' | 'bad' | 'neutral';

/** A headline for a trust report, read defensively: the report grows as the trust layer does. */
function headline(report: TrustReport): { tone: Tone; title: string; detail: string } {
  const r = report as Record<string, any>;
  const summary = typeof r.summary === 'string' ? r.summary : '';
  const verdict = String(r.verdict ?? r.state ?? '').toLowerCase();
  const c2pa = String(r.c2pa?.state ?? r.c2pa ?? '').toLowerCase();
  const mark = r.watermark?.found ?? (r.watermark === 'found' ? true : r.watermark === 'not_found' ? false : undefined);
  if (verdict.includes('tamper') || verdict.includes('invalid') || c2pa === 'invalid')
    return { tone: 'bad', title: 'Changed after it was made', detail: summary || 'The content credentials do not match the file.' };
  if (verdict.includes('verified') || verdict === 'trusted' || c2pa === 'trusted' || (c2pa.startsWith('valid') && mark !== false))
    return { tone: 'good', title: 'Made with Klappe', detail: summary || 'Signed content credentials check out.' };
  if (mark === true) return { tone: 'warn', title: 'Klappe watermark found', detail: summary || 'The invisible watermark is there, but the content credentials are missing (re-encoded or edited?).' };
  if (c2pa === 'absent' || c2pa === 'missing' || mark === false)
    return { tone: 'neutral', title: 'No Klappe marks found', detail: summary || 'No content credentials and no watermark.' };
  return { tone: 'neutral', title: 'Report', detail: summary };
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length ? value.map(show).join(', ') : 'none';
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => typeof v !== 'object' || v === null)
    .map(([k, v]) => `${k}: ${show(v)}`)
    .join(' · ');
}

/** Drop a video, get the trust report (content credentials and watermark checks). */
export function VerifyPage() {
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<TrustReport | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);

  async function check(f: File | undefined) {
    if (!f) return;
    setFile(f);
    setReport(null);
    setError('');
    setBusy(true);
    try {
      setReport(await api.verify(f));
    } catch (e) {
      setError(e instanceof ApiError && e.code === 'verify_unavailable' ? 'This server cannot check videos yet.' : errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  function drop(e: DragEvent) {
    e.preventDefault();
    setOver(false);
    void check(e.dataTransfer.files[0]);
  }

  const h = report ? headline(report) : null;
  return (
    <div className="page">
      <PageHeader title="Verify a video" back />
      <p className="lead">Was it made with Klappe, and was it changed since? Every Klappe video carries signed content credentials (C2PA) and an invisible watermark.</p>
      <label
        className={over ? 'dropzone dropzone--over' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <Icon name="upload" />
        <span className="dropzone-title">{file ? file.name : 'Drop a video here'}</span>
        <span className="hint">or tap to choose an MP4</span>
        <input className="visually-hidden" type="file" name="video" accept="video/mp4,video/*" onChange={(e) => void check(e.target.files?.[0])} />
      </label>
      {busy && <Spinner label="Checking" />}
      <ErrorNote>{error}</ErrorNote>
      {report && h && (
        <section className={`report report--${h.tone}`} data-testid="trust-report">
          <div className="report-head">
            <Icon name="shield" />
            <div>
              <h2>{h.title}</h2>
              {h.detail && <p>{h.detail}</p>}
            </div>
          </div>
          <dl className="report-fields">
            {Object.entries(report)
              .filter(([k]) => k !== 'summary')
              .map(([k, v]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd>{show(v)}</dd>
                </div>
              ))}
          </dl>
          <details>
            <summary>Full report</summary>
            <pre className="code-sample">{JSON.stringify(report, null, 2)}</pre>
          </details>
        </section>
      )}
    </div>
  );
}
