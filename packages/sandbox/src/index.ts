export { checkSandbox } from './check-sandbox.ts';
export { createSandbox } from './create-sandbox.ts';
export { createSandboxProcess } from './create-sandbox-process.ts';
export { SandboxError, type SandboxErrorCode, sandboxErrorCatalog } from './errors.ts';
export { defaultLimits } from './limits.ts';
export { sandboxResource } from './sandbox-resource.ts';
export type {
  ExecutionTrace,
  RunError,
  RunPriority,
  RunRequest,
  RunResult,
  Sandbox,
  SandboxCheck,
  SandboxLimits,
  SandboxOptions,
  SandboxStats,
  TraceStep,
} from './types.ts';
