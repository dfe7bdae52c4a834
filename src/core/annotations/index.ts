// The annotation layer's public API (for the editor adapter, the CLI and exports).
export * from './model';
export * from './anchoring';
export * from './sidecar';
export * from './store';
export * from './suggestions';
export * from './paths';
export { writeFileAtomic } from './atomicWrite';
