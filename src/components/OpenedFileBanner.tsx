/** Which file is shown, that links can't carry it, and the way back to the bundled story. */
export function OpenedFileBanner({ name, onClose }: { name: string; onClose: () => void }) {
  return (
    <p className="notice opened-file" role="note">
      Showing <strong>{name}</strong>, opened from your computer. It stays here: links you copy
      can't carry a file from your computer.{' '}
      <button type="button" onClick={onClose}>
        Back to the bundled story
      </button>
    </p>
  );
}
