export { checkSandbox } from './check-sandbox.ts';
export { createSandbox } from './create-sandbox.ts';
export { createSandboxProcess } from './create-sandbox-process.ts';
export { SandboxError, type SandboxErrorCode, sandboxErrorCatalog } from './errors.ts';
export { defaultLimits } from './limits.ts';
export { isStudentFile, type ParseOptions, parseTraceback } from './parse-traceback.ts';
export { sandboxResource } from './sandbox-resource.ts';
export type {
  ParsedTraceback,
  RunPriority,
  RunRequest,
  RunResult,
  Sandbox,
  SandboxCheck,
  SandboxLimits,
  SandboxOptions,
  SandboxStats,
} from './types.ts';
