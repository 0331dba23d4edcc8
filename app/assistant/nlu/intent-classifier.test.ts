import { describe, expect, it } from "vitest";
import { extractFeatures } from "./extract-features";
import { restoreClassifier, trainClassifier } from "./intent-classifier";

const labels = ["shipping", "payment"] as const;
const examples = [
  { features: extractFeatures("do you ship to canada"), label: "shipping" as const },
  { features: extractFeatures("delivery to spain"), label: "shipping" as const },
  { features: extractFeatures("can i pay with paypal"), label: "payment" as const },
  { features: extractFeatures("card declined at checkout"), label: "payment" as const },
];

describe("trainClassifier", () => {
  it("learns from word counts even before the regression has taken a step", () => {
    // With no SGD epochs the regression is uniform; the naive Bayes half alone decides.
    const classifier = trainClassifier({ labels, examples, epochs: 0 });
    const [best, second] = classifier.classify(extractFeatures("paypal please"));
    expect(best?.label).toBe("payment");
    expect(best?.probability).toBeGreaterThan(second?.probability ?? 1);
  });

  it("gives probabilities that sum to one and survive storing the parameters", () => {
    const classifier = trainClassifier({ labels, examples, epochs: 5 });
    const features = extractFeatures("shipping to canada?");
    const ranked = classifier.classify(features);
    expect(ranked.reduce((sum, { probability }) => sum + probability, 0)).toBeCloseTo(1, 6);
    expect(ranked[0]?.label).toBe("shipping");
    const restored = restoreClassifier(labels, classifier.parameters());
    expect(restored.classify(features)).toEqual(ranked);
  });
});
