// Every feature of the server. A new request or notification handler is a new module here.

import type { Feature } from '../context';
import { codeActionsFeature } from './code-actions';
import { completionFeature } from './completion';
import { configFilesFeature } from './config-files';
import { configurationFeature } from './configuration';
import { documentsFeature } from './documents';
import { documentStatusFeature } from './document-status';
import { hoverFeature } from './hover';
import { documentKindFeature } from './kind-request';
import { reviewFeature } from './review';
import { modeFeature } from './mode';
import { outlineFeature } from './outline';
import { templateFeature } from './template';

export const features: readonly Feature[] = [documentsFeature, configurationFeature, configFilesFeature, documentKindFeature, hoverFeature, codeActionsFeature, reviewFeature, templateFeature, outlineFeature, documentStatusFeature, completionFeature, modeFeature];
