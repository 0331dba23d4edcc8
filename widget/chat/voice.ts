/**
 * Voice in and out through the browser's own speech services. Both are optional: where the
 * browser lacks them the buttons are never shown.
 */

/** The part of the Web Speech API the widget uses (not in TypeScript's DOM library). */
interface RecognitionResultEvent {
  resultIndex: number;
  results: ArrayLike<{ isFinal: boolean; 0: { transcript: string } }>;
}
interface Recognition {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  maxAlternatives: number;
  onresult: ((event: RecognitionResultEvent) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}
type RecognitionConstructor = new () => Recognition;

function recognitionConstructor(): RecognitionConstructor | null {
  const scope = window as unknown as {
    SpeechRecognition?: RecognitionConstructor;
    webkitSpeechRecognition?: RecognitionConstructor;
  };
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition ?? null;
}

export function canListen(): boolean {
  return recognitionConstructor() !== null;
}

export function canSpeak(): boolean {
  return (
    typeof window.speechSynthesis !== "undefined" &&
    typeof window.SpeechSynthesisUtterance !== "undefined"
  );
}

export interface Listening {
  stop(): void;
}

export interface ListenOptions {
  language: string;
  /** Words so far, for showing in the composer while the shopper speaks. */
  onInterim(text: string): void;
  onFinal(text: string): void;
  onEnd(failed: boolean): void;
}

export function listen(options: ListenOptions): Listening | null {
  const Constructor = recognitionConstructor();
  if (!Constructor) return null;
  const recognition = new Constructor();
  recognition.lang = options.language;
  recognition.interimResults = true;
  recognition.continuous = false;
  recognition.maxAlternatives = 1;
  let failed = false;
  let ended = false;
  let finalText = "";
  recognition.onresult = (event) => {
    let interim = "";
    for (let index = event.resultIndex; index < event.results.length; index++) {
      const result = event.results[index];
      if (!result) continue;
      if (result.isFinal) finalText += result[0].transcript;
      else interim += result[0].transcript;
    }
    options.onInterim((finalText + interim).trim());
  };
  recognition.onerror = (event) => {
    // "no-speech" and "aborted" are ordinary endings, not failures worth telling the shopper.
    failed = event.error !== "no-speech" && event.error !== "aborted";
  };
  recognition.onend = () => {
    // Some engines fire "end" again after stop(); the shopper's words are sent only once.
    if (ended) return;
    ended = true;
    if (!failed && finalText.trim() !== "") options.onFinal(finalText.trim());
    options.onEnd(failed);
  };
  try {
    recognition.start();
  } catch {
    return null;
  }
  return { stop: () => recognition.stop() };
}

export function speak(text: string, language: string): void {
  if (!canSpeak() || text.trim() === "") return;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = language;
  window.speechSynthesis.speak(utterance);
}

export function stopSpeaking(): void {
  if (canSpeak()) window.speechSynthesis.cancel();
}
