/**
 * The idle warning as a real dialog: opened with focus on its button, which extends the time.
 * Non-modal on purpose (show(), not showModal()): a modal dialog makes the rest of the page
 * inert, and the Exit button must stay one tap away even while this is on screen. It is fixed
 * to the screen, so on a phone it cannot appear off-screen above or below what is in view.
 */
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  message: string;
  button: string;
  onExtend: () => void;
}

export default function IdleDialog({ message, button, onExtend }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    dialog.current?.show();
    keep.current?.focus();
  }, []);
  return (
    <dialog
      ref={dialog}
      class="idle-dialog"
      role="alertdialog"
      aria-labelledby="idle-dialog-message"
      onKeyDown={(event) => {
        // Escape means "I am here" too.
        if (event.key === 'Escape') {
          event.preventDefault();
          onExtend();
        }
      }}
    >
      <p id="idle-dialog-message">{message}</p>
      <button type="button" class="button" ref={keep} onClick={onExtend}>
        {button}
      </button>
    </dialog>
  );
}
