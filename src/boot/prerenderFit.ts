/**
 * How the pre-rendered page (the bundled story as it opens: no filters, nothing open) stands to
 * the link it was opened with:
 * - `hydrate`: it is exactly what the link shows, so React adopts it as it is;
 * - `show`: the same story and layout, only with an event open or the window moved: it stays in
 *   view until React draws the link's own page over it in one commit;
 * - `hide`: another story, filters, lanes or a frame: showing it would flash the wrong page, so
 *   it is hidden until React has drawn the right one.
 *
 * Stricter than parseLinkState on purpose (`embed=0` hides, though it is the default): a wrong
 * `hydrate` would be a hydration mismatch, a wrong `hide` only a later first paint. main.tsx
 * decides with it, and the head script runs its source text (src/build/headScript.ts) before the
 * first paint, so it uses nothing from outside its own body.
 */
export function prerenderFit(search: string): 'hydrate' | 'show' | 'hide' {
  const params = new URLSearchParams(search);
  const given = (key: string) => params.getAll(key).some((value) => value.trim() !== '');
  if (['data', 'embed', 'people', 'groups', 'from', 'to', 'q', 'lanes'].some(given)) return 'hide';
  return ['event', 'view', 'story'].some(given) ? 'show' : 'hydrate';
}
