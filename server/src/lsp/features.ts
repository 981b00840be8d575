// Every LSP feature the server offers. Add a registrar here when you add a feature file.
import type { FeatureRegistrar } from './context';
import { registerDiagnostics } from './diagnostics';
import { registerRender } from './render';
import { registerLibraries } from './libraries';
import { registerCompletion } from './completion';
import { registerHover } from './hover';
import { registerCodeActions } from './codeActions';
import { registerDefinition } from './definition';
import { registerReferences } from './references';
import { registerRename } from './rename';
import { registerSymbols } from './symbols';
import { registerFolding } from './folding';
import { registerSelectionRanges } from './selectionRanges';
import { registerDocumentLinks } from './documentLinks';
import { registerWorkspaceSymbols } from './workspaceSymbols';
import { registerFormatting } from './formatting';
import { registerIdleMemory } from './idleMemory';

export const FEATURES: FeatureRegistrar[] = [
  registerDiagnostics,
  registerRender,
  registerLibraries,
  registerCompletion,
  registerHover,
  registerCodeActions,
  registerDefinition,
  registerReferences,
  registerRename,
  registerSymbols,
  registerFolding,
  registerSelectionRanges,
  registerDocumentLinks,
  registerWorkspaceSymbols,
  registerFormatting,
  registerIdleMemory,
];
