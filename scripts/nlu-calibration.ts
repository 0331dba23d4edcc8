/** The bench's confidence bands: the dialogue answers, clarifies or admits not knowing on them. */
const BANDS = [0, 0.35, 0.6, 0.8, 1.01];

/** Expected calibration error over the bands: |mean confidence − accuracy|, weighted by band size. */
export function expectedCalibrationError(
  outcomes: { confidence: number; right: boolean }[],
): number {
  let error = 0;
  for (let index = 0; index < BANDS.length - 1; index += 1) {
    const band = outcomes.filter(
      ({ confidence }) => confidence >= (BANDS[index] ?? 0) && confidence < (BANDS[index + 1] ?? 1),
    );
    if (!band.length) continue;
    const meanConfidence = band.reduce((sum, { confidence }) => sum + confidence, 0) / band.length;
    const accuracy = band.filter(({ right }) => right).length / band.length;
    error += (band.length / outcomes.length) * Math.abs(meanConfidence - accuracy);
  }
  return error;
}
