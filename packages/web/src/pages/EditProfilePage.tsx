import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/ApiError.ts';
import { navigate } from '../router/navigation.ts';
import { useSession } from '../session/SessionContext.tsx';
import { Avatar } from '../components/Avatar.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { ErrorNote } from '../components/Notice.tsx';
import { toast } from '../components/toast.ts';

/** Display name, bio and picture. */
export function EditProfilePage() {
  const { me, setMe } = useSession();
  const [displayName, setDisplayName] = useState(me?.displayName ?? '');
  const [bio, setBio] = useState(me?.bio ?? '');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  if (!me) return null;

  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      setMe(await api.updateMe({ displayName: displayName.trim(), bio: bio.trim() }));
      toast('Profile saved');
      navigate(`/u/${encodeURIComponent(me!.username)}`);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  async function upload(file: File | undefined) {
    if (!file) return;
    setError('');
    try {
      setMe(await api.uploadAvatar(file));
      toast('Picture updated');
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function removePicture() {
    try {
      setMe(await api.removeAvatar());
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <div className="page">
      <PageHeader title="Edit profile" back />
      <form className="form" onSubmit={save}>
        <div className="avatar-edit">
          <Avatar user={me} size="xl" />
          <div className="avatar-edit-actions">
            <label className="button button--small">
              Change picture
              <input className="visually-hidden" type="file" name="avatar" accept="image/png,image/jpeg,image/webp" onChange={(e) => void upload(e.target.files?.[0])} />
            </label>
            {me.avatarUrl && (
              <button type="button" className="button button--ghost button--small" onClick={() => void removePicture()}>
                Remove
              </button>
            )}
            <p className="hint">PNG, JPEG or WebP, up to 2 MB.</p>
          </div>
        </div>
        <label className="field">
          <span>Display name</span>
          <input name="displayName" required maxLength={50} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
        </label>
        <label className="field">
          <span>
            Bio <em>{bio.length}/300</em>
          </span>
          <textarea name="bio" rows={4} maxLength={300} value={bio} onChange={(e) => setBio(e.target.value)} placeholder="A line or two about you" />
        </label>
        <ErrorNote>{error}</ErrorNote>
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
      </form>
    </div>
  );
}
