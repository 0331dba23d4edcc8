/** The value at share `q` (0–1) of ascending `sorted` samples (nearest rank, rounded down); 0 when empty. */
export const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
