/**
 * Validation is synchronous, so nothing can interrupt it from outside: it calls a checkpoint at
 * safe points (between phases, per finding, per environment), and the checkpoint throws to stop it
 * (the run deadline passed). Findings made so far are dropped: a half-validated manifest is never
 * taken for a valid one.
 */
export type Checkpoint = () => void;

export const noCheckpoint: Checkpoint = () => undefined;
