// Every LSP feature the server offers. Add a registrar here when you add a feature file.
import type { FeatureRegistrar } from './context';
import { registerDiagnostics } from './diagnostics';
import { registerRender } from './render';

export const FEATURES: FeatureRegistrar[] = [
  registerDiagnostics,
  registerRender,
];
