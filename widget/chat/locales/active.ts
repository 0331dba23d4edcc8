/**
 * The language compiled into a chat bundle. The build replaces this module once per language
 * (scripts/build-widget.ts) so a shopper downloads only the strings they read; type checks and
 * unit tests see English.
 */
import { en } from "./en";

export const language = "en";
export const strings = en;
