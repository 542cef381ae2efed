/** Ease-out cubic, for glides that settle gently. */
export const easeOut = (t: number) => 1 - (1 - t) ** 3;
