export { type CheckMutantsOptions, checkMutants } from './check-mutants.ts';
export { type MadeMutants, makeMutants } from './make-mutants.ts';
