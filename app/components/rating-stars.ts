/** A 1–5 rating as five stars, filled up to the rating ("★★★☆☆"), so 3 never reads as 3 of 3. */
export function ratingStars(csat: number | null): string {
  if (csat === null) return "—";
  const filled = Math.max(0, Math.min(5, Math.round(csat)));
  return "★".repeat(filled) + "☆".repeat(5 - filled);
}
