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

  it("reads a misspelt word it has not seen as the known words one typo away", () => {
    const classifier = trainClassifier({ labels, examples, epochs: 5 });
    // The typo alone, without the character n-grams that would still half match it.
    const typo = {
      weights: new Map([["w:paypl", 1]]),
      tokens: ["paypl"],
      concepts: new Set<string>(),
    };
    const known = {
      weights: new Map([["w:paypal", 1]]),
      tokens: ["paypal"],
      concepts: new Set<string>(),
    };
    expect(classifier.classify(typo)).toEqual(classifier.classify(known));
    expect(classifier.classify(typo)[0]?.label).toBe("payment");
  });
});
