import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cut, normalizeText } from '@shuzhi/text';
import type { SentenceClassifier } from './matchers/index.ts';

interface Bayes {
  addDocument(tokens: string[], label: string): void;
  train(): void;
  getClassifications(tokens: string[]): { label: string; value: number }[];
}

const PUNCTUATION = /^[\s，。、；：！？“”‘’（）《》…,.;:!?()\-]+$/;

/** Words as features; punctuation carries no stance. */
function features(text: string): string[] {
  return cut(normalizeText(text))
    .map((t) => t.text)
    .filter((w) => !PUNCTUATION.test(w));
}

const trained = new Map<string, SentenceClassifier>();

/**
 * A naive Bayes sentence classifier (natural) trained on labelled sentences,
 * one JSON object per line: {"text", "label"}. Trained once per file per
 * process; ~150 sentences train in milliseconds once the segmenter is loaded.
 */
export function loadClassifier(path: string): SentenceClassifier {
  const cached = trained.get(path);
  if (cached) return cached;
  // The class's own module: natural's root pulls in database drivers and prints to stdout, and its
  // classifiers index loads the MaxEnt and logistic regression modules too (~110 ms against ~12 ms).
  const BayesClassifier = createRequire(import.meta.url)('natural/lib/natural/classifiers/bayes_classifier') as new () => Bayes;
  const bayes = new BayesClassifier();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text, label } = JSON.parse(line) as { text: string; label: string };
    bayes.addDocument(features(text), label);
  }
  bayes.train();
  const memo = new Map<string, Record<string, number>>();
  const classifier: SentenceClassifier = {
    classify(text) {
      let result = memo.get(text);
      if (!result) {
        const scores = bayes.getClassifications(features(text));
        const total = scores.reduce((sum, s) => sum + s.value, 0) || 1;
        result = Object.fromEntries(scores.map((s) => [s.label, s.value / total]));
        memo.set(text, result);
      }
      return result;
    },
  };
  trained.set(path, classifier);
  return classifier;
}
