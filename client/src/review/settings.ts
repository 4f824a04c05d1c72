// The barRaiser.review.* settings, read for a document (resource scope), with safe defaults.

import * as vscode from 'vscode';
import { CONFIGURATION_SECTION, REVIEW_SETTINGS } from '../constants';
import { FINDINGS_MODES, PAPERS, type FindingsMode, type Paper } from './protocol';

export interface ReviewSettings {
  paper: Paper;
  lineNumbers: boolean;
  findings: FindingsMode;
}

export function reviewSettings(uri?: vscode.Uri): ReviewSettings {
  const config = vscode.workspace.getConfiguration(CONFIGURATION_SECTION, uri);
  const paper = config.get<string>(REVIEW_SETTINGS.paper);
  const findings = config.get<string>(REVIEW_SETTINGS.findings);
  return {
    paper: PAPERS.includes(paper as Paper) ? (paper as Paper) : 'letter',
    lineNumbers: config.get<boolean>(REVIEW_SETTINGS.lineNumbers) !== false,
    findings: FINDINGS_MODES.includes(findings as FindingsMode) ? (findings as FindingsMode) : 'comments',
  };
}
