import { TextField } from "@shopify/polaris";
import { useTranslation } from "react-i18next";

export interface FaqEntryFieldsProps {
  question: string;
  onQuestionChange(value: string): void;
  /** One phrasing a line. */
  alternatives: string;
  onAlternativesChange(value: string): void;
  answer: string;
  onAnswerChange(value: string): void;
}

/** The words of an FAQ entry, as the FAQ studio and the learning queue both edit them. */
export function FaqEntryFields(props: FaqEntryFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t("faq.question")}
        value={props.question}
        onChange={props.onQuestionChange}
        autoComplete="off"
      />
      <TextField
        label={t("faq.alternatives")}
        helpText={t("faq.alternativesHelp")}
        value={props.alternatives}
        onChange={props.onAlternativesChange}
        multiline={3}
        autoComplete="off"
      />
      <TextField
        label={t("faq.answer")}
        helpText={t("faq.answerHelp")}
        value={props.answer}
        onChange={props.onAnswerChange}
        multiline={5}
        autoComplete="off"
      />
    </>
  );
}
