import type { PersonMark } from '../layout/personColors';

/** A person's colour with their initials on it, so colour is never the only cue. */
export function PersonSwatch({ mark }: { mark: PersonMark }) {
  return (
    <span className="swatch" data-person={mark.slot} aria-hidden="true">
      {mark.initials}
    </span>
  );
}
