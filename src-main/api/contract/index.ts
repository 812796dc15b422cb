export * from './methods';
export * from './result';
export * from './labels';
