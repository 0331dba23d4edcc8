/** The bench's confidence bands: the dialogue answers, clarifies or admits not knowing on them. */
const BANDS = [0, 0.35, 0.6, 0.8, 1.01];

export interface CalibrationBand {
  low: number;
  high: number;
  /** Share of all outcomes in the band. */
  share: number;
  accuracy: number;
  meanConfidence: number;
}

/** The outcomes by confidence band (empty bands left out), for `bench:nlu`, `nlu:dev` and `nlu:cv`. */
export function calibrationBands(
  outcomes: { confidence: number; right: boolean }[],
): CalibrationBand[] {
  const bands: CalibrationBand[] = [];
  for (let index = 0; index < BANDS.length - 1; index += 1) {
    const low = BANDS[index] ?? 0;
    const high = BANDS[index + 1] ?? 1;
    const band = outcomes.filter(({ confidence }) => confidence >= low && confidence < high);
    if (!band.length) continue;
    bands.push({
      low,
      high,
      share: band.length / outcomes.length,
      accuracy: band.filter(({ right }) => right).length / band.length,
      meanConfidence: band.reduce((sum, { confidence }) => sum + confidence, 0) / band.length,
    });
  }
  return bands;
}

/** Expected calibration error over the bands: |mean confidence − accuracy|, weighted by band size. */
export function expectedCalibrationError(
  outcomes: { confidence: number; right: boolean }[],
): number {
  return calibrationBands(outcomes).reduce(
    (error, band) => error + band.share * Math.abs(band.meanConfidence - band.accuracy),
    0,
  );
}
