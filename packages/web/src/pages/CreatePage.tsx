import { useEffect, useState, type FormEvent } from 'react';
import { api, type CreateDraftInput } from '../api/client.ts';
import { errorMessage } from '../api/ApiError.ts';
import type { Aspect, Post, PresetCatalogue } from '../api/types.ts';
import { Link } from '../router/Link.tsx';
import { navigate, useLocation } from '../router/navigation.ts';
import { IDEAS, toneOf } from '../lib/ideas.ts';
import { ErrorNote } from '../components/Notice.tsx';
import { Icon } from '../components/Icon.tsx';

const ASPECTS: { value: Aspect; label: string }[] = [
  { value: '9:16', label: 'Portrait' },
  { value: '16:9', label: 'Landscape' },
  { value: '1:1', label: 'Square' },
];
const DURATIONS = [1, 2, 4, 8, 12, 20];

/** Create: a prompt, a preset or idea, aspect, length, style and seed → a draft rendering. */
export function CreatePage() {
  const { search } = useLocation();
  const remixId = search.get('remix');
  const [catalogue, setCatalogue] = useState<PresetCatalogue | null>(null);
  const [source, setSource] = useState<Post | null>(null);
  const [prompt, setPrompt] = useState('');
  const [preset, setPreset] = useState<string | null>(null);
  const [aspect, setAspect] = useState<Aspect>('9:16');
  const [seconds, setSeconds] = useState(4);
  const [style, setStyle] = useState('');
  const [seed, setSeed] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.presets().then(setCatalogue, () => setCatalogue({ data: [], styles: [], aspects: ['9:16', '16:9', '1:1'] }));
  }, []);

  useEffect(() => {
    setSource(null);
    if (!remixId) return;
    api.getPost(remixId).then(
      (p) => {
        setSource(p);
        if (p.aspect) setAspect(p.aspect);
        if (p.seconds) setSeconds(p.seconds);
        if (p.style) setStyle(p.style);
      },
      (e) => setError(errorMessage(e)),
    );
  }, [remixId]);

  function choosePreset(id: string) {
    const p = catalogue?.data.find((x) => x.id === id);
    if (!p) return;
    if (preset === id) {
      setPreset(null);
      return;
    }
    setPreset(id);
    if (p.style) setStyle(p.style);
    if (p.seconds) setSeconds(p.seconds);
    if (p.aspect) setAspect(p.aspect);
    if (p.prompt && !prompt.trim()) setPrompt(p.prompt);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError('');
    if (!prompt.trim() && !remixId) {
      setError('Describe what the video shows, or pick an idea from the gallery.');
      return;
    }
    const input: CreateDraftInput = { aspect, seconds };
    if (prompt.trim()) input.prompt = prompt.trim();
    if (preset) input.preset = preset;
    if (style) input.style = style;
    if (remixId) input.remixOf = remixId;
    if (seed.trim()) {
      const n = Number(seed);
      if (!Number.isInteger(n) || n < 0 || n > 4294967295) {
        setError('The seed is a whole number from 0 to 4294967295.');
        return;
      }
      input.seed = n;
    }
    setBusy(true);
    try {
      const draft = await api.createDraft(input);
      navigate(`/drafts/${encodeURIComponent(draft.id)}`);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  const presets = catalogue?.data ?? [];
  const styles = catalogue?.styles ?? [];
  return (
    <form className="create" onSubmit={submit}>
      <header className="create-head">
        <h1>{remixId ? 'Remix' : 'Create'}</h1>
        <Link className="button button--ghost button--small" to="/drafts">
          <Icon name="film" /> Drafts
        </Link>
      </header>

      {remixId && (
        <div className="remix-source">
          {source ? <img src={source.thumbnailUrl} alt="" /> : <span className="remix-source-ph" />}
          <div>
            <p className="remix-source-title">
              <Icon name="remix" /> Remixing {source ? `@${source.author.username}` : '…'}
            </p>
            <p className="remix-source-caption">{source?.caption || source?.prompt || ''}</p>
            <p className="hint">Say what should change. Everything you don’t mention stays the same.</p>
          </div>
        </div>
      )}

      <label className="prompt-box">
        <span className="visually-hidden">Prompt</span>
        <textarea
          name="prompt"
          rows={4}
          maxLength={4000}
          placeholder={remixId ? 'e.g. make it night, and add rain' : 'Describe your video… e.g. a red ball bounces down the stairs'}
          value={prompt}
          onChange={(e) => setPrompt(e.target.value)}
        />
        <span className="prompt-count">{prompt.length}/4000</span>
      </label>

      {!remixId && catalogue && (
        <section className="create-section">
          <h2>{presets.length ? 'Presets' : 'Ideas'}</h2>
          <div className="gallery" role="list">
            {presets.map((p) => (
              <button type="button" role="listitem" key={p.id} className={preset === p.id ? 'tile tile--selected' : 'tile'} aria-pressed={preset === p.id} data-preset={p.id} onClick={() => choosePreset(p.id)}>
                {p.thumbnailUrl ? <img className="tile-image" src={p.thumbnailUrl} alt="" loading="lazy" /> : <span className={`tile-image tile-tone ${toneOf(p.style || p.id)}`}>
                    <span>{p.name}</span>
                  </span>}
                <span className="tile-name">{p.name}</span>
                {p.description && <span className="tile-desc">{p.description}</span>}
              </button>
            ))}
            {IDEAS.map((idea) => (
              <button type="button" role="listitem" key={idea.id} className={prompt === idea.prompt ? 'tile tile--selected' : 'tile'} data-idea={idea.id} onClick={() => setPrompt(idea.prompt)}>
                <img className="tile-image" src={`/ideas/${idea.id}.jpg`} alt="" loading="lazy" />
                <span className="tile-name">{idea.name}</span>
                <span className="tile-desc">{idea.prompt}</span>
              </button>
            ))}
          </div>
        </section>
      )}

      <section className="create-section">
        <h2>Shape</h2>
        <div className="segmented" role="radiogroup" aria-label="Aspect">
          {ASPECTS.map((a) => (
            <label key={a.value} className={aspect === a.value ? 'segment segment--on' : 'segment'}>
              <input type="radio" name="aspect" value={a.value} checked={aspect === a.value} onChange={() => setAspect(a.value)} />
              <span className={`aspect-glyph aspect-glyph--${a.value.replace(':', 'x')}`} aria-hidden="true" />
              <span>
                {a.label} <em>{a.value}</em>
              </span>
            </label>
          ))}
        </div>
      </section>

      <section className="create-section">
        <h2>Length</h2>
        <div className="chips" role="radiogroup" aria-label="Length in seconds">
          {DURATIONS.map((d) => (
            <label key={d} className={seconds === d ? 'chip-toggle chip-toggle--on' : 'chip-toggle'}>
              <input type="radio" name="seconds" value={d} checked={seconds === d} onChange={() => setSeconds(d)} />
              {d} s
            </label>
          ))}
        </div>
      </section>

      {styles.length > 0 && (
        <section className="create-section">
          <h2>Style</h2>
          <div className="chips" role="radiogroup" aria-label="Style">
            <label className={style === '' ? 'chip-toggle chip-toggle--on' : 'chip-toggle'}>
              <input type="radio" name="style" value="" checked={style === ''} onChange={() => setStyle('')} />
              Default
            </label>
            {styles.map((s) => (
              <label key={s} className={style === s ? 'chip-toggle chip-toggle--on chip-toggle--cap' : 'chip-toggle chip-toggle--cap'}>
                <input type="radio" name="style" value={s} checked={style === s} onChange={() => setStyle(s)} />
                {s.replace(/-/g, ' ')}
              </label>
            ))}
          </div>
        </section>
      )}

      <details className="create-section create-more">
        <summary>More options</summary>
        <label className="field">
          <span>Seed <em>same prompt + seed = same video</em></span>
          <div className="seed-row">
            <input name="seed" inputMode="numeric" placeholder="from the prompt" value={seed} onChange={(e) => setSeed(e.target.value.replace(/[^0-9]/g, ''))} />
            <button type="button" className="button button--small" onClick={() => setSeed(String(crypto.getRandomValues(new Uint32Array(1))[0]))}>
              Random
            </button>
          </div>
        </label>
      </details>

      <ErrorNote>{error}</ErrorNote>
      <div className="create-submit">
        <button type="submit" className="button button--primary button--block button--large" disabled={busy}>
          <Icon name="sparkle" /> {busy ? 'Starting…' : remixId ? 'Make the remix' : 'Make the video'}
        </button>
        <p className="hint">Drafts are private until you post them.</p>
      </div>
    </form>
  );
}
