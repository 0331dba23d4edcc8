import { describe, expect, it } from "vitest";
import type { DecideHandoffOptions } from "./decide-handoff";
import { decideHandoff, HandoffRulesSchema } from "./decide-handoff";
import {
  BusinessHoursSchema,
  expectedReplyAt,
  formatOpeningTime,
  isOpen,
  nextOpening,
} from "./business-hours";

const weekdays = { open: "09:00", close: "17:00" };
const parisHours = BusinessHoursSchema.parse({
  timeZone: "Europe/Paris",
  week: { mon: [weekdays], tue: [weekdays], wed: [weekdays], thu: [weekdays], fri: [weekdays] },
  closedDates: ["2026-12-25"],
});

function turn(overrides: Partial<DecideHandoffOptions> = {}): DecideHandoffOptions {
  return {
    text: "where is my order",
    intent: "order_status",
    confidence: 0.9,
    sentiment: { label: "neutral", score: 0.8 },
    lowConfidenceStreak: 0,
    answersQuestion: false,
    answerFound: false,
    rules: HandoffRulesSchema.parse({}),
    ...overrides,
  };
}

describe("decideHandoff triggers", () => {
  it("keeps answering an ordinary, confident turn", () => {
    expect(decideHandoff(turn())).toEqual({ reason: null, lowConfidenceStreak: 0 });
  });

  it("hands over when asked for a person", () => {
    expect(decideHandoff(turn({ intent: "human_agent" }))).toEqual({
      reason: "asked_for_person",
      lowConfidenceStreak: 0,
    });
  });

  it("hands over after two unsure turns in a row, not after one", () => {
    const first = decideHandoff(turn({ confidence: 0.2 }));
    expect(first).toEqual({ reason: null, lowConfidenceStreak: 1 });
    expect(decideHandoff(turn({ confidence: 0.2, lowConfidenceStreak: 1 }))).toMatchObject({
      reason: "low_confidence",
    });
    expect(decideHandoff(turn({ confidence: 0.9, lowConfidenceStreak: 1 }))).toEqual({
      reason: null,
      lowConfidenceStreak: 0,
    });
  });

  it("counts a turn it is sure it cannot place as unsure, unless an FAQ entry answers it", () => {
    const outOfScope = { intent: "other" as const, confidence: 0.99, lowConfidenceStreak: 1 };
    expect(decideHandoff(turn(outOfScope)).reason).toBe("low_confidence");
    expect(decideHandoff(turn({ ...outOfScope, answerFound: true }))).toEqual({
      reason: null,
      lowConfidenceStreak: 0,
    });
  });

  it("does not count an answer to its own question (an order number, an email) as unsure", () => {
    expect(
      decideHandoff(turn({ confidence: 0.1, lowConfidenceStreak: 1, answersQuestion: true })),
    ).toEqual({ reason: null, lowConfidenceStreak: 0 });
  });

  it("hands over an angry or anxious shopper when the sentiment is sure enough", () => {
    expect(decideHandoff(turn({ sentiment: { label: "angry", score: 0.9 } }))).toMatchObject({
      reason: "sentiment",
    });
    expect(decideHandoff(turn({ sentiment: { label: "anxious", score: 0.7 } }))).toMatchObject({
      reason: "sentiment",
    });
    expect(decideHandoff(turn({ sentiment: { label: "angry", score: 0.3 } })).reason).toBeNull();
  });

  it("hands over human-only intents and merchant keywords (whole words, any script)", () => {
    expect(decideHandoff(turn({ intent: "complaint" }))).toMatchObject({
      reason: "human_only_intent",
    });
    const rules = HandoffRulesSchema.parse({ keywords: ["chargeback", "弁護士"] });
    expect(decideHandoff(turn({ text: "I will file a Chargeback!", rules }))).toMatchObject({
      reason: "keyword",
    });
    expect(decideHandoff(turn({ text: "chargebacks are a thing", rules })).reason).toBeNull();
    expect(decideHandoff(turn({ text: "弁護士に相談します", rules }))).toMatchObject({
      reason: "keyword",
    });
  });
});

describe("business hours", () => {
  it("is open on a Paris weekday morning and closed at night, on weekends and closed dates", () => {
    expect(isOpen({ hours: parisHours, at: new Date("2026-03-04T08:30:00Z") })).toBe(true); // 09:30 CET
    expect(isOpen({ hours: parisHours, at: new Date("2026-03-04T07:30:00Z") })).toBe(false); // 08:30 CET
    expect(isOpen({ hours: parisHours, at: new Date("2026-03-07T10:00:00Z") })).toBe(false); // Saturday
    expect(isOpen({ hours: parisHours, at: new Date("2026-12-25T10:00:00Z") })).toBe(false);
  });

  it("finds the next opening across a weekend and across the DST change", () => {
    // Friday 20 March 2026 18:00 CET → Monday 23 March 09:00 CET = 08:00Z.
    expect(
      nextOpening({ hours: parisHours, at: new Date("2026-03-20T17:00:00Z") })?.toISOString(),
    ).toBe("2026-03-23T08:00:00.000Z");
    // Friday 27 March → Monday 30 March 09:00 CEST (after the switch) = 07:00Z.
    expect(
      nextOpening({ hours: parisHours, at: new Date("2026-03-27T17:00:00Z") })?.toISOString(),
    ).toBe("2026-03-30T07:00:00.000Z");
  });

  it("tells the shopper when to expect a reply", () => {
    expect(expectedReplyAt({ hours: parisHours, now: new Date("2026-03-04T10:00:00Z") })).toEqual({
      kind: "soon",
    });
    expect(expectedReplyAt({ hours: null, now: new Date("2026-03-20T17:00:00Z") })).toEqual({
      kind: "soon",
    });
    const closed = expectedReplyAt({ hours: parisHours, now: new Date("2026-03-20T17:00:00Z") });
    expect(closed).toEqual({
      kind: "when_open",
      opensAt: new Date("2026-03-23T08:00:00Z"),
      timeZone: "Europe/Paris",
    });
    if (closed.kind !== "when_open") return;
    expect(formatOpeningTime({ ...closed, locale: "en-GB" })).toMatch(/Monday.*09:00/);
    expect(formatOpeningTime({ ...closed, locale: "zh-Hans" })).toContain("星期一");
  });
});
