import { extractFeatures } from "../nlu/extract-features";
import { trainingExamples } from "../nlu/training/index";

export interface QuestionToGroup {
  id: string;
  text: string;
  language: string;
}

export interface QuestionGroup {
  /** Stable for the same leading question: the id of the group's first question. */
  key: string;
  language: string;
  /** The question that best represents the group (closest to all others). */
  representative: string;
  questions: QuestionToGroup[];
}

/**
 * What a question is about, as weighted terms: words with a plural "s" folded ("gift cards" =
 * "gift card") and CJK character pairs; weights are inverse document frequencies over the
 * training phrases, so words every question has ("can I", "do you") weigh little.
 */
function termsOf(text: string, language: string): string[] {
  const features = extractFeatures(text, { japanese: language === "ja" });
  const words = features.tokens
    .filter((token) => !/[\u3040-\u9fff]/.test(token))
    .map((word) => (word.length > 3 ? word.replace(/(es|s)$/, "") : word));
  const cjkPairs = [...features.weights.keys()].filter(
    (name) => name.startsWith("h:") && [...name].length === 4,
  );
  return [...words, ...cjkPairs];
}

let backgroundIdf: { idf: Map<string, number>; unseen: number } | null = null;

function idfWeights(): { idf: Map<string, number>; unseen: number } {
  if (backgroundIdf) return backgroundIdf;
  const frequency = new Map<string, number>();
  const examples = trainingExamples();
  for (const example of examples)
    for (const term of new Set(termsOf(example.text, example.language)))
      frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, count] of frequency) idf.set(term, Math.log(examples.length / count));
  backgroundIdf = { idf, unseen: Math.log(examples.length) };
  return backgroundIdf;
}

function weightedVector(text: string, language: string): Map<string, number> {
  const { idf, unseen } = idfWeights();
  const vector = new Map<string, number>();
  for (const term of termsOf(text, language)) vector.set(term, idf.get(term) ?? unseen);
  let norm = 0;
  for (const value of vector.values()) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  for (const [term, value] of vector) vector.set(term, value / norm);
  return vector;
}

function cosine(left: Map<string, number>, right: Map<string, number>): number {
  let dot = 0;
  const [small, large] = left.size < right.size ? [left, right] : [right, left];
  for (const [name, value] of small) dot += value * (large.get(name) ?? 0);
  return dot;
}

/**
 * Groups similar questions (same language, cosine over the understanding features above
 * `threshold`, average linkage to the group) so a merchant answers a group once. Largest groups first.
 */
export function groupUnansweredQuestions(
  questions: QuestionToGroup[],
  options: { threshold?: number } = {},
): QuestionGroup[] {
  const threshold = options.threshold ?? 0.3;
  const groups: {
    language: string;
    members: { question: QuestionToGroup; vector: Map<string, number> }[];
  }[] = [];
  for (const question of questions) {
    const vector = weightedVector(question.text, question.language);
    let best: (typeof groups)[number] | null = null;
    let bestScore = threshold;
    for (const group of groups) {
      if (group.language !== question.language) continue;
      const score =
        group.members.reduce((sum, member) => sum + cosine(vector, member.vector), 0) /
        group.members.length;
      if (score >= bestScore) {
        best = group;
        bestScore = score;
      }
    }
    if (best) best.members.push({ question, vector });
    else groups.push({ language: question.language, members: [{ question, vector }] });
  }
  // Greedy assignment depends on arrival order; merging groups that are close on average fixes most of it.
  const linkage = (left: (typeof groups)[number], right: (typeof groups)[number]) => {
    let total = 0;
    for (const a of left.members)
      for (const b of right.members) total += cosine(a.vector, b.vector);
    return total / (left.members.length * right.members.length);
  };
  for (let merged = true; merged;) {
    merged = false;
    let best: [number, number] | null = null;
    let bestScore = threshold;
    for (let i = 0; i < groups.length; i += 1) {
      for (let j = i + 1; j < groups.length; j += 1) {
        const left = groups[i];
        const right = groups[j];
        if (!left || !right || left.language !== right.language) continue;
        const score = linkage(left, right);
        if (score >= bestScore) {
          best = [i, j];
          bestScore = score;
        }
      }
    }
    if (best) {
      const [keep, drop] = best;
      groups[keep]?.members.push(...(groups[drop]?.members ?? []));
      groups.splice(drop, 1);
      merged = true;
    }
  }

  return groups
    .map((group) => {
      let representative = group.members[0]?.question.text ?? "";
      let bestCentrality = -1;
      for (const member of group.members) {
        const centrality = group.members.reduce(
          (sum, other) => sum + cosine(member.vector, other.vector),
          0,
        );
        if (centrality > bestCentrality) {
          bestCentrality = centrality;
          representative = member.question.text;
        }
      }
      return {
        key: group.members[0]?.question.id ?? "",
        language: group.language,
        representative,
        questions: group.members.map((member) => member.question),
      };
    })
    .sort((left, right) => right.questions.length - left.questions.length);
}
