import type { Level } from '../api/types.ts';
import { levelClass } from './level.ts';

/** A mastery bar with its number and level in words (colour is never the only cue). */
export function MasteryMeter({ mastery, level, label }: { mastery: number; level: Level; label: string }) {
  return (
    <div className={`mastery ${levelClass(level)}`}>
      {/* biome-ignore lint/a11y/useSemanticElements: <meter> cannot take the level colours in every browser */}
      <div
        className="mastery-track"
        role="meter"
        aria-label={`${label} mastery`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={mastery}
        aria-valuetext={`${mastery} out of 100, ${level}`}
      >
        <div className="mastery-fill" style={{ width: `${Math.max(2, mastery)}%` }} />
      </div>
      <span className="mastery-text">
        <span className="mastery-number">{mastery}</span> <span className="level-chip">{level}</span>
      </span>
    </div>
  );
}

export function LevelChip({ level }: { level: Level }) {
  return <span className={`level-chip ${levelClass(level)}`}>{level}</span>;
}
