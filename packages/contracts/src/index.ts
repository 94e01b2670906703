export * from './content.ts';
export * from './envelope.ts';
export * from './topics.ts';
