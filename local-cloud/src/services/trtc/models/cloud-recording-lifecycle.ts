/**
 * A task's life (reference §2.3): `Idle` until it records an upstream, `InProgress` while it does,
 * `Exited` while it winds down (its files finishing); then it is gone and Describe, Modify and
 * Delete answer that it does not exist. A restart resumes an `Idle` or `InProgress` task as `Idle`
 * (its 306), and it becomes `InProgress` again once its streams are back.
 */
export type TaskStatus = "Idle" | "InProgress" | "Exited";

export const TASK_TRANSITIONS: Record<TaskStatus, readonly TaskStatus[]> = {
  Idle: ["InProgress", "Exited"],
  InProgress: ["Exited"],
  Exited: [],
};
