// Team configuration files (.barraiser.yaml / .yml / .json): finding, reading, extending and
// checking them. No LSP and no editor here; the language server and the CLI both use it.

export { CONFIG_FILE_NAMES, findConfigFile, isConfigFileName, isFile, isRepositoryRoot, rebaseDocuments, repositoryRoot } from './files';
export { loadConfig, mergeSettings, type LoadOptions } from './load';
export { describeError, isInside, MAX_CONFIG_BYTES } from './read';
export { parseConfigText } from './parse';
export type { ConfigProblem, TeamConfig } from './types';
export { CONFIG_KEYS } from './validate';
