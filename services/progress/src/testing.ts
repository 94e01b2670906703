export { handleLearningEvent } from './handle-learning-event.ts';
export { DEFAULT_PROGRESS_OPTIONS, type ProgressOptions } from './progress-options.ts';
export { replayMastery } from './recompute.ts';
export { repairMastery } from './repair-mastery.ts';
export { fireStuckExercises } from './scan-timers.ts';
