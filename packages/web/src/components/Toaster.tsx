import { useToast } from './toast.ts';

export function Toaster() {
  const message = useToast();
  return (
    <div className="toaster" aria-live="polite">
      {message && (
        <div className="toast" key={message.id}>
          {message.text}
        </div>
      )}
    </div>
  );
}
