import { describe, expect, it } from "vitest";
import { extractFeatures } from "./extract-features";
import { trainClassifier } from "./intent-classifier";
import { indexNearestPhrases, nearestPhraseScorer } from "./nearest-phrases";

const labels = ["order_status", "shipping_info", "payment"] as const;

/** Written phrases encoded over one shared feature list, the way training encodes them. */
function indexOf(phrases: { text: string; target: number }[]) {
  const featureIds = new Map<string, number>();
  const encoded = phrases.map(({ text, target }) => {
    const { weights } = extractFeatures(text);
    const ids = Int32Array.from(weights.keys(), (name) => {
      if (!featureIds.has(name)) featureIds.set(name, featureIds.size);
      return featureIds.get(name) ?? 0;
    });
    return { ids, values: Float64Array.from(weights.values()), target };
  });
  const parameters = indexNearestPhrases({
    featureNames: [...featureIds.keys()],
    phrases: encoded,
  });
  const scorer = nearestPhraseScorer(parameters, labels.length);
  return (text: string) => {
    for (const [name, value] of extractFeatures(text).weights)
      scorer.add(featureIds.get(name), name, value);
    const best = new Float64Array(labels.length);
    scorer.bestPerIntent(best);
    return [...best];
  };
}

const similarityTo = indexOf([
  { text: "where is my parcel", target: 0 },
  { text: "has my order shipped yet", target: 0 },
  { text: "do you deliver to canada", target: 1 },
  { text: "can i pay with paypal", target: 2 },
]);

describe("nearestPhraseScorer", () => {
  it("gives a written phrase's own intent a similarity of one and unrelated intents none", () => {
    const [order, shipping, payment] = similarityTo("where is my parcel");
    expect(order).toBeCloseTo(1, 5);
    // "parcel" names the shipping concept that "deliver" also names: a faint likeness only.
    expect(shipping).toBeLessThan(0.1);
    expect(payment).toBe(0);
  });

  it("takes each intent's closest phrase, lowered by words no phrase holds", () => {
    const near = similarityTo("do you deliver to canada");
    const farther = similarityTo("do you deliver to canada by zeppelin");
    expect(near[1]).toBeCloseTo(1, 5);
    expect(farther[1]).toBeGreaterThan(0.3);
    expect(farther[1]).toBeLessThan(near[1] ?? 0);
  });

  it("starts every message from zero", () => {
    similarityTo("can i pay with paypal");
    expect(similarityTo("where is my parcel")[2]).toBe(0);
  });
});

describe("trainClassifier with written phrases", () => {
  // Generated copies (prefixes, typos) say "shipping" about the parcel; one written phrase asks where it is.
  const generated = [
    { text: "parcel shipping cost", label: "shipping_info" as const },
    { text: "parcel shipping time", label: "shipping_info" as const },
    { text: "shipping a parcel abroad", label: "shipping_info" as const },
    { text: "where is my order", label: "order_status" as const },
  ];
  const written = [
    { text: "where has my parcel gone", label: "order_status" as const },
    { text: "do you ship abroad", label: "shipping_info" as const },
    { text: "can i pay by card", label: "payment" as const },
  ];
  const train = (markWritten: boolean) =>
    trainClassifier({
      labels,
      epochs: 5,
      examples: [
        ...generated.map((example) => ({ ...example, written: false })),
        ...written.map((example) => ({ ...example, written: markWritten })),
      ].map(({ text, label, written: isWritten }) => ({
        features: extractFeatures(text),
        label,
        written: isWritten,
      })),
    });

  it("lifts the intent of the written phrase a message is close to", () => {
    const probabilityOfOrderStatus = (markWritten: boolean) =>
      train(markWritten)
        .classify(extractFeatures("where has my parcel gone?"))
        .find((candidate) => candidate.label === "order_status")?.probability ?? 0;
    expect(probabilityOfOrderStatus(true)).toBeGreaterThan(probabilityOfOrderStatus(false) + 0.05);
  });

  it("keeps the index of the written phrases only in its parameters", () => {
    expect(train(true).parameters().neighbours?.labels).toEqual(Int32Array.from([0, 1, 2]));
    expect(train(false).parameters().neighbours).toBeUndefined();
  });
});
