// What the learn mode shows: which part (study, compare, quiz), the line and item studied, the lines compared, and
// the quiz on screen with the kept progress.
import { create } from 'zustand';
import type { LineId } from '../../content/ids';
import { EMPTY_PROGRESS, recordAnswer, startSession, type LearnProgress } from './progress';
import type { Question, QuizType, Response } from './quiz/types';

export const LEARN_VIEWS = ['study', 'compare', 'quiz'] as const;
export type LearnView = (typeof LEARN_VIEWS)[number];

export const MAX_COMPARED = 3;

export interface Answered {
  response: Response;
  right: boolean;
}

export interface QuizRun {
  questions: Question[];
  /** Index of the question on screen; equal to the length once the score shows. */
  current: number;
  answers: (Answered | undefined)[];
  seed: number;
  only: QuizType | undefined;
}

interface LearnState {
  view: LearnView;
  study: LineId;
  item: string | null;
  compare: LineId[];
  /** A seed from the URL (`seed=`), so a link asks the same questions; otherwise each session draws its own. */
  seed: number | null;
  /** `quiz=<type>` asks only that type. */
  only: QuizType | undefined;
  run: QuizRun | null;
  progress: LearnProgress;
  progressLoaded: boolean;
  actions: {
    setView: (view: LearnView) => void;
    study: (line: LineId, item?: string | null) => void;
    setItem: (item: string | null) => void;
    toggleCompared: (line: LineId) => void;
    setCompared: (lines: LineId[]) => void;
    setSeed: (seed: number | null) => void;
    setOnly: (only: QuizType | undefined) => void;
    setProgress: (progress: LearnProgress) => void;
    beginRun: (make: (progress: LearnProgress, seed: number) => Question[]) => void;
    answer: (response: Response, right: boolean) => void;
    next: () => void;
    endRun: () => void;
    setLatin: (latin: boolean) => void;
    resetProgress: () => void;
  };
}

export const useLearn = create<LearnState>()((set, get) => ({
  view: 'study',
  study: 'sbl',
  item: null,
  compare: ['spl', 'll'],
  seed: null,
  only: undefined,
  run: null,
  progress: EMPTY_PROGRESS,
  progressLoaded: false,
  actions: {
    setView: (view) => set({ view }),
    study: (line, item = null) => set({ study: line, item }),
    setItem: (item) => set({ item }),
    toggleCompared: (line) =>
      set((state) => {
        if (state.compare.includes(line)) return { compare: state.compare.filter((id) => id !== line) };
        // A fourth line pushes out the first: three lines on one body is what still reads.
        return { compare: [...state.compare, line].slice(-MAX_COMPARED) };
      }),
    setCompared: (compare) => set({ compare: compare.slice(0, MAX_COMPARED) }),
    setSeed: (seed) => set({ seed }),
    setOnly: (only) => set({ only }),
    setProgress: (progress) => set({ progress, progressLoaded: true }),
    beginRun: (make) => {
      const state = get();
      const progress = startSession(state.progress);
      // The URL's seed repeats the first session exactly; later sessions of the same link move on.
      const seed = state.seed ?? Math.floor(Math.random() * 1_000_000);
      const questions = make(progress, seed);
      set({ progress, run: { questions, current: 0, answers: questions.map(() => undefined), seed, only: state.only } });
    },
    answer: (response, right) =>
      set((state) => {
        const run = state.run;
        const question = run?.questions[run.current];
        if (!run || !question || run.answers[run.current]) return {};
        const answers = [...run.answers];
        answers[run.current] = { response, right };
        return { run: { ...run, answers }, progress: recordAnswer(state.progress, question, right) };
      }),
    next: () => set((state) => (state.run ? { run: { ...state.run, current: state.run.current + 1 } } : {})),
    endRun: () => set({ run: null }),
    setLatin: (latin) => set((state) => ({ progress: { ...state.progress, latin } })),
    resetProgress: () => set((state) => ({ progress: { ...EMPTY_PROGRESS, latin: state.progress.latin }, run: null })),
  },
}));

export const useLearnActions = () => useLearn((state) => state.actions);
