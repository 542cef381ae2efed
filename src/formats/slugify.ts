/** A URL-safe id from any text: "Rózsa Péter writes recursion" → "rozsa-peter-writes-recursion". */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}

/** Hands out ids unique within one list: the second "test" becomes "test-2", then "test-3". */
export function uniqueSlugs(): (text: string, fallback: string) => string {
  const taken = new Set<string>();
  return (text, fallback) => {
    const base = slugify(text, fallback);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
}
